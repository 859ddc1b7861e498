"""The materials index and the material pages, with their stable download, handout and short-link routes."""

import secrets

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from advocacy import site_memo
from advocacy.localized import in_default_locale
from advocacy.models import BasePage, ReviewedContentMixin
from advocacy.robots import noindex
from advocacy.site_address import public_url
from materials.download_routes import offer
from materials.handout import chosen_slugs, chosen_titles, handout_context, handout_query
from materials.languages import LANGUAGE_CHOICES, language_name
from materials.listing import filtered_materials
from materials.qr import qr_svg
from materials.serving import serve_current_file
from staging.models import StageLinkedMixin

from .downloads import DownloadDay
from .editor_form import MaterialPageForm
from .labels import Audience, Topic

FILTER_PARAMS = {"q", "audience", "topic", "stage", "language", "page"}  # the index's form, beside its picks
SHORT_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: easy to read aloud and type


def new_short_code() -> str:
    return "".join(secrets.choice(SHORT_CODE_ALPHABET) for _ in range(6))


class MaterialIndexPage(RoutablePageMixin, BasePage):
    class Meta:
        verbose_name = _("material index page")

    intro = models.TextField(blank=True)

    max_count = 1
    parent_page_types = ["advocacy.HomePage"]
    subpage_types = ["materials.MaterialPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    def published_materials(self):
        # Only this index's language: each language has its own index (advocacy/language_routing.py).
        return site_memo.public(MaterialPage.objects.child_of(self).live().filter(locale_id=self.locale_id))

    @path("")
    def index_route(self, request):
        filterset, page, query = filtered_materials(
            request,
            self.published_materials(),
            audiences=Audience.objects.localized(),
            topics=Topic.objects.localized(),
            index_key=(self.pk, get_language()),
        )
        params = QueryDict(mutable=True)  # the filters and picks, without empty boxes or the page number
        for key, values in request.GET.lists():
            if key != "page" and any(values):
                params.setlist(key, [value for value in values if value])
        shared = params.copy()
        shared.pop("m", None)
        chosen = chosen_slugs(request.GET)
        shown = {material.slug for material in page}
        response = self.render(
            request,
            context_overrides={
                "filter": filterset,
                "materials": page,
                "results_key": ",".join(str(material.pk) for material in page),  # the cards' fragment key
                "search_query": query,
                "filter_query": params.urlencode(),
                "share_url": public_url(request, request.path + (f"?{shared.urlencode()}" if shared else "")),
                "show_share_url": bool(shared),
                "chosen": chosen,
                "chosen_query": handout_query(chosen),
                "clear_url": request.path + (f"?{handout_query(chosen)}" if chosen else ""),  # the picks stay
                "chosen_elsewhere": [slug for slug in chosen if slug not in shown],
                "chosen_titles": list(chosen_titles(self.published_materials(), chosen).values()),
            },
        )
        if query:  # what someone searched for stays out of shared caches
            patch_cache_control(response, private=True)
        return response

    @path("handout/")
    @method_decorator(noindex)  # one clinician's choice for one patient: not a page to find in a search
    def handout(self, request):
        if any(key in FILTER_PARAMS for key in request.GET):
            # The index's "Make a handout" button sends the filters too: the handout's address is its picks alone.
            picks = handout_query(chosen_slugs(request.GET))
            return redirect(request.path + (f"?{picks}" if picks else ""))
        context = handout_context(request, self.published_materials())
        return self.render(request, template="materials/handout.html", context_overrides=context)


class MaterialPage(RoutablePageMixin, StageLinkedMixin, ReviewedContentMixin, BasePage):
    class Meta:
        verbose_name = _("material page")

    FORMAT_CHOICES = [
        ("leaflet", _("Leaflet")),
        ("booklet", _("Booklet")),
        ("diary", _("Diary or worksheet")),
        ("easy-read", _("Easy read")),
        ("large-print", _("Large print")),
        ("poster", _("Poster")),
    ]

    summary = models.TextField(help_text="Two or three plain sentences: what is in it and who it is for.")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, null=True, blank=False, on_delete=models.PROTECT, related_name="+"
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="materials", limit_choices_to=in_default_locale
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="materials", limit_choices_to=in_default_locale)
    language = models.CharField(
        max_length=12, choices=LANGUAGE_CHOICES, default="en", help_text="The language the material is written in."
    )
    format = models.CharField(max_length=20, choices=FORMAT_CHOICES, default="leaflet")
    short_code = models.CharField(max_length=12, unique=True, default=new_short_code, editable=False)

    parent_page_types = ["materials.MaterialIndexPage"]
    subpage_types = []
    # A copy (the admin's "Copy", or a translation) is a new material with its own short link.
    exclude_fields_in_copy = ["short_code"]
    # Translations (wagtail-localize) keep the labels of the source; the document is synchronized but each
    # translation may override it with a file in its own language; the language of the file is its own.
    override_translatable_fields = [
        SynchronizedField("audiences"),
        SynchronizedField("topics"),
        TranslatableField("language"),
    ]
    base_form_class = MaterialPageForm

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("document"),
            MultiFieldPanel(
                [
                    FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
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
    listing_summary_field = "summary"

    @path("")
    def detail(self, request):
        self._prefetched_objects_cache = dict(
            site_memo.remember_many("material-labels", (self.pk, get_language()), self._read_labels, limit=2000)
        )
        short_url = public_url(request, self.short_path)
        return self.render(
            request,
            context_overrides={
                "short_url": short_url,
                "qr": qr_svg(short_url, str(_("QR code"))),
                "stage_names": self.stage_names(),
                **self._handout_links(request),
            },
        )

    def _read_labels(self) -> dict:
        """Who and what the material is for, in the visitor's language, as Django's prefetched lists.

        Kept per site version in each worker (``detail``): the labels change only when an editor
        publishes the material or saves a label, and both set a new site version.
        """
        prefetch_related_objects(
            [self],
            Prefetch("audiences", queryset=Audience.objects.localized()),
            Prefetch("topics", queryset=Topic.objects.localized()),
            "stage_links",
        )
        return self._prefetched_objects_cache

    def _handout_links(self, request) -> dict:
        """Links to a handout of this material, or, when the visitor came from the index with materials
        picked (``?m=``), links that add it to them, show them, or go back to pick more."""
        index_url = site_memo.ancestors(self)[-1].get_url(request)  # the materials index, from memory
        handout = index_url + MaterialIndexPage.get_resolver().reverse("handout") + "?"
        slugs = chosen_slugs(request.GET)
        chosen = {}
        if slugs:  # most visits pick nothing: no queryset to build
            siblings = site_memo.public(MaterialPage.objects.sibling_of(self).live().filter(locale_id=self.locale_id))
            chosen = chosen_titles(siblings, slugs)
        return {
            "handout_url": handout + handout_query([self.slug]),
            "chosen_titles": list(chosen.values()),
            "in_handout": self.slug in chosen,
            "add_to_handout_url": handout + handout_query([*chosen, self.slug]),
            "see_handout_url": handout + handout_query(chosen),
            "pick_more_url": index_url + "?" + handout_query(chosen),
        }

    @path("download/")
    def download(self, request):
        """The stable download URL: always the current file, whatever it is called. Each download is counted."""
        response = serve_current_file(request, self.document)
        if response.status_code == 200:
            DownloadDay.objects.record(self.pk)
            offer(request, self.pk, self.document)  # the next ones may be answered in front of Django
        return response

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def short_path(self) -> str:
        return reverse("materials:short_link", args=[self.short_code])
