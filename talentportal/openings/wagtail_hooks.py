from wagtail import hooks
from wagtail.permissions import register_permission_policy

from talentportal.openings.admin_views import OpeningViewSet
from talentportal.openings.models import Opening
from talentportal.organisations.staff_admin import CityStaffPermissionPolicy

# Registered before any view asks, or Wagtail would make its model-permission fallback.
register_permission_policy(Opening, CityStaffPermissionPolicy(Opening))


@hooks.register("register_admin_viewset")
def register_opening_viewset():
    return OpeningViewSet()
