from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from cms.blocks import GUIDE_BLOCKS, RICH_TEXT_FEATURES
from cms.pages.base import TranslatedPage, for_cards
from cms.pages.cities import CityPage
from cms.pages.guides import GuideIndexPage
from cms.pages.visas import VisaIndexPage
from cms.text import html_to_text, stream_to_text


class HomePage(TranslatedPage):
    intro = models.CharField(_("intro"), max_length=300)
    welcome = RichTextField(_("welcome"), features=RICH_TEXT_FEATURES, blank=True)
    hero_image = models.ForeignKey(
        "cms.PortalImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("welcome"),
        FieldPanel("hero_image"),
    ]
    translation_check_fields = ("title", "intro")
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.CityPage",
        "cms.VisaIndexPage",
        "cms.GuideIndexPage",
        "cms.StandardPage",
        "cms.PrivacyPolicyPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def search_text(self):
        return " ".join([self.intro, html_to_text(self.welcome)])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cities"] = for_cards(CityPage.objects.child_of(self).live()).select_related(
            "hero_image"
        )
        # Querysets the template reads only when it draws the page body, a kept fragment.
        context["national_visas"] = for_cards(VisaIndexPage.objects.child_of(self).live())[:1]
        context["national_guides"] = for_cards(GuideIndexPage.objects.child_of(self).live())[:1]
        return context


class StandardPage(TranslatedPage):
    """About, privacy and other pages of plain text."""

    intro = models.CharField(_("intro"), max_length=300, blank=True)
    body = StreamField(GUIDE_BLOCKS, verbose_name=_("body"))

    content_panels = [*TranslatedPage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    translation_check_fields = ("title", "body")
    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")

    def search_text(self):
        return " ".join([self.intro, stream_to_text(self.body)])
