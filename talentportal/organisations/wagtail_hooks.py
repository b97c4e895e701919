from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from talentportal.organisations import admin_views
from talentportal.organisations.staff import staff_cities


class CityStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return staff_cities(request.user).exists()


@hooks.register("register_admin_urls")
def register_organisation_urls():
    return [
        path("organisations/", admin_views.index, name="organisations_admin_index"),
        path("organisations/<int:pk>/", admin_views.review, name="organisations_admin_review"),
    ]


@hooks.register("register_admin_menu_item")
def register_organisations_menu_item():
    return CityStaffMenuItem(
        _("Organisations"), reverse("organisations_admin_index"), icon_name="group", order=250
    )
