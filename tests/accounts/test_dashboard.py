"""The account dashboard lists the person's organisations (shown through the organisations app's tag)."""

import pytest
from django.urls import reverse

from tests.factories import organisation, verified_user

pytestmark = pytest.mark.django_db


def test_a_member_sees_each_organisation_with_a_link_to_manage_it(client):
    person = verified_user()
    mine = organisation(owner=person, name_en="Harbin Institute (demo)")
    organisation(name_en="Someone Else's College")
    client.force_login(person)

    html = client.get("/en/accounts/").content.decode()

    assert "Harbin Institute (demo)" in html
    assert reverse("organisations_manage", args=[mine.pk]) in html
    assert "Someone Else&#x27;s College" not in html
    assert "Someone Else's College" not in html


def test_someone_in_no_organisation_is_invited_to_register_one(client):
    client.force_login(verified_user())

    html = client.get("/en/accounts/").content.decode()

    assert "Hiring? Register your university or company" in html
