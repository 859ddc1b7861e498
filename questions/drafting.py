"""From a question in triage to a draft answer page, in one action."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from .answer_form import DRAFT_SLUG_START, DRAFT_TITLE, QUESTION_PLACEHOLDER, SHORT_ANSWER_PLACEHOLDER
from .choices import Status
from .models import AnswerPage, AnswersIndexPage


class NoAnswersIndex(Exception):
    """There is no "Answered questions" page to put the answer under."""


@transaction.atomic
def draft_answer_page(question, user) -> tuple[AnswerPage, bool]:
    """Return the question's answer page, creating a draft first if it has none: (page, created).

    The asker's words are not copied into the page: its revisions are kept for good, and the question
    must be deleted after the retention period. The editor sees them beside the draft instead
    (``SourceQuestionsPanel``) while the question exists. The draft is never live until a clinical
    reviewer approves it (advocacy.clinical_review).
    """
    if question.answer_page_id:
        return question.answer_page.specific, False
    index = AnswersIndexPage.objects.order_by("path").first()
    if index is None:
        raise NoAnswersIndex
    if not index.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    page = AnswerPage(
        title=DRAFT_TITLE.format(pk=question.pk),
        slug=f"{DRAFT_SLUG_START}{question.pk}",
        question=QUESTION_PLACEHOLDER,
        short_answer=SHORT_ANSWER_PLACEHOLDER,
        live=False,
        owner=user,
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    question.answer_page = page
    if question.status == Status.NEW:
        question.status = Status.ASSIGNED
    if question.assignee_id is None:
        question.assignee = user
    question.save(update_fields=["answer_page", "status", "assignee"])
    return page, True
