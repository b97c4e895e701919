"""The rights to a copy of one's data and to erasure (PIPL arts. 45 and 47, GDPR arts. 15, 17, 20)."""

import io
import json
import zipfile

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.applications.retention import anonymise_for_deleted_account
from talentportal.mail import send_email_task, send_later
from talentportal.navigator.export import export_data as navigator_export
from talentportal.onboarding.export import export_data as onboarding_export
from talentportal.organisations.models import Membership

# The audit-log action of an erasure (registered for the admin's history in
# talentportal/applications/wagtail_hooks.py).
ACCOUNT_DELETED = "talentportal.account_deleted"


def _profile_data(profile):
    if profile is None:
        return None
    return {
        "headline": profile.headline,
        "nationality": str(profile.nationality or ""),
        "country_of_residence": str(profile.country_of_residence or ""),
        "date_of_birth": profile.date_of_birth,
        "summary": profile.summary,
        "fields_of_expertise": profile.expertise_list(),
        "target_cities": [c.slug for c in profile.target_cities.all()],
        "visa_situation": profile.visa_situation,
        "cv": profile.cv_name or None,
        "cv_uploaded_at": profile.cv_uploaded_at,
        "photo": bool(profile.photo),
        "education": [
            {
                "degree": e.degree,
                "field": e.field,
                "institution": e.institution,
                "country": str(e.country),
                "year": e.year,
            }
            for e in profile.education.all()
        ],
        "experience": [
            {
                "title": x.title,
                "organisation": x.organisation,
                "country": str(x.country),
                "from": x.start_year,
                "to": x.end_year,
                "description": x.description,
            }
            for x in profile.experience.all()
        ],
        "languages": [
            {"language": s.language, "level": s.level, "hsk_level": s.hsk_level}
            for s in profile.languages.all()
        ],
    }


def collect(user):
    """Everything the portal holds about a person, as plain data."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    profile = getattr(user, "profile", None)
    return {
        "exported_at": timezone.now(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "looking_for_opportunities": user.is_professional,
            "hiring": user.is_hiring,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
        "two_factor_methods": [a.type for a in Authenticator.objects.filter(user=user)],
        "sessions": [
            {
                "ip": s.ip,
                "user_agent": s.user_agent,
                "created_at": s.created_at,
                "last_seen_at": s.last_seen_at,
            }
            for s in UserSession.objects.filter(user=user)
        ],
        "privacy_consents": [
            {"version": c.version, "given_at": c.given_at} for c in user.policy_consents.all()
        ],
        "profile": _profile_data(profile),
        "applications": [
            {
                "opening": a.opening.title,
                "organisation": a.opening.organisation.name,
                "stage": a.stage,
                "submitted_at": a.submitted_at,
                "cover_letter": a.cover_letter,
                "cv": a.cv_name,
                "answers": [
                    {"question": x.question_text, "answer": x.answer} for x in a.answers.all()
                ],
                "history": [
                    {"stage": h.to_stage, "at": h.at, "note": h.note} for h in a.history.all()
                ],
                "messages": [
                    {"from_organisation": m.from_organisation, "at": m.sent_at, "body": m.body}
                    for m in a.messages.all()
                ],
                "privacy_policy_version_agreed_to": a.consent_policy_version,
                "consent_given_at": a.consent_at,
                "cv_file": _application_cv_path(a),
                # Who at the organisation opened the CV, and when.
                "cv_downloads": [
                    {"by": _downloader(d, a), "at": d.at}
                    for d in a.cv_downloads.select_related("user").order_by("at")
                ],
            }
            for a in user.applications.select_related("opening", "opening__organisation")
        ],
        "organisations": [
            {"organisation": m.organisation.name, "role": m.role, "joined_at": m.joined_at}
            for m in Membership.objects.filter(user=user).select_related("organisation")
        ],
        "onboarding": onboarding_export(user),
        "navigator": navigator_export(user),
    }


def _downloader(download, application):
    """Who opened the CV: a name, never a colleague's e-mail address."""
    name = download.user.get_full_name() if download.user else ""
    organisation = application.opening.organisation.name
    return f"{name}, {organisation}" if name else organisation


def _application_cv_path(application):
    """Where the CV copy sent with `application` sits in the export zip."""
    if not application.cv:
        return None
    return f"files/applications/{application.pk}/{application.cv_name or 'cv'}"


def export_archive(user):
    """A zip with my-data.json and the person's files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "my-data.json",
            json.dumps(collect(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        )
        profile = getattr(user, "profile", None)
        if profile and profile.cv:
            with profile.cv.open("rb") as cv:
                archive.writestr(f"files/{profile.cv_name or 'cv'}", cv.read())
        if profile and profile.photo:
            with profile.photo.open("rb") as photo:
                archive.writestr("files/photo.jpg", photo.read())
        for application in user.applications.exclude(cv=""):
            with application.cv.open("rb") as cv:
                archive.writestr(_application_cv_path(application), cv.read())
    buffer.seek(0)
    return buffer


def deletion_blockers(user):
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


def _email_tasks_of(addresses):
    """The queued and finished e-mail tasks addressed to any of `addresses`."""
    from django_tasks_db.models import DBTaskResult

    wanted = {address.lower() for address in addresses}
    ids = []
    rows = DBTaskResult.objects.filter(task_path=send_email_task.module_path).only(
        "id", "args_kwargs"
    )
    for row in rows.iterator():
        args = row.args_kwargs.get("args", [])
        to = args[3] if len(args) > 3 else row.args_kwargs.get("kwargs", {}).get("to", [])
        if any(str(address).lower() in wanted for address in to or []):
            ids.append(row.id)
    return DBTaskResult.objects.filter(id__in=ids)


def _send_deletion_confirmation(email, language):
    with translation.override(language):
        subject = _("Your Talent Portal account is deleted")
        body = render_to_string("accounts/email/account_deleted.txt", {"email": email})
    send_later(EmailMultiAlternatives(subject, body, None, [email]))


def delete_account(user):
    """Delete the person, their files, their e-mails in the queue and everything that points at them.

    An audit entry records that an account was deleted, without saying whose;
    a last e-mail confirms it to the person.
    """
    from allauth.account.models import EmailAddress
    from wagtail.models import ModelLogEntry

    profile = getattr(user, "profile", None)
    files = []
    if profile:
        files = [f for f in (profile.cv, profile.photo) if f]
    email, language = user.email, user.preferred_language
    addresses = {email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    with transaction.atomic():
        applications = user.applications.count()
        anonymise_for_deleted_account(user)
        emails, _by_model = _email_tasks_of(addresses).delete()
        user.delete()
        ModelLogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            label="Account deleted",
            action=ACCOUNT_DELETED,
            # Not the account's id: the entry must not point at anyone.
            object_id="erased",
            timestamp=timezone.now(),
            data={"applications_anonymised": applications, "email_tasks_removed": emails},
        )
    for field in files:
        field.storage.delete(field.name)
    transaction.on_commit(lambda: _send_deletion_confirmation(email, language))
