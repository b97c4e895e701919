from django import template

from cms.seo import head_tags

register = template.Library()


@register.inclusion_tag("components/seo_head.html", takes_context=True)
def seo_head(context):
    """Canonical, description, OpenGraph, hreflang and feed links for the page's <head>."""
    return {"seo": head_tags(context), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}
