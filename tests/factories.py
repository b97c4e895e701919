import datetime
import json

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.models import CityPage, GuidePage
from cms.staff import ensure_city_staff
from talentportal.applications.services import snapshot
from tests.page_factories import CityPageFactory


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


def city(slug="beijing"):
    """The city page at ``slug``: the demo's when it is loaded, otherwise built."""
    return CityPage.objects.filter(slug=slug).first() or CityPageFactory(
        title=slug.replace("-", " ").title(), slug=slug
    )


def city_group(slug="beijing", role="moderator"):
    """The city's editors or moderators group, with the page rights and the review
    workflow the demo gives it."""
    editors, moderators = ensure_city_staff(city(slug))
    return moderators if role == "moderator" else editors


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A verified university in Beijing, named in English."""

    kind = "university"
    name = "Test University"
    name_en = factory.SelfAttribute("name")
    address = "1 Test Road"
    size = "250-999"
    sector = "Higher education"
    status = "verified"
    city = factory.LazyFunction(city)

    class Meta:
        model = "organisations.Organisation"


class MembershipFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = "owner"

    class Meta:
        model = "organisations.Membership"


class OpeningFactory(factory.django.DjangoModelFactory):
    """A published opening, written in English, open for thirty more days."""

    organisation = factory.SubFactory(OrganisationFactory)
    title = "Research Engineer"
    title_en = factory.SelfAttribute("title")
    kind = "engineer"
    field = "engineering"
    employment_type = "full-time"
    city = factory.SelfAttribute("organisation.city")
    description_en = "<p>Build robots.</p>"
    status = "published"
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = "openings.Opening"


class ScreeningQuestionFactory(factory.django.DjangoModelFactory):
    opening = factory.SubFactory(OpeningFactory)
    text = "Can you start in March?"
    kind = "yesno"
    required = True

    class Meta:
        model = "openings.ScreeningQuestion"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application as sent: the applicant's profile frozen in, its first stage recorded.

    Without a CV: tests of uploads go through the applying form.
    """

    opening = factory.SubFactory(OpeningFactory)
    applicant = factory.SubFactory(UserFactory)
    cover_letter = "I build robots."
    profile = factory.LazyAttribute(lambda application: snapshot(application.applicant))
    nationality = factory.LazyAttribute(
        lambda application: application.profile.get("nationality", "")[:2]
    )
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = "applications.Application"
        skip_postgeneration_save = True

    @factory.post_generation
    def history(application, create, extracted, **kwargs):
        if create:
            application.history.create(to_stage="submitted", by=application.applicant)


def organisation(city_slug="beijing", status="verified", kind="university", owner=None, **fields):
    values = {"name": "Test University", "name_en": "Test University"}
    values.update(fields)
    if "city" not in values:
        values["city"] = city(city_slug)
    org = OrganisationFactory(status=status, kind=kind, **values)
    if owner:
        MembershipFactory(organisation=org, user=owner, role="owner")
    return org


def opening(org, **fields):
    """A published opening of `org`, written in English."""
    values = {"title": "Research Engineer", "title_en": "Research Engineer", "city": org.city}
    values.update(fields)
    return OpeningFactory(organisation=org, **values)


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
