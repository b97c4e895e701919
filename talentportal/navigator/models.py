"""The points table as versioned data, the Apostille parties, and saved results.

A rule change is a new version: a version that a saved result was computed
with, or one that has been superseded, refuses edits (copy it instead, see
`RuleVersion.copy`), so every saved result can be explained by its own table.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class RuleVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CURRENT = "current", _("Current")
        SUPERSEDED = "superseded", _("Superseded")

    name = models.CharField(_("name"), max_length=160)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    max_total = models.PositiveSmallIntegerField(_("maximum points"))
    source_title = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_from", "-id"]
        verbose_name = _("points table version")
        verbose_name_plural = _("points table versions")
        constraints = [
            models.UniqueConstraint(
                fields=["status"],
                condition=models.Q(status="current"),
                name="one_current_points_table",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.status == self.Status.CURRENT:
                # Making a version current supersedes the one before it.
                previous = RuleVersion.objects.filter(status=self.Status.CURRENT).exclude(
                    pk=self.pk
                )
                for old in previous:
                    old.status = self.Status.SUPERSEDED
                    if old.valid_until is None and self.valid_from:
                        old.valid_until = self.valid_from - datetime.timedelta(days=1)
                    models.Model.save(old, update_fields=["status", "valid_until"])
            super().save(*args, **kwargs)

    @property
    def is_locked(self):
        if self.pk is None:
            return False
        stored = RuleVersion.objects.filter(pk=self.pk).values_list("status", flat=True).first()
        return stored == self.Status.SUPERSEDED or self.saved_results.exists()

    def clean(self):
        if self.is_locked:
            raise ValidationError(
                _(
                    "This version has saved results or has been superseded, so it cannot "
                    "change: copy it as a new version instead."
                )
            )

    def get_constraints(self):
        # Making a version current supersedes the one before it (see save), so the
        # "one current version" constraint is kept by saving, not refused by forms.
        return [
            (model, [c for c in constraints if c.name != "one_current_points_table"])
            for model, constraints in super().get_constraints()
        ]

    def copy(self):
        """A draft with the same items and bands, to edit into the next version."""
        with transaction.atomic():
            fields = {
                f.attname: getattr(self, f.attname)
                for f in self._meta.concrete_fields
                if f.attname not in ("id", "status", "copied_from_id", "created_at")
            }
            new = RuleVersion.objects.create(**fields, status=self.Status.DRAFT, copied_from=self)
            for item in self.items.prefetch_related("bands"):
                bands = list(item.bands.all())
                item.pk = None
                item.version = new
                item.save()
                for band in bands:
                    band.pk = None
                    band.item = item
                    band.save()
        return new

    @classmethod
    def current(cls):
        return cls.objects.filter(status=cls.Status.CURRENT).first()


class RuleItem(models.Model):
    class Key(models.TextChoices):
        SALARY = "salary", _("Annual salary (CNY)")
        EDUCATION = "education", _("Education")
        EXPERIENCE = "experience", _("Related work experience (years)")
        MONTHS = "months", _("Months a year working in China")
        CHINESE = "chinese", _("Chinese language")
        LOCATION = "location", _("Work location")
        AGE = "age", _("Age")
        EXTRAS = "extras", _("Extra credits")
        LOCAL_BONUS = "local_bonus", _("Local encouragement bonus")

    class Kind(models.TextChoices):
        THRESHOLD = "threshold", _("Bands by lower bound")
        CHOICE = "choice", _("One band by code")
        FLAGS = "flags", _("Several bands by code, summed up to the maximum")
        NOT_FOUND = "not_found", _("Values not found: never adds points")

    version = models.ForeignKey(RuleVersion, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(_("answer it reads"), max_length=20, choices=Key.choices)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    label = models.CharField(_("label"), max_length=200)
    max_points = models.PositiveSmallIntegerField(_("maximum points"))
    source_title = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["version", "sort_order", "id"]
        verbose_name = _("points item")
        verbose_name_plural = _("points items")
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="one_item_per_key")]

    def __str__(self):
        return f"{self.version.name}: {self.label}"

    def clean(self):
        if self.version_id and self.version.is_locked:
            raise ValidationError(
                _("This item's version cannot change: copy the version as a new one instead.")
            )


class RuleBand(models.Model):
    item = models.ForeignKey(RuleItem, on_delete=models.CASCADE, related_name="bands")
    code = models.CharField(
        _("code"),
        max_length=30,
        blank=True,
        help_text=_("For choice and flag items: the answer this band matches."),
    )
    lower = models.DecimalField(
        _("lower bound"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("For threshold items: the smallest value in this band."),
    )
    label = models.CharField(_("label"), max_length=200)
    points = models.PositiveSmallIntegerField(_("points"))
    source_title = models.CharField(_("source"), max_length=300, blank=True)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["item", "sort_order", "lower", "id"]
        verbose_name = _("points band")
        verbose_name_plural = _("points bands")

    def __str__(self):
        return f"{self.item.label}: {self.label}"

    def clean(self):
        if self.item_id and self.item.version.is_locked:
            raise ValidationError(
                _("This band's version cannot change: copy the version as a new one instead.")
            )


class ApostilleParty(models.Model):
    """A state for which the Apostille Convention is in force, with its date."""

    country = CountryField(_("country"), unique=True)
    in_force_from = models.DateField(
        _("in force from"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the date has not been checked yet."),
    )
    source_title = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), max_length=500)
    verified_on = models.DateField(_("verified on"))

    class Meta:
        ordering = ["country"]
        verbose_name = _("Apostille Convention party")
        verbose_name_plural = _("Apostille Convention parties")

    def __str__(self):
        return str(self.country.name)


class SavedResult(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="navigator_results"
    )
    rule_version = models.ForeignKey(
        RuleVersion, on_delete=models.PROTECT, related_name="saved_results"
    )
    answers = models.JSONField(_("answers"))
    route = models.CharField(_("route"), max_length=8)
    klass = models.CharField(_("class"), max_length=1, blank=True)
    total = models.PositiveSmallIntegerField(_("points"), null=True, blank=True)
    lines = models.JSONField(_("points by item"), default=dict)
    ticks = models.JSONField(_("documents gathered"), default=list)
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("saved navigator result")

    def __str__(self):
        return f"{self.user} · {self.route} · {self.created_at:%Y-%m-%d}"
