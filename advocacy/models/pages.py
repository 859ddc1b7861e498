"""Page types for the mission and education content."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from advocacy.blocks import RICH_TEXT_FEATURES, BodyBlock

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
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "advocacy.MissionPage",
        "advocacy.SectionIndexPage",
        "advocacy.ContentPage",
        "advocacy.CommunityPage",
        "materials.MaterialIndexPage",
    ]


class MissionPage(IntroBodyPage):
    """Shows the mission statement from site settings above the body."""

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = []


class SectionIndexPage(IntroBodyPage):
    """A section such as "About cachexia", listing its child pages."""

    parent_page_types = ["advocacy.HomePage"]
    subpage_types = SECTION_CHILDREN

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific().order_by("path")
        return context


class ContentPage(ReviewedContentMixin, IntroBodyPage):
    """An education page with the clinical review details shown to readers."""

    parent_page_types = ["advocacy.HomePage", "advocacy.SectionIndexPage"]
    subpage_types = []

    content_panels = IntroBodyPage.content_panels + ReviewedContentMixin.review_panels


class CommunityPage(IntroBodyPage):
    """Points people to the society's Facebook community (link from site settings)."""

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = []
