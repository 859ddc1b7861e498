"""The ask page, the answered-questions index and the answer pages."""

from django import forms
from django.db import models
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST, require_safe
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from advocacy.blocks import RICH_TEXT_FEATURES, BodyBlock
from advocacy.localized import in_default_locale
from advocacy.models import BasePage, ReviewedContentMixin
from advocacy.rate_limits import rate_limited, seconds_until_allowed, too_many_requests
from advocacy.robots import noindex
from questions.answer_form import AnswerPageForm
from questions.forms import SENSITIVE_FIELDS, AskQuestionForm
from questions.listing import answers_for_index, related_materials
from questions.notifications import notify_new_question
from questions.structured_data import faq_page_data, qa_page_data
from staging.models import StageLinkedMixin

from .submissions import Question


class AskQuestionPage(RoutablePageMixin, BasePage):
    """A short form, no account. Every response here is ``no-store``: it may hold what a visitor typed."""

    class Meta:
        verbose_name = _("ask question page")

    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    privacy_note = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Shown beside the form: what happens to the question and the email address.",
    )
    confirmation = RichTextField(
        blank=True, features=RICH_TEXT_FEATURES, help_text="Shown after a question is sent: what happens next."
    )

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_note"),
        FieldPanel("confirmation"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The answers in this page's language, else the first (while the answers are not yet translated).
        indexes = AnswersIndexPage.objects.live().public()
        context["answers_index"] = indexes.filter(locale_id=self.locale_id).first() or indexes.first()
        return context

    @path("")
    @method_decorator(require_safe)
    @method_decorator(never_cache)
    @method_decorator(noindex)
    def ask(self, request):
        return self.render(request, context_overrides={"form": AskQuestionForm()})

    @path("send/", name="send")
    @method_decorator(require_POST)
    @method_decorator(never_cache)
    @method_decorator(noindex)
    @method_decorator(sensitive_post_parameters(*SENSITIVE_FIELDS))
    @method_decorator(rate_limited("ask_question_posts"))
    def send(self, request):
        """Every POST counts against a high cap; only an accepted question counts against the questions
        limit, so a visitor who makes a few mistakes is shown them, not locked out."""
        form = AskQuestionForm(request.POST)
        if form.is_bot():
            # Look the same as success, so the bot learns nothing; nothing is stored or sent.
            return redirect(self.get_url(request) + self.reverse_subpage("thanks"))
        if not form.is_valid():
            return self.render(request, context_overrides={"form": form})
        retry_after = seconds_until_allowed(request, "ask_question")
        if retry_after:
            return too_many_requests(request, retry_after)
        question = Question.objects.create(**form.question_fields())
        notify_new_question(question)
        return redirect(self.get_url(request) + self.reverse_subpage("thanks"))

    @path("thanks/", name="thanks")
    @method_decorator(require_safe)
    @method_decorator(never_cache)
    @method_decorator(noindex)
    def thanks(self, request):
        return self.render(request, template="questions/ask_thanks.html")


class AnswersIndexPage(BasePage):
    class Meta:
        verbose_name = _("answers index page")

    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = ["questions.AnswerPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        published = AnswerPage.objects.child_of(self).live().public()
        filterset, answers = answers_for_index(published, request.GET, request.GET.get("page"))
        params = request.GET.copy()
        params.pop("page", None)
        context.update(
            filter=filterset,
            answers=answers,
            filter_query=params.urlencode(),
            structured_data=faq_page_data(self, answers.object_list, request),
        )
        return context


class AnswerPage(StageLinkedMixin, ReviewedContentMixin, BasePage):
    """One answered question: the question as an editor wrote it, a short answer first, then the full answer."""

    class Meta:
        verbose_name = _("answer page")

    question = models.TextField(
        "question as published",
        max_length=500,
        help_text="Write the question in your own words. Never use the asker's text or anything that could name them.",
    )
    short_answer = models.TextField(max_length=600, help_text="Two or three plain sentences. Readers see this first.")
    body = StreamField(BodyBlock(), blank=True, verbose_name="full answer")
    answered_by = models.ForeignKey(
        "advocacy.Reviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The expert who wrote the answer.",
    )
    topics = ParentalManyToManyField(
        "materials.Topic", blank=True, related_name="answers", limit_choices_to=in_default_locale
    )
    parent_page_types = ["questions.AnswersIndexPage"]
    subpage_types = []
    base_form_class = AnswerPageForm
    override_translatable_fields = [SynchronizedField("topics")]  # translations keep the source's topics

    content_panels = (
        BasePage.content_panels
        + [
            HelpPanel(template="questions/admin/source_questions_panel.html", heading="The question as it was sent"),
            FieldPanel("question"),
            FieldPanel("short_answer"),
            FieldPanel("body"),
            FieldPanel("answered_by"),
            MultiFieldPanel(
                [
                    FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("stages"),
                ],
                heading="Topics and stages (shared with the materials)",
            ),
        ]
        + ReviewedContentMixin.review_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("question"),
        index.SearchField("short_answer"),
        index.SearchField("body"),
    ]

    @property
    def summary(self) -> str:
        """What site search shows under the title."""
        return self.short_answer

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(self.topics.localized())
        stages = self.named_stages()
        parent = self.get_parent()
        context.update(
            topics=topics,
            stages=stages,
            index_url=parent.get_url(request) if parent else "",
            related_materials=related_materials(topics, [slug for slug, _name in stages]),
            structured_data=qa_page_data(self, request),
        )
        return context
