"""How a source is labelled, in one place for every template that cites one.

Guides, the visa navigator and the settling-in steps all show sources; each goes
through these tags, so "Official source" appears only where ``cms.sources`` says
the address belongs to an official body, and every other source reads "Other source"
and carries a class that styles it differently.
"""

from django import template

from cms.sources import is_official

register = template.Library()


@register.filter
def source_kind(url: str) -> str:
    """The class suffix beside the label: "official" or "other"."""
    return "official" if is_official(url) else "other"


@register.inclusion_tag("components/source_label.html")
def source_label(url: str) -> dict:
    return {"official": is_official(url)}
