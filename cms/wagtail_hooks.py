from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.models import CityPage
from cms.reports import StaleFactsReportView
from cms.staff import ensure_city_staff


@hooks.register("register_admin_urls")
def register_stale_facts_urls():
    return [
        path("reports/stale-facts/", StaleFactsReportView.as_view(), name="stale_facts_report"),
        path(
            "reports/stale-facts/results/",
            StaleFactsReportView.as_view(results_only=True),
            name="stale_facts_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_facts_menu_item():
    return MenuItem(
        _("Facts due for a check"),
        reverse("stale_facts_report"),
        name="stale-facts",
        icon_name="time",
        order=50,
    )


@hooks.register("after_create_page")
def give_new_city_its_staff(request, page):
    if isinstance(page.specific, CityPage):
        ensure_city_staff(page.specific)
