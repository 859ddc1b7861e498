"""The answer page's admin form: a draft may be rough, but nothing rough goes to review or live.

Saving a draft is always allowed. Submitting for review or publishing is refused while the page
still has the drafted title, slug or short answer, or states the question in the asker's own words.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from staging.stage_choices import StageLinksFormMixin, stages_field

SHORT_ANSWER_PLACEHOLDER = "Write a short answer here: two or three plain sentences."
QUESTION_PLACEHOLDER = "Write the question here in your own words."
DRAFT_TITLE = "Draft answer to question {pk}"
DRAFT_TITLE_START = "Draft answer to question "
DRAFT_SLUG_START = "draft-answer-"


class AnswerPageForm(StageLinksFormMixin, WagtailAdminPageForm):
    stages = stages_field()

    def defer_required_fields(self):
        self.saving_draft = True  # the editor pressed "Save draft"
        super().defer_required_fields()

    def clean(self):
        cleaned = super().clean()
        if getattr(self, "saving_draft", False):
            return cleaned
        if cleaned.get("title", "").startswith(DRAFT_TITLE_START):
            self.add_error("title", "Give the answer a title of its own before you submit it.")
        if cleaned.get("slug", "").startswith(DRAFT_SLUG_START):
            self.add_error("slug", "Give the answer a web address (slug) of its own before you submit it.")
        if SHORT_ANSWER_PLACEHOLDER in cleaned.get("short_answer", ""):
            self.add_error("short_answer", "Write the short answer before you submit it.")
        question = " ".join(cleaned.get("question", "").split())
        if QUESTION_PLACEHOLDER in question:
            self.add_error("question", "Write the question in your own words before you submit it.")
        elif question and self.instance.pk:
            asked = {" ".join(text.split()) for text in self.instance.source_questions.values_list("text", flat=True)}
            if question in asked:
                self.add_error("question", "Rewrite the question in your own words: never publish it as it was sent.")
        return cleaned
