"""After a change, the next anonymous reader sees it, and the front cache is told to drop it."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone, translation

from cms.models import CityPage, GuideIndexPage, GuidePage
from talentportal.openings import services
from talentportal.openings.models import Opening
from tests.caching.conftest import SITE_URL
from tests.factories import add_guide, opening, organisation, verified_user
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db

ARRIVING = {
    "en": "Arriving",
    "zh-hans": "抵达",
    "ar": "الوصول",
    "ru": "Прибытие",
    "es": "Llegada",
    "fr": "Arrivée",
}


@pytest.fixture(autouse=True)
def _cities(db):
    """The three cities in the header, each with its guides, and Beijing's arriving guide
    titled in every language."""
    for city in ("Beijing", "Shanghai", "Shenzhen"):
        GuideIndexPageFactory(parent=CityPageFactory(title=city))
    GuidePageFactory(
        parent=GuideIndexPage.objects.get(url_path="/home/beijing/guides/"),
        slug="arriving",
        **{_field("title", lang): title for lang, title in ARRIVING.items()},
    )


def _beijing_arriving():
    beijing = CityPage.objects.get(slug="beijing")
    return GuidePage.objects.descendant_of(beijing).get(slug="arriving")


def _opening(org, title, **fields):
    """An opening written in English (whichever language the last request left active)."""
    with translation.override("en"):
        return opening(org, title=title, title_en=title, **fields)


def _field(name, lang):
    return f"{name}_{lang.replace('-', '_')}"


def _stored(client, url):
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def _every_language(*paths):
    return {SITE_URL + path.format(lang=lang) for lang in LANGUAGES for path in paths}


def test_published_guide_reaches_the_next_reader_in_every_language(client, page_cache, committed):
    guide = _beijing_arriving()
    pages = ("/{lang}/beijing/guides/arriving/", "/{lang}/beijing/guides/")
    for lang in LANGUAGES:
        for path in pages:
            _stored(client, path.format(lang=lang))

    with committed():
        for lang in LANGUAGES:
            setattr(guide, _field("title", lang), f"Arriving, revised ({lang})")
        guide.save_revision().publish()

    for lang in LANGUAGES:
        for path in pages:
            response = client.get(path.format(lang=lang))
            assert response["X-Page-Cache"] == "miss"
            assert f"Arriving, revised ({lang})" in response.content.decode()


def test_publishing_a_guide_purges_it_its_parents_home_and_sitemap(page_cache, committed):
    guide = _beijing_arriving()
    with committed():
        guide.save_revision().publish()
    assert _every_language(
        "/{lang}/beijing/guides/arriving/",
        "/{lang}/beijing/guides/",
        "/{lang}/beijing/",
        "/{lang}/",
    ) | {SITE_URL + "/sitemap.xml"} <= set(page_cache.purged)
    assert not page_cache.emptied


def test_unpublishing_and_deleting_a_guide_hides_it_at_once(client, page_cache, committed):
    guide = _beijing_arriving()
    _stored(client, "/fr/beijing/guides/arriving/")
    _stored(client, "/fr/beijing/guides/")
    title = guide.title_fr

    with committed():
        guide.unpublish()
    assert client.get("/fr/beijing/guides/arriving/").status_code == 404
    assert title not in client.get("/fr/beijing/guides/").content.decode()
    assert SITE_URL + "/fr/beijing/guides/arriving/" in page_cache.purged

    guide.save_revision().publish()
    _stored(client, "/ru/beijing/guides/")
    page_cache.reset()
    with committed():
        guide.delete()
    assert guide.title_ru not in client.get("/ru/beijing/guides/").content.decode()
    assert SITE_URL + "/ru/beijing/guides/arriving/" in page_cache.purged


def test_changes_to_the_navigation_empty_the_front_cache(client, page_cache, committed):
    """A city's title shows in the header of every page."""
    city = CityPage.objects.get(slug="shenzhen")
    _stored(client, "/es/beijing/guides/arriving/")
    _stored(client, "/es/openings/")
    with committed():
        city.title_es = "Shenzhen, la ciudad"
        city.save_revision().publish()
    assert page_cache.emptied == ["testserver"]
    assert "Shenzhen, la ciudad" in client.get("/es/beijing/guides/arriving/").content.decode()
    # In the header and in the listing's city filter, which is kept as a fragment.
    assert client.get("/es/openings/").content.decode().count("Shenzhen, la ciudad") == 2


def test_moving_a_page_empties_the_front_cache(client, page_cache, committed):
    beijing_guides = _beijing_arriving().get_parent()
    shanghai_guides = CityPage.objects.get(slug="shanghai").get_children().get(slug="guides")
    guide = add_guide(beijing_guides, title="Moving guide", slug="moving-guide")
    _stored(client, "/en/shanghai/guides/")
    _stored(client, "/en/beijing/guides/moving-guide/")
    with committed():
        guide.move(shanghai_guides, pos="last-child")
    assert page_cache.emptied == ["testserver"]
    moved = client.get("/en/beijing/guides/moving-guide/")
    assert moved.status_code == 301
    assert moved["Location"] == "/en/shanghai/guides/moving-guide/"
    assert client.get("/en/shanghai/guides/moving-guide/").status_code == 200
    assert "Moving guide" in client.get("/en/shanghai/guides/").content.decode()


