"""The admin report of visa and housing facts due for a new check."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import NeighbourhoodPage, TalentApartmentPage, VisaResourcePage
from cms.navigation import cities_of
from cms.pages.base import stale_cutoff

VERIFIED_PAGE_TYPES = (VisaResourcePage, NeighbourhoodPage, TalentApartmentPage)


def stale_pages(user, today=None):
    """Verified-fact pages the user may edit whose last check is too old, oldest first."""
    cutoff = stale_cutoff(today)
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    rows = []
    for model in VERIFIED_PAGE_TYPES:
        rows.extend(
            model.objects.filter(last_verified__lt=cutoff, id__in=editable.values("id")).only(
                "id", "title", "path", "depth", "last_verified", "live"
            )
        )
    with translation.override(settings.LANGUAGE_CODE):
        cities = {page_id: city.title for page_id, city in cities_of(rows).items()}
    for row in rows:
        row.city = cities.get(row.pk, "")
        row.overdue_days = (cutoff - row.last_verified).days
        row.kind = row._meta.verbose_name
    return sorted(rows, key=lambda row: (row.city, row.last_verified))


class StaleFactsReportView(ReportView):
    page_title = _("Facts due for a new check")
    header_icon = "time"
    index_url_name = "stale_facts_report"
    index_results_url_name = "stale_facts_report_results"
    paginate_by = 100
    list_export = ["city", "title", "kind", "last_verified", "overdue_days"]
    export_headings = {
        "city": _("City"),
        "title": _("Page"),
        "kind": _("Type"),
        "last_verified": _("Last verified"),
        "overdue_days": _("Days overdue"),
    }
    columns = [
        Column("city", label=_("City")),
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("kind", label=_("Type")),
        DateColumn("last_verified", label=_("Last verified")),
        Column("overdue_days", label=_("Days overdue")),
    ]

    def user_has_permission(self, permission):
        return self.request.user.has_perm("wagtailadmin.access_admin")

    def get_queryset(self):
        return stale_pages(self.request.user)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["no_results_message"] = _(
            "Every visa and housing page you look after was checked in the last %(days)s days."
        ) % {"days": settings.CITY_STAFF_STALE_AFTER_DAYS}
        return context
