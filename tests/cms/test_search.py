import html5lib
import pytest
from django.utils import translation

from cms.models import SearchDocument, VisaResourcePage
from cms.search import segment
from tests.factories import add_guide
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, VisaResourcePageFactory


@pytest.fixture(autouse=True)
def _permits(db, django_capture_on_commit_callbacks):
    """Two national permit pages, searchable: published and indexed as on a real commit."""
    with django_capture_on_commit_callbacks(execute=True):
        VisaResourcePageFactory(
            title="Work permit class B",
            title_zh_hans="外国人工作许可（B类）",
            permit_type="permit-b",
            who_for="Professionals with a job offer and a degree.",
            who_for_zh_hans="有工作邀请和学位的外国专业人才。",
        )
        VisaResourcePageFactory(
            title="Residence permit",
            title_zh_hans="居留许可",
            permit_type="residence",
            who_for="Anyone who stays in China for work longer than 180 days needs a residence permit.",
            who_for_zh_hans="在华工作超过180天的外国人需要办理居留许可。",
        )


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


def page_results(client, language, query):
    """The guides and information results as a reader sees them: one
    (address, title, section, snippet) per entry of the results list."""
    _response, html = result_urls(client, language, query)
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    entries = []
    for results in tree.iter("ol"):
        if "search-results" not in results.get("class", "").split():
            continue
        for item in results.findall("li"):
            link = item.find("h3/a")
            meta = item.find("p[@class='meta']")
            paragraphs = [p for p in item.findall("p") if p is not meta]
            entries.append(
                (
                    link.get("href"),
                    "".join(link.itertext()).strip(),
                    "".join(meta.itertext()).strip() if meta is not None else "",
                    "".join(paragraphs[-1].itertext()).strip() if paragraphs else "",
                )
            )
    return entries


@pytest.mark.django_db
def test_results_show_title_section_and_snippet_in_the_readers_language(client):
    results = page_results(client, "en", "residence permit")
    assert results
    url, title, section, snippet = results[0]
    assert url.startswith("/en/")
    assert "residence" in title.lower()
    assert section  # where the page sits, e.g. "Visas and permits"
    assert "residence" in snippet.lower()
    assert all(u.startswith("/en/") for u, *_ in results)


@pytest.fixture
def tea_guide(django_capture_on_commit_callbacks):
    """A guide whose French and Chinese titles share no word with each other."""
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with django_capture_on_commit_callbacks(execute=True):
        return add_guide(
            section,
            title="Tea house etiquette",
            slug="tea",
            title_fr="Savoir-vivre au salon de thé",
            title_zh_hans="茶馆礼仪",
        )


@pytest.mark.django_db
def test_search_is_limited_to_the_readers_language(client, tea_guide):
    # Each language finds the guide by its own words...
    assert [t for _u, t, *_ in page_results(client, "zh-hans", "茶馆礼仪")] == ["茶馆礼仪"]
    assert "Savoir-vivre au salon de thé" in [
        t for _u, t, *_ in page_results(client, "fr", "salon de thé")
    ]
    # ...and not by another language's: the Chinese words are only in the Chinese
    # document, so a French reader searching for them gets no trace of it.
    french = page_results(client, "fr", "茶馆礼仪")
    assert not [r for r in french if "茶馆" in r[1] or "/tea/" in r[0]]


@pytest.mark.django_db
def test_nothing_found_says_so_in_the_readers_language(client):
    _response, html = result_urls(client, "es", "zzzxqy")
    assert "No se encontró nada" in html or "Nada" in html


@pytest.mark.django_db
def test_untranslated_page_is_indexed_with_its_english_text_not_none(
    django_capture_on_commit_callbacks,
):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
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
