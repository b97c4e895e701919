"""Which of the visa navigator's checklist documents each timeline step needs, per person.

The navigator owns the documents: what each must show, who issues it, how a
nationality's documents are authenticated, how long each stays valid. This
module only says which steps use which of them, and finds the person's route,
nationality and city, so the timeline and the navigator never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from talentportal.navigator import checklist
from talentportal.navigator.models import SavedResult
from talentportal.navigator.services import authentication_for
from talentportal.onboarding.deadlines import start_of, status

# The checklist's document keys each step asks for. The notice step is the
# employer's application, which needs the whole file; later steps show the
# papers the office looks at again.
STEP_DOCUMENTS = {
    "notice": (
        "passport",
        "photo",
        "application_form",
        "contract",
        "degree",
        "experience",
        "criminal_record",
        "medical",
    ),
    "visa_z": ("passport", "photo", "permit_notice"),
    "visa_r": ("passport", "photo", "permit_notice", "r_confirmation"),
    "entry": ("passport",),
    "registration": ("passport",),
    "medical": ("passport", "photo", "medical"),
    "work_permit": ("passport", "photo", "permit_notice", "contract", "medical"),
    "residence_permit": ("passport", "photo", "medical"),
    "phone": ("passport",),
    "bank": ("passport",),
    "payments": ("passport",),
    "insurance": ("passport",),
}

# The checklist lists the same papers for every Z class (the class changes only
# the city notes), so a timeline's Z route reads as class B unless the person's
# saved navigator result names their class.
DEFAULT_NAVIGATOR_ROUTE = {"z": "z_b", "r": "r"}


@dataclass(frozen=True)
class StepDocument:
    document: checklist.Document
    # From the person's own wallet date, when the document has a validity clock and a date.
    recorded_on: dt.date | None = None
    valid_until: dt.date | None = None
    status: str = ""


def _latest_result(user) -> SavedResult | None:
    return SavedResult.objects.filter(user=user).first()


def nationality_of(user, saved: SavedResult | None) -> str:
    """The profile's nationality, else the one given to the navigator, else unknown."""
    profile = getattr(user, "profile", None)
    if profile is not None and profile.nationality:
        return profile.nationality.code
    if saved is not None:
        return str(saved.answers.get("nationality") or "")
    return ""


def navigator_route(route: str, saved: SavedResult | None) -> str:
    if saved is not None and saved.route[:1] == route:
        return saved.route
    return DEFAULT_NAVIGATOR_ROUTE[route]


def _group(documents, wallet_start=None, now=None) -> dict[str, list[StepDocument]]:
    by_key = {document.key: document for document in documents}
    grouped = {}
    for step, keys in STEP_DOCUMENTS.items():
        rows = []
        for key in keys:
            document = by_key.get(key)
            if document is None:
                continue
            recorded = wallet_start(document.clock.key) if document.clock and wallet_start else None
            if recorded is None:
                rows.append(StepDocument(document))
                continue
            until = document.clock.deadline(recorded)
            rows.append(StepDocument(document, recorded, until, status(until, now)))
        grouped[step] = rows
    return grouped


@dataclass(frozen=True)
class PersonChecklist:
    nationality_known: bool
    by_step: dict[str, list[StepDocument]]


def documents_by_step(timeline, wallet: dict, now: dt.datetime) -> PersonChecklist:
    """The person's checklist documents for each step, with their own validity dates."""
    saved = _latest_result(timeline.user)
    nationality = nationality_of(timeline.user, saved)
    documents = checklist.documents(
        navigator_route(timeline.route, saved),
        "",
        timeline.city.slug,
        authentication_for(nationality),
    )
    by_step = _group(documents, lambda clock: start_of(clock, timeline, wallet), now)
    return PersonChecklist(bool(nationality), by_step)


def generic_documents_by_step(city_slug: str) -> dict[str, list[StepDocument]]:
    """For the public steps page: no nationality, so both ways of authenticating are named.

    The R list is the Z list plus the R confirmation, which only the R visa step asks for.
    """
    return _group(checklist.documents("r", "", city_slug, checklist.Authentication("unknown")))
