"""Passwords: 12 to 128 characters, not a common one, not like the e-mail
address, and every refusal written in the reader's language."""

import html

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import (
    CommonPasswordValidator,
    UserAttributeSimilarityValidator,
)
from django.core.cache import cache
from django.utils import translation

from talentportal.accounts.passwords import MaximumLengthValidator, MinimumLengthValidator

LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]
User = get_user_model()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def signup_page(client, language, password, email="new.person@example.org"):
    cache.clear()
    response = client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": password,
            "password2": password,
            "intent": "professional",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def message(validator, language):
    with translation.override(language):
        try:
            validator.validate(
                "x" * 200 if isinstance(validator, MaximumLengthValidator) else "password"
            )
        except Exception as error:
            return error.messages[0]
    raise AssertionError("the validator accepted a bad password")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_too_short_and_too_long_passwords_are_refused_in_the_readers_language(client, language):
    short = message(MinimumLengthValidator(12), language)
    long = message(MaximumLengthValidator(128), language)
    if language != "en":
        assert short != message(MinimumLengthValidator(12), "en")
        assert long != message(MaximumLengthValidator(128), "en")
    assert short in signup_page(client, language, "Kx7#mPq2vL9")  # 11 characters
    assert long in signup_page(client, language, "Kx7#mPq2vL9z" * 11)  # 132 characters
    assert not User.objects.filter(email="new.person@example.org").exists()


@pytest.mark.django_db
def test_twelve_and_one_hundred_and_twenty_eight_characters_are_accepted(client):
    for n, password in enumerate(["Kx7#mPq2vL9z", ("Kx7#mPq2vL9z" * 11)[:128]]):
        cache.clear()
        response = client.post(
            "/en/accounts/signup/",
            {
                "email": f"edge{n}@example.org",
                "password1": password,
                "password2": password,
                "intent": "professional",
                "consent": "on",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert User.objects.filter(email=f"edge{n}@example.org").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "ar"])
def test_common_and_look_alike_passwords_are_refused_in_chinese_and_arabic(client, language):
    with translation.override(language):
        common = CommonPasswordValidator().get_error_message()
        similar = UserAttributeSimilarityValidator().get_error_message() % {
            "verbose_name": User._meta.get_field("email").verbose_name
        }
    assert common in signup_page(client, language, "password123456")
    page = signup_page(client, language, "jonathan.smithers", email="jonathan.smithers@example.org")
    assert similar in page
    assert not User.objects.filter(email="jonathan.smithers@example.org").exists()


def test_the_length_limits_are_configured():
    from django.contrib.auth.password_validation import get_default_password_validators

    validators = {type(v).__name__: v for v in get_default_password_validators()}
    assert validators["MinimumLengthValidator"].min_length == 12
    assert validators["MaximumLengthValidator"].max_length == 128
    assert "CommonPasswordValidator" in validators
    assert "UserAttributeSimilarityValidator" in validators
