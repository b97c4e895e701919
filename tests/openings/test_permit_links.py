"""An opening's permit class and sponsorship lead to the pages that explain them."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import city, opening, organisation
from tests.page_factories import VisaIndexPageFactory, VisaResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def permit_guides(db):
    """The national guide to each visa and permit, and each city's own procedure."""
    for title, permit_type in (
        ("Work permit class A", "permit-a"),
        ("Work permit class B", "permit-b"),
        ("R visa", "visa-r"),
        ("Z visa", "visa-z"),
        ("Residence permit", "residence"),
    ):
        VisaResourcePageFactory(title=title, permit_type=permit_type)
    for slug, name in (("shanghai", "Shanghai"), ("beijing", "Beijing")):
        VisaResourcePageFactory(
            parent=VisaIndexPageFactory(parent=city(slug), title="Permits"),
            title=f"{name} single window: work and residence permits",
            permit_type="procedure",
        )


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
