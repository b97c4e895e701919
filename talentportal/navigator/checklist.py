"""The personal document checklist and the steps in order, per route, country and city.

Pure functions: the reader's route, city and how their country's documents are
authenticated go in, plain dataclasses come out.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from talentportal.navigator.clocks import CLOCKS, Clock


@dataclass(frozen=True)
class Authentication:
    """How a document issued in the reader's country is accepted in China."""

    method: str  # apostille, legalisation or unknown
    country_name: str = ""
    in_force_from: datetime.date | None = None
    applies_from: datetime.date | None = None
    source_title: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    must_show: str
    issuer: str
    validity: str = ""
    clock: Clock | None = None
    translation: str = ""
    authentication: str = ""
    city_note: str = ""


@dataclass(frozen=True)
class Step:
    title: str
    detail: str
    clock: Clock | None = None


def authentication_text(auth: Authentication):
    if auth.method == "apostille":
        return format_lazy(
            _(
                "Apostille: {country} is a party to the Apostille Convention, which applies "
                "with China since {date}. One apostille from your country's competent "
                "authority is enough; no consular legalisation."
            ),
            country=auth.country_name,
            date=auth.applies_from.isoformat() if auth.applies_from else _("a date not checked"),
        )
    if auth.method == "legalisation":
        return _(
            "Consular legalisation: your country is not (yet) a party to the Apostille "
            "Convention with China. Have the document notarised, authenticated by your "
            "foreign ministry, then legalised by the Chinese embassy or consulate."
        )
    return _(
        "Apostille if your country is a party to the Apostille Convention (in force for "
        "China since 7 November 2023), consular legalisation otherwise."
    )


TRANSLATION = _("A Chinese translation stamped by a translation company.")


def documents(route: str, klass: str, city: str, auth: Authentication) -> tuple[Document, ...]:
    """The documents of a work route; other routes use their national page's list."""
    if route not in ("r", "z_a", "z_b", "z_c"):
        return ()
    authenticate = authentication_text(auth)
    pledge = ""
    if city == "shanghai":
        pledge = _(
            "Shanghai: employers with a good credit record may give a notice-and-pledge "
            "instead of this certificate."
        )
    items = [
        Document(
            "passport",
            _("Passport"),
            _("Your identity page; valid for the whole procedure."),
            _("Your country's passport authority"),
        ),
        Document(
            "photo",
            _("Photo"),
            _("JPG up to 1 MB, at least 354 × 472 pixels, white background."),
            _("Any photographer"),
        ),
        Document(
            "application_form",
            _("Work-permit application form"),
            _("Signed by you and sealed by the employer."),
            _("Your employer, in the online work-permit system"),
        ),
        Document(
            "contract",
            _("Employment contract"),
            _("In Chinese: position, salary, duration and place of work."),
            _("Your employer"),
        ),
        Document(
            "degree",
            _("Highest degree"),
            _("Your degree certificate."),
            _("Your university"),
            translation=TRANSLATION,
            authentication=format_lazy(
                "{0} {1}",
                authenticate,
                _(
                    "A foreign degree can instead be verified by the CSCSE (Chinese Service "
                    "Center for Scholarly Exchange); a Chinese degree through CHSI."
                ),
            ),
        ),
        Document(
            "experience",
            _("Proof of related work experience"),
            _("Letters from past employers with dates, position and a referee who can be reached."),
            _("Your past employers"),
            translation=TRANSLATION,
        ),
        Document(
            "criminal_record",
            _("Criminal-record certificate"),
            _(
                "No criminal record, issued by the police of your country of nationality or residence."
            ),
            _("The police or justice ministry of that country"),
            validity=_("6 months from its issue date (not from the apostille's date)."),
            clock=CLOCKS["criminal_record"],
            translation=TRANSLATION,
            authentication=authenticate,
            city_note=pledge,
        ),
        Document(
            "medical",
            _("Medical certificate"),
            _("The health check, verified in China by an International Travel Health Care Center."),
            _("An International Travel Health Care Center, or a recognised hospital abroad"),
            validity=_("6 months from the examination."),
            clock=CLOCKS["medical_certificate"],
            translation=TRANSLATION,
        ),
        Document(
            "permit_notice",
            _("Work-permit notice"),
            _("The notice your employer receives once the permit is approved."),
            _("The foreign experts authority of the city"),
            validity=_("90 days to apply for the visa."),
            clock=CLOCKS["permit_notice"],
        ),
    ]
    if route == "r":
        items.append(
            Document(
                "r_confirmation",
                _("Confirmation letter for the R visa"),
                _("That you are confirmed as high-level talent (class A)."),
                _("The foreign experts authority, within 5 working days"),
            )
        )
    return tuple(items)


def city_differences(city: str, klass: str) -> tuple[str, ...]:
    notes = []
    if city == "shanghai":
        notes.append(
            _(
                "Shanghai: creditworthy employers may give a notice-and-pledge instead of the "
                "criminal-record certificate."
            )
        )
        if klass == "A":
            notes.append(
                _(
                    "Shanghai's single window issues the work and residence permits together "
                    "in 7 working days for class A (since December 2019)."
                )
            )
        elif klass == "B":
            notes.append(
                _(
                    "Shanghai's single window issues the work and residence permits together "
                    "in 7 working days for class B in the pilot zones (since 2023)."
                )
            )
    return tuple(notes)


def steps(route: str) -> tuple[Step, ...]:
    if route not in ("r", "z_a", "z_b", "z_c"):
        return ()
    visa = _("R visa") if route == "r" else _("Z visa")
    return (
        Step(
            _("The employer applies for the work-permit notice"),
            _(
                "Decision within 20 working days (10 more in special cases; 5 for work up to "
                "90 days). Some cities publish 5 to 10."
            ),
        ),
        Step(
            format_lazy(_("Apply for the {visa} with the notice"), visa=visa),
            _("Within 90 days of the notice. The Z visa is single entry, valid 3 months."),
            CLOCKS["permit_notice"],
        ),
        Step(
            _("Register your place of residence"),
            _("Within 24 hours of arrival; a hotel does it for you."),
            CLOCKS["registration"],
        ),
        Step(
            _("Medical check"),
            _("At an International Travel Health Care Center, if not verified already."),
        ),
        Step(
            _("Collect the work-permit card"),
            _("Within 30 days of entry."),
            CLOCKS["work_permit_card"],
        ),
        Step(
            _("Apply for the residence permit"),
            _("Within 30 days of entry; the decision takes up to 15 days by law."),
            CLOCKS["residence_permit"],
        ),
    )
