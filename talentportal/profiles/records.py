"""A profile as data, described once.

Two copies are built from it: the person's own export (everything we hold, as
stored) and the copy an organisation keeps with an application (frozen when it
is sent, with the labels the applicant saw).
"""

from talentportal.profiles.models import Profile


def profile_record(profile: Profile) -> dict:
    """The profile's text and its entries, with codes as stored."""
    return {
        "headline": profile.headline,
        "nationality": str(profile.nationality or ""),
        "country_of_residence": str(profile.country_of_residence or ""),
        "summary": profile.summary,
        "expertise": profile.expertise_list(),
        "visa_situation": profile.visa_situation,
        "education": [
            {
                "degree": e.degree,
                "field": e.field,
                "institution": e.institution,
                "country": str(e.country),
                "year": e.year,
            }
            for e in profile.education.all()
        ],
        "experience": [
            {
                "title": x.title,
                "organisation": x.organisation,
                "country": str(x.country),
                "from": x.start_year,
                "to": x.end_year,
                "description": x.description,
            }
            for x in profile.experience.all()
        ],
        "languages": [
            {"language": s.language, "level": s.level, "hsk_level": s.hsk_level}
            for s in profile.languages.all()
        ],
    }
