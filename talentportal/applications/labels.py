"""Human names, in the reader's language, for the codes an application stores.

The profile is frozen as codes when it is sent, so HR reads it in their own
language rather than in the applicant's.
"""

from django.utils.translation import gettext as _
from django_countries import countries

from talentportal.applications.forms import YES_NO
from talentportal.profiles.models import Education, LanguageSkill, Profile


def country_name(code: str) -> str:
    return str(countries.name(code)) or code if code else ""


def degree_label(code: str) -> str:
    return str(dict(Education.Degree.choices).get(code, code)) if code else ""


def language_name(code: str, fallback: str = "") -> str:
    choices = dict(LanguageSkill._meta.get_field("language").choices)
    # World-language names may come untranslated: translate them on reading.
    return _(str(choices[code])) if code in choices else fallback or code


def level_label(code: str) -> str:
    return str(dict(LanguageSkill.Level.choices).get(code, code)) if code else ""


def visa_label(code: str, fallback: str = "") -> str:
    return str(dict(Profile.VisaSituation.choices).get(code, fallback or code))


def answer_label(answer) -> str:
    """A yes/no answer as a word in the reader's language; other answers as written."""
    question = answer.question
    if question is not None and question.kind == question.Kind.YES_NO:
        return str(dict(YES_NO).get(answer.answer, answer.answer))
    return answer.answer
