"""The public listing's filters: one form, read from the address, so a search can be shared."""

import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.models import CityPage
from talentportal.caching.kept import kept
from talentportal.languages.fallback import shown_text
from talentportal.languages.widgets import MarkedSelect
from talentportal.languages.world import world_languages
from talentportal.openings.models import EmploymentType, Field, Kind, open_until
from talentportal.openings.search import search_openings
from talentportal.organisations.models import Organisation

POSTED_WITHIN = [
    ("", _("Any time")),
    ("1", _("Last 24 hours")),
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
]
SORTS = [("newest", _("Newest first")), ("deadline", _("Closing soonest"))]


def _blank(choices, label):
    return [("", label), *choices]


def _language_choices():
    return [("", _("Any language")), *world_languages()]


def city_ids() -> dict[str, int]:
    """The live cities' ids by slug, kept until the next content change."""
    return kept(
        "opening_city_ids", [], lambda: dict(CityPage.objects.live().values_list("slug", "pk"))
    )


class CityField(forms.ChoiceField):
    """A city checked by its slug alone: the titles are read only to draw the list."""

    def valid_value(self, value):
        return value in city_ids()


class OpeningFilterForm(forms.Form):
    q = forms.CharField(label=_("Keywords"), required=False, max_length=100)
    city = CityField(label=_("City"), required=False, widget=MarkedSelect)
    organisation_kind = forms.ChoiceField(
        label=_("Employer"),
        required=False,
        choices=_blank(Organisation.Kind.choices, _("Any employer")),
    )
    kind = forms.ChoiceField(
        label=_("Position"), required=False, choices=_blank(Kind.choices, _("Any position"))
    )
    field = forms.ChoiceField(
        label=_("Field"), required=False, choices=_blank(Field.choices, _("Any field"))
    )
    employment_type = forms.ChoiceField(
        label=_("Employment"), required=False, choices=_blank(EmploymentType.choices, _("Any"))
    )
    permit = forms.BooleanField(label=_("Work permit supported"), required=False)
    min_salary = forms.IntegerField(
        label=_("Minimum salary (CNY a year)"), required=False, min_value=0, max_value=100_000_000
    )
    language = forms.ChoiceField(label=_("Language required"), required=False)
    posted = forms.ChoiceField(label=_("Posted"), required=False, choices=POSTED_WITHIN)
    sort = forms.ChoiceField(label=_("Sort"), required=False, choices=SORTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Callables: the cities are read, and the long lists checked, only when a
        # city or a language is asked for or the form is drawn. Its markup is kept
        # per language and query, so most listings need neither.
        self.fields["city"].choices = self._city_choices
        self.fields["language"].choices = _language_choices

    @cached_property
    def _cities(self):
        # Every language's title: a missing one falls back, and is marked as such.
        titles = [f"title_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]
        return list(
            CityPage.objects.live().only("id", "slug", "path", "depth", "url_path", *titles)
        )

    def _city_choices(self):
        return [("", _("All cities")), *((c.slug, shown_text(c, "title")) for c in self._cities)]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset.none()
        data = self.cleaned_data
        if data["q"]:
            queryset = search_openings(
                queryset, data["q"], get_language() or settings.LANGUAGE_CODE
            )
        if data["city"]:
            queryset = queryset.filter(city_id=city_ids()[data["city"]])
        if data["organisation_kind"]:
            queryset = queryset.filter(organisation__kind=data["organisation_kind"])
        for name in ("kind", "field", "employment_type"):
            if data[name]:
                queryset = queryset.filter(**{name: data[name]})
        if data["permit"]:
            queryset = queryset.filter(work_permit_support=True)
        if data["min_salary"]:
            queryset = queryset.filter(
                salary_currency="CNY", annual_salary_max__gte=data["min_salary"]
            )
        if data["language"]:
            queryset = queryset.filter(languages__language=data["language"])
        if data["posted"]:
            since = timezone.now() - datetime.timedelta(days=int(data["posted"]))
            queryset = queryset.filter(published_at__gte=since)
        if data["sort"] == "deadline":
            return queryset.order_by(open_until().asc(), "-published_at", "-id")
        return queryset.order_by("-published_at", "-id")
