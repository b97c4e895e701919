"""Keyword search over openings: title, description, requirements and the organisation's name.

On PostgreSQL a word is matched through the stemmer of the reader's language
and of English (the language most openings are written in), so "engineers"
finds "engineer" and "инженеров" finds "инженер"; the GIN indexes of migration
0002 answer that at 100,000 openings, and trigram indexes find organisation
names by any part of them. Chinese has no stemmer and no spaces: a Chinese word
(cut by jieba) is matched inside Chinese titles and organisation names. Every
alternative for one word is answered by an index or by the titles alone, never
by computing the full text of every opening. SQLite, the development database,
matches every word as a substring.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Func, IntegerField, Q, QuerySet

from cms.search import CJK, WORD, segment, text_search_config
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation

MAX_WORDS = 6
MAX_WORD_LENGTH = 60
# Openings are searched in these languages' own columns with their stemmer;
# Chinese (no stemmer in PostgreSQL) by substring.
STEMMED_LANGUAGES = ("en", "ar", "ru", "es", "fr")
# A word found in more organisation names than this says nothing about the employer.
MAX_ORGANISATIONS = 1_000
# Up to this many matches are listed from their ids; more make a common word,
# found at once among the newest openings.
FEW_MATCHES = 3_000


def keywords(query: str) -> list[str]:
    """The words of a reader's query; quotes, stars and operators are dropped."""
    words = segment(" ".join(WORD.findall(query.lower()))).split()
    return [w[:MAX_WORD_LENGTH] for w in words[:MAX_WORDS]]


def column(name: str, language: str) -> str:
    return f"{name}_{language.replace('-', '_')}"


def text_vector(language: str) -> SearchVector:
    """The stemmed words of an opening in one language; the GIN index holds the same expression."""
    return SearchVector(
        column("title", language),
        column("description", language),
        column("requirements", language),
        config=text_search_config(language),
    )


def _stem_query(word: str, language: str) -> SearchQuery:
    return SearchQuery(word, config=text_search_config(language), search_type="plain")


class _Lexemes(Func):
    """How many words the stemmer keeps of a query: none for a stop word such as "the"."""

    function = "numnode"
    output_field = IntegerField()


def _organisations_named(word: str, language: str) -> list[int]:
    names = Q(name_en__icontains=word) | Q(**{column("name", language) + "__icontains": word})
    return list(Organisation.objects.filter(names).values_list("pk", flat=True)[:MAX_ORGANISATIONS])


def _word_on_postgresql(word: str, language: str, index: int) -> tuple[dict, Q]:
    """Aliases and the condition for one word, each alternative answerable from an index."""
    employers = Q(organisation_id__in=_organisations_named(word, language))
    if CJK.search(word):
        # A substring of the Chinese titles. Mixing it with a full-text match would
        # have PostgreSQL compute every opening's text to answer the OR.
        return {}, Q(title_zh_hans__icontains=word) | employers
    aliases = {}
    found = Q()
    stemmed = [code for code in dict.fromkeys((language, "en")) if code in STEMMED_LANGUAGES]
    for code in stemmed:
        query = _stem_query(word, code)
        aliases[f"_vector_{index}_{code}"] = text_vector(code)
        aliases[f"_lexemes_{index}_{code}"] = _Lexemes(query)
        found |= Q(**{f"_vector_{index}_{code}": query})
    # A stop word ("the", "и", "de") stands for anything: its query holds no word
    # to look for. PostgreSQL folds this constant before planning.
    found |= Q(**{f"_lexemes_{index}_{stemmed[0]}": 0})
    return aliases, found | employers


def _word_elsewhere(word: str, language: str) -> Q:
    found = Q()
    for code in dict.fromkeys((language, "en")):
        for name in ("title", "description"):
            found |= Q(**{column(name, code) + "__icontains": word})
        found |= Q(**{column("organisation__name", code) + "__icontains": word})
    return found


def _matching_on_postgresql(words: list[str], language: str) -> tuple[dict, Q]:
    matching = Q()
    aliases = {}
    for index, word in enumerate(words):
        word_aliases, found = _word_on_postgresql(word, language, index)
        aliases.update(word_aliases)
        matching &= found
    return aliases, matching


def _through_indexes(aliases: dict, matching: Q) -> QuerySet:
    return Opening.objects.alias(**aliases).filter(matching).order_by()


def matches_on_postgresql(query: str, language: str) -> QuerySet:
    """Every opening holding the words, found through the indexes alone (no order)."""
    return _through_indexes(*_matching_on_postgresql(keywords(query), language))


def search_openings(queryset: QuerySet, query: str, language: str) -> QuerySet:
    """The openings of `queryset` that hold every word of `query`, in any order."""
    words = keywords(query)
    if not words:
        return queryset.none()
    if connection.vendor != "postgresql":
        for word in words:
            queryset = queryset.filter(_word_elsewhere(word, language))
        return queryset
    aliases, matching = _matching_on_postgresql(words, language)
    # PostgreSQL orders the listing by walking the newest openings and testing each
    # one's text, which is quick for a common word and reads every row for a rare
    # one. So the matches are first looked up through the indexes alone: when they
    # are few, the listing is picked from them.
    few = list(_through_indexes(aliases, matching).values_list("pk", flat=True)[: FEW_MATCHES + 1])
    if len(few) <= FEW_MATCHES:
        return queryset.filter(pk__in=few)
    return queryset.alias(**aliases).filter(matching)
