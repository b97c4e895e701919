"""The points table page comes from the page cache, and a change to the table reaches readers."""

import pytest

from talentportal.navigator.models import RuleBand
from tests.caching.conftest import committed, page_cache  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def test_a_changed_band_reaches_the_next_reader_of_the_points_page(client, page_cache, committed):  # noqa: F811
    url = "/en/navigator/points/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    band = RuleBand.objects.get(item__version__status="current", code="master")
    with committed():
        band.label_en = "Master's degree (any field)"
        band.save()
    response = client.get(url)
    assert b"Master&#x27;s degree (any field)" in response.content
    assert any("/navigator/points/" in url for url in page_cache.purged)


def test_personal_navigator_pages_are_never_stored(client, page_cache):  # noqa: F811
    url = "/en/navigator/result/?purpose=study&city=beijing"
    client.get(url)
    response = client.get(url)
    assert response["Cache-Control"] == "private, no-store"
    assert response.get("X-Page-Cache") != "hit"
