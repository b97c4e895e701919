import datetime
import json

import factory
from django.contrib.auth import get_user_model

from cms.models import GuidePage


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = "Ada"
    last_name = "Lovelace"
    password = factory.django.Password("correct-horse-battery")

    class Meta:
        model = get_user_model()


def add_guide(parent, publish=True, **fields):
    """A guide written in English only, under ``parent``."""
    values = {
        "title": "Untranslated guide",
        "slug": "untranslated-guide",
        "topic": "daily",
        "intro": "Only written in English so far.",
        "body_en": json.dumps([{"type": "text", "value": "<p>English text only.</p>"}]),
        "last_reviewed": datetime.date(2026, 11, 1),
    }
    values.update(fields)
    values.setdefault("title_en", values["title"])
    values.setdefault("intro_en", values["intro"])
    guide = GuidePage(**values)
    parent.add_child(instance=guide)
    if publish:
        guide.save_revision().publish()
    return guide
