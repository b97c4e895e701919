import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import CityPage
from talentportal.languages.inputs import DateInput, TimeInput
from talentportal.languages.widgets import MarkedModelChoiceField
from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding.models import Route
from talentportal.onboarding.wallet import RULES, Kind


class AcceptOfferForm(forms.Form):
    route = forms.ChoiceField(
        label=_("Your visa route"),
        choices=Route.choices,
        initial=Route.Z,
        widget=forms.RadioSelect,
        help_text=_("The visa navigator tells you which one is yours."),
    )
    consent = forms.BooleanField(
        label=_(
            "Share my timeline's status and coming dates with the employer. "
            "I can withdraw this at any time."
        ),
        required=False,
    )


class ByHandForm(forms.Form):
    employer_name = forms.CharField(label=_("Employer"), max_length=200)
    city = MarkedModelChoiceField(label=_("City"), queryset=CityPage.objects.none())
    start_date = forms.DateField(label=_("Start date"), required=False, widget=DateInput())
    route = forms.ChoiceField(
        label=_("Your visa route"), choices=Route.choices, initial=Route.Z, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].queryset = CityPage.objects.live().order_by("path")


class DatesForm(forms.Form):
    notice_issued_on = forms.DateField(
        label=_("Work-permit notice issued on"), required=False, widget=DateInput()
    )
    entry_date = forms.DateField(
        label=_("Date of entry into China"), required=False, widget=DateInput()
    )
    entry_time = forms.TimeField(
        label=_("Time of entry (China time)"),
        required=False,
        widget=TimeInput(),
        help_text=_("The 24 hours to register count from this moment."),
    )
    change_on = forms.DateField(
        label=_("Date of a change to report (new position, employer name, address)"),
        required=False,
        widget=DateInput(),
    )
    contract_end_on = forms.DateField(
        label=_("End of the employment contract"), required=False, widget=DateInput()
    )

    def clean(self):
        data = super().clean()
        if data.get("entry_time") and not data.get("entry_date"):
            self.add_error("entry_date", _("Enter the date of entry with its time."))
        return data

    def entry_at(self):
        day, time = self.cleaned_data.get("entry_date"), self.cleaned_data.get("entry_time")
        if not day:
            return None
        return dt.datetime.combine(day, time or dt.time(0, 0), tzinfo=CHINA_TZ)


class WalletForm(forms.Form):
    """One date and one reminder switch per kind of document."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in Kind:
            rule = RULES[kind]
            self.fields[f"{kind.value}_date"] = forms.DateField(
                label=f"{kind.label}: {rule.date_label}", required=False, widget=DateInput()
            )
            self.fields[f"{kind.value}_remind"] = forms.BooleanField(
                label=_("E-mail me reminders"), required=False
            )

    def rows(self):
        return [(kind, self[f"{kind.value}_date"], self[f"{kind.value}_remind"]) for kind in Kind]


class ConsentForm(forms.Form):
    consent = forms.BooleanField(required=False)
