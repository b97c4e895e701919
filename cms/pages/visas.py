from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from cms.blocks import DOCUMENT_BLOCKS, GUIDE_BLOCKS, RICH_TEXT_FEATURES, STEP_BLOCKS
from cms.pages.base import SectionSources, TranslatedPage, VerifiedFacts
from cms.text import html_to_text, stream_to_text


class VisaIndexPage(SectionSources, TranslatedPage):
    """Visa and permit resources: national ones under home, local ones under a city."""

    intro = models.CharField(_("intro"), max_length=300)
    body = StreamField(GUIDE_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(SectionSources.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "intro")
    parent_page_types = ["cms.HomePage", "cms.CityPage"]
    subpage_types = ["cms.VisaResourcePage"]

    class Meta:
        verbose_name = _("visa section")

    def search_text(self):
        return " ".join([self.intro, stream_to_text(self.body)])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = VisaResourcePage.objects.child_of(self).live()
        return context


class VisaResourcePage(VerifiedFacts, TranslatedPage):
    PERMIT_TYPES = [
        ("visa-z", _("Z visa (work)")),
        ("visa-r", _("R visa (high-level talent)")),
        ("visa-x", _("X visa (study)")),
        ("visa-s", _("S visa (family of foreigners in China)")),
        ("visa-m", _("M visa (business)")),
        ("permit-a", _("Work permit class A")),
        ("permit-b", _("Work permit class B")),
        ("permit-c", _("Work permit class C")),
        ("residence", _("Residence permit")),
        ("procedure", _("Local procedure")),
    ]

    permit_type = models.CharField(_("visa or permit type"), max_length=20, choices=PERMIT_TYPES)
    who_for = models.CharField(_("who it is for"), max_length=300)
    eligibility = RichTextField(_("eligibility"), features=RICH_TEXT_FEATURES)
    documents = StreamField(DOCUMENT_BLOCKS, blank=True, verbose_name=_("required documents"))
    steps = StreamField(STEP_BLOCKS, blank=True, verbose_name=_("steps"))
    processing_time = models.CharField(_("typical processing time"), max_length=300)
    fees = models.CharField(_("fees"), max_length=300)
    where_to_apply = RichTextField(_("where to apply"), features=RICH_TEXT_FEATURES)
    notes = StreamField(GUIDE_BLOCKS, blank=True, verbose_name=_("further notes"))

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("permit_type"),
        FieldPanel("who_for"),
        FieldPanel("eligibility"),
        FieldPanel("documents"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("processing_time"), FieldPanel("fees"), FieldPanel("where_to_apply")],
            heading=_("Time, cost and place"),
        ),
        FieldPanel("notes"),
        MultiFieldPanel(VerifiedFacts.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "who_for", "eligibility")
    parent_page_types = ["cms.VisaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("visa or permit resource")

    def search_text(self):
        return " ".join(
            [
                self.get_permit_type_display(),
                self.who_for,
                html_to_text(self.eligibility),
                stream_to_text(self.documents),
                stream_to_text(self.steps),
                self.processing_time,
                self.fees,
                html_to_text(self.where_to_apply),
                stream_to_text(self.notes),
            ]
        )
