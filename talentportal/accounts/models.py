from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


def language_choices():
    # A callable, so that adding a language to settings needs no migration.
    return settings.LANGUAGES


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in with an e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=15,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails from the portal are written in this language."),
    )
    is_professional = models.BooleanField(_("looking for opportunities"), default=False)
    is_hiring = models.BooleanField(_("hiring"), default=False)
    # Raised to sign the person out everywhere (see accounts/sessions.py):
    # part of the session hash, so every earlier session cookie stops working
    # and reactivating the account does not bring them back.
    session_generation = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    def _get_session_auth_hash(self, secret=None):
        if not self.session_generation:
            # Generation 0 hashes exactly like Django, so existing sessions survive the upgrade.
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "talentportal.accounts.User.session_auth_hash",
            f"{self.password}:{self.session_generation}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def has_consented_to(self, version):
        return self.policy_consents.filter(version__gte=version).exists()


class PolicyConsent(models.Model):
    """A person's agreement to one version of the privacy policy."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_consents"
    )
    version = models.PositiveIntegerField(_("policy version"))
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)

    class Meta:
        verbose_name = _("privacy consent")
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="one_consent_per_version")
        ]

    def __str__(self):
        return f"{self.user_id} v{self.version}"
