"""`{{ html|isolate_runs }}`: phone numbers and addresses in rich text keep their order.

Wagtail renders every rich text (fields and blocks) through
`templates/wagtailcore/shared/richtext.html`, which applies this filter; HTML
kept outside Wagtail (an opening's description) applies it in its template.
"""

from django import template
from django.utils.html import conditional_escape

from talentportal.languages.isolate import isolate_runs as _isolate_runs

register = template.Library()


@register.filter(is_safe=True)
def isolate_runs(html):
    # Text not marked safe is escaped first: only the runs' own tags are added.
    return _isolate_runs(conditional_escape(html or ""))
