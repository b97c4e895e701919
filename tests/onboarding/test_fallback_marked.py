"""A professional's own pages mark the opening's, employer's and city's English text
on an Arabic page, as the public pages do (tests/project/test_fallback_everywhere.py)."""

import pytest
from django.urls import reverse
from django.utils import translation

from cms.models import CityPage
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation
from tests.project.test_fallback_everywhere import TOKEN, problems_on

pytestmark = pytest.mark.django_db


def english_only(model, pk, field, token):
    english = model.objects.values_list(f"{field}_en", flat=True).get(pk=pk)
    model.objects.filter(pk=pk).update(**{f"{field}_ar": "", f"{field}_en": f"{token} {english}"})


def test_the_hire_sees_english_names_marked_on_their_arabic_pages(client, accepted):
    application, timeline = accepted["application"], accepted["timeline"]
    tokens = {
        "Qx1x": "Opening.title",
        "Qx2x": "Organisation.name",
        "Qx3x": "CityPage.title",
    }
    english_only(Opening, application.opening_id, "title", "Qx1x")
    english_only(Organisation, accepted["org"].pk, "name", "Qx2x")
    english_only(CityPage, application.opening.city_id, "title", "Qx3x")
    client.force_login(accepted["applicant"])
    with translation.override("ar"):
        urls = [
            reverse("onboarding_home"),
            reverse("onboarding_timeline", args=[timeline.pk]),
            reverse("applications_mine"),
            reverse("applications_mine_detail", args=[application.pk]),
        ]
    shown, problems = set(), {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        shown.update(TOKEN.findall(html))
        if found := problems_on(html, tokens):
            problems[url] = found
    assert shown == set(tokens)
    assert problems == {}
