"""Openings as job aggregators read them: JobPosting, noindex when closed, feeds."""

import json
import re
import xml.etree.ElementTree as ET

import html5lib
import pytest
from django.conf import settings

from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"
PARAGRAPHS = "<p>Teach physics.</p><p>Lead a lab.</p><ul><li>Housing</li><li>Insurance</li></ul>"


@pytest.fixture(autouse=True)
def _cities(db):
    for title, chinese in (("Beijing", "北京"), ("Shanghai", "上海"), ("Shenzhen", "深圳")):
        CityPageFactory(title=title, title_zh_hans=chinese)


def job_posting(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    postings = [json.loads(body) for body in found]
    return [p for p in postings if p.get("@type") == "JobPosting"]


def robots_meta(html):
    head = html5lib.HTMLParser(namespaceHTMLElements=False).parse(html).find("head")
    return [m.get("content") for m in head.iter("meta") if m.get("name") == "robots"]


@pytest.mark.django_db
def test_an_open_opening_describes_its_place_for_aggregators(client):
    org = organisation(city_slug="shenzhen", address="1 Keyuan Road, Nanshan District")
    job = opening(org)
    html = client.get(f"/en/openings/{job.pk}/").content.decode()
    (posting,) = job_posting(html)
    address = posting["jobLocation"]["address"]
    assert address["streetAddress"] == "1 Keyuan Road, Nanshan District"
    assert address["addressLocality"] == "Shenzhen"
    assert address["addressRegion"] == "CN-GD"
    assert address["addressCountry"] == "CN"
    assert posting["identifier"] == {
        "@type": "PropertyValue",
        "name": "Test University",
        "value": f"talentportal-{job.pk}",
    }
    assert robots_meta(html) == []


@pytest.mark.django_db
def test_an_opening_posted_for_another_city_does_not_claim_the_head_office_address(client):
    from cms.models import CityPage

    org = organisation(city_slug="beijing", address="5 Zhongguancun Street, Haidian")
    job = opening(org, city=CityPage.objects.get(slug="shanghai"), district="Pudong")
    (posting,) = job_posting(client.get(f"/en/openings/{job.pk}/").content.decode())
    address = posting["jobLocation"]["address"]
    assert address["streetAddress"] == "Pudong"
    assert address["addressRegion"] == "CN-SH"


@pytest.mark.django_db
def test_a_closed_opening_says_so_has_no_job_posting_and_is_noindex(client):
    job = opening(organisation(), status="closed")
    response = client.get(f"/en/openings/{job.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This opening is closed: it no longer takes applications." in html
    assert job_posting(html) == []
    assert robots_meta(html) == ["noindex"]


@pytest.mark.django_db
def test_the_listing_offers_its_feeds_in_its_head_and_per_city_when_filtered(client):
    def feed_links(url):
        head = (
            html5lib.HTMLParser(namespaceHTMLElements=False)
            .parse(client.get(url).content.decode())
            .find("head")
        )
        return {
            link.get("type"): link.get("href")
            for link in head.iter("link")
            if link.get("rel") == "alternate" and link.get("type")
        }

    assert feed_links("/fr/openings/") == {
        "application/rss+xml": "/fr/openings/feed/rss/",
        "application/feed+json": "/fr/openings/feed.json",
    }
    assert feed_links("/fr/openings/?city=shanghai&field=engineering") == {
        "application/rss+xml": "/fr/openings/feed/rss/?city=shanghai",
        "application/feed+json": "/fr/openings/feed.json?city=shanghai",
    }
    assert client.get("/fr/openings/feed/rss/?city=shanghai").status_code == 200


@pytest.mark.django_db
def test_a_city_feed_has_its_own_title_link_and_self_link(client):
    opening(organisation(city_slug="shanghai"), title_en="Shanghai chemist")
    channel = ET.fromstring(
        client.get("/en/openings/feed/rss/", {"city": "shanghai"}).content
    ).find("channel")
    assert channel.find("title").text == "Openings in Shanghai on Talent Portal"
    assert channel.find("link").text.endswith("/en/openings/?city=shanghai")
    assert channel.find(f"{ATOM}link").get("href").endswith("/en/openings/feed/rss/?city=shanghai")
    assert channel.find(f"{ATOM}link").get("rel") == "self"

    data = json.loads(client.get("/en/openings/feed.json", {"city": "shanghai"}).content)
    site = settings.SITE_URL.rstrip("/")
    assert data["title"] == "Openings in Shanghai on Talent Portal"
    assert data["home_page_url"] == f"{site}/en/openings/?city=shanghai"
    assert data["feed_url"] == f"{site}/en/openings/feed.json?city=shanghai"

    whole = ET.fromstring(client.get("/en/openings/feed/rss/").content).find("channel")
    assert whole.find("title").text == "Openings on Talent Portal"


@pytest.mark.django_db
def test_a_city_feed_title_is_in_the_readers_language(client):
    channel = ET.fromstring(
        client.get("/zh-hans/openings/feed/rss/", {"city": "beijing"}).content
    ).find("channel")
    assert "北京" in channel.find("title").text


@pytest.mark.django_db
def test_an_unknown_city_feed_is_not_found(client):
    assert client.get("/en/openings/feed/rss/", {"city": "atlantis"}).status_code == 404
    assert client.get("/en/openings/feed.json", {"city": "atlantis"}).status_code == 404


@pytest.mark.django_db
def test_feed_descriptions_keep_spaces_between_paragraphs_and_list_items(client):
    opening(organisation(city_slug="shanghai"), title_en="Physicist", description_en=PARAGRAPHS)
    items = ET.fromstring(client.get("/en/openings/feed/rss/").content).findall("./channel/item")
    (item,) = [i for i in items if i.find("title").text.startswith("Physicist")]
    assert item.find("description").text == "Teach physics. Lead a lab. Housing Insurance"
    data = json.loads(client.get("/en/openings/feed.json").content)
    (entry,) = [i for i in data["items"] if i["title"] == "Physicist"]
    assert entry["content_text"] == "Teach physics. Lead a lab. Housing Insurance"
