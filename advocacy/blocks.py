"""The one body StreamBlock shared by every page type, and the blocks it is made of.

Each block renders with its own template in ``templates/blocks/``.
"""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("info", "Information"), ("warning", "Warning")], default="info")
    heading = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Key facts", max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    """Questions and answers, shown as native <details> elements: no JavaScript needed."""

    heading = blocks.CharBlock(default="Common questions", max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class StagesSummaryBlock(blocks.StructBlock):
    """Stage names and thresholds read live from the staging app, so edits there show here."""

    heading = blocks.CharBlock(default="The stages of cachexia", max_length=120)
    criteria_set = SnippetChooserBlock(
        "staging.CriteriaSet", required=False, help_text="Leave empty to show the default set."
    )

    class Meta:
        icon = "table"
        template = "blocks/stages_summary.html"

    def get_context(self, value, parent_context=None):
        from staging.models import CriteriaSet

        context = super().get_context(value, parent_context)
        chosen = value.get("criteria_set")
        context["criteria_set"] = CriteriaSet.objects.published().filter(pk=chosen.pk).first() if chosen else None
        if context["criteria_set"] is None:
            context["criteria_set"] = CriteriaSet.objects.default()
        return context


class FeaturedMaterialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Materials you can download", max_length=120)
    materials = blocks.ListBlock(blocks.PageChooserBlock(page_type="materials.MaterialPage"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/featured_materials.html"


class ReferenceBlock(blocks.StructBlock):
    citation = blocks.TextBlock(help_text="Authors, title, journal, year.")
    url = blocks.URLBlock(required=False, help_text="A DOI or PubMed link if there is one.")

    class Meta:
        icon = "link"
        template = "blocks/reference.html"


class ReferencesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Where this information comes from", max_length=120)
    items = blocks.ListBlock(ReferenceBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/references.html"


class BodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/rich_text.html")
    callout = CalloutBlock()
    key_facts = KeyFactsBlock()
    faq = FaqBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    stages_summary = StagesSummaryBlock()
    featured_materials = FeaturedMaterialsBlock()
    references = ReferencesBlock()
