"""The admin report of visa and housing facts due for a new check."""

import django_filters
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import CityPage, NeighbourhoodPage, TalentApartmentPage, VisaResourcePage
from cms.navigation import cities_of
from cms.pages.base import stale_cutoff
from talentportal.admin_export import CsvInRequestLanguageMixin

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
    cities = cities_of(rows)
    with translation.override(settings.LANGUAGE_CODE):
        names = {page_id: city.title for page_id, city in cities.items()}
    for row in rows:
        row.city = names.get(row.pk, "")
        row.city_pk = cities[row.pk].pk if row.pk in cities else None
        row.overdue_days = (cutoff - row.last_verified).days
        row.kind = row._meta.verbose_name
    return sorted(rows, key=lambda row: (row.city, row.last_verified))


def cities_to_offer(request):
    """The cities under which the user may edit pages, for the city filter."""
    if request is None:
        return CityPage.objects.none()
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        request.user, ["change", "publish"]
    )
    return CityPage.objects.filter(
        pk__in=[
            city.pk
            for city in CityPage.objects.all()
            if editable.filter(path__startswith=city.path).exists()
        ]
    ).order_by("path")


class StaleFactsFilterSet(WagtailFilterSet):
    city = django_filters.ModelChoiceFilter(label=_("City"), queryset=cities_to_offer)
    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=[
            (model._meta.model_name, model._meta.verbose_name) for model in VERIFIED_PAGE_TYPES
        ],
        empty_label=_("All"),
    )

    class Meta:
        model = Page
        fields = []


class StaleFactsReportView(CsvInRequestLanguageMixin, ReportView):
    page_title = _("Facts due for a new check")
    header_icon = "time"
    index_url_name = "stale_facts_report"
    index_results_url_name = "stale_facts_report_results"
    paginate_by = 100
    filterset_class = StaleFactsFilterSet
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

    def filter_queryset(self, rows):
        # The rows are a list from several page types: filtered here, not in SQL.
        if not (self.filters and self.filters.is_valid()):
            return rows
        city = self.filters.form.cleaned_data.get("city")
        kind = self.filters.form.cleaned_data.get("kind")
        return [
            row
            for row in rows
            if (not city or row.city_pk == city.pk) and (not kind or row._meta.model_name == kind)
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["no_results_message"] = _(
            "Every visa and housing page you look after was checked in the last %(days)s days."
        ) % {"days": settings.CITY_STAFF_STALE_AFTER_DAYS}
        return context
