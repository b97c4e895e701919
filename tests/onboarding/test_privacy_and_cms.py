"""The wallet in the data export and gone with the account; the steps as CMS content.

That every demo city has its steps in six languages is checked on the demo
site itself, in test_demo_steps.py."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from cms.models import CityPage
from talentportal.accounts.privacy import collect, delete_account
from talentportal.onboarding import services
from talentportal.onboarding.models import Document, ReminderLog, StepDone, Timeline
from talentportal.onboarding.pages import SettlingInPage
from tests.onboarding_factories import SettlingInPageFactory
from tests.page_factories import CityPageFactory, ServiceCentreFactory

pytestmark = pytest.mark.django_db


def test_wallet_and_timeline_are_in_the_export_and_deleted_with_the_account(accepted):
    person = accepted["applicant"]
    services.set_wallet_date(person, "passport", dt.date(2031, 1, 2), remind=False)
    services.tick(accepted["timeline"], "entry", True, on=dt.date(2028, 1, 31))
    ReminderLog.objects.create(
        user=person, kind="passport", due_on=dt.date(2031, 1, 2), lead_days=60
    )
    data = collect(person)["onboarding"]
    assert data["document_wallet"] == [
        {"kind": "passport", "date": dt.date(2031, 1, 2), "reminders": False}
    ]
    assert data["timelines"][0]["employer"] == "Pudong Robotics"
    assert data["timelines"][0]["steps_done"] == [{"step": "entry", "on": dt.date(2028, 1, 31)}]
    delete_account(person)
    assert not Document.objects.exists()
    assert not Timeline.objects.exists()
    assert not StepDone.objects.exists()
    assert not ReminderLog.objects.exists()


def test_the_public_steps_page_shows_centres_limits_and_sources(client):
    shanghai = CityPageFactory(title="Shanghai")
    ServiceCentreFactory(
        page=shanghai,
        name="Shanghai Exit and Entry Administration Bureau",
        name_zh_hans="上海市出入境管理局",
    )
    page = SettlingInPageFactory(parent=shanghai)
    with translation.override("zh-hans"):
        response = client.get(page.url)
    text = response.text
    assert "上海市出入境管理局" in text or "出入境" in text
    assert "办理住宿登记" in text
    assert "24 小时" in text or "24小时" in text
    assert 'rel="noopener external"' in text


def test_city_staff_can_add_the_page_under_a_city_only():
    assert "onboarding.SettlingInPage" in CityPage.subpage_types
    assert SettlingInPage.parent_page_types == ["cms.CityPage"]
    city = SettlingInPageFactory(parent__title="Beijing").get_parent().specific
    assert not SettlingInPage.can_create_at(city)  # one per city, and Beijing has it
    assert SettlingInPage.can_create_at(CityPageFactory(title="Shenzhen"))


def test_the_account_menu_links_the_timeline(client, offer):
    client.force_login(offer["applicant"])
    with translation.override("en"):
        page = client.get(reverse("applications_mine")).text
    assert reverse("onboarding_home") in page


def test_the_steps_are_searchable_by_their_words_only():
    page = SettlingInPageFactory(parent__title="Beijing")
    with translation.override("en"):
        text = SettlingInPage.objects.get(pk=page.pk).search_text()
    assert "International Travel Health Care Center" in text
    assert "permit_notice" not in text and "medical_certificate" not in text
