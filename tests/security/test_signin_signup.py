"""Signing up with an address that already has an account looks and costs the
same as a new sign-up; sign-ups are limited per client address."""

import re

import pytest
from django.contrib.auth.hashers import get_hasher
from django.core import mail
from django.core.cache import cache

from tests.factories import verified_user

PASSWORD = "Lantern-Quartz-Ferry-18"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def signup(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "intent": "professional",
            "consent": "on",
        },
        follow=True,
    )


def page_text(response, email):
    """The page with the address and the CSRF token taken out."""
    text = response.content.decode().replace(email, "EMAIL")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)


@pytest.mark.django_db
def test_a_taken_address_gets_the_same_page_the_same_work_and_one_queued_email(client, monkeypatch):
    verified_user(email="taken@example.org", language="zh-hans")
    hasher = get_hasher()
    hashed = []
    original = type(hasher).encode
    monkeypatch.setattr(
        type(hasher), "encode", lambda self, *a, **k: hashed.append(1) or original(self, *a, **k)
    )
    queued = []
    from talentportal.accounts import adapter

    original_send = adapter.send_later
    monkeypatch.setattr(
        adapter, "send_later", lambda message: queued.append(message.to) or original_send(message)
    )

    known = signup(client, "taken@example.org")
    hashes_for_known = len(hashed)
    client.cookies.clear()
    cache.clear()
    unknown = signup(client, "fresh@example.org")
    hashes_for_unknown = len(hashed) - hashes_for_known

    assert known.redirect_chain == unknown.redirect_chain
    assert page_text(known, "taken@example.org") == page_text(unknown, "fresh@example.org")
    # One password hash each: the taken address is not answered faster.
    assert hashes_for_known == hashes_for_unknown == 1
    # Each got exactly one e-mail, both through the task queue.
    assert queued == [["taken@example.org"], ["fresh@example.org"]]
    to_taken = [m for m in mail.outbox if m.to == ["taken@example.org"]]
    assert len(to_taken) == 1
    # "You already have an account", in the owner's language.
    assert re.search(r"[\u4e00-\u9fff]", to_taken[0].subject + to_taken[0].body)


@pytest.mark.django_db
def test_sign_ups_from_one_address_are_limited(client):
    for n in range(10):
        response = signup(client, f"wave{n}@example.org")
        assert response.status_code == 200
        client.cookies.clear()
    response = client.post(
        "/fr/accounts/signup/",
        {
            "email": "wave-over@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "intent": "professional",
            "consent": "on",
        },
    )
    assert response.status_code == 429
    assert '<html lang="fr"' in response.content.decode()
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="wave-over@example.org").exists()
