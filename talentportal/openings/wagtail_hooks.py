from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from talentportal.openings import admin_views
from talentportal.organisations.wagtail_hooks import CityStaffMenuItem


@hooks.register("register_admin_urls")
def register_opening_urls():
    return [
        path("openings/", admin_views.index, name="openings_admin_index"),
        path(
            "openings/<int:pk>/take-down/", admin_views.take_down, name="openings_admin_take_down"
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_openings_menu_item():
    return CityStaffMenuItem(
        _("Openings"), reverse("openings_admin_index"), icon_name="list-ul", order=260
    )
