"""One rule for "Official source" wherever a source is cited: guides, navigator, onboarding.

The navigator's steps and the settling-in steps cite the statutory clocks' sources.
Among them the work-permit service system (on the Ministry of Science and
Technology's gov.cn platform) is official, and the reproduction of the 2017 service
guide on a university site is not: each must carry its own label and class.
"""

import json
import re

import pytest
from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from cms.models import CityPage
from talentportal.navigator.clocks import WORK_PERMIT_GUIDE, WORK_PERMIT_SYSTEM
from talentportal.onboarding.pages import SettlingInPage
from tests.factories import navigator_answers
from tests.onboarding_factories import SettlingInPageFactory, steps
from tests.page_factories import CityPageFactory

pytestmark = pytest.mark.django_db


def _steps_citing_their_clocks(city, language):
    """The settling-in steps, the work-permit notice citing its clock's sources, not its own."""
    blocks = json.loads(steps(city, language))
    for block in blocks:
        if block["value"]["clock"] == "permit_notice":
            block["value"]["sources"] = []
    return json.dumps(blocks)


@pytest.fixture(autouse=True)
def _cities(db):
    """The three cities; Shanghai, where the navigator's worked answers lead, with its
    settling-in steps."""
    for name in ("Beijing", "Shenzhen"):
        CityPageFactory(title=name)
    shanghai = CityPageFactory(title="Shanghai")
    SettlingInPageFactory(
        parent=shanghai,
        **{
            build_localized_fieldname("steps", code): _steps_citing_their_clocks(shanghai, code)
            for code, _name in settings.LANGUAGES
        },
    )


WORKED = navigator_answers()
CITED = re.compile(
    r'<span class="source-cited source-(\w+)"><span class="source-label"[^>]*>([^<]+)</span>'
    r' <a href="([^"]+)"'
)


def labels(page):
    """{address: (class, label)} for every source cited inline on the page."""
    return {url: (kind, label) for kind, label, url in CITED.findall(page)}


def test_the_shared_rule_labels_an_official_and_an_other_source():
    assert WORK_PERMIT_SYSTEM.url == "https://fuwu.most.gov.cn/"
    assert "safea" not in WORK_PERMIT_SYSTEM.url


@pytest.mark.parametrize("language", ["en", "zh-hans", "fr"])
def test_a_navigator_result_labels_each_source_by_the_official_list(client, language):
    with translation.override(language):
        page = client.get(f"/{language}/navigator/result/", WORKED).content.decode()
    found = labels(page)
    assert found[WORK_PERMIT_SYSTEM.url][0] == "official"
    assert found[WORK_PERMIT_GUIDE.url][0] == "other"
    with translation.override(language):
        assert found[WORK_PERMIT_SYSTEM.url][1] == translation.gettext("Official source:")
        assert found[WORK_PERMIT_GUIDE.url][1] == translation.gettext("Other source:")
    assert "safea" not in page
    # No source is called official just for being cited by the navigator any more.
    assert page.count('class="source-cited source-official"') < page.count('class="source-cited')


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_settling_in_step_labels_each_source_by_the_official_list(client, language):
    page = SettlingInPage.for_city(CityPage.objects.get(slug="shanghai"))
    with translation.override(language):
        html = client.get(page.url).content.decode()
        official = translation.gettext("Official source:")
        other = translation.gettext("Other source:")
    found = labels(html)
    assert found[WORK_PERMIT_SYSTEM.url] == ("official", official)
    assert found[WORK_PERMIT_GUIDE.url] == ("other", other)
    assert "Autre source\u00a0:" in html or language != "fr"
    assert "Official sources" not in html and "Sources officielles" not in html
