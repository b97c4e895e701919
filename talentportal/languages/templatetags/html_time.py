import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def datetime_attr(value):
    """A `<time datetime>` value: ISO 8601 to the second.

    Django's "c" format keeps microseconds, which HTML does not allow (at most
    three digits of a fraction), and the page's script reads this value.
    """
    if not value:
        return ""
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")
