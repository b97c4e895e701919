from django import template

from talentportal.organisations.models import Membership

register = template.Library()


@register.simple_tag
def memberships_for(user):
    """The person's organisations and roles, for pages other apps own (the account dashboard):
    `{% memberships_for request.user as memberships %}`."""
    return Membership.objects.filter(user=user).select_related("organisation")
