"""Applying, moving through the stages, and telling people about it."""

from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.accounts.policy import current_policy
from talentportal.applications.interviews import interview_ics
from talentportal.applications.models import Answer, Application, Message, Note, Stage, StageChange
from talentportal.languages.formats import format_moment
from talentportal.mail import send_later
from talentportal.profiles.models import Education, LanguageSkill
from talentportal.profiles.records import profile_record
from talentportal.storage import save_file

DEGREE_ORDER = ["doctorate", "master", "bachelor", "diploma", "other"]


def snapshot(user):
    """The profile as the organisation will see it, frozen at sending, with the
    labels of its codes as the applicant saw them."""
    profile = getattr(user, "profile", None)
    data = {"name": user.get_full_name() or user.email, "email": user.email}
    if profile is None:
        return data
    record = profile_record(profile)
    degrees = dict(Education.Degree.choices)
    languages = dict(LanguageSkill._meta.get_field("language").flatchoices)
    for entry in record["education"]:
        entry["degree_label"] = str(degrees.get(entry["degree"], entry["degree"]))
    for entry in record["experience"]:
        # The organisation's copy holds what its page shows, not the descriptions.
        del entry["description"]
    for entry in record["languages"]:
        entry["code"] = entry["language"]
        entry["language"] = str(languages.get(entry["code"], entry["code"]))
    data.update(
        record,
        visa_situation=profile.get_visa_situation_display() if profile.visa_situation else "",
        visa_situation_code=profile.visa_situation,
    )
    return data


def _highest_degree(data):
    degrees = [e["degree"] for e in data.get("education", [])]
    return next((d for d in DEGREE_ORDER if d in degrees), "")


def _hsk(data):
    levels = [s["hsk_level"] for s in data.get("languages", []) if s.get("hsk_level")]
    return max(levels) if levels else None


class AlreadyApplied(Exception):
    def __init__(self, application):
        super().__init__("already applied")
        self.application = application


def submit(opening, user, cover_letter, cv_name, cv_bytes, answers):
    """Create the application with its own copy of the CV; one per person and opening."""
    data = snapshot(user)
    policy = current_policy()
    try:
        with transaction.atomic():
            application = Application(
                opening=opening,
                applicant=user,
                cover_letter=cover_letter,
                cv_name=PurePath(cv_name).name[:255],
                profile=data,
                nationality=data.get("nationality", "")[:2],
                highest_degree=_highest_degree(data),
                hsk_level=_hsk(data),
                consent_at=timezone.now(),
                consent_policy_version=policy.version if policy else None,
            )
            application.save()
            # A full disk raises a ValidationError here and rolls the application back.
            save_file(application.cv, cv_name, ContentFile(cv_bytes))
            application.save()
            Answer.objects.bulk_create(
                # HR reads the question as they wrote it, whatever language the applicant read.
                Answer(
                    application=application,
                    question=q,
                    question_text=q.in_original_language("text"),
                    answer=a,
                )
                for q, a in answers
            )
            StageChange.objects.create(application=application, to_stage=Stage.SUBMITTED, by=user)
    except IntegrityError:
        existing = Application.objects.filter(opening=opening, applicant=user).first()
        if existing is None:
            raise
        raise AlreadyApplied(existing) from None
    transaction.on_commit(lambda: _notify_submitted(application))
    return application


def _url(name, *args, language):
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def _notify_submitted(application):
    applicant = application.applicant
    opening = application.opening
    context = {"title": opening.title, "organisation": opening.organisation.name}
    with translation.override(applicant.preferred_language):
        context["url"] = _url(
            "applications_mine_detail", application.pk, language=applicant.preferred_language
        )
        subject = _("Your application for %(title)s is sent") % context
        body = render_to_string("applications/email/submitted.txt", context)
    send_later(EmailMultiAlternatives(subject, body, None, [applicant.email]))
    for membership in opening.organisation.memberships.select_related("user"):
        member = membership.user
        with translation.override(member.preferred_language):
            url = _url(
                "applications_hr_detail",
                opening.organisation_id,
                application.pk,
                language=member.preferred_language,
            )
            subject = _("New application for %(title)s") % context
            body = render_to_string(
                "applications/email/new_application.txt", {**context, "url": url}
            )
        send_later(EmailMultiAlternatives(subject, body, None, [member.email]))


