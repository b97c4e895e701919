"""schema.org JobPosting for search engines' job listings."""

from django.conf import settings
from django.utils.html import strip_tags

from talentportal.openings.models import SCHEMA_EMPLOYMENT_TYPES


def job_posting(opening, request):
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
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": opening.city.title,
                **({"streetAddress": opening.district} if opening.district else {}),
                "addressCountry": "CN",
            },
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
