from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from talentportal.storage import private_storage, random_name


def application_cv_upload_to(instance, filename):
    return random_name("applications", filename)


class Stage(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    INTERVIEW = "interview", _("Interview")
    OFFER = "offer", _("Offer")
    HIRED = "hired", _("Hired")
    REJECTED = "rejected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Stages after which nothing moves any more.
DECIDED = {Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN}
# Where HR may move an application from each stage.
MOVES = {
    Stage.SUBMITTED: [Stage.IN_REVIEW, Stage.SHORTLISTED, Stage.REJECTED],
    Stage.IN_REVIEW: [Stage.SHORTLISTED, Stage.INTERVIEW, Stage.REJECTED],
    Stage.SHORTLISTED: [Stage.INTERVIEW, Stage.OFFER, Stage.REJECTED],
    Stage.INTERVIEW: [Stage.OFFER, Stage.SHORTLISTED, Stage.REJECTED],
    Stage.OFFER: [Stage.HIRED, Stage.REJECTED],
}


class Removal(models.TextChoices):
    ACCOUNT = "account", _("The applicant deleted their account.")
    RETENTION = (
        "retention",
        _("The applicant's details were removed at the end of the retention period."),
    )


def name_shown(name: str | None) -> str:
    """The applicant's name as sent, or what HR reads once it is gone."""
    return name or _("Former applicant")


class Application(models.Model):
    opening = models.ForeignKey(
        "openings.Opening", on_delete=models.CASCADE, related_name="applications"
    )
    # Empty once the applicant deletes their account: the organisation keeps an anonymous record.
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="applications"
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.SUBMITTED, db_index=True
    )
    cover_letter = models.TextField(_("cover letter"), max_length=6000)
    cv = models.FileField(
        storage=private_storage, upload_to=application_cv_upload_to, max_length=200, blank=True
    )
    cv_name = models.CharField(max_length=255, blank=True)
    # The profile as it was sent, so later edits do not change what HR saw.
    profile = models.JSONField(default=dict)
    nationality = models.CharField(max_length=2, blank=True, db_index=True)
    highest_degree = models.CharField(max_length=20, blank=True)
    hsk_level = models.PositiveSmallIntegerField(null=True, blank=True)
    consent_at = models.DateTimeField(_("consent to share given"))
    # The privacy policy in force when the person agreed to share (None: no policy published).
    consent_policy_version = models.PositiveIntegerField(
        _("privacy policy version agreed to"), null=True, blank=True
    )
    submitted_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    interview_at = models.DateTimeField(_("interview date and time"), null=True, blank=True)
    interview_place = models.CharField(_("interview place or link"), max_length=300, blank=True)
    # Why the personal data is gone, so HR is told what happened rather than shown a blank.
    removed = models.CharField(max_length=10, choices=Removal.choices, blank=True)

    class Meta:
        verbose_name = _("application")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["opening", "applicant"], name="one_application_per_opening"
            )
        ]
        indexes = [
            models.Index(fields=["opening", "stage", "-submitted_at"], name="application_pipeline"),
            # The HR list of every stage, newest or oldest first: one page read off
            # the index instead of sorting all of an opening's applications.
            models.Index(fields=["opening", "-submitted_at"], name="application_recent"),
        ]

    def __str__(self):
        return f"{self.opening} — {self.applicant_name}"

    @property
    def applicant_name(self):
        return name_shown(self.profile.get("name"))

    @property
    def removal_notice(self):
        """What HR reads where the applicant's details were."""
        if self.removed:
            return self.get_removed_display()
        # Applications anonymised before the reason was recorded: only an account deletion
        # empties the applicant while the opening is recent.
        return Removal.ACCOUNT.label if self.applicant_id is None else ""

    @property
    def has_cv(self):
        """Whether HR can download a CV: withdrawing or deleting the account removes it."""
        return bool(self.cv) and self.stage != Stage.WITHDRAWN

    @property
    def is_decided(self):
        return self.stage in DECIDED

    def next_stages(self):
        return MOVES.get(self.stage, [])


class Answer(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        "openings.ScreeningQuestion", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    question_text = models.CharField(max_length=300)
    answer = models.TextField(max_length=4000, blank=True)

    def __str__(self):
        return self.question_text


class StageChange(models.Model):
    """The application's history: rows are added, never changed."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    from_stage = models.CharField(max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=12, choices=Stage.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(_("note to the applicant"), blank=True, max_length=2000)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.from_stage} → {self.to_stage}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise ValueError("The history of an application is append-only.")
        super().save(*args, **kwargs)


class Message(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_organisation = models.BooleanField()
    body = models.TextField(_("message"), max_length=4000)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sent_at", "id"]

    def __str__(self):
        return self.body[:40]


class Note(models.Model):
    """An internal note: only the organisation's members see it."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("internal note"), max_length=4000)
    written_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["written_at", "id"]

    def __str__(self):
        return self.body[:40]


class CVDownload(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="cv_downloads"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.application_id} by {self.user_id}"


def private_files(user) -> list:
    """The CV copies sent with the person's applications; registered for the storage quota in apps.py."""
    return [a.cv for a in Application.objects.filter(applicant=user).exclude(cv="")]
