"""Date and time inputs, whose value is the same in every language.

A browser reads the value of `<input type="date">` as ISO 8601 and
`type="time"` as 24-hour time whatever the page's language. Django writes a
field's value in the active language's input format (31/12/2026 in French),
which the browser cannot read: the field shows empty, and the next save clears
the date the person had entered. These widgets write the machine format; what
the person sees is the browser's own rendering in their locale.
"""

from django import forms


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")
