"""StreamField blocks for guides and resource pages.

Each page type names the list it accepts (``GUIDE_BLOCKS`` and friends) so that
the editor sees only the blocks that make sense there.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        description = _("A heading that also appears in the page's table of contents.")
        preview_value = {"text": "Before you travel", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("note", _("Note"))],
        default="tip",
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "components/blocks/callout.html"
        description = _("A tip or warning set apart from the text.")
        preview_value = {
            "kind": "warning",
            "title": "Register within 24 hours",
            "text": "<p>Hotels register you automatically; otherwise go to the police station.</p>",
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        preview_value = {
            "title": "Apply for the residence permit",
            "text": "<p>Within 30 days of entry, at the exit-entry office.</p>",
        }


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=160)
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/steps.html"
        description = _("Numbered steps to follow in order.")
        preview_value = {
            "title": "Getting a phone number",
            "steps": [
                {"title": "Bring your passport", "text": "<p>Real-name check.</p>"},
                {"title": "Choose a plan", "text": ""},
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "tasks"
        template = "components/blocks/checklist.html"
        description = _("A list of documents or things to bring.")
        preview_value = {"title": "Bring", "items": ["Passport", "Residence permit"]}


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=160)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "components/blocks/faq.html"
        description = _("Questions and answers, each one expandable.")
        preview_value = {
            "title": "Questions",
            "items": [{"question": "Can I open an account?", "answer": "<p>Yes.</p>"}],
        }


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        description = _("An image with its caption; alt text comes from the image.")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=250, label=_("Source"))
    url = blocks.URLBlock(label=_("Address"))
    publisher = blocks.CharBlock(required=False, max_length=160)
    verified_on = blocks.DateBlock(label=_("Verified on"))

    class Meta:
        icon = "link-external"
        template = "components/blocks/source.html"
        description = _(
            "A source, with the date someone last checked it. It is labelled official only "
            "when its address is on the list of official domains."
        )
        preview_value = {
            "title": "National Immigration Administration",
            "url": "https://www.nia.gov.cn/",
            "publisher": "NIA",
            "verified_on": datetime.date(2026, 11, 1),
        }


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200)
    table = TableBlock(table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        description = _("A table of figures; the first row holds the column headings.")
        preview_value = {
            "caption": "Typical rents",
            "table": {"data": [["District", "RMB/month"], ["Chaoyang", "8,000–15,000"]]},
        }


GUIDE_BLOCKS = [
    ("heading", HeadingBlock()),
    (
        "text",
        blocks.RichTextBlock(
            features=RICH_TEXT_FEATURES,
            template="components/blocks/text.html",
            preview_value="<p>Most banks open accounts for foreigners.</p>",
            description=_("Paragraphs and lists."),
        ),
    ),
    ("callout", CalloutBlock()),
    ("steps", StepsBlock()),
    ("checklist", ChecklistBlock()),
    ("faq", FAQBlock()),
    ("table", TableWithCaptionBlock()),
    ("image", CaptionedImageBlock()),
    ("source", SourceBlock()),
]

SOURCE_BLOCKS = [("source", SourceBlock())]
STEP_BLOCKS = [("step", StepBlock(template="components/blocks/step.html"))]


class HubBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160)
    district = blocks.CharBlock(max_length=120)
    focus = blocks.CharBlock(max_length=200, label=_("Industries"))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "site"
        template = "components/blocks/hub.html"
        description = _("A district or innovation hub and what it is known for.")
        preview_value = {
            "name": "Zhongguancun",
            "district": "Haidian",
            "focus": "Software, AI, universities",
            "description": "",
        }


class CommuteBlock(blocks.StructBlock):
    destination = blocks.CharBlock(max_length=160)
    minutes = blocks.IntegerBlock(min_value=1, max_value=300)
    mode = blocks.CharBlock(max_length=80, label=_("By"))

    class Meta:
        icon = "time"
        preview_value = {"destination": "Zhangjiang", "minutes": 35, "mode": "Metro line 2"}


HUB_BLOCKS = [("hub", HubBlock())]
COMMUTE_BLOCKS = [("commute", CommuteBlock())]
DOCUMENT_BLOCKS = [
    (
        "document",
        blocks.StructBlock(
            [
                ("name", blocks.CharBlock(max_length=250)),
                ("note", blocks.CharBlock(max_length=400, required=False)),
            ],
            icon="doc-full",
        ),
    )
]
PHOTO_BLOCKS = [("photo", CaptionedImageBlock())]
