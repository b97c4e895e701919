""" "On this page" links reach their headings in every script."""

import json
import re

import pytest
from django.conf import settings

from cms.models import GuidePage
from tests.page_factories import GuidePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Each language's headings: its own script, punctuation, a heading repeated, and sub-headings.
HEADINGS = {
    "en": ["Before you travel", "Documents: what to bring", "Before you travel"],
    "zh-hans": ["出发之前", "材料：需要携带什么", "出发之前"],
    "ar": ["قبل السفر", "المستندات: ماذا تحضر", "قبل السفر"],
    "ru": ["Перед поездкой", "Документы: что взять", "Перед поездкой"],
    "es": ["Antes de viajar", "Documentos: qué llevar", "Antes de viajar"],
    "fr": ["Avant le départ", "Documents : quoi apporter ?", "Avant le départ"],
}


@pytest.fixture(autouse=True)
def _guide(db):
    """A guide with headings in every language, and one with none."""
    fields = {}
    for language, (first, sub, again) in HEADINGS.items():
        fields[f"body_{language.replace('-', '_')}"] = json.dumps(
            [
                {"type": "heading", "value": {"text": first, "level": "h2"}},
                {"type": "text", "value": f"<p>{first}.</p>"},
                {"type": "heading", "value": {"text": sub, "level": "h3"}},
                {"type": "heading", "value": {"text": again, "level": "h2"}},
                {"type": "heading", "value": {"text": "…", "level": "h2"}},
            ]
        )
    GuidePageFactory(title="Arriving", **fields)
    GuidePageFactory(title="Short guide")


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
