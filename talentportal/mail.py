"""E-mail leaves through the task queue, never inside the web request.

When the mail server cannot be reached (or stays silent for EMAIL_TIMEOUT
seconds) the task books itself again with a growing delay, so a message waits
for the server instead of being lost. Each message carries a delivery key
from the moment it is queued: its `MailDelivery` record is marked sent right
after the server accepts it, so a task run again (after its worker died, or
when two workers raced) never sends it a second time.
"""

import datetime
import logging
import smtplib
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from talentportal.operations.models import MailDelivery

logger = logging.getLogger(__name__)
# Delays double from 4 minutes up to an hour: about three days of outage
# before a message is given up on.
MAX_ATTEMPTS = 80
LONGEST_DELAY = datetime.timedelta(hours=1)


def _forget_message(context):
    """Blank this task's stored arguments once they are of no more use.

    Messages carry sign-in, reset and confirmation links and personal news: the
    task table keeps them only until the message is sent (or handed on to the
    retry, which holds its own copy), never afterwards.
    """
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(id=context.task_result.id).update(
        args_kwargs={"args": [], "kwargs": {"forgotten": True}}
    )


# A person is waiting for each of these (a confirmation link, a code, a reminder):
# the worker takes them before bulk work such as search indexing, whatever the queue.
EMAIL_PRIORITY = 50


@task(takes_context=True, priority=EMAIL_PRIORITY)
def send_email_task(
    context,
    subject=None,
    body=None,
    from_email=None,
    to=None,
    html=None,
    headers=None,
    attempt=1,
    attachments=None,
    delivery=None,
    forgotten=False,
):
    if forgotten:
        # Run again after this message was already sent or handed on.
        return
    record = None
    if delivery:
        record, _created = MailDelivery.objects.get_or_create(key=delivery)
        if record.sent_at is not None:
            _forget_message(context)
            return
        MailDelivery.objects.filter(pk=record.pk).update(attempts=F("attempts") + 1)
        # The same Message-ID on every attempt: mail clients show a rare
        # duplicate (accepted, then the worker died before recording it) once.
        headers = {"Message-ID": _message_id(delivery), **(headers or {})}
    message = EmailMultiAlternatives(subject, body, from_email, to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    # Text attachments only (an interview's .ics): task arguments are stored as JSON.
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    try:
        message.send()
        if record is not None:
            MailDelivery.objects.filter(pk=record.pk).update(sent_at=timezone.now())
    except (smtplib.SMTPException, OSError):
        if attempt >= MAX_ATTEMPTS:
            _forget_message(context)
            logger.error("Mail server unavailable after %s attempts; message dropped", attempt)
            raise
        delay = min(datetime.timedelta(minutes=2**attempt), LONGEST_DELAY)
        logger.warning("Mail server unavailable; retrying in %s (attempt %s)", delay, attempt)
        backend = send_email_task.get_backend()
        retry = (
            send_email_task.using(run_after=timezone.now() + delay)
            if backend.supports_defer
            else send_email_task
        )
        retry.enqueue(
            subject,
            body,
            from_email,
            to,
            html=html,
            headers=headers,
            attempt=attempt + 1,
            attachments=attachments,
            delivery=delivery,
        )
    _forget_message(context)


def _message_id(delivery: str) -> str:
    domain = urlsplit(settings.SITE_URL).hostname or "talentportal.localhost"
    return f"<{delivery}@{domain}>"


def send_later(message):
    """Queue a rendered message; the worker sends it, and retries while the server is down."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        None,
    )
    if message.content_subtype == "html" and html is None:
        body, html = "", message.body
    else:
        body = message.body
    send_email_task.enqueue(
        message.subject,
        body,
        message.from_email,
        list(message.to),
        html=html,
        headers=dict(message.extra_headers) or None,
        attachments=[
            [a[0], a[1] if isinstance(a[1], str) else a[1].decode(), a[2]]
            for a in message.attachments
        ]
        or None,
        delivery=str(uuid.uuid4()),
    )
