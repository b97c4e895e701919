"""Public and signed-in pages, in every language, through axe-core and the W3C Nu HTML checker.

What it covers. The public pages are the sitemap's plus the pages the sitemap
leaves out on purpose: the openings listing filtered, site search results (some
and none), the navigator's questions, result, points and checklist, the site map
for people, sign-in, sign-up, password reset, an opening and an organisation.
The signed-in pages are every page a professional and a recruiter reach by links,
breadth first from their dashboards.

`make test` checks every one of those pages in English and Arabic (the source
language and the right-to-left one, where most layout faults show), and every
page *type* in all six languages: one page of each Wagtail page type, each
signed-in view, and every unlisted page above. The other pages of a type share
their template and differ only in content, which English and Arabic already
cover. That is about 570 page checks instead of 1,150: the whole set in six
languages takes twice CI's budget of about 12 minutes. `make audit-pages`
(PAGE_AUDIT_ALL=1) checks every page in every language.

Measured on the two-core development machine while other test runs kept it at a
load of 8 to 13: 12.7 minutes for the three tests (public 7.4, recruiter 3.6,
professional 1.7), after the 3-minute demo-site set-up the browser tests share.
Two browsers work at once (WORKERS): while one runs axe, the server renders the
other's next page.

axe-core runs in Chromium on the rendered page (WCAG 2.2 A/AA and best-practice
rules); a violation of moderate, serious or critical impact fails. The Nu checker
reads the HTML exactly as the server sent it (the browser's rebuilt DOM hides the
very errors it looks for); any error fails. While a page loads, a request to
another host, an error response and a console error fail it too.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import resolve
from django.utils import translation

from tests.browser.conftest import CHROMIUM_ARGS, SITE_ENVIRONMENTS, sign_in

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHECKERS = ROOT / "tools" / "page-audit" / "node_modules"
AXE = CHECKERS / "axe-core" / "axe.min.js"
VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"moderate", "serious", "critical"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Every page in these; every page type in the others (see the module's docstring).
EVERY_PAGE_IN = ("en", "ar")
EVERYTHING = os.environ.get("PAGE_AUDIT_ALL") == "1"
WORKERS = 2
# A signed-in person's own pages, and the links the sweep of them must not follow
# (they leave, download, or are confirmations of things the sweep must not do).
PERSONAL = re.compile(r"/en/(accounts|profile|employer|applications|onboarding|navigator/saved)/")
NOT_FOLLOWED = re.compile(
    r"logout|delete|withdraw|unsubscribe|download|export|\.ics|\.csv|/cv/|/file|"
    r"reauthenticate|deactivate|/2fa/|/password/|/email/|/sessions/|feed|calendar/"
)
PEOPLE = {
    "professional": (
        "professional@example.com",
        ["/en/accounts/", "/en/profile/", "/en/applications/", "/en/onboarding/"],
    ),
    "recruiter": ("shenzhen.company.recruiter@example.com", ["/en/accounts/", "/en/employer/"]),
}
# Pages no sitemap lists, each checked in every language (each is a state of its
# own); the navigator's pages carry answers in the URL.
UNLISTED = [
    "openings/?city=shanghai",
    "openings/?q=engineer",
    "search/?q=visa",
    "search/?q=nothing-matches-this",
    "site-map/",
    "navigator/",
    "navigator/?purpose=work&city=shanghai&step=2",
    "navigator/result/?purpose=work&city=shanghai&nationality=FR&situation=abroad&offer=yes"
    "&age=30&degree=master&degree_from=foreign&experience=5&salary=300000&months=12"
    "&chinese=none",
    "navigator/points/",
    "navigator/checklist/?route=z_b&nationality=FR&city=shanghai",
    "accounts/login/",
    "accounts/signup/",
    "accounts/password/reset/",
]
# The demo site's Wagtail pages by their English path, with their page type.
PAGE_TYPES_SCRIPT = """
import json
from django.utils import translation
from wagtail.models import Page
with translation.override("en"):
    print(json.dumps({page.get_url(): type(page).__name__ for page in Page.objects.live().specific()}))
"""


def _get(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (loopback only)
        return response.read()


def in_language(path, language):
    return path.replace("/en/", f"/{language}/", 1)


def public_paths(base):
    """Every English page path the site offers a reader who has not signed in."""
    tree = ET.fromstring(_get(base + "/sitemap.xml"))
    paths = set()
    for url in tree.iter(SITEMAP + "url"):
        for alternate in url.iter(XHTML + "link"):
            if alternate.get("hreflang") == "en":
                parts = urllib.parse.urlsplit(alternate.get("href"))
                paths.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    paths.update(f"/en/{page}" for page in UNLISTED)
    # An opening and its organisation's page, whether or not the sitemap lists them.
    listing = _get(f"{base}/en/openings/").decode()
    opening = re.search(r'href="(/en/openings/\d+/)"', listing).group(1)
    organisation = re.search(r'href="(/en/organisations/[\w-]+/)"', _get(base + opening).decode())
    paths.update((opening, organisation.group(1)))
    return sorted(paths)


def wagtail_page_types(base):
    """The page type of each Wagtail page of the running demo site, by English path."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", PAGE_TYPES_SCRIPT],
        env=SITE_ENVIRONMENTS[base],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def page_type(path, wagtail_types):
    """A Wagtail page's type, an unlisted page's own address, or else the view's name."""
    if path.removeprefix("/en/") in UNLISTED:
        return path
    if path in wagtail_types:
        return wagtail_types[path]
    with translation.override("en"):
        return resolve(urllib.parse.urlsplit(path).path).url_name


