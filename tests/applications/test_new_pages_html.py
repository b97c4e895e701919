"""Every page this wave added or changed for professionals and HR parses as strict HTML5."""

import html5lib
import pytest

from talentportal.applications import services
from talentportal.applications.models import Application
from talentportal.applications.retention import anonymise_for_deleted_account
from talentportal.openings.models import SearchAlert
from tests.factories import apply_data, opening
from tests.page_factories import VisaResourcePageFactory


@pytest.fixture
def pages(client, setting, fresh_login):
    # The class-A opening below links to the guides of its permit and visas.
    for title, permit_type in (
        ("Work permit class A", "permit-a"),
        ("R visa", "visa-r"),
        ("Z visa", "visa-z"),
        ("Residence permit", "residence"),
    ):
        VisaResourcePageFactory(title=title, permit_type=permit_type)
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    application = Application.objects.get()
    alert = SearchAlert.objects.create(
        user=setting["applicant"], query="city=beijing&permit=on", frequency="daily"
    )
    professional = [
        "/ar/openings/saved/",
        f"/ar/openings/alerts/{alert.pk}/",
        f"/ar/openings/alerts/unsubscribe/{alert.unsubscribe_token}/",
        f"/ar/applications/{application.pk}/",
        f"/ar/applications/{application.pk}/withdraw/",
        "/ar/profile/",
        f"/ar/openings/{opening(setting['org'], work_permit_support=True, permit_class='A').pk}/",
    ]
    draft = opening(setting["org"], status="draft")
    org = setting["org"].pk
    hr = [
        f"/ar/employer/{org}/openings/",
        f"/ar/employer/{org}/openings/new/",
        f"/ar/employer/{org}/openings/{setting['job'].pk}/close/",
        f"/ar/employer/{org}/openings/{draft.pk}/preview/",
        f"/ar/employer/{org}/openings/{setting['job'].pk}/applications/",
        f"/ar/employer/{org}/applications/{application.pk}/",
    ]
    return setting, application, professional, hr


def _parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    parser.parse(response.content.decode())
    return response


def test_professional_and_hr_pages_are_strict_html(client, pages, fresh_login):
    setting, application, professional, hr = pages
    for url in professional:
        _parse(client, url)
    fresh_login(setting["recruiter"])
    for url in hr:
        _parse(client, url)
    # And once the applicant has withdrawn, then deleted their account.
    services.withdraw(application, setting["applicant"])
    _parse(client, hr[-1])
    anonymise_for_deleted_account(setting["applicant"])
    _parse(client, hr[-1])
    _parse(client, hr[-2])
