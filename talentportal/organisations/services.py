"""The rules of membership: every organisation keeps at least one owner."""

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.mail import send_later
from talentportal.organisations.models import Invitation, Membership, Organisation, hash_token
from talentportal.organisations.signals import verification_refused

if TYPE_CHECKING:
    from talentportal.organisations.forms import OrganisationForm

OWNER = Membership.Role.OWNER
RECRUITER = Membership.Role.RECRUITER


def is_owner(user, organisation: Organisation) -> bool:
    return Membership.objects.filter(user=user, organisation=organisation, role=OWNER).exists()


def _require_owner(actor, organisation: Organisation) -> None:
    if not is_owner(actor, organisation):
        raise PermissionDenied


@transaction.atomic
def register(organisation: Organisation, owner) -> Organisation:
    organisation.status = Organisation.Status.PENDING
    organisation.save()
    Membership.objects.create(organisation=organisation, user=owner, role=OWNER)
    if not owner.is_hiring:
        owner.is_hiring = True
        owner.save(update_fields=["is_hiring"])
    return organisation


def _lock_owners(organisation):
    # Locking the owner rows stops two owners stepping down at the same moment.
    return list(
        Membership.objects.select_for_update().filter(organisation=organisation, role=OWNER)
    )


@transaction.atomic
def remove_member(actor, membership: Membership) -> None:
    organisation = membership.organisation
    if membership.user_id != actor.pk:
        _require_owner(actor, organisation)
    owners = _lock_owners(organisation)
    if membership.role == OWNER and len(owners) == 1:
        raise ValidationError(
            _("%(name)s is the only owner. Make someone else an owner first.")
            % {"name": membership.user}
        )
    membership.delete()


@transaction.atomic
def change_role(actor, membership: Membership, role: str) -> None:
    organisation = membership.organisation
    _require_owner(actor, organisation)
    owners = _lock_owners(organisation)
    if membership.role == OWNER and role != OWNER and len(owners) == 1:
        raise ValidationError(
            _("An organisation needs at least one owner. Make someone else an owner first.")
        )
    membership.role = role
    membership.save(update_fields=["role"])


def invite(actor, organisation: Organisation, email: str, role: str, request) -> Invitation:
    _require_owner(actor, organisation)
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError(_("%(email)s is already a member.") % {"email": email})
    invitation, token = Invitation.issue(organisation, email, role, actor)
    url = request.build_absolute_uri(reverse("organisations_accept", args=[token]))
    _send_invitation(invitation, url)
    return invitation


def _send_invitation(invitation, url):
    from django.contrib.auth import get_user_model
    from django.core.mail import EmailMultiAlternatives

    existing = get_user_model().objects.filter(email__iexact=invitation.email).first()
    language = existing.preferred_language if existing else translation.get_language()
    with translation.override(language):
        context = {"invitation": invitation, "url": url, "organisation": invitation.organisation}
        subject = _("You are invited to join %(name)s on Talent Portal") % {
            "name": invitation.organisation.name
        }
        body = render_to_string("organisations/email/invitation.txt", context)
    send_later(EmailMultiAlternatives(subject, body, None, [invitation.email]))


class InvitationError(Exception):
    pass


@transaction.atomic
def accept(token: str, user) -> Membership:
    invitation = Invitation.objects.select_for_update().filter(token_hash=hash_token(token)).first()
    if invitation is None or invitation.revoked_at:
        raise InvitationError(_("This invitation link is not valid."))
    if invitation.accepted_at:
        raise InvitationError(_("This invitation has already been used."))
    if invitation.expires_at <= timezone.now():
        raise InvitationError(_("This invitation has expired. Ask the organisation for a new one."))
    if invitation.email.lower() != user.email.lower():
        raise InvitationError(
            _("This invitation was sent to %(email)s. Sign in with that address to accept it.")
            % {"email": invitation.email}
        )
    membership, _created = Membership.objects.get_or_create(
        organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return membership


@transaction.atomic
def close(actor, organisation: Organisation) -> None:
    _require_owner(actor, organisation)
    if organisation.logo:
        organisation.logo.delete(save=False)
    organisation.delete()


# What staff checked when they verified: changing any of these needs a new check.
VERIFIED_FIELDS = ("name", "city_id", "uscc")


@transaction.atomic
def save_details(form: "OrganisationForm") -> Organisation:
    """Save the owner's edits; a changed identity goes back to verification.

    A rejected organisation that corrects anything, and a verified one that
    changes its name, city or credit code, wait for the staff of its (new) city.
    """
    organisation = form.instance
    before = {}
    if organisation.pk:
        before = Organisation.objects.filter(pk=organisation.pk).values(*VERIFIED_FIELDS).first()
    organisation = form.save()
    changed = any(getattr(organisation, field) != before.get(field) for field in VERIFIED_FIELDS)
    if organisation.status == Organisation.Status.REJECTED or (
        organisation.is_verified and changed
    ):
        organisation.was_verified = organisation.was_verified or organisation.is_verified
        organisation.status = Organisation.Status.PENDING
        organisation.save(update_fields=["status", "was_verified"])
    return organisation


def decide(organisation: Organisation, staff_user, verified: bool, reason: str = "") -> None:
    organisation.status = Organisation.Status.VERIFIED if verified else Organisation.Status.REJECTED
    organisation.rejection_reason = "" if verified else reason
    organisation.decided_by = staff_user
    organisation.decided_at = timezone.now()
    organisation.was_verified = organisation.was_verified or verified
    organisation.save(
        update_fields=["status", "rejection_reason", "decided_by", "decided_at", "was_verified"]
    )
    if not verified:
        verification_refused.send(sender=Organisation, organisation=organisation)
    _send_decision(organisation)


def _send_decision(organisation):
    from django.core.mail import EmailMultiAlternatives

    for membership in organisation.owners().select_related("user"):
        user = membership.user
        with translation.override(user.preferred_language):
            if organisation.is_verified:
                subject = _("%(name)s is verified on Talent Portal") % {"name": organisation.name}
            else:
                subject = _("%(name)s could not be verified") % {"name": organisation.name}
            body = render_to_string(
                "organisations/email/decision.txt", {"organisation": organisation, "user": user}
            )
        send_later(EmailMultiAlternatives(subject, body, None, [user.email]))
