from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from talentportal.accounts.privacy import ACCOUNT_DELETED
from talentportal.applications.report import city_activity
from talentportal.organisations.wagtail_hooks import CityStaffMenuItem


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/city-activity/", city_activity, name="applications_city_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return CityStaffMenuItem(
        _("City activity"), reverse("applications_city_report"), icon_name="table", order=60
    )


@hooks.register("register_log_actions")
def register_erasure_action(actions):
    # Listed in the admin's site history; the entry names nobody.
    actions.register_action(ACCOUNT_DELETED, _("Delete account"), _("An account was deleted"))
