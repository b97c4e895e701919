"""The language switcher and `hreflang` links swap the language prefix (talentportal/languages/addresses.py).

That is right only while no address differs between languages but for its
prefix; these tests fail as soon as one does, and follow every link.
"""

import html5lib
import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from wagtail.models import Page, get_page_models

from talentportal.languages.addresses import in_language
from tests.factories import opening, organisation
from tests.page_factories import small_site

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITE = settings.SITE_URL.rstrip("/")


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        yield route
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, route)


def _prefixed_resolvers():
    return [
        entry
        for entry in get_resolver().url_patterns
        if isinstance(entry, URLResolver) and isinstance(entry.pattern, LocalePrefixPattern)
    ]


def test_no_address_pattern_is_translated():
    (prefixed,) = _prefixed_resolvers()
    with translation.override(settings.LANGUAGE_CODE):
        english = list(_patterns(prefixed))
    assert len(english) > 50
    for language in LANGUAGES:
        with translation.override(language):
            assert list(_patterns(prefixed)) == english, language


@pytest.mark.django_db
def test_every_page_has_one_address_but_for_its_language_prefix():
    small_site()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        with translation.override(settings.LANGUAGE_CODE):
            english = page.get_url()
        for language in LANGUAGES:
            with translation.override(language):
                assert page.get_url() == in_language(english, language), page


def test_addresses_outside_the_language_prefixes_stay_as_they_are():
    assert in_language("/sitemap.xml", "fr") == "/sitemap.xml"
    assert in_language("/admin/pages/", "ar") == "/admin/pages/"
    assert in_language("/english/", "fr") == "/english/"
    assert in_language("/en/openings/?q=r%C3%A9seau&city=beijing", "zh-hans") == (
        "/zh-hans/openings/?q=r%C3%A9seau&city=beijing"
    )
    assert in_language("/ru", "es") == "/es/"
    assert in_language("/en?next=/x/", "ar") == "/ar/?next=/x/"


def _links(response):
    """The switcher's links and the head's alternates, as the reader's browser reads them."""
    assert response.status_code == 200
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(response.content.decode())
    (switcher,) = (nav for nav in tree.iter("nav") if "language-switcher" in nav.get("class", ""))
    switch = {a.get("hreflang"): a.get("href") for a in switcher.iter("a")}
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in tree.find("head").iter("link")
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    return switch, alternates


def _one_of_each_kind():
    """An address of each page type that has a live page, and of every other public view."""
    small_site()
    org = organisation(description="A research university in Haidian.")
    job = opening(org)
    addresses = {}
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(depth__gt=1).first()
        if page is not None:
            with translation.override(settings.LANGUAGE_CODE):
                addresses[model.__name__] = page.get_url()
    assert len(addresses) >= 9, addresses
    return {
        **addresses,
        "listing": "/en/openings/?city=beijing&sort=deadline",
        "opening": f"/en/openings/{job.pk}/",
        "organisation": f"/en/organisations/{org.slug}/",
        "site search": "/en/search/?q=visa",
        "navigator": "/en/navigator/",
        "log-in": "/en/accounts/login/",
        "site map": "/en/site-map/",
    }


@pytest.mark.django_db
def test_every_kind_of_page_links_its_own_versions_in_every_language(client):
    for kind, address in _one_of_each_kind().items():
        switch, _alternates = _links(client.get(address))
        assert sorted(switch) == sorted(LANGUAGES), kind
        for language, href in switch.items():
            assert href == in_language(address, language), kind
            # Each version answers, in its language, and offers the same six versions.
            response = client.get(href)
            assert response["Content-Language"] == language, (kind, href)
            again, alternates = _links(response)
            assert again == switch, (kind, href)
            path = href.split("?")[0]
            expected = {code: SITE + in_language(path, code) for code in LANGUAGES}
            if "?" in address:
                # A listing or a search names each version with its query.
                query = "?" + href.split("?", 1)[1]
                expected = {code: url + query for code, url in expected.items()}
            assert {code: url for code, url in alternates.items() if code != "x-default"} == (
                expected
            ), (kind, href)
            assert alternates["x-default"] == expected[settings.LANGUAGE_CODE]
