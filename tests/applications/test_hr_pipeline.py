"""What HR reads in the pipeline: human labels, a country picker, moves that explain
themselves, screening answers in the export, and the applicant who deleted their account."""

import csv
import io

import pytest

from talentportal.applications import services
from talentportal.applications.models import Application
from talentportal.applications.retention import anonymise_for_deleted_account
from talentportal.profiles.models import Education, Profile
from tests.factories import apply_data


@pytest.fixture
def applied(client, setting, fresh_login):
    profile = Profile.objects.get(user=setting["applicant"])
    Education.objects.create(
        profile=profile,
        degree="doctorate",
        field="Robotics",
        institution="UPM",
        country="ES",
        year=2020,
    )
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    client.logout()
    setting["application"] = Application.objects.get()
    fresh_login(setting["recruiter"])
    return setting


def pipeline_url(s):
    return f"/{{}}/employer/{s['org'].pk}/openings/{s['job'].pk}/applications/"


def test_pipeline_shows_degree_and_country_names_in_the_readers_language(client, applied):
    html = client.get(pipeline_url(applied).format("fr")).content.decode()
    assert "<td>Espagne</td>" in html
    assert "Doctorat" in html
    assert ">doctorate<" not in html and "<td>ES</td>" not in html


def test_application_page_labels_answers_countries_and_degrees(client, applied):
    s = applied
    html = client.get(
        f"/es/employer/{s['org'].pk}/applications/{s['application'].pk}/"
    ).content.decode()
    answers = html.split('id="answers-heading"', 1)[1]
    assert '<dd dir="auto">Sí</dd>' in answers
    assert "España" in html
    assert "Doctorado" in html


def test_nationality_filter_is_a_country_picker_that_filters(client, applied):
    url = pipeline_url(applied).format("en")
    html = client.get(url).content.decode()
    assert '<select name="nationality"' in html
    assert '<option value="ES">Spain</option>' in html
    link = f'/en/employer/{applied["org"].pk}/applications/{applied["application"].pk}/"'
    assert link in client.get(url + "?nationality=ES").content.decode()
    assert link not in client.get(url + "?nationality=FR").content.decode()


def test_a_bulk_move_says_which_applications_did_not_move_and_why(client, applied, setting):
    from tests.factories import ApplicationFactory, verified_user

    application = applied["application"]
    services.withdraw(application, setting["applicant"])
    other_user = verified_user(email="wei@example.org", first_name="Wei", last_name="Zhang")
    Profile.objects.create(user=other_user)
    other = ApplicationFactory(opening=setting["job"], applicant=other_user, cover_letter="Hello")
    response = client.post(
        pipeline_url(applied).format("en"),
        {"selected": [application.pk, other.pk], "stage": "in_review", "note": ""},
        follow=True,
    )
    html = response.content.decode()
    assert "1 application moved." in html
    assert "Lucía Gómez was not moved: already decided (“Withdrawn”): it no longer moves." in html
    other.refresh_from_db()
    assert other.stage == "in_review"


def test_csv_export_has_the_screening_answers_and_keeps_formulas_inert(client, applied):
    s = applied
    question = s["question"]
    question.text_en = "=SUM(A1:A9) Can you start in March?"
    question.save()
    s["application"].answers.update(question_text=question.text_en)
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(
                    f"/en/employer/{s['org'].pk}/openings/{s['job'].pk}/applications.csv"
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert rows[0][-1] == "'=SUM(A1:A9) Can you start in March?"
    assert rows[1][-1] == "Yes"
    assert rows[1][3] == "Spain" and rows[1][4] == "Doctorate (PhD)"


def test_hr_is_told_the_applicant_deleted_their_account_and_sees_no_cv_button(client, applied):
    s = applied
    anonymise_for_deleted_account(s["applicant"])
    detail = client.get(
        f"/en/employer/{s['org'].pk}/applications/{s['application'].pk}/"
    ).content.decode()
    assert "The applicant deleted their account." in detail
    assert "Download CV" not in detail
    assert f"/applications/{s['application'].pk}/cv/" not in detail
    pipeline = client.get(pipeline_url(s).format("en")).content.decode()
    assert "The applicant deleted their account." in pipeline
    assert (
        client.get(f"/en/employer/{s['org'].pk}/applications/{s['application'].pk}/cv/").status_code
        == 404
    )


def test_a_withdrawn_application_has_no_dead_cv_button(client, applied):
    s = applied
    services.withdraw(s["application"], s["applicant"])
    detail = client.get(
        f"/en/employer/{s['org'].pk}/applications/{s['application'].pk}/"
    ).content.decode()
    assert "Download CV" not in detail
    assert "The applicant withdrew: their CV was deleted." in detail
