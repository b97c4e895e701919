"""The wallet in the data export and gone with the account; the steps as CMS content."""

import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.models import CityPage
from talentportal.accounts.privacy import collect, delete_account
from talentportal.onboarding import services
from talentportal.onboarding.models import Document, ReminderLog, StepDone, Timeline
from talentportal.onboarding.pages import SettlingInPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


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


def test_every_city_has_its_steps_in_six_languages_with_its_own_service_centres():
    for city in CityPage.objects.live():
        page = SettlingInPage.for_city(city)
        assert page is not None, city.slug
        for language, _name in settings.LANGUAGES:
            assert getattr(page, build_localized_fieldname("intro", language))
            with translation.override(language):
                fresh = SettlingInPage.objects.get(pk=page.pk)
                keys = [b.value["step"] for b in fresh.steps]
                assert keys[:5] == ["notice", "visa_z", "visa_r", "entry", "registration"]
        own = {str(pk) for pk in city.service_centres.values_list("pk", flat=True)}
        named = {pk for block in page.steps for pk in block.value["centres"]}
        assert named and named <= own


def test_the_public_steps_page_shows_centres_limits_and_sources(client):
    page = SettlingInPage.for_city(CityPage.objects.get(slug="shanghai"))
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
    city = CityPage.objects.get(slug="beijing")
    assert not SettlingInPage.can_create_at(city)  # one per city, and the demo has it


def test_the_account_menu_links_the_timeline(client, offer):
    client.force_login(offer["applicant"])
    with translation.override("en"):
        page = client.get(reverse("applications_mine")).text
    assert reverse("onboarding_home") in page


def test_the_steps_are_searchable_by_their_words_only():
    page = SettlingInPage.for_city(CityPage.objects.get(slug="beijing"))
    with translation.override("en"):
        text = SettlingInPage.objects.get(pk=page.pk).search_text()
    assert "International Travel Health Care Center" in text
    assert "permit_notice" not in text and "medical_certificate" not in text
