import datetime

import pytest
from django.core import mail
from django.utils import timezone

from talentportal.organisations.models import Invitation, Membership, Organisation
from talentportal.organisations.uscc import validate_uscc
from tests.factories import (
    MembershipFactory,
    city,
    city_group,
    organisation,
    verified_user,
    with_totp,
)


def staff(city, role="moderator"):
    user = verified_user()
    user.groups.add(city_group(city.lower(), role))
    with_totp(user)
    return user


def owner(language="en"):
    user = verified_user(language=language)
    with_totp(user)
    return user


REGISTRATION = {
    "kind": "company",
    "name_en": "Harbour Lights Robotics",
    "name_zh_hans": "港湾之光机器人",
    "city": None,
    "address": "88 Keyuan Road, Nanshan",
    "website": "https://robots.example.org",
    "size": "50-249",
    "sector": "Robotics",
    "uscc": "91350100M000100Y43",
    "description_en": "We build warehouse robots.",
}


@pytest.mark.django_db
def test_hr_registers_an_organisation_which_waits_for_city_staff(client, fresh_login):
    person = verified_user(email="founder@example.org")
    fresh_login(person)
    data = dict(REGISTRATION, city=city("shenzhen").pk)
    response = client.post("/en/employer/register/", data, follow=True)
    html = response.content.decode()
    assert "Harbour Lights Robotics is registered" in html
    organisation = Organisation.objects.get(name_en="Harbour Lights Robotics")
    assert organisation.status == "pending"
    assert Membership.objects.get(organisation=organisation).role == "owner"
    assert client.get(f"/en/organisations/{organisation.slug}/").status_code == 404


@pytest.mark.django_db
def test_company_needs_a_valid_social_credit_code(client, fresh_login):
    fresh_login(verified_user())
    data = dict(REGISTRATION, city=city("shenzhen").pk, uscc="91350100M000100Y44")
    response = client.post("/en/employer/register/", data)
    assert "This unified social credit code is not valid" in response.content.decode()
    data["uscc"] = ""
    response = client.post("/en/employer/register/", data)
    assert "need their unified social credit code" in response.content.decode()
    assert not Organisation.objects.filter(name_en="Harbour Lights Robotics").exists()


def test_social_credit_code_checksum():
    from django.core.exceptions import ValidationError

    validate_uscc("91350100M000100Y43")
    with pytest.raises(ValidationError) as refused:
        validate_uscc("91350100M000100Y42")
    assert refused.value.code == "uscc_checksum"


@pytest.mark.django_db
def test_staff_of_one_city_cannot_see_or_verify_another_citys_organisation(client, fresh_login):
    org = organisation("shanghai", status="pending", owner=owner())
    fresh_login(staff("Beijing"))
    # Another city's organisation does not exist for them: the review page is a 404
    # (which the language middleware first sends to its /en/ address).
    url = f"/admin/organisations/inspect/{org.pk}/"
    assert client.get(url, follow=True).status_code == 404
    assert client.post(url, {"decision": "verify"}, follow=True).status_code == 404
    org.refresh_from_db()
    assert org.status == "pending"
    assert org.name not in client.get("/admin/organisations/").content.decode()


@pytest.mark.django_db
def test_city_staff_verify_and_the_owner_is_told_in_their_language(client, fresh_login):
    the_owner = owner(language="fr")
    org = organisation("shanghai", status="pending", owner=the_owner)
    fresh_login(staff("Shanghai"))
    assert org.name in client.get("/admin/organisations/").content.decode()
    response = client.post(f"/admin/organisations/inspect/{org.pk}/", {"decision": "verify"})
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.status == "verified"
    message = [m for m in mail.outbox if m.to == [the_owner.email]][-1]
    assert "vérifié" in (message.subject + message.body).lower()
    assert client.get(f"/fr/organisations/{org.slug}/").status_code == 200


@pytest.mark.django_db
def test_rejection_needs_a_reason_which_the_owner_then_sees(client, fresh_login):
    the_owner = owner()
    org = organisation("beijing", status="pending", owner=the_owner)
    fresh_login(staff("Beijing", role="editor"))
    url = f"/admin/organisations/inspect/{org.pk}/"
    response = client.post(url, {"decision": "reject", "reason": ""})
    assert "Tell the organisation why" in response.content.decode()
    client.post(
        f"/admin/organisations/inspect/{org.pk}/",
        {"decision": "reject", "reason": "The licence number does not match."},
    )
    org.refresh_from_db()
    assert org.status == "rejected"
    fresh_login(the_owner)
    html = client.get(f"/en/employer/{org.pk}/").content.decode()
    assert "The licence number does not match." in html


@pytest.mark.django_db
def test_other_organisations_hr_gets_404(client, fresh_login):
    org = organisation(owner=owner())
    outsider = owner()
    organisation(name="Other", name_en="Other", owner=outsider)
    fresh_login(outsider)
    assert client.get(f"/en/employer/{org.pk}/").status_code == 404
    assert client.get(f"/en/employer/{org.pk}/edit/").status_code == 404
    assert (
        client.post(
            f"/en/employer/{org.pk}/invite/", {"email": "x@example.org", "role": "owner"}
        ).status_code
        == 404
    )


