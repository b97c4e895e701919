"""A session as right after signing in, for the bench and the tests.

Pages that want a second factor in this session, or a recent password for a
sensitive action, read allauth's records of how the person signed in; these go
into the session here as allauth's own log-in would write them.
"""

import time


def record_sign_in(client, user, totp=None):
    """Sign ``user`` in on a Django test client: the password just typed and,
    with ``totp`` (their authenticator), the code too."""
    from allauth.account.internal.flows.login import (
        _AUTHENTICATION_METHODS_USER_SESSION_KEY,
        AUTHENTICATION_METHODS_SESSION_KEY,
    )

    client.force_login(user)
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email, "reauthenticated": True}]
    if totp is not None:
        records.append(
            {"method": "mfa", "at": now, "id": totp.pk, "type": "totp", "reauthenticated": True}
        )
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
