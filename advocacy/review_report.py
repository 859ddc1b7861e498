"""Admin report: health pages whose clinical review is overdue, due within 30 days, or never set."""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import get_page_models

from .models import ReviewedContentMixin
from .models.base import REVIEW_WARNING_DAYS


def reviewed_page_models() -> list:
    """Every concrete page model with clinical review details, whichever app it lives in."""
    return [model for model in get_page_models() if issubclass(model, ReviewedContentMixin)]


def pages_needing_review(today: datetime.date | None = None) -> list:
    """Live reviewed pages due within the warning window, overdue, or with no due date; most urgent first."""
    today = today or timezone.localdate()
    cutoff = today + datetime.timedelta(days=REVIEW_WARNING_DAYS)
    due = Q(next_review_due__lte=cutoff) | Q(next_review_due__isnull=True)
    rows = []
    for model in reviewed_page_models():
        for page in model.objects.live().filter(due).select_related("reviewer"):
            page.page_type = model.get_verbose_name()
            page.review_state = review_state(page.next_review_due, today)
            rows.append(page)
    return sorted(rows, key=_urgency)


def review_state(due: datetime.date | None, today: datetime.date) -> str:
    if due is None:
        return "No review date set"
    if due < today:
        days = (today - due).days
        return f"Overdue by {days} day{'s' if days != 1 else ''}"
    days = (due - today).days
    return "Due today" if days == 0 else f"Due in {days} day{'s' if days != 1 else ''}"


def _urgency(page) -> tuple:
    return (page.next_review_due is not None, page.next_review_due or datetime.date.min, page.title)


def _date(field: str):
    def display(page) -> str:
        value = getattr(page, field)
        return value.strftime("%-d %b %Y") if value else ""

    return display


SORT_KEYS = {
    "title": lambda page: page.title.lower(),
    "page_type": lambda page: page.page_type.lower(),
    "reviewer": lambda page: (page.reviewer is None, str(page.reviewer or "").lower()),
    "last_reviewed": lambda page: (page.last_reviewed is not None, page.last_reviewed or datetime.date.min),
    "next_review_due": _urgency,
}


class ReviewDueReportView(ReportView):
    page_title = "Reviews due"
    page_subtitle = f"Health pages overdue for review, or due within {REVIEW_WARNING_DAYS} days"
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    default_ordering = "next_review_due"
    verbose_name_plural = "pages due for review"
    list_export = ["title", "page_type", "reviewer", "last_reviewed", "next_review_due", "review_state"]
    export_headings = {"page_type": "Type", "review_state": "Status"}
    columns = [
        TitleColumn(
            "title",
            label="Page",
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("page_type", label="Type", sort_key="page_type"),
        Column("reviewer", label="Reviewer", sort_key="reviewer"),
        Column("last_reviewed", label="Last reviewed", accessor=_date("last_reviewed"), sort_key="last_reviewed"),
        Column(
            "next_review_due", label="Next review due", accessor=_date("next_review_due"), sort_key="next_review_due"
        ),
        Column("review_state", label="Status"),
    ]

    @property
    def no_results_message(self) -> str:
        return f"Every health page is up to date. Nothing is due for review in the next {REVIEW_WARNING_DAYS} days."

    def get_base_queryset(self) -> list:
        return pages_needing_review()

    def order_queryset(self, queryset: list) -> list:
        ordering = self.ordering or self.default_ordering
        key = SORT_KEYS[ordering.lstrip("-")]
        return sorted(queryset, key=key, reverse=ordering.startswith("-"))
