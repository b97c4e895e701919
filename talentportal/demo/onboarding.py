"""Demo content: each city's settling-in steps, and a lived-in timeline for the demo professional."""

import datetime as dt
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from talentportal.applications import services as applications
from talentportal.applications.models import Application, Stage
from talentportal.demo.onboarding_steps import CENTRES, DOCS, DURATIONS, PAGE, STEPS
from talentportal.demo.people import DEMO_PROFESSIONAL
from talentportal.navigator.clocks import CHINA_TZ, CLOCKS, add_months
from talentportal.onboarding import services
from talentportal.onboarding.models import Timeline
from talentportal.onboarding.pages import SettlingInPage
from talentportal.onboarding.wallet import Kind
from talentportal.openings.models import Opening

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CITY_SOURCES = {"notice", "visa_r", "work_permit", "residence_permit"}


def _stream(city, language):
    centres = list(city.service_centres.all())
    blocks = []
    for key, clock, title, what, where, documents, duration in STEPS:
        chosen = [centres[i] for i in CENTRES.get(city.slug, {}).get(key, []) if i < len(centres)]
        duration = DURATIONS.get(city.slug, {}).get(key, duration)
        sources = [{"title": s.title, "url": s.url} for s in CLOCKS[clock].sources] if clock else []
        sources += [
            {"title": c.name_en, "url": c.website}
            for c in chosen
            if c.website and key in CITY_SOURCES
        ]
        blocks.append(
            {
                "type": "step",
                "value": {
                    "step": key,
                    "title": title[language],
                    "what": f"<p>{what[language]}</p>",
                    "centres": [str(c.pk) for c in chosen],
                    "where": where[language] if where else "",
                    "documents": [DOCS[d][language] for d in documents],
                    "clock": clock,
                    "typical_duration": duration[language] if duration else "",
                    "sources": sources,
                },
            }
        )
    return json.dumps(blocks)


def ensure_settling_in_pages(cities) -> int:
    """One settling-in page under each city, unless the city has one (editors' work is kept)."""
    made = 0
    for city in cities:
        if SettlingInPage.objects.child_of(city).exists():
            continue
        page = SettlingInPage(slug=PAGE["slug"])
        for language in LANGUAGES:
            for name, value in (("title", PAGE["title"]), ("intro", PAGE["intro"])):
                setattr(page, build_localized_fieldname(name, language), value[language])
            setattr(page, build_localized_fieldname("steps", language), _stream(city, language))
        page.title, page.intro = PAGE["title"]["en"], PAGE["intro"]["en"]
        city.add_child(instance=page)
        page.save_revision().publish()
        made += 1
    return made


def seed_onboarding() -> int:
    """The demo professional accepted an offer in Shanghai and shares the timeline; once."""
    professional = get_user_model().objects.filter(email=DEMO_PROFESSIONAL).first()
    if professional is None or Timeline.objects.filter(user=professional).exists():
        return 0
    applied = Application.objects.filter(applicant=professional).values("opening")
    opening = (
        Opening.objects.open()
        .filter(city__slug="shanghai", organisation__kind="company")
        .exclude(pk__in=applied)
        .select_related("organisation")
        .first()
    )
    if opening is None:
        return 0
    profile = professional.profile
    with profile.cv.open("rb") as cv:
        application = applications.submit(
            opening,
            professional,
            "I would be glad to bring my battery research to your team in Shanghai.",
            profile.cv_name,
            cv.read(),
            [(q, "yes" if q.kind == "yesno" else "From March") for q in opening.questions.all()],
        )
    owner = opening.organisation.memberships.filter(role="owner").first().user
    for stage in (Stage.SHORTLISTED, Stage.OFFER):
        applications.move(application, stage, owner)
    timeline = services.accept_offer(application, professional, "z", consent=True)
    services.confirm_hire(timeline, owner)

    now = timezone.now().astimezone(CHINA_TZ)
    today = now.date()
    entry = dt.datetime.combine(today - dt.timedelta(days=12), dt.time(23, 30), tzinfo=CHINA_TZ)
    timeline.entry_at = entry
    timeline.start_date = entry.date() + dt.timedelta(days=3)
    timeline.accepted_at = now - dt.timedelta(days=75)
    timeline.save()
    wallet = {
        Kind.PASSPORT: today.replace(year=today.year + 4),
        # Issued almost six months ago: it runs out in twelve days.
        Kind.CRIMINAL_RECORD: add_months(today + dt.timedelta(days=12), -6),
        Kind.MEDICAL: today - dt.timedelta(days=20),
        Kind.PERMIT_NOTICE: today - dt.timedelta(days=60),
        Kind.VISA: today + dt.timedelta(days=45),
    }
    for kind, day in wallet.items():
        services.set_wallet_date(professional, kind, day)
    for step, days_ago in (("notice", 60), ("visa_z", 40), ("entry", 12), ("registration", 11)):
        services.tick(timeline, step, True, on=today - dt.timedelta(days=days_ago))
    return 1
