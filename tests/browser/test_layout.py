"""Small screens first, in English and Arabic: no page scrolls sideways at 360 px,
the header folds into a menu, the first opening shows on the first screen, and
a list inside a step stays inside that step."""

import re
from pathlib import Path

import pytest
from django.utils import translation

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser
# Signing in with a second factor waits on the server's answer; on a machine
# shared with other test runs that answer has taken longer than Playwright's 30 s.
SIGN_IN_TIMEOUT_MS = 120_000
STYLESHEET = Path(__file__).resolve().parents[2] / "static" / "css" / "site.css"
LANGUAGES = ("en", "ar")

# Every public page type, by a demo page of that type ({} is the language).
PUBLIC_PAGES = {
    "home": "/{}/",
    "city": "/{}/beijing/",
    "guide index": "/{}/beijing/guides/",
    "guide": "/{}/beijing/guides/arriving/",
    "visa index": "/{}/visas-and-permits/",
    "visa page": "/{}/visas-and-permits/residence-permit/",
    "city permits": "/{}/beijing/permits/",
    "housing": "/{}/beijing/housing/",
    "district": "/{}/beijing/housing/chaoyang-sanlitun-cbd/",
    "talent apartment": "/{}/beijing/housing/e-town-international-talent-apartments/",
    "settling in": "/{}/beijing/settling-in/",
    "privacy": "/{}/privacy/",
    "openings listing": "/{}/openings/",
    "search": "/{}/search/?q=visa",
    "navigator": "/{}/navigator/",
    "sign-in": "/{}/accounts/login/",
    "sign-up": "/{}/accounts/signup/",
}

