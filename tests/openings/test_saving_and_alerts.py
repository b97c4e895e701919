import datetime

import pytest
from django.core import mail
from django.utils import timezone

from talentportal.openings.alerts import send_due_alerts
from talentportal.openings.models import SavedOpening, SearchAlert
from tests.factories import opening, organisation, verified_user


@pytest.mark.django_db
def test_professional_saves_and_unsaves_an_opening(client):
    target = opening(organisation())
    user = verified_user()
    client.force_login(user)
    client.post(f"/en/openings/{target.pk}/save/")
    assert SavedOpening.objects.filter(user=user, opening=target).exists()
    assert "Research Engineer" in client.get("/en/openings/saved/").content.decode()
    client.post(f"/en/openings/{target.pk}/save/")
    assert not SavedOpening.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_saving_needs_a_log_in(client):
    target = opening(organisation())
    response = client.post(f"/en/openings/{target.pk}/save/")
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_a_new_matching_opening_sends_one_email_in_the_subscribers_language(client):
    org = organisation("shenzhen")
    subscriber = verified_user(language="ru")
    client.force_login(subscriber)
    client.post(
        "/en/openings/alerts/", {"frequency": "daily", "query": "city=shenzhen&permit=on&page=2"}
    )
    alert = SearchAlert.objects.get(user=subscriber)
    assert alert.query == "city=shenzhen&permit=on"

    day_ago = timezone.now() - datetime.timedelta(days=1, minutes=1)
    SearchAlert.objects.filter(pk=alert.pk).update(created_at=day_ago)
    opening(org, title_en="Robot wrangler", title="Robot wrangler", work_permit_support=True)
    opening(org, title_en="No permit", title="No permit", work_permit_support=False)
    opening(
        organisation("beijing"), title_en="Elsewhere", title="Elsewhere", work_permit_support=True
    )

    mail.outbox.clear()
    assert send_due_alerts() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [subscriber.email]
    assert "Robot wrangler" in message.body
    assert "No permit" not in message.body and "Elsewhere" not in message.body
    assert any("\u0400" <= ch <= "\u04ff" for ch in message.subject), message.subject
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # A day later nothing new has been published: no second e-mail.
    mail.outbox.clear()
    assert send_due_alerts(now=timezone.now() + datetime.timedelta(days=1, minutes=5)) == 0
    assert mail.outbox == []

    unsubscribe = next(word for word in message.body.split() if "/alerts/unsubscribe/" in word)
    client.logout()
    response = client.post(unsubscribe.replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 200
    assert not SearchAlert.objects.exists()


@pytest.mark.django_db
def test_hourly_run_closes_expired_openings_only():
    from talentportal.openings.services import close_expired

    org = organisation()
    expired = opening(org, deadline=timezone.now() - datetime.timedelta(hours=1))
    running = opening(org)
    assert close_expired() == 1
    expired.refresh_from_db()
    running.refresh_from_db()
    assert expired.status == "closed" and running.status == "published"


@pytest.mark.django_db
def test_the_listing_offers_its_search_as_an_alert_to_signed_in_readers_only(client):
    opening(organisation("shenzhen"))
    path, filters = "/fr/openings/", {"q": "engineer", "city": "shenzhen"}
    anonymous = client.get(path, filters).content.decode()
    assert "Enregistrer cette recherche" not in anonymous
    assert "/fr/accounts/login/?next=" in anonymous
    client.force_login(verified_user())
    html = client.get(path, filters).content.decode()
    assert "Enregistrer cette recherche" in html
    assert 'name="query" value="q=engineer&amp;city=shenzhen"' in html
