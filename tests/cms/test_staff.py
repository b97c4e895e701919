"""City staff: each city's editors and moderators, and no one else's pages."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import CityPage, HousingIndexPage
from cms.staff import ensure_all_city_staff
from tests.factories import UserFactory, totp_code, verified_user, with_totp
from tests.page_factories import CityPageFactory, HousingIndexPageFactory


@pytest.fixture(autouse=True)
def _cities_and_their_staff(db):
    """Three cities with a housing section each, and their staff set up as a site's is."""
    for name in ("Beijing", "Shanghai", "Shenzhen"):
        HousingIndexPageFactory(parent=CityPageFactory(title=name))
    ensure_all_city_staff()


def staff(city_name, role):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=f"{city_name} {role}s"))
    with_totp(user)
    return user


def housing(city_slug):
    return HousingIndexPage.objects.get(url_path=f"/home/{city_slug}/housing/")


def edit_data(page, intro_zh, action):
    data = {
        "title_en": page.title_en,
        "slug": page.slug,
        "intro_en": page.intro_en,
        "intro_zh_hans": intro_zh,
        "body_en": rich_text(page.body_en or "<p>Renting</p>"),
        "comments": inline_formset([]),
        # The editor keeps the section's sources and check date as they are.
        "last_verified": page.last_verified.isoformat() if page.last_verified else "",
        "sources": streamfield(
            [(block["type"], block["value"]) for block in page.sources.raw_data]
        ),
    }
    if action:
        data[action] = "1"
    return nested_form_data(data)


@pytest.mark.django_db
def test_editor_cannot_open_or_change_another_citys_page(client, fresh_login):
    fresh_login(staff("Beijing", "editor"))
    shanghai = housing("shanghai")
    response = client.get(f"/admin/pages/{shanghai.pk}/edit/")
    assert response.status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{shanghai.pk}/edit/", edit_data(shanghai, "改过的介绍", "action-publish")
    )
    shanghai.refresh_from_db()
    assert shanghai.intro_zh_hans != "改过的介绍"
    assert not shanghai.has_unpublished_changes


@pytest.mark.django_db
def test_editor_edits_own_city_and_the_change_waits_for_a_moderator(client, fresh_login):
    editor = staff("Beijing", "editor")
    fresh_login(editor)
    page = housing("beijing")
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200

    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, "北京租房：新的介绍", "action-submit")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro_zh_hans != "北京租房：新的介绍"  # not published yet
    state = page.current_workflow_state
    assert state is not None
    assert state.workflow.name == "Beijing review"

    task_state = state.current_task_state
    task = task_state.task.specific
    shanghai_moderator = staff("Shanghai", "moderator")
    assert not task.user_can_access_editor(page, shanghai_moderator)
    assert task.get_actions(page, shanghai_moderator) == []

    moderator = staff("Beijing", "moderator")
    assert task.get_actions(page, moderator)
    task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.intro_zh_hans == "北京租房：新的介绍"
    assert page.live


@pytest.mark.django_db
def test_translated_fields_are_saved_through_the_admin(client, fresh_login):
    fresh_login(staff("Shenzhen", "moderator"))
    page = housing("shenzhen")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, "深圳住房新介绍", "action-publish")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.intro_zh_hans == "深圳住房新介绍"
    assert client.get("/zh-hans/shenzhen/housing/").content.decode().count("深圳住房新介绍") >= 1


@pytest.mark.django_db
def test_only_site_administrators_reach_more_than_one_city():
    cities = set(CityPage.objects.values_list("path", flat=True))
    for permission in GroupPagePermission.objects.select_related("page"):
        covered = {path for path in cities if path.startswith(permission.page.path)}
        assert len(covered) <= 1, (permission.group.name, permission.page.title)
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(page__depth__lte=root.depth + 1).exists()


@pytest.mark.django_db
def test_no_city_group_may_add_or_change_users():
    for group in Group.objects.filter(name__regex=r" (editors|moderators)$"):
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert not codenames & {
            "add_user",
            "change_user",
            "delete_user",
            "add_group",
            "change_group",
        }


@pytest.mark.django_db
def test_new_city_gets_its_own_staff_groups():
    from cms.staff import ensure_city_staff

    home = Page.objects.get(url_path="/home/")
    city = CityPage(
        title="Hangzhou",
        title_en="Hangzhou",
        slug="hangzhou",
        intro="West Lake",
        intro_en="West Lake",
        why_city="<p>Tech</p>",
        why_city_en="<p>Tech</p>",
    )
    home.add_child(instance=city)
    ensure_city_staff(city)
    assert Group.objects.filter(name="Hangzhou editors").exists()
    assert (
        GroupPagePermission.objects.filter(group__name="Hangzhou moderators", page=city).count()
        == 5
    )


@pytest.mark.django_db
def test_city_editor_signs_in_with_a_second_factor_and_sees_only_their_city(client):
    editor = verified_user()
    editor.groups.add(Group.objects.get(name="Shenzhen editors"))
    secret = with_totp(editor)
    login_url = client.get("/admin/pages/")["Location"]
    assert login_url.startswith("/en/accounts/login/")
    response = client.post(
        login_url,
        {"login": editor.email, "password": "correct-horse-battery", "next": "/admin/pages/"},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    response = client.post(response["Location"], {"code": totp_code(secret)})
    assert response["Location"] == "/admin/pages/"

    shenzhen = CityPage.objects.get(slug="shenzhen")
    beijing = CityPage.objects.get(slug="beijing")
    # The page explorer opens at the one city the editor looks after.
    explorer = client.get("/admin/pages/")
    assert explorer["Location"] == f"/admin/pages/{shenzhen.pk}/"
    html = client.get(explorer["Location"]).content.decode()
    assert "Shenzhen" in html
    assert f"/admin/pages/{beijing.pk}/" not in html
