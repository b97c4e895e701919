import datetime

import pytest
from django.utils import timezone

from talentportal.openings.models import Opening, OpeningChange
from tests.factories import city, city_group, opening, organisation, verified_user


def form_data(**overrides):
    data = {
        "original_language": "en",
        "title_en": "Lecturer in Chemistry",
        "description_en": '<p>Teach chemistry.</p><script>alert("x")</script><p onclick="evil()">Lab work</p>',
        "requirements_en": "<p>PhD</p>",
        "title_zh_hans": "化学讲师",
        "description_zh_hans": "<p>讲授化学。</p>",
        "kind": "faculty",
        "field": "natural-sciences",
        "employment_type": "full-time",
        "city": str(city("beijing").pk),
        "district": "Haidian",
        "salary_min": "300000",
        "salary_max": "450000",
        "salary_currency": "CNY",
        "salary_period": "year",
        "work_permit_support": "on",
        "permit_class": "B",
        "positions": "2",
        "deadline": (timezone.localtime() + datetime.timedelta(days=20)).strftime("%Y-%m-%dT%H:%M"),
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "10",
        "questions-0-text_en": "Do you speak Chinese?",
        "questions-0-kind": "yesno",
        "questions-0-required": "on",
        "languages-TOTAL_FORMS": "1",
        "languages-INITIAL_FORMS": "0",
        "languages-MIN_NUM_FORMS": "0",
        "languages-MAX_NUM_FORMS": "10",
        "languages-0-language": "en",
        "languages-0-level": "fluent",
    }
    data.update(overrides)
    return data


@pytest.fixture
def hr(client, db, fresh_login):
    user = verified_user()
    org = organisation(owner=user)
    fresh_login(user)
    return user, org


def test_member_posts_a_sanitised_opening_and_publishes_it(client, hr):
    _user, org = hr
    response = client.post(f"/en/employer/{org.pk}/openings/new/", form_data(), follow=True)
    assert "The opening is saved." in response.content.decode()
    opening_ = Opening.objects.get(title_en="Lecturer in Chemistry")
    assert opening_.status == "draft"
    assert "<script" not in opening_.description_en
    assert "onclick" not in opening_.description_en
    assert "Lab work" in opening_.description_en
    assert opening_.questions.get().text == "Do you speak Chinese?"
    assert opening_.annual_salary_max == 450000

    client.post(f"/en/employer/{org.pk}/openings/{opening_.pk}/publish/")
    opening_.refresh_from_db()
    assert opening_.status == "published"
    detail = client.get(f"/en/openings/{opening_.pk}/").content.decode()
    assert "<script>alert" not in detail
    assert "Lecturer in Chemistry" in detail
    assert "化学讲师" in client.get(f"/zh-hans/openings/{opening_.pk}/").content.decode()


def test_unverified_organisation_cannot_publish(client, db, fresh_login):
    user = verified_user()
    org = organisation(owner=user, status="pending")
    draft = opening(org, status="draft", published_at=None)
    fresh_login(user)
    response = client.post(f"/en/employer/{org.pk}/openings/{draft.pk}/publish/", follow=True)
    assert "Only verified organisations can publish." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_hr_of_another_organisation_gets_404(client, hr):
    other_org = organisation(owner=verified_user(), name="Other", name_en="Other")
    theirs = opening(other_org)
    _user, org = hr
    assert client.get(f"/en/employer/{other_org.pk}/openings/{theirs.pk}/").status_code == 404
    assert client.get(f"/en/employer/{org.pk}/openings/{theirs.pk}/").status_code == 404
    assert client.post(f"/en/employer/{org.pk}/openings/{theirs.pk}/close/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "published"


def test_edits_to_a_published_opening_are_logged(client, hr):
    user, org = hr
    client.post(f"/en/employer/{org.pk}/openings/new/", form_data())
    opening_ = Opening.objects.get(title_en="Lecturer in Chemistry")
    client.post(f"/en/employer/{org.pk}/openings/{opening_.pk}/publish/")
    question = opening_.questions.get()
    language = opening_.languages.get()
    response = client.post(
        f"/en/employer/{org.pk}/openings/{opening_.pk}/",
        form_data(
            **{
                "positions": "3",
                "questions-INITIAL_FORMS": "1",
                "questions-0-id": str(question.pk),
                "languages-INITIAL_FORMS": "1",
                "languages-0-id": str(language.pk),
            }
        ),
    )
    assert response.status_code == 302
    change = OpeningChange.objects.get(opening=opening_)
    assert change.user == user
    assert change.fields["positions"] == {"from": "2", "to": "3"}
    page = client.get(f"/en/employer/{org.pk}/openings/{opening_.pk}/").content.decode()
    assert "Changes since publication" in page
    assert "positions" in page


def test_a_language_listed_twice_is_refused_not_a_crash(client, hr):
    _user, org = hr
    client.post(f"/en/employer/{org.pk}/openings/new/", form_data())
    opening_ = Opening.objects.get(title_en="Lecturer in Chemistry")
    response = client.post(f"/en/employer/{org.pk}/openings/{opening_.pk}/", form_data())
    assert response.status_code == 200
    assert "This language is listed twice." in response.content.decode()


def test_missing_title_in_the_original_language_is_explained_and_nothing_saved(client, hr):
    _user, org = hr
    response = client.post(f"/en/employer/{org.pk}/openings/new/", form_data(title_en=""))
    assert "Give the title in the language the opening is written in." in response.content.decode()
    assert "化学讲师" in response.content.decode()
    assert not Opening.objects.exists()


def test_expired_opening_is_gone_from_listing_and_feeds_and_says_closed(client, db):
    org = organisation()
    expired = opening(
        org,
        title="Expired Post",
        title_en="Expired Post",
        deadline=timezone.now() - datetime.timedelta(minutes=5),
    )
    live = opening(org, title="Live Post", title_en="Live Post")
    listing = client.get("/en/openings/").content.decode()
    assert "Live Post" in listing and "Expired Post" not in listing
    assert "Expired Post" not in client.get("/en/openings/feed/rss/").content.decode()
    assert "Expired Post" not in client.get("/en/openings/feed.json").content.decode()
    assert "Expired Post" not in client.get("/en/openings/", {"q": "Expired"}).content.decode()
    page = client.get(f"/en/openings/{expired.pk}/").content.decode()
    assert "This opening is closed" in page
    assert "This opening is closed" not in client.get(f"/en/openings/{live.pk}/").content.decode()


def test_city_staff_take_down_an_opening_of_their_city_only(client, db, fresh_login):
    from tests.factories import with_totp

    the_owner = verified_user(language="es")
    org = organisation(owner=the_owner, city_slug="shanghai")
    target = opening(org)
    beijing = verified_user()
    beijing.groups.add(city_group("beijing"))
    with_totp(beijing)
    fresh_login(beijing)
    response = client.post(f"/admin/openings/inspect/{target.pk}/", {"reason": "x"}, follow=True)
    assert response.status_code == 404
    shanghai = verified_user()
    shanghai.groups.add(city_group("shanghai"))
    with_totp(shanghai)
    fresh_login(shanghai)
    client.post(f"/admin/openings/inspect/{target.pk}/", {"reason": "Salary is misleading."})
    target.refresh_from_db()
    assert target.status == "closed"
    assert target.taken_down_reason == "Salary is misleading."
    fresh_login(the_owner)
    assert (
        "Salary is misleading." in client.get(f"/es/employer/{org.pk}/openings/").content.decode()
    )
