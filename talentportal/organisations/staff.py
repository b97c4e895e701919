"""Which organisations a member of city staff may see and decide on."""

from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import CityPage
from talentportal.organisations.models import Organisation


def staff_cities(user):
    if user.is_superuser:
        return CityPage.objects.all()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return CityPage.objects.filter(pk__in=editable.values("pk"))


def organisations_for_staff(user):
    return Organisation.objects.filter(city__in=staff_cities(user)).select_related("city")
