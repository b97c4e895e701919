"""The navigator's pages as a reader and a professional meet them."""

import html5lib
import pytest
from django.core import signing
from django.urls import reverse

from talentportal.navigator import services
from talentportal.navigator.models import RuleVersion, SavedResult
from tests.factories import navigator_answers, verified_user

WORKED = navigator_answers()
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("navigator_pages")]


def parse(response):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(response.content.decode())


def test_steps_are_get_forms_whose_address_holds_the_answers(client):
    response = client.get("/ar/navigator/", {"purpose": "work", "city": "shanghai", "step": "2"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html
    document = parse(response)
    form = document.find(".//form[@data-navigator]")
    assert form.get("method") == "get"
    steps = {fs.get("data-step"): fs for fs in form.iter("fieldset") if fs.get("data-step")}
    assert steps["2"].get("hidden") is None
    assert steps["1"].get("hidden") is not None
    # Step 1's answers ride along in the hidden step, so "next" keeps them.
    checked = [i for i in steps["1"].iter("input") if i.get("checked") is not None]
    assert [i.get("value") for i in checked] == ["work"]
    assert response["Cache-Control"] == "private, no-store"
    assert "<script>" not in html and " style=" not in html


def test_the_result_shows_route_class_points_checklist_and_sources(client):
    response = client.get("/en/navigator/result/", WORKED)
    assert response.status_code == 200
    html = response.content.decode()
    parse(response)
    assert "Z visa with a class B work permit" in html
    assert "72 / 120" in html
    assert "Not found in any source: no points added." in html
    assert "86" in html  # the other reading of the class A threshold
    assert "Apostille: France" in html
    assert "notice-and-pledge" in html  # Shanghai
    assert "6 months from its issue date" in html
    assert "/visas-and-permits/work-permit-class-b/" in html
    assert "/shanghai/permits/" in html
    assert response["Cache-Control"] == "private, no-store"


def test_the_result_fragment_is_what_the_script_fetches(client):
    response = client.get("/en/navigator/result/", {**WORKED, "fragment": "1"})
    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b"Class B" in response.content
    bad = client.get("/en/navigator/result/", {**WORKED, "age": "two", "fragment": "1"})
    assert bad.status_code == 400
    assert b"Some answers need a look" in bad.content


def test_bad_answers_get_a_translated_message_and_keep_the_rest(client):
    response = client.get("/fr/navigator/result/", {**WORKED, "salary": "-5"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Shanghai"' not in html  # the choice is kept by value
    assert 'value="shanghai" selected' in html


def test_the_share_link_carries_the_result_and_no_personal_data(client):
    response = client.get("/en/navigator/result/", {**WORKED, "age": "43", "salary": "312345"})
    token = response.context["share_url"].rstrip("/").rsplit("/", 1)[1]
    payload = signing.loads(token, salt=services.SHARE_SALT)
    assert set(payload) == {"r", "k", "v", "c", "t"}
    raw = signing.b64_decode(token.split(":")[0].lstrip(".").encode())
    for secret in (b"FR", b"43", b"312345", b"master"):
        assert secret not in raw
    shared = client.get(f"/ar/navigator/shared/{token}/")
    parse(shared)
    html = shared.content.decode()
    assert shared.status_code == 200
    assert "تأشيرة Z مع تصريح عمل من الفئة B" in html
    assert "France" not in html and "فرنسا" not in html and "312" not in html
    assert client.get(f"/en/navigator/shared/{token[:-2]}xx/").status_code == 404


def test_anonymous_readers_are_asked_to_sign_in_to_save(client):
    response = client.get("/en/navigator/result/", WORKED)
    assert b"Sign in to save this result" in response.content
    post = client.post(reverse("navigator_save"), WORKED)
    assert post.status_code == 302 and "/accounts/login/" in post["Location"]
    assert not SavedResult.objects.exists()


def test_saving_keeps_the_result_with_its_rule_version_after_a_new_version(client):
    user = verified_user()
    client.force_login(user)
    response = client.post(reverse("navigator_save"), WORKED)
    saved = SavedResult.objects.get(user=user)
    assert response["Location"] == reverse("navigator_saved", args=[saved.pk])
    interim = RuleVersion.current()
    assert (saved.route, saved.klass, saved.total, saved.rule_version) == ("z_b", "B", 72, interim)

    # A rule change: a new version where the extra credit is worth nothing.
    new = interim.copy()
    new.items.get(key="extras").bands.update(points=0)
    new.status = RuleVersion.Status.CURRENT
    new.save()
    interim.refresh_from_db()
    assert interim.status == RuleVersion.Status.SUPERSEDED

    page = client.get(reverse("navigator_saved", args=[saved.pk]))
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    html = page.content.decode()
    assert "72 / 120" in html
    assert "Interim points table (maximum 120)" in html
    fresh = client.get("/en/navigator/result/", WORKED)
    assert b"67 / 120" in fresh.content


def test_a_version_with_saved_results_refuses_edits(client):
    from django.core.exceptions import ValidationError

    user = verified_user()
    client.force_login(user)
    client.post(reverse("navigator_save"), WORKED)
    version = RuleVersion.current()
    with pytest.raises(ValidationError):
        version.full_clean()
    with pytest.raises(ValidationError):
        version.items.first().bands.first().full_clean()
    copy = version.copy()
    copy.full_clean()  # a draft copy may change
    assert copy.items.count() == version.items.count() == 9
    assert sum(i.bands.count() for i in copy.items.all()) == 48


def test_checklist_ticks_are_kept_and_others_cannot_see_them(client):
    user = verified_user()
    client.force_login(user)
    client.post(reverse("navigator_save"), WORKED)
    saved = SavedResult.objects.get(user=user)
    url = reverse("navigator_saved", args=[saved.pk])
    client.post(url, {"gathered": ["passport", "criminal_record", "not-a-document"]})
    saved.refresh_from_db()
    assert saved.ticks == ["criminal_record", "passport"]
    page = client.get(url)
    parse(page)
    html = page.content.decode()
    assert 'value="passport" id="gathered-passport" checked' in html
    other = verified_user()
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.post(url, {"gathered": ["photo"]}).status_code == 404
    assert client.post(reverse("navigator_saved_delete", args=[saved.pk])).status_code == 404


def test_the_points_page_shows_both_versions_with_dates_and_sources(client):
    response = client.get("/zh-hans/navigator/points/")
    html = response.content.decode()
    parse(response)
    assert "积分要素计分赋值表（暂行版，满分120分）" in html
    assert "早期试行版积分表" in html
    assert "smebrother.com" in html


def test_the_checklist_page_gives_different_authentication_by_country(client):
    apostille = client.get(
        "/en/navigator/checklist/", {"route": "z_b", "nationality": "DE", "city": "beijing"}
    )
    legalisation = client.get(
        "/en/navigator/checklist/", {"route": "z_b", "nationality": "TH", "city": "beijing"}
    )
    assert b"Apostille: Germany" in apostille.content
    assert b"Consular legalisation" in legalisation.content
    assert b"Consular legalisation" not in apostille.content


def test_a_profile_prefills_the_answers(client):
    import datetime

    from talentportal.profiles.models import Education, LanguageSkill, Profile

    user = verified_user()
    profile = Profile.objects.create(
        user=user,
        nationality="ES",
        date_of_birth=datetime.date(1990, 1, 1),
        visa_situation="not_yet",
    )
    Education.objects.create(
        profile=profile,
        degree="master",
        field="Physics",
        institution="UAM",
        country="ES",
        year=2014,
    )
    LanguageSkill.objects.create(profile=profile, language="zh-hans", hsk_level=4)
    client.force_login(user)
    response = client.get(reverse("navigator_prefill"))
    location = response["Location"]
    for part in ("nationality=ES", "degree=master", "chinese=hsk4", "situation=abroad", "age="):
        assert part in location


def test_an_opening_that_sponsors_the_permit_links_to_the_estimator(client):
    from tests.factories import opening, organisation

    org = organisation("shenzhen")
    job = opening(org, work_permit_support=True, salary_min=30_000, salary_period="month")
    html = client.get(reverse("openings_detail", args=[job.pk])).content.decode()
    assert "/navigator/?" in html and "city=shenzhen" in html and "salary=360000" in html
    plain = opening(org, title_en="Plain", work_permit_support=False)
    assert (
        "/navigator/?"
        not in client.get(reverse("openings_detail", args=[plain.pk])).content.decode()
    )


@pytest.mark.parametrize("language", ["en", "zh-hans", "ar", "ru", "es", "fr"])
def test_every_language_has_the_navigator_in_its_words(client, language):
    response = client.get(f"/{language}/navigator/result/", WORKED)
    assert response.status_code == 200
    parse(response)
    if language != "en":
        assert "Your points, line by line" not in response.content.decode()
