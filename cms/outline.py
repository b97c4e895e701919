"""Heading levels for the titles of body blocks, so that a page's outline never skips a level.

A steps, checklist or FAQ block has a title of its own. Under a section heading
it sits one level below that heading; at the top of a body, before any heading,
it is a section of its own (h2), right under the page's h1.
"""


def with_title_tags(body):
    """Each block of a stream field with the tag its own title takes ("" for headings)."""
    level = 1
    for block in body:
        if block.block_type == "heading":
            level = 3 if block.value["level"] == "h3" else 2
            yield block, ""
        else:
            yield block, f"h{min(level + 1, 6)}"
