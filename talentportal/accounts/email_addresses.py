"""Whether a person has confirmed an e-mail address.

Applying to an opening and registering an organisation wait for it: the replies,
decisions and invitations that follow go by e-mail and must reach the person.
"""

from allauth.account.models import EmailAddress


def has_verified_email(user) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()
