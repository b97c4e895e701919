"""City staff's report: openings and applications in their cities, as figures and a chart.

A Wagtail ReportView: the city filter, pagination and the CSV/XLSX export
come from the admin; who may see it, and which cities, from the city-staff
permission policy registered for openings (organisations/staff_admin.py).
"""

import datetime

import django_filters
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from cms.models import CityPage
from talentportal.admin_export import CsvInRequestLanguageMixin
from talentportal.applications.models import Application, Stage
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation
from talentportal.organisations.staff_admin import cities_of_the_request

MONTHS = 12
CHART_HEIGHT = 120


def _months(now):
    first = now.date().replace(day=1)
    months = []
    for _n in range(MONTHS):
        months.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(months))


def city_figures(city, now):
    applications = Application.objects.filter(opening__city=city)
    per_stage = dict(applications.values_list("stage").annotate(n=Count("id")))
    per_kind = dict(applications.values_list("opening__organisation__kind").annotate(n=Count("id")))
    since = _months(now)[0]
    per_month = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: row["n"]
        for row in applications.filter(submitted_at__date__gte=since)
        .annotate(month=TruncMonth("submitted_at"))
        .values("month")
        .annotate(n=Count("id"))
    }
    months = [(month, per_month.get(month, 0)) for month in _months(now)]
    top = max([n for _m, n in months] + [1])
    bar = 100 / len(months)
    return {
        "city": city,
        "open_openings": Opening.objects.open(now).filter(city=city).count(),
        "applications": sum(per_stage.values()),
        "per_stage": [(label, per_stage.get(value, 0)) for value, label in Stage.choices],
        "per_kind": [(label, per_kind.get(value, 0)) for value, label in Organisation.Kind.choices],
        "per_month": months,
        "bars": [
            {
                "x": round(i * bar + bar * 0.15, 2),
                "width": round(bar * 0.7, 2),
                "height": round(CHART_HEIGHT * n / top, 1),
                "y": round(CHART_HEIGHT - CHART_HEIGHT * n / top, 1),
                "label": month.strftime("%Y-%m"),
                "count": n,
            }
            for i, (month, n) in enumerate(months)
        ],
    }


def figure_rows(figures):
    """The figures as one row per number, as the spreadsheet export writes them."""
    for f in figures:
        city = f["city"].title
        yield {
            "city": city,
            "measure": _("Open openings"),
            "group": "",
            "count": f["open_openings"],
        }
        for label, n in f["per_stage"]:
            yield {"city": city, "measure": _("Applications by stage"), "group": label, "count": n}
        for label, n in f["per_kind"]:
            yield {
                "city": city,
                "measure": _("Applications by kind of organisation"),
                "group": label,
                "count": n,
            }
        for month, n in f["per_month"]:
            yield {
                "city": city,
                "measure": _("Applications by month"),
                "group": month.strftime("%Y-%m"),
                "count": n,
            }


class CityActivityFilterSet(WagtailFilterSet):
    city = django_filters.ModelChoiceFilter(
        label=_("City"), queryset=cities_of_the_request, method="filter_city"
    )

    class Meta:
        model = CityPage
        fields = ["city"]

    def filter_city(self, queryset, name, value):
        return queryset.filter(pk=value.pk)


class CityActivityReportView(CsvInRequestLanguageMixin, ReportView):
    page_title = _("City activity")
    header_icon = "table"
    index_url_name = "applications_city_report"
    index_results_url_name = "applications_city_report_results"
    results_template_name = "applications/admin/report_results.html"
    filterset_class = CityActivityFilterSet
    paginate_by = 10
    permission_required = "view"
    list_export = ["city", "measure", "group", "count"]
    export_headings = {
        "city": _("City"),
        "measure": _("Measure"),
        "group": _("Group"),
        "count": _("Count"),
    }
    export_filename = "city-activity"

    @cached_property
    def permission_policy(self):
        # Whoever looks after a city's openings may read its figures.
        return policy_registry.get_by_type(Opening)

    def get_queryset(self):
        return cities_of_the_request(self.request)

    def decorate_paginated_queryset(self, object_list):
        now = timezone.now()
        return [city_figures(city, now) for city in object_list]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(list(figure_rows(queryset)), spreadsheet_format)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart_height"] = CHART_HEIGHT
        return context
