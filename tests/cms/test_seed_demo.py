import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cms.models import CityPage, GuidePage, PortalImage, TalentApartmentPage, VisaResourcePage

pytestmark = pytest.mark.usefixtures("demo_site")


def snapshot():
    return sorted(
        (p.url_path, p.title_en, p.title_zh_hans, p.title_ar, p.live)
        for p in Page.objects.filter(depth__gt=1)
    )


@pytest.mark.django_db
def test_demo_site_has_what_the_issue_promises():
    assert CityPage.objects.count() == 3
    for city in CityPage.objects.all():
        assert GuidePage.objects.descendant_of(city).count() >= 4
        assert TalentApartmentPage.objects.descendant_of(city).count() >= 3
        assert city.service_centres.exists()
    types = set(VisaResourcePage.objects.values_list("permit_type", flat=True))
    assert {
        "visa-z",
        "visa-r",
        "visa-x",
        "visa-s",
        "visa-m",
        "permit-a",
        "permit-b",
        "permit-c",
        "residence",
    } <= types
    assert all(image.alt_text_en for image in PortalImage.objects.all())


@pytest.mark.django_db
def test_every_demo_page_is_written_in_all_six_languages():
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.translated_languages() == ["en", "zh-hans", "ar", "ru", "es", "fr"], (
            page.url_path
        )


@pytest.mark.django_db
def test_running_seed_demo_again_changes_nothing():
    before = snapshot()
    revisions = Revision.objects.count()
    images = PortalImage.objects.count()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == before
    assert Revision.objects.count() == revisions
    assert PortalImage.objects.count() == images


@pytest.mark.django_db
def test_demo_accounts_exist_only_when_debug_is_on(settings):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    assert not users.filter(email="beijing.editor@example.com").exists()
    settings.DEBUG = True
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    editor = users.get(email="beijing.editor@example.com")
    assert editor.groups.filter(name="Beijing editors").exists()
    assert "beijing.editor@example.com" in out.getvalue()
    assert users.get(email="admin@example.com").is_superuser
