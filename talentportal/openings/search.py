"""Keyword search over openings: title, description, requirements and the organisation's name.

On PostgreSQL a word is matched through the stemmer of the reader's language
and of English (the language most openings are written in), so "engineers"
finds "engineer" and "инженеров" finds "инженер": each stemmed language's text
is kept as a stored, indexed vector (migration 0005), and trigram indexes find
organisation names by any part of them. Chinese has no stemmer and no spaces:
a Chinese word (cut by jieba) is matched inside Chinese titles and
organisation names. Every alternative for one word is answered by an index or
by a stored column, never by running the stemmer over every opening's text.
SQLite, the development database, matches every word as a substring.
"""

from collections.abc import Callable

from django.contrib.postgres.search import SearchQuery, SearchVectorExact, SearchVectorField
from django.db import connection
from django.db.models import Expression, F, Func, IntegerField, Lookup, Q, QuerySet
from django.db.models.lookups import Exact

from cms.search import CJK, WORD, segment, text_search_config
from talentportal.caching.kept import kept
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
# found at once among the newest openings. Each is a page PostgreSQL reads.
FEW_MATCHES = 1_000
# A word PostgreSQL's statistics expect this many times is common without counting.
COMMON_MATCHES = 2 * FEW_MATCHES


def keywords(query: str) -> list[str]:
    """The words of a reader's query; quotes, stars and operators are dropped."""
    words = list(dict.fromkeys(segment(" ".join(WORD.findall(query.lower()))).split()))
    # Chinese words are matched as parts of the text, and jieba's cut for search
    # gives the parts of a long word too (工程 and 工程师): a part of another word
    # of the query would only ask again for what that word asks.
    words = [
        w
        for w in words
        if not (CJK.search(w) and any(w != other and w in other for other in words))
    ]
    return [w[:MAX_WORD_LENGTH] for w in words[:MAX_WORDS]]


def column(name: str, language: str) -> str:
    return f"{name}_{language.replace('-', '_')}"


class StoredVector(Expression):
    """An opening's stemmed words in one language: the column migration 0005 keeps.

    The model does not declare it (Django would load it with every opening), so
    it is named here, on the openings table of the query it is used in.
    """

    output_field = SearchVectorField()

    def __init__(self, language: str):
        super().__init__()
        self.column = column("search", language)
        self.alias = None

    def resolve_expression(self, query=None, *args, **kwargs):
        clone = self.copy()
        clone.alias = query.get_initial_alias()
        return clone

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def as_sql(self, compiler, connection):
        quoted = connection.ops.quote_name(self.column)
        return f"{compiler.quote_name_unless_alias(self.alias)}.{quoted}", []

    def get_group_by_cols(self):
        return [self]


class _Lexemes(Func):
    """How many words the stemmer keeps of a query: none for a stop word such as "the"."""

    function = "numnode"
    output_field = IntegerField()


