"""The framework floor for `make bench`: one empty Django view, nothing else.

`gunicorn bench.hello` with the site's flags; what the site serves per second
is compared with this.
"""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-hello-only-" + "k" * 40,
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse(b"hello", content_type="text/plain")


urlpatterns = [path("", hello)]
django.setup()
application = get_wsgi_application()
