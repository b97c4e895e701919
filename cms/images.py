from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    """A Wagtail image whose alt text is required and translated."""

    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    # Every language's alt text on the one form; adding a language adds a field.
    admin_form_fields = (
        *Image.admin_form_fields,
        *(f"alt_text_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES),
        "credit",
    )

    @property
    def default_alt_text(self):
        return self.alt_text or ""


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
