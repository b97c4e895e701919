from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import policy_registry

from talentportal.accounts.privacy import ACCOUNT_DELETED
from talentportal.applications.report import CityActivityReportView
from talentportal.openings.models import Opening


class CityActivityMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Opening).user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/city-activity/",
            CityActivityReportView.as_view(),
            name="applications_city_report",
        ),
        path(
            "reports/city-activity/results/",
            CityActivityReportView.as_view(results_only=True),
            name="applications_city_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return CityActivityMenuItem(
        _("City activity"), reverse("applications_city_report"), icon_name="table", order=60
    )


@hooks.register("register_log_actions")
def register_erasure_action(actions):
    # Listed in the admin's site history; the entry names nobody.
    actions.register_action(ACCOUNT_DELETED, _("Delete account"), _("An account was deleted"))
