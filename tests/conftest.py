import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, built once per test database, with image renditions made.

    Tests run inside transactions on top of it, so what one test changes the
    next does not see.
    """
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        client = Client()
        for page in Page.objects.live().filter(depth__gt=1).specific():
            client.get(page.url)


@pytest.fixture
def pages(db):
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))
