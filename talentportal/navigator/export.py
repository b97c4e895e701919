"""The navigator part of a person's data export (registered in apps.py; see accounts/personal_data.py)."""

from talentportal.accounts.personal_data import Holder
from talentportal.navigator.models import SavedResult


def export_data(user) -> dict:
    return {
        "saved_results": [
            {
                "saved_at": saved.created_at,
                "rule_version": saved.rule_version.name,
                "answers": saved.answers,
                "route": saved.route,
                "class": saved.klass,
                "points": saved.total,
                "points_by_item": saved.lines,
                "documents_gathered": saved.ticks,
            }
            for saved in SavedResult.objects.filter(user=user).select_related("rule_version")
        ]
    }


HOLDER = Holder(key="navigator", export=export_data)
