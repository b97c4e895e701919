from django import forms
from django.conf import settings
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from cms.models import CityPage
from talentportal.languages.context_processors import is_bidi
from talentportal.openings.models import Opening, OpeningLanguage, ScreeningQuestion

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TEXT_FIELDS = ("title", "description", "requirements")


def localized(name, code):
    return build_localized_fieldname(name, code)


class OpeningForm(forms.ModelForm):
    city = forms.ModelChoiceField(label=_("City"), queryset=CityPage.objects.live())
    deadline = forms.DateTimeField(
        label=_("Application deadline"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("China Standard Time (UTC+8)."),
    )

    class Meta:
        model = Opening
        fields = [
            "original_language",
            *(localized(name, code) for code in LANGUAGE_CODES for name in TEXT_FIELDS),
            "kind",
            "field",
            "employment_type",
            "city",
            "district",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_period",
            "work_permit_support",
            "permit_class",
            "relocation_support",
            "housing_support",
            "start_date",
            "deadline",
            "positions",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            **{
                localized(n, c): forms.Textarea(attrs={"rows": 6})
                for c in LANGUAGE_CODES
                for n in ("description", "requirements")
            },
        }

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisation is not None and not self.initial.get("city"):
            self.initial["city"] = organisation.city_id
        for code, language in settings.LANGUAGES:
            for name, label in (
                ("title", _("Title (%(language)s)")),
                ("description", _("Description (%(language)s)")),
                ("requirements", _("Requirements (%(language)s)")),
            ):
                field = self.fields[localized(name, code)]
                field.label = label % {"language": language}
                field.required = False
        for code in LANGUAGE_CODES:
            self.fields[localized("description", code)].help_text = _(
                "Paragraphs, lists, bold, italics and links; other formatting is removed."
            )

    def language_groups(self):
        """Bound fields grouped by language, for one fieldset each."""
        return [
            (code, name, is_bidi(code), [self[localized(field, code)] for field in TEXT_FIELDS])
            for code, name in settings.LANGUAGES
        ]

    def clean(self):
        cleaned = super().clean()
        original = cleaned.get("original_language") or settings.LANGUAGE_CODE
        for name in ("title", "description"):
            if not (cleaned.get(localized(name, original)) or "").strip():
                self.add_error(
                    localized(name, original),
                    _("Give the %(field)s in the language the opening is written in.")
                    % {"field": Opening._meta.get_field(name).verbose_name},
                )
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low and high and low > high:
            self.add_error("salary_max", _("The upper end must not be below the lower end."))
        return cleaned

    def save(self, commit=True):
        opening = super().save(commit=False)
        original = opening.original_language
        # The untranslated attributes follow the original language.
        opening.title = getattr(opening, localized("title", original))
        if commit:
            opening.save()
        return opening


class QuestionForm(forms.ModelForm):
    class Meta:
        model = ScreeningQuestion
        fields = ["text", "kind", "choices", "required"]
        widgets = {"choices": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == ScreeningQuestion.Kind.CHOICE:
            choices = [c for c in (cleaned.get("choices") or "").splitlines() if c.strip()]
            if len(choices) < 2:
                self.add_error("choices", _("Give at least two choices, one per line."))
        return cleaned


class OpeningLanguageForm(forms.ModelForm):
    class Meta:
        model = OpeningLanguage
        fields = ["language", "level", "hsk_level"]


class BaseLanguageFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        shown = {form.instance.pk for form in self.forms if form.instance.pk}
        # Rows saved earlier that this form did not show still count.
        taken = set()
        if self.instance.pk:
            taken = set(
                self.instance.languages.exclude(pk__in=shown).values_list("language", flat=True)
            )
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            language = data.get("language")
            if not language or data.get("DELETE"):
                continue
            if language in taken:
                form.add_error("language", _("This language is listed twice."))
            taken.add(language)


QuestionFormSet = inlineformset_factory(
    Opening,
    ScreeningQuestion,
    form=QuestionForm,
    extra=1,
    max_num=10,
    validate_max=True,
    can_delete=True,
)
LanguageFormSet = inlineformset_factory(
    Opening,
    OpeningLanguage,
    form=OpeningLanguageForm,
    formset=BaseLanguageFormSet,
    extra=1,
    max_num=10,
    validate_max=True,
    can_delete=True,
)


class TakeDownForm(forms.Form):
    reason = forms.CharField(label=_("Reason (shown to the organisation)"), widget=forms.Textarea)


class AlertForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("E-mail me new matches"),
        choices=[("daily", _("Every day")), ("weekly", _("Every week"))],
        initial="weekly",
    )
    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=1000)
