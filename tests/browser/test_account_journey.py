import re
import time

import pytest

from tests.browser.conftest import enter_code
from tests.factories import totp_code

pytestmark = pytest.mark.browser
PASSWORD = "a-long-passphrase-for-tests"


def wait_for_mail(folder, to, timeout=60):
    """The newest message to `to` that the task worker wrote to the mail folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if folder.exists():
            for path in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True):
                text = path.read_text(errors="replace")
                if f"To: {to}" in text:
                    return text
        time.sleep(0.2)
    raise AssertionError(f"no e-mail to {to}")


def test_professional_signs_up_confirms_turns_on_two_factor_and_signs_in_with_a_code(
    live_site, page
):
    base, mail = live_site["url"], live_site["mail"]
    email = f"journey{int(time.time())}@example.org"

    page.goto(base + "/fr/accounts/signup/")
    page.fill("input[name=email]", email)
    page.check("input[name=intent][value=professional]")
    page.check("input[name=consent]")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/fr/accounts/confirm-email/$"))

    message = wait_for_mail(mail, email)
    link = re.search(r"http://[^\s]+/fr/accounts/confirm-email/[^\s]+/", message).group(0)
    page.goto(link)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/fr/accounts/$"))
    assert page.locator("html").get_attribute("lang") == "fr"

    page.goto(base + "/fr/accounts/2fa/totp/activate/")
    if "/reauthenticate/" in page.url:
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_url(re.compile(r"/2fa/totp/activate/"))
    secret = page.locator("#authenticator_secret").input_value()
    enter_code(page, lambda: totp_code(secret), asking="/2fa/totp/activate/")

    # On a phone-sized screen the header's links wait behind its menu.
    page.locator("header summary.site-menu-toggle").click()
    page.locator("header form[action$='/logout/'] button").click()
    page.wait_for_load_state()
    page.goto(base + "/fr/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/2fa/authenticate/$"))
    enter_code(page, lambda: totp_code(secret))
    page.wait_for_url(re.compile(r"/fr/accounts/$"))
    assert page.locator("h1").count() == 1
