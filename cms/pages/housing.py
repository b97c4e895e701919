from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from cms.blocks import COMMUTE_BLOCKS, PHOTO_BLOCKS, RICH_TEXT_FEATURES
from cms.pages.base import SectionSources, TranslatedPage, VerifiedFacts
from cms.text import html_to_text, stream_to_text


def _check_range(low, high, field):
    if low is not None and high is not None and low > high:
        raise ValidationError({field: _("The upper end must not be below the lower end.")})


class HousingIndexPage(SectionSources, TranslatedPage):
    intro = models.CharField(_("intro"), max_length=300)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(SectionSources.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "intro")
    parent_page_types = ["cms.CityPage"]
    subpage_types = ["cms.NeighbourhoodPage", "cms.TalentApartmentPage"]

    class Meta:
        verbose_name = _("housing section")

    def search_text(self):
        return " ".join([self.intro, html_to_text(self.body)])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["neighbourhoods"] = NeighbourhoodPage.objects.child_of(self).live()
        context["apartments"] = TalentApartmentPage.objects.child_of(self).live()
        return context


class NeighbourhoodPage(VerifiedFacts, TranslatedPage):
    district = models.CharField(_("district"), max_length=120)
    summary = models.CharField(_("summary"), max_length=300)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    rent_min = models.PositiveIntegerField(_("typical rent from (RMB a month)"))
    rent_max = models.PositiveIntegerField(_("typical rent to (RMB a month)"))
    rent_note = models.CharField(_("what the rent range covers"), max_length=200, blank=True)
    rent_is_estimate = models.BooleanField(
        _("the rent is an indicative estimate"),
        default=True,
        help_text=_(
            "Tick unless an official or operator's price list gives the range. Readers then "
            "see it labelled as an estimate, with the note above saying how it was made."
        ),
    )
    commutes = StreamField(COMMUTE_BLOCKS, blank=True, verbose_name=_("commute to the main hubs"))
    schools_nearby = RichTextField(
        _("international schools nearby"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("district"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("rent_min"), FieldPanel("rent_max")]),
                FieldPanel("rent_note"),
                FieldPanel("rent_is_estimate"),
            ],
            heading=_("Rent"),
        ),
        FieldPanel("commutes"),
        FieldPanel("schools_nearby"),
        MultiFieldPanel(VerifiedFacts.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "summary", "description")
    parent_page_types = ["cms.HousingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("district or neighbourhood")

    def clean(self):
        super().clean()
        _check_range(self.rent_min, self.rent_max, "rent_max")
        if self.rent_is_estimate and not self.rent_note:
            raise ValidationError({"rent_note": _("Say how the estimated rent was arrived at.")})

    def search_text(self):
        return " ".join(
            [
                self.district,
                self.summary,
                html_to_text(self.description),
                self.rent_note,
                stream_to_text(self.commutes),
                html_to_text(self.schools_nearby),
            ]
        )


class TalentApartmentPage(VerifiedFacts, TranslatedPage):
    district = models.CharField(_("district"), max_length=120)
    summary = models.CharField(_("summary"), max_length=300)
    rent_min = models.PositiveIntegerField(_("rent from (RMB a month)"))
    rent_max = models.PositiveIntegerField(_("rent to (RMB a month)"))
    size_min = models.PositiveIntegerField(_("size from (m²)"))
    size_max = models.PositiveIntegerField(_("size to (m²)"))
    figures_are_estimates = models.BooleanField(
        _("rent and size are indicative estimates"),
        default=True,
        help_text=_(
            "Tick unless the operator's or an official price list gives them; then say below "
            "how they were estimated."
        ),
    )
    estimate_method = models.CharField(
        _("how rent and size were estimated"), max_length=300, blank=True
    )
    eligibility = RichTextField(_("who can rent"), features=RICH_TEXT_FEATURES)
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES)
    contact = models.CharField(_("contact"), max_length=200)
    photos = StreamField(PHOTO_BLOCKS, blank=True, verbose_name=_("photos"))

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("district"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("rent_min"), FieldPanel("rent_max")]),
                FieldRowPanel([FieldPanel("size_min"), FieldPanel("size_max")]),
                FieldPanel("figures_are_estimates"),
                FieldPanel("estimate_method"),
            ],
            heading=_("Rent and size"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("how_to_apply"),
        FieldPanel("contact"),
        FieldPanel("photos"),
        MultiFieldPanel(VerifiedFacts.verification_panels, heading=_("Verification")),
    ]
    translation_check_fields = ("title", "summary", "eligibility")
    parent_page_types = ["cms.HousingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("talent apartment")

    def clean(self):
        super().clean()
        _check_range(self.rent_min, self.rent_max, "rent_max")
        _check_range(self.size_min, self.size_max, "size_max")
        if self.figures_are_estimates and not self.estimate_method:
            raise ValidationError(
                {"estimate_method": _("Say how the estimated rent and size were arrived at.")}
            )

    def search_text(self):
        return " ".join(
            [
                self.district,
                self.summary,
                html_to_text(self.eligibility),
                html_to_text(self.how_to_apply),
                self.contact,
            ]
        )
