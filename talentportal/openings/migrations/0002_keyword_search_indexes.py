"""Indexes for the openings keyword search on PostgreSQL (talentportal/openings/search.py).

A GIN index per stemmed language over the same full-text expression the search
builds, and trigram indexes on organisation names for substring matches. Other
databases (SQLite in development) search without them, so this does nothing there.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import TrigramExtension
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models.functions import Upper

# Frozen here: the search module builds the very same expressions.
CONFIGS = {"en": "english", "ar": "arabic", "ru": "russian", "es": "spanish", "fr": "french"}
LANGUAGES = ("en", "zh_hans", "ar", "ru", "es", "fr")


def opening_indexes():
    return [
        GinIndex(
            SearchVector(
                f"title_{code}", f"description_{code}", f"requirements_{code}", config=config
            ),
            name=f"opening_text_{code}",
        )
        for code, config in CONFIGS.items()
    ]


def organisation_indexes():
    # icontains compiles to UPPER(column) LIKE UPPER(pattern) on PostgreSQL.
    return [
        GinIndex(
            OpClass(Upper(f"name_{code}"), name="gin_trgm_ops"),
            name=f"organisation_name_trgm_{code}",
        )
        for code in LANGUAGES
    ]


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    opening = apps.get_model("openings", "Opening")
    organisation = apps.get_model("organisations", "Organisation")
    for index in opening_indexes():
        schema_editor.add_index(opening, index)
    for index in organisation_indexes():
        schema_editor.add_index(organisation, index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    opening = apps.get_model("openings", "Opening")
    organisation = apps.get_model("organisations", "Organisation")
    for index in opening_indexes():
        schema_editor.remove_index(opening, index)
    for index in organisation_indexes():
        schema_editor.remove_index(organisation, index)


class Migration(migrations.Migration):
    dependencies = [
        ("openings", "0001_initial"),
        ("organisations", "0002_organisation_was_verified"),
    ]

    operations = [
        # Does nothing outside PostgreSQL.
        TrigramExtension(),
        migrations.RunPython(add_indexes, remove_indexes, elidable=False),
    ]
