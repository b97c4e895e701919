"""The documents whose dates run out, and which statutory clock each one follows.

Some documents are recorded by their issue date and last a fixed time (a
criminal-record certificate is accepted for 6 months); others by their expiry
date, with a renewal to file some time before it. Either way the portal works
out one "act by" day, which the reminders count down to.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from talentportal.navigator.clocks import CLOCKS


class Kind(models.TextChoices):
    PASSPORT = "passport", _("Passport")
    CRIMINAL_RECORD = "criminal_record", _("Criminal-record certificate")
    MEDICAL = "medical_certificate", _("Medical certificate")
    PERMIT_NOTICE = "permit_notice", _("Work-permit notice")
    VISA = "visa", _("Visa")
    RESIDENCE_PERMIT = "residence_permit", _("Residence permit")
    WORK_PERMIT = "work_permit", _("Work permit")


@dataclass(frozen=True)
class KindRule:
    date_label: str
    # The clock that turns the recorded date into the act-by day; None: act by the date itself.
    clock: str | None
    # Once one of these steps of the timeline is done the document has served its purpose.
    ends_with_steps: tuple[str, ...]
    recorded_as_issue_date: bool


RULES = {
    Kind.PASSPORT: KindRule(_("expiry date"), None, (), False),
    Kind.CRIMINAL_RECORD: KindRule(_("issue date"), "criminal_record", ("work_permit",), True),
    Kind.MEDICAL: KindRule(
        _("date of the examination"), "medical_certificate", ("residence_permit",), True
    ),
    Kind.PERMIT_NOTICE: KindRule(_("issue date"), "permit_notice", ("visa_z", "visa_r"), True),
    Kind.VISA: KindRule(_("expiry date"), None, ("residence_permit",), False),
    Kind.RESIDENCE_PERMIT: KindRule(_("expiry date"), "residence_renewal", (), False),
    Kind.WORK_PERMIT: KindRule(_("expiry date"), "work_permit_renewal", (), False),
}


def expires_on(kind: str, recorded: dt.date) -> dt.date:
    """The day the document stops being valid."""
    rule = RULES[kind]
    if rule.recorded_as_issue_date:
        return CLOCKS[rule.clock].deadline(recorded)
    return recorded


def act_by(kind: str, recorded: dt.date) -> dt.date:
    """The last day to act: use the certificate, or file the renewal."""
    rule = RULES[kind]
    return CLOCKS[rule.clock].deadline(recorded) if rule.clock else recorded
