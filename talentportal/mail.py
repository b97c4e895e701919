"""E-mail leaves through the task queue, never inside the web request.

When the mail server cannot be reached the task books itself again with a
growing delay, so a message waits for the server instead of being lost.
"""

import datetime
import logging
import smtplib

from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


@task()
def send_email_task(subject, body, from_email, to, html=None, headers=None, attempt=1):
    message = EmailMultiAlternatives(subject, body, from_email, to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        if attempt >= MAX_ATTEMPTS:
            raise
        delay = datetime.timedelta(minutes=2**attempt)
        logger.warning("Mail server unavailable; retrying in %s (attempt %s)", delay, attempt)
        backend = send_email_task.get_backend()
        retry = (
            send_email_task.using(run_after=timezone.now() + delay)
            if backend.supports_defer
            else send_email_task
        )
        retry.enqueue(
            subject, body, from_email, to, html=html, headers=headers, attempt=attempt + 1
        )


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
    )
