"""The city staff's admin screens: organisations, openings and the activity report.

Each is a Wagtail viewset or report view scoped to the staff member's cities
(talentportal/organisations/staff_admin.py); these tests read what staff see.
"""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core import mail

from talentportal.openings.models import Opening, OpeningChange
from talentportal.organisations.models import Organisation
from tests.factories import city, city_group, opening, organisation, verified_user, with_totp

pytestmark = pytest.mark.django_db


def staff(city, role="moderator"):
    user = verified_user()
    user.groups.add(city_group(city.lower(), role))
    with_totp(user)
    return user


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def test_another_citys_staff_get_404_and_change_nothing(client, fresh_login):
    owner = verified_user()
    org = organisation("shanghai", status="pending", owner=owner, name_en="Pudong Optics Lab")
    posted = opening(organisation("shanghai", name_en="Bund Robotics"), title_en="Lens Designer")
    fresh_login(staff("Beijing"))

    for url in (f"/admin/organisations/inspect/{org.pk}/", f"/admin/openings/inspect/{posted.pk}/"):
        assert client.get(url, follow=True).status_code == 404
    response = client.post(
        f"/admin/openings/inspect/{posted.pk}/", {"reason": "Not yours."}, follow=True
    )
    assert response.status_code == 404
    response = client.post(
        f"/admin/organisations/inspect/{org.pk}/", {"decision": "verify"}, follow=True
    )
    assert response.status_code == 404

    posted.refresh_from_db()
    org.refresh_from_db()
    assert posted.status == Opening.Status.PUBLISHED and org.status == "pending"
    assert mail.outbox == []
    assert "Pudong Optics Lab" not in client.get("/admin/organisations/").content.decode()
    assert "Lens Designer" not in client.get("/admin/openings/").content.decode()
    assert "Pudong Optics Lab" not in body(client.get("/admin/organisations/?export=csv")).decode()
    assert "Lens Designer" not in body(client.get("/admin/openings/?export=csv")).decode()


def test_people_without_a_city_are_refused_and_see_no_menu(client, fresh_login):
    editor = verified_user()
    editor.groups.add(Group.objects.get(name="Editors"))  # may enter the admin, no city
    with_totp(editor)
    fresh_login(editor)
    for url in ("/admin/organisations/", "/admin/openings/", "/admin/reports/city-activity/"):
        assert client.get(url)["Location"] == "/admin/"
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/organisations/" not in dashboard and "/admin/openings/" not in dashboard


def test_administrators_see_every_citys_organisations(client, fresh_login):
    organisation("shanghai", status="pending", name_en="Pudong Optics Lab")
    organisation("beijing", status="pending", name_en="Haidian Quantum Centre")
    admin = verified_user(is_staff=True, is_superuser=True)
    with_totp(admin)
    fresh_login(admin)
    html = client.get("/admin/organisations/", {"status": "pending"}).content.decode()
    assert "Pudong Optics Lab" in html and "Haidian Quantum Centre" in html


def test_organisations_filter_by_status_and_kind_and_search_by_name(client, fresh_login):
    organisation("beijing", status="pending", kind="company", name_en="Haidian Quantum Centre")
    organisation("beijing", status="verified", kind="company", name_en="Chaoyang Fintech")
    organisation("beijing", status="pending", kind="hospital", name_en="Dongcheng Clinic")
    city("shanghai")
    fresh_login(staff("Beijing"))

    def names(**query):
        html = client.get("/admin/organisations/", query).content.decode()
        return {
            name
            for name in ("Haidian Quantum Centre", "Chaoyang Fintech", "Dongcheng Clinic")
            if name in html
        }

    assert names(status="pending") == {"Haidian Quantum Centre", "Dongcheng Clinic"}
    assert names(status="pending", kind="company") == {"Haidian Quantum Centre"}
    assert names(q="fintech") == {"Chaoyang Fintech"}
    # The menu opens on the organisations waiting for a decision, and the published openings.
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/organisations/?status=pending" in dashboard
    assert "/admin/openings/?status=published" in dashboard
    # The city filter offers only the staff member's own cities.
    html = client.get("/admin/organisations/").content.decode()
    assert ">Beijing<" in html and ">Shanghai<" not in html


def test_organisation_export_has_translated_headings_and_only_own_city(client, fresh_login):
    organisation("beijing", status="pending", kind="company", name_en="Haidian Quantum Centre")
    organisation("shanghai", status="pending", name_en="Pudong Optics Lab")
    fresh_login(staff("Beijing"))
    rows = csv_rows(client.get("/admin/organisations/", {"status": "pending", "export": "csv"}))
    assert rows[0][:4] == ["Name", "City", "Kind", "Status"]
    assert ["Haidian Quantum Centre", "Beijing", "Company", "Waiting for verification"] in [
        row[:4] for row in rows
    ]
    assert not any("Pudong Optics Lab" in row for row in rows)


