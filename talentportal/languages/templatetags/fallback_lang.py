"""Mark text shown in a fallback language, and only that text.

    {% load fallback_lang %}
    <h1{% fallback_lang page "title" %}>{{ page.title }}</h1>
    <th{% fallback_lang line.label %}>{{ line.label }}</th>
    {% fallback_text page "title" as city %}{% blocktranslate %}Why {{ city }}{% endblocktranslate %}

`fallback_lang` renders ` lang="en" dir="ltr"` when the page has no title in
the reader's language and modeltranslation shows the English one; nothing
otherwise. Given one value, it reads the language a `ShownText` carries.
`fallback_text` gives the text itself, inside a `<span>` with its language
only when it falls back: for text inside a sentence or a line of other text.
"""

from django import template
from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from talentportal.languages.fallback import fallback_language, is_bidi

register = template.Library()


def _language(obj, field):
    if field is None:
        return getattr(obj, "language", None)
    return fallback_language(obj, field) if obj else None


def _attributes(code):
    return format_html(' lang="{}" dir="{}"', code, "rtl" if is_bidi(code) else "ltr")


@register.simple_tag
def fallback_lang(obj, field=None):
    code = _language(obj, field)
    return "" if code is None else _attributes(code)


@register.simple_tag
def fallback_text(obj, field=None):
    value = obj if field is None else getattr(obj, field, "") if obj else ""
    code = _language(obj, field)
    if code is None:
        return conditional_escape(value)
    return format_html("<span{}>{}</span>", _attributes(code), value)


@register.simple_tag
def lang_attrs(code):
    """` lang=… dir=…` for a language worked out in the view; nothing for None."""
    return _attributes(code) if code else ""


@register.simple_tag
def reader_lang():
    """The reader's own `lang` and `dir`, for an interface label inside content blocks.

    A page whose body falls back to English is marked English as a whole; the
    labels its blocks carry ("Warning", "Official source:") are the reader's.
    """
    return _attributes(get_language() or settings.LANGUAGE_CODE)
