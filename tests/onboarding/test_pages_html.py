"""Every onboarding page parses as conforming HTML with one heading, in three scripts;
city staff open the steps page in the Wagtail admin."""

import datetime as dt

import html5lib
import pytest
from django.urls import reverse
from django.utils import translation

from cms.models import CityPage
from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import services
from talentportal.onboarding.pages import SettlingInPage
from tests.factories import UserFactory
from tests.onboarding_factories import SettlingInPageFactory
from tests.page_factories import CityPageFactory, ServiceCentreFactory

pytestmark = pytest.mark.django_db


def parse(html):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(html)
    assert len(document.findall(".//h1")) == 1
    assert document.find(".//main[@id='main']") is not None
    return document


@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_onboarding_pages_are_well_formed(client, accepted, fresh_login, language):
    timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    timeline.save()
    services.set_wallet_date(accepted["applicant"], "passport", dt.date(2030, 1, 1))
    services.tick(timeline, "notice", True)
    org = accepted["org"]
    for city in ("Beijing", "Shenzhen"):  # beside Shanghai's, the hire's city
        SettlingInPageFactory(parent__title=city)
    with translation.override(language):
        personal = [
            reverse("onboarding_home"),
            reverse("onboarding_timeline", args=[timeline.pk]),
            reverse("onboarding_wallet"),
            reverse("onboarding_add"),
            reverse("applications_mine_detail", args=[accepted["application"].pk]),
        ]
        employer = [
            reverse("onboarding_employer_calendar", args=[org.pk]),
            reverse("onboarding_employer_hire", args=[org.pk, timeline.pk]),
            reverse("applications_hr_detail", args=[org.pk, accepted["application"].pk]),
        ]
        public = [SettlingInPage.for_city(c).get_url() for c in CityPage.objects.live()]
    for address in public:
        parse(client.get(address).content.decode())
    client.force_login(accepted["applicant"])
    for address in personal:
        response = client.get(address)
        assert response.status_code == 200, address
        parse(response.content.decode())
    fresh_login(accepted["owner"], client=client)
    for address in employer:
        response = client.get(address)
        assert response.status_code == 200, address
        parse(response.content.decode())


def test_the_accept_page_is_well_formed(client, offer):
    client.force_login(offer["applicant"])
    with translation.override("ar"):
        address = reverse("onboarding_accept", args=[offer["application"].pk])
    parse(client.get(address).content.decode())


def test_city_staff_edit_the_steps_page_in_the_admin(client, fresh_login):
    admin = UserFactory(is_staff=True, is_superuser=True)
    fresh_login(admin, client=client)
    shenzhen = CityPageFactory(title="Shenzhen")
    ServiceCentreFactory(page=shenzhen, name="Shenzhen Municipal Administrative Service Hall")
    page = SettlingInPageFactory(parent=shenzhen)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Statutory limit" in text and "Where: service centres" in text
    # The service centres of the CMS are offered as choices.
    assert "Shenzhen Municipal Administrative Service Hall" in text
