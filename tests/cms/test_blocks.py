import pytest
from wagtail import blocks

from cms.blocks import GUIDE_BLOCKS, HUB_BLOCKS
from cms.models import PortalImage

TEXT_BLOCKS = [(n, b) for n, b in GUIDE_BLOCKS + HUB_BLOCKS if n != "image"]


def render(name, block, raw):
    stream = blocks.StreamBlock([(name, block)])
    return str(stream.render(stream.to_python([{"type": name, "value": raw}])))


@pytest.mark.parametrize(("name", "block"), TEXT_BLOCKS, ids=[n for n, _b in TEXT_BLOCKS])
def test_every_block_renders_its_preview_value(name, block):
    html = render(name, block, block.get_prep_value(block.get_preview_value()))
    assert html.strip()
    assert "None" not in html


@pytest.mark.django_db
def test_image_block_renders_a_picture_with_the_images_alt_text():
    block = dict(GUIDE_BLOCKS)["image"]
    image = PortalImage.objects.first()
    html = render("image", block, {"image": image.pk, "caption": "Skyline at dusk"})
    assert "<picture>" in html
    assert 'type="image/webp"' in html
    assert f'alt="{image.alt_text_en}"' in html
    assert "<figcaption>Skyline at dusk</figcaption>" in html
