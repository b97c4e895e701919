"""E-mail leaves through the task queue, never inside the web request."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email_task(subject, body, from_email, to, html=None, headers=None):
    message = EmailMultiAlternatives(subject, body, from_email, to, headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def send_later(message):
    """Queue a rendered message; the worker sends it (and retries on failure)."""
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
        subject=message.subject,
        body=body,
        from_email=message.from_email,
        to=list(message.to),
        html=html,
        headers=dict(message.extra_headers) or None,
    )
