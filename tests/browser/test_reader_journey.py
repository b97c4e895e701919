import re

import pytest

pytestmark = pytest.mark.browser


def test_reader_switches_language_follows_a_city_and_a_guide_and_searches(live_site, page):
    live_site = live_site["url"]
    requested_hosts = set()
    page.on("request", lambda r: requested_hosts.add(r.url.split("/")[2]))

    page.goto(live_site + "/en/")
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("dir") == "ltr"

    # Keyboard: the first Tab reaches the skip link.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    # On a phone-sized screen the language switcher waits behind the header's menu.
    page.locator("header summary.site-menu-toggle").click()
    page.locator('.language-switcher a[lang="ar"]').click()
    page.wait_for_url(re.compile(r"/ar/$"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"

    page.locator("header summary.site-menu-toggle").click()
    page.locator('.language-switcher a[lang="zh-hans"]').click()
    page.wait_for_url(re.compile(r"/zh-hans/$"))
    assert page.locator("html").get_attribute("lang") == "zh-hans"

    page.locator(".city-card a").first.click()
    page.wait_for_url(re.compile(r"/zh-hans/beijing/$"))
    page.locator("#guides-heading ~ ul a").first.click()
    page.wait_for_url(re.compile(r"/zh-hans/beijing/guides/.+/$"))
    assert page.locator("h1").count() == 1
    assert page.locator(".notice-untranslated").count() == 0

    # Nothing is wider than a 360 px phone screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.locator("header summary.site-menu-toggle").click()
    page.get_by_role("searchbox").first.fill("工作许可")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zh-hans/search/\?q="))
    # The guides and pages (openings that match come first, in a list of their own).
    results = page.locator("ol.search-results li")
    assert results.count() >= 1
    results.first.locator("a").click()
    page.wait_for_load_state()
    assert "许可" in page.locator("h1").inner_text()

    assert requested_hosts <= {live_site.split("/")[2]}
