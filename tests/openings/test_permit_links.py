"""An opening's permit class and sponsorship lead to the pages that explain them."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import opening, organisation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def _permit_fact(html, language="en"):
    with translation.override(language):
        label = gettext("Work permit")
    return html.split(f"{label}</dt>", 1)[1].split("</dd>", 1)[0]


def test_a_sponsored_class_a_post_links_its_permit_visa_city_and_estimator(client):
    job = opening(organisation("shanghai"), work_permit_support=True, permit_class="A")
    fact = _permit_fact(client.get(f"/en/openings/{job.pk}/").content.decode())
    for href in (
        "/en/visas-and-permits/work-permit-class-a/",
        "/en/visas-and-permits/r-visa/",
        "/en/visas-and-permits/z-visa/",
        "/en/visas-and-permits/residence-permit/",
        "/en/shanghai/permits/shanghai-single-window-work-and-residence-permits/",
    ):
        assert f'href="{href}"' in fact, href
    assert "/beijing/permits/" not in fact
    assert "Estimate your work-permit class" in fact


def test_links_follow_the_readers_language(client):
    job = opening(organisation("beijing"), work_permit_support=False, permit_class="B")
    fact = _permit_fact(client.get(f"/fr/openings/{job.pk}/").content.decode(), "fr")
    assert 'href="/fr/visas-and-permits/work-permit-class-b/"' in fact
    assert "z-visa" not in fact  # not sponsored: no Z visa through this employer


def test_an_opening_without_permit_details_links_nothing(client):
    job = opening(organisation(), work_permit_support=False, permit_class="")
    fact = _permit_fact(client.get(f"/en/openings/{job.pk}/").content.decode())
    assert "<a " not in fact
