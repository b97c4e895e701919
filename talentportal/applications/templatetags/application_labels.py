from django import template

from talentportal.applications import labels

register = template.Library()

register.filter("country_name", labels.country_name)
register.filter("degree_label", labels.degree_label)
register.filter("level_label", labels.level_label)
register.filter("answer_label", labels.answer_label)


@register.filter
def language_name(skill):
    """A language from the profile as sent: {"code": ..., "language": name when sent}."""
    return labels.language_name(skill.get("code", ""), skill.get("language", ""))


@register.filter
def visa_label(profile):
    return labels.visa_label(
        profile.get("visa_situation_code", ""), profile.get("visa_situation", "")
    )
