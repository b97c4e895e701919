import re

import pytest

from talentportal.demo.people import ORGANISATIONS
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def recruiter_of(organisation_name):
    for city, organisations in ORGANISATIONS.items():
        for kind, name_en, *_rest in organisations:
            if name_en == organisation_name:
                return f"{city}.{kind}.recruiter@example.com"
    raise AssertionError(organisation_name)


def test_professional_applies_hr_shortlists_and_the_professional_sees_it(live_site, browser):
    base = live_site["url"]
    pro = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(pro, base, "professional@example.com")
    pro.goto(base + "/en/openings/?page=2")
    pro.locator(".opening-card a").first.click()
    pro.wait_for_url(re.compile(r"/en/openings/\d+/$"))
    title = pro.locator("h1").inner_text()
    organisation = pro.locator(".lead a").first.inner_text()
    pro.get_by_role("link", name="Apply").click()
    pro.wait_for_url(re.compile(r"/apply/$"))
    pro.fill("#id_cover_letter", "I would like to join your team.")
    for text in pro.locator("input[type=text][name^=question_]").all():
        text.fill("From March")
    for radio_name in {
        r.get_attribute("name") for r in pro.locator("input[type=radio][name^=question_]").all()
    }:
        pro.locator(f"input[name={radio_name}]").first.check()
    pro.check("#id_consent")
    pro.get_by_role("button", name="Send my application").click()
    pro.get_by_role("heading", name="Application sent").wait_for()
    pro.get_by_role("link", name="Follow your application").click()
    pro.wait_for_url(re.compile(r"/en/applications/\d+/$"))
    application_url = pro.url
    assert "Submitted" in pro.locator(".stage").inner_text()

    hr = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(hr, base, recruiter_of(organisation))
    hr.goto(base + "/en/employer/")
    hr.get_by_role("link", name=organisation).click()
    hr.get_by_role("link", name="Openings", exact=True).last.click()
    hr.locator("tr", has_text=title).get_by_role("link", name=re.compile(r"application")).click()
    hr.get_by_role("link", name="Camille Martin").click()
    hr.select_option("#id_move-stage", "shortlisted")
    hr.fill("#id_move-note", "Please book an interview slot.")
    hr.locator("form:has(#id_move-stage) button[type=submit]").click()
    hr.wait_for_load_state()
    assert "Shortlisted" in hr.locator("main").inner_text()

    pro.goto(application_url)
    assert "Shortlisted" in pro.locator(".stage").inner_text()
    assert "Please book an interview slot." in pro.locator(".timeline").inner_text()
