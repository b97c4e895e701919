"""A stored, indexed text-search vector per search document (PostgreSQL only; search.py).

Site search used Wagtail's database backend, which keeps its own index table:
each search joined it to the documents on a text cast of the id, and matched
the concatenated title and body, which no index answers, so every search
stemmed and compared every document of the language. Each document now keeps
its vector in its own row, written with its language's stemmer when the page
is indexed (titles weigh more than text), behind a GIN index; Wagtail's
entries for the documents go. SQLite, the development database, still uses
Wagtail's backend.

The model does not declare the column: Django would load it with every
result, and SQLite has no text-search vectors.
"""

from django.db import migrations

# Frozen here for the documents already written; cms/search.py writes new ones
# with its own TEXT_SEARCH_CONFIGS.
CONFIGS = {"en": "english", "ar": "arabic", "ru": "russian", "es": "spanish", "fr": "french"}


def _config_of_language():
    cases = " ".join(f"WHEN '{code}' THEN '{config}'" for code, config in CONFIGS.items())
    return f"(CASE language {cases} ELSE 'simple' END)::regconfig"


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    config = _config_of_language()
    schema_editor.execute("ALTER TABLE cms_searchdocument ADD COLUMN search_vector tsvector")
    vector = (
        f"setweight(to_tsvector({config}, search_title), 'A') || "
        f"setweight(to_tsvector({config}, search_text), 'B')"
    )
    # Built from this file's constants alone.
    schema_editor.execute(f"UPDATE cms_searchdocument SET search_vector = {vector}")  # nosec B608
    schema_editor.execute(
        "CREATE INDEX cms_searchdocument_vector ON cms_searchdocument USING gin (search_vector)"
    )
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    IndexEntry.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="cms", model="searchdocument")
    ).delete()


def remove_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE cms_searchdocument DROP COLUMN search_vector")
    # Wagtail's entries come back when the pages are indexed again (search.rebuild()).


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_search_document_languages"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(add_column, remove_column, elidable=False)]
