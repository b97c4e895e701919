"""A trigram index on the Chinese titles (PostgreSQL only; talentportal/openings/search.py).

Chinese keywords are matched inside the Chinese titles. The index answers
words of three characters or more, and its statistics let PostgreSQL judge
how common a word is, so it plans a common word as a walk over the newest
openings instead of a nested loop over all of them.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import migrations
from django.db.models.functions import Upper


def index():
    return GinIndex(
        OpClass(Upper("title_zh_hans"), name="gin_trgm_ops"), name="opening_title_trgm_zh_hans"
    )


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("openings", "Opening"), index())


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("openings", "Opening"), index())


class Migration(migrations.Migration):
    dependencies = [("openings", "0003_translated_questions_and_paused_alerts")]

    operations = [migrations.RunPython(add_index, remove_index, elidable=False)]
