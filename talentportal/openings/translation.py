from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from talentportal.openings.models import Opening, ScreeningQuestion


@register(Opening)
class OpeningTR(TranslationOptions):
    fields = ("title", "description", "requirements")
    # An opening may be written in any language: readers of another one see
    # the first version that exists, under a notice.
    fallback_languages = {"default": tuple(code for code, _name in settings.LANGUAGES)}


@register(ScreeningQuestion)
class ScreeningQuestionTR(TranslationOptions):
    # Translated like the opening's own text, with the same fallback.
    fields = ("text", "choices")
    fallback_languages = {"default": tuple(code for code, _name in settings.LANGUAGES)}
