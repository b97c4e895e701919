import csv
import io

import openpyxl
import pytest

from tests.factories import apply_data, city_group, opening, organisation, verified_user, with_totp


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def staff_of(city):
    user = verified_user()
    user.groups.add(city_group(city.lower()))
    with_totp(user)
    return user


@pytest.fixture
def elsewhere(db):
    """An opening in another city, which Beijing's figures must leave out."""
    return opening(organisation("shanghai", name_en="Pudong Optics Lab"))


@pytest.mark.usefixtures("elsewhere")
def test_city_staff_see_their_citys_figures_with_a_chart_and_csv(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    fresh_login(staff_of("Beijing"))
    html = client.get("/admin/reports/city-activity/").content.decode()
    assert "Beijing" in html and "Shanghai" not in html
    assert "<svg" in html and "<rect" in html
    assert "Open openings: 1. Applications in all: 1." in html
    response = client.get("/admin/reports/city-activity/?export=csv")
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
    assert ["Beijing", "Applications by stage", "Submitted", "1"] in rows
    assert {row[0] for row in rows[1:]} == {"Beijing"}


def test_people_who_are_not_city_staff_cannot_see_the_report(client, db, fresh_login):
    fresh_login(verified_user())
    response = client.get("/admin/reports/city-activity/")
    assert response.status_code in (302, 403)


@pytest.mark.usefixtures("elsewhere")
def test_the_report_filters_by_city_and_exports_xlsx(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    admin = verified_user(is_staff=True, is_superuser=True)
    with_totp(admin)
    fresh_login(admin)
    beijing = setting["job"].city
    html = client.get("/admin/reports/city-activity/", {"city": beijing.pk}).content.decode()
    assert "Applications per month in Beijing" in html
    assert "Applications per month in Shanghai" not in html
    response = client.get("/admin/reports/city-activity/", {"city": beijing.pk, "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["City", "Measure", "Group", "Count"]
    assert ["Beijing", "Applications by stage", "Submitted", 1] in rows
    assert {row[0] for row in rows[1:]} == {"Beijing"}
