"""Saving an opening returns the person to where they were, never to another site."""

import pytest

from tests.factories import opening, organisation, verified_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("next_", "expected"),
    [
        ("/en/openings/?city=beijing", "/en/openings/?city=beijing"),
        ("//evil.example/phish", None),
        ("https://evil.example/", None),
        ("/\\evil.example", None),
        ("", None),
    ],
)
def test_saving_goes_back_only_to_this_site(client, next_, expected):
    job = opening(organisation())
    client.force_login(verified_user())
    response = client.post(f"/en/openings/{job.pk}/save/", {"next": next_})
    assert response["Location"] == (expected or f"/en/openings/{job.pk}/")
