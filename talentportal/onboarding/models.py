import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from talentportal.onboarding.pages import SettlingInPage  # noqa: F401  (Wagtail finds pages here)
from talentportal.onboarding.steps import STEPS
from talentportal.onboarding.wallet import Kind


class Route(models.TextChoices):
    Z = "z", _("Z visa with a work permit")
    R = "r", _("R visa for high-level talent")


class Timeline(models.Model):
    """One person's way from an accepted offer (or a job found elsewhere) to settled in."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="onboarding_timelines"
    )
    # Acceptance of an offer made in the portal; empty for a job added by hand.
    application = models.OneToOneField(
        "applications.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="onboarding",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="onboarding_timelines",
    )
    employer_name = models.CharField(_("employer"), max_length=200)
    city = models.ForeignKey(
        "cms.CityPage", on_delete=models.PROTECT, related_name="+", verbose_name=_("city")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    route = models.CharField(_("route"), max_length=1, choices=Route.choices, default=Route.Z)
    accepted_at = models.DateTimeField(_("offer accepted"), default=timezone.now)
    # The employer sees the timeline only while this is set; withdrawing empties it.
    consent_at = models.DateTimeField(_("shared with the employer since"), null=True, blank=True)
    entry_at = models.DateTimeField(_("entry into China"), null=True, blank=True)
    change_on = models.DateField(
        _("date of a change to report"),
        null=True,
        blank=True,
        help_text=_(
            "A new position, employer name or address: it must be reported within 10 days."
        ),
    )
    contract_end_on = models.DateField(_("end of the employment contract"), null=True, blank=True)

    class Meta:
        verbose_name = _("onboarding timeline")
        ordering = ["-accepted_at"]
        indexes = [models.Index(fields=["organisation", "consent_at"])]

    def __str__(self):
        return f"{self.employer_name} ({self.city_id})"

    @property
    def shared(self):
        return self.consent_at is not None and self.organisation_id is not None

    @property
    def awaiting_hr(self):
        return self.application is not None and self.application.stage == "offer"


class StepDone(models.Model):
    timeline = models.ForeignKey(Timeline, on_delete=models.CASCADE, related_name="done")
    step = models.CharField(max_length=20, choices=STEPS)
    done_on = models.DateField(_("done on"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["timeline", "step"], name="onboarding_step_once")
        ]

    def __str__(self):
        return f"{self.step} {self.done_on}"


class Document(models.Model):
    """A date in the wallet: the kind of document and one date, never a scan."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="wallet"
    )
    kind = models.CharField(_("document"), max_length=20, choices=Kind.choices)
    date = models.DateField(_("date"))
    remind = models.BooleanField(_("e-mail me reminders"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("wallet date")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="onboarding_one_date_per_kind")
        ]

    def __str__(self):
        return f"{self.kind} {self.date}"


class ReminderLog(models.Model):
    """Claimed before a reminder is queued, in the same transaction: one row, one e-mail."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # A wallet kind, or "step:" and a step for a step's deadline (reminders.step_kind).
    kind = models.CharField(max_length=40)
    due_on = models.DateField()
    lead_days = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "due_on", "lead_days"], name="onboarding_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.due_on} -{self.lead_days}"


class DigestLog(models.Model):
    """One weekly digest per organisation and week, claimed like the reminders."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    week = models.DateField(help_text="The Monday of the week, in China.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "week"], name="onboarding_digest_once")
        ]

    def __str__(self):
        return f"{self.organisation_id} {self.week}"


def _token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A secret calendar address: the person's own deadlines, or an organisation's calendar."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    token = models.CharField(max_length=64, unique=True, default=_token)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(organisation__isnull=True),
                name="onboarding_one_personal_feed",
            ),
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="onboarding_one_feed_per_organisation",
            ),
        ]

    def __str__(self):
        return f"feed of {self.user_id} / {self.organisation_id}"

    def renew(self):
        self.token = _token()
        self.save(update_fields=["token"])
