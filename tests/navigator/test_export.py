"""A saved navigator result travels with the person's data export."""

import pytest
from django.urls import reverse

from talentportal.accounts.privacy import collect
from tests.factories import verified_user
from tests.navigator.test_views import WORKED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("navigator_pages")]


def test_the_data_export_holds_saved_results_with_their_ticks(client):
    user = verified_user()
    client.force_login(user)
    client.post(reverse("navigator_save"), WORKED)

    saved = collect(user)["navigator"]["saved_results"]

    assert len(saved) == 1
    assert (saved[0]["route"], saved[0]["class"], saved[0]["points"]) == ("z_b", "B", 72)
    assert saved[0]["answers"]["nationality"] == "FR"
