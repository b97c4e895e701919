from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0003_application_removed"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="application",
            index=models.Index(fields=["opening", "-submitted_at"], name="application_recent"),
        ),
    ]
