"""Small factories (factory_boy and wagtail-factories) for tests that need one or two pages, not the whole demo.

Pages are published through a revision, as the admin does. ``HomePageFactory`` also makes it the default
site's root. Typical use::

    home = HomePageFactory()
    stages = StagesPageFactory(parent=SectionIndexPageFactory(parent=home))
"""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from advocacy.models import ContentPage, HomePage, Reviewer, SectionIndexPage, SiteSettings
from materials.models import Audience, MaterialDocument, MaterialIndexPage, MaterialPage, MaterialStage, Topic
from questions.models import AnswerPage, AnswersIndexPage, AskQuestionPage
from staging.models import CriteriaSet, Stage, StagesPage
from tests.helpers import pdf_bytes


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page with a published revision. ``publish=False`` leaves it a draft that was never published."""

    show_in_menus = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        page._publish = extracted is not False  # done once every label is set: see _after_postgeneration

    @classmethod
    def _after_postgeneration(cls, page, create, results=None):
        if not create:
            return
        revision = page.save_revision()
        if page._publish:
            revision.publish()
        else:
            Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
            page.live = False


class HomePageFactory(PublishedPageFactory):
    """The home page at the tree's root (Wagtail's placeholder page removed), the default site's root page,
    with the site's settings at their defaults."""

    title = "Home"
    slug = "home"
    intro = "<p>Welcome.</p>"

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        kwargs["parent"] = root
        home = super()._create(model_class, *args, **kwargs)
        Site.objects.all().delete()
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        SiteSettings.for_site(site)  # made on first use; made here, so a visitor's first request writes nothing
        return home


class SectionIndexPageFactory(PublishedPageFactory):
    title = "About cachexia"
    slug = "about-cachexia"
    intro = "<p>What cachexia is and how it is judged.</p>"

    class Meta:
        model = SectionIndexPage


class ReviewerFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reviewer {n}")

    class Meta:
        model = Reviewer


class ReviewedPageFactory(PublishedPageFactory):
    """A health page with its clinical review record: reviewed a month ago, next due in three years."""

    reviewer = factory.SubFactory(ReviewerFactory)
    last_reviewed = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    next_review_due = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=3 * 365))

    class Meta:
        abstract = True


class ContentPageFactory(ReviewedPageFactory):
    title = factory.Sequence(lambda n: f"Eating well, part {n}")
    intro = "<p>Small meals, often.</p>"

    class Meta:
        model = ContentPage


class StagesPageFactory(ReviewedPageFactory):
    title = "Cachexia stages"
    slug = "stages"
    intro = "<p>The stages, with the numbers doctors use.</p>"

    class Meta:
        model = StagesPage


class MaterialIndexPageFactory(PublishedPageFactory):
    title = "Materials"
    slug = "materials"
    intro = "Leaflets and guides to download."

    class Meta:
        model = MaterialIndexPage


class MaterialDocumentFactory(DjangoModelFactory):
    """A document holding a small valid PDF, with the size, hash and page count an editor's upload sets."""

    title = factory.Sequence(lambda n: f"Leaflet {n}")
    page_count = 2

    class Meta:
        model = MaterialDocument

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        name = slugify(document.title) + ".pdf"
        document.file.save(name, ContentFile(pdf_bytes(document.page_count)), save=False)
        document._set_document_file_metadata()
        document.save()
        return document


class AudienceFactory(DjangoModelFactory):
    slug = factory.Iterator(["patient", "caregiver", "clinician"])
    name = factory.LazyAttribute(lambda audience: audience.slug.title() + "s")

    class Meta:
        model = Audience
        django_get_or_create = ["slug"]


class TopicFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.LazyAttribute(lambda topic: topic.slug.replace("-", " ").capitalize())

    class Meta:
        model = Topic
        django_get_or_create = ["slug"]


class MaterialPageFactory(ReviewedPageFactory):
    """A material with its document. ``stages=["cachexia"]``, ``audiences=[...]`` and ``topics=[...]`` label it."""

    title = factory.Sequence(lambda n: f"Eating guide {n}")
    summary = "A short guide to eating when food does not appeal. For patients and the people who cook for them."
    document = factory.SubFactory(MaterialDocumentFactory, title=factory.SelfAttribute("..title"))
    language = "en"
    format = "leaflet"

    class Meta:
        model = MaterialPage

    @factory.post_generation
    def stages(page, create, extracted, **kwargs):
        if extracted:
            page.stage_links = [MaterialStage(slug=slug) for slug in extracted]

    @factory.post_generation
    def audiences(page, create, extracted, **kwargs):
        if extracted:
            page.audiences.set(extracted)

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.topics.set(extracted)


class AskQuestionPageFactory(PublishedPageFactory):
    title = "Ask our experts"
    slug = "ask"
    intro = "<p>Send us a question about cachexia.</p>"
    privacy_note = "<p>We keep your question for 90 days.</p>"
    confirmation = "<p>Thank you. We got your question.</p>"

    class Meta:
        model = AskQuestionPage


class AnswersIndexPageFactory(PublishedPageFactory):
    title = "Answered questions"
    slug = "answers"
    intro = "<p>Questions people asked, answered by our experts.</p>"

    class Meta:
        model = AnswersIndexPage


class AnswerPageFactory(ReviewedPageFactory):
    """An answered question under an ``AnswersIndexPageFactory``. ``topics=[...]`` labels it."""

    title = factory.Sequence(lambda n: f"Answer number {n}")
    question = factory.LazyAttribute(lambda page: f"What should I know about {page.title.lower()}?")
    short_answer = "Ask your care team. A dietitian can help at any stage."

    class Meta:
        model = AnswerPage

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.topics.set(extracted)


class CriteriaSetFactory(DjangoModelFactory):
    """A published criteria set. Its one stage is met by a BMI under ``stages__bmi_below`` (default 20);
    ``stages=[Stage(...), ...]`` gives it others."""

    name = factory.Sequence(lambda n: f"Test criteria {n}")
    slug = factory.Sequence(lambda n: f"test-criteria-{n}")
    source_citation = "A made-up source, for tests only."

    class Meta:
        model = CriteriaSet
        skip_postgeneration_save = True

    @factory.post_generation
    def stages(criteria_set, create, extracted, **kwargs):
        bmi_below = kwargs.get("bmi_below", 20)
        stages = extracted or [
            Stage(
                name="Cachexia",
                slug="cachexia",
                description="A low BMI, for tests.",
                rule_groups=[
                    (
                        "group",
                        {
                            "label": "",
                            "rule": "all",
                            "k": None,
                            "conditions": [
                                {
                                    "metric": "bmi",
                                    "comparator": "lt",
                                    "value": str(bmi_below),
                                    "window_months": None,
                                    "age_min": None,
                                    "age_max": None,
                                    "verification": "seed",
                                    "source_quote": "",
                                }
                            ],
                        },
                    )
                ],
            )
        ]
        criteria_set.stages = stages
        if create:
            criteria_set.save()
            criteria_set.save_revision().publish()
