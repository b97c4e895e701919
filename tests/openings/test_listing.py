import datetime
import json
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from talentportal.caching.store import UNAVAILABLE
from talentportal.openings import views
from talentportal.openings.models import OpeningLanguage
from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory


@pytest.fixture
def known_set(db):
    """Five openings that differ in one filter each."""
    uni = organisation("beijing", kind="university")
    company = organisation(
        "shanghai",
        kind="company",
        name="Robots Inc",
        name_en="Robots Inc",
        uscc="91350100M000100Y43",
    )
    made = {
        "base": opening(uni, title_en="Base", title="Base"),
        "shanghai_company": opening(company, title_en="Shanghai company", title="Shanghai company"),
        "faculty_physics": opening(
            uni,
            title_en="Physics chair",
            title="Physics chair",
            kind="faculty",
            field="natural-sciences",
        ),
        "part_time_permit": opening(
            uni,
            title_en="Tutor",
            title="Tutor",
            employment_type="part-time",
            work_permit_support=True,
        ),
        "rich_old": opening(
            uni,
            title_en="Director",
            title="Director",
            salary_max=900_000,
            published_at=timezone.now() - datetime.timedelta(days=20),
            deadline=timezone.now() + datetime.timedelta(days=2),
        ),
    }
    OpeningLanguage.objects.create(
        opening=made["faculty_physics"], language="zh-hans", level="fluent"
    )
    return made


def titles(client, **params):
    html = client.get("/en/openings/", params).content.decode()
    return {
        name
        for name in ("Base", "Shanghai company", "Physics chair", "Tutor", "Director")
        if f">{name}</a>" in html
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Base", "Shanghai company", "Physics chair", "Tutor", "Director"}),
        ({"city": "shanghai"}, {"Shanghai company"}),
        ({"organisation_kind": "company"}, {"Shanghai company"}),
        ({"kind": "faculty"}, {"Physics chair"}),
        ({"field": "natural-sciences"}, {"Physics chair"}),
        ({"employment_type": "part-time"}, {"Tutor"}),
        ({"permit": "on"}, {"Tutor"}),
        ({"min_salary": "500000"}, {"Director"}),
        ({"language": "zh-hans"}, {"Physics chair"}),
        ({"posted": "7"}, {"Base", "Shanghai company", "Physics chair", "Tutor"}),
        ({"q": "physics"}, {"Physics chair"}),
        ({"city": "beijing", "employment_type": "part-time", "permit": "on"}, {"Tutor"}),
        ({"city": "shanghai", "kind": "faculty"}, set()),
    ],
)
def test_filters_combine(client, known_set, params, expected):
    assert titles(client, **params) == expected


def test_sort_by_deadline_puts_the_closest_first(client, known_set):
    html = client.get("/en/openings/", {"sort": "deadline"}).content.decode()
    assert html.index(">Director</a>") < html.index(">Base</a>")


def test_listing_uses_a_fixed_number_of_queries(client, known_set, django_assert_max_num_queries):
    org = known_set["base"].organisation
    for n in range(30):
        opening(org, title_en=f"Extra {n}", title=f"Extra {n}")
    client.get("/en/openings/")
    with django_assert_max_num_queries(6):
        client.get(
            "/en/openings/", {"city": "beijing", "permit": "on", "sort": "deadline", "page": "2"}
        )


def test_detail_has_parseable_job_posting_json_ld(client, known_set):
    target = known_set["rich_old"]
    html = client.get(f"/en/openings/{target.pk}/").content.decode()
    raw = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    data = json.loads(raw)
    assert data["@type"] == "JobPosting"
    for key in (
        "title",
        "description",
        "datePosted",
        "validThrough",
        "employmentType",
        "hiringOrganization",
        "jobLocation",
    ):
        assert key in data
    assert data["baseSalary"]["value"]["maxValue"] == 900_000
    assert data["jobLocation"]["address"]["addressCountry"] == "CN"


def test_feeds_are_valid_and_filter_by_city(client, known_set):
    rss = client.get("/en/openings/feed/rss/", {"city": "shanghai"})
    items = ET.fromstring(rss.content).findall("./channel/item")
    assert [i.find("title").text.split(" — ")[0] for i in items] == ["Shanghai company"]
    feed = client.get("/en/openings/feed.json")
    assert feed["Content-Type"].startswith("application/feed+json")
    data = json.loads(feed.content)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert len(data["items"]) == 5


