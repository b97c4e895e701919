"""Public forms take at most 1,000 fields; the Wagtail admin's editors get more."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import UserFactory, verified_user, with_totp
from tests.page_factories import CityPageFactory, HousingIndexPageFactory
from tests.security.data_setup import sign_in

LANGUAGE_SUFFIXES = ["en", "zh_hans", "ar", "ru", "es", "fr"]


def padding(count):
    return {f"extra{n}": "x" for n in range(count)}


def test_the_public_limit_is_at_most_one_thousand():
    assert django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS <= 1000


@pytest.mark.django_db
@pytest.mark.parametrize("content_type", ["multipart", "urlencoded"])
def test_a_public_form_with_1001_fields_gets_a_400(client, content_type):
    sign_in(client, verified_user(), second_factor=False)
    data = padding(1001)
    if content_type == "multipart":
        response = client.post("/en/profile/", data)
    else:
        from urllib.parse import urlencode

        response = client.post(
            "/en/profile/", urlencode(data), content_type="application/x-www-form-urlencoded"
        )
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "professional"])
def test_people_without_admin_access_do_not_get_the_admin_limit(who):
    # The CSRF check reads the form before the admin's own redirect to the log-in.
    client = Client(enforce_csrf_checks=True)
    # With a token cookie, the CSRF check reads the form to compare the tokens.
    client.cookies[django_settings.CSRF_COOKIE_NAME] = "t" * 32
    if who == "professional":
        sign_in(client, verified_user(), second_factor=False)
    response = client.post("/admin/pages/3/edit/", padding(1001))
    assert response.status_code == 400


@pytest.mark.django_db
def test_an_admin_edit_in_six_languages_with_many_fields_saves(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    with_totp(admin)
    sign_in(client, admin)
    page = HousingIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    data = {
        "title_en": page.title_en,
        "slug": page.slug,
        "body_en": rich_text(page.body_en or "<p>Renting</p>"),
        "comments": inline_formset([]),
        "sources": streamfield([]),
        "action-publish": "1",
    }
    for suffix in LANGUAGE_SUFFIXES:
        data[f"intro_{suffix}"] = f"New introduction ({suffix})"
    form = nested_form_data(data)
    # Six languages of every field of a long page: well past the public limit.
    form.update(padding(2500))
    response = client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")
    page = Page.objects.get(pk=page.pk).specific
    assert page.intro_ar == "New introduction (ar)"
    assert page.intro_zh_hans == "New introduction (zh_hans)"
