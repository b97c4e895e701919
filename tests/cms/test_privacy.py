"""Wagtail's privacy settings hold on every page below them and on every alias of a private page.

The portal answers "which restrictions cover this page?" in one query
(`TranslatedPage.get_view_restrictions`); these tests hold that answer to
Wagtail's own, page by page, and to what a reader is shown.
"""

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """A city with a private guide section, a public one, and an alias of a public guide."""
    city = CityPageFactory(title="Beijing")
    private = GuideIndexPageFactory(parent=city, title="Staff guides")
    public = GuideIndexPageFactory(parent=city, title="Guides")
    hidden = GuidePageFactory(parent=private, title="Internal checklist")
    shown = GuidePageFactory(parent=public, title="Arriving")
    # An alias takes the privacy of the page it copies, set after it was made.
    source = GuidePageFactory(parent=public, title="Banking")
    alias = source.create_alias(parent=private.get_parent(), update_slug="banking-copy")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return {
        "private section": private,
        "page in the private section": hidden,
        "public page": shown,
        "private source": source,
        "its alias": alias,
        "city": city,
    }


def test_every_page_is_covered_by_the_restrictions_wagtail_finds(tree):
    for name, page in tree.items():
        page = page.specific
        ours = set(page.get_view_restrictions())
        wagtails = set(Page.get_view_restrictions(page))
        assert ours == wagtails, name


def test_restrictions_cost_one_query(tree, django_assert_num_queries):
    page = tree["page in the private section"].specific
    with django_assert_num_queries(1):
        assert len(page.get_view_restrictions()) == 1


@pytest.mark.parametrize(
    "name, asks_for",
    [
        ("private section", "log-in"),
        ("page in the private section", "log-in"),
        ("private source", "password"),
        ("its alias", "password"),
    ],
)
def test_readers_of_private_pages_are_asked_first(client, tree, name, asks_for):
    response = client.get(tree[name].url)
    if asks_for == "log-in":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    # The guide's own text is behind the form.
    assert "Bring your passport." not in response.content.decode()


def test_a_public_page_beside_them_is_shown(client, tree):
    response = client.get(tree["public page"].url)
    assert response.status_code == 200
    assert "Bring your passport." in response.content.decode()
