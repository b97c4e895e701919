from modeltranslation.translator import TranslationOptions, register

from talentportal.organisations.models import Organisation


@register(Organisation)
class OrganisationTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)
