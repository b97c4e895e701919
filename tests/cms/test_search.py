import re

import pytest
from django.utils import translation

from cms.models import GuideIndexPage, SearchDocument, VisaResourcePage
from cms.search import segment
from tests.factories import add_guide


def work_permit_pages():
    return VisaResourcePage.objects.filter(permit_type__startswith="permit-")


def result_urls(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["工作许可", "许可"])
def test_chinese_query_without_spaces_finds_the_work_permit_pages(client, query):
    _response, html = result_urls(client, "zh-hans", query)
    with translation.override("zh-hans"):
        urls = [p.get_url() for p in work_permit_pages()]
    assert urls
    assert any(url in html for url in urls)
    assert "None" not in html.split()


@pytest.mark.django_db
def test_results_show_title_section_and_snippet_in_the_readers_language(client):
    _response, html = result_urls(client, "en", "residence permit")
    assert "search-results" in html
    assert "Residence" in html
    assert "›" in html or "Visas" in html


@pytest.mark.django_db
def test_search_is_limited_to_the_readers_language(client):
    _response, html = result_urls(client, "fr", "工作许可")
    # French pages may quote Chinese terms; the Chinese pages themselves are not listed.
    with translation.override("zh-hans"):
        chinese_urls = [p.get_url() for p in work_permit_pages()]
    assert not any(f'href="{url}"' in html for url in chinese_urls)
    found = re.findall(r'<h3><a href="([^"]+)"', html)
    assert all(url.startswith("/fr/") for url in found)


@pytest.mark.django_db
def test_nothing_found_says_so_in_the_readers_language(client):
    _response, html = result_urls(client, "es", "zzzxqy")
    assert "No se encontró nada" in html or "Nada" in html


@pytest.mark.django_db
def test_untranslated_page_is_indexed_with_its_english_text_not_none(
    django_capture_on_commit_callbacks,
):
    section = GuideIndexPage.objects.filter(slug="guides").first()
    with django_capture_on_commit_callbacks(execute=True):
        guide = add_guide(section, title="Tea house etiquette", slug="tea")
    document = SearchDocument.objects.get(page=guide, language="ar")
    assert document.title == "Tea house etiquette"
    assert "None" not in document.text.split()
    assert "English text only." in document.text


@pytest.mark.django_db
def test_unpublished_page_leaves_the_search(django_capture_on_commit_callbacks):
    page = work_permit_pages().first()
    assert SearchDocument.objects.filter(page=page).exists()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert not SearchDocument.objects.filter(page=page).exists()


def test_segment_splits_chinese_and_keeps_other_scripts():
    assert segment("工作许可") == "工作 许可"
    assert segment("work permit") == "work permit"
