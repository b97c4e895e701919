from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from talentportal.accounts.policy import current_policy, record_consent

INTENTS = [
    ("professional", _("I'm looking for opportunities")),
    ("hiring", _("I'm hiring")),
]


class SignupForm(AllauthSignupForm):
    intent = forms.ChoiceField(
        label=_("What brings you here?"),
        choices=INTENTS,
        widget=forms.RadioSelect,
        help_text=_("You can do both later with the same account."),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy policy and agree to it."),
        error_messages={"required": _("You need to agree to the privacy policy to sign up.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        policy = current_policy()
        if policy:
            self.fields["consent"].help_text = format_html(
                '<a href="{}" target="_blank" rel="noopener">{}</a>',
                policy.get_url(),
                _("Read the privacy policy (version %(version)s)") % {"version": policy.version},
            )

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; spend it here too, so
            # that the answer's timing does not tell a taken address apart.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        user = super().save(request)
        intent = self.cleaned_data["intent"]
        user.is_professional = intent == "professional"
        user.is_hiring = intent == "hiring"
        language = translation.get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        user.save(update_fields=["is_professional", "is_hiring", "preferred_language"])
        policy = current_policy()
        if policy:
            record_consent(user, policy)
        return user


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_("I have read the new privacy policy and agree to it."),
        error_messages={"required": _("Please agree to the privacy policy to go on.")},
    )


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "preferred_language", "is_professional", "is_hiring"]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account, profile and files will be deleted for good."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password
