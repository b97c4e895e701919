"""The city-staff building blocks of the Wagtail admin, shared by the
organisations and openings screens.

Who may see and act: a Wagtail permission policy, so viewsets, menus and
buttons ask one place. The right comes from the city page: whoever may change
a city's page (its editors and moderators, see cms/staff.py) looks after that
city's organisations and openings; administrators look after every city.
Django's model permissions play no part, so none are offered on the group
screens. The scoped index and inspect views list only what the policy allows
and answer 404 for another city's object.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.shortcuts import get_object_or_404, redirect
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import CityPage
from talentportal.admin_export import CsvInRequestLanguageMixin
from talentportal.organisations.staff import staff_cities

# Staff review (view) and decide or take down (change); nobody adds or deletes here.
STAFF_ACTIONS = frozenset({"view", "change"})


class CityStaffPermissionPolicy(BasePermissionPolicy):
    """Allows view and change on the instances whose ``city`` the user looks after."""

    city_field = "city"

    def _cities(self, user) -> set[int]:
        # Cached on the user for the request: every row's buttons ask again.
        cache_name = "_city_staff_cities"
        if not hasattr(user, cache_name):
            cities = staff_cities(user).values_list("pk", flat=True) if user.is_active else []
            setattr(user, cache_name, set(cities))
        return getattr(user, cache_name)

    def user_has_permission(self, user, action: str) -> bool:
        if action not in STAFF_ACTIONS or not user.is_authenticated:
            return False
        return bool(self._cities(user))

    def user_has_permission_for_instance(self, user, action: str, instance: Model) -> bool:
        if not self.user_has_permission(user, action):
            return False
        return getattr(instance, f"{self.city_field}_id") in self._cities(user)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        manager = self.model._default_manager
        if not any(self.user_has_permission(user, action) for action in actions):
            return manager.none()
        return manager.filter(**{f"{self.city_field}__in": self._cities(user)})

    def users_with_any_permission(self, actions) -> QuerySet:
        users = get_user_model().objects.filter(is_active=True)
        if not STAFF_ACTIONS.intersection(actions):
            return users.none()
        pages = PagePermissionPolicy()
        staff = users.filter(is_superuser=True)
        for city in CityPage.objects.all():
            staff = staff | pages.users_with_permission_for_instance("change", city)
        return staff.distinct()

    def users_with_any_permission_for_instance(self, actions, instance: Model) -> QuerySet:
        users = get_user_model().objects.filter(is_active=True)
        if not STAFF_ACTIONS.intersection(actions):
            return users.none()
        city = getattr(instance, self.city_field)
        pages = PagePermissionPolicy()
        return (
            users.filter(is_superuser=True)
            | pages.users_with_permission_for_instance("change", city)
        ).distinct()


# The ModelViewSet views these screens do without: staff never add, edit or
# delete an organisation here, they review it and decide.
UNUSED_VIEWS = ("add", "edit", "delete", "history", "usage", "copy")


def cities_of_the_request(request):
    """The cities a filter may offer: only those the staff member looks after."""
    if request is None:
        return CityPage.objects.none()
    return staff_cities(request.user).order_by("path")


def localized_fields(name):
    return [build_localized_fieldname(name, code) for code, _label in settings.LANGUAGES]


class CityScopedIndexView(CsvInRequestLanguageMixin, IndexView):
    """A listing of only the rows the permission policy lets the user see."""

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        ).select_related("city")


class CityScopedInspectView(InspectView):
    """An inspect view that answers 404 for another city's object."""

    def get_object(self, queryset=None):
        visible = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return get_object_or_404(visible, pk=self.pk)


class CityStaffActionView(CityScopedInspectView):
    """The inspect view with one staff action's form under the object's fields
    (verify or reject an organisation, take an opening down).

    A subclass names the form and its button and says in ``act`` what the action
    does, through its app's service, returning the message for the staff member.
    A ValidationError from the service (the object changed meanwhile) is shown
    in the service's words and nothing changes.
    """

    template_name = "organisations/admin/staff_action.html"
    action_form_class: type
    action_label: str

    def offers_action(self) -> bool:
        """Whether the form shows; a post is judged by the permission alone and
        then by the service."""
        return self.user_has_permission_for_instance("change", self.object)

    def act(self, form) -> str:
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        form = self.action_form_class(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            done = self.act(form)
        except ValidationError as refused:
            for message in refused.messages:
                messages.error(request, message)
            return redirect(request.path)
        messages.success(request, done)
        return redirect(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "form" not in context and self.offers_action():
            context["form"] = self.action_form_class()
        context["action_label"] = self.action_label
        return context


class CityStaffViewSet(ModelViewSet):
    """A listing and a review page for city staff; no add, edit or delete views."""

    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = CityScopedIndexView
    list_per_page = 50
    # Searched with the database, in every language the name may be written in.
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in UNUSED_VIEWS:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_permissions_to_register(self):
        # The right comes from the city pages (admin_policy.py), not from model
        # permissions: offering them on the group screens would mislead.
        return Permission.objects.none()

    def get_urlpatterns(self):
        kept = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in kept]
