"""Plain text out of rich text and StreamFields, for search and snippets."""

import re

from django.utils.html import strip_tags
from wagtail.blocks import ChoiceBlock, MultipleChoiceBlock, StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

# Where a browser breaks the line, the text keeps a space: "<p>a</p><p>b</p>" is "a b".
BLOCK_TAG = re.compile(r"<(?=/?(?:p|li|ul|ol|h[1-6]|br|div|tr|td|th|dt|dd|blockquote)\b)", re.I)


def html_to_text(html):
    if not html:
        return ""
    return " ".join(strip_tags(BLOCK_TAG.sub(" <", str(html))).split())


CHOICES = (ChoiceBlock, MultipleChoiceBlock)


def _value_to_text(value):
    if value is None or isinstance(value, bool | int | float):
        return ""
    if isinstance(value, RichText):
        return html_to_text(value.source)
    if isinstance(value, str):
        return html_to_text(value) if "<" in value else value
    if isinstance(value, StructValue):
        # A choice holds a setting such as "h2" or "warning", not words the reader sees.
        return " ".join(
            _value_to_text(value.get(name))
            for name, block in value.block.child_blocks.items()
            if not isinstance(block, CHOICES)
        )
    if isinstance(value, ListValue):
        if isinstance(value.list_block.child_block, CHOICES):
            return ""
        return " ".join(_value_to_text(v) for v in value)
    if isinstance(value, dict):
        return " ".join(_value_to_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_value_to_text(v) for v in value)
    if isinstance(value, StreamValue):
        return stream_to_text(value)
    return ""


def stream_to_text(stream):
    if not stream:
        return ""
    return " ".join(
        t
        for t in (
            "" if isinstance(child.block, CHOICES) else _value_to_text(child.value)
            for child in stream
        )
        if t
    )
