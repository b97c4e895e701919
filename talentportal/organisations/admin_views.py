"""City staff's organisation screens in the Wagtail admin.

Built on Wagtail's ModelViewSet: the listing brings the admin's filters,
search, sorting, pagination and spreadsheet export; the review page is the
inspect view with the decision form under it. What staff may see and decide is
the city-staff permission policy (staff_admin.py), registered for the model in
wagtail_hooks.py; the decision itself is services.decide.
"""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import RedirectView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn

from talentportal.organisations import services
from talentportal.organisations.forms import DecisionForm
from talentportal.organisations.models import Organisation
from talentportal.organisations.staff_admin import (
    CityStaffActionView,
    CityStaffViewSet,
    cities_of_the_request,
    localized_fields,
)


class OrganisationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=Organisation.Status.choices,
        empty_label=gettext_lazy("All"),
    )
    city = django_filters.ModelChoiceFilter(
        label=gettext_lazy("City"), queryset=cities_of_the_request
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"),
        choices=Organisation.Kind.choices,
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = Organisation
        fields = ["status", "city", "kind"]


class OrganisationReviewView(CityStaffActionView):
    page_title = gettext_lazy("Review")
    action_form_class = DecisionForm
    action_label = gettext_lazy("Save the decision")

    def get_field_label(self, field_name, field):
        if field_name == "owners":
            return _("Owners")
        return super().get_field_label(field_name, field)

    def get_owners_display_value(self):
        owners = self.object.owners().select_related("user").order_by("user__email")
        return ", ".join(f"{owner.user} <{owner.user.email}>" for owner in owners) or "—"

    def act(self, form):
        organisation = self.object
        verified = form.cleaned_data["decision"] == "verify"
        services.decide(
            organisation, self.request.user, verified, form.cleaned_data["reason"].strip()
        )
        if verified:
            return _("%(name)s is verified.") % {"name": organisation}
        return _("%(name)s is rejected; the owners are told why.") % {"name": organisation}


class OrganisationViewSet(CityStaffViewSet):
    model = Organisation
    name = "organisations"
    icon = "group"
    menu_label = gettext_lazy("Organisations")
    menu_order = 250
    inspect_view_class = OrganisationReviewView
    filterset_class = OrganisationFilterSet
    # Oldest first: the organisation that has waited longest is reviewed first.
    ordering = "created_at"
    search_fields = [*localized_fields("name"), "sector", "uscc"]
    list_display = [
        "name",
        "city",
        "kind",
        "status",
        DateColumn("created_at", label=gettext_lazy("Registered"), sort_key="created_at"),
    ]
    inspect_view_fields = [
        "status",
        "kind",
        "city",
        "address",
        "website",
        "sector",
        "uscc",
        "owners",
        "description",
        "rejection_reason",
        "decided_at",
    ]
    list_export = [
        "name",
        "city",
        "get_kind_display",
        "get_status_display",
        "sector",
        "uscc",
        "created_at",
    ]
    export_headings = {
        "name": gettext_lazy("Name"),
        "city": gettext_lazy("City"),
        "get_kind_display": gettext_lazy("Kind"),
        "get_status_display": gettext_lazy("Status"),
        "sector": gettext_lazy("Sector"),
        "uscc": gettext_lazy("Unified social credit code"),
        "created_at": gettext_lazy("Registered"),
    }
    export_filename = "organisations"

    @cached_property
    def menu_url(self):
        # The menu opens on the queue staff work through; the filter can be cleared.
        return f"{super().menu_url}?status={Organisation.Status.PENDING}"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            # The review page's address before it moved into the viewset.
            path(
                "<int:pk>/",
                RedirectView.as_view(pattern_name=self.get_url_name("inspect"), permanent=True),
            ),
        ]
