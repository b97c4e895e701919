import re

from django import template

register = template.Library()


@register.filter
def tel_uri(number):
    """A phone number as a `tel:` link wants it (RFC 3966): digits, a leading + and dashes.

    Editors write numbers as people read them ("0755-8812 1678"); a space is not
    allowed in the link, and a phone would dial nothing.
    """
    return re.sub(r"[^\d+-]", "", str(number))
