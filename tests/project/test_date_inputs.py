"""Every date and time input writes its value as the browser reads it, in every language.

The browser reads `<input type="date">` as 2026-12-31 whatever the page's
language; a value written as the French 31/12/2026 shows an empty field, and
the next save clears the date. The sweep finds every such input of every form
in the project (model forms' widgets included) and renders a stored value in
each language.
"""

import datetime as dt
import importlib
import pkgutil

import pytest
from django import forms
from django.conf import settings
from django.utils import translation

import talentportal

MACHINE_FORMATS = {
    "date": (dt.date(1990, 5, 17), "1990-05-17"),
    "time": (dt.time(9, 5), "09:05"),
    "datetime-local": (dt.datetime(2026, 12, 31, 14, 30), "2026-12-31T14:30"),
}


def all_forms():
    for module in pkgutil.walk_packages(talentportal.__path__, "talentportal."):
        if module.name.rsplit(".", 1)[-1] == "forms":
            importlib.import_module(module.name)
    seen, todo = set(), [forms.BaseForm]
    while todo:
        form = todo.pop()
        for sub in form.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen


def machine_inputs():
    found = []
    for form in all_forms():
        for name, field in getattr(form, "base_fields", {}).items():
            kind = field.widget.attrs.get("type") or getattr(field.widget, "input_type", None)
            if kind in MACHINE_FORMATS:
                found.append((f"{form.__module__}.{form.__name__}.{name}", kind, field.widget))
    return found


def test_the_sweep_finds_the_date_inputs_people_fill_in():
    names = {name for name, _kind, _widget in machine_inputs()}
    assert {
        "talentportal.profiles.forms.ProfileForm.date_of_birth",
        "talentportal.applications.forms.PipelineFilterForm.since",
        "talentportal.openings.forms.OpeningForm.start_date",
        "talentportal.onboarding.forms.DatesForm.entry_time",
        "talentportal.applications.forms.InterviewForm.interview_at",
    } <= names


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_date_and_time_input_writes_the_machine_format(language):
    wrong = []
    with translation.override(language):
        for name, kind, widget in machine_inputs():
            value, expected = MACHINE_FORMATS[kind]
            written = widget.format_value(value)
            if written != expected:
                wrong.append(f"{name}: {written!r}, not {expected!r}")
    assert wrong == []
