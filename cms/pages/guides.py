from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms.blocks import GUIDE_BLOCKS
from cms.outline import with_title_tags
from cms.pages.base import TranslatedPage, for_cards
from cms.text import stream_to_text


class GuideIndexPage(TranslatedPage):
    """A section of practical guides: national ones under home, local ones under a city."""

    intro = models.CharField(_("intro"), max_length=300)

    content_panels = [*TranslatedPage.content_panels, FieldPanel("intro")]
    translation_check_fields = ("title", "intro")
    parent_page_types = ["cms.HomePage", "cms.CityPage"]
    subpage_types = ["cms.GuidePage"]

    class Meta:
        verbose_name = _("guide section")

    def search_text(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = for_cards(GuidePage.objects.child_of(self).live())
        return context


class GuidePage(TranslatedPage):
    TOPICS = [
        ("arriving", _("Arriving and registering")),
        ("money", _("Banking, phone and payments")),
        ("health", _("Healthcare and insurance")),
        ("schools", _("Schools and childcare")),
        ("work", _("Work and tax")),
        ("daily", _("Daily life")),
    ]

    topic = models.CharField(_("topic"), max_length=20, choices=TOPICS)
    intro = models.CharField(_("intro"), max_length=300)
    body = StreamField(GUIDE_BLOCKS, verbose_name=_("body"))
    last_reviewed = models.DateField(_("last reviewed"))

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    translation_check_fields = ("title", "intro", "body")
    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")

    def search_text(self):
        return " ".join([self.intro, stream_to_text(self.body)])

    def body_with_anchors(self):
        """Each body block with the anchor of its heading ("" for other blocks) and
        the tag of its own title (see cms.outline).

        Anchors keep every script (Django's ASCII slugs left Chinese, Arabic and
        Russian headings with empty ids) and a repeated heading gets a number.
        """
        seen = {}
        blocks = []
        for block, title_tag in with_title_tags(self.body):
            anchor = ""
            if block.block_type == "heading":
                base = slugify(block.value["text"], allow_unicode=True) or "section"
                seen[base] = seen.get(base, 0) + 1
                anchor = base if seen[base] == 1 else f"{base}-{seen[base]}"
            blocks.append((block, anchor, title_tag))
        return blocks

    def headings(self):
        """The table of contents: (anchor, heading text) in page order."""
        return [
            (anchor, block.value["text"])
            for block, anchor, _title_tag in self.body_with_anchors()
            if anchor
        ]
