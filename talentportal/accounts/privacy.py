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

from talentportal.accounts.personal_data import holders
from talentportal.mail import send_email_task, send_later

# The audit-log action of an erasure (registered for the admin's history in
# talentportal/applications/wagtail_hooks.py). What each app holds comes from
# its registered holder (personal_data.py).
ACCOUNT_DELETED = "talentportal.account_deleted"


def collect(user):
    """Everything the portal holds about a person, as plain data."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    data = {
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
    }
    for holder in holders():
        data[holder.key] = holder.export(user)
    return data


def export_archive(user):
    """A zip with my-data.json and the person's files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "my-data.json",
            json.dumps(collect(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        )
        for holder in holders():
            for path, file in holder.files(user):
                with file.open("rb") as content:
                    archive.writestr(path, content.read())
    buffer.seek(0)
    return buffer


def deletion_blockers(user) -> list[str]:
    """What must happen before the account can go, e.g. handing over an organisation."""
    return [reason for holder in holders() for reason in holder.blockers(user)]


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

    # Removed once the rows are gone (a file already removed is skipped).
    files = [file for holder in holders() for _path, file in holder.files(user)]
    email, language = user.email, user.preferred_language
    addresses = {email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    with transaction.atomic():
        counts = {}
        for holder in holders():
            counts.update(holder.erase(user))
        emails, _by_model = _email_tasks_of(addresses).delete()
        user.delete()
        ModelLogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            label="Account deleted",
            action=ACCOUNT_DELETED,
            # Not the account's id: the entry must not point at anyone.
            object_id="erased",
            timestamp=timezone.now(),
            data={**counts, "email_tasks_removed": emails},
        )
    for field in files:
        field.storage.delete(field.name)
    transaction.on_commit(lambda: _send_deletion_confirmation(email, language))