@pytest.fixture
def employer(db):
    org = organisation("beijing", name="Cache Test Institute", name_en="Cache Test Institute")
    return org


def _opening_pages(org, item):
    return [
        "/{lang}/openings/",
        "/{lang}/openings/?city=beijing",
        "/{lang}/beijing/",
        f"/{{lang}}/organisations/{org.slug}/",
    ] + ([f"/{{lang}}/openings/{item.pk}/"] if item else [])


def _prime(client, paths):
    for lang in LANGUAGES:
        for path in paths:
            _stored(client, path.format(lang=lang))


def _purged_for_opening(page_cache, org, item):
    assert _every_language(
        "/{lang}/openings/",
        f"/{{lang}}/openings/{item.pk}/",
        "/{lang}/openings/feed/rss/",
        "/{lang}/openings/feed.json",
        "/{lang}/beijing/",
        f"/{{lang}}/organisations/{org.slug}/",
    ) <= set(page_cache.purged)


def test_publishing_an_opening_shows_it_in_every_listing(client, page_cache, committed, employer):
    draft = _opening(employer, "Cache Physicist", status="draft", published_at=None)
    listings = [p for p in _opening_pages(employer, None)]
    _prime(client, listings)
    with committed():
        services.publish(draft)
    for lang in LANGUAGES:
        for path in listings:
            response = client.get(path.format(lang=lang))
            assert "Cache Physicist" in response.content.decode(), (lang, path)
    _purged_for_opening(page_cache, employer, draft)


@pytest.mark.parametrize("change", ["close", "take_down"])
def test_closing_an_opening_removes_it_everywhere(client, page_cache, committed, employer, change):
    item = _opening(employer, "Cache Chemist")
    listings = _opening_pages(employer, None)
    _prime(client, listings)
    with committed():
        if change == "close":
            services.close(item)
        else:
            services.take_down(item, verified_user(), "Duplicate posting")
    for lang in LANGUAGES:
        for path in listings:
            assert "Cache Chemist" not in client.get(path.format(lang=lang)).content.decode()
    _purged_for_opening(page_cache, employer, item)


def test_editing_an_opening_shows_the_new_title(client, page_cache, committed, employer):
    item = _opening(employer, "Cache Biologist")
    pages = _opening_pages(employer, item)
    _prime(client, pages)
    with committed():
        item.title_en = "Cache Marine Biologist"
        item.save()
    for lang in LANGUAGES:
        for path in pages:
            assert "Cache Marine Biologist" in client.get(path.format(lang=lang)).content.decode()
    _purged_for_opening(page_cache, employer, item)


def test_an_opening_leaves_stored_listings_when_its_deadline_passes(client, page_cache, employer):
    """Nothing runs at the deadline, so no copy may be kept past it."""
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        item = _opening(employer, "Cache Geologist", deadline=start + datetime.timedelta(hours=2))
        pages = _opening_pages(employer, item)
        _prime(client, pages)
        listing = client.get("/en/openings/")
        assert "Cache Geologist" in listing.content.decode()
        s_maxage = int(listing["Cache-Control"].split("s-maxage=")[1].split(",")[0])
        assert s_maxage <= 2 * 60 * 60

        clock.shift(datetime.timedelta(hours=2, seconds=1))
        for path in pages[:4]:
            assert "Cache Geologist" not in client.get(path.format(lang="zh-hans")).content.decode()
        assert "closed" in client.get(f"/en/openings/{item.pk}/").content.decode().lower()


def test_guide_pages_are_not_tied_to_opening_deadlines(client, page_cache, employer):
    opening(employer, deadline=timezone.now() + datetime.timedelta(seconds=90))
    guide = _stored(client, "/en/beijing/guides/arriving/")
    assert f"s-maxage={settings.PAGE_CACHE_SHARED_SECONDS}" in guide["Cache-Control"]


def test_renaming_an_organisation_updates_its_openings(client, page_cache, committed, employer):
    item = _opening(employer, "Cache Astronomer")
    _stored(client, f"/en/openings/{item.pk}/")
    with committed():
        employer.name_en = "Cache Observatory"
        employer.save()
    assert "Cache Observatory" in client.get(f"/en/openings/{item.pk}/").content.decode()
    _purged_for_opening(page_cache, employer, item)


def test_nothing_is_purged_for_a_draft_nobody_saw(page_cache, committed, employer):
    with committed():
        opening(employer, status="draft", published_at=None)
    assert not page_cache.purged
    assert Opening.objects.filter(organisation=employer).count() == 1


def test_a_page_restricted_after_it_was_stored_is_never_shown_to_readers(
    client, page_cache, committed
):
    """Wagtail's privacy setting (a password or a log-in) on a section covers its stored pages."""
    from wagtail.models import PageViewRestriction

    guide = _beijing_arriving()
    _stored(client, "/fr/beijing/guides/arriving/")
    with committed():
        PageViewRestriction.objects.create(
            page=guide.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert page_cache.emptied == ["testserver"]
    response = client.get("/fr/beijing/guides/arriving/")
    assert response.get("X-Page-Cache") != "hit"
    assert guide.title_fr not in response.content.decode()
    assert 'name="password"' in response.content.decode()
