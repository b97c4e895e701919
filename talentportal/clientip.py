"""The address of the person at the other end, as our own proxies report it.

`X-Forwarded-For` is a header anyone can send. Only the entries our own
proxies appended can be believed: with `TRUSTED_PROXY_COUNT` proxies in front
of the site, the client is the entry that many places from the right. With no
trusted proxy the header is ignored and the socket's address is used. This
wraps allauth's helper (`ALLAUTH_TRUSTED_PROXY_COUNT` is set from the same
variable), so allauth's sign-in limits and ours agree on who someone is.
"""

from allauth.core.internal.httpkit import get_client_ip
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client's address, or "unknown" when even the socket gave none."""
    try:
        ip = get_client_ip(request)
    except ImproperlyConfigured:
        # Fewer forwarded entries than trusted proxies: the request did not come
        # through all of them, so none of the header can be believed.
        ip = request.META.get("REMOTE_ADDR")
    return ip or "unknown"
