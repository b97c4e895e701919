"""Rich text from HR teams, reduced to safe formatting on save and on output."""

import nh3

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h3", "h4", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def clean_html(html):
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    )
