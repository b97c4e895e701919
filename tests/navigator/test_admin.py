"""Site administrators keep the points table in the Wagtail admin; a rule change is a new version."""

import pytest
from django.urls import reverse

from talentportal.navigator.export import export_data
from talentportal.navigator.models import RuleBand, RuleVersion, SavedResult
from tests.factories import UserFactory, verified_user
from tests.navigator.test_views import WORKED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("navigator_pages")]


@pytest.fixture
def admin(fresh_login):
    user = UserFactory(is_staff=True, is_superuser=True)
    fresh_login(user, code=True)
    return user


def form_data(response):
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else value
    return data


def test_administrators_see_every_version_and_translated_labels(client, admin):
    response = client.get(reverse("navigator_rule_versions:index"))
    assert response.status_code == 200
    assert b"Interim points table (maximum 120)" in response.content
    assert b"Copy as a new version" in response.content
    band = RuleBand.objects.filter(item__version__status="current", item__key="education").first()
    edit = client.get(reverse("navigator_rule_bands:edit", args=[band.pk]))
    assert {"label_en", "label_zh_hans", "label_ar"} <= set(edit.context["form"].fields)


def test_a_version_with_saved_results_refuses_edits_in_the_admin(client, admin):
    current = RuleVersion.current()
    reader = verified_user()
    SavedResult.objects.create(
        user=reader, rule_version=current, answers={}, route="z_b", klass="B", total=72
    )
    url = reverse("navigator_rule_versions:edit", args=[current.pk])
    data = form_data(client.get(url))
    data["max_total"] = 130
    response = client.post(url, data)
    assert b"copy it as a new version instead" in response.content
    current.refresh_from_db()
    assert current.max_total == 120


def test_copy_makes_a_draft_that_becomes_current_and_supersedes(client, admin):
    current = RuleVersion.current()
    copy_url = reverse("navigator_rule_versions:copy_version", args=[current.pk])
    assert client.get(copy_url).status_code == 200
    response = client.post(copy_url)
    draft = RuleVersion.objects.get(copied_from=current)
    assert response["Location"] == reverse("navigator_rule_versions:edit", args=[draft.pk])
    assert draft.status == "draft"
    assert draft.items.count() == 9
    url = reverse("navigator_rule_versions:edit", args=[draft.pk])
    data = form_data(client.get(url))
    data.update(status="current", valid_from="2027-01-01", name_en="Next points table")
    client.post(url, data)
    draft.refresh_from_db()
    current.refresh_from_db()
    assert draft.status == "current"
    assert current.status == "superseded"
    assert str(current.valid_until) == "2026-12-31"


def test_readers_cannot_reach_the_rule_admin(client):
    client.force_login(verified_user())
    response = client.get(reverse("navigator_rule_versions:index"))
    assert response.status_code in (302, 403)


def test_saved_results_are_in_the_data_export_and_leave_with_the_account(client):
    user = verified_user()
    client.force_login(user)
    client.post(reverse("navigator_save"), WORKED)
    exported = export_data(user)["saved_results"]
    assert exported[0]["answers"]["nationality"] == "FR"
    assert exported[0]["points"] == 72
    user.delete()
    assert not SavedResult.objects.exists()
