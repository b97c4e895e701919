"""Stored pages answered before Django starts handling the request.

PageCacheMiddleware sits almost first in the middleware, yet a hit there
still pays for Django's request handling around it: the `request_started` and
`request_finished` signals (each checks the database connections), the
middleware chain's calls, a response object whose header table is built and
then walked again into the WSGI header list. For a stored page that is about
half of the hit's time in the worker. Here, one step in front of Django's WSGI
handler, a hit is answered by the same rules (`policy.may_use_shared_copy`,
`store.key_for`, `store.lookup`) with the same stored status, headers and
bytes, and the same request id header RequestIdMiddleware would add.

Anything else goes on to Django unchanged. A request that was looked up and
not found carries the lookup with it, so PageCacheMiddleware stores the page
it renders without asking the shared cache a second time. The middleware keeps
its own hits for servers without this wrapper (ASGI, Django's test client).
"""

from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest

from talentportal import request_id
from talentportal.caching import middleware, policy, store


class StoredPageApplication:
    """Wraps Django's WSGI application: `StoredPageApplication(get_wsgi_application())`."""

    def __init__(self, application) -> None:
        self.application = application

    def __call__(self, environ, start_response):
        # Only a GET can be a hit: nothing else is worth building a request for.
        if environ.get("REQUEST_METHOD") == "GET" and middleware.enabled():
            # On a copy: WSGIRequest writes the decoded path back into the
            # environ it is given, and Django, decoding that again for its own
            # request, would fail on any address outside Latin-1.
            request = WSGIRequest(environ.copy())
            if policy.may_use_shared_copy(request):
                try:
                    key = store.key_for(request)
                except DisallowedHost:
                    # Django answers it (400) and logs it.
                    return self.application(environ, start_response)
                generation, page = store.lookup(key)
                if page is not None:
                    start_response(
                        page.status_line(),
                        page.header_list(
                            *middleware.hit_headers(page),
                            (
                                request_id.HEADER,
                                request_id.accept(environ.get(request_id.META_KEY)),
                            ),
                        ),
                    )
                    return [page.content]
                environ[middleware.LOOKED_UP] = (key, generation)
        return self.application(environ, start_response)
