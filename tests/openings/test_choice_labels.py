"""An opening's kind, employment type and pay period read as Django's own labels, in every language."""

import pytest
from django.conf import settings
from django.db.models import Model
from django.utils import translation

from talentportal.openings.models import Opening

FIELDS = ("kind", "employment_type", "salary_period")


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_choice_reads_as_djangos_label(language):
    with translation.override(language):
        for name in FIELDS:
            field = Opening._meta.get_field(name)
            for value, _label in [*field.choices, ("not-a-choice", "")]:
                opening = Opening(**{name: value})
                ours = getattr(opening, f"get_{name}_display")()
                assert ours == Model._get_FIELD_display(opening, field), (name, value)
