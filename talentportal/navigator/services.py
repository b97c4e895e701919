"""Where the navigator meets the database: tables, parties, links, shares, profiles."""

from __future__ import annotations

import datetime

from django.core import signing
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.http import urlencode

from talentportal.languages.fallback import shown_text
from talentportal.navigator import domain
from talentportal.navigator.checklist import Authentication
from talentportal.navigator.models import ApostilleParty, RuleBand, RuleItem, RuleVersion
from talentportal.navigator.rules_data import CHINA_IN_FORCE

SHARE_SALT = "talentportal.navigator.share"


def rule_table(version: RuleVersion) -> domain.RuleTable:
    items = version.items.prefetch_related(Prefetch("bands", queryset=RuleBand.objects.all()))
    return domain.RuleTable(
        version_id=version.pk,
        name=version.name,
        max_total=version.max_total,
        valid_from=version.valid_from,
        valid_until=version.valid_until,
        status=version.status,
        source=version.source_title,
        items=tuple(_item(item) for item in items),
    )


def _item(item: RuleItem) -> domain.Item:
    return domain.Item(
        key=item.key,
        label=shown_text(item, "label"),
        kind=item.kind,
        max_points=item.max_points,
        source=item.source_title,
        note=shown_text(item, "note"),
        bands=tuple(
            domain.Band(
                code=band.code,
                label=shown_text(band, "label"),
                points=band.points,
                lower=band.lower,
                source=band.source_title,
            )
            for band in item.bands.all()
        ),
    )


def authentication_for(country_code: str, today: datetime.date | None = None) -> Authentication:
    if not country_code:
        return Authentication("unknown")
    today = today or timezone.localdate()
    party = ApostilleParty.objects.filter(country=country_code).first()
    if party is None:
        return Authentication("legalisation")
    applies = max(party.in_force_from, CHINA_IN_FORCE) if party.in_force_from else None
    if applies is not None and applies > today:
        return Authentication(
            "legalisation",
            str(party.country.name),
            party.in_force_from,
            applies,
            party.source_title,
            party.source_url,
        )
    return Authentication(
        "apostille",
        str(party.country.name),
        party.in_force_from,
        applies,
        party.source_title,
        party.source_url,
    )


# --- Share links: the result, never the answers -------------------------------------------


def share_token(decision: domain.Decision, version_id: int, city: str) -> str:
    payload = {"r": decision.route, "k": decision.klass, "v": version_id, "c": city}
    if decision.score is not None:
        payload["t"] = decision.score.total
    return signing.dumps(payload, salt=SHARE_SALT, compress=True)


def read_share_token(token: str) -> dict | None:
    try:
        payload = signing.loads(token, salt=SHARE_SALT)
    except signing.BadSignature:
        return None
    if payload.get("r") not in domain.ROUTES:
        return None
    return payload


# --- Answers in the address ---------------------------------------------------------------


def answers_to_query(answers: domain.Answers) -> str:
    pairs = [
        ("purpose", answers.purpose),
        ("nationality", answers.nationality),
        ("city", answers.city),
        ("situation", answers.situation),
        ("offer", "yes" if answers.offer else "no"),
        ("degree", answers.degree),
        ("degree_from", answers.degree_from),
        ("experience", answers.experience_years),
        ("salary", answers.salary_cny),
        ("months", answers.months_in_china),
        ("chinese", answers.chinese),
        ("age", answers.age),
        ("stay", answers.stay),
        ("relative", answers.relative),
    ]
    pairs += [("extras", code) for code in sorted(answers.extras)]
    pairs += [("talent", code) for code in sorted(answers.talent)]
    return urlencode(pairs)


def answers_to_json(answers: domain.Answers) -> dict:
    return {
        "purpose": answers.purpose,
        "nationality": answers.nationality,
        "city": answers.city,
        "situation": answers.situation,
        "offer": answers.offer,
        "degree": answers.degree,
        "degree_from": answers.degree_from,
        "experience_years": answers.experience_years,
        "salary_cny": answers.salary_cny,
        "months_in_china": answers.months_in_china,
        "chinese": answers.chinese,
        "age": answers.age,
        "extras": sorted(answers.extras),
        "talent": sorted(answers.talent),
        "stay": answers.stay,
        "relative": answers.relative,
    }


def answers_from_json(data: dict) -> domain.Answers:
    values = dict(data)
    values["extras"] = frozenset(values.get("extras", ()))
    values["talent"] = frozenset(values.get("talent", ()))
    known = domain.Answers.__dataclass_fields__
    return domain.Answers(**{key: value for key, value in values.items() if key in known})


# --- Profile prefill ----------------------------------------------------------------------

DEGREE_FROM_PROFILE = {"doctorate": "phd", "master": "master", "bachelor": "bachelor"}


def answers_from_profile(profile, today: datetime.date | None = None) -> dict:
    """The questionnaire's answers that a professional's profile already holds."""
    today = today or timezone.localdate()
    data: dict = {}
    if profile.nationality:
        data["nationality"] = profile.nationality.code
    if profile.date_of_birth:
        born = profile.date_of_birth
        data["age"] = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if profile.visa_situation == "in_china":
        data["situation"] = "work_permit"
    elif profile.visa_situation == "not_yet":
        data["situation"] = "abroad"
    degrees = [e for e in profile.education.all() if e.degree in DEGREE_FROM_PROFILE]
    if degrees:
        rank = domain.DEGREE_RANK
        best = max(degrees, key=lambda e: rank[DEGREE_FROM_PROFILE[e.degree]])
        data["degree"] = DEGREE_FROM_PROFILE[best.degree]
        data["degree_from"] = "china" if best.country.code == "CN" else "foreign"
    elif profile.education.exists():
        data["degree"] = "none"
    years = 0
    for job in profile.experience.all():
        years += max(0, (job.end_year or today.year) - job.start_year)
    if profile.experience.exists():
        data["experience"] = years
    hsk = [s.hsk_level for s in profile.languages.all() if s.is_chinese and s.hsk_level]
    if hsk:
        data["chinese"] = f"hsk{min(max(hsk), 5)}"
    city = profile.target_cities.first()
    if city is not None:
        data["city"] = city.slug
    return data


# --- Openings link here -------------------------------------------------------------------


def estimator_query_for_opening(opening) -> str:
    """The estimator's address for an opening that sponsors a permit or names its class."""
    if not (opening.work_permit_support or opening.permit_class):
        return ""
    params = {"purpose": "work", "offer": "yes", "city": opening.city.slug, "step": "3"}
    if opening.salary_currency == "CNY" and (opening.salary_min or opening.salary_max):
        yearly = opening.salary_min or opening.salary_max
        if opening.salary_period == "month":
            yearly *= 12
        params["salary"] = yearly
    return urlencode(params)
