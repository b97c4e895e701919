"""One rule for "is this opening open", one home for closing openings."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from talentportal.openings.models import Opening
from talentportal.openings.services import close_expired
from talentportal.organisations import services as organisation_services
from tests.factories import opening, organisation, verified_user

pytestmark = pytest.mark.django_db


def test_the_query_and_the_opening_agree_on_what_is_open():
    now = timezone.now()
    deadlines = [None, now - datetime.timedelta(hours=1), now + datetime.timedelta(days=3)]
    orgs = [organisation(status=s, name=s, name_en=s) for s in ("verified", "pending", "rejected")]
    made = [
        opening(org, status=status, deadline=deadline)
        for org, status, deadline in itertools.product(orgs, Opening.Status.values, deadlines)
    ]
    open_ids = set(
        Opening.objects.open().filter(pk__in=[o.pk for o in made]).values_list("pk", flat=True)
    )
    for job in made:
        job = Opening.objects.select_related("organisation").get(pk=job.pk)
        assert job.is_open == (job.pk in open_ids), (
            job.organisation.status,
            job.status,
            job.deadline,
        )
    # Exactly the published, unexpired openings of verified organisations.
    assert len(open_ids) == 2


def test_an_organisation_back_in_verification_leaves_the_listing_with_its_openings(client):
    org = organisation(status="pending", was_verified=True)
    job = opening(org, title="Hidden while rechecked", title_en="Hidden while rechecked")
    assert "Hidden while rechecked" not in client.get("/en/openings/").content.decode()
    assert not job.is_open


def test_expired_openings_close_through_the_one_close():
    org = organisation()
    expired = opening(org, deadline=timezone.now() - datetime.timedelta(hours=1))
    draft = opening(org, status="draft", deadline=timezone.now() - datetime.timedelta(hours=1))
    assert close_expired() == 1
    expired.refresh_from_db()
    draft.refresh_from_db()
    assert expired.status == "closed" and expired.closed_at is not None
    assert draft.status == "draft"


def test_rejecting_an_organisation_closes_its_published_openings():
    staff = verified_user()
    org = organisation(status="pending")
    published = opening(org)
    draft = opening(org, status="draft")
    organisation_services.decide(org, staff, verified=False, reason="Not a real company")
    published.refresh_from_db()
    draft.refresh_from_db()
    assert published.status == "closed" and published.closed_at is not None
    assert draft.status == "draft"


def rows_removed(node) -> int:
    """The rows a query plan read and threw away, in every node."""
    own = node.get("Rows Removed by Filter", 0) + node.get("Rows Removed by Index Recheck", 0)
    return own + sum(rows_removed(child) for child in node.get("Plans", []))


def listing_and_plan(client, query: dict) -> tuple[str, dict]:
    """The English listing's page for `query`, and the plan of its one query for a page of ids."""
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/openings/", query).content.decode()
    (listing,) = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('SELECT "openings_opening"."id" AS "pk"') and "LIMIT" in q["sql"]
    ]
    with connection.cursor() as cursor:
        # As on a large table, where reading an index in order beats reading
        # and sorting every row; on a few dozen rows the planner may pick either.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + listing)
        return page, cursor.fetchone()[0][0]["Plan"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's query plan")
def test_closing_soonest_first_reads_no_opening_that_closed_before(client):
    """Openings stay published past their deadline until close_expired() runs.

    Listed closing soonest first, the open ones are one range of an index,
    read from now on: not every opening whose deadline passed before it.
    """
    org = organisation()
    for days in range(1, 41):
        opening(org, deadline=timezone.now() - datetime.timedelta(days=days))
    opening(org, title_en="Still open", deadline=timezone.now() + datetime.timedelta(days=2))
    page, plan = listing_and_plan(client, {"sort": "deadline"})
    assert "Still open" in page
    assert rows_removed(plan) < 10


@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's query plan")
def test_a_filtered_listing_closing_soonest_first_reads_only_the_openings_it_lists(client):
    """The city, position and permit filters are checked in the index that gives the
    order: the listing does not read every opening that closes sooner elsewhere."""
    soon = timezone.now() + datetime.timedelta(days=1)
    org = organisation()
    for days in range(40):
        opening(org, kind="faculty", deadline=soon + datetime.timedelta(hours=days))
    shanghai = organisation("shanghai")
    opening(shanghai, kind="postdoc", work_permit_support=True, deadline=soon)
    opening(shanghai, kind="faculty", work_permit_support=False, deadline=soon)
    opening(
        shanghai,
        title_en="Lecturer in Shanghai",
        kind="faculty",
        work_permit_support=True,
        deadline=soon + datetime.timedelta(days=60),
    )
    query = {"city": "shanghai", "kind": "faculty", "permit": "on", "sort": "deadline"}
    page, plan = listing_and_plan(client, query)
    assert "Lecturer in Shanghai" in page
    assert rows_removed(plan) < 3