# The elements that stick out past the viewport, to say what to fix.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    })
    .slice(0, 5)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.outerHTML.slice(0, 120)}`);
}"""


def assert_no_sideways_scroll(page, what):
    page.wait_for_load_state("load")
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner, (
        f"{what} scrolls sideways ({scroll} > {inner}): {page.evaluate(OVERFLOWING)}"
    )


def visit(page, url, what):
    response = page.goto(url)
    assert response.status == 200, f"{what}: {url} answered {response.status}"
    assert_no_sideways_scroll(page, f"{what} ({url})")


def first_link(page, pattern):
    for href in page.locator("main a[href]").evaluate_all("links => links.map(a => a.href)"):
        if re.search(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern} on {page.url}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_public_page_scrolls_sideways_at_360_px(live_site, page, language):
    base = live_site["url"]
    for what, path in PUBLIC_PAGES.items():
        visit(page, base + path.format(language), what)
    page.goto(f"{base}/{language}/beijing/permits/")
    visit(page, first_link(page, r"/beijing/permits/[^/]+/$"), "city permit page")
    page.goto(f"{base}/{language}/openings/")
    visit(page, first_link(page, r"/openings/\d+/$"), "opening")
    visit(page, first_link(page, r"/organisations/[^/]+/$"), "organisation")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_signed_in_page_scrolls_sideways_at_360_px(live_site, page, language):
    base = live_site["url"]
    page.set_default_timeout(SIGN_IN_TIMEOUT_MS)
    sign_in(page, base, "professional@example.com", language=language)
    for what, path in {
        "account": "/{}/accounts/",
        "profile": "/{}/profile/",
        "applications": "/{}/applications/",
        "onboarding": "/{}/onboarding/",
        "document wallet": "/{}/onboarding/wallet/",
    }.items():
        visit(page, base + path.format(language), what)
    page.goto(f"{base}/{language}/applications/")
    visit(page, first_link(page, r"/applications/\d+/$"), "application")
    page.goto(f"{base}/{language}/onboarding/")
    visit(page, first_link(page, r"/onboarding/\d+/$"), "onboarding timeline")


def test_no_employer_page_scrolls_sideways_at_360_px(live_site, page):
    base = live_site["url"]
    # The demo hire works for a Shanghai company, whose owner sees pipeline and hire.
    # One sign-in (one code) serves both languages.
    page.set_default_timeout(SIGN_IN_TIMEOUT_MS)
    sign_in(page, base, "shanghai.company.owner@example.com", language="en")
    for language in LANGUAGES:
        visit(page, f"{base}/{language}/employer/", "employer dashboard")
        visit(page, first_link(page, r"/employer/\d+/$"), "organisation management")
        organisation = re.search(r"/employer/(\d+)/", page.url)[1]
        visit(page, f"{base}/{language}/employer/{organisation}/openings/", "employer openings")
        visit(page, first_link(page, r"/openings/\d+/applications/$"), "pipeline")
        visit(page, f"{base}/{language}/employer/{organisation}/hires/", "hires calendar")
        visit(page, first_link(page, r"/hires/\d+/$"), "hire")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_folds_into_a_menu_on_small_screens_and_stands_open_on_wide_ones(
    live_site, browser, language
):
    base = live_site["url"]
    for javascript in (True, False):
        context = browser.new_context(
            viewport={"width": 360, "height": 640}, java_script_enabled=javascript
        )
        small = context.new_page()
        small.goto(f"{base}/{language}/")
        navigation = small.locator(".primary-nav")
        assert not navigation.is_visible()
        small.locator(".site-menu-toggle").click()
        assert navigation.is_visible()
        assert small.locator(".language-switcher").is_visible()
        assert_no_sideways_scroll(small, "the open menu")
        if javascript:
            small.keyboard.press("Escape")
            assert not navigation.is_visible()
        context.close()
    wide = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    wide.goto(f"{base}/{language}/")
    assert wide.locator(".primary-nav").is_visible()
    assert not wide.locator(".site-menu-toggle").is_visible()
    wide.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_opening_is_on_the_first_screen_with_filters_behind_a_disclosure(
    live_site, browser, language
):
    base = live_site["url"]
    context = browser.new_context(viewport={"width": 360, "height": 640})
    small = context.new_page()
    small.goto(f"{base}/{language}/openings/")
    first = small.locator(".opening-card").first
    assert first.bounding_box()["y"] + 40 < 640, "the first opening is below the first screen"
    form = small.locator("form.filters")
    assert not form.is_visible()
    small.locator(".filters-disclosure > summary").click()
    assert form.is_visible()
    context.close()
    wide = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    wide.goto(f"{base}/{language}/openings/")
    assert wide.locator("form.filters").is_visible()
    wide.context.close()


STEP_MARKERS = """section => [...section.querySelectorAll("li")].map(li => [
  li.parentElement.closest("li") === null,
  getComputedStyle(li, "::before").content,
  getComputedStyle(li).listStyleType,
])"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bulleted_list_inside_a_step_stays_inside_that_step(page, language):
    from cms.blocks import StepsBlock

    block = StepsBlock()
    value = block.to_python(
        {
            "title": "Arrive",
            "steps": [
                {
                    "title": "Register",
                    "text": "<p>Bring:</p><ul><li>passport</li><li>photo</li></ul>",
                },
                {"title": "Apply", "text": "<p>Online.</p>"},
            ],
        }
    )
    with translation.override(language):
        html = block.render(value)
    direction = "rtl" if language == "ar" else "ltr"
    # The block as the site renders it, under the site's stylesheet.
    page.set_content(
        f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><body>{html}</body></html>'
    )
    page.add_style_tag(path=str(STYLESHEET))
    markers = page.locator("section.steps").evaluate(STEP_MARKERS)
    steps = [content for top, content, _style in markers if top]
    nested = [(content, style) for top, content, style in markers if not top]
    assert len(steps) == 2 and all(content != "none" for content in steps)
    # The two items are bullets of the first step, not steps 2 and 3.
    assert [content for content, _style in nested] == ["none", "none"]
    assert all(style in ("disc", "circle", "square") for _content, style in nested)
