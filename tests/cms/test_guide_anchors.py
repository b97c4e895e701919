""" "On this page" links reach their headings in every script."""

import re

import pytest
from django.conf import settings

from cms.models import GuidePage

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contents_link_reaches_one_heading(client, language):
    guides = GuidePage.objects.live()
    assert guides.exists()
    for guide in guides:
        html = client.get(f"/{language}{guide.url_path.removeprefix('/home')}").content.decode()
        contents = re.search(r'<nav class="toc".*?</nav>', html, re.S)
        if not contents:
            continue
        targets = re.findall(r'href="#([^"]*)"', contents.group(0))
        ids = re.findall(r'<h[23] id="([^"]*)"', html)
        assert all(targets), (guide.url_path, language, targets)
        assert len(ids) == len(set(ids)), (guide.url_path, language, ids)
        assert set(targets) <= set(ids), (guide.url_path, language)


def test_a_repeated_or_unwritable_heading_gets_its_own_anchor():
    guide = GuidePage(
        body=[
            ("heading", {"text": "居留许可", "level": "h2"}),
            ("heading", {"text": "居留许可", "level": "h2"}),
            ("heading", {"text": "…", "level": "h3"}),
        ]
    )
    assert [anchor for anchor, _text in guide.headings()] == ["居留许可", "居留许可-2", "section"]
