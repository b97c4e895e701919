"""`{% fragment name [vary …] %}…{% endfragment %}`: markup kept until the next content change.

Like Django's `{% cache %}`, but keyed by the content generation and the
active language by itself, so no template can forget either: a publish, in
any language, retires every fragment at once. While the shared cache is down
the generation is unknown, and fragments are rendered every time.
"""

from django import template
from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.utils.translation import get_language

from talentportal.caching.store import UNAVAILABLE, current_generation

register = template.Library()


def _fragment_cache():
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


class FragmentNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str, vary_on: list) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context: template.Context) -> str:
        generation = current_generation()
        if generation == UNAVAILABLE:
            return self.nodelist.render(context)
        vary = [generation, get_language(), *(value.resolve(context) for value in self.vary_on)]
        key = make_template_fragment_key(self.name, vary)
        cache = _fragment_cache()
        markup = cache.get(key)
        if markup is None:
            markup = self.nodelist.render(context)
            cache.set(key, markup, settings.FRAGMENT_CACHE_SECONDS)
        return markup


@register.tag
def fragment(parser: template.base.Parser, token: template.base.Token) -> FragmentNode:
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])
