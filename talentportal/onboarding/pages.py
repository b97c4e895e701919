"""The city's settling-in steps: a page that city staff edit under their city."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms.navigation import city_of
from cms.pages.base import TranslatedPage
from cms.text import html_to_text
from talentportal.navigator.clocks import CLOCKS
from talentportal.onboarding.blocks import SETTLING_STEP_BLOCKS
from talentportal.onboarding.step_documents import generic_documents_by_step


class SettlingInPage(TranslatedPage):
    """From the job offer to settled in: the steps in this city, in order."""

    intro = models.CharField(_("intro"), max_length=300)
    steps = StreamField(SETTLING_STEP_BLOCKS, verbose_name=_("steps"))

    content_panels = [*TranslatedPage.content_panels, FieldPanel("intro"), FieldPanel("steps")]
    translation_check_fields = ("title", "intro", "steps")
    parent_page_types = ["cms.CityPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "onboarding/settling_in_page.html"

    class Meta:
        verbose_name = _("settling-in steps page")

    def search_text(self):
        # The words a reader sees: not the centre ids or clock keys the blocks also hold.
        parts = [self.intro]
        for block in self.steps:
            value = block.value
            parts += [value["title"], html_to_text(value["what"].source), value["where"]]
            parts += [*value["documents"], value["typical_duration"]]
        return " ".join(p for p in parts if p)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        centres = self.centres()
        documents = generic_documents_by_step(city_of(self).slug)
        context["steps"] = [
            {
                "content": block.value,
                "clock": CLOCKS.get(block.value.get("clock") or ""),
                "centres": [centres[i] for i in block.value["centres"] if i in centres],
                "documents": documents.get(block.value["step"], []),
            }
            for block in self.steps
        ]
        return context

    def centres(self) -> dict:
        """The city's service centres by id: a step names only centres of its own city."""
        return {str(c.pk): c for c in city_of(self).service_centres.all()}

    @classmethod
    def for_city(cls, city):
        return cls.objects.child_of(city).live().first() if city else None

    def step_blocks(self):
        """The step blocks, keyed by step; the first block wins if a step is written twice."""
        found = {}
        for block in self.steps:
            found.setdefault(block.value["step"], block.value)
        return found
