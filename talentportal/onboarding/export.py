"""The onboarding part of a person's data export (registered in apps.py; see accounts/personal_data.py)."""

from talentportal.accounts.personal_data import Holder
from talentportal.onboarding.models import Timeline


def export_data(user) -> dict:
    return {
        "timelines": [
            {
                "employer": t.employer_name,
                "city": t.city.slug,
                "route": t.route,
                "start_date": t.start_date,
                "offer_accepted_at": t.accepted_at,
                "shared_with_employer_since": t.consent_at,
                "entry_at": t.entry_at,
                "change_to_report_on": t.change_on,
                "contract_end_on": t.contract_end_on,
                "steps_done": [{"step": d.step, "on": d.done_on} for d in t.done.all()],
            }
            for t in Timeline.objects.filter(user=user).select_related("city")
        ],
        "document_wallet": [
            {"kind": d.kind, "date": d.date, "reminders": d.remind}
            for d in user.wallet.order_by("kind")
        ],
        "calendar_feeds": [
            {"organisation": f.organisation.name if f.organisation else None, "since": f.created_at}
            for f in user.calendar_feeds.select_related("organisation")
        ],
    }


HOLDER = Holder(key="onboarding", export=export_data)
