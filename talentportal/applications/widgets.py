"""Form widgets for the choice lists on HR screens."""

import html

from django import forms
from django.utils.safestring import mark_safe


def _attributes(attrs: dict) -> str:
    """As Django's django/forms/widgets/attrs.html writes them, in the same order."""
    return "".join(
        f" {html.escape(name)}"
        if value is True
        else f' {html.escape(name)}="{html.escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class LongSelect(forms.Select):
    """A `<select>` written out in plain Python: the HR list's filters, every country among them.

    Django renders each option through its own template: for the 250 countries
    of the HR list's filter that was 16 ms, a third of the whole page, and the
    stages and degrees cost a template per option too. The markup is Django's:
    the select's attributes, then each option with its escaped value and label,
    the first option matching the value `selected`. No option groups, no
    multiple selection.
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = self.format_value(value)
        options = []
        found = False
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            selected = not found and option_value in chosen
            found |= selected
            options.append(
                f'<option value="{html.escape(option_value)}"{" selected" if selected else ""}>'
                f"{html.escape(str(label))}</option>"
            )
        return mark_safe(  # noqa: S308  # nosec B308 B703  # every name, value and label is escaped above
            f'<select name="{html.escape(name)}"{_attributes(self.build_attrs(self.attrs, attrs))}>'
            f"{''.join(options)}</select>"
        )
