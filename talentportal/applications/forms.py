from django import forms
from django.db.models import F
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from talentportal.applications.models import Stage
from talentportal.applications.widgets import LongSelect
from talentportal.languages.inputs import DateInput, DateTimeInput
from talentportal.profiles.models import Education
from talentportal.profiles.uploads import UnsafeArchive, cv_kind, safe_download_name, validate_cv

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class ApplyForm(forms.Form):
    cv_source = forms.ChoiceField(
        label=_("CV"),
        choices=[
            ("profile", _("Send the CV from my profile")),
            ("upload", _("Upload a CV for this application")),
        ],
        widget=forms.RadioSelect,
        initial="profile",
    )
    cv = forms.FileField(
        label=_("CV file"),
        required=False,
        help_text=_("PDF, Word (DOCX) or OpenDocument (ODT), up to 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.odt"}),
    )
    cover_letter = forms.CharField(
        label=_("Cover letter"),
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that %(organisation)s receives my profile, CV, cover letter and answers to consider my application."
        ),
        error_messages={"required": _("Without your consent we cannot send your application.")},
    )

    def __init__(self, *args, opening, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.opening = opening
        self.profile = profile
        self.fields["consent"].label = self.fields["consent"].label % {
            "organisation": opening.organisation.name
        }
        if not (profile and profile.cv):
            self.fields["cv_source"].choices = [("upload", _("Upload a CV for this application"))]
            self.fields["cv_source"].initial = "upload"
        self.questions = list(opening.questions.all())
        for question in self.questions:
            self.fields[f"question_{question.pk}"] = self._field_for(question)

    @staticmethod
    def _field_for(question):
        common = {"label": question.text, "required": question.required}
        if question.kind == "long":
            return forms.CharField(
                max_length=4000, widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}), **common
            )
        if question.kind == "yesno":
            return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **common)
        if question.kind == "choice":
            return forms.ChoiceField(
                choices=question.choice_pairs(), widget=forms.RadioSelect, **common
            )
        return forms.CharField(max_length=300, **common)

    def question_fields(self):
        return [self[f"question_{q.pk}"] for q in self.questions]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cv_source") == "upload":
            upload = cleaned.get("cv")
            if not upload:
                self.add_error("cv", _("Choose a CV file to upload."))
            else:
                try:
                    self.cv_kind = validate_cv(upload)
                except forms.ValidationError as error:
                    self.add_error("cv", error)
        elif cleaned.get("cv_source") == "profile":
            with self.profile.cv.open("rb") as stored:
                try:
                    self.cv_kind = cv_kind(stored)
                except UnsafeArchive:
                    self.cv_kind = None
            if self.cv_kind is None:
                self.add_error("cv_source", _("Please upload your CV again: we cannot read it."))
        return cleaned

    def cv_file(self):
        """(name, bytes) of the CV to send, copied so later changes do not touch it.

        The name comes from the person's file name and the detected type, so the
        copy is stored and served with the right extension whatever the upload
        was called.
        """
        if self.cleaned_data["cv_source"] == "upload":
            upload = self.cleaned_data["cv"]
            upload.seek(0)
            return safe_download_name(upload.name, self.cv_kind), upload.read()
        with self.profile.cv.open("rb") as cv:
            return safe_download_name(self.profile.cv_name, self.cv_kind), cv.read()

    def answers(self):
        return [(q, str(self.cleaned_data.get(f"question_{q.pk}") or "")) for q in self.questions]


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"})
    )


class MoveForm(forms.Form):
    stage = forms.ChoiceField(label=_("Move to"), choices=Stage.choices)
    note = forms.CharField(
        label=_("Note to the applicant (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Internal note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Rating"),
        coerce=int,
        choices=[(n, "★" * n) for n in range(1, 6)],
        widget=forms.RadioSelect,
    )


class _Nationalities(BaseChoiceIterator):
    """Every country, named in the reader's language and in its alphabetical
    order when the list is shown or checked (django-countries sorts them once
    per language); no per-request copy of 250 choices."""

    def __iter__(self):
        yield "", _("Any")
        yield from countries


class PipelineFilterForm(forms.Form):
    # Every select written out without a template per option (applications/widgets.py).
    stage = forms.ChoiceField(
        label=_("Stage"),
        required=False,
        choices=[("", _("All stages")), *Stage.choices],
        widget=LongSelect,
    )
    nationality = forms.ChoiceField(
        label=_("Nationality"), required=False, choices=_Nationalities(), widget=LongSelect
    )
    degree = forms.ChoiceField(
        label=_("Highest degree"),
        required=False,
        choices=[("", _("Any")), *Education.Degree.choices],
        widget=LongSelect,
    )
    hsk_min = forms.IntegerField(
        label=_("Chinese: at least HSK"), required=False, min_value=1, max_value=9
    )
    since = forms.DateField(label=_("Applied since"), required=False, widget=DateInput())
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("rating", _("Best rated first")),
        ],
        widget=LongSelect,
    )

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["stage"]:
            queryset = queryset.filter(stage=data["stage"])
        if data["nationality"]:
            queryset = queryset.filter(nationality=data["nationality"])
        if data["degree"]:
            queryset = queryset.filter(highest_degree=data["degree"])
        if data["hsk_min"]:
            queryset = queryset.filter(hsk_level__gte=data["hsk_min"])
        if data["since"]:
            queryset = queryset.filter(submitted_at__date__gte=data["since"])
        order = {
            "oldest": ["submitted_at"],
            "rating": [F("rating").desc(nulls_last=True), "-submitted_at"],
        }.get(data["sort"], ["-submitted_at"])
        return queryset.order_by(*order)

    def count_from(self, stage_counts: dict[str, int]) -> int | None:
        """How many applications `filter` keeps, when the counts per stage tell it
        (no filter, or only the stage's); None when it takes counting."""
        if not self.is_valid():
            return sum(stage_counts.values())
        data = self.cleaned_data
        if any(data[name] for name in ("nationality", "degree", "hsk_min", "since")):
            return None
        return stage_counts.get(data["stage"], 0) if data["stage"] else sum(stage_counts.values())


class InterviewForm(forms.Form):
    interview_at = forms.DateTimeField(
        label=_("Interview date and time"),
        widget=DateTimeInput(),
        help_text=_("China Standard Time (UTC+8)."),
    )
    interview_place = forms.CharField(label=_("Interview place or link"), max_length=300)
