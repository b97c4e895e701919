"""`{% fragment name [vary …] %}…{% endfragment %}`: markup kept until the next content change.

Like Django's `{% cache %}`, but keyed by the content generation and the
active language by itself (talentportal/caching/kept.py), so no template can
forget either.
"""

from django import template
from django.conf import settings

from talentportal.caching import expiry
from talentportal.caching.kept import kept
from talentportal.caching.store import UNAVAILABLE, current_generation

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str, vary_on: list) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context: template.Context) -> str:
        return kept(
            self.name,
            [value.resolve(context) for value in self.vary_on],
            lambda: self.nodelist.render(context),
            context.get("request"),
        )


@register.tag
def fragment(parser: template.base.Parser, token: template.base.Token) -> FragmentNode:
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])


@register.simple_tag
def next_opening_deadline():
    """When the next open opening closes: `{% next_opening_deadline as moment %}`.

    A fragment listing open openings varies on it, so it is built again once
    that deadline passes, as a stored page is (talentportal/caching/expiry.py).
    The page showing it is marked as depending on deadlines even when the
    fragment is kept, so the page cache still keeps it no longer.
    """
    expiry.depends_on_opening_deadlines()
    generation = current_generation()
    if generation == UNAVAILABLE:
        return None
    return expiry.valid_until(["opening-deadlines"], settings.PAGE_CACHE_ALIAS, generation)
