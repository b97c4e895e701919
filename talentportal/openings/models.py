import secrets
from datetime import UTC, datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from talentportal.accounts.models import language_choices
from talentportal.caching.expiry import depends_on_opening_deadlines
from talentportal.languages.world import world_languages  # migration 0001 names it here
from talentportal.openings.sanitize import clean_html


class Kind(models.TextChoices):
    FACULTY = "faculty", _("Faculty")
    POSTDOC = "postdoc", _("Postdoctoral")
    RESEARCHER = "researcher", _("Researcher")
    ENGINEER = "engineer", _("Engineer")
    TEACHER = "teacher", _("Teacher")
    MANAGEMENT = "management", _("Management")
    MEDICAL = "medical", _("Medical")
    OTHER = "other", _("Other")


class Field(models.TextChoices):
    NATURAL_SCIENCES = "natural-sciences", _("Natural sciences")
    ENGINEERING = "engineering", _("Engineering and technology")
    COMPUTING = "computing", _("Computer science and AI")
    LIFE_SCIENCES = "life-sciences", _("Life sciences and medicine")
    BUSINESS = "business", _("Business, finance and law")
    EDUCATION = "education", _("Education and languages")
    HUMANITIES = "humanities", _("Humanities and social sciences")
    ARTS = "arts", _("Arts and design")


class EmploymentType(models.TextChoices):
    FULL_TIME = "full-time", _("Full-time")
    PART_TIME = "part-time", _("Part-time")
    CONTRACT = "contract", _("Contract")
    INTERNSHIP = "internship", _("Internship")


# schema.org's JobPosting employmentType values.
SCHEMA_EMPLOYMENT_TYPES = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contract": "CONTRACTOR",
    "internship": "INTERN",
}


# Only a verified organisation's openings are public: an organisation that
# goes back to verification keeps its openings, but they stop taking applications.
PUBLIC_ORGANISATION_STATUS = "verified"


# An opening without a deadline is open until it is closed: as if it closed at
# the end of time, so that "open" and "closing soonest" read one indexed value.
FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)


def open_until():
    """The deadline, or the far future for none: what `opening_open_until_filters` orders by."""
    return Coalesce("deadline", Value(FAR_FUTURE, output_field=models.DateTimeField()))


class OpeningQuerySet(models.QuerySet):
    def open(self, now=None):
        """The openings that take applications: the one rule, as a query.

        ``Opening.is_open`` states the same rule for one opening in hand;
        tests/openings/test_open_rule.py holds the two together.
        """
        # A page showing this changes when the next deadline passes.
        depends_on_opening_deadlines()
        now = now or timezone.now()
        # One range of the index (status, open_until), read from now on. Past
        # their deadline, openings stay published: written as "no deadline or
        # a later one", the range could not be read from the index, and a
        # listing closing soonest first read every opening that closed before.
        return self.filter(
            GreaterThan(open_until(), now),
            status=Opening.Status.PUBLISHED,
            organisation__status=PUBLIC_ORGANISATION_STATUS,
        )

    def for_listing(self):
        """Only the columns an opening card shows (templates/openings/_card.html).

        Loading whole rows cost more than rendering them: each card's city is a
        Wagtail page whose stream fields, in six languages, were parsed for a
        title. modeltranslation widens each name below to its language columns.
        """
        return self.select_related("organisation", "city").only(*CARD_COLUMNS)


def _choice_label(choices: type[models.TextChoices], value: str) -> str:
    """The label of `value` in the active language; the value itself if it is not a choice, as Django does."""
    try:
        return str(choices(value).label)
    except ValueError:
        return value


# What a card reads: its own fields, the employer's name and the city's title.
CARD_COLUMNS = (
    "title",
    "kind",
    "employment_type",
    "district",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "work_permit_support",
    "deadline",
    "organisation__name",
    "city__title",
)


