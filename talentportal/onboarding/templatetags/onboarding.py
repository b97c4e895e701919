from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from talentportal.applications.models import Stage
from talentportal.onboarding.forms import AcceptOfferForm
from talentportal.onboarding.models import Timeline

register = template.Library()


@register.filter
def clock_span(clock) -> str:
    """“24 hours”, “30 days before”, in the reader's language."""
    n = abs(clock.amount)
    if clock.unit == "hours":
        text = ngettext("%(n)s hour", "%(n)s hours", n)
    elif clock.unit == "months":
        text = ngettext("%(n)s month", "%(n)s months", n)
    else:
        text = ngettext("%(n)s day", "%(n)s days", n)
    text = text % {"n": n}
    if clock.amount < 0:
        return _("%(span)s before") % {"span": text}
    return text


@register.inclusion_tag("onboarding/_offer_applicant.html", takes_context=True)
def offer_for_applicant(context, application):
    """On the applicant's application: accept the offer, or follow the started timeline."""
    timeline = Timeline.objects.filter(application=application).first()
    return {
        "application": application,
        "timeline": timeline,
        "can_accept": timeline is None and application.stage == Stage.OFFER,
        "form": AcceptOfferForm(),
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("onboarding/_offer_hr.html", takes_context=True)
def offer_for_hr(context, application, organisation):
    """On HR's view of an application: the acceptance to confirm, and the shared timeline."""
    timeline = Timeline.objects.filter(application=application).first()
    return {
        "application": application,
        "organisation": organisation,
        "timeline": timeline,
        "shared": timeline is not None and timeline.shared,
        "csrf_token": context.get("csrf_token"),
    }
