import datetime
import json

import factory
from django.contrib.auth import get_user_model

from cms.models import GuidePage


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = "Ada"
    last_name = "Lovelace"
    password = factory.django.Password("correct-horse-battery")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def consent(user, create, extracted, **kwargs):
        """People agree to the current privacy policy when they sign up."""
        from cms.models import PrivacyPolicyPage

        policy = PrivacyPolicyPage.current()
        if create and policy and extracted is not False:
            user.policy_consents.create(version=policy.version)


def add_guide(parent, publish=True, **fields):
    """A guide written in English only, under ``parent``."""
    values = {
        "title": "Untranslated guide",
        "slug": "untranslated-guide",
        "topic": "daily",
        "intro": "Only written in English so far.",
        "body_en": json.dumps([{"type": "text", "value": "<p>English text only.</p>"}]),
        "last_reviewed": datetime.date(2026, 11, 1),
    }
    values.update(fields)
    values.setdefault("title_en", values["title"])
    values.setdefault("intro_en", values["intro"])
    guide = GuidePage(**values)
    parent.add_child(instance=guide)
    if publish:
        guide.save_revision().publish()
    return guide


def verified_user(email=None, language="en", **fields):
    from allauth.account.models import EmailAddress

    user = UserFactory(preferred_language=language, **({"email": email} if email else {}), **fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def with_totp(user):
    """Give the user an authenticator app; returns its secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def organisation(city_slug="beijing", status="verified", kind="university", owner=None, **fields):
    from cms.models import CityPage
    from talentportal.organisations.models import Membership, Organisation

    values = {
        "kind": kind,
        "name": "Test University",
        "name_en": "Test University",
        "address": "1 Test Road",
        "size": "250-999",
        "sector": "Higher education",
        "status": status,
        "city": CityPage.objects.get(slug=city_slug),
    }
    values.update(fields)
    org = Organisation.objects.create(**values)
    if owner:
        Membership.objects.create(organisation=org, user=owner, role="owner")
    return org


def opening(org, **fields):
    """A published opening of `org`, written in English."""
    import datetime

    from django.utils import timezone

    from talentportal.openings.models import Opening

    values = {
        "organisation": org,
        "title": "Research Engineer",
        "title_en": "Research Engineer",
        "kind": "engineer",
        "field": "engineering",
        "employment_type": "full-time",
        "city": org.city,
        "description_en": "<p>Build robots.</p>",
        "status": "published",
        "published_at": timezone.now() - datetime.timedelta(days=1),
        "deadline": timezone.now() + datetime.timedelta(days=30),
    }
    values.update(fields)
    return Opening.objects.create(**values)


def apply_data(setting, **overrides):
    data = {
        "cv_source": "profile",
        "cover_letter": "I build robots.",
        f"question_{setting['question'].pk}": "yes",
        "consent": "on",
    }
    data.update(overrides)
    return data


def navigator_answers(**overrides):
    """A full set of visa-navigator answers: a French engineer with a master's degree
    and a job offer in Shanghai (a class B work permit)."""
    return {
        "purpose": "work",
        "city": "shanghai",
        "nationality": "FR",
        "situation": "abroad",
        "offer": "yes",
        "age": "30",
        "degree": "master",
        "degree_from": "foreign",
        "experience": "5",
        "salary": "300000",
        "months": "12",
        "chinese": "none",
        "extras": "high_level_university",
        **overrides,
    }
