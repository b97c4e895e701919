"""The world languages people list in their profile and openings ask for.

One curated list, used by `profiles` (what a person speaks) and `openings`
(what a post requires, and the listing's filter): languages people speak,
not Django's interface locales. Names come from CLDR (Babel) in the reader's
language, so the same list reads "Cantonese", "粤语" or "الكَنْتُونية".

Codes stay as they were stored before this list existed (Django's codes:
"en", "fr", "zh-hans"), so no stored value changes. "zh-hans" stands for
Mandarin, the language HSK levels measure; Cantonese is "yue".
"""

from functools import lru_cache

from babel import Locale
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language, override, to_locale
from django.utils.translation import gettext as _

MANDARIN = "zh-hans"

# Mandarin and Cantonese first (the portal is about China), then English, then
# the other languages in the order of their speakers worldwide, roughly.
WORLD_LANGUAGE_CODES = (
    MANDARIN, "yue", "en", "es", "fr", "ar", "ru", "pt", "de", "ja", "ko", "hi", "bn", "ur",
    "id", "ms", "vi", "th", "tr", "fa", "it", "nl", "pl", "uk", "sw", "am", "ha", "yo", "fil",
    "ta", "te", "mr", "pa", "el", "cs", "sv", "he", "kk", "uz", "mn", "my", "km", "lo", "ne",
    "si", "ro", "hu", "fi", "da", "nb", "sr", "ka", "hy", "az", "zu", "ug", "bo",
)  # fmt: skip


@lru_cache(maxsize=16)
def _cldr_names(reader: str) -> dict[str, str]:
    return dict(Locale.parse(to_locale(reader)).languages)


def language_name(code: str, reader: str | None = None) -> str:
    """The name of a world language in the reader's language, as a list item."""
    reader = reader or get_language() or settings.LANGUAGE_CODE
    # CLDR names Chinese ("zh") and its scripts, not the spoken Mandarin.
    name = _mandarin(reader) if code == MANDARIN else _cldr_names(reader).get(code, code)
    # CLDR writes language names in lower case in running text (français,
    # кантонский); in a list or a menu they start with a capital.
    return name[:1].upper() + name[1:]


def _mandarin(reader: str) -> str:
    with override(reader):
        return _("Mandarin Chinese")


_lazy_name = lazy(language_name, str)

# The names are lazy: Django freezes a form's choices when the form class is
# made, and each reader must still read them in their own language.
WORLD_LANGUAGES = [(code, _lazy_name(code)) for code in WORLD_LANGUAGE_CODES]


def world_languages() -> list[tuple[str, str]]:
    """The choices of a language field (a callable, so migrations hold no list)."""
    return WORLD_LANGUAGES
