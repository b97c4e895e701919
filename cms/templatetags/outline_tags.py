from django import template

from cms.outline import with_title_tags

register = template.Library()


@register.filter
def title_tags(body):
    """`{% for block, title_tag in page.body|title_tags %}`: see cms.outline."""
    return list(with_title_tags(body))
