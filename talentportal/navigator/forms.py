"""The questionnaire, read from the address (GET) or from the save form (POST)."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cms.pages.cities import CityPage
from talentportal.languages.fallback import shown_text
from talentportal.languages.widgets import MarkedSelect
from talentportal.navigator import domain

PURPOSE_CHOICES = [
    ("work", _("Work")),
    ("research", _("Research or teaching")),
    ("study", _("Study")),
    ("family", _("Join or visit family")),
    ("business", _("Business visit")),
    ("exchange", _("Short exchange")),
]
SITUATION_CHOICES = [
    ("abroad", _("I am not in China")),
    ("work_permit", _("I am in China with a work residence permit")),
    ("other_visa", _("I am in China on another visa")),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
DEGREE_CHOICES = [
    ("none", _("No degree")),
    ("bachelor", _("Bachelor's degree")),
    ("master", _("Master's degree")),
    ("phd", _("Doctorate (PhD)")),
]
DEGREE_FROM_CHOICES = [
    ("foreign", _("A university outside China")),
    ("top100", _("A world top-100 university")),
    ("china", _("A university in China")),
]
CHINESE_CHOICES = [
    ("none", _("No HSK")),
    ("hsk1", "HSK 1"),
    ("hsk2", "HSK 2"),
    ("hsk3", "HSK 3"),
    ("hsk4", "HSK 4"),
    ("hsk5", _("HSK 5 or above")),
    ("chinese_degree", _("A degree taught in Chinese")),
    ("former_national", _("I was a Chinese national")),
]
EXTRA_CHOICES = [
    ("high_level_university", _("I graduated from a high-level foreign university")),
    ("fortune500", _("I worked at a Fortune Global 500 company")),
    ("patents", _("I hold patents or other intellectual property")),
    ("five_years_china", _("I have worked in China 5 or more years in a row")),
]
TALENT_CHOICES = [
    ("talent_programme", _("I was selected for a national or provincial talent programme")),
    ("recognised_achievement", _("I have internationally recognised achievements")),
    ("entrepreneur", _("I am an innovative entrepreneur")),
    ("young_talent", _("I am recognised as an excellent young talent")),
    ("language_teacher", _("I will teach my native language and meet the teaching rules")),
]
STAY_CHOICES = [
    ("long", _("More than 180 days")),
    ("short", _("180 days or less")),
]
RELATIVE_CHOICES = [
    ("foreigner", _("A foreigner who works or studies in China")),
    ("chinese", _("A Chinese citizen")),
]

DEFAULTS = {
    "purpose": "work",
    "nationality": "",
    "city": "",
    "situation": "abroad",
    "offer": "yes",
    "degree": "bachelor",
    "degree_from": "foreign",
    "experience": "0",
    "salary": "0",
    "months": "12",
    "chinese": "none",
    "age": "30",
    "stay": "long",
    "relative": "foreigner",
}
STEP_FIELDS = {
    1: ("purpose", "city", "nationality"),
    2: ("situation", "offer", "stay", "relative"),
    3: (
        "age",
        "degree",
        "degree_from",
        "experience",
        "salary",
        "months",
        "chinese",
        "extras",
        "talent",
    ),
}


def city_choices():
    return [
        (city.slug, shown_text(city, "title")) for city in CityPage.objects.live().order_by("path")
    ]


class AnswersForm(forms.Form):
    purpose = forms.ChoiceField(
        label=_("What brings you to China?"), choices=PURPOSE_CHOICES, widget=forms.RadioSelect
    )
    city = forms.ChoiceField(label=_("Which city?"), choices=(), widget=MarkedSelect)
    nationality = forms.ChoiceField(
        label=_("Your nationality"),
        required=False,
        help_text=_("It decides how your documents are authenticated."),
    )
    situation = forms.ChoiceField(
        label=_("Where are you now?"), choices=SITUATION_CHOICES, widget=forms.RadioSelect
    )
    offer = forms.ChoiceField(
        label=_("Do you have a job offer from an employer in China?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    stay = forms.ChoiceField(
        label=_("How long will you stay?"), choices=STAY_CHOICES, widget=forms.RadioSelect
    )
    relative = forms.ChoiceField(
        label=_("Who is the relative you join or visit?"),
        choices=RELATIVE_CHOICES,
        widget=forms.RadioSelect,
    )
    age = forms.IntegerField(label=_("Your age"), min_value=16, max_value=99)
    degree = forms.ChoiceField(label=_("Your highest degree"), choices=DEGREE_CHOICES)
    degree_from = forms.ChoiceField(label=_("Where is it from?"), choices=DEGREE_FROM_CHOICES)
    experience = forms.IntegerField(
        label=_("Years of related work experience"), min_value=0, max_value=60
    )
    salary = forms.IntegerField(
        label=_("Offered salary in CNY a year, before tax"),
        min_value=0,
        max_value=100_000_000,
        help_text=_("For a monthly salary, multiply by 12."),
    )
    months = forms.IntegerField(
        label=_("Months a year you will work in China"), min_value=0, max_value=12
    )
    chinese = forms.ChoiceField(
        label=_("Your Chinese"),
        choices=CHINESE_CHOICES,
        help_text=_(
            "The newer HSK has nine levels; no official mapping to these points was found, "
            "so choose the nearest level on the six-level scale."
        ),
    )
    extras = forms.MultipleChoiceField(
        label=_("Extra credits"),
        choices=EXTRA_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    talent = forms.MultipleChoiceField(
        label=_("Routes that skip the points"),
        choices=TALENT_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            merged = data.copy()
            for key, value in DEFAULTS.items():
                if not merged.get(key) and key != "nationality":
                    merged[key] = value
            data = merged
        super().__init__(data, *args, **kwargs)
        self.fields["city"].choices = city_choices()
        self.fields["nationality"].choices = [("", _("Choose…")), *countries]

    def answers(self) -> domain.Answers:
        data = self.cleaned_data
        return domain.Answers(
            purpose=data["purpose"],
            nationality=data.get("nationality") or "",
            city=data["city"],
            situation=data["situation"],
            offer=data["offer"] == "yes",
            degree=data["degree"],
            degree_from=data["degree_from"],
            experience_years=data["experience"],
            salary_cny=data["salary"],
            months_in_china=data["months"],
            chinese=data["chinese"],
            age=data["age"],
            extras=frozenset(data.get("extras") or ()),
            talent=frozenset(data.get("talent") or ()),
            stay=data["stay"],
            relative=data["relative"],
        )


def empty_form():
    """The questionnaire before any answer, bound to the defaults."""
    return AnswersForm(QueryDict(mutable=True))


class ChecklistForm(forms.Form):
    route = forms.ChoiceField(
        label=_("Route"),
        choices=[
            ("z_b", _("Z visa with a work permit")),
            ("r", _("R visa (class A talent)")),
        ],
    )
    nationality = forms.ChoiceField(label=_("Country that issued your documents"))
    city = forms.ChoiceField(label=_("City"), choices=(), widget=MarkedSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = city_choices()
        self.fields["nationality"].choices = [("", _("Choose…")), *countries]
