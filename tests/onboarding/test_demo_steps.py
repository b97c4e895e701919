"""The demo site's settling-in steps: every city has them, in six languages, naming its own
service centres. A guard of the demo content itself, so it reads the demo site."""

import pytest
from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.models import CityPage
from talentportal.onboarding.pages import SettlingInPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_every_city_has_its_steps_in_six_languages_with_its_own_service_centres():
    cities = list(CityPage.objects.live())
    assert {city.slug for city in cities} == {"beijing", "shanghai", "shenzhen"}
    for city in cities:
        page = SettlingInPage.for_city(city)
        assert page is not None, city.slug
        for language, _name in settings.LANGUAGES:
            assert getattr(page, build_localized_fieldname("intro", language))
            with translation.override(language):
                fresh = SettlingInPage.objects.get(pk=page.pk)
                keys = [b.value["step"] for b in fresh.steps]
                assert keys[:5] == ["notice", "visa_z", "visa_r", "entry", "registration"]
        own = {str(pk) for pk in city.service_centres.values_list("pk", flat=True)}
        named = {pk for block in page.steps for pk in block.value["centres"]}
        assert named and named <= own
