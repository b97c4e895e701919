"""seed_demo builds a fresh site and never overwrites what editors changed (issue 13).

The README says so; this reads the page a visitor gets after an editor's change
and a second run of the command.
"""

import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from cms.models import GuidePage

pytestmark = pytest.mark.usefixtures("demo_site")


def rendered(page, language):
    # The request activates its language; the override restores ours afterwards.
    with translation.override(language):
        url = page.get_url()
        response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_an_edited_guide_keeps_the_editors_words_after_seed_demo_runs_again():
    page = GuidePage.objects.get(slug="driving-licence")
    page.intro_en = "Edited in the admin: bring your licence and passport."
    page.intro_fr = "Modifié par la rédaction\u00a0: apportez votre permis et votre passeport."
    page.save_revision().publish()

    call_command("seed_demo", stdout=io.StringIO())

    fresh = GuidePage.objects.get(pk=page.pk)
    assert "Edited in the admin: bring your licence and passport." in rendered(fresh, "en")
    assert "Modifié par la rédaction" in rendered(fresh, "fr")
    assert "Why a foreign licence or an international permit" not in rendered(fresh, "en")
    assert GuidePage.objects.filter(slug="driving-licence").count() == 1
