import re

import pytest

from talentportal.profiles.models import Profile
from tests.factories import city, verified_user


def management(prefix, total=1, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }


def profile_data(**overrides):
    data = {
        "first_name": "Li",
        "last_name": "Wei",
        "headline": "Robotics engineer",
        "nationality": "SG",
        "country_of_residence": "SG",
        "visa_situation": "not_yet",
        "expertise": "robotics, control",
        "summary": "Ten years in industrial robots.",
        "target_cities": [str(city("shenzhen").pk)],
        **management("education"),
        "education-0-degree": "master",
        "education-0-field": "Mechatronics",
        "education-0-institution": "NUS",
        "education-0-country": "SG",
        "education-0-year": "2015",
        **management("experience"),
        **management("languages"),
        "languages-0-language": "zh-hans",
        "languages-0-hsk_level": "5",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_profile_is_saved_with_its_entries_and_the_meter_moves(client):
    user = verified_user(email="li@example.org")
    client.force_login(user)
    before = client.get("/en/profile/").content.decode()
    assert "8% complete" in before  # only the name so far
    assert "your education" in before

    response = client.post("/en/profile/", profile_data(), follow=True)
    html = response.content.decode()
    assert "Your profile is saved." in html
    profile = Profile.objects.get(user=user)
    assert profile.education.get().institution == "NUS"
    assert profile.languages.get().hsk_level == 5
    assert list(profile.target_cities.values_list("slug", flat=True)) == ["shenzhen"]
    percent, _missing = profile.completeness()
    assert 0 < percent < 100
    assert f"{percent}% complete" in html
    assert "your CV" in html


@pytest.mark.django_db
def test_bad_input_is_explained_and_loses_nothing_typed(client):
    user = verified_user(email="typo@example.org")
    client.force_login(user)
    data = profile_data(
        **{"languages-0-language": "fr", "languages-0-hsk_level": "4", "education-0-year": "1800"}
    )
    response = client.post("/fr/profile/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mechatronics" in html  # what was typed is still in the form
    # Each mistake is explained, in French, beside the field it concerns.
    errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    assert any("Les niveaux HSK concernent uniquement le chinois." in e for e in errors)
    assert any("supérieure ou égale à 1950" in e for e in errors)
    assert not Profile.objects.get(user=user).education.exists()
