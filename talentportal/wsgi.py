import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "talentportal.settings.production")

django_application = get_wsgi_application()

# Imported once Django is set up: it reads the settings and the cache.
from talentportal.caching.front_door import StoredPageApplication  # noqa: E402

application = StoredPageApplication(django_application)
