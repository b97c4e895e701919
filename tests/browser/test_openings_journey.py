import re
import time

import pytest

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def test_hr_posts_an_opening_and_a_professional_filters_in_chinese_and_saves_it(live_site, browser):
    base = live_site["url"]
    title = f"Marine Robotics Engineer {int(time.time())}"

    hr = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(hr, base, "shenzhen.company.recruiter@example.com")
    hr.goto(base + "/en/employer/")
    hr.get_by_role("link", name=re.compile("Qianhai Robotics")).click()
    hr.get_by_role("link", name="Openings", exact=True).last.click()
    hr.get_by_role("link", name="Post an opening").click()
    hr.fill("#id_title_en", title)
    hr.fill("#id_description_en", "<p>Design underwater robots.</p>")
    hr.fill("#id_title_zh_hans", "海洋机器人工程师")
    hr.fill("#id_description_zh_hans", "<p>设计水下机器人。</p>")
    hr.select_option("#id_kind", "engineer")
    hr.select_option("#id_field", "engineering")
    hr.select_option("#id_employment_type", "full-time")
    hr.check("#id_work_permit_support")
    hr.fill("#id_salary_min", "400000")
    hr.fill("#id_salary_max", "600000")
    hr.locator("main form button[type=submit]:not([name=then])").last.click()
    hr.wait_for_url(re.compile(r"/openings/$"))
    row = hr.locator("tr", has_text=title)
    row.get_by_role("button", name="Publish").click()
    hr.wait_for_load_state()
    assert "Published" in hr.locator("tr", has_text=title).inner_text()
    hr.context.close()

    pro = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    sign_in(pro, base, "professional@example.com", language="zh-hans")
    pro.goto(base + "/zh-hans/openings/")
    assert pro.locator("html").get_attribute("lang") == "zh-hans"
    # On a phone the filters wait behind their disclosure.
    pro.locator(".filters-disclosure > summary").click()
    pro.select_option("#id_city", "shenzhen")
    pro.select_option("#id_kind", "engineer")
    pro.check("#id_permit")
    pro.locator("form.filters button[type=submit]").click()
    pro.wait_for_url(re.compile(r"city=shenzhen"))
    assert "kind=engineer" in pro.url
    card = pro.get_by_role("link", name="海洋机器人工程师")
    card.click()
    pro.wait_for_url(re.compile(r"/zh-hans/openings/\d+/$"))
    assert pro.locator("h1").inner_text() == "海洋机器人工程师"
    assert pro.evaluate("document.documentElement.scrollWidth") <= 360
    pro.locator("main form button[type=submit]").first.click()
    pro.wait_for_load_state()
    pro.goto(base + "/zh-hans/openings/saved/")
    assert pro.get_by_role("link", name="海洋机器人工程师").count() == 1
    pro.context.close()
