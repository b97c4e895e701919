"""Which language a translated field is shown in, when the reader's is missing.

modeltranslation fills an empty field from its fallback languages (English
for pages; the first written language for openings). Text shown that way must
carry its own `lang` and `dir`, while the page around it (labels, buttons,
dates, layout) stays in the reader's language and direction.
"""

import re

from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
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


__all__ = [
    "ShownText",
    "content_language",
    "fallback_language",
    "is_bidi",
    "join_shown",
    "mark_fallback_text",
    "shown_language",
    "shown_text",
]


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


class ShownText(str):
    """Text that is shown in another language than the reader's, and knows which.

    Lets text copied out of a model (a navigator rule's label in a computed
    score, say) still be marked with its `lang` and `dir` where it is shown.
    """

    language: str

    def __new__(cls, value: str, language: str) -> "ShownText":
        text = super().__new__(cls, value)
        text.language = language
        return text

    def __reduce__(self):
        # Cached values are pickled: keep the language through the round trip.
        return (ShownText, (str(self), self.language))


def shown_text(obj: object, field: str, language: str | None = None) -> str:
    """`obj.<field>` as the reader sees it: a ShownText when it falls back, else plain."""
    value = getattr(obj, field)
    code = fallback_language(obj, field, language)
    return ShownText(value, code) if code and isinstance(value, str) else value


def content_language(obj: object, language: str | None = None) -> str | None:
    """The other language all of `obj`'s own translated text falls back to, if one.

    For text made of several fields (a search snippet): None when the text is in
    the reader's language, or mixes languages (a snippet cannot be split by field).
    """
    from modeltranslation.translator import NotRegistered, translator

    try:
        options = translator.get_options_for_model(type(obj))
    except NotRegistered:
        return None
    own = [name for name in options.local_fields if name not in PAGE_FIELDS]
    shown = {shown_language(obj, name, language) for name in own} - {None}
    language = language or get_language() or settings.LANGUAGE_CODE
    return shown.pop() if len(shown) == 1 and language not in shown else None


# Wagtail's own page fields: the title is shown apart; the others are not text.
PAGE_FIELDS = {"title", "slug", "url_path", "seo_title", "search_description"}


# The letters of each site language whose script differs from the others'.
OWN_SCRIPT = {
    "ar": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "ru": "\u0400-\u04ff",
    "zh-hans": "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef",
}


def mark_fallback_text(text: str, code: str | None, language: str | None = None) -> SafeString:
    """Plain `text` (a search snippet) whose own words are in `code`, marked as such.

    A snippet runs across the page's fields, which may include a label in the
    reader's language (a permit type, say). Where the reader's script tells
    the two apart, only the runs without it are marked; otherwise the whole text.
    """
    if not code:
        return conditional_escape(text)
    attributes = format_html(' lang="{}" dir="{}"', code, "rtl" if is_bidi(code) else "ltr")
    language = language or get_language() or settings.LANGUAGE_CODE
    script = OWN_SCRIPT.get(language)
    if not script or not re.search(f"[{script}]", text):
        return format_html("<span{}>{}</span>", attributes, text)
    foreign = re.compile(f"[^\\s{script}](?:[^{script}]*[^\\s{script}])?")
    html, end = [], 0
    for run in foreign.finditer(text):
        html.append(conditional_escape(text[end : run.start()]))
        if re.search(r"[^\W\d_]", run.group()):
            html.append(format_html("<span{}>{}</span>", attributes, run.group()))
        else:  # digits and signs only: they need no language
            html.append(conditional_escape(run.group()))
        end = run.end()
    html.append(conditional_escape(text[end:]))
    return mark_safe("".join(html))  # noqa: S308  # nosec B308 B703  # every piece is escaped above


def join_shown(texts: list[str], separator: str = ", ") -> str:
    """Texts joined, still a ShownText when all of them fall back to the same language."""
    joined = separator.join(str(text) for text in texts)
    languages = {getattr(text, "language", None) for text in texts}
    if len(languages) == 1 and (language := languages.pop()):
        return ShownText(joined, language)
    return joined
