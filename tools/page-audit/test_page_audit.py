"""Every public page, in every language, through axe-core and the W3C Nu HTML checker.

Run by `make audit-pages` (with the browser tests' fixtures:
`python -m pytest -p tests.browser.conftest tools/page-audit/test_page_audit.py`).

The pages are the sitemap's (each in its six languages) plus the pages the sitemap
leaves out on purpose: the openings listing filtered, site search results, the
navigator's questions and a result, and the sign-in and sign-up forms.

axe-core runs in Chromium on the rendered page (WCAG 2.2 A/AA and best-practice
rules); a violation of moderate, serious or critical impact fails. The Nu checker
reads the HTML exactly as the server sent it; any error fails. While a page loads,
any request to another host and any console error fails it too.
"""

import json
import re
import subprocess
import tempfile
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.test_openings_journey import sign_in

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
# Pages no sitemap lists, in each language; the navigator's pages carry answers in the URL.
UNLISTED = [
    "openings/?city=shanghai",
    "openings/?q=engineer",
    "search/?q=visa",
    "search/?q=nothing-matches-this",
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


def _get(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (loopback only)
        return response.read()


def public_paths(base):
    """Every page path the site offers a reader who has not signed in."""
    tree = ET.fromstring(_get(base + "/sitemap.xml"))
    paths = set()
    for url in tree.iter(SITEMAP + "url"):
        paths.add(urllib.parse.urlsplit(url.findtext(SITEMAP + "loc")).path)
        for alternate in url.iter(XHTML + "link"):
            parts = urllib.parse.urlsplit(alternate.get("href"))
            paths.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    for language in LANGUAGES:
        paths.update(f"/{language}/{page}" for page in UNLISTED)
    # An opening and its organisation's page, whether or not the sitemap lists them.
    listing = _get(f"{base}/en/openings/").decode()
    opening = re.search(r'href="(/en/openings/\d+/)"', listing).group(1)
    organisation = re.search(r'href="(/en/organisations/[\w-]+/)"', _get(base + opening).decode())
    for path in (opening, organisation.group(1)):
        paths.update(path.replace("/en/", f"/{language}/", 1) for language in LANGUAGES)
    return sorted(paths)


def axe_findings(page, base, path):
    """axe-core's failing violations, console errors and foreign requests of one page."""
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
    page.goto(base + path, wait_until="load")
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


def nu_errors(fetch, paths):
    """The Nu HTML checker's errors for the HTML the server sends for each path.

    `fetch(path)` gives the bytes as sent: the checker must not read the DOM a
    browser rebuilt, which hides the very errors it looks for.
    """
    folder = Path(tempfile.mkdtemp(prefix="talentportal-nu-"))
    names = {}
    for number, path in enumerate(paths):
        name = folder / f"{number}.html"
        name.write_bytes(fetch(path))
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


@pytest.fixture(scope="module")
def paths(live_site):
    return public_paths(live_site["url"])


def audit_context(browser):
    # The audit script is added by the test, not the page: the site's policy
    # rightly refuses it, so this context alone ignores the policy.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
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


def test_every_public_page_passes_axe_in_every_language(browser, live_site, paths):
    context, page = audit_context(browser)
    problems = []
    for path in paths:
        problems.extend(axe_findings(page, live_site["url"], path))
    context.close()
    assert len(paths) > 6 * 60
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_every_public_page_is_valid_html_in_every_language(live_site, paths):
    errors = nu_errors(lambda path: _get(live_site["url"] + path), paths)
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors)


@pytest.mark.parametrize("person", PEOPLE)
def test_every_signed_in_page_passes_axe_and_is_valid_html_in_every_language(
    browser, live_site, person
):
    base = live_site["url"]
    email, starts = PEOPLE[person]
    context, page = audit_context(browser)
    sign_in(page, base, email)
    english = personal_paths(page, base, starts)
    assert len(english) >= 5, english
    paths = [path.replace("/en/", f"/{language}/", 1) for path in english for language in LANGUAGES]
    problems = []
    for path in paths:
        problems.extend(axe_findings(page, base, path))
    problems += nu_errors(lambda path: context.request.get(base + path).body(), paths)
    context.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
