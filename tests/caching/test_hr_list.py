"""The HR list of an opening with many applications comes a page at a time."""

import pytest
from django.utils import timezone

from talentportal.applications.models import Application
from tests.factories import opening, organisation, verified_user
from tests.page_factories import CityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _beijing(db):
    """The city of the organisations."""
    CityPageFactory(title="Beijing")


def test_hr_list_pages_through_many_applications_keeping_filters(client, fresh_login):
    owner = verified_user()
    org = organisation(owner=owner, name="Paging University", name_en="Paging University")
    job = opening(org)
    Application.objects.bulk_create(
        Application(
            opening=job,
            applicant=None,
            cover_letter="Hello.",
            profile={"name": f"Applicant {n:03d}", "email": f"paging{n}@example.com"},
            nationality="FR" if n % 2 else "KE",
            highest_degree="master",
            consent_at=timezone.now(),
        )
        for n in range(120)
    )
    fresh_login(owner)
    url = f"/en/employer/{org.pk}/openings/{job.pk}/applications/"

    first = client.get(url).content.decode()
    assert first.count('name="selected"') == 50
    assert "Page 1 of 3" in first
    last = client.get(url + "?page=3").content.decode()
    assert last.count('name="selected"') == 20
    assert 'rel="prev"' in last and 'rel="next"' not in last

    filtered = client.get(url + "?nationality=FR").content.decode()
    assert "Page 1 of 2" in filtered
    assert "nationality=FR&amp;page=2" in filtered


def test_hr_list_filter_offers_every_country_in_the_readers_language(client, fresh_login):
    """The country filter is written out in Python (applications/widgets.py): same markup as Django's."""
    from django import forms
    from django_countries import countries

    from talentportal.applications.widgets import LongSelect

    owner = verified_user()
    org = organisation(owner=owner, name="Country University", name_en="Country University")
    job = opening(org)
    fresh_login(owner)
    html = client.get(
        f"/fr/employer/{org.pk}/openings/{job.pk}/applications/?nationality=DE"
    ).content.decode()
    start = html.index('<select name="nationality"')
    select = html[start : html.index("</select>", start)]
    assert select.count("<option") == len(countries) + 1
    assert '<option value="DE" selected>Allemagne</option>' in select
    assert '<option value="CI">Côte d&#x27;Ivoire</option>' in select

    class Plain(forms.Form):
        field = forms.ChoiceField(choices=[("", "-"), ('"<&', "<b>&amp;"), ("x", "Y")])

    class Long(forms.Form):
        field = forms.ChoiceField(
            choices=[("", "-"), ('"<&', "<b>&amp;"), ("x", "Y")], widget=LongSelect
        )

    for data in ({}, {"field": '"<&'}, {"field": "nope"}):
        plain, long = Plain(data), Long(data)
        plain.is_valid(), long.is_valid()
        assert "".join(str(long["field"]).split()) == "".join(str(plain["field"]).split()), data
