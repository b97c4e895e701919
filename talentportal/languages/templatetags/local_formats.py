"""Template filters for numbers, money and dates in the reader's language.

    {% load local_formats %}
    {{ opening.salary_min|money:opening.salary_currency }}
    {{ page.last_verified|day }} · {{ message.sent_at|moment }} · {{ count|number }}

Each filter returns an empty string for an empty value, so optional fields
need no extra `{% if %}`.
"""

from django import template

from talentportal.languages import formats

register = template.Library()


@register.filter
def number(value):
    return "" if value in (None, "") else formats.format_number(value)


@register.filter
def money(value, currency):
    return "" if value in (None, "") else formats.format_money(value, currency)


@register.filter
def day(value):
    return "" if not value else formats.format_day(value)


@register.filter
def moment(value):
    return "" if not value else formats.format_moment(value)