def chosen(english_paths, type_of):
    """The paths to check in each language: all of them, or those of `make test`."""
    if EVERYTHING:
        return [in_language(path, language) for path in english_paths for language in LANGUAGES]
    examples = {}
    for path in english_paths:
        examples.setdefault(type_of(path), path)
    return [
        in_language(path, language)
        for path in english_paths
        for language in LANGUAGES
        if language in EVERY_PAGE_IN or examples[type_of(path)] == path
    ]


def check_page(page, base, path, sent):
    """axe-core's failing violations, console errors and foreign requests of one page.

    Keeps the HTML as the server sent it in `sent[path]`, for the Nu checker.
    """
    problems = []
    host = urllib.parse.urlsplit(base).netloc

    def on_request(request):
        netloc = urllib.parse.urlsplit(request.url).netloc
        if netloc and netloc != host:
            problems.append(f"{path}: request to another host: {request.url}")

    def on_response(response):
        if response.status >= 400:
            problems.append(f"{path}: {response.status} for {response.url}")

    def on_console(message):
        # A failed load is reported with its address by on_response.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(f"{path}: console error: {message.text}")

    page.on("request", on_request)
    page.on("response", on_response)
    page.on("console", on_console)
    response = page.goto(base + path, wait_until="load")
    sent[path] = response.body()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    page.remove_listener("request", on_request)
    page.remove_listener("response", on_response)
    page.remove_listener("console", on_console)
    for violation in result["violations"]:
        if violation["impact"] in FAILING_IMPACTS:
            targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            problems.append(
                f"{path}: axe {violation['impact']} {violation['id']}: "
                f"{violation['help']} [{targets}]"
            )
    return problems


def nu_errors(sent):
    """The Nu HTML checker's errors for the HTML the server sent, by path."""
    folder = Path(tempfile.mkdtemp(prefix="talentportal-nu-"))
    names = {}
    for number, (path, html) in enumerate(sent.items()):
        name = folder / f"{number}.html"
        name.write_bytes(html)
        names[name.name] = path
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    errors = []
    for message in json.loads(checked.stderr or '{"messages": []}')["messages"]:
        if message.get("type") != "error":
            continue
        path = names.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
        errors.append(f"{path}:{message.get('lastLine', '?')}: {message['message']}")
    return errors


def sweep(base, paths, storage_state, found, sent):
    """One worker: its own Chromium, the given cookies, `paths` checked in turn."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
        )
        context, page = audit_context(browser, storage_state)
        for path in paths:
            found.extend(check_page(page, base, path, sent))
        context.close()
        browser.close()


def audit(base, paths, storage_state=None):
    """Every problem of `paths`, checked by WORKERS browsers at once, then the Nu checker's."""
    found, sent, failures = [], {}, []

    def work(share):
        try:
            sweep(base, share, storage_state, found, sent)
        except Exception as error:  # a worker's failure must fail the test, not vanish
            failures.append(error)

    workers = [
        threading.Thread(target=work, args=(paths[number::WORKERS],)) for number in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if failures:
        raise failures[0]
    return sorted(found) + nu_errors(dict(sorted(sent.items())))


@pytest.fixture(scope="module")
def checkers():
    for tool in (AXE, VNU):
        if not tool.exists():
            pytest.fail(f"{tool.name} is missing: make page-audit-deps")


def audit_context(browser, storage_state=None):
    # The audit script is added by the test, not the page: the site's policy
    # rightly refuses it, so this context alone ignores the policy.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, bypass_csp=True, storage_state=storage_state
    )
    page = context.new_page()
    # A busy machine may take a while over a page; a slow page is not what this measures.
    page.set_default_timeout(120_000)
    return context, page


def personal_paths(page, base, starts, limit=60):
    """The signed-in pages reachable by links from `starts`, in English (breadth first)."""
    seen, queue = [], list(starts)
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.append(path)
        page.goto(base + path)
        for href in page.eval_on_selector_all(
            "a[href]", "as => as.map(a => a.getAttribute('href'))"
        ):
            href = href.split("#")[0]
            if PERSONAL.match(href) and not NOT_FOLLOWED.search(href) and href not in seen:
                queue.append(href)
    return seen


# The whole sweep is one long test: the ten-minute limit is for a single page
# check gone wrong, not for hundreds of pages on a busy machine.
@pytest.mark.timeout(1800)
def test_every_public_page_passes_axe_and_is_valid_html(live_site, checkers):
    base = live_site["url"]
    english = public_paths(base)
    types = wagtail_page_types(base)
    paths = chosen(english, lambda path: page_type(path, types))
    problems = audit(base, paths)
    assert len(english) > 60
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.timeout(1800)
@pytest.mark.parametrize("person", PEOPLE)
def test_every_signed_in_page_passes_axe_and_is_valid_html(browser, live_site, checkers, person):
    base = live_site["url"]
    email, starts = PEOPLE[person]
    context, page = audit_context(browser)
    sign_in(page, base, email)
    english = personal_paths(page, base, starts)
    assert len(english) >= 5, english
    paths = chosen(english, lambda path: page_type(path, {}))
    signed_in = context.storage_state()
    context.close()
    problems = audit(base, paths, signed_in)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
