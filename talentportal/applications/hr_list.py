"""The HR list of an opening's applications, a page at a time.

An opening may hold thousands of applications and HR reads its list many times
a day. A page loads only the columns its rows show (the applicant's name out of
the profile sent, not the whole profile nor the cover letter), counts the
applications once per stage and reuses those counts for the pages, and looks
each label (stage, country, degree, day) up once per page rather than once per
row.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from talentportal.applications import labels
from talentportal.applications.models import Application, Stage, name_shown
from talentportal.languages.formats import format_day

PER_PAGE = 50

# What a row shows, and what its removal notice is worked out from; the
# opening too, which the opening's own related manager matches each row against.
ROW_FIELDS = (
    "id",
    "opening",
    "applicant_id",
    "stage",
    "nationality",
    "highest_degree",
    "hsk_level",
    "rating",
    "submitted_at",
    "removed",
)


@dataclass(frozen=True)
class Row:
    """One application as the list shows it, every label in the reader's language.

    Numbers come as the digits written (blank when unknown): the template then
    has nothing to localise, 50 rows times over.
    """

    pk: str
    url: str
    name: str
    select_label: str
    removal_notice: str
    nationality: str
    degree: str
    hsk_level: str
    stage: str
    rating: str
    sent: str


class _CountedPaginator(Paginator):
    """Pages of a list whose length the stage counts already tell."""

    def __init__(self, object_list, per_page: int, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def stage_counts(opening) -> dict[str, int]:
    """How many of the opening's applications are at each stage (one grouped query)."""
    return dict(
        Application.objects.filter(opening=opening)
        .order_by()
        .values_list("stage")
        .annotate(n=Count("id"))
    )


def page(applications: QuerySet, number, count: int | None) -> Page:
    """The page asked for (the last one if past the end); `count` when already known."""
    listed = applications.only(*ROW_FIELDS).annotate(listed_name=KT("profile__name"))
    if count is None:
        paginator = Paginator(listed, PER_PAGE)
    else:
        paginator = _CountedPaginator(listed, PER_PAGE, count)
    return paginator.get_page(number)


def _digits(number: int | None) -> str:
    return "" if number is None else str(number)


def rows(applications, organisation_id: int) -> list[Row]:
    """The applications of one page (from `page`) ready to show."""
    stages = {value: str(label) for value, label in Stage.choices}
    countries: dict[str, str] = {}
    degrees: dict[str, str] = {}
    days: dict = {}
    select = _("Select %(name)s")
    shown = []
    for application in applications:
        name = name_shown(application.listed_name)
        country = application.nationality
        if country not in countries:
            countries[country] = labels.country_name(country)
        degree = application.highest_degree
        if degree not in degrees:
            degrees[degree] = labels.degree_label(degree)
        day = timezone.localdate(application.submitted_at)
        if day not in days:
            days[day] = format_day(day)
        shown.append(
            Row(
                pk=str(application.pk),
                url=reverse(
                    "applications_hr_detail",
                    kwargs={"pk": organisation_id, "application_id": application.pk},
                ),
                name=str(name),
                select_label=select % {"name": name},
                removal_notice=str(application.removal_notice),
                nationality=countries[country],
                degree=degrees[degree],
                hsk_level=_digits(application.hsk_level),
                stage=stages.get(application.stage, application.stage),
                rating=_digits(application.rating),
                sent=days[day],
            )
        )
    return shown
