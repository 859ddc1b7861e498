"""The public stages page: the criteria sets in plain words, plus the "check your numbers" tool."""

from django.http import HttpResponseNotAllowed
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from advocacy.models import IntroBodyPage, ReviewedContentMixin

# Form fields that carry health numbers: masked in error reports, never logged or stored.
SENSITIVE_FIELDS = ("current_weight", "earlier_weight", "months_ago", "height_cm", "height_feet", "height_inches")
SENSITIVE_FIELDS += ("age", "appetite_loss")


class StagesPage(RoutablePageMixin, ReviewedContentMixin, IntroBodyPage):
    max_count = 1
    parent_page_types = ["advocacy.HomePage", "advocacy.SectionIndexPage"]
    subpage_types = []

    content_panels = IntroBodyPage.content_panels + ReviewedContentMixin.review_panels

    def criteria_sets(self):
        from .models import CriteriaSet

        return list(CriteriaSet.objects.published().order_by("-is_default", "sort_order").prefetch_related("stages"))

    @path("")
    def stages(self, request):
        from .forms import CheckNumbersForm

        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        sets = self.criteria_sets()
        response = self.render(
            request, context_overrides={"criteria_sets": sets, "form": CheckNumbersForm(criteria_sets=sets)}
        )
        add_never_cache_headers(response)  # the form carries a CSRF token
        return response

    @path("check/", name="check")
    def check_numbers(self, request):
        """POST only. The numbers live in this request and its response, nowhere else."""
        from .evaluation import evaluate_set
        from .forms import CheckNumbersForm

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        request.sensitive_post_parameters = SENSITIVE_FIELDS
        sets = self.criteria_sets()
        form = CheckNumbersForm(request.POST, criteria_sets=sets)
        context = {"criteria_sets": sets, "form": form}
        template = None
        if form.is_valid():
            chosen = next(s for s in sets if s.slug == form.cleaned_data["criteria_set"])
            measurements, shown = form.measurements()
            context.update(chosen_set=chosen, shown=shown, stage_results=evaluate_set(chosen, measurements))
            template = "staging/check_results.html"
        response = self.render(request, template=template, context_overrides=context)
        add_never_cache_headers(response)
        return response
