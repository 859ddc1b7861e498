from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .download_report import DownloadReportView
from .models import Audience, Topic


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class MaterialTagsGroup(SnippetViewSetGroup):
    items = (AudienceViewSet, TopicViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = "Material labels"
    menu_name = "material-labels"


register_snippet(MaterialTagsGroup)


@hooks.register("register_admin_urls")
def register_download_report_url():
    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="download_report"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="download_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return MenuItem("Downloads", reverse("download_report"), icon_name="download", order=60)
