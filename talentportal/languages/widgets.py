"""Form widgets and fields whose choices name other objects in their own language.

A city with no Arabic title is offered as "Beijing" on an Arabic page: its
`<option>` carries `lang="en" dir="ltr"` while the select's label stays Arabic.
"""

from django import forms

from talentportal.languages.fallback import is_bidi, shown_text


class MarkedSelect(forms.Select):
    """A select whose options shown in a fallback language (ShownText labels) say which."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        language = getattr(label, "language", None)
        if language:
            option["attrs"] = {
                **option["attrs"],
                "lang": language,
                "dir": "rtl" if is_bidi(language) else "ltr",
            }
        return option


class MarkedModelChoiceField(forms.ModelChoiceField):
    """A choice of objects named by one of their translated fields (a city by its
    title): an option whose name falls back to English is marked English."""

    widget = MarkedSelect

    def __init__(self, queryset, *, name_field="title", **kwargs):
        self.name_field = name_field
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return shown_text(obj, self.name_field)
