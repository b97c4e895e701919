"""The stored vectors' GIN indexes hold published openings only (PostgreSQL only; search.py).

The keyword search looks only among published openings. With an index over
every opening, PostgreSQL also read the index of published openings (76,000
entries at 100,000 openings) to keep the others out, on every search; this
index answers for published openings alone, and stays small as closed
openings pile up over the years.
"""

from django.db import migrations

LANGUAGES = ("en", "ar", "ru", "es", "fr")


def _recreate(schema_editor, where):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS opening_search_{code}")
        schema_editor.execute(
            f"CREATE INDEX opening_search_{code} ON openings_opening "
            f"USING gin (search_{code}){where}"
        )


def published_only(apps, schema_editor):
    _recreate(schema_editor, " WHERE status = 'published'")


def every_opening(apps, schema_editor):
    _recreate(schema_editor, "")


class Migration(migrations.Migration):
    dependencies = [("openings", "0005_stored_search_vectors")]

    operations = [migrations.RunPython(published_only, every_opening, elidable=False)]