def test_openings_filter_by_status_and_export_as_xlsx(client, fresh_login):
    org = organisation("beijing", name_en="Haidian Quantum Centre")
    opening(org, title_en="Quantum Postdoc", kind="postdoc")
    opening(org, title_en="Retired Vacancy", status="closed")
    fresh_login(staff("Beijing"))
    html = client.get("/admin/openings/", {"status": "published", "q": "Quantum"}).content.decode()
    assert "Quantum Postdoc" in html and "Retired Vacancy" not in html
    html = client.get("/admin/openings/", {"status": "closed"}).content.decode()
    assert "Retired Vacancy" in html and "Quantum Postdoc" not in html

    response = client.get("/admin/openings/", {"kind": "postdoc", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["Title", "Organisation", "City", "Kind of position", "Status"]
    assert [
        "Quantum Postdoc",
        "Haidian Quantum Centre",
        "Beijing",
        "Postdoctoral",
        "Published",
    ] in [row[:5] for row in rows]
    assert not any("Retired Vacancy" in row for row in rows)


def test_take_down_from_the_admin_closes_records_and_tells_the_organisation(client, fresh_login):
    member = verified_user(language="es")
    org = organisation("beijing", owner=member, name_en="Haidian Quantum Centre")
    target = opening(org, title_en="Misleading Post")
    moderator = staff("Beijing")
    fresh_login(moderator)
    page = client.get(f"/admin/openings/inspect/{target.pk}/").content.decode()
    assert "Haidian Quantum Centre" in page and 'name="reason"' in page

    response = client.post(
        f"/admin/openings/inspect/{target.pk}/", {"reason": "Salary is misleading."}, follow=True
    )
    assert "“Misleading Post” is taken down; the organisation is told why." in (
        response.content.decode()
    )
    target.refresh_from_db()
    assert target.status == Opening.Status.CLOSED
    assert target.taken_down_reason == "Salary is misleading."
    change = OpeningChange.objects.get(opening=target)
    assert change.user == moderator and change.fields["status"]["to"] == "taken down"
    [message] = [m for m in mail.outbox if m.to == [member.email]]
    assert "Misleading Post" in message.subject and "Salary is misleading." in message.body
    assert not Opening.objects.open().filter(pk=target.pk).exists()

    # Once closed, the form is no longer offered, and a second post changes nothing.
    page = client.get(f"/admin/openings/inspect/{target.pk}/").content.decode()
    assert 'name="reason"' not in page
    response = client.post(
        f"/admin/openings/inspect/{target.pk}/", {"reason": "Again."}, follow=True
    )
    assert "Only a published opening can be closed." in response.content.decode()
    target.refresh_from_db()
    assert target.taken_down_reason == "Salary is misleading."
    assert len(mail.outbox) == 1


def test_a_refused_take_down_reason_is_asked_for_again(client, fresh_login):
    target = opening(organisation("beijing"), title_en="Kept Post")
    fresh_login(staff("Beijing"))
    response = client.post(f"/admin/openings/inspect/{target.pk}/", {"reason": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    target.refresh_from_db()
    assert target.status == Opening.Status.PUBLISHED


def test_old_addresses_lead_to_the_new_screens(client, fresh_login):
    org = organisation("beijing", status="pending")
    posted = opening(org)
    fresh_login(staff("Beijing"))
    response = client.get(f"/admin/organisations/{org.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/admin/organisations/inspect/{org.pk}/"
    response = client.get(f"/admin/openings/{posted.pk}/take-down/")
    assert response.status_code == 301
    assert response["Location"] == f"/admin/openings/inspect/{posted.pk}/"


def test_the_screens_speak_the_staff_members_language(client, fresh_login):
    from wagtail.users.models import UserProfile

    target = opening(organisation("beijing"), title_en="Research Engineer")
    moderator = staff("Beijing")
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "fr"
    profile.save()
    fresh_login(moderator)
    listing = client.get("/admin/organisations/").content.decode()
    assert "Date d’enregistrement" in listing  # the "Registered" column
    page = client.get(f"/admin/openings/inspect/{target.pk}/").content.decode()
    assert "Page publique" in page
    rows = csv_rows(client.get("/admin/openings/", {"export": "csv"}))
    assert rows[0][:2] == ["Intitulé", "Organisation"]


def test_organisation_and_opening_rights_come_from_the_city_policy():
    from wagtail.permissions import policy_registry

    from talentportal.organisations.staff_admin import CityStaffPermissionPolicy

    for model in (Organisation, Opening):
        assert isinstance(policy_registry.get_by_type(model), CityStaffPermissionPolicy)
