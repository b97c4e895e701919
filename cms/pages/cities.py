from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from cms.blocks import HUB_BLOCKS, RICH_TEXT_FEATURES
from cms.pages.base import SectionSources, TranslatedPage, for_cards
from cms.pages.guides import GuidePage
from cms.pages.housing import HousingIndexPage
from cms.pages.visas import VisaResourcePage
from cms.text import html_to_text, stream_to_text


class CityPage(SectionSources, TranslatedPage):
    """A city's talent community: why come, where to work, who helps."""

    intro = models.CharField(_("intro"), max_length=300)
    why_city = RichTextField(_("why this city"), features=RICH_TEXT_FEATURES)
    hubs = StreamField(HUB_BLOCKS, blank=True, verbose_name=_("districts and innovation hubs"))
    hotline = models.CharField(
        _("hotline"), max_length=60, blank=True, help_text=_("The city's service hotline.")
    )
    hero_image = models.ForeignKey(
        "cms.PortalImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("why_city"),
        FieldPanel("hubs"),
        MultiFieldPanel(
            [FieldPanel("hotline"), InlinePanel("service_centres", label=_("Service centre"))],
            heading=_("Service centres"),
        ),
        MultiFieldPanel(SectionSources.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "intro", "why_city")
    parent_page_types = ["cms.HomePage"]
    subpage_types = [
        "cms.GuideIndexPage",
        "cms.VisaIndexPage",
        "cms.HousingIndexPage",
        "onboarding.SettlingInPage",
    ]

    class Meta:
        verbose_name = _("city page")

    def search_text(self):
        centres = " ".join(f"{c.name} {c.address} {c.hours}" for c in self.service_centres.all())
        return " ".join(
            [self.intro, html_to_text(self.why_city), stream_to_text(self.hubs), centres]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = for_cards(GuidePage.objects.descendant_of(self).live())
        context["local_visas"] = for_cards(VisaResourcePage.objects.descendant_of(self).live())
        # A queryset the template reads only when it draws the sections, a kept fragment.
        context["housing"] = for_cards(HousingIndexPage.objects.child_of(self).live())[:1]
        context["service_centres"] = self.service_centres.all()
        return context


class ServiceCentre(Orderable):
    page = ParentalKey(CityPage, on_delete=models.CASCADE, related_name="service_centres")
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300)
    hours = models.CharField(_("opening hours"), max_length=200)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)
    services = models.CharField(_("services"), max_length=300, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("services"),
        FieldPanel("address"),
        FieldPanel("hours"),
        FieldPanel("phone"),
        FieldPanel("website"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("service centre")
