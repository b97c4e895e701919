"""The members' door: views for one organisation's members, used by every app's employer pages."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from talentportal.accounts.two_factor import missing_two_factor
from talentportal.organisations.models import Membership


def member_view(owner_only=False):
    """Load the organisation for one of its members; anyone else gets a 404."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, pk, *args, **kwargs):
            membership = (
                Membership.objects.select_related("organisation", "organisation__city")
                .filter(organisation_id=pk, user=request.user)
                .first()
            )
            if membership is None:
                raise Http404
            if owner_only and membership.role != Membership.Role.OWNER:
                raise Http404
            if owner_only and missing_two_factor(request.user):
                messages.warning(
                    request,
                    _(
                        "Owners must turn on two-factor authentication before managing their organisation."
                    ),
                )
                return redirect("mfa_activate_totp")
            return view(request, membership, *args, **kwargs)

        return wrapper

    return decorator
