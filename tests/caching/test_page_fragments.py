"""Page bodies are kept as fragments between content changes, and never outlive one.

Signed-in readers never get a stored page, so each of their visits builds the
page again; the body of every content page type (and its head and
breadcrumbs) is kept per language until the next publish, and the city's
newest openings until the next deadline too. These tests read as a
signed-in reader, with the full-page cache off.
"""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone, translation

from tests.factories import opening, organisation, verified_user
from tests.page_factories import StandardPageFactory, small_site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Every page type whose body is kept, by its name in small_site().
KEPT_BODIES = [
    "home",
    "beijing",
    "guides",
    "guide",
    "visas",
    "visa",
    "local_visa",
    "housing",
    "neighbourhood",
    "apartment",
    "privacy",
    "standard",
]
pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    site = small_site()
    site["standard"] = StandardPageFactory(title="About us", slug="about")
    return site


@pytest.fixture
def reader(client):
    client.force_login(verified_user())
    return client


def _url(page, lang):
    with translation.override(lang):
        return page.specific.url


def _cards(html: str) -> str:
    return html.split('<ul class="cards openings">', 1)[1].split("</ul>", 1)[0]


def _main(html: str) -> str:
    return html.split("<main ", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("name", KEPT_BODIES)
def test_a_kept_body_is_not_built_again_until_a_publish_shows_the_change_in_every_language(
    name, pages, reader, committed
):
    page = pages[name].specific
    for lang in LANGUAGES:
        first = reader.get(_url(page, lang))
        again = reader.get(_url(page, lang))
        built = {t.name for t in first.templates}
        rebuilt = {t.name for t in again.templates}
        # The body's own parts (its header, cards, sources) are not drawn again.
        assert rebuilt < built, (name, lang, built - rebuilt)
        assert _main(again.content.decode()) == _main(first.content.decode()), (name, lang)

    with committed():
        for lang in LANGUAGES:
            setattr(page, f"title_{lang.replace('-', '_')}", f"Renamed {name} ({lang})")
        page.save_revision().publish()

    for lang in LANGUAGES:
        main = _main(reader.get(_url(page, lang)).content.decode())
        assert f"Renamed {name} ({lang})" in main, (name, lang)


def test_a_preview_shows_the_draft_and_leaves_the_kept_live_body_alone(pages, reader):
    guide = pages["guide"].specific
    live = reader.get(_url(guide, "en")).content.decode()
    assert "Arriving" in _main(live)

    draft = guide.get_latest_revision_as_object()
    draft.title = "Arriving, a draft"
    with translation.override("en"):
        preview = draft.make_preview_request().content.decode()
    assert "Arriving, a draft" in _main(preview)

    again = _main(reader.get(_url(guide, "en")).content.decode())
    assert "Arriving" in again
    assert "a draft" not in again


def test_an_opening_leaves_the_kept_city_page_when_its_deadline_passes(pages, reader):
    # Sooner than a kept fragment would expire by itself.
    deadline = timezone.now() + timedelta(minutes=3)
    opening(organisation(), title_en="Closing Soon Engineer", deadline=deadline)
    city = _url(pages["beijing"], "en")
    assert "Closing Soon Engineer" in reader.get(city).content.decode()
    assert "Closing Soon Engineer" in reader.get(city).content.decode()

    with time_machine.travel(deadline + timedelta(minutes=1)):
        assert "Closing Soon Engineer" not in reader.get(city).content.decode()


def test_a_city_page_stored_from_kept_fragments_is_kept_no_later_than_the_next_deadline(
    pages, reader, page_cache
):
    deadline = timezone.now() + timedelta(minutes=3)
    opening(organisation(), title_en="Closing Soon Engineer", deadline=deadline)
    city = _url(pages["beijing"], "en")
    reader.get(city)  # keeps the fragments

    stored = Client().get(city)
    assert "Closing Soon Engineer" in stored.content.decode()
    s_maxage = int(stored["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert s_maxage <= 3 * 60


def test_a_kept_page_warns_of_its_facts_the_minute_they_fall_due(pages, reader, settings):
    """Nobody edits the page; at midnight its facts are due for a check, and it says so."""
    page = pages["neighbourhood"].specific
    warning = "These facts are due for a new check"
    evening = datetime(2026, 3, 1, 23, 59, 30, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(evening, tick=False) as clock:
        due = timedelta(days=settings.CITY_STAFF_STALE_AFTER_DAYS)
        page.last_verified = timezone.localdate() - due
        page.save()
        url = _url(page, "en")
        assert warning not in reader.get(url).content.decode()
        clock.shift(timedelta(minutes=1))
        assert warning in reader.get(url).content.decode()


def test_the_listing_builds_only_the_cards_it_has_not_kept(pages, reader):
    employer = organisation()
    for n in range(3):
        opening(employer, title_en=f"Kept Card Engineer {n}")
    first = reader.get("/en/openings/")
    again = reader.get("/en/openings/")
    assert "openings/_card.html" in {t.name for t in first.templates}
    assert "openings/_card.html" not in {t.name for t in again.templates}
    assert _cards(again.content.decode()) == _cards(first.content.decode())
    newest_first = [f"Kept Card Engineer {n}" for n in (2, 1, 0)]
    html = again.content.decode()
    assert sorted(newest_first, key=html.index) == newest_first


def test_an_edited_opening_shows_on_the_next_listing_in_every_language(pages, reader, committed):
    item = opening(organisation(), title_en="Kept Card Chemist")
    for lang in LANGUAGES:
        assert "Kept Card Chemist" in reader.get(f"/{lang}/openings/").content.decode()
    with committed():
        for lang in LANGUAGES:
            setattr(item, f"title_{lang.replace('-', '_')}", f"Kept Card Physicist ({lang})")
        item.save()
    for lang in LANGUAGES:
        html = reader.get(f"/{lang}/openings/").content.decode()
        assert f"Kept Card Physicist ({lang})" in html, lang
        assert "Kept Card Chemist" not in html, lang
