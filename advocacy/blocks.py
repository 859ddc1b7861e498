"""The one body StreamBlock shared by every page type, and the blocks it is made of.

Each block renders with its own template in ``templates/blocks/``, and carries a description and a
preview value so editors see what it looks like before they choose it. Sources are cited in one
place: the ``references`` field of reviewed pages (see ``ReviewedContentMixin``), shown in the
"About this information" panel.
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
        description = "A boxed note that stands out from the text: information, or a warning to act on."
        preview_value = {
            "kind": "warning",
            "heading": "Tell your care team",
            "text": "<p>If you cannot eat for a day or more, call your care team.</p>",
        }


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Key facts", max_length=120)
    facts = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts.html"
        description = "A short list of the most important points on the page."
        preview_value = {
            "heading": "Key facts",
            "facts": ["Cachexia means losing weight and muscle because of an illness.", "A dietitian can help."],
        }


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        description = "One question, in the reader's own words, and its answer."
        preview_value = {
            "question": "Should I eat less fat?",
            "answer": "<p>No. Unless your care team says otherwise, fat gives you energy in small meals.</p>",
        }


class FaqBlock(blocks.StructBlock):
    """Questions and answers, shown as native <details> elements: no JavaScript needed."""

    heading = blocks.CharBlock(default="Common questions", max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        description = "Questions readers ask, each opening to show its answer."
        preview_value = {
            "heading": "Common questions",
            "items": [
                {"question": "Can anything help?", "answer": "<p>Yes. Ask your care team about a dietitian.</p>"}
            ],
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "Someone's own words, with who said them."
        preview_value = {
            "text": "Once we knew the word for it, we could ask the right questions.",
            "attribution": "A carer",
        }


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
        description = "A picture with a text description for people who cannot see it, and an optional caption."

    def get_preview_value(self):
        image = self.child_blocks["image"].target_model.objects.order_by("pk").first()
        return {"image": image, "alt_text": "An example picture", "caption": "A caption under the picture"}


class StagesSummaryBlock(blocks.StructBlock):
    """Stage names and thresholds read live from the staging app, so edits there show here."""

    heading = blocks.CharBlock(default="The stages of cachexia", max_length=120)
    criteria_set = SnippetChooserBlock(
        "staging.CriteriaSet", required=False, help_text="Leave empty to show the default set."
    )

    class Meta:
        icon = "table"
        template = "blocks/stages_summary.html"
        description = "The stages of cachexia and their numbers, always as currently published in 'Cachexia stages'."
        preview_value = {"heading": "The stages of cachexia", "criteria_set": None}

    def get_context(self, value, parent_context=None):
        # The chooser knows its model by name, so this base layer never imports the staging app.
        criteria_sets = self.child_blocks["criteria_set"].target_model.objects.for_display()
        chosen = value.get("criteria_set")
        context = super().get_context(value, parent_context)
        # Matched by translation key: a translated page may have chosen the set's translation.
        context["criteria_set"] = (
            criteria_sets.filter(translation_key=chosen.translation_key).first() if chosen else None
        ) or criteria_sets.first()
        return context


class FeaturedMaterialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Materials you can download", max_length=120)
    materials = blocks.ListBlock(blocks.PageChooserBlock(page_type="materials.MaterialPage"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/featured_materials.html"
        description = "Links to chosen patient materials, with a short summary of each."

    def get_preview_value(self):
        material_model = self.child_blocks["materials"].child_block.target_model
        return {"heading": "Materials you can download", "materials": list(material_model.objects.live()[:2])}


class ReferenceBlock(blocks.StructBlock):
    """One source, listed in the "About this information" panel of a reviewed page."""

    citation = blocks.TextBlock(help_text="Authors, title, journal, year.")
    url = blocks.URLBlock(required=False, help_text="A DOI or PubMed link if there is one.")

    class Meta:
        icon = "link"
        template = "blocks/reference.html"
        description = "One source the page is based on, with a link to it if there is one."
        preview_value = {
            "citation": (
                "Fearon K, Strasser F, Anker SD, et al. Definition and classification of cancer cachexia: an "
                "international consensus. Lancet Oncol. 2011;12(5):489-495."
            ),
            "url": "https://doi.org/10.1016/S1470-2045(10)70218-7",
        }


class TaskLinkBlock(blocks.StructBlock):
    """One of the main things people come to do, as a link that says where it goes (the home page's task links)."""

    page = blocks.PageChooserBlock(help_text="The page this task leads to.")
    link_text = blocks.CharBlock(
        max_length=80,
        required=False,
        help_text="Say where the link goes, for example “Learn what cachexia is”. Leave empty to use the page title.",
    )
    description = blocks.CharBlock(
        max_length=200, required=False, help_text="One short sentence: what the reader will find there."
    )

    class Meta:
        icon = "link"
        label = "Task link"
        template = "blocks/task_link.html"
        description = "A link to one of the main things people come to do, with a short description."
        preview_value = {
            "link_text": "Learn what cachexia is",
            "description": "Cachexia explained in plain words: the signs, and why it happens.",
        }


class BodyBlock(blocks.StreamBlock):
    """The body of every page: any of these blocks, in any order."""

    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="blocks/rich_text.html",
        description="Paragraphs, headings, lists and links.",
        preview_value="<h2>A heading</h2><p>Short paragraphs in everyday words are easiest to read.</p>",
    )
    callout = CalloutBlock()
    key_facts = KeyFactsBlock()
    faq = FaqBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    stages_summary = StagesSummaryBlock()
    featured_materials = FeaturedMaterialsBlock()

    class Meta:
        description = "The page's text, made of blocks: paragraphs, notes, key facts, questions and more."
        preview_value = [
            ("rich_text", "<h2>What helps</h2><p>Small meals often are easier than three big ones.</p>"),
            ("key_facts", {"heading": "Key facts", "facts": ["A dietitian can help.", "Gentle exercise helps."]}),
        ]
