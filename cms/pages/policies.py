from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField

from cms.blocks import GUIDE_BLOCKS
from cms.pages.base import TranslatedPage
from cms.text import stream_to_text


class PrivacyPolicyPage(TranslatedPage):
    """The privacy policy people agree to; a higher version asks them again."""

    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_(
            "Raise it when the policy changes in substance: everyone is asked to agree "
            "again at their next log-in."
        ),
    )
    effective_date = models.DateField(_("in force from"))
    intro = models.CharField(_("intro"), max_length=300, blank=True)
    body = StreamField(GUIDE_BLOCKS, verbose_name=_("body"))

    content_panels = [
        *TranslatedPage.content_panels,
        FieldRowPanel([FieldPanel("version"), FieldPanel("effective_date")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    translation_check_fields = ("title", "body")
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("privacy policy")

    def search_text(self):
        return " ".join([self.intro, stream_to_text(self.body)])

    @classmethod
    def current(cls):
        return cls.objects.live().first()
