"""Downloadable patient resources: the document model, material pages and download counts."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from advocacy.models import BasePage, ReviewedContentMixin

SHORT_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: easy to read aloud and type


class MaterialDocument(AbstractDocument):
    """A downloadable file. Page count is read from PDFs when they are uploaded."""

    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_document", "Can choose document")]


class Audience(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


def new_short_code() -> str:
    return "".join(secrets.choice(SHORT_CODE_ALPHABET) for _ in range(6))


class MaterialIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(blank=True)

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = ["materials.MaterialPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    @path("")
    def index_route(self, request):
        from .listing import filtered_materials

        filterset, page, query = filtered_materials(request.GET, request.GET.get("page"))
        params = request.GET.copy()
        params.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "filter": filterset,
                "materials": page,
                "search_query": query,
                "filter_query": params.urlencode(),
                "share_url": request.build_absolute_uri(),
            },
        )

    @path("handout/")
    def handout(self, request):
        from .handout import handout_context

        return self.render(request, template="materials/handout.html", context_overrides=handout_context(request, self))


class MaterialPage(RoutablePageMixin, ReviewedContentMixin, BasePage):
    FORMAT_CHOICES = [
        ("leaflet", "Leaflet"),
        ("booklet", "Booklet"),
        ("diary", "Diary or worksheet"),
        ("easy-read", "Easy read"),
        ("large-print", "Large print"),
        ("poster", "Poster"),
    ]

    summary = models.TextField(help_text="Two or three plain sentences: what is in it and who it is for.")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, null=True, blank=False, on_delete=models.PROTECT, related_name="+"
    )
    audiences = ParentalManyToManyField(Audience, blank=True, related_name="materials")
    topics = ParentalManyToManyField(Topic, blank=True, related_name="materials")
    stages = ParentalManyToManyField("staging.Stage", blank=True, related_name="materials")
    language = models.CharField(max_length=12, default="en", help_text="Language code, for example en or es.")
    format = models.CharField(max_length=20, choices=FORMAT_CHOICES, default="leaflet")
    short_code = models.CharField(max_length=12, unique=True, default=new_short_code, editable=False)

    parent_page_types = ["materials.MaterialIndexPage"]
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("document"),
            MultiFieldPanel(
                [
                    FieldPanel("audiences"),
                    FieldPanel("topics"),
                    FieldPanel("stages"),
                    FieldPanel("language"),
                    FieldPanel("format"),
                ],
                heading="Who and what it is for",
            ),
        ]
        + ReviewedContentMixin.review_panels
    )
    search_fields = BasePage.search_fields + [index.SearchField("summary")]

    @path("")
    def detail(self, request):
        from .qr import qr_svg

        short_url = request.build_absolute_uri(self.short_path)
        return self.render(request, context_overrides={"short_url": short_url, "qr": qr_svg(short_url, "QR code")})

    @path("download/")
    def download(self, request):
        """The stable download URL: always the current file, whatever it is called."""
        from .serving import serve_current_file

        return serve_current_file(request, self)

    @property
    def language_name(self) -> str:
        from .listing import language_name

        return language_name(self.language)

    @property
    def short_path(self) -> str:
        return reverse("materials:short_link", args=[self.short_code])


class DownloadDay(models.Model):
    """Daily download totals per material. No personal data is recorded."""

    material = models.ForeignKey(MaterialPage, on_delete=models.CASCADE, related_name="download_days")
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["material", "date"], name="one_download_row_per_day")]

    def __str__(self) -> str:
        return f"{self.material} on {self.date}: {self.count}"
