from django import template

from talentportal.navigator.services import estimator_query_for_opening

register = template.Library()


@register.simple_tag
def estimator_query(opening):
    """The estimator's query string for an opening, or "" when it does not concern permits."""
    return estimator_query_for_opening(opening)
