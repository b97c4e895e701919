import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from talentportal.organisations.uscc import validate_uscc


class Organisation(models.Model):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University")
        RESEARCH = "research", _("Research institute")
        COMPANY = "company", _("Company")
        HOSPITAL = "hospital", _("Hospital")
        OTHER = "other", _("Other")

    class Size(models.TextChoices):
        SMALL = "1-49", _("1–49 people")
        MEDIUM = "50-249", _("50–249 people")
        LARGE = "250-999", _("250–999 people")
        XLARGE = "1000+", _("1,000 people or more")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address on the site"), max_length=80, unique=True, allow_unicode=False
    )
    description = models.TextField(_("description"), max_length=4000, blank=True)
    city = models.ForeignKey(
        "cms.CityPage",
        on_delete=models.PROTECT,
        related_name="organisations",
        verbose_name=_("city"),
    )
    address = models.CharField(_("address"), max_length=300)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    size = models.CharField(_("size"), max_length=10, choices=Size.choices)
    sector = models.CharField(_("sector"), max_length=120)
    uscc = models.CharField(
        _("unified social credit code"),
        max_length=18,
        blank=True,
        validators=[validate_uscc],
        help_text=_(
            "统一社会信用代码: 18 characters, on the business licence. Required for companies."
        ),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Set at the first verification: while a changed name, city or credit code
    # waits for a new check, the public page stays up marked "verification pending".
    was_verified = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        ordering = ["name"]
        indexes = [models.Index(fields=["city", "status"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.name_en or self.name)[:60] or "organisation"
            slug, n = base, 1
            while Organisation.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                n += 1
                slug = f"{base}-{n}"
            self.slug = slug
        super().save(*args, **kwargs)

    @property
    def is_verified(self):
        return self.status == self.Status.VERIFIED

    @property
    def is_reverifying(self):
        return self.status == self.Status.PENDING and self.was_verified

    def owners(self):
        return self.memberships.filter(role=Membership.Role.OWNER)


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        RECRUITER = "recruiter", _("Recruiter")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("member")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="one_membership_per_person"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(models.Model):
    """A single-use, expiring link that makes a colleague a member."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @classmethod
    def issue(cls, organisation, email, role, invited_by):
        """Create an invitation; returns it with the one copy of its secret token."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            organisation=organisation,
            email=email.lower(),
            role=role,
            invited_by=invited_by,
            token_hash=hash_token(token),
            expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
        )
        return invitation, token
