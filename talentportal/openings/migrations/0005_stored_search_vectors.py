"""Stored full-text vectors for the openings keyword search (PostgreSQL only; search.py).

Migration 0002 indexed an expression, so the index found matching openings, but
every other step of a query (listing the newest openings that match, counting
them) computed each opening's text again with the stemmer: a tenth of a
millisecond per opening, seconds for a common word at 100,000 openings. Here
each stemmed language gets a column PostgreSQL keeps itself from the title,
description and requirements, stripped of word positions (the search looks
for words, not phrases), with a GIN index; the expression indexes go.

The model does not declare the columns: Django would load them with every
opening, and SQLite (development) has no text-search vectors. Adding them
rewrites the table once (about half a minute at 100,000 openings).
"""

from django.db import migrations

# Frozen here: talentportal/openings/search.py reads these columns.
CONFIGS = {"en": "english", "ar": "arabic", "ru": "russian", "es": "spanish", "fr": "french"}


def _text(code):
    return (
        f"COALESCE(title_{code}, '') || ' ' || COALESCE(description_{code}, '') || ' ' || "
        f"COALESCE(requirements_{code}, '')"
    )


def add_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join(
        f"ADD COLUMN search_{code} tsvector GENERATED ALWAYS AS "
        f"(strip(to_tsvector('{config}'::regconfig, {_text(code)}))) STORED"
        for code, config in CONFIGS.items()
    )
    schema_editor.execute(f"ALTER TABLE openings_opening {columns}")
    for code in CONFIGS:
        schema_editor.execute(f"DROP INDEX IF EXISTS opening_text_{code}")
        schema_editor.execute(
            f"CREATE INDEX opening_search_{code} ON openings_opening USING gin (search_{code})"
        )


def remove_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns = ", ".join(f"DROP COLUMN search_{code}" for code in CONFIGS)
    schema_editor.execute(f"ALTER TABLE openings_opening {columns}")
    for code, config in CONFIGS.items():
        schema_editor.execute(
            f"CREATE INDEX opening_text_{code} ON openings_opening "
            f"USING gin (to_tsvector('{config}'::regconfig, {_text(code)}))"
        )


class Migration(migrations.Migration):
    dependencies = [("openings", "0004_chinese_title_trigrams")]

    operations = [migrations.RunPython(add_columns, remove_columns, elidable=False)]
