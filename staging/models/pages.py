"""The public stages page: the criteria sets in plain words, and the "check your numbers" tool on its own page.

The tool has its own short page (``check-your-numbers/``), linked from the top of the stages page, so a
phone user reaches it at once; after a mistake the same page comes back with the error summary first.
"""

from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST, require_safe
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from advocacy.models import IntroBodyPage, ReviewedContentMixin
from advocacy.rate_limits import rate_limited
from advocacy.robots import noindex
from staging.evaluation import evaluate_set, matches_no_stage
from staging.forms import SENSITIVE_FIELDS, CheckNumbersForm

from .criteria import sets_for_display


class StagesPage(RoutablePageMixin, ReviewedContentMixin, IntroBodyPage):
    class Meta:
        verbose_name = _("stages page")

    max_count = 1
    parent_page_types = ["advocacy.HomePage", "advocacy.SectionIndexPage"]
    subpage_types = []

    content_panels = IntroBodyPage.content_panels + ReviewedContentMixin.review_panels
    CHECKER_TEMPLATE = "staging/checker_page.html"

    @path("")
    @method_decorator(require_safe)
    def stages(self, request):
        return self.render(request, context_overrides={"criteria_sets": sets_for_display()})

    @path("check-your-numbers/", name="checker")
    @method_decorator(noindex)  # a tool for one visitor's own numbers, like its answers
    @method_decorator(require_safe)
    @method_decorator(never_cache)  # the form carries a CSRF token
    def checker(self, request):
        sets = sets_for_display()
        return self._render_checker(request, CheckNumbersForm(criteria_sets=sets), sets)

    def _render_checker(self, request, form, sets):
        context = {
            "form": form,
            "criteria_sets": sets,
            "subpage_title": gettext("Check your numbers"),
            "canonical_url": self.get_full_url(request) + self.reverse_subpage("checker"),
            # After a POST with a mistake, the address is check/, which answers only a POST.
            "language_route": self.reverse_subpage("checker"),
        }
        return self.render(request, template=self.CHECKER_TEMPLATE, context_overrides=context)

    @path("check/", name="check")
    @method_decorator(noindex)  # answers about one visitor's numbers: never in search results
    @method_decorator(require_POST)
    @method_decorator(never_cache)
    @method_decorator(sensitive_post_parameters(*SENSITIVE_FIELDS))
    @method_decorator(rate_limited("check_numbers"))
    def check_numbers(self, request):
        """POST only. The numbers live in this request and its response, nowhere else."""
        sets = sets_for_display()
        form = CheckNumbersForm(request.POST, criteria_sets=sets)
        if not form.is_valid():
            return self._render_checker(request, form, sets)
        chosen = next(s for s in sets if s.slug == form.cleaned_data["criteria_set"])
        measurements, shown = form.measurements()
        results = evaluate_set(chosen, measurements)
        context = {
            "chosen_set": chosen,
            "shown": shown,
            "stage_results": results,
            "matches_no_stage": matches_no_stage(results),
            "subpage_title": gettext("Your numbers"),
            "language_route": self.reverse_subpage("checker"),  # the form in each language, as above
        }
        return self.render(request, template="staging/check_results.html", context_overrides=context)
