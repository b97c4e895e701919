from django.db import migrations


def load_tables(apps, schema_editor):
    from talentportal.navigator import rules_data

    rules_data.load(apps)


class Migration(migrations.Migration):
    dependencies = [("navigator", "0001_initial")]

    operations = [migrations.RunPython(load_tables, migrations.RunPython.noop)]
