"""Offer accepted → entry date → deadlines in two time zones → ticks → the owner sees it."""

import datetime as dt
import re

import pytest

from talentportal.demo.people import ORGANISATIONS
from talentportal.languages.formats import format_day
from talentportal.navigator.clocks import CHINA_TZ
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def owner_of(organisation_name):
    for city, organisations in ORGANISATIONS.items():
        for kind, name_en, *_rest in organisations:
            if name_en == organisation_name:
                return f"{city}.{kind}.owner@example.com"
    raise AssertionError(organisation_name)


def test_professional_accepts_enters_the_entry_date_ticks_steps_and_the_owner_sees_it(
    live_site, browser
):
    base = live_site["url"]
    # The reader lives in UTC−8 (Pacific time in winter).
    context = browser.new_context(
        viewport={"width": 360, "height": 800}, timezone_id="America/Los_Angeles", locale="en-US"
    )
    pro = context.new_page()
    sign_in(pro, base, "professional@example.com")
    pro.goto(base + "/en/applications/")
    pro.locator("tr", has_text="Offer").get_by_role("link").first.click()
    pro.wait_for_url(re.compile(r"/en/applications/\d+/$"))
    organisation = pro.locator("p.meta").first.inner_text().split(" · ")[0]
    pro.check("input[name=route][value=z]")
    pro.check("input[name=consent]")
    pro.get_by_role("button", name="Accept the offer").click()
    pro.wait_for_url(re.compile(r"/en/onboarding/\d+/$"))
    assert "Waiting for the employer to confirm the hire." in pro.locator("main").inner_text()

    # Arrived yesterday at 23:30 China time.
    entry_day = dt.datetime.now(CHINA_TZ).date() - dt.timedelta(days=1)
    pro.fill("#id_entry_date", entry_day.isoformat())
    pro.fill("#id_entry_time", "23:30")
    pro.get_by_role("button", name="Save my dates").click()
    pro.wait_for_load_state()
    registration = pro.locator("#step-registration .deadline").inner_text()
    assert "11:30\u202fPM (China Standard Time)" in registration
    # The same moment in the reader's zone, added by the page's script: 7:30 in the morning.
    assert "America/Los_Angeles" in registration and "7:30" in registration
    thirty = format_day(entry_day + dt.timedelta(days=30), "en")
    for step in ("work_permit", "residence_permit"):
        assert (
            f"{thirty}, by the end of the day in China"
            in pro.locator(f"#step-{step} .deadline").inner_text()
        )
    # Nothing on the page is wider than the phone.
    assert pro.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    for title in ("Work-permit notice", "Z visa"):
        pro.get_by_role("button", name=f"Mark “{title}” as done").click()
        pro.wait_for_load_state()
    assert "Done on" in pro.locator("#step-notice").inner_text()
    assert "Done on" in pro.locator("#step-visa_z").inner_text()

    owner_email = owner_of(organisation)
    hr = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(hr, base, owner_email)
    hr.goto(base + "/en/employer/")
    hr.get_by_role("link", name=organisation).click()
    hr.get_by_role("link", name="Compliance calendar").click()
    hr.get_by_role("link", name="Camille Martin").first.click()
    status = hr.locator("main").inner_text()
    assert "Work-permit notice" in status and "Done on" in status
    assert "Register where you live" in status or "Registration of residence" in status
