"""The triage desk: a "Questions" screen, a dashboard panel, and the one-click draft of an answer page."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Site

from advocacy.models import SiteSettings

from . import views
from .choices import Status
from .models import Question


class QuestionEditView(generic.EditView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.object.answer_page_id:
            buttons.append(
                HeaderButton(
                    "Open the answer page",
                    url=reverse("wagtailadmin_pages:edit", args=[self.object.answer_page_id]),
                    icon_name="doc-full",
                )
            )
        elif self.request.user.has_perm("questions.change_question"):
            buttons.append(
                HeaderButton(
                    "Draft the answer page",
                    icon_name="doc-full-inverse",
                    attrs={
                        "data-controller": "w-action",
                        "data-action": "w-action#post",
                        "data-w-action-url-value": reverse("questions_draft_answer", args=[self.object.pk]),
                    },
                )
            )
        return buttons


def excerpt(question) -> str:
    return Truncator(" ".join(question.text.split())).chars(90)


class QuestionViewSet(ModelViewSet):
    model = Question
    name = "questions"
    icon = "help"
    menu_label = "Questions"
    menu_order = 150
    add_to_admin_menu = True
    edit_view_class = QuestionEditView
    copy_view_enabled = False
    list_display = [
        "__str__",
        Column("excerpt", label="Question", accessor=excerpt),
        "status",
        "asker_role",
        "contains_link",
        "assignee",
        "answer_page",
    ]
    list_filter = ["status", "asker_role", "cancer_type", "contains_link", "assignee"]
    search_fields = ["text", "internal_notes"]
    # The export leaves out the question and the email address: it is for counting, not reading.
    list_export = [
        "pk",
        "received_at",
        "get_status_display",
        "get_asker_role_display",
        "get_cancer_type_display",
        "contains_link",
        "assignee",
        "answer_page",
    ]
    export_headings = {
        "pk": "Number",
        "get_status_display": "Status",
        "get_asker_role_display": "Who is asking",
        "get_cancer_type_display": "Cancer type",
    }
    export_filename = "questions"
    ordering = ["-received_at"]


question_viewset = QuestionViewSet()


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return question_viewset


@hooks.register("register_admin_urls")
def register_draft_answer_url():
    return [path("questions/<int:pk>/draft-answer/", views.draft_answer, name="questions_draft_answer")]


class QuestionsPanel(Component):
    """The dashboard's count of new and overdue questions, for staff who may triage them."""

    name = "questions"
    template_name = "questions/admin/dashboard_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        site = Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        answer_days = SiteSettings.for_site(site).question_answer_days if site else 14
        index_url = reverse("questions:index")
        return {
            "new_count": Question.objects.filter(status=Status.NEW).count(),
            "overdue_count": Question.objects.overdue(answer_days).count(),
            "answer_days": answer_days,
            "new_url": f"{index_url}?status={Status.NEW}",
            "index_url": index_url,
        }


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    if request.user.has_perm("questions.change_question"):
        panels.append(QuestionsPanel(request))
