from dataclasses import dataclass, field
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms import ValidationError
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from talentportal.accounts import audit
from talentportal.mail import send_later


@dataclass(frozen=True)
class PortalSite:
    """What allauth's e-mails call the site: "Hello from Talent Portal!".

    Without django.contrib.sites, allauth names the site after the request's
    host ("Hello from 127.0.0.1:8000!"). The name is translated when the
    message is written, in the recipient's language; the domain is the public
    one from SITE_URL, never an internal host the request came through.
    """

    name: Promise = field(default_factory=lambda: gettext_lazy("Talent Portal"))
    domain: str = field(default_factory=lambda: urlsplit(settings.SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """Write the message in the recipient's language and send it from the queue."""
        user = get_user_model().objects.filter(email__iexact=email).first()
        language = user.preferred_language if user else translation.get_language()
        with translation.override(language):
            ctx = {"email": email, "current_site": self._site(), "request": self.request}
            ctx.update(context)
            message = self.render_mail(template_prefix, email, ctx)
        send_later(message)

    def format_email_subject(self, subject):
        """Subjects start with the brand as the message's language writes it: "[人才服务门户] …"."""
        return f"[{PortalSite().name}] {force_str(subject)}"

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Security notices (password, e-mail or two-factor changed) go out in
        the person's language, also when sent to an address that is no longer
        their main one."""
        with translation.override(user.preferred_language):
            super().send_notification_mail(template_prefix, user, context=context, email=email)

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            audit.log_lockout(credentials.get("email", ""))
            raise

    def authentication_failed(self, request, **credentials):
        audit.log_failed_password(credentials.get("email", ""))
        super().authentication_failed(request, **credentials)

    def _site(self):
        return PortalSite()
