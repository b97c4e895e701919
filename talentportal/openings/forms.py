from django import forms
from django.conf import settings
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from cms.models import CityPage
from talentportal.languages.context_processors import is_bidi
from talentportal.languages.inputs import DateInput, DateTimeInput
from talentportal.languages.widgets import MarkedModelChoiceField
from talentportal.openings.models import Opening, OpeningLanguage, ScreeningQuestion, SearchAlert

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TEXT_FIELDS = ("title", "description", "requirements")


def localized(name, code):
    return build_localized_fieldname(name, code)


class CheckboxBesideLabel:
    """Render each checkbox on one line before its own label, not under a label above it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.CheckboxInput):
                # Under the app's templates/: the form renderer reads app folders only.
                field.template_name = "openings/forms/checkbox_field.html"


def writes_in(field, code):
    """The text box of one language's version carries that language; its label
    and help stay in the reader's (a screen reader reads each in its own voice)."""
    field.widget.attrs.update(lang=code, dir="rtl" if is_bidi(code) else "ltr")


class OpeningForm(CheckboxBesideLabel, forms.ModelForm):
    city = MarkedModelChoiceField(label=_("City"), queryset=CityPage.objects.live())
    deadline = forms.DateTimeField(
        label=_("Application deadline"),
        required=False,
        widget=DateTimeInput(),
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
            "start_date": DateInput(),
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
                writes_in(field, code)
        for code in LANGUAGE_CODES:
            self.fields[localized("description", code)].help_text = _(
                "Paragraphs, lists, bold, italics and links; other formatting is removed."
            )

    def language_groups(self):
        """Bound fields grouped by language, for one fieldset each."""
        return [
            (code, name, [self[localized(field, code)] for field in TEXT_FIELDS])
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


QUESTION_TEXT_FIELDS = ("text", "choices")


class QuestionForm(CheckboxBesideLabel, forms.ModelForm):
    """One screening question, in each language like the opening's own text."""

    class Meta:
        model = ScreeningQuestion
        fields = [
            "kind",
            "required",
            *(localized(name, code) for code in LANGUAGE_CODES for name in QUESTION_TEXT_FIELDS),
        ]
        widgets = {
            localized("choices", code): forms.Textarea(attrs={"rows": 3}) for code in LANGUAGE_CODES
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, language in settings.LANGUAGES:
            text = self.fields[localized("text", code)]
            text.label = _("Question (%(language)s)") % {"language": language}
            text.required = False
            choices = self.fields[localized("choices", code)]
            choices.label = _("Choices (%(language)s)") % {"language": language}
            choices.help_text = _("One per line, in the same order in every language.")
            choices.required = False
            writes_in(text, code)
            writes_in(choices, code)

    def language_groups(self):
        """Bound fields per language: (code, name, [question, choices])."""
        return [
            (code, name, [self[localized(field, code)] for field in QUESTION_TEXT_FIELDS])
            for code, name in settings.LANGUAGES
        ]

    def clean(self):
        cleaned = super().clean()
        written = [
            code for code in LANGUAGE_CODES if (cleaned.get(localized("text", code)) or "").strip()
        ]
        if not written:
            self.add_error(None, _("Write the question in at least one language."))
        if cleaned.get("kind") == ScreeningQuestion.Kind.CHOICE:
            for code in written:
                field = localized("choices", code)
                lines = [c for c in (cleaned.get(field) or "").splitlines() if c.strip()]
                if len(lines) < 2:
                    self.add_error(field, _("Give at least two choices, one per line."))
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


# Three empty rows, so several questions go in with one save; a small script
# (static/js/formset-rows.js) adds more rows without a round trip.
QuestionFormSet = inlineformset_factory(
    Opening,
    ScreeningQuestion,
    form=QuestionForm,
    extra=3,
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


class AlertSettingsForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("E-mail me new matches"),
        choices=SearchAlert.Frequency.choices,
        initial=SearchAlert.Frequency.WEEKLY,
    )


class AlertForm(AlertSettingsForm):
    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=1000)
