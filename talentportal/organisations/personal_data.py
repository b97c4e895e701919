"""Memberships in a person's data export, and the sole owner's hand-over before deletion.

Registered in apps.py; see accounts/personal_data.py.
"""

from django.utils.translation import gettext as _

from talentportal.accounts.personal_data import Holder
from talentportal.organisations.models import Membership


def _export(user) -> list[dict]:
    return [
        {"organisation": m.organisation.name, "role": m.role, "joined_at": m.joined_at}
        for m in Membership.objects.filter(user=user).select_related("organisation")
    ]


def _blockers(user) -> list[str]:
    """Organisations the person alone owns: they must hand them over first."""
    blockers = []
    for membership in Membership.objects.filter(
        user=user, role=Membership.Role.OWNER
    ).select_related("organisation"):
        if membership.organisation.owners().count() == 1:
            blockers.append(
                _(
                    "You are the only owner of %(name)s. Make a colleague an owner, or close the organisation."
                )
                % {"name": membership.organisation}
            )
    return blockers


HOLDER = Holder(key="organisations", export=_export, blockers=_blockers)
