"""Site administrators keep the points table and the Apostille parties in the admin.

A rule change is a new version: the "Copy as a new version" action makes a draft
with the same items and bands; a version with saved results refuses edits.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from talentportal.navigator.models import ApostilleParty, RuleBand, RuleItem, RuleVersion


def translated(*names):
    """The per-language columns modeltranslation adds, for the admin forms."""
    return [build_localized_fieldname(n, code) for n in names for code, _n in settings.LANGUAGES]


class CopyColumn(Column):
    def get_value(self, instance):
        url = reverse("navigator_rule_versions:copy_version", args=[instance.pk])
        return format_html('<a href="{}">{}</a>', url, _("Copy as a new version"))


class RuleVersionViewSet(ModelViewSet):
    model = RuleVersion
    icon = "table"
    menu_label = gettext_lazy("Points table versions")
    url_prefix = "navigator/versions"
    name = "navigator_rule_versions"
    copy_view_enabled = False
    form_fields = [
        *translated("name"),
        "status",
        "valid_from",
        "valid_until",
        "max_total",
        "source_title",
        "source_url",
        *translated("notes"),
    ]
    list_display = [
        "name",
        "status",
        "valid_from",
        "valid_until",
        CopyColumn("copy", label=gettext_lazy("New version")),
    ]
    list_filter = ["status"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("copy-version/<int:pk>/", self.copy_version, name="copy_version"),
        ]

    def copy_version(self, request, pk):
        if not request.user.has_perm("navigator.add_ruleversion"):
            raise PermissionDenied
        version = get_object_or_404(RuleVersion, pk=pk)
        if request.method == "POST":
            new = version.copy()
            messages.success(request, _("A draft copy is ready to edit into the new version."))
            return redirect(self.get_url_name("edit"), new.pk)
        return TemplateResponse(request, "navigator/admin/copy_version.html", {"version": version})


class RuleItemViewSet(ModelViewSet):
    model = RuleItem
    icon = "list-ul"
    menu_label = gettext_lazy("Points items")
    url_prefix = "navigator/items"
    name = "navigator_rule_items"
    copy_view_enabled = False
    form_fields = [
        "version",
        "key",
        "kind",
        *translated("label"),
        "max_points",
        "source_title",
        "source_url",
        *translated("note"),
        "sort_order",
    ]
    list_display = ["label", "version", "key", "max_points"]
    list_filter = ["version"]


class RuleBandViewSet(ModelViewSet):
    model = RuleBand
    icon = "list-ol"
    menu_label = gettext_lazy("Points bands")
    url_prefix = "navigator/bands"
    name = "navigator_rule_bands"
    copy_view_enabled = False
    form_fields = [
        "item",
        "code",
        "lower",
        *translated("label"),
        "points",
        "source_title",
        "source_url",
        "sort_order",
    ]
    list_display = ["label", "item", "code", "lower", "points"]
    list_filter = ["item__version"]


class ApostillePartyViewSet(ModelViewSet):
    model = ApostilleParty
    icon = "globe"
    menu_label = gettext_lazy("Apostille parties")
    url_prefix = "navigator/apostille"
    name = "navigator_apostille"
    copy_view_enabled = False
    form_fields = ["country", "in_force_from", "source_title", "source_url", "verified_on"]
    list_display = ["country", "in_force_from", "verified_on"]


class NavigatorViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Visa navigator")
    menu_icon = "doc-full-inverse"
    menu_order = 270
    items = (RuleVersionViewSet, RuleItemViewSet, RuleBandViewSet, ApostillePartyViewSet)


@hooks.register("register_admin_viewset")
def register_navigator_viewsets():
    return NavigatorViewSetGroup()
