"""The translated fields of the onboarding app's page."""

from modeltranslation.translator import TranslationOptions, register

from talentportal.onboarding.pages import SettlingInPage


@register(SettlingInPage)
class SettlingInPageTR(TranslationOptions):
    fields = ("intro", "steps")
