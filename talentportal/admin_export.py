"""Spreadsheet exports of the Wagtail admin in the staff member's language."""

from django.utils import translation


class CsvInRequestLanguageMixin:
    """For a view with Wagtail's SpreadsheetExportMixin: the CSV in the admin's language.

    Wagtail streams the CSV after the view has returned, when the admin has
    already switched the user's language off: headings and choice labels would
    come out in English. Each row is written with the request's language on.
    """

    def stream_csv(self, queryset):
        # Read now, while the view runs: the generator body runs only when streamed.
        return _rows_in_language(super().stream_csv(queryset), translation.get_language())


def _rows_in_language(rows, language):
    while True:
        with translation.override(language):
            row = next(rows, None)
        if row is None:
            return
        yield row
