"""Job alerts: a readable summary, editing, pausing, and an unsubscribe link that only asks."""

import datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from talentportal.openings.alerts import send_due_alerts
from talentportal.openings.models import SearchAlert
from tests.factories import opening, organisation, verified_user
from tests.page_factories import CityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cities(db):
    """The cities the alerts search in, named in the readers' languages."""
    CityPageFactory(title="Beijing", title_zh_hans="北京", title_ru="Пекин")
    CityPageFactory(title="Shenzhen", title_zh_hans="深圳", title_ru="Шэньчжэнь")


def alert_of(user, query="city=shenzhen&permit=on&min_salary=300000", **fields):
    alert = SearchAlert.objects.create(user=user, query=query, frequency="daily", **fields)
    # Created a day and a minute ago, so the alert is due now.
    SearchAlert.objects.filter(pk=alert.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    alert.refresh_from_db()
    return alert


def test_saved_alerts_read_as_filters_in_the_readers_language(client):
    user = verified_user(language="ru")
    alert_of(user)
    client.force_login(user)
    html = client.get("/ru/openings/saved/").content.decode()
    assert "Город: Шэньчжэнь" in html
    assert "Помощь с разрешением на работу" in html
    # 300 000 as Russian writes it (a no-break space between thousands).
    assert "300\u00a0000" in html
    assert ">city=shenzhen" not in html


def test_the_alert_email_names_the_search_in_the_subscribers_language():
    user = verified_user(language="zh-hans")
    alert_of(user, query="city=shenzhen")
    opening(organisation("shenzhen"))
    mail.outbox.clear()
    assert send_due_alerts() == 1
    # A line of its own names the search.
    assert "城市：深圳" in mail.outbox[0].body.splitlines()


def test_an_alert_is_edited_without_retyping_it(client):
    user = verified_user()
    alert = alert_of(user, query="city=shenzhen")
    client.force_login(user)
    form = client.get(f"/en/openings/alerts/{alert.pk}/").content.decode()
    assert 'value="shenzhen" selected' in form
    response = client.post(
        f"/en/openings/alerts/{alert.pk}/",
        {"city": "beijing", "kind": "teacher", "frequency": "weekly"},
        follow=True,
    )
    alert.refresh_from_db()
    assert alert.query == "city=beijing&kind=teacher"
    assert alert.frequency == "weekly"
    assert "City: Beijing · Position: Teacher" in response.content.decode()


def test_someone_elses_alert_cannot_be_opened_edited_or_paused(client):
    alert = alert_of(verified_user())
    client.force_login(verified_user())
    assert client.get(f"/en/openings/alerts/{alert.pk}/").status_code == 404
    assert (
        client.post(f"/en/openings/alerts/{alert.pk}/pause/", {"paused": "yes"}).status_code == 404
    )
    alert.refresh_from_db()
    assert not alert.paused


def test_a_paused_alert_sends_nothing_and_resumes_from_the_day_it_is_resumed(client):
    user = verified_user()
    alert = alert_of(user, query="")
    client.force_login(user)
    response = client.post(f"/en/openings/alerts/{alert.pk}/pause/", {"paused": "yes"}, follow=True)
    assert "Paused: no e-mails" in response.content.decode()
    org = organisation()
    opening(
        org,
        title="Published while paused",
        title_en="Published while paused",
        published_at=timezone.now(),
    )
    mail.outbox.clear()
    assert send_due_alerts() == 0
    assert mail.outbox == []

    client.post(f"/en/openings/alerts/{alert.pk}/pause/", {"paused": "no"})
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        opening(
            org,
            title="Published after",
            title_en="Published after",
            published_at=timezone.now(),
        )
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, hours=2)):
        assert send_due_alerts() == 1
    body = mail.outbox[0].body
    assert "Published after" in body
    assert "Published while paused" not in body


def _unsubscribe_path(message):
    url = next(word for word in message.body.split() if "/alerts/unsubscribe/" in word)
    return urlsplit(url).path


def test_a_plain_get_of_the_unsubscribe_link_only_asks(client):
    user = verified_user()
    alert_of(user, query="city=shenzhen")
    opening(organisation("shenzhen"))
    mail.outbox.clear()
    send_due_alerts()
    path = _unsubscribe_path(mail.outbox[0])

    # A mail scanner follows every link: nothing is deleted.
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stop this alert?" in html
    assert "City: Shenzhen" in html
    assert 'method="post"' in html
    assert SearchAlert.objects.filter(user=user).exists()
    assert "no-store" in response["Cache-Control"]

    # The person presses the button.
    response = client.post(path)
    assert "You will get no more e-mails for this search." in response.content.decode()
    assert not SearchAlert.objects.filter(user=user).exists()


def test_one_click_unsubscribe_by_post_as_rfc_8058_describes():
    user = verified_user()
    alert_of(user, query="")
    opening(organisation())
    mail.outbox.clear()
    send_due_alerts()
    message = mail.outbox[0]
    header = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The mail program posts without cookies or CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        urlsplit(header).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not SearchAlert.objects.filter(user=user).exists()
