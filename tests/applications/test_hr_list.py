"""The HR list of an opening's applications: the same few queries whatever the
number of applications, pages counted right under every filter, and each row's
labels in the reader's language."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from talentportal.applications.models import Application
from tests.factories import opening, organisation, verified_user

pytestmark = pytest.mark.django_db


def _applications(job, count, start=0, **fields):
    values = {
        "applicant": None,
        "cover_letter": "I build robots.",
        "nationality": "FR",
        "highest_degree": "doctorate",
        "consent_at": timezone.now(),
    }
    values.update(fields)
    Application.objects.bulk_create(
        Application(
            opening=job,
            profile={"name": f"Applicant {n:03d}", "email": f"list{n}@example.org", "bio": "…"},
            **values,
        )
        for n in range(start, start + count)
    )


@pytest.fixture
def hr(client, fresh_login):
    owner = verified_user()
    org = organisation(owner=owner)
    job = opening(org)
    fresh_login(owner)
    return {
        "org": org,
        "job": job,
        "url": f"/{{}}/employer/{org.pk}/openings/{job.pk}/applications/",
    }


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


# No filter, the stage's counts; the other filters, one COUNT; a sort; a later page.
QUERIES = ["", "?stage=in_review", "?nationality=FR&degree=doctorate", "?sort=rating", "?page=2"]


@pytest.mark.parametrize("query", QUERIES)
def test_the_list_costs_the_same_queries_for_a_few_applications_or_a_page_full(client, hr, query):
    url = hr["url"].format("en") + query
    _applications(hr["job"], 3, stage="in_review", rating=4)
    client.get(url)  # The first request of a session records the device.
    few = _queries(client, url)
    _applications(hr["job"], 120, start=3, stage="in_review", rating=2)
    many = _queries(client, url)
    assert client.get(url).content.decode().count('name="selected"') == 50
    assert len(many) == len(few), "\n".join(many)
    # Only what the rows show: neither the cover letters nor the profiles sent.
    whole_column = re.compile(
        r'"applications_application"\."(cover_letter|profile)"(,\s*"|\s+FROM)'
    )
    assert not [sql for sql in many if whole_column.search(sql)]


def test_pages_are_counted_for_the_stage_chosen_and_for_other_filters(client, hr):
    url = hr["url"].format("en")
    _applications(hr["job"], 55)
    _applications(hr["job"], 10, start=55, stage="in_review", nationality="KE")
    assert "Page 1 of 2" in client.get(url).content.decode()
    submitted = client.get(url + "?stage=submitted&page=2").content.decode()
    assert "Page 2 of 2" in submitted and submitted.count('name="selected"') == 5
    for only_ten in ("?stage=in_review", "?nationality=KE"):
        html = client.get(url + only_ten).content.decode()
        assert html.count('name="selected"') == 10 and "Page 1 of" not in html, only_ten
    assert "No applications match." in client.get(url + "?stage=offer").content.decode()
    # A filter HR mistyped leaves the list whole, pages and all.
    assert "Page 2 of 2" in client.get(url + "?hsk_min=ten&page=2").content.decode()


def test_each_row_reads_in_the_readers_language(client, hr):
    # 20:00 UTC on 5 March is already 6 March in China, where HR works.
    with time_machine.travel(datetime.datetime(2026, 3, 5, 20, 0, tzinfo=datetime.UTC)):
        _applications(hr["job"], 1, stage="offer", rating=5, hsk_level=4)
        Application.objects.bulk_create(
            [
                Application(
                    opening=hr["job"],
                    applicant=None,
                    profile={},
                    cover_letter="—",
                    consent_at=timezone.now(),
                    removed="account",
                )
            ]
        )
    response = client.get(hr["url"].format("fr"))
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    start = html.rindex("<tr>", 0, html.index("Applicant 000"))
    first = html[start : html.index("</tr>", start)]
    assert 'aria-label="Sélectionner Applicant 000"' in first
    for cell in ("France", "Doctorat (PhD)", "4", "Proposition d’embauche", "5", "6 mars 2026"):
        assert f"<td>{cell}</td>" in first
    assert "Ancien candidat</a><br><span" in html
    assert "La personne candidate a supprimé son compte." in html
