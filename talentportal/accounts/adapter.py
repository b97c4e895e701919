from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth import get_user_model
from django.utils import translation

from talentportal.mail import send_later


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

    def _site(self):
        from django.contrib.sites.shortcuts import get_current_site

        return get_current_site(self.request)
