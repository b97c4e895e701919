"""Site search in the reader's language.

Each live page gets one ``SearchDocument`` per language, holding the text the
reader of that language sees (the English text where a translation is
missing). Chinese has no spaces between words and the database search
backends would index a whole sentence as one word, so Chinese text is split
into words with jieba both when indexing and when querying.

On PostgreSQL each document keeps its words as a stored text-search vector
(migration 0006), written with its language's configuration, whose stemmer
makes "visas" find "visa" and "разрешения" find "разрешение"; a GIN index
finds the documents holding a query's words, and titles weigh more than text
in the ranking. SQLite, the development database, uses Wagtail's database
backend. A document's language decides the configuration, so documents are
indexed here, never by Wagtail's `update_index` (which knows one).
"""

import logging
import re

import jieba
from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorExact,
    SearchVectorField,
)
from django.db import connection, models, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import translation
from django.utils.text import Truncator
from django_tasks import task
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from talentportal.languages.fallback import content_language, fallback_language

jieba.setLogLevel(logging.WARNING)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# PostgreSQL's text-search configuration (its Snowball stemmer) for each site
# language. Chinese, segmented by jieba, needs only "simple" (no stemming).
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "ar": "arabic",
    "ru": "russian",
    "es": "spanish",
    "fr": "french",
}


def text_search_config(language):
    return TEXT_SEARCH_CONFIGS.get(language, "simple")


def backend_for(language):
    """The site's search backend, stemming in `language` (only PostgreSQL's backend does)."""
    return get_search_backend(SEARCH_CONFIG=text_search_config(language))


def segment(text):
    """Put spaces between Chinese words; other scripts pass through unchanged."""
    if not text or not CJK.search(text):
        return text or ""
    return " ".join(w for w in jieba.cut_for_search(text) if w.strip())


class SearchDocument(index.Indexed, models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=15)
    title = models.CharField(max_length=255)
    section = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True)
    search_title = models.TextField(blank=True)
    search_text = models.TextField(blank=True)
    # The language the title and the text are shown in when it is not the
    # document's own (a page not yet translated): results are marked without
    # loading their pages.
    title_language = models.CharField(max_length=15, blank=True)
    text_language = models.CharField(max_length=15, blank=True)

    search_fields = [
        index.SearchField("search_title", boost=4),
        index.SearchField("search_text"),
        index.FilterField("language"),
    ]
    # Documents are written by index_page(), which indexes them itself.
    search_auto_update = False

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_document_per_language")
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    @classmethod
    def get_indexed_objects(cls):
        # A rebuild by Wagtail's update_index would index every language with one
        # stemmer: documents are indexed by index_page() and rebuild() only.
        return cls.objects.none()

    def snippet(self, query, length=220):
        """The passage of the text around the first word of the query.

        The stemmer found the page by the word's root, so "visas" is looked for
        as "visas", then "visa", down to half the word.
        """
        text = self.text
        lowered = text.lower()
        for term in segment(" ".join(WORD.findall(query.lower()))).split():
            for end in range(len(term), max(len(term) // 2, 2), -1):
                at = lowered.find(term[:end])
                if at >= 0:
                    start = max(0, at - length // 3)
                    prefix = "…" if start else ""
                    return prefix + Truncator(text[start : start + 2 * length]).chars(length)
        # Truncator reads every character it is given: a whole guide, for a few lines.
        return Truncator(text[: 2 * length]).chars(length)


def _section_of(page):
    """The trail above a page, e.g. "Beijing › Guides", in the active language."""
    ancestors = page.get_ancestors().filter(depth__gt=2).specific()
    return " › ".join(a.title for a in ancestors)


def _stored_vectors():
    return connection.vendor == "postgresql"


# The column migration 0006 keeps on PostgreSQL: the documents' table is the
# only one in a search query that has it.
VECTOR = RawSQL("search_vector", [], output_field=SearchVectorField())


def _store_vector(document):
    """Write the document's vector with its language's stemmer, its title weighing most."""
    config = text_search_config(document.language)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cms_searchdocument SET search_vector = "
            "setweight(to_tsvector(%s::regconfig, search_title), 'A') || "
            "setweight(to_tsvector(%s::regconfig, search_text), 'B') WHERE id = %s",
            [config, config, document.pk],
        )


@transaction.atomic
def index_page(page):
    """Write (or remove) the page's search documents in every language."""
    existing = SearchDocument.objects.filter(page_id=page.pk)
    page = page.specific
    if not page.live or not hasattr(page, "search_text"):
        if not _stored_vectors():
            for document in existing:
                backend_for(document.language).delete(document)
        existing.delete()
        return
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            title = page.title
            text = " ".join(page.search_text().split())
            document, _created = SearchDocument.objects.update_or_create(
                page_id=page.pk,
                language=code,
                defaults={
                    "title": title,
                    "section": _section_of(page),
                    "text": text,
                    "search_title": segment(title),
                    "search_text": segment(text),
                    "title_language": fallback_language(page, "title", code) or "",
                    "text_language": content_language(page, code) or "",
                },
            )
        if _stored_vectors():
            _store_vector(document)
        else:
            backend_for(code).add(document)


@task()
def index_page_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        SearchDocument.objects.filter(page_id=page_id).delete()
        return
    index_page(page)


def rebuild():
    for page in Page.objects.filter(depth__gt=1).specific().iterator():
        index_page(page)


# Readers type quotes, stars, dashes and operators; the search backends read those as
# query syntax and fail on an unbalanced one. Only the words are searched.
WORD = re.compile(r"\w+")


def search(query, language):
    query = " ".join(WORD.findall(query.lower()))[:200]
    if not query:
        return SearchDocument.objects.none()
    documents = (
        SearchDocument.objects.filter(language=language)
        # The segmented words are for the index; results show the text as written.
        .defer("search_title", "search_text")
        .select_related("page")
    )
    if not _stored_vectors():
        return backend_for(language).search(segment(query), documents, operator="and")
    # Every word, through the stemmer of the reader's language (a stop word drops out).
    words = SearchQuery(segment(query), config=text_search_config(language), search_type="plain")
    return (
        documents.filter(Q(SearchVectorExact(VECTOR, words)))
        .annotate(rank=SearchRank(VECTOR, words))
        .order_by("-rank", "pk")
    )
