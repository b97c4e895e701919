"""The HR opening form: checkboxes by their labels, questions in several languages and
several at once, a preview of a draft, and a confirmation before closing."""

import re

import pytest

from talentportal.openings.models import Opening
from tests.factories import opening, organisation, verified_user
from tests.openings.test_posting import form_data


@pytest.fixture
def hr(client, db, fresh_login):
    user = verified_user()
    org = organisation(owner=user)
    fresh_login(user)
    return user, org


def _rows(count, start=0):
    data = {
        "questions-TOTAL_FORMS": str(count),
        "questions-INITIAL_FORMS": "0",
    }
    for index in range(start, count):
        data[f"questions-{index}-kind"] = "short"
        data[f"questions-{index}-required"] = "on"
    return data


def test_each_checkbox_sits_before_its_own_label(client, hr):
    _user, org = hr
    html = client.get(f"/en/employer/{org.pk}/openings/new/").content.decode()
    for name, label in (
        ("work_permit_support", "We support the work permit"),
        ("relocation_support", "Relocation support"),
        ("questions-0-required", "Required"),
    ):
        field = re.search(
            rf'<div class="checkbox-field">\s*<input type="checkbox" name="{name}"[^>]*>\s*'
            rf'<label for="id_{name}">([^<]*)</label>',
            html,
        )
        assert field, name
        assert field.group(1).strip().rstrip(":") == label


def test_several_questions_in_several_languages_are_saved_at_once(client, hr):
    _user, org = hr
    data = form_data(
        **{
            **_rows(3),
            "questions-0-text_en": "Can you start in March?",
            "questions-0-text_zh_hans": "您能在三月入职吗？",
            "questions-0-kind": "yesno",
            "questions-1-text_en": "Which campus?",
            "questions-1-text_zh_hans": "哪个校区？",
            "questions-1-kind": "choice",
            "questions-1-choices_en": "North\nSouth",
            "questions-1-choices_zh_hans": "北校区\n南校区",
            # The third row is left empty, as a person leaves a spare row.
        }
    )
    response = client.post(f"/en/employer/{org.pk}/openings/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    job = Opening.objects.get(title_en="Lecturer in Chemistry")
    assert list(job.questions.values_list("text_en", flat=True)) == [
        "Can you start in March?",
        "Which campus?",
    ]

    # An applicant reading Chinese sees the questions and choices in Chinese...
    applicant = verified_user(language="zh-hans")
    client.force_login(applicant)
    job.status = "published"
    job.save()
    html = client.get(f"/zh-hans/openings/{job.pk}/apply/").content.decode()
    assert "您能在三月入职吗？" in html and "南校区" in html
    assert "Which campus?" not in html


def test_more_question_rows_come_from_a_template_without_a_save(client, hr):
    _user, org = hr
    html = client.get(f"/en/employer/{org.pk}/openings/new/").content.decode()
    # Three empty rows to fill at once, and a row template the small module copies.
    assert 'name="questions-TOTAL_FORMS" value="3"' in html
    assert 'name="questions-2-text_en"' in html
    template = html.split("<template data-formset-empty>", 1)[1].split("</template>", 1)[0]
    assert 'name="questions-__prefix__-text_en"' in template
    assert '<script type="module" src="/static/js/formset-rows.js"></script>' in html
    # Without JavaScript the "add" button stays hidden: the empty rows serve.
    assert '<p data-formset-add hidden><button type="button"' in html


def test_a_question_in_no_language_is_explained_and_nothing_saved(client, hr):
    _user, org = hr
    data = form_data(**{**_rows(1), "questions-0-kind": "yesno"})
    data.pop("questions-0-text_en")
    response = client.post(f"/en/employer/{org.pk}/openings/new/", data)
    assert "Write the question in at least one language." in response.content.decode()
    assert not Opening.objects.filter(title_en="Lecturer in Chemistry").exists()


def test_a_draft_is_previewed_as_readers_will_see_it(client, hr):
    _user, org = hr
    response = client.post(
        f"/en/employer/{org.pk}/openings/new/", form_data(then="preview"), follow=True
    )
    draft = Opening.objects.get(title_en="Lecturer in Chemistry")
    assert draft.status == "draft"
    assert response.redirect_chain[-1][0] == f"/en/employer/{org.pk}/openings/{draft.pk}/preview/"
    html = response.content.decode()
    assert "<h1>Lecturer in Chemistry</h1>" in html
    assert "Preview: this is how readers will see the opening once it is published." in html
    assert "/apply/" not in html
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    # The preview in Chinese shows the Chinese text, as a Chinese reader would see it.
    assert (
        "化学讲师"
        in client.get(f"/zh-hans/employer/{org.pk}/openings/{draft.pk}/preview/").content.decode()
    )
    # Readers themselves still cannot see the draft.
    client.logout()
    assert client.get(f"/en/openings/{draft.pk}/").status_code == 404


def test_another_organisations_member_cannot_preview(client, hr, fresh_login):
    _user, org = hr
    draft = opening(org, status="draft")
    outsider = verified_user()
    own = organisation(owner=outsider, name="Other", name_en="Other")
    fresh_login(outsider)
    assert client.get(f"/en/employer/{org.pk}/openings/{draft.pk}/preview/").status_code == 404
    # Nor through their own organisation's address with our opening's number.
    assert client.get(f"/en/employer/{own.pk}/openings/{draft.pk}/preview/").status_code == 404


def test_closing_an_opening_asks_first_and_says_what_happens(client, hr):
    _user, org = hr
    job = opening(org)
    listing = client.get(f"/en/employer/{org.pk}/openings/").content.decode()
    close_url = f"/en/employer/{org.pk}/openings/{job.pk}/close/"
    assert f'<a class="button secondary" href="{close_url}">Close…</a>' in listing

    page = client.get(close_url)
    html = page.content.decode()
    assert "Close “Research Engineer”?" in html
    assert "takes no more applications" in html
    job.refresh_from_db()
    assert job.status == "published"

    response = client.post(close_url, follow=True)
    assert "“Research Engineer” is now closed." in response.content.decode()
    job.refresh_from_db()
    assert job.status == "closed" and job.closed_at is not None


def test_a_draft_has_nothing_to_close(client, hr):
    _user, org = hr
    draft = opening(org, status="draft")
    assert client.get(f"/en/employer/{org.pk}/openings/{draft.pk}/close/").status_code == 404
    response = client.post(f"/en/employer/{org.pk}/openings/{draft.pk}/close/", follow=True)
    assert "Only a published opening can be closed." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "draft"
