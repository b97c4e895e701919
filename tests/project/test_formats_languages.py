"""One curated list of world languages, named in the reader's language."""

import pytest
from django.utils import translation

from talentportal.languages.world import WORLD_LANGUAGE_CODES, language_name
from talentportal.openings.models import OpeningLanguage
from talentportal.profiles.models import LanguageSkill, Profile
from tests.factories import opening, organisation, verified_user
from tests.page_factories import CityPageFactory, PrivacyPolicyPageFactory


def test_profiles_and_openings_offer_the_same_curated_list():
    profile_codes = [code for code, _name in LanguageSkill._meta.get_field("language").choices]
    opening_codes = [code for code, _name in OpeningLanguage._meta.get_field("language").choices]
    assert profile_codes == opening_codes == list(WORLD_LANGUAGE_CODES)
    assert profile_codes[:3] == ["zh-hans", "yue", "en"]
    # Django's interface locales are not languages people list: no Asturian, no Breton,
    # no "Simplified Chinese" script posing as a language.
    assert not {"ast", "br", "zh-hant"} & set(profile_codes)


@pytest.mark.parametrize(
    ("reader", "cantonese", "french"),
    [
        ("en", "Cantonese", "French"),
        ("zh-hans", "粤语", "法语"),
        ("ar", "الكَنْتُونية", "الفرنسية"),
        ("ru", "Кантонский", "Французский"),
        ("es", "Cantonés", "Francés"),
        ("fr", "Cantonais", "Français"),
    ],
)
def test_language_names_are_in_the_readers_language_as_list_items(reader, cantonese, french):
    assert language_name("yue", reader) == cantonese
    assert language_name("fr", reader) == french


def test_the_lazy_choice_labels_follow_the_active_language():
    labels = dict(LanguageSkill._meta.get_field("language").choices)
    with translation.override("ru"):
        assert str(labels["yue"]) == "Кантонский"
    with translation.override("en"):
        assert str(labels["zh-hans"]) == "Mandarin Chinese"


@pytest.mark.django_db
def test_the_openings_filter_names_languages_in_the_readers_language(client):
    html = client.get("/fr/openings/").content.decode()
    assert '<option value="yue">Cantonais</option>' in html
    assert '<option value="ast">' not in html


@pytest.mark.django_db
def test_an_openings_required_languages_read_in_the_readers_language(client):
    with translation.override("en"):
        CityPageFactory(title="Beijing")
        job = opening(organisation())
    OpeningLanguage.objects.create(opening=job, language="yue", level="fluent")
    OpeningLanguage.objects.create(opening=job, language="en", level="working")
    html = client.get(f"/ar/openings/{job.pk}/").content.decode()
    assert "الكَنْتُونية" in html
    assert "الإنجليزية" in html


@pytest.mark.django_db
def test_the_profile_form_lists_world_languages_and_keeps_stored_ones(client, fresh_login):
    with translation.override("en"):
        PrivacyPolicyPageFactory()
        person = verified_user()
    profile, _created = Profile.objects.get_or_create(user=person)
    LanguageSkill.objects.create(profile=profile, language="fr", level="native")
    fresh_login(person)
    html = client.get("/ru/profile/").content.decode()
    assert '<option value="yue">Кантонский</option>' in html
    assert '<option value="fr" selected>Французский</option>' in html
