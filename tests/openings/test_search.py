"""The openings keyword search: titles, descriptions and employers, in the reader's language."""

import pytest
from django.db import connection

from talentportal.openings.search import matches_on_postgresql
from tests.factories import opening, organisation

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and its indexes are PostgreSQL's"
)


@pytest.fixture
def glacier(db):
    org = organisation("beijing", name="Zephyrine Institute", name_en="Zephyrine Institute")
    return opening(
        org,
        title="Field engineers",
        title_en="Field engineers",
        description_en="<p>You will survey glaciers on the Tibetan plateau.</p>",
        title_ru="Инженеры полевых работ",
        title_zh_hans="冰川野外工程师",
        description_ru="<p>Вы будете изучать ледники Тибета.</p>",
    )


def found(client, query, language="en"):
    response = client.get(f"/{language}/openings/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return any(
        title in html for title in ("Field engineers", "Инженеры полевых работ", "冰川野外工程师")
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "glaciers",
        "Tibetan plateau",
        "zephyrine",
        "Zephyrine engineers",
        "ZEPHYR",
        "glaciers, survey!",
    ],
)
def test_words_of_the_description_or_the_employer_find_the_opening(client, glacier, query):
    assert found(client, query)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["glaciers volcanoes", "Zephyrine astronaut", "*", "—"])
def test_every_word_must_match(client, glacier, query):
    assert not found(client, query)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["冰川", "野外工程师", "冰川 engineers", "Zephyrine 工程师"])
def test_chinese_words_find_the_chinese_title(client, glacier, query):
    assert found(client, query, "zh-hans")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["冰川 火山", "海洋工程师"])
def test_chinese_words_must_all_match(client, glacier, query):
    assert not found(client, query, "zh-hans")


@pytest.mark.django_db
@on_postgresql
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "engineer"),
        ("en", "surveying glacier"),
        ("en", "the glacier"),
        ("ru", "инженер"),
        ("ru", "ледник"),
        ("ru", "и ледников"),
    ],
)
def test_other_forms_of_a_word_find_the_opening(client, glacier, language, query):
    assert found(client, query, language)


@pytest.mark.django_db
@on_postgresql
def test_the_keyword_search_uses_the_full_text_indexes(glacier):
    # The search must read the indexed, stored vectors (migrations 0005 and 0006,
    # published openings only), or only testing every published opening could
    # answer it. With scans of the whole table ruled out and testing an opening
    # made dear, as it is with 100,000 of them, the plan shows which.
    from talentportal.openings.models import Opening

    Opening.objects.bulk_create(
        Opening(
            organisation=glacier.organisation,
            city=glacier.city,
            title=f"Post {number}",
            title_en=f"Post {number}",
            description_en="<p>Build robots.</p>",
            kind="engineer",
            field="engineering",
            employment_type="full-time",
            status="published",
        )
        for number in range(300)
    )
    queryset = matches_on_postgresql("glaciers", "ru")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE openings_opening")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("SET LOCAL cpu_operator_cost = 10")
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "opening_search_ru" in plan
    assert "opening_search_en" in plan


@pytest.mark.django_db
@on_postgresql
def test_organisation_names_are_matched_through_the_trigram_index():
    from talentportal.organisations.models import Organisation

    queryset = Organisation.objects.filter(name_en__icontains="zephyr")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "organisation_name_trgm_en" in plan
