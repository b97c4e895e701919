from django import template

from talentportal.openings.permits import permit_pages
from talentportal.openings.queries import newest_in_city

register = template.Library()


@register.simple_tag
def permit_guides(opening):
    """Visa and permit pages for an opening: `{% permit_guides opening as guides %}`."""
    return permit_pages(opening)


@register.simple_tag
def newest_openings(city):
    """A city page's newest open openings: `{% newest_openings page as openings %}`."""
    return newest_in_city(city)