def test_city_page_and_organisation_page_list_open_positions(client, known_set):
    # Each city page lists its own city's openings and no other city's.
    shanghai = client.get("/en/shanghai/").content.decode()
    assert ">Shanghai company</a>" in shanghai and ">Physics chair</a>" not in shanghai
    beijing = client.get("/en/beijing/").content.decode()
    assert ">Physics chair</a>" in beijing and ">Shanghai company</a>" not in beijing
    org = known_set["base"].organisation
    html = client.get(f"/en/organisations/{org.slug}/").content.decode()
    assert ">Physics chair</a>" in html and ">Shanghai company</a>" not in html


def test_opening_written_in_chinese_shows_a_notice_to_french_readers(client, db):
    org = organisation()
    target = opening(
        org,
        original_language="zh-hans",
        title="机器人工程师",
        title_en="",
        title_zh_hans="机器人工程师",
        description_en="",
        description_zh_hans="<p>制造机器人。</p>",
    )
    html = client.get(f"/fr/openings/{target.pk}/").content.decode()
    assert "机器人工程师" in html
    assert "notice-untranslated" in html


@pytest.mark.django_db
def test_a_city_filter_asks_for_no_city_until_a_new_city_is_published(
    client, django_capture_on_commit_callbacks
):
    opening(organisation("shanghai"), title_en="Harbour pilot", title="Harbour pilot")
    assert (
        ">Harbour pilot</a>" in client.get("/en/openings/", {"city": "shanghai"}).content.decode()
    )
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/openings/", {"city": "shanghai"}).content.decode()
    assert ">Harbour pilot</a>" in again
    assert not [q for q in queries.captured_queries if "cms_citypage" in q["sql"]]

    with django_capture_on_commit_callbacks(execute=True):
        hangzhou = CityPageFactory(title="Hangzhou", slug="hangzhou")
    opening(organisation(hangzhou.slug), title_en="Lake ecologist", title="Lake ecologist")
    html = client.get("/en/openings/", {"city": "hangzhou"}).content.decode()
    assert ">Lake ecologist</a>" in html
    assert ">Harbour pilot</a>" not in html


def _counts(queries) -> int:
    return len([q for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(*)")])


@pytest.mark.django_db
def test_the_count_drops_the_moment_a_deadline_passes(client):
    """Nothing is written at a deadline: the kept count must not outlive it."""
    employer = organisation("beijing")
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        opening(employer, title_en="Glaciologist", title="Glaciologist")
        opening(
            employer,
            title_en="Seismologist",
            title="Seismologist",
            deadline=start + datetime.timedelta(seconds=30),
        )
        assert "2 openings" in client.get("/en/openings/").content.decode()

        clock.shift(datetime.timedelta(seconds=31))
        html = client.get("/en/openings/").content.decode()

    assert "1 opening" in html
    assert ">Seismologist</a>" not in html


@pytest.mark.django_db
def test_a_count_is_kept_until_the_next_deadline(client):
    """A search's first reader each minute no longer counts again while nothing can change."""
    employer = organisation("beijing")
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        opening(employer, deadline=start + datetime.timedelta(minutes=8))
        with CaptureQueriesContext(connection) as first:
            client.get("/fr/openings/", {"q": "engineer"})
        clock.shift(datetime.timedelta(minutes=5))
        with CaptureQueriesContext(connection) as later:
            later_html = client.get("/fr/openings/", {"q": "engineer"}).content.decode()
        clock.shift(datetime.timedelta(minutes=3, seconds=1))
        with CaptureQueriesContext(connection) as closed:
            client.get("/fr/openings/", {"q": "engineer"})

    assert (_counts(first), _counts(later), _counts(closed)) == (1, 0, 1)
    assert "1 offre" in later_html


@pytest.mark.django_db
def test_while_the_shared_cache_is_down_a_new_opening_is_counted_within_a_minute(
    client, monkeypatch
):
    """Without a generation an edit cannot retire the kept count: only time can."""
    monkeypatch.setattr(views, "current_generation", lambda: UNAVAILABLE)
    employer = organisation("shenzhen")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        opening(employer, title_en="Hydrologist", title="Hydrologist")
        assert "1 opening" in client.get("/en/openings/").content.decode()
        opening(employer, title_en="Geodesist", title="Geodesist")
        clock.shift(datetime.timedelta(seconds=61))
        html = client.get("/en/openings/").content.decode()

    assert "2 openings" in html
