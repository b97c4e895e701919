"""Pages parse as conforming HTML and carry the landmarks a screen reader needs."""

import html5lib
import pytest
from django.utils import translation

from tests.cms.test_pages import PAGE_TYPES
from tests.page_factories import PortalImageFactory, VisaResourcePageFactory, small_site


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_every_page_type_is_well_formed_html_with_landmarks(client, language):
    pages = small_site()
    # Pictures, as the demo's home and city pages have: each needs its alt text.
    for page in (pages["home"], pages["beijing"]):
        page.hero_image = PortalImageFactory()
        page.save_revision().publish()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for model in PAGE_TYPES:
        page = model.objects.live().first()
        with translation.override(language):
            url = page.get_url()
        html = client.get(url).content.decode()
        document = parser.parse(html)
        assert document.find(".//main[@id='main']") is not None, url
        assert document.find(".//header") is not None, url
        assert document.find(".//footer") is not None, url
        assert document.find(".//a[@class='skip-link']").get("href") == "#main"
        for image in document.iter("img"):
            assert image.get("alt") is not None, url


@pytest.mark.django_db
def test_search_results_are_well_formed_html_with_results(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        VisaResourcePageFactory(
            title="Work permit",
            title_fr="Permis de travail",
            who_for_fr="Les professionnels qui ont une offre d'emploi.",
        )
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    response = client.get("/fr/search/", {"q": "permis"})
    assert response.status_code == 200
    document = parser.parse(response.content.decode())
    results = document.findall(".//main//*[@class='search-results']/li")
    assert results, "a French search for 'permis' finds pages"
    assert document.find(".//main//h1").text == "Rechercher"
