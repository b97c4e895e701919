from django import forms
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import CityPage
from talentportal.languages.inputs import DateInput
from talentportal.profiles.models import Education, Experience, LanguageSkill, Profile
from talentportal.profiles.uploads import clean_photo, validate_cv


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    target_cities = forms.ModelMultipleChoiceField(
        label=_("Cities you would work in"),
        queryset=CityPage.objects.live(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Profile
        fields = [
            "headline",
            "nationality",
            "country_of_residence",
            "date_of_birth",
            "visa_situation",
            "target_cities",
            "expertise",
            "summary",
        ]
        widgets = {
            "date_of_birth": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 5}),
            "visa_situation": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["visa_situation"].choices = Profile.VisaSituation.choices

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        if born and born > timezone.localdate().replace(year=timezone.localdate().year - 16):
            raise forms.ValidationError(_("Please check the date: you must be at least 16."))
        return born

    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        return profile


class EducationForm(forms.ModelForm):
    class Meta:
        model = Education
        fields = ["degree", "field", "institution", "country", "year"]


class ExperienceForm(forms.ModelForm):
    class Meta:
        model = Experience
        fields = ["title", "organisation", "country", "start_year", "end_year", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year cannot be before the start year."))
        return cleaned


class LanguageSkillForm(forms.ModelForm):
    class Meta:
        model = LanguageSkill
        fields = ["language", "level", "hsk_level"]

    def clean(self):
        cleaned = super().clean()
        language = cleaned.get("language") or ""
        if cleaned.get("hsk_level") and not language.startswith("zh"):
            self.add_error("hsk_level", _("HSK levels are for Chinese only."))
        if not cleaned.get("level") and not cleaned.get("hsk_level"):
            self.add_error("level", _("Choose a level."))
        return cleaned


def _formset(model, form):
    return inlineformset_factory(
        Profile, model, form=form, extra=1, can_delete=True, max_num=20, validate_max=True
    )


EducationFormSet = _formset(Education, EducationForm)
ExperienceFormSet = _formset(Experience, ExperienceForm)
LanguageFormSet = _formset(LanguageSkill, LanguageSkillForm)


class CVForm(forms.Form):
    cv = forms.FileField(
        label=_("Your CV"),
        help_text=_("PDF, Word (DOCX) or OpenDocument (ODT), up to 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.odt"}),
    )

    def clean_cv(self):
        upload = self.cleaned_data["cv"]
        # The detected kind names the stored file and the download, never the upload's name.
        self.kind = validate_cv(upload)
        return upload


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Your photo"),
        help_text=_("JPEG or PNG, up to 5 MB. We remove location and camera data."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )

    def clean_photo(self):
        return clean_photo(self.cleaned_data["photo"])
