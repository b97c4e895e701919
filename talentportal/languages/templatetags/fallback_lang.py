"""Mark text shown in a fallback language, and only that text.

    {% load fallback_lang %}
    <h1{% fallback_lang page "title" %}>{{ page.title }}</h1>

renders ` lang="en" dir="ltr"` when the page has no title in the reader's
language and modeltranslation shows the English one; nothing otherwise.
"""

from django import template
from django.utils.html import format_html

from talentportal.languages.fallback import fallback_language, is_bidi

register = template.Library()


@register.simple_tag
def fallback_lang(obj, field):
    code = fallback_language(obj, field) if obj else None
    if code is None:
        return ""
    return format_html(' lang="{}" dir="{}"', code, "rtl" if is_bidi(code) else "ltr")
