"""The sitemap and robots.txt as crawlers read them."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory, small_site

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = settings.SITE_URL.rstrip("/")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def sitemap(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_every_sitemap_entry_names_x_default_as_the_english_address(client):
    small_site()
    entries = sitemap(client)
    assert entries
    for loc, alternates in entries.items():
        assert set(alternates) == {*LANGUAGE_CODES, "x-default"}, loc
        assert alternates["x-default"] == alternates["en"], loc
    assert entries[f"{SITE}/ar/"]["x-default"] == f"{SITE}/en/"


@pytest.mark.django_db
def test_open_openings_and_verified_organisations_are_in_the_sitemap_while_public(client):
    CityPageFactory(title="Beijing")
    verified = organisation(name_en="Visible University")
    waiting = organisation(name_en="Waiting Institute", status="pending")
    job = opening(verified)
    closed = opening(verified, status="closed")
    entries = sitemap(client)
    for code in LANGUAGE_CODES:
        assert f"{SITE}/{code}/openings/{job.pk}/" in entries
        assert f"{SITE}/{code}/organisations/{verified.slug}/" in entries
    assert entries[f"{SITE}/ru/openings/{job.pk}/"]["x-default"] == (
        f"{SITE}/en/openings/{job.pk}/"
    )
    assert f"{SITE}/en/openings/{closed.pk}/" not in entries
    assert f"{SITE}/en/organisations/{waiting.slug}/" not in entries

    job.status = "closed"
    job.save()
    verified.status = "rejected"
    verified.save()
    entries = sitemap(client)
    assert f"{SITE}/en/openings/{job.pk}/" not in entries
    assert f"{SITE}/en/organisations/{verified.slug}/" not in entries


@pytest.mark.django_db
def test_robots_txt_keeps_account_employer_and_search_pages_out_in_every_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    for code in LANGUAGE_CODES:
        for area in ("accounts", "employer", "search", "profile", "applications"):
            assert f"Disallow: /{code}/{area}/" in lines, (code, area)
        # The public listing and openings stay open to crawlers.
        assert f"Disallow: /{code}/openings/" not in lines
    assert "Disallow: /" not in lines
