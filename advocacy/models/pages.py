"""Page types for the mission and education content."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from advocacy import site_memo
from advocacy.blocks import RICH_TEXT_FEATURES, BodyBlock, TaskLinkBlock

from .base import BasePage, ReviewedContentMixin

SECTION_CHILDREN = ["advocacy.ContentPage", "staging.StagesPage"]


class IntroBodyPage(BasePage):
    """Shared fields: a short introduction and the shared body stream."""

    intro = RichTextField(blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


class HomePage(IntroBodyPage):
    """The front door: the mission, a short welcome, then links to the main things people come to do."""

    class Meta:
        verbose_name = _("home page")

    task_links_heading = models.CharField(max_length=120, default="What you can do here")
    task_links = StreamField(
        [("task_link", TaskLinkBlock())],
        blank=True,
        help_text="The main things people come to do, most important first. Each link should say where it goes.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("task_links_heading"), FieldPanel("task_links")], heading="Task links"),
        FieldPanel("body"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "advocacy.MissionPage",
        "advocacy.SectionIndexPage",
        "advocacy.ContentPage",
        "advocacy.CommunityPage",
        "materials.MaterialIndexPage",
        "staging.StagesPage",
        "questions.AskQuestionPage",
        "questions.AnswersIndexPage",
    ]


class MissionPage(IntroBodyPage):
    """Shows the mission statement from site settings above the body."""

    class Meta:
        verbose_name = _("mission page")

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = []


class SectionIndexPage(IntroBodyPage):
    """A section such as "About cachexia", listing its child pages."""

    class Meta:
        verbose_name = _("section index page")

    parent_page_types = ["advocacy.HomePage"]
    subpage_types = SECTION_CHILDREN

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Title and description are on every page: no need to load each child's specific page.
        context["children"] = site_memo.public(self.get_children().live()).order_by("path")
        return context


class ContentPage(ReviewedContentMixin, IntroBodyPage):
    """An education page with the clinical review details shown to readers."""

    class Meta:
        verbose_name = _("content page")

    parent_page_types = ["advocacy.HomePage", "advocacy.SectionIndexPage"]
    subpage_types = []

    content_panels = IntroBodyPage.content_panels + ReviewedContentMixin.review_panels


class CommunityPage(IntroBodyPage):
    """Points people to the society's Facebook community (link from site settings)."""

    class Meta:
        verbose_name = _("community page")

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = []
