from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from talentportal.openings.models import Opening


@register(Opening)
class OpeningTR(TranslationOptions):
    fields = ("title", "description", "requirements")
    # An opening may be written in any language: readers of another one see
    # the first version that exists, under a notice.
    fallback_languages = {"default": tuple(code for code, _name in settings.LANGUAGES)}
