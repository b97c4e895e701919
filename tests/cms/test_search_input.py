"""Whatever a reader types into a search box, the page answers."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms.search import search
from talentportal.openings.models import Opening
from talentportal.openings.search import search_openings
from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory, VisaResourcePageFactory

LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]


@pytest.fixture(autouse=True)
def _searchable(db, django_capture_on_commit_callbacks):
    """A page and an opening for the searches to find, indexed as on a real commit."""
    with django_capture_on_commit_callbacks(execute=True):
        VisaResourcePageFactory(
            title="Residence permit",
            permit_type="residence",
            who_for="Anyone who stays in China for work longer than 180 days.",
        )
        opening(organisation(city_slug=CityPageFactory(title="Beijing").slug))


NASTY = ['"residence permit', '“工作许可"', "*", "-", "AND", "NOT", "(", '"', 'visa"', "x" * 500]


@pytest.mark.django_db
@pytest.mark.parametrize("query", NASTY)
@pytest.mark.parametrize("path", ["/en/search/", "/en/openings/"])
def test_search_pages_answer_any_query(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_quoted_phrase_still_finds_its_words(client):
    response = client.get("/en/search/", {"q": '"residence permit'})
    assert "Residence permit" in response.content.decode()


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=120), language=st.sampled_from(LANGUAGES))
def test_site_search_never_fails_on_any_text(query, language):
    list(search(query, language)[:5])


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=120), language=st.sampled_from(LANGUAGES))
def test_openings_keyword_search_never_fails_on_any_text(query, language):
    list(search_openings(Opening.objects.open(), query, language)[:5])


@pytest.mark.django_db
@pytest.mark.parametrize("query", NASTY)
@pytest.mark.parametrize("language", LANGUAGES)
def test_both_searches_answer_hostile_text_in_every_language(client, language, query):
    for path in (f"/{language}/search/", f"/{language}/openings/"):
        assert client.get(path, {"q": query}).status_code == 200


@pytest.mark.django_db
def test_the_header_search_box_holds_only_a_site_search(client):
    listing = client.get("/en/openings/", {"city": "beijing", "q": "engineer"}).content.decode()
    assert 'id="site-search-q" type="search" name="q" value=""' in listing

    results = client.get("/en/search/", {"q": "visa"}).content.decode()
    assert 'id="site-search-q" type="search" name="q" value="visa"' in results
