"""schema.org JobPosting for search engines' job listings."""

from django.conf import settings
from django.utils.html import strip_tags

from talentportal.openings.models import SCHEMA_EMPLOYMENT_TYPES

# ISO 3166-2 subdivision of each city the portal serves: Beijing and Shanghai
# are municipalities of their own, Shenzhen lies in Guangdong province.
REGION_OF_CITY = {"beijing": "CN-BJ", "shanghai": "CN-SH", "shenzhen": "CN-GD"}


def _address(opening):
    organisation = opening.organisation
    address = {
        "@type": "PostalAddress",
        "addressLocality": opening.city.title,
        "addressRegion": REGION_OF_CITY.get(opening.city.slug, opening.city.title),
        "addressCountry": "CN",
    }
    # The organisation's own address is where the job is, unless it posts for another city.
    if organisation.address and organisation.city_id == opening.city_id:
        address["streetAddress"] = organisation.address
    elif opening.district:
        address["streetAddress"] = opening.district
    return address


def job_posting(opening, request):
    """The JobPosting of an open opening; None once it is closed, so it leaves job search."""
    if not opening.is_open:
        return None
    organisation = opening.organisation
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": opening.title,
        "description": opening.description,
        "datePosted": opening.published_at.date().isoformat() if opening.published_at else None,
        "employmentType": SCHEMA_EMPLOYMENT_TYPES[opening.employment_type],
        "hiringOrganization": {
            "@type": "Organization",
            "name": organisation.name,
            **({"sameAs": organisation.website} if organisation.website else {}),
        },
        "jobLocation": {"@type": "Place", "address": _address(opening)},
        "identifier": {
            "@type": "PropertyValue",
            "name": organisation.name,
            "value": f"talentportal-{opening.pk}",
        },
        "totalJobOpenings": opening.positions,
        "url": settings.SITE_URL.rstrip("/") + request.path,
        "directApply": True,
    }
    if opening.deadline:
        data["validThrough"] = opening.deadline.isoformat()
    if opening.work_permit_support:
        # schema.org's property for the work authorisation an applicant needs.
        data["eligibilityToWorkRequirement"] = "The employer applies for the Chinese work permit."
    if opening.salary_min or opening.salary_max:
        value = {"@type": "QuantitativeValue", "unitText": opening.salary_period.upper()}
        if opening.salary_min:
            value["minValue"] = opening.salary_min
        if opening.salary_max:
            value["maxValue"] = opening.salary_max
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": opening.salary_currency,
            "value": value,
        }
    if opening.requirements:
        data["qualifications"] = strip_tags(opening.requirements)
    return {k: v for k, v in data.items() if v is not None}
