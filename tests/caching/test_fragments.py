"""The header's navigation and the footer are kept as fragments between publishes, per language.

The full-page cache is off here: a page rendered afresh still reuses the
fragments, and a publish retires them in every language at once.
"""

import pytest
from django.conf import settings

from cms import context_processors
from cms.models import CityPage, PrivacyPolicyPage
from tests.page_factories import (
    CityPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    PrivacyPolicyPageFactory,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
GUIDE = "/{lang}/beijing/guides/arriving/"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _pages(db):
    """The GUIDE page, the other cities in the header and the privacy policy in the footer."""
    beijing = CityPageFactory(title="Beijing")
    GuidePageFactory(parent=GuideIndexPageFactory(parent=beijing), title="Arriving")
    CityPageFactory(title="Shanghai")
    CityPageFactory(title="Shenzhen")
    PrivacyPolicyPageFactory()


def _part(html: str, tag: str) -> str:
    return html.split(f"<{tag} ", 1)[1].split(f"</{tag}>", 1)[0]


def _field(name: str, lang: str) -> str:
    return f"{name}_{lang.replace('-', '_')}"


def test_a_rendered_page_reuses_the_stored_header_and_footer(client, monkeypatch):
    for lang in LANGUAGES:
        first = client.get(GUIDE.format(lang=lang)).content.decode()

        def navigation_is_not_built_again(request):
            raise AssertionError("the navigation was built again")

        with monkeypatch.context() as patch:
            patch.setattr(context_processors, "site_navigation", navigation_is_not_built_again)
            again = client.get(GUIDE.format(lang=lang)).content.decode()
        assert _part(again, "header") == _part(first, "header"), lang
        assert _part(again, "footer") == _part(first, "footer"), lang


def test_a_published_city_title_reaches_the_header_in_every_language(client, committed):
    city = CityPage.objects.get(slug="shenzhen")
    for lang in LANGUAGES:
        client.get(GUIDE.format(lang=lang))

    with committed():
        for lang in LANGUAGES:
            setattr(city, _field("title", lang), f"Shenzhen, renamed ({lang})")
        city.save_revision().publish()

    for lang in LANGUAGES:
        header = _part(client.get(GUIDE.format(lang=lang)).content.decode(), "header")
        assert f"Shenzhen, renamed ({lang})" in header, lang


def test_a_published_privacy_title_reaches_the_footer_in_every_language(client, committed):
    policy = PrivacyPolicyPage.objects.live().first()
    for lang in LANGUAGES:
        client.get(GUIDE.format(lang=lang))

    with committed():
        for lang in LANGUAGES:
            setattr(policy, _field("title", lang), f"Your data with us ({lang})")
        policy.save_revision().publish()

    for lang in LANGUAGES:
        footer = _part(client.get(GUIDE.format(lang=lang)).content.decode(), "footer")
        assert f"Your data with us ({lang})" in footer, lang