@pytest.mark.django_db
def test_recruiter_can_neither_invite_nor_remove_members(client, fresh_login):
    the_owner = owner()
    org = organisation(owner=the_owner)
    recruiter = verified_user()
    MembershipFactory(organisation=org, user=recruiter, role="recruiter")
    owner_membership = Membership.objects.get(user=the_owner)
    fresh_login(recruiter)
    assert (
        client.post(
            f"/en/employer/{org.pk}/invite/", {"email": "x@example.org", "role": "owner"}
        ).status_code
        == 404
    )
    assert (
        client.post(f"/en/employer/{org.pk}/members/{owner_membership.pk}/remove/").status_code
        == 404
    )
    assert not Invitation.objects.exists()
    assert Membership.objects.filter(pk=owner_membership.pk).exists()


@pytest.mark.django_db
def test_owner_without_two_factor_is_sent_to_set_it_up(client, fresh_login):
    the_owner = verified_user()
    org = organisation(owner=the_owner)
    fresh_login(the_owner, code=False)
    response = client.post(
        f"/en/employer/{org.pk}/invite/", {"email": "x@example.org", "role": "recruiter"}
    )
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_invitation_works_once_for_the_invited_address(client, fresh_login):
    the_owner = owner()
    org = organisation(owner=the_owner)
    colleague = verified_user(email="colleague@example.org", language="es")
    fresh_login(the_owner)
    client.post(
        f"/en/employer/{org.pk}/invite/", {"email": "colleague@example.org", "role": "recruiter"}
    )
    message = mail.outbox[-1]
    assert message.to == ["colleague@example.org"]
    assert "Test University" in message.subject
    path = message.body.split("http://testserver", 1)[1].split()[0]

    stranger = verified_user(email="stranger@example.org")
    fresh_login(stranger)
    response = client.post(path, follow=True)
    assert "This invitation was sent to colleague@example.org" in response.content.decode()

    # A member from now on: the second factor is asked in the employer area.
    fresh_login(colleague, code=True)
    client.post(path)
    assert Membership.objects.get(user=colleague).role == "recruiter"

    response = client.post(path, follow=True)
    assert "has already been used" in response.content.decode()


@pytest.mark.django_db
def test_expired_invitation_is_refused(client, fresh_login):
    org = organisation(owner=owner())
    late = verified_user(email="late@example.org")
    invitation, token = Invitation.issue(org, late.email, "recruiter", None)
    invitation.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    invitation.save()
    fresh_login(late)
    response = client.post(f"/en/employer/invitations/{token}/", follow=True)
    assert "This invitation has expired" in response.content.decode()
    assert not Membership.objects.filter(user=late).exists()


@pytest.mark.django_db
def test_an_organisation_always_keeps_an_owner_and_ownership_can_be_handed_over(
    client, fresh_login
):
    the_owner = owner()
    org = organisation(owner=the_owner)
    recruiter = verified_user()
    colleague = MembershipFactory(organisation=org, user=recruiter, role="recruiter")
    mine = Membership.objects.get(user=the_owner)
    fresh_login(the_owner)

    response = client.post(f"/en/employer/{org.pk}/members/{mine.pk}/remove/", follow=True)
    assert "is the only owner" in response.content.decode()
    response = client.post(
        f"/en/employer/{org.pk}/members/{mine.pk}/role/", {"role": "recruiter"}, follow=True
    )
    assert "needs at least one owner" in response.content.decode()

    client.post(f"/en/employer/{org.pk}/members/{colleague.pk}/role/", {"role": "owner"})
    client.post(f"/en/employer/{org.pk}/members/{mine.pk}/remove/")
    assert list(org.memberships.values_list("user__email", "role")) == [(recruiter.email, "owner")]


@pytest.mark.django_db
def test_public_page_shows_the_verified_organisation_in_the_readers_language(client):
    org = organisation(
        status="verified",
        name_zh_hans="测试大学",
        description_en="A test.",
        description_zh_hans="一所测试大学。",
    )
    html = client.get(f"/zh-hans/organisations/{org.slug}/").content.decode()
    assert "测试大学" in html and "一所测试大学。" in html
    html = client.get(f"/ru/organisations/{org.slug}/").content.decode()
    assert "Test University" in html


@pytest.mark.django_db
def test_owner_closes_the_organisation_after_typing_its_name(client, fresh_login):
    the_owner = owner()
    org = organisation(owner=the_owner, name="Closing Lab", name_en="Closing Lab")
    fresh_login(the_owner)
    response = client.post(f"/en/employer/{org.pk}/close/", {"name": "Wrong"})
    assert "That is not the organisation&#x27;s name." in response.content.decode()
    assert Organisation.objects.filter(pk=org.pk).exists()
    response = client.post(f"/en/employer/{org.pk}/close/", {"name": "Closing Lab"}, follow=True)
    assert "Closing Lab is closed" in response.content.decode()
    assert not Organisation.objects.filter(pk=org.pk).exists()


@pytest.mark.django_db
def test_rejecting_a_verified_organisation_closes_its_openings(client, fresh_login):
    from talentportal.openings.models import Opening
    from tests.factories import opening

    org = organisation("beijing", owner=owner())
    posted = opening(org)
    fresh_login(staff("Beijing"))
    client.post(
        f"/admin/organisations/inspect/{org.pk}/",
        {"decision": "reject", "reason": "Licence expired."},
    )
    posted.refresh_from_db()
    assert posted.status == "closed"
    assert not Opening.objects.open().filter(pk=posted.pk).exists()