class Opening(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")
        ARCHIVED = "archived", _("Archived")

    class Currency(models.TextChoices):
        CNY = "CNY", _("Chinese yuan (CNY)")
        USD = "USD", _("US dollar (USD)")
        EUR = "EUR", _("Euro (EUR)")

    class Period(models.TextChoices):
        YEAR = "year", _("a year")
        MONTH = "month", _("a month")

    class PermitClass(models.TextChoices):
        A = "A", _("Class A (high-end talent)")
        B = "B", _("Class B (professional)")
        C = "C", _("Class C")
        UNKNOWN = "", _("Not sure yet")

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="openings"
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind of position"), max_length=20, choices=Kind.choices)
    field = models.CharField(_("field or discipline"), max_length=30, choices=Field.choices)
    employment_type = models.CharField(
        _("employment type"), max_length=20, choices=EmploymentType.choices
    )
    city = models.ForeignKey(
        "cms.CityPage", on_delete=models.PROTECT, related_name="openings", verbose_name=_("city")
    )
    district = models.CharField(_("district"), max_length=120, blank=True)
    description = models.TextField(_("description"))
    requirements = models.TextField(_("requirements"), blank=True)
    original_language = models.CharField(
        _("written in"), max_length=15, choices=language_choices, default=settings.LANGUAGE_CODE
    )
    salary_min = models.PositiveIntegerField(_("salary from"), null=True, blank=True)
    salary_max = models.PositiveIntegerField(_("salary to"), null=True, blank=True)
    salary_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default="CNY"
    )
    salary_period = models.CharField(_("per"), max_length=5, choices=Period.choices, default="year")
    # Yearly figures in the posted currency, so the salary filter can compare openings.
    annual_salary_max = models.PositiveIntegerField(null=True, blank=True, editable=False)
    work_permit_support = models.BooleanField(_("we support the work permit"), default=False)
    permit_class = models.CharField(
        _("likely work permit class"), max_length=1, choices=PermitClass.choices, blank=True
    )
    relocation_support = models.BooleanField(_("relocation support"), default=False)
    housing_support = models.CharField(
        _("housing support"),
        max_length=200,
        blank=True,
        help_text=_("For example: a talent apartment, or a housing allowance."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    deadline = models.DateTimeField(_("application deadline"), null=True, blank=True)
    positions = models.PositiveSmallIntegerField(
        _("number of positions"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    taken_down_reason = models.TextField(_("reason for taking it down"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OpeningQuerySet.as_manager()

    class Meta:
        verbose_name = _("opening")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="opening_listing"),
            models.Index(fields=["status", "deadline"], name="opening_deadline"),
            # Closing soonest first: the filters on the opening's own row follow the
            # order, so PostgreSQL checks them in the index and reads only the rows it
            # lists (a city, position and permit filter read 965 pages, now 33).
            models.Index(
                F("status"),
                open_until(),
                F("city"),
                F("kind"),
                F("field"),
                F("employment_type"),
                F("work_permit_support"),
                name="opening_open_until_filters",
            ),
            models.Index(fields=["city", "status", "-published_at"], name="opening_city"),
            models.Index(fields=["kind", "status"], name="opening_kind"),
            models.Index(fields=["field", "status"], name="opening_field"),
            models.Index(fields=["employment_type", "status"], name="opening_employment"),
            models.Index(fields=["annual_salary_max"], name="opening_salary"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        for name in ("description", "requirements"):
            for code, _name in settings.LANGUAGES:
                field = build_localized_fieldname(name, code)
                setattr(self, field, clean_html(getattr(self, field, "") or ""))
        top = self.salary_max or self.salary_min
        self.annual_salary_max = (
            None if top is None else top * (12 if self.salary_period == "month" else 1)
        )
        super().save(*args, **kwargs)

    # Django's get_FOO_display builds a dict of the field's choices on every
    # call, and a list of twenty openings makes sixty: the enums look it up.
    def get_kind_display(self):
        return _choice_label(Kind, self.kind)

    def get_employment_type_display(self):
        return _choice_label(EmploymentType, self.employment_type)

    def get_salary_period_display(self):
        return _choice_label(self.Period, self.salary_period)

    @property
    def is_open(self):
        """Whether this opening takes applications (``OpeningQuerySet.open`` for many)."""
        if (
            self.status != self.Status.PUBLISHED
            or self.organisation.status != PUBLIC_ORGANISATION_STATUS
        ):
            return False
        depends_on_opening_deadlines()
        return self.deadline is None or self.deadline > timezone.now()

    def is_translated(self, language):
        if language == self.original_language:
            return True
        return bool(getattr(self, f"title_{language.replace('-', '_')}", ""))


class OpeningLanguage(models.Model):
    class Level(models.TextChoices):
        NATIVE = "native", _("Native")
        FLUENT = "fluent", _("Fluent (C1–C2)")
        WORKING = "working", _("Working knowledge (B1–B2)")
        BASIC = "basic", _("Basic (A1–A2)")

    opening = models.ForeignKey(Opening, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=15, choices=world_languages)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    hsk_level = models.PositiveSmallIntegerField(
        _("HSK level"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )

    class Meta:
        indexes = [models.Index(fields=["language", "opening"])]
        constraints = [
            models.UniqueConstraint(fields=["opening", "language"], name="one_level_per_language")
        ]

    def __str__(self):
        return self.get_language_display()


class ScreeningQuestion(models.Model):
    class Kind(models.TextChoices):
        SHORT = "short", _("Short answer")
        LONG = "long", _("Long answer")
        YES_NO = "yesno", _("Yes or no")
        CHOICE = "choice", _("One choice from a list")

    opening = models.ForeignKey(Opening, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(
        _("answer type"), max_length=10, choices=Kind.choices, default=Kind.SHORT
    )
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("One per line, for a choice from a list.")
    )
    required = models.BooleanField(_("required"), default=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.text

    def choice_list(self):
        return [line.strip() for line in (self.choices or "").splitlines() if line.strip()]

    def in_original_language(self, name):
        """The question's text or choices as the organisation wrote them."""
        field = build_localized_fieldname(name, self.opening.original_language)
        return getattr(self, field, "") or getattr(self, name) or ""

    def choice_pairs(self):
        """(value, label) per choice: answers keep the organisation's wording,
        the applicant reads the choices in their language when translated."""
        values = [
            line.strip()
            for line in self.in_original_language("choices").splitlines()
            if line.strip()
        ]
        labels = self.choice_list()
        if len(labels) != len(values):
            labels = values
        return list(zip(values, labels, strict=True))


class OpeningChange(models.Model):
    """Who changed what in a published opening, and when."""

    opening = models.ForeignKey(Opening, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    fields = models.JSONField(default=dict)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.opening_id} at {self.at:%Y-%m-%d %H:%M}"


class SavedOpening(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_openings"
    )
    opening = models.ForeignKey(Opening, on_delete=models.CASCADE, related_name="+")
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "opening"], name="save_once")]

    def __str__(self):
        return f"{self.user_id} saved {self.opening_id}"


def _unsubscribe_token():
    return secrets.token_urlsafe(24)


class SearchAlert(models.Model):
    class Frequency(models.TextChoices):
        DAILY = "daily", _("Every day")
        WEEKLY = "weekly", _("Every week")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="search_alerts"
    )
    query = models.CharField(
        _("search"), max_length=1000, help_text=_("The listing's filters, as in its address.")
    )
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    paused = models.BooleanField(
        _("paused"), default=False, help_text=_("No e-mails until you resume the alert.")
    )
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=_unsubscribe_token)

    class Meta:
        verbose_name = _("search alert")

    def __str__(self):
        return self.query
