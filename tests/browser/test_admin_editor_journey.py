"""The Wagtail admin's page editor works under its Content-Security-Policy:
the conftest fails the test on any CSP violation in the console."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DEMO_PASSWORD, manage, pass_second_factor

pytestmark = pytest.mark.browser
ADMIN = "admin@example.com"


def test_an_editor_changes_a_guide_previews_it_and_saves_a_draft_without_csp_violations(
    live_site, page
):
    base = live_site["url"]
    guide_id = manage(
        base,
        "shell",
        "-c",
        "from cms.models import GuidePage; print(GuidePage.objects.live().first().pk)",
    )

    page.set_viewport_size({"width": 1280, "height": 900})
    # The editor loads many scripts: give it time on a busy two-core machine.
    page.set_default_timeout(60_000)
    page.set_default_navigation_timeout(90_000)
    page.goto(base + "/admin/")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.fill("input[name=login]", ADMIN)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/2fa/authenticate/"))
    pass_second_factor(page, base, ADMIN)
    page.wait_for_url(re.compile(r"/(admin/|accounts/consent/)"))
    if "/accounts/consent/" in page.url:  # a newer privacy policy asks for agreement first
        page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{base}/admin/pages/{guide_id}/edit/", wait_until="domcontentloaded")
    title = page.locator("input[name=title_en]")
    expect(title).to_be_visible(timeout=60_000)
    title.fill("Opening a bank account, checked")

    # The preview renders the public template inside the editor's iframe.
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Opening a bank account, checked", timeout=60_000)

    page.locator("button[type=submit]", has_text="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("updated", timeout=60_000)
    expect(page.locator("input[name=title_en]")).to_have_value("Opening a bank account, checked")