def move(application: Application, to_stage: str, by, note: str = "") -> bool:
    """Move to another stage, record it, and tell the applicant."""
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if to_stage not in locked.next_stages():
            return False
        StageChange.objects.create(
            application=locked, from_stage=locked.stage, to_stage=to_stage, by=by, note=note
        )
        locked.stage = to_stage
        locked.save(update_fields=["stage", "updated_at"])
    application.stage = to_stage
    if locked.applicant:
        transaction.on_commit(lambda: _notify_stage(locked, note))
    return True


def _notify_stage(application, note):
    applicant = application.applicant
    with translation.override(applicant.preferred_language):
        context = {
            "title": application.opening.title,
            "organisation": application.opening.organisation.name,
            "stage": application.get_stage_display(),
            "note": note,
            "url": _url(
                "applications_mine_detail", application.pk, language=applicant.preferred_language
            ),
        }
        subject = _("%(organisation)s: your application is now “%(stage)s”") % context
        body = render_to_string("applications/email/stage.txt", context)
    send_later(EmailMultiAlternatives(subject, body, None, [applicant.email]))


def why_not_moved(application: Application, to_stage: str) -> str:
    """Why `move` refused: the reason HR reads beside the applicant's name."""
    current = Stage(application.stage).label
    if application.stage == to_stage:
        return _("already at “%(stage)s”") % {"stage": current}
    if application.is_decided:
        return _("already decided (“%(stage)s”): it no longer moves") % {"stage": current}
    return _("cannot go from “%(from)s” to “%(to)s”") % {
        "from": current,
        "to": Stage(to_stage).label,
    }


def move_many(applications, to_stage: str, by, note: str = "") -> tuple[int, list[tuple]]:
    """Move each application it can; returns how many moved and (application, reason) for the rest."""
    moved, refused = 0, []
    for application in applications:
        if move(application, to_stage, by, note):
            moved += 1
        else:
            application.refresh_from_db(fields=["stage"])
            refused.append((application, why_not_moved(application, to_stage)))
    return moved, refused


def add_note(application: Application, author, body: str) -> Note:
    return application.notes.create(author=author, body=body)


def rate(application: Application, rating: int) -> None:
    application.rating = rating
    application.save(update_fields=["rating"])


def schedule_interview(application: Application, by, when, place: str) -> None:
    """Record the interview and send its details, with a calendar file, to the applicant."""
    application.interview_at = when
    application.interview_place = place
    application.save(update_fields=["interview_at", "interview_place"])
    # Written for the applicant; an account deleted meanwhile leaves only HR's copy.
    language = getattr(application.applicant, "preferred_language", translation.get_language())
    with translation.override(language):
        text = _("Interview: %(when)s (China Standard Time), %(where)s") % {
            "when": format_moment(when),
            "where": place,
        }
    message(application, by, text, from_organisation=True, attachments=[interview_ics(application)])


def withdraw(application: Application, user) -> bool:
    """Withdraw, and delete the CV copy: the organisation no longer may read it."""
    if application.is_decided:
        return False
    cv_name = application.cv.name
    with transaction.atomic():
        StageChange.objects.create(
            application=application, from_stage=application.stage, to_stage=Stage.WITHDRAWN, by=user
        )
        application.stage = Stage.WITHDRAWN
        application.cv = ""
        application.save(update_fields=["stage", "cv", "updated_at"])
    if cv_name:
        application.cv.storage.delete(cv_name)
    return True


def message(
    application: Application, sender, body: str, from_organisation: bool, attachments=()
) -> Message:
    sent = Message.objects.create(
        application=application, sender=sender, body=body, from_organisation=from_organisation
    )
    if from_organisation and application.applicant:
        applicant = application.applicant
        with translation.override(applicant.preferred_language):
            context = {
                "title": application.opening.title,
                "organisation": application.opening.organisation.name,
                "body": body,
                "url": _url(
                    "applications_mine_detail",
                    application.pk,
                    language=applicant.preferred_language,
                ),
            }
            subject = _("A message from %(organisation)s about %(title)s") % context
            text = render_to_string("applications/email/message.txt", context)
        email = EmailMultiAlternatives(subject, text, None, [applicant.email])
        for attachment in attachments:
            email.attach(*attachment)
        transaction.on_commit(lambda: send_later(email))
    return sent
