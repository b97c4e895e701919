"""A reader answers the visa navigator in Arabic, first without JavaScript, then with it,
sees the work-permit class and the checklist, signs in and saves the result."""

import re

import pytest

pytestmark = pytest.mark.browser
DEMO_PASSWORD = "talent-portal-demo"
CLASS_B = "الفئة B"  # "Class B"
CHECKLIST = "قائمة مستنداتك"  # "Your document checklist"


def answer_step_three(page):
    page.fill("#id_age", "30")
    page.select_option("#id_degree", "master")
    page.fill("#id_experience", "5")
    page.fill("#id_salary", "300000")
    page.fill("#id_months", "12")
    page.check("input[name=extras][value=high_level_university]")


def test_a_reader_answers_in_arabic_without_and_with_javascript_and_saves(live_site, browser):
    base = live_site["url"]

    # Without JavaScript: one GET form per step, the address holds the answers.
    plain = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = plain.new_page()
    page.goto(f"{base}/ar/navigator/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.check("input[name=purpose][value=work]")
    page.select_option("#id_city", "shanghai")
    page.select_option("#id_nationality", "FR")
    page.locator("button[name=step][value='2']").click()
    page.wait_for_url(re.compile(r"step=2"))
    assert "nationality=FR" in page.url
    page.locator("button[name=step][value='3']").click()
    page.wait_for_url(re.compile(r"step=3"))
    answer_step_three(page)
    page.locator(".step-actions button[formaction]").click()
    page.wait_for_url(re.compile(r"/ar/navigator/result/\?"))
    main = page.locator("main")
    assert CLASS_B in main.inner_text()
    assert CHECKLIST in main.inner_text()
    assert "72 / 120" in main.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.go_back()
    page.wait_for_url(re.compile(r"step=3"))
    assert page.input_value("#id_salary") == "300000"
    plain.close()

    # With JavaScript: every question on one page, the result follows the answers.
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{base}/ar/navigator/")
    live = page.locator("#navigator-live")
    page.check("input[name=purpose][value=work]")
    page.select_option("#id_city", "shanghai")
    page.select_option("#id_nationality", "FR")
    assert page.locator("#id_age").is_visible()  # no page turn needed
    answer_step_three(page)
    live.get_by_text(CLASS_B).first.wait_for()
    live.get_by_text(CHECKLIST).wait_for()
    page.wait_for_url(re.compile(r"salary=300000"))
    answered = page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # Sign in, come back to the same answers, save.
    page.goto(f"{base}/ar/accounts/login/")
    page.fill("input[name=login]", "professional@example.com")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/accounts/$"))
    page.goto(answered)
    save = live.locator("form[action$='/navigator/save/'] button")
    save.wait_for()
    save.click()
    page.wait_for_url(re.compile(r"/ar/navigator/saved/\d+/$"))
    assert CLASS_B in page.locator("main").inner_text()
    page.check("#gathered-passport")
    page.locator(".checklist-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.is_checked("#gathered-passport")
    context.close()
