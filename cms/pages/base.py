import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction

from cms.blocks import SOURCE_BLOCKS

# What a page card reads (components/card_list.html, the home page's city and
# section cards): its address, title and one line of text, in every language
# modeltranslation may fall back to. Not its bodies.
CARD_FIELDS = ("title", "intro", "summary", "who_for", "hero_image", "url_path")


def for_cards(pages):
    """`pages` loading only what a card shows: a row's six stream bodies cost more to read than the card does to render."""
    names = {field.name for field in pages.model._meta.get_fields()}
    return pages.only(*(name for name in CARD_FIELDS if name in names))


class TranslatedPage(Page):
    """A page that knows whether the reader's language has been written yet."""

    # Fields that must be filled in a language for the page to count as
    # translated into it; a page missing any of them shows the fallback notice.
    translation_check_fields = ("title",)

    class Meta:
        abstract = True

    def is_translated(self, language=None):
        language = language or get_language() or settings.LANGUAGE_CODE
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return True
        for name in self.translation_check_fields:
            value = getattr(self, build_localized_fieldname(name, language), None)
            if not value:
                return False
        return True

    def translated_languages(self):
        return [code for code, _name in settings.LANGUAGES if self.is_translated(code)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated"] = not self.is_translated()
        return context

    def get_view_restrictions(self):
        """Wagtail's answer in one query, where it makes two on every page served.

        Wagtail reads the page's ancestors, then their restrictions. An
        ancestor's path is a prefix of this page's, so both fit in one query;
        an alias has none of its own and takes those of the page it copies.
        """
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        copied = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__in=copied)
        )

    def search_text(self):
        """Plain text of the page in the active language, for site search."""
        return ""


def stale_cutoff(today=None):
    """Facts last checked before this day are due for a new check."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=settings.CITY_STAFF_STALE_AFTER_DAYS)


class VerifiedFacts(models.Model):
    """Fields of pages whose facts city staff re-check on a schedule."""

    last_verified = models.DateField(
        _("last verified"),
        help_text=_("The day someone last checked these facts against the official sources."),
    )
    sources = StreamField(SOURCE_BLOCKS, blank=True, verbose_name=_("sources"))

    verification_panels = [FieldPanel("last_verified"), FieldPanel("sources")]

    class Meta:
        abstract = True

    @property
    def is_stale(self):
        return self.last_verified < stale_cutoff()


class SectionSources(models.Model):
    """Sources and last check of a section page (a city, a visa or housing section).

    The date may be empty on pages made before sections carried sources: the
    page then says it has not been checked yet rather than showing a made-up date.
    """

    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked the facts on this page against its sources."),
    )
    sources = StreamField(SOURCE_BLOCKS, blank=True, verbose_name=_("sources"))

    verification_panels = [FieldPanel("last_verified"), FieldPanel("sources")]

    class Meta:
        abstract = True

    @property
    def is_stale(self):
        return self.last_verified is None or self.last_verified < stale_cutoff()
