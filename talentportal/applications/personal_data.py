"""The applications' part of a person's data export and erasure (registered in apps.py; see accounts/personal_data.py)."""

from talentportal.accounts.personal_data import Holder
from talentportal.applications.retention import anonymise_for_deleted_account


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


def _export(user) -> list[dict]:
    return [
        {
            "opening": a.opening.title,
            "organisation": a.opening.organisation.name,
            "stage": a.stage,
            "submitted_at": a.submitted_at,
            "cover_letter": a.cover_letter,
            "cv": a.cv_name,
            "answers": [{"question": x.question_text, "answer": x.answer} for x in a.answers.all()],
            "history": [{"stage": h.to_stage, "at": h.at, "note": h.note} for h in a.history.all()],
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
    ]


def _files(user):
    for application in user.applications.exclude(cv=""):
        yield _application_cv_path(application), application.cv


def _erase(user) -> dict[str, int]:
    """The organisation keeps the stage history without the person (retention.py)."""
    count = user.applications.count()
    anonymise_for_deleted_account(user)
    return {"applications_anonymised": count}


HOLDER = Holder(key="applications", export=_export, files=_files, erase=_erase)
