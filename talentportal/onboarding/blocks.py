"""The blocks city staff use to write their city's settling-in steps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.blocks import RICH_TEXT_FEATURES
from cms.models import ServiceCentre
from talentportal.navigator.clocks import CLOCKS
from talentportal.onboarding.steps import STEPS


def clock_choices():
    return [(key, clock.label) for key, clock in CLOCKS.items()]


def service_centre_choices():
    # Every city's centres, named with their city, so editors pick from what the CMS holds.

    return [
        (str(centre.pk), f"{centre.page.title} — {centre.name}")
        for centre in ServiceCentre.objects.select_related("page").order_by("page_id", "sort_order")
    ]


class StepSourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=250, label=_("Source"))
    url = blocks.URLBlock(label=_("Address"))


class SettlingStepBlock(blocks.StructBlock):
    step = blocks.ChoiceBlock(
        choices=STEPS,
        label=_("Step"),
        help_text=_(
            "Which step of the timeline this is: it fixes the order and the person's ticks."
        ),
    )
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    what = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("What to do"))
    centres = blocks.ListBlock(
        blocks.ChoiceBlock(choices=service_centre_choices, label=_("Service centre")),
        default=[],
        label=_("Where: service centres"),
    )
    where = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Where: other places"),
        help_text=_("For places that are not service centres, such as the local police station."),
    )
    documents = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        default=[],
        label=_("Also bring, in this city"),
        help_text=_(
            "The passport, certificates and other checklist documents are added for each "
            "person from the visa navigator; list here only what this city asks on top, "
            "such as a lease."
        ),
    )
    clock = blocks.ChoiceBlock(
        choices=clock_choices,
        required=False,
        label=_("Statutory limit"),
        help_text=_("The clock whose deadline this step shows, counted from the person's dates."),
    )
    typical_duration = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Typical duration"),
        help_text=_("Only what a source states; leave empty when no source gives it."),
    )
    sources = blocks.ListBlock(StepSourceBlock(), default=[], label=_("Official sources"))

    class Meta:
        icon = "list-ol"
        label = _("Settling-in step")


SETTLING_STEP_BLOCKS = [("step", SettlingStepBlock())]
