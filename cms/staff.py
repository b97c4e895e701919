"""Editor and moderator groups for each city, limited to that city's pages.

Every city gets two groups and a workflow: editors draft and submit, the
same city's moderators approve and publish. Wagtail's stock "Editors" and
"Moderators" groups lose their rights on the root page, so that only site
administrators can touch more than one city.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.models import CityPage

EDITOR_PAGE_PERMISSIONS = ("add", "change", "lock")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
DOCUMENT_PERMISSIONS = ("add_document", "change_document", "choose_document")
STOCK_GROUPS = ("Editors", "Moderators")


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(group, page, kinds):
    for kind in kinds:
        permission = _permission("wagtailcore", f"{kind}_page")
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_collection(group, collection):
    for codename in IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission("wagtailimages", codename)
        )
    for codename in DOCUMENT_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=_permission("wagtaildocs", codename),
        )


def city_name(city):
    with translation.override("en"):
        return city.title


def city_collection(city):
    name = city_name(city)
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


@transaction.atomic
def ensure_city_staff(city):
    """Create (or repair) the groups, rights and workflow of one city."""
    name = city_name(city)
    access_admin = _permission("wagtailadmin", "access_admin")
    editors, _ = Group.objects.get_or_create(name=f"{name} editors")
    moderators, _ = Group.objects.get_or_create(name=f"{name} moderators")
    collection = city_collection(city)
    for group, kinds in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS),
    ):
        group.permissions.add(access_admin)
        _grant_pages(group, city, kinds)
        _grant_collection(group, collection)

    workflow, _ = Workflow.objects.get_or_create(name=f"{name} review")
    task, _ = GroupApprovalTask.objects.get_or_create(name=f"{name} moderator approval")
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=city, defaults={"workflow": workflow})
    return editors, moderators


def strip_stock_groups():
    """Take away the root-wide rights Wagtail's own groups are created with."""
    root = Page.get_first_root_node()
    stock = Group.objects.filter(name__in=STOCK_GROUPS)
    GroupPagePermission.objects.filter(group__in=stock, page__depth__lte=root.depth + 1).delete()
    GroupCollectionPermission.objects.filter(
        group__in=stock, collection=Collection.get_first_root_node()
    ).delete()


def ensure_all_city_staff():
    strip_stock_groups()
    return [ensure_city_staff(city) for city in CityPage.objects.all()]
