"""City staff's report: openings and applications in their cities, as figures and a chart."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from talentportal.applications.models import Application, Stage
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation
from talentportal.organisations.staff import staff_cities

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


def city_activity(request):
    cities = staff_cities(request.user)
    if not cities.exists():
        raise PermissionDenied
    now = timezone.now()
    figures = [city_figures(city, now) for city in cities.order_by("path")]
    if request.GET.get("export") == "csv":
        return _csv(figures)
    return TemplateResponse(
        request,
        "applications/admin/report.html",
        {"figures": figures, "chart_height": CHART_HEIGHT, "header_title": _("City activity")},
    )


def _csv(figures):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="city-activity.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(["city", "measure", "group", "count"])
    for f in figures:
        name = f["city"].title
        writer.writerow([name, "open openings", "", f["open_openings"]])
        for label, n in f["per_stage"]:
            writer.writerow([name, "applications by stage", label, n])
        for label, n in f["per_kind"]:
            writer.writerow([name, "applications by organisation kind", label, n])
        for month, n in f["per_month"]:
            writer.writerow([name, "applications by month", month.strftime("%Y-%m"), n])
    return response
