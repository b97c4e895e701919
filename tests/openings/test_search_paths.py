"""The two ways the openings keyword search reaches its matches on PostgreSQL.

A common word is walked along the listing's own order; the matches of a rarer
one are first looked up through the indexes (talentportal/openings/search.py).
Whichever way, a reader sees the same openings in the same order and count.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from talentportal.openings import search
from talentportal.organisations.models import Organisation
from tests.factories import opening, organisation

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored vectors are PostgreSQL's"
)

# (FEW_MATCHES, COMMON_MATCHES): listed from the ids; counted and found many;
# taken for common at once from PostgreSQL's statistics.
PATHS = pytest.mark.parametrize(
    ("few", "common"), [(1_000, 2_000), (2, 1_000_000), (2, 0)], ids=["ids", "counted", "common"]
)


@pytest.fixture
def robotics(db):
    """Four robotics openings in Beijing, a day apart, one in Shanghai, and one on glaciers."""
    now = timezone.now()
    beijing = organisation("beijing", name="Zephyrine Institute", name_en="Zephyrine Institute")
    shanghai = organisation(
        "shanghai", name="Huangpu Labs", name_en="Huangpu Labs", uscc="91350100M000100Y43"
    )
    for days in range(1, 5):
        opening(
            beijing,
            title=f"Robotics post {days}",
            title_en=f"Robotics post {days}",
            description_en="<p>You will build walking robots.</p>",
            published_at=now - datetime.timedelta(days=days),
            # Closing soonest is the oldest.
            deadline=now + datetime.timedelta(days=10 - days),
        )
    opening(
        shanghai,
        title="Robotics post in Shanghai",
        title_en="Robotics post in Shanghai",
        description_en="<p>Robots for the port.</p>",
        published_at=now - datetime.timedelta(hours=1),
    )
    opening(beijing, title="Glaciologist", title_en="Glaciologist", description_en="<p>Ice.</p>")


def listed(client, **params):
    html = client.get("/en/openings/", params).content.decode()
    return re.findall(r">(Robotics post[^<]*|Glaciologist)</a>", html), html


@pytest.mark.django_db
@on_postgresql
@PATHS
def test_a_word_lists_the_same_openings_whichever_way_they_are_found(
    client, robotics, monkeypatch, few, common
):
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    monkeypatch.setattr(search, "COMMON_MATCHES", common)
    newest = ["Robotics post in Shanghai", *(f"Robotics post {days}" for days in range(1, 5))]
    titles, html = listed(client, q="robots")
    assert titles == newest
    assert "5 openings" in html
    titles, html = listed(client, q="robotics", city="beijing", sort="deadline")
    assert titles == [f"Robotics post {days}" for days in range(4, 0, -1)]
    assert "4 openings" in html
    titles, html = listed(client, q="walking robots")
    assert titles == [f"Robotics post {days}" for days in range(1, 5)]
    titles, html = listed(client, q="zephyrine glaciologist")
    assert titles == ["Glaciologist"]
    titles, html = listed(client, q="robots volcanoes")
    assert titles == []
    assert "0 openings" in html


@pytest.mark.django_db
@on_postgresql
@PATHS
def test_no_step_runs_the_stemmer_over_every_opening(client, robotics, monkeypatch, few, common):
    # Each opening's words are stored when it is saved: a query that computed
    # them again would do it for every opening it looks at (seconds at 100,000).
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    monkeypatch.setattr(search, "COMMON_MATCHES", common)
    with CaptureQueriesContext(connection) as queries:
        for query in ("robots", "walking robots", "Zephyrine"):
            client.get("/ru/openings/", {"q": query})
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert "search_en" in sql
    assert "to_tsvector" not in sql


@pytest.mark.django_db
def test_an_edited_opening_is_found_by_its_new_words(client, robotics):
    from talentportal.openings.models import Opening

    glacier = Opening.objects.get(title_en="Glaciologist")
    glacier.description_en = "<p>You will survey volcanoes.</p>"
    glacier.save()
    assert listed(client, q="volcanoes")[0] == ["Glaciologist"]
    assert listed(client, q="ice")[0] == []


def test_a_chinese_word_is_not_asked_for_again_by_its_parts():
    # jieba's search cut gives 工程 inside 工程师: asking for both finds the same
    # openings as asking for 工程师 alone.
    assert search.keywords("野外工程师") == ["野外", "工程师"]
    assert search.keywords("工程师 engineers") == ["工程师", "engineers"]


@pytest.mark.django_db
@on_postgresql
def test_a_renamed_employer_is_found_by_its_new_name_at_once(
    client, robotics, django_capture_on_commit_callbacks
):
    assert listed(client, q="zephyrine glaciologist")[0] == ["Glaciologist"]
    with CaptureQueriesContext(connection) as queries:
        assert listed(client, q="zephyrine glaciologist")[0] == ["Glaciologist"]
    # Asked again, the employers named so are not looked up again.
    asked = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in asked if sql.startswith('SELECT "organisations_organisation"')]

    institute = Organisation.objects.get(name_en="Zephyrine Institute")
    institute.name = institute.name_en = "Aurora Institute"
    with django_capture_on_commit_callbacks(execute=True):
        institute.save()
    assert listed(client, q="aurora glaciologist")[0] == ["Glaciologist"]
    assert listed(client, q="zephyrine glaciologist")[0] == []


@pytest.mark.django_db
@on_postgresql
def test_common_words_are_probed_once_until_an_opening_changes(
    client, robotics, monkeypatch, django_capture_on_commit_callbacks
):
    # Two matches are "few" here: "walking robots" (four) is common.
    monkeypatch.setattr(search, "FEW_MATCHES", 2)

    def probes(**params):
        """The titles listed, and how many times the matches were probed (up to 3 ids)."""
        with CaptureQueriesContext(connection) as queries:
            titles = listed(client, **params)[0]
        return titles, sum(" LIMIT 3" in q["sql"] for q in queries.captured_queries)

    newest = [f"Robotics post {days}" for days in range(1, 5)]
    assert probes(q="walking robots") == (newest, 1)
    # Another sort or filter of the same words: walked without probing again.
    assert probes(q="walking robots", sort="deadline") == (newest[::-1], 0)
    assert probes(q="walking robots", city="beijing") == (newest, 0)
    employer = Organisation.objects.get(name_en="Zephyrine Institute")
    with django_capture_on_commit_callbacks(execute=True):
        opening(
            employer,
            title="Robotics post 0",
            title_en="Robotics post 0",
            description_en="<p>Walking robots again.</p>",
        )
    assert probes(q="walking robots") == (["Robotics post 0", *newest], 1)
