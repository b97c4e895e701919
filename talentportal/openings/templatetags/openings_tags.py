from django import template

from talentportal.openings.permits import permit_pages

register = template.Library()


@register.simple_tag
def permit_guides(opening):
    """Visa and permit pages for an opening: `{% permit_guides opening as guides %}`."""
    return permit_pages(opening)
