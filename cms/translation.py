"""Every translated field of the content models, one registration each."""

from modeltranslation.translator import TranslationOptions, register

from cms.models import (
    CityPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    HousingIndexPage,
    NeighbourhoodPage,
    PortalImage,
    PrivacyPolicyPage,
    ServiceCentre,
    StandardPage,
    TalentApartmentPage,
    VisaIndexPage,
    VisaResourcePage,
)


@register(PortalImage)
class PortalImageTR(TranslationOptions):
    fields = ("alt_text",)
    required_languages = ("en",)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "welcome")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(CityPage)
class CityPageTR(TranslationOptions):
    fields = ("intro", "why_city", "hubs")


@register(ServiceCentre)
class ServiceCentreTR(TranslationOptions):
    fields = ("name", "address", "hours", "services")


@register(GuideIndexPage)
class GuideIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(GuidePage)
class GuidePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(VisaIndexPage)
class VisaIndexPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(VisaResourcePage)
class VisaResourcePageTR(TranslationOptions):
    fields = (
        "who_for",
        "eligibility",
        "documents",
        "steps",
        "processing_time",
        "fees",
        "where_to_apply",
        "notes",
    )


@register(HousingIndexPage)
class HousingIndexPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(NeighbourhoodPage)
class NeighbourhoodPageTR(TranslationOptions):
    # District names too: 朝阳区 / Чаоян / تشاويانغ, not pinyin in every language.
    fields = ("district", "summary", "description", "rent_note", "commutes", "schools_nearby")


@register(TalentApartmentPage)
class TalentApartmentPageTR(TranslationOptions):
    fields = ("district", "summary", "eligibility", "how_to_apply", "contact", "estimate_method")


@register(PrivacyPolicyPage)
class PrivacyPolicyPageTR(TranslationOptions):
    fields = ("intro", "body")
