"""Which language a translated field is shown in, when the reader's is missing.

modeltranslation fills an empty field from its fallback languages (English
for pages; the first written language for openings). Text shown that way must
carry its own `lang` and `dir`, while the page around it (labels, buttons,
dates, layout) stays in the reader's language and direction.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.fields import NONE, TranslationFieldDescriptor
from modeltranslation.utils import build_localized_fieldname, resolution_order

from talentportal.languages.context_processors import is_bidi


def shown_language(obj: object, field: str, language: str | None = None) -> str | None:
    """The language whose text `obj.<field>` shows to a reader of `language`.

    Follows the same steps as modeltranslation's field descriptor (the
    resolution order, and the same test of an empty value); None when the
    field is not translated or empty in every language.
    """
    descriptor = getattr(type(obj), field, None)
    if not isinstance(descriptor, TranslationFieldDescriptor):
        return None
    language = language or get_language() or settings.LANGUAGE_CODE
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    for code in resolution_order(language, descriptor.fallback_languages):
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if descriptor.meaningful_value(value, undefined) and _has_content(value):
            return code
    return None


__all__ = ["fallback_language", "is_bidi", "shown_language"]


def fallback_language(obj: object, field: str, language: str | None = None) -> str | None:
    """The other language `obj.<field>` falls back to, or None when it is in the reader's."""
    language = language or get_language() or settings.LANGUAGE_CODE
    shown = shown_language(obj, field, language)
    return shown if shown and shown != language else None


def _has_content(value: object) -> bool:
    # An empty StreamField is a StreamValue of no blocks, not None or "".
    try:
        return len(value) > 0  # type: ignore[arg-type]
    except TypeError:
        return True
