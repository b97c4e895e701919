"""What search engines and link previews read in each page's <head>."""

import html5lib
import pytest
from django.conf import settings
from django.utils import translation

from tests.cms.test_pages import LANGUAGE_CODES, PAGE_TYPES
from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory, GuidePageFactory, site, small_site

SITE = settings.SITE_URL.rstrip("/")


def head_of(response):
    assert response.status_code == 200, response
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    return parser.parse(response.content.decode()).find("head")


def meta(head, name=None, prop=None):
    attribute, value = ("name", name) if name else ("property", prop)
    return [m.get("content") for m in head.iter("meta") if m.get(attribute) == value]


def public_addresses(language):
    """One address of every kind of public page, in `language`."""
    small_site()
    org = organisation(description="A research university in Haidian.")
    job = opening(org)
    with translation.override(language):
        urls = [model.objects.live().first().get_url() for model in PAGE_TYPES]
    prefix = f"/{language}"
    return [
        *urls,
        f"{prefix}/openings/",
        f"{prefix}/openings/?city=beijing",
        f"{prefix}/openings/{job.pk}/",
        f"{prefix}/organisations/{org.slug}/",
        f"{prefix}/search/?q=visa",
        f"{prefix}/navigator/",
        f"{prefix}/accounts/login/",
        f"{prefix}/accounts/signup/",
        f"{prefix}/site-map/",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_page_type_has_one_canonical_a_description_and_opengraph(client, language):
    for url in public_addresses(language):
        head = head_of(client.get(url))
        canonicals = [link for link in head.iter("link") if link.get("rel") == "canonical"]
        assert len(canonicals) == 1, url
        assert canonicals[0].get("href").startswith(f"{SITE}/{language}/"), url
        descriptions = meta(head, name="description")
        assert len(descriptions) == 1 and descriptions[0].strip(), url
        assert len(meta(head, prop="og:title")) == 1 and meta(head, prop="og:title")[0], url
        assert meta(head, prop="og:description") == descriptions, url
        # The preview image is ours: no third-party host.
        (image,) = meta(head, prop="og:image")
        assert image.startswith(SITE + "/"), url
        hreflangs = {
            link.get("hreflang")
            for link in head.iter("link")
            if link.get("rel") == "alternate" and link.get("hreflang")
        }
        assert hreflangs == {*LANGUAGE_CODES, "x-default"}, url


@pytest.mark.django_db
def test_a_guide_is_described_by_its_intro_in_the_readers_language(client):
    guide = GuidePageFactory(
        title="Arriving and registering",
        title_zh_hans="抵达与登记",
        intro="Register your address within 24 hours of arriving.",
        intro_zh_hans="抵达后二十四小时内办理住宿登记。",
    )
    with translation.override("zh-hans"):
        url, intro = guide.get_url(), guide.intro
    head = head_of(client.get(url))
    assert meta(head, name="description") == [intro[:160]]
    assert meta(head, prop="og:title") == [guide.title_zh_hans]


@pytest.mark.django_db
def test_the_share_image_is_served_by_the_portal(client):
    head = head_of(client.get("/en/openings/"))
    (image,) = meta(head, prop="og:image")
    response = client.get(image.removeprefix(SITE))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_home_page_names_the_brand_once_in_its_title(client, language):
    site()
    head = head_of(client.get(f"/{language}/"))
    with translation.override(language):
        brand = translation.gettext("Talent Portal")
    title = head.find("title").text
    assert title.count(brand) == 1, title


@pytest.mark.django_db
def test_a_filtered_listing_lists_itself_with_its_query_in_every_language(client):
    CityPageFactory(title="Beijing")
    head = head_of(client.get("/ar/openings/?city=beijing&field=engineering"))
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in head.iter("link")
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    query = "?city=beijing&field=engineering"
    assert alternates["ar"] == f"{SITE}/ar/openings/{query}"
    assert alternates["zh-hans"] == f"{SITE}/zh-hans/openings/{query}"
    assert alternates["x-default"] == f"{SITE}/en/openings/{query}"
    canonical = next(link for link in head.iter("link") if link.get("rel") == "canonical")
    assert canonical.get("href") == f"{SITE}/ar/openings/{query}"


@pytest.mark.django_db
def test_search_results_list_themselves_with_the_query(client):
    site()
    head = head_of(client.get("/fr/search/", {"q": "permis de travail"}))
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in head.iter("link")
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    assert alternates["es"] == f"{SITE}/es/search/?q=permis+de+travail"


@pytest.mark.django_db
def test_a_wagtail_page_is_canonical_without_a_stray_query(client):
    CityPageFactory(title="Beijing")
    head = head_of(client.get("/en/beijing/", {"utm_source": "newsletter"}))
    canonical = next(link for link in head.iter("link") if link.get("rel") == "canonical")
    assert canonical.get("href") == f"{SITE}/en/beijing/"
