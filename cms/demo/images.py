"""Pictures drawn on the machine, so the demo needs no download."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from cms.models import PortalImage

WIDTH, HEIGHT = 1600, 900


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def skyline(seed, colours):
    """A sky gradient with a city skyline in front, as JPEG bytes."""
    top, bottom = (_rgb(c) for c in colours)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        t = y / HEIGHT
        draw.line(
            [(0, y), (WIDTH, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    # A seeded generator: the same city always gets the same picture.
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))  # noqa: S311
    for layer, shade in ((0, 70), (1, 35)):
        x = -20
        while x < WIDTH:
            width = rng.randint(50, 140)
            height = rng.randint(180, 520) - layer * 120
            colour = (shade, shade + 10, shade + 25)
            draw.rectangle([x, HEIGHT - height, x + width, HEIGHT], fill=colour)
            if rng.random() < 0.25:
                draw.polygon(
                    [
                        (x, HEIGHT - height),
                        (x + width // 2, HEIGHT - height - 60),
                        (x + width, HEIGHT - height),
                    ],
                    fill=colour,
                )
            for wy in range(HEIGHT - height + 20, HEIGHT - 20, 36):
                for wx in range(x + 12, x + width - 12, 24):
                    if rng.random() < 0.4:
                        draw.rectangle([wx, wy, wx + 8, wy + 14], fill=(250, 214, 120))
            x += width + rng.randint(4, 30)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def make_image(title, seed, colours, alt_texts, collection):
    existing = PortalImage.objects.filter(title=title).first()
    if existing:
        return existing
    data = skyline(seed, colours)
    image = PortalImage(title=title, collection=collection, credit="Talent Portal")
    for code, text in alt_texts.items():
        setattr(image, f"alt_text_{code.replace('-', '_')}", text)
    image.file = ImageFile(io.BytesIO(data), name=f"{seed}.jpg")
    image.save()
    return image
