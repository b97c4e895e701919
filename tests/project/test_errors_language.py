"""Errors speak the reader's language: the 500 page and form validation messages."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import translation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class Broken(Exception):
    """A bug in a view: not a database outage, so the 500 page answers."""


def no_queries(execute, sql, params, many, context):
    raise AssertionError(f"the error page queried the database: {sql}")


@pytest.fixture
def broken_search(monkeypatch):
    def explode(query, language):
        raise Broken("a bug")

    monkeypatch.setattr("cms.views.search_documents", explode)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "direction"),
    [
        ("ar", "حدث خطأ ما", "rtl"),
        ("zh-hans", "出了点问题", "ltr"),
        ("en", "Something went wrong", "ltr"),
    ],
)
def test_the_500_page_is_static_and_in_the_language_of_the_address(
    broken_search, language, heading, direction
):
    client = Client(raise_request_exception=False)
    # Every query from here on fails the test: the error page must need none.
    with connection.execute_wrapper(no_queries):
        response = client.get(f"/{language}/search/", {"q": "visa"})
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert response["Content-Language"] == language
    assert "no-store" in response["Cache-Control"]


def test_every_language_has_the_500_page_text():
    for language in LANGUAGE_CODES[1:]:
        with translation.override(language):
            for text in (
                "Something went wrong",
                "We have been told and are fixing it. Please try again in a few minutes.",
            ):
                assert translation.gettext(text) != text, (language, text)


SIGNUPS = {
    "too short": {"password1": "short7", "password2": "short7"},
    "mismatch": {"password1": "a-long-enough-pass-1", "password2": "a-long-enough-pass-2"},
    "numeric": {"password1": "123456789012345", "password2": "123456789012345"},
    "bad e-mail": {
        "email": "not-an-email",
        "password1": "a-long-enough-pass-1",
        "password2": "a-long-enough-pass-1",
    },
    "empty": {"email": "", "password1": "", "password2": ""},
}


def errors_on_signup(language, case):
    cache.clear()  # sign-up attempts are rate-limited per address
    data = {
        "email": f"reader.{language}.{case.replace(' ', '-')}@example.org",
        "intent": "professional",
        "consent": "on",
        **SIGNUPS[case],
    }
    html = Client().post(f"/{language}/accounts/signup/", data).content.decode()
    lists = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return [item for found in lists for item in re.findall(r"<li>(.*?)</li>", found, re.S)]


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(SIGNUPS))
def test_sign_up_errors_are_translated_in_every_language(case):
    english = errors_on_signup("en", case)
    assert english, case
    for language in LANGUAGE_CODES[1:]:
        translated = errors_on_signup(language, case)
        assert len(translated) == len(english), (language, translated)
        assert not set(translated) & set(english), (language, translated)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", "密码太短"),
        ("ar", "قصيرة جدًا"),
        ("ru", "слишком короткий"),
        ("es", "demasiado corta"),
        ("fr", "trop court"),
        ("en", "too short"),
    ],
)
def test_a_too_short_password_is_reported_in_the_pages_language(language, expected):
    errors = errors_on_signup(language, "too short")
    assert any(expected in error and "12" in error for error in errors), errors