class _AnyOf(Lookup):
    """`id = ANY(%s)`: a list of ids as one parameter, not one placeholder per id."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*params, list(self.rhs))


def _stem_query(word: str, language: str) -> SearchQuery:
    return SearchQuery(word, config=text_search_config(language), search_type="plain")


def _organisations_named(word: str, language: str) -> list[int]:
    """The organisations with `word` in their name, kept until the next content change."""
    names = Q(name_en__icontains=word) | Q(**{column("name", language) + "__icontains": word})
    return kept(
        "openings_employers_named",
        [word, language],
        lambda: list(
            Organisation.objects.filter(names).values_list("pk", flat=True)[:MAX_ORGANISATIONS]
        ),
    )


def _word_on_postgresql(word: str, language: str) -> Q:
    """The condition for one word, each alternative answerable from an index."""
    employers = Q(organisation_id__in=_organisations_named(word, language))
    if CJK.search(word):
        # A substring of the Chinese titles. Mixing it with a full-text match would
        # have PostgreSQL compute every opening's text to answer the OR.
        return Q(title_zh_hans__icontains=word) | employers
    stemmed = [code for code in dict.fromkeys((language, "en")) if code in STEMMED_LANGUAGES]
    found = Q()
    for code in stemmed:
        found |= Q(SearchVectorExact(StoredVector(code), _stem_query(word, code)))
    # A stop word ("the", "и", "de") stands for anything: its query holds no word
    # to look for. PostgreSQL folds this constant before planning.
    found |= Q(Exact(_Lexemes(_stem_query(word, stemmed[0])), 0))
    return found | employers


def _word_elsewhere(word: str, language: str) -> Q:
    found = Q()
    for code in dict.fromkeys((language, "en")):
        for name in ("title", "description"):
            found |= Q(**{column(name, code) + "__icontains": word})
        found |= Q(**{column("organisation__name", code) + "__icontains": word})
    return found


def _matching_on_postgresql(words: list[str], language: str) -> Q:
    matching = Q()
    for word in words:
        matching &= _word_on_postgresql(word, language)
    return matching


def _published(matching: Q) -> QuerySet:
    # The indexes of the stored vectors hold published openings only (migration 0006).
    return Opening.objects.filter(matching, status=Opening.Status.PUBLISHED).order_by()


def matches_on_postgresql(query: str, language: str) -> QuerySet:
    """The published openings holding the words, found through the indexes (no order)."""
    return _published(_matching_on_postgresql(keywords(query), language))


def _estimated_rows(queryset: QuerySet) -> float:
    """How many rows PostgreSQL's statistics expect `queryset` to find (planned, not run)."""
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        return cursor.fetchone()[0][0]["Plan"]["Plan Rows"]


def _estimate(published: Callable[[], QuerySet], words: list[str], language: str) -> float:
    """The rows PostgreSQL expects, kept until the next content change: its
    statistics change only when it analyses the table."""
    return kept(
        "openings_estimated_matches", [*words, language], lambda: _estimated_rows(published())
    )


def _first_ids(queryset: QuerySet, limit: int) -> list[int]:
    """Up to `limit` ids of `queryset`, in no order, straight from the cursor."""
    sql, params = queryset.order_by().values("pk")[:limit].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def search_openings(queryset: QuerySet, query: str, language: str) -> QuerySet:
    """The openings of `queryset` that hold every word of `query`, in any order."""
    words = keywords(query)
    if not words:
        return queryset.none()
    if connection.vendor != "postgresql":
        for word in words:
            queryset = queryset.filter(_word_elsewhere(word, language))
        return queryset
    matching = _matching_on_postgresql(words, language)

    # Listed newest first, a common word is found at once by walking the newest
    # openings; a rare one this way reads every opening, and is found through
    # the indexes instead, then the few matches are sorted. PostgreSQL picks
    # between the two by its statistics, which know how common each word is,
    # but take a word they have no figures for (in a column no opening writes
    # in) for a common one, and guess how often two words meet. So only a
    # single word the statistics call common is walked at once; otherwise the
    # published matches are looked up through the indexes, up to a few, and
    # when they are no more the listing is picked from them.
    # Built only when it is asked: what is kept spares the query, and its
    # building too (about a tenth of a listing's time).
    def published() -> QuerySet:
        return _published(matching)

    if len(words) == 1 and _estimate(published, words, language) >= COMMON_MATCHES:
        return queryset.filter(matching)
    probed = None

    def many() -> bool:
        nonlocal probed
        probed = _first_ids(published(), FEW_MATCHES + 1)
        return len(probed) > FEW_MATCHES

    # Whether the words are common is kept until the next content change, so a
    # common pair is probed once, not for every page, sort and filter. Only the
    # way to the matches is kept, never the matches: a stale answer costs time
    # and cannot change what a reader sees.
    if kept("openings_common_words", [*words, language], many):
        return queryset.filter(matching)
    few = probed if probed is not None else _first_ids(published(), FEW_MATCHES + 1)
    if not few:
        return queryset.none()
    if len(few) <= FEW_MATCHES:
        return queryset.filter(_AnyOf(F("pk"), few))
    # More since the answer was kept: walked as a common one.
    return queryset.filter(matching)
