import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from talentportal.languages.world import world_languages  # migration 0001 names it here
from talentportal.profiles.storage import cv_upload_to, photo_upload_to
from talentportal.storage import private_storage


def _this_year_plus_ten():
    return datetime.date.today().year + 10


class Profile(models.Model):
    class VisaSituation(models.TextChoices):
        IN_CHINA = "in_china", _("I am in China already, with a residence permit")
        NOT_YET = "not_yet", _("I am not in China yet")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    headline = models.CharField(_("headline"), max_length=160, blank=True)
    nationality = CountryField(_("nationality"), blank=True)
    country_of_residence = CountryField(_("country of residence"), blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=2000, blank=True)
    expertise = models.CharField(
        _("fields of expertise"),
        max_length=300,
        blank=True,
        help_text=_("Separate them with commas, e.g. materials science, machine learning."),
    )
    target_cities = models.ManyToManyField(
        "cms.CityPage", blank=True, related_name="+", verbose_name=_("cities you would work in")
    )
    visa_situation = models.CharField(
        _("visa situation"), max_length=20, choices=VisaSituation.choices, blank=True
    )
    cv = models.FileField(
        _("CV"), storage=private_storage, upload_to=cv_upload_to, blank=True, max_length=200
    )
    cv_name = models.CharField(_("CV file name"), max_length=255, blank=True)
    cv_uploaded_at = models.DateTimeField(null=True, blank=True)
    photo = models.FileField(
        _("photo"), storage=private_storage, upload_to=photo_upload_to, blank=True, max_length=200
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("professional profile")

    def __str__(self):
        return str(self.user)

    def expertise_list(self):
        return [item.strip() for item in self.expertise.split(",") if item.strip()]

    def completeness(self):
        """(percentage, what is missing) for the meter on the profile page."""
        checks = [
            (bool(self.user.first_name and self.user.last_name), _("your name")),
            (bool(self.headline), _("a headline")),
            (bool(self.nationality), _("your nationality")),
            (bool(self.country_of_residence), _("where you live now")),
            (bool(self.summary), _("a short summary")),
            (bool(self.expertise), _("your fields of expertise")),
            (bool(self.visa_situation), _("your visa situation")),
            (self.target_cities.exists(), _("the cities you would work in")),
            (self.education.exists(), _("your education")),
            (self.experience.exists(), _("your work experience")),
            (self.languages.exists(), _("the languages you speak")),
            (bool(self.cv), _("your CV")),
        ]
        done = sum(1 for ok, _label in checks if ok)
        missing = [label for ok, label in checks if not ok]
        return round(100 * done / len(checks)), missing


class Education(models.Model):
    class Degree(models.TextChoices):
        DOCTORATE = "doctorate", _("Doctorate (PhD)")
        MASTER = "master", _("Master's degree")
        BACHELOR = "bachelor", _("Bachelor's degree")
        DIPLOMA = "diploma", _("Diploma or certificate")
        OTHER = "other", _("Other")

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="education")
    degree = models.CharField(_("degree"), max_length=20, choices=Degree.choices)
    field = models.CharField(_("field of study"), max_length=160)
    institution = models.CharField(_("institution"), max_length=200)
    country = CountryField(_("country"))
    year = models.PositiveSmallIntegerField(
        _("year completed"),
        validators=[MinValueValidator(1950), MaxValueValidator(_this_year_plus_ten)],
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("education")

    def __str__(self):
        return f"{self.get_degree_display()}, {self.field}"


class Experience(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="experience")
    title = models.CharField(_("job title"), max_length=160)
    organisation = models.CharField(_("organisation"), max_length=200)
    country = CountryField(_("country"))
    start_year = models.PositiveSmallIntegerField(
        _("from"), validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("to"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_("Leave empty if you still work there."),
    )
    description = models.TextField(_("what you did"), max_length=1500, blank=True)

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("work experience")

    def __str__(self):
        return f"{self.title}, {self.organisation}"


class LanguageSkill(models.Model):
    class Level(models.TextChoices):
        NATIVE = "native", _("Native or bilingual")
        C2 = "C2", _("C2 – proficient")
        C1 = "C1", _("C1 – advanced")
        B2 = "B2", _("B2 – upper intermediate")
        B1 = "B1", _("B1 – intermediate")
        A2 = "A2", _("A2 – elementary")
        A1 = "A1", _("A1 – beginner")

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=15, choices=world_languages)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, blank=True)
    hsk_level = models.PositiveSmallIntegerField(
        _("HSK level"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
        help_text=_("For Chinese: your HSK level, 1 to 9."),
    )

    class Meta:
        verbose_name = _("language")
        constraints = [
            models.UniqueConstraint(fields=["profile", "language"], name="one_entry_per_language")
        ]

    def __str__(self):
        return self.get_language_display()

    @property
    def is_chinese(self):
        return self.language.startswith("zh")


def private_files(user) -> list:
    """The profile's CV and photo; registered for the storage quota in apps.py."""
    profile = Profile.objects.filter(user=user).first()
    return [profile.cv, profile.photo] if profile else []
