"""Numbers, money and dates as each reader's language writes them, from CLDR (Babel).

The one home for local formats: templates reach these through the filters in
`templatetags/local_formats.py`. Django's own format files are not used for
this because they are hand-kept and lag CLDR (Arabic date-times in English
order, no grouping in Chinese).
"""

import datetime
import decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_decimal, parse_pattern
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, to_locale

Number = int | float | decimal.Decimal


def cldr_locale(language: str | None = None) -> Locale:
    """The CLDR locale of a site language code (`zh-hans` → `zh_Hans`), by default the active one."""
    return _parse(language or get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=32)
def _parse(language: str) -> Locale:
    return Locale.parse(to_locale(language))


def format_number(value: Number, language: str | None = None) -> str:
    """A number with the reader's grouping and decimal signs: 400,000 / 400 000."""
    return format_decimal(value, locale=cldr_locale(language))


def format_money(value: Number, currency: str, language: str | None = None) -> str:
    """An amount with its currency placed and spelt as the reader's language does.

    Salaries are whole amounts, so the currency's cents are left out
    (CN¥400,000, not CN¥400,000.00).
    """
    return _money(value, currency, language or get_language() or settings.LANGUAGE_CODE)


def format_day(value: datetime.date, language: str | None = None) -> str:
    """A calendar day in the reader's order and month names: 5 March 2026, 2026年3月5日."""
    if isinstance(value, datetime.datetime):
        value = _local(value).date()
    return _day(value, language or get_language() or settings.LANGUAGE_CODE)


# A listing writes dozens of salaries and deadlines, mostly the same few, and
# Babel takes tens of microseconds for each; the answers never change.
@lru_cache(maxsize=4096)
def _money(value: Number, currency: str, language: str) -> str:
    locale = cldr_locale(language)
    pattern = parse_pattern(locale.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return pattern.apply(value, locale, currency=currency, currency_digits=False)


@lru_cache(maxsize=4096)
def _day(value: datetime.date, language: str) -> str:
    return format_date(value, "long", locale=cldr_locale(language))


def format_moment(value: datetime.datetime, language: str | None = None) -> str:
    """A day and time of day (in the site's time zone), joined as CLDR joins them."""
    locale = cldr_locale(language)
    value = _local(value)
    # The same composition Babel's format_datetime does, with a short time of
    # day (no seconds) after a long date.
    return (
        get_datetime_format("long", locale=locale)
        .replace("'", "")
        .replace("{0}", format_time(value, "short", tzinfo=None, locale=locale))
        .replace("{1}", format_date(value, "long", locale=locale))
    )


def _local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value) if timezone.is_aware(value) else value
