import csv
import datetime
import io

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.utils import translation

from cms.models import NeighbourhoodPage, VisaResourcePage
from cms.reports import stale_pages
from cms.staff import ensure_all_city_staff
from tests.factories import UserFactory, with_totp
from tests.page_factories import (
    CityPageFactory,
    HousingIndexPageFactory,
    NeighbourhoodPageFactory,
    VisaIndexPageFactory,
    VisaResourcePageFactory,
)


@pytest.fixture(autouse=True)
def _cities(db):
    """Each city with checked facts: two districts in Beijing, one in Shanghai and Shenzhen,
    and a local permit page in each; their staff set up as a site's is."""
    for name, districts in (("Beijing", 2), ("Shanghai", 1), ("Shenzhen", 1)):
        city = CityPageFactory(title=name)
        for _ in range(districts):
            NeighbourhoodPageFactory(parent=HousingIndexPageFactory(parent=city))
        VisaResourcePageFactory(parent=VisaIndexPageFactory(parent=city), permit_type="procedure")
    ensure_all_city_staff()


def make_stale(page, days):
    page.last_verified = datetime.date.today() - datetime.timedelta(days=days)
    page.save()


@pytest.mark.django_db
def test_report_lists_only_the_staff_members_city_and_only_old_checks(client, fresh_login):
    beijing = NeighbourhoodPage.objects.filter(url_path__startswith="/home/beijing/").first()
    shanghai = NeighbourhoodPage.objects.filter(url_path__startswith="/home/shanghai/").first()
    fresh = NeighbourhoodPage.objects.filter(url_path__startswith="/home/beijing/").last()
    make_stale(beijing, 200)
    make_stale(shanghai, 400)
    make_stale(fresh, 10)

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Beijing editors"))
    with_totp(editor)
    rows = stale_pages(editor)
    assert beijing.pk in [r.pk for r in rows]
    assert shanghai.pk not in [r.pk for r in rows]
    assert fresh.pk not in [r.pk for r in rows]

    fresh_login(editor)
    response = client.get("/admin/reports/stale-facts/")
    assert response.status_code == 200
    html = response.content.decode()
    assert beijing.title in html
    assert shanghai.title not in html
    assert "Beijing" in html


@pytest.mark.django_db
def test_administrator_sees_every_city_and_can_export_csv(client, fresh_login):
    admin_user = UserFactory(is_superuser=True, is_staff=True)
    with_totp(admin_user)
    page = VisaResourcePage.objects.filter(url_path__startswith="/home/shenzhen/").first()
    make_stale(page, 181)
    fresh_login(admin_user)
    response = client.get("/admin/reports/stale-facts/?export=csv")
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "Shenzhen" in body
    assert page.title in body


@pytest.mark.django_db
def test_readers_are_warned_when_facts_are_due_for_a_check(client):
    """Nobody edits the page: the day its facts fall due, the warning shows."""
    page = NeighbourhoodPage.objects.filter(url_path__startswith="/home/beijing/").first()
    warning = "These facts are due for a new check"
    make_stale(page, 10)
    assert warning not in client.get(page.url).content.decode()
    with time_machine.travel(datetime.datetime.now() + datetime.timedelta(days=190)):
        assert warning in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_the_report_filters_by_city_and_type_and_exports_in_the_admins_language(
    client, fresh_login
):
    from wagtail.users.models import UserProfile

    from cms.models import CityPage

    def first(model, city):
        return model.objects.filter(url_path__startswith=f"/home/{city}/").first()

    beijing_visa = first(VisaResourcePage, "beijing")
    beijing_area = first(NeighbourhoodPage, "beijing")
    shanghai_area = first(NeighbourhoodPage, "shanghai")
    for page in (beijing_visa, beijing_area, shanghai_area):
        make_stale(page, 200)
    admin_user = UserFactory(is_superuser=True, is_staff=True)
    with_totp(admin_user)
    fresh_login(admin_user)

    def edit_links(**query):
        html = client.get("/admin/reports/stale-facts/", query).content.decode()
        pages = (beijing_visa, beijing_area, shanghai_area)
        return {page.pk for page in pages if f"/admin/pages/{page.pk}/edit/" in html}

    shanghai = CityPage.objects.get(slug="shanghai")
    beijing = CityPage.objects.get(slug="beijing")
    assert edit_links() == {beijing_visa.pk, beijing_area.pk, shanghai_area.pk}
    assert edit_links(city=shanghai.pk) == {shanghai_area.pk}
    assert edit_links(kind="neighbourhoodpage") == {beijing_area.pk, shanghai_area.pk}
    assert edit_links(city=beijing.pk, kind="visaresourcepage") == {beijing_visa.pk}

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    response = client.get(
        "/admin/reports/stale-facts/",
        {"city": beijing.pk, "kind": "neighbourhoodpage", "export": "csv"},
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "Ville"
    assert {row[0] for row in rows[1:]} == {"Beijing"}
    with translation.override("fr"):
        assert beijing_area.title in {row[1] for row in rows[1:]}
