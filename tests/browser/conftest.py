"""A real server on a fresh demo database, and Debian's Chromium to drive it."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bench import services

ROOT = Path(__file__).resolve().parents[2]
# The environment of each running demo site, by its address (see live_site).
SITE_ENVIRONMENTS = {}
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


def current_code(base, email):
    """The two-factor code a demo account's authenticator app shows now."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "demo_code", email],
        env=SITE_ENVIRONMENTS[base],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


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
