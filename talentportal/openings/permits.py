"""Which visa and permit pages explain an opening's work permit."""

from cms.models import VisaResourcePage
from talentportal.openings.models import Opening

# A class-A post may bring the talent (R) visa; every sponsored post the Z visa
# and then a residence permit: the 2017 notices 外专发〔2017〕40号 (the A/B/C classes of
# foreigners working in China) and 外专发〔2017〕218号 (the R visa for class-A talent).
CLASS_PAGES = {
    Opening.PermitClass.A: ["permit-a", "visa-r"],
    Opening.PermitClass.B: ["permit-b"],
    Opening.PermitClass.C: ["permit-c"],
}
SPONSORED_PAGES = ["visa-z", "residence"]


def permit_pages(opening: Opening) -> list[VisaResourcePage]:
    """The guides to the permit this opening names or sponsors, national first, then the city's."""
    wanted = list(CLASS_PAGES.get(opening.permit_class, []))
    if opening.work_permit_support:
        wanted += [kind for kind in SPONSORED_PAGES if kind not in wanted]
    if not wanted:
        return []
    pages = VisaResourcePage.objects.live().filter(permit_type__in=wanted)
    by_kind = {}
    for page in pages.order_by("path"):
        by_kind.setdefault(page.permit_type, page)
    found = [by_kind[kind] for kind in wanted if kind in by_kind]
    if opening.work_permit_support:
        local = (
            VisaResourcePage.objects.live()
            .descendant_of(opening.city)
            .filter(permit_type="procedure")
            .first()
        )
        if local is not None:
            found.append(local)
    return found
