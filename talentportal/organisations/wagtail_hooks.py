from wagtail import hooks
from wagtail.permissions import register_permission_policy

from talentportal.organisations.admin_views import OrganisationViewSet
from talentportal.organisations.models import Organisation
from talentportal.organisations.staff_admin import CityStaffPermissionPolicy

# Registered before any view asks, or Wagtail would make its model-permission fallback.
register_permission_policy(Organisation, CityStaffPermissionPolicy(Organisation))


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return OrganisationViewSet()
