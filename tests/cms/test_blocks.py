"""Every block an editor can use shows what the editor wrote.

Each block is rendered with its preview value, and every piece of text in that
value (titles, items, rich text, numbers) must be on the rendered page: a
template that shows a constant, drops a field or forgets a list fails here.
Blocks that page templates lay out themselves (commutes, documents) are read on
their pages.
"""

import html
import json
import re

import pytest
from django.utils import translation
from django.utils.html import strip_tags
from wagtail import blocks

from cms.blocks import (
    GUIDE_BLOCKS,
    HUB_BLOCKS,
    PHOTO_BLOCKS,
    SOURCE_BLOCKS,
    STEP_BLOCKS,
)
from tests.page_factories import (
    CityPageFactory,
    HousingIndexPageFactory,
    NeighbourhoodPageFactory,
    PortalImageFactory,
    VisaResourcePageFactory,
)

IMAGE_BLOCKS = [("image", dict(GUIDE_BLOCKS)["image"]), *PHOTO_BLOCKS]
RENDERED_BLOCKS = [
    (name, block)
    for name, block in GUIDE_BLOCKS + HUB_BLOCKS + SOURCE_BLOCKS + STEP_BLOCKS
    if name != "image"
]


def render(name, block, raw):
    stream = blocks.StreamBlock([(name, block)])
    return str(stream.render(stream.to_python([{"type": name, "value": raw}])))


def texts(block, value):
    """Every piece of text an editor typed into a block's value."""
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from texts(child, value[name])
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from texts(block.child_block, item)
    elif isinstance(block, blocks.RichTextBlock):
        yield from strip_tags(value.source).split("\n")
    elif (
        isinstance(block, blocks.FieldBlock)
        and isinstance(value, str | int)
        and not isinstance(block, blocks.ChoiceBlock | blocks.URLBlock)
    ):
        # Choices and addresses show as a tag, a label or a link, not as typed.
        yield str(value)


def visible_text(markup):
    """The words a reader sees, one space where a tag stood (table cells stay apart)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", markup)))


@pytest.mark.parametrize(("name", "block"), RENDERED_BLOCKS, ids=[n for n, _b in RENDERED_BLOCKS])
def test_every_block_shows_every_text_of_its_preview_value(name, block):
    value = block.get_preview_value()
    expected = [text.strip() for text in texts(block, value) if text.strip()]
    assert expected, f"{name} has no preview text to check"
    shown = visible_text(render(name, block, block.get_prep_value(value)))
    assert [text for text in expected if text not in shown] == []


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "block"), IMAGE_BLOCKS, ids=["guide image", "photo"])
def test_image_blocks_render_a_picture_with_the_images_alt_text(name, block):
    image = PortalImageFactory()
    with translation.override("en"):
        html_ = render(name, block, {"image": image.pk, "caption": "Skyline at dusk"})
    assert "<picture>" in html_
    assert 'type="image/webp"' in html_
    assert f'alt="{image.alt_text_en}"' in html_
    assert "<figcaption>Skyline at dusk</figcaption>" in html_


@pytest.mark.django_db
def test_a_neighbourhood_shows_each_commute_it_lists(client):
    page = NeighbourhoodPageFactory(
        parent=HousingIndexPageFactory(parent=CityPageFactory(title="Shanghai")),
        commutes=json.dumps(
            [
                {"type": "commute", "value": {"destination": d, "minutes": m, "mode": "Metro"}}
                for d, m in (("Zhangjiang", 35), ("Lujiazui", 20), ("Hongqiao Airport", 55))
            ]
        ),
    )
    shown = visible_text(client.get(f"/en{page.url_path.removeprefix('/home')}").content.decode())
    for commute in page.commutes:
        assert f"{commute.value['destination']} {commute.value['minutes']}" in shown


@pytest.mark.django_db
def test_a_visa_page_lists_each_required_document(client):
    page = VisaResourcePageFactory(
        documents=json.dumps(
            [
                {"type": "document", "value": {"name": name, "note": ""}}
                for name in ("Passport", "Degree certificate", "Criminal record check")
            ]
        ),
    )
    shown = visible_text(client.get(f"/en{page.url_path.removeprefix('/home')}").content.decode())
    for document in page.documents:
        assert document.value["name"] in shown
