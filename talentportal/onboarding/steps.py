"""The steps from offer to settled in, in their order, and what starts each clock.

City staff write what each step says in the CMS (``pages.SettlingInPage``);
this module only knows the steps' identities, their order and which of the
person's dates a clock counts from, so a deadline never depends on page text.
"""

from django.utils.translation import gettext_lazy as _

STEPS = [
    ("notice", _("Work-permit notice")),
    ("visa_z", _("Z visa")),
    ("visa_r", _("R visa")),
    ("entry", _("Entry into China")),
    ("registration", _("Registration of residence")),
    ("medical", _("Medical check")),
    ("work_permit", _("Work-permit card")),
    ("residence_permit", _("Residence permit")),
    ("phone", _("Phone number")),
    ("bank", _("Bank account")),
    ("payments", _("Payment apps")),
    ("insurance", _("Health insurance")),
    ("schools", _("Schools for children")),
]
STEP_LABELS = dict(STEPS)
ORDER = {key: index for index, (key, _label) in enumerate(STEPS)}

# The visa step that does not apply to a route.
SKIPPED_BY_ROUTE = {"z": {"visa_r"}, "r": {"visa_z"}}

# Which of the person's dates each clock counts from: an attribute of the
# timeline, or ("wallet", kind) for a date kept in the document wallet.
CLOCK_STARTS = {
    "registration": "entry_at",
    "residence_permit": "entry_at",
    "work_permit_card": "entry_at",
    "permit_notice": ("wallet", "permit_notice"),
    "criminal_record": ("wallet", "criminal_record"),
    "medical_certificate": ("wallet", "medical_certificate"),
    "report_changes": "change_on",
    "cancel_permit": "contract_end_on",
    "residence_renewal": ("wallet", "residence_permit"),
    "work_permit_renewal": ("wallet", "work_permit"),
}


def applies_to_route(step: str, route: str) -> bool:
    return step not in SKIPPED_BY_ROUTE.get(route, set())
