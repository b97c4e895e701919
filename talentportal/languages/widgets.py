"""Form widgets whose choices name other objects in their own language.

A city with no Arabic title is offered as "Beijing" on an Arabic page: its
`<option>` carries `lang="en" dir="ltr"` while the select's label stays Arabic.
"""

from django import forms

from talentportal.languages.fallback import is_bidi


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
