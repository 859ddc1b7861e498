from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Reviewer
from .review_report import ReviewDueReportView


class ReviewerViewSet(SnippetViewSet):
    model = Reviewer
    icon = "user"
    menu_label = "Clinical reviewers"
    list_display = ["name", "credentials", "role", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name", "role"]


register_snippet(ReviewerViewSet)


@hooks.register("register_admin_urls")
def register_review_report_url():
    return [
        path("reports/reviews-due/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/reviews-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem("Reviews due", reverse("review_due_report"), icon_name="time", order=50)
