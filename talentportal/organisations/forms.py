import io

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from PIL import Image

from cms.models import CityPage
from talentportal.languages.widgets import MarkedModelChoiceField
from talentportal.organisations.models import Membership, Organisation
from talentportal.profiles.uploads import clean_photo
from talentportal.scanning import check_upload

NAME_FIELDS = [build_localized_fieldname("name", code) for code, _name in settings.LANGUAGES]
DESCRIPTION_FIELDS = [
    build_localized_fieldname("description", code) for code, _name in settings.LANGUAGES
]


class OrganisationForm(forms.ModelForm):
    city = MarkedModelChoiceField(label=_("City"), queryset=CityPage.objects.live())

    class Meta:
        model = Organisation
        fields = [
            "kind",
            *NAME_FIELDS,
            "city",
            "address",
            "website",
            "size",
            "sector",
            "uscc",
            *DESCRIPTION_FIELDS,
            "logo",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in DESCRIPTION_FIELDS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        english = build_localized_fieldname("name", "en")
        self.fields[english].required = True
        for code, language in settings.LANGUAGES:
            self.fields[build_localized_fieldname("name", code)].label = _(
                "Name (%(language)s)"
            ) % {"language": language}
            self.fields[build_localized_fieldname("description", code)].label = _(
                "Description (%(language)s)"
            ) % {"language": language}
        self.fields["logo"].widget = forms.ClearableFileInput(
            attrs={"accept": "image/png,image/jpeg"}
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Organisation.Kind.COMPANY and not cleaned.get("uscc"):
            self.add_error(
                "uscc", _("Companies registered in China need their unified social credit code.")
            )
        return cleaned

    def clean_uscc(self):
        return self.cleaned_data["uscc"].strip().upper()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo or not hasattr(logo, "content_type"):
            return logo
        check_upload(logo)
        # Re-encoded like a profile photo, but kept square-ish and small.
        cleaned = clean_photo(logo)
        with Image.open(cleaned) as image:
            image.thumbnail((400, 400))
            out = io.BytesIO()
            image.save(out, "PNG", optimize=True)
        return ContentFile(out.getvalue(), name="logo.png")

    def save(self, commit=True):
        organisation = super().save(commit=False)
        organisation.name = organisation.name_en
        if commit:
            organisation.save()
        return organisation


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices, initial="recruiter")


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("verify", _("Verify")), ("reject", _("Reject"))], widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason (shown to the organisation)"), required=False, widget=forms.Textarea
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "reject" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Tell the organisation why, so they can fix it."))
        return cleaned


class CloseForm(forms.Form):
    name = forms.CharField(label=_("Type the organisation's name to confirm"))

    def __init__(self, organisation, *args, **kwargs):
        self.organisation = organisation
        super().__init__(*args, **kwargs)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if name not in {self.organisation.name_en, str(self.organisation)}:
            raise forms.ValidationError(_("That is not the organisation's name."))
        return name
