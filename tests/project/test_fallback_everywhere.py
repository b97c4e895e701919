"""Every place that shows translated text marks it when it falls back to English.

The sweep blanks the Arabic version of every translated field of every object
(pages, openings, organisations, service centres, navigator rules), so Arabic
readers see the English text through modeltranslation's fallback. Each
English value starts with a token (`Qx12x`) naming the object and field. Then
on every public page in Arabic, each token must sit inside an element marked
`lang="en" dir="ltr"`, and no Arabic text may be in an English-marked
element: only the untranslated text is marked, labels and buttons stay right
to left (inside English content, they carry the reader's `lang` again).
"""

import re
from urllib.parse import urlencode

import html5lib
import pytest
from django.core.cache import caches
from django.utils import translation
from modeltranslation.translator import translator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms import search
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation
from tests.factories import navigator_answers, opening, organisation

pytestmark = pytest.mark.usefixtures("demo_site")

NS = "{http://www.w3.org/1999/xhtml}"
TOKEN = re.compile(r"Qx\d+x")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Fields never shown as text in the body: addresses, the head's own tags, alt text.
NOT_SHOWN_AS_TEXT = {"slug", "url_path", "seo_title", "search_description", "alt_text"}


def blank_arabic_and_mark_english():
    """Blank every Arabic translation; start each English text with a token.

    Returns {token: "Model.field #pk"} for the failure messages.
    """
    fields = set()
    for model in translator.get_registered_models():
        for name in translator.get_options_for_model(model).fields:
            if name not in NOT_SHOWN_AS_TEXT:
                fields.add((model._meta.get_field(f"{name}_en").model, name))
    tokens = {}
    for model, name in sorted(fields, key=lambda f: (f[0].__name__, f[1])):
        arabic = model._meta.get_field(f"{name}_ar")
        model.objects.update(**{arabic.name: None if arabic.null else ""})
        if isinstance(model._meta.get_field(name), StreamField):
            continue  # Streams fall back whole; their blocks are checked by direction below.
        for pk, value in model.objects.values_list("pk", f"{name}_en"):
            if not value:
                continue
            token = f"Qx{len(tokens)}x"
            tokens[token] = f"{model.__name__}.{name} #{pk}"
            rich = isinstance(model._meta.get_field(name), RichTextField) or value.startswith("<")
            marked = f"<p>{token}</p>{value}" if rich else f"{token} {value}"
            model.objects.filter(pk=pk).update(**{f"{name}_en": marked})
    return tokens


def language_in_force(body):
    """(element, lang) for each element of the body, lang being the nearest one set."""

    def walk(element, lang):
        lang = element.get("lang", lang)
        yield element, lang
        for child in element:
            if child.tag not in (f"{NS}script", f"{NS}template"):
                yield from walk(child, lang)

    return walk(body, "ar")


def problems_on(html, tokens):
    tree = html5lib.parse(html, namespaceHTMLElements=True)
    body = tree.find(f"{NS}body")
    found = []
    for element, lang in language_in_force(body):
        own_text = [element.text or ""] + [child.tail or "" for child in element]
        for token in TOKEN.findall(" ".join(own_text)):
            if lang != "en":
                found.append(f"{tokens.get(token, token)} shown as lang={lang}")
        arabic = [text for text in own_text if ARABIC.search(text)]
        if lang == "en" and arabic:
            found.append(f"Arabic text marked English: {' '.join(arabic[0].split())[:80]!r}")
    return found


def arabic_urls(client):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    with translation.override("ar"):
        urls = [page.url for page in pages]
        urls += [
            f"/ar/openings/{pk}/" for pk in Opening.objects.open().values_list("pk", flat=True)
        ]
        urls += [
            f"/ar/organisations/{slug}/"
            for slug in Organisation.objects.filter(
                status=Organisation.Status.VERIFIED
            ).values_list("slug", flat=True)
        ]
    answers = urlencode(navigator_answers())
    return [
        *urls,
        "/ar/openings/",
        "/ar/site-map/",
        "/ar/search/?q=visa",
        "/ar/search/?q=engineer",
        "/ar/search/?q=beijing",
        "/ar/navigator/",
        f"/ar/navigator/result/?{answers}",
        f"/ar/navigator/points/?{answers}",
        f"/ar/navigator/checklist/?{answers}",
    ]


@pytest.mark.django_db
def test_english_text_is_marked_wherever_an_arabic_page_shows_it(client):
    with translation.override("en"):
        opening(organisation(name="Lakeside Robotics", name_en="Lakeside Robotics"))
        tokens = blank_arabic_and_mark_english()
        search.rebuild()
    for cache in caches.all():
        cache.clear()

    problems = {}
    shown = set()
    for url in arabic_urls(client):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        shown.update(TOKEN.findall(html))
        if found := problems_on(html, tokens):
            problems[url] = sorted(set(found))
    # The sweep reached the other objects' texts, not only each page's own.
    reached = {tokens[t].split(" ")[0] for t in shown if t in tokens}
    assert {
        "Page.title",
        "Opening.title",
        "Organisation.name",
        "ServiceCentre.name",
        "RuleItem.label",
    } <= reached
    assert problems == {}
