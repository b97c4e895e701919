"""A real server on a fresh demo database, and Debian's Chromium to drive it."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench import services

ROOT = Path(__file__).resolve().parents[2]
# The environment of each running demo site, by its address (see live_site).
SITE_ENVIRONMENTS = {}
DEMO_PASSWORD = "talent-portal-demo"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def manage(base, *command):
    """The last line a management command prints against the site at base
    (start-up may print before the answer)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *command],
        env=SITE_ENVIRONMENTS[base],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def enter_code(page, read_code, asking="/2fa/authenticate/"):
    """Enter the authenticator's code for as long as the page at ``asking`` asks.

    A code read while the machine is busy can be a step old by the time it is
    sent, and a code is accepted once: after a refusal the next code the
    authenticator shows goes in. ``read_code`` gives the code shown now.
    """
    refused = None
    deadline = time.monotonic() + 120
    for _attempt in range(3):
        if asking not in urlsplit(page.url).path:
            return
        code = read_code()
        while code == refused and time.monotonic() < deadline:
            time.sleep(0.2)  # how often to look, not a guess at how long
            code = read_code()
        page.fill("input[name=code]", code)
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.click()
        refused = code
    assert asking not in urlsplit(page.url).path, "the code was refused three times"


def pass_second_factor(page, base, email):
    """Enter a demo account's code while the page asks for it."""
    enter_code(page, lambda: manage(base, "demo_code", email))


def sign_in(page, base, email, language="en"):
    """Sign in through the log-in page, with the second factor when the
    account has one."""
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/accounts/(2fa/authenticate/)?$"))
    pass_second_factor(page, base, email)


@pytest.fixture(scope="session")
def live_site():
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-browser-"))
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="talentportal.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        PRIVATE_MEDIA_ROOT=str(workdir / "private"),
        EMAIL_FILE_PATH=str(workdir / "mail"),
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        subprocess.run(manage + command, env=env, check=True, capture_output=True)
    port = services.free_port()
    # Started, waited for and stopped as the bench starts its servers (bench/services.py).
    server = services.spawn(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"], env, quiet=True
    )
    # E-mail leaves through the task queue, as in production.
    worker = services.spawn(
        [*manage, "db_worker", "--interval", "0.2", "--no-reload"], env, quiet=True
    )
    base = f"http://127.0.0.1:{port}"
    SITE_ENVIRONMENTS[base] = env
    try:
        services.wait_for(base + "/robots.txt", server, seconds=60)
    except BaseException:
        services.stop(worker)
        raise
    yield {"url": base, "mail": workdir / "mail"}
    services.stop(server, worker)
    shutil.rmtree(workdir, ignore_errors=True)


# Chromium reports a refused script, style or frame twice: as its own console
# message, and as a `securitypolicyviolation` event, which this init script
# (run by the browser outside the page's policy) turns into a console error.
CSP_EVENT_LOGGER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


def _is_csp_violation(text):
    return "Content Security Policy" in text or text.startswith("CSP violation:")


class CSPWatchingBrowser:
    """The Playwright browser, whose every context records CSP violations."""

    def __init__(self, browser):
        self._browser = browser
        self.violations = []

    def new_context(self, **kwargs):
        context = self._browser.new_context(**kwargs)
        context.add_init_script(CSP_EVENT_LOGGER)
        context.on("console", self._console)
        return context

    def _console(self, message):
        if _is_csp_violation(message.text):
            self.violations.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is needed: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield CSPWatchingBrowser(browser)
        browser.close()


@pytest.fixture(autouse=True)
def no_csp_violations(request):
    """Every browser test fails on any Content-Security-Policy violation."""
    if "browser" not in request.fixturenames:
        yield
        return
    watcher = request.getfixturevalue("browser")
    watcher.violations.clear()
    yield
    if watcher.violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(watcher.violations))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    yield page
    context.close()
