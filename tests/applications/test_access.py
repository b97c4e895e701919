import csv
import io

import pytest

from talentportal.applications.models import Application
from tests.factories import apply_data, organisation, verified_user, with_totp


@pytest.fixture
def applied(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(
        f"/en/openings/{setting['job'].pk}/apply/",
        apply_data(setting, cover_letter='=HYPERLINK("http://evil")'),
    )
    client.logout()
    setting["application"] = Application.objects.get()
    return setting


def test_another_applicant_gets_404_for_my_application_and_cv(client, applied, fresh_login):
    fresh_login(verified_user())
    pk = applied["application"].pk
    assert client.get(f"/en/applications/{pk}/").status_code == 404
    assert client.get(f"/en/applications/{pk}/cv/").status_code == 404
    assert client.post(f"/en/applications/{pk}/withdraw/").status_code == 404


def test_another_organisations_recruiters_get_404(client, applied, fresh_login):
    outsider = verified_user()
    other = organisation(owner=outsider, name="Other", name_en="Other")
    with_totp(outsider)
    fresh_login(outsider)
    pk = applied["application"].pk
    job = applied["job"].pk
    for url in (
        f"/en/employer/{other.pk}/applications/{pk}/",
        f"/en/employer/{other.pk}/applications/{pk}/cv/",
        f"/en/employer/{other.pk}/openings/{job}/applications/",
        f"/en/employer/{other.pk}/openings/{job}/applications.csv",
        f"/en/employer/{applied['org'].pk}/applications/{pk}/",
    ):
        assert client.get(url).status_code == 404, url


def test_hr_downloads_the_cv_and_the_download_is_recorded(client, applied, fresh_login):
    fresh_login(applied["recruiter"])
    response = client.get(
        f"/en/employer/{applied['org'].pk}/applications/{applied['application'].pk}/cv/"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert applied["application"].cv_downloads.get().user == applied["recruiter"]


def test_csv_export_neutralises_formulas(client, applied, fresh_login):
    Application.objects.update(profile={"name": "=cmd|' /C calc'!A0", "email": "a@example.org"})
    fresh_login(applied["recruiter"])
    response = client.get(
        f"/en/employer/{applied['org'].pk}/openings/{applied['job'].pk}/applications.csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == "'=cmd|' /C calc'!A0"


def test_applicant_withdraws_until_decided(client, applied, fresh_login):
    fresh_login(applied["applicant"])
    pk = applied["application"].pk
    client.post(f"/en/applications/{pk}/withdraw/")
    applied["application"].refresh_from_db()
    assert applied["application"].stage == "withdrawn"
    response = client.post(f"/en/applications/{pk}/withdraw/", follow=True)
    assert "A decided application cannot be withdrawn." in response.content.decode()
