"""Screening questions in the applicant's language; answers under the question HR wrote."""

from talentportal.applications.models import Application
from tests.factories import apply_data


def test_hr_reads_answers_to_translated_questions_in_the_words_they_wrote(
    client, setting, fresh_login
):
    question = setting["question"]
    question.text_en = "Can you start in March?"
    question.text_es = "¿Puede empezar en marzo?"
    question.save()
    fresh_login(setting["applicant"])
    html = client.get(f"/es/openings/{setting['job'].pk}/apply/").content.decode()
    assert "¿Puede empezar en marzo?" in html
    client.post(f"/es/openings/{setting['job'].pk}/apply/", apply_data(setting))
    answer = Application.objects.get().answers.get()
    assert answer.question_text == "Can you start in March?"
