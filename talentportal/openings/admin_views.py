"""City staff's openings screens in the Wagtail admin: a listing and the take-down page.

The same city-staff viewset as the organisations' (organisations/staff_admin.py):
filters, search, pagination and export come from Wagtail, the scope from the
permission policy registered in wagtail_hooks.py, the take-down from services.take_down.
"""

import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import RedirectView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn

from talentportal.openings import services
from talentportal.openings.forms import TakeDownForm
from talentportal.openings.models import Kind, Opening
from talentportal.organisations.staff_admin import (
    CityStaffActionView,
    CityStaffViewSet,
    cities_of_the_request,
    localized_fields,
)


class OpeningFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=Opening.Status.choices,
        empty_label=gettext_lazy("All"),
    )
    city = django_filters.ModelChoiceFilter(
        label=gettext_lazy("City"), queryset=cities_of_the_request
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind of position"),
        choices=Kind.choices,
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = Opening
        fields = ["status", "city", "kind"]


class TakeDownView(CityStaffActionView):
    page_title = gettext_lazy("Take down")
    action_form_class = TakeDownForm
    action_label = gettext_lazy("Take down")

    def get_field_label(self, field_name, field):
        if field_name == "public_page":
            return _("Public page")
        return super().get_field_label(field_name, field)

    def get_public_page_display_value(self):
        url = reverse("openings_detail", args=[self.object.pk])
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)

    def offers_action(self):
        return self.object.status == Opening.Status.PUBLISHED and super().offers_action()

    def act(self, form):
        # Already closed or never published: the service refuses, in its words.
        services.take_down(self.object, self.request.user, form.cleaned_data["reason"])
        return _("“%(title)s” is taken down; the organisation is told why.") % {
            "title": self.object
        }


class OpeningViewSet(CityStaffViewSet):
    model = Opening
    name = "openings"
    icon = "list-ul"
    menu_label = gettext_lazy("Openings")
    menu_order = 260
    inspect_view_class = TakeDownView
    filterset_class = OpeningFilterSet
    ordering = "-published_at"
    search_fields = [*localized_fields("title"), "organisation__name_en", "district"]
    list_display = [
        "title",
        "organisation",
        "city",
        "status",
        DateColumn("published_at", label=gettext_lazy("Published"), sort_key="published_at"),
    ]
    inspect_view_fields = [
        "organisation",
        "city",
        "status",
        "kind",
        "published_at",
        "deadline",
        "taken_down_reason",
        "public_page",
    ]
    list_export = [
        "title",
        "organisation",
        "city",
        "get_kind_display",
        "get_status_display",
        "published_at",
        "deadline",
        "taken_down_reason",
    ]
    export_headings = {
        "title": gettext_lazy("Title"),
        "organisation": gettext_lazy("Organisation"),
        "city": gettext_lazy("City"),
        "get_kind_display": gettext_lazy("Kind of position"),
        "get_status_display": gettext_lazy("Status"),
        "published_at": gettext_lazy("Published"),
        "deadline": gettext_lazy("Application deadline"),
        "taken_down_reason": gettext_lazy("Reason for taking it down"),
    }
    export_filename = "openings"

    @cached_property
    def menu_url(self):
        # The menu opens on the published openings, those a take-down is for.
        return f"{super().menu_url}?status={Opening.Status.PUBLISHED}"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            # The take-down page's address before it moved into the viewset.
            path(
                "<int:pk>/take-down/",
                RedirectView.as_view(pattern_name=self.get_url_name("inspect"), permanent=True),
            ),
        ]
