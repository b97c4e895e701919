"""Every page's outline and phone links, as screen readers and phones read them."""

import itertools
import re

import pytest

from cms.outline import with_title_tags

HEADING = re.compile(r"<h([1-6])[\s>]")
TEL = re.compile(r'href="(tel:[^"]*)"')


def _main(html):
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_page_skips_a_heading_level(client, pages, language):
    skipped = []
    for page in pages:
        html = client.get(f"/{language}{page.url_path.removeprefix('/home')}").content.decode()
        levels = [int(level) for level in HEADING.findall(_main(html))]
        assert levels[:1] == [1], page.url_path
        for before, after in itertools.pairwise(levels):
            if after > before + 1:
                skipped.append(f"{page.url_path}: h{before} then h{after}")
    assert not skipped


@pytest.mark.django_db
def test_every_phone_link_dials(client, pages):
    links = []
    for page in pages:
        links += TEL.findall(
            client.get(f"/en{page.url_path.removeprefix('/home')}").content.decode()
        )
    assert links
    assert [link for link in links if not re.fullmatch(r"tel:\+?[\d-]+", link)] == []


def test_a_block_title_sits_one_level_below_its_section():
    class Block:
        def __init__(self, block_type, level=None):
            self.block_type = block_type
            self.value = {"level": level}

    body = [
        Block("steps"),
        Block("heading", "h2"),
        Block("faq"),
        Block("heading", "h3"),
        Block("checklist"),
    ]
    assert [tag for _block, tag in with_title_tags(body)] == ["h2", "", "h3", "", "h4"]
