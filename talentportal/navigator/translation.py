from modeltranslation.translator import TranslationOptions, register

from talentportal.navigator.models import RuleBand, RuleItem, RuleVersion


@register(RuleVersion)
class RuleVersionTR(TranslationOptions):
    fields = ("name", "notes")


@register(RuleItem)
class RuleItemTR(TranslationOptions):
    fields = ("label", "note")


@register(RuleBand)
class RuleBandTR(TranslationOptions):
    fields = ("label",)
