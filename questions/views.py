"""Admin view: draft the answer page for a question, then open it in the page editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .drafting import NoAnswersIndex, draft_answer_page
from .models import Question


@require_POST
def draft_answer(request, pk):
    if not request.user.has_perm("questions.change_question"):
        raise PermissionDenied
    question = get_object_or_404(Question, pk=pk)
    try:
        page, created = draft_answer_page(question, request.user)
    except NoAnswersIndex:
        messages.error(request, "Add an “Answered questions” page under the home page first, then try again.")
        return redirect("questions:edit", pk)
    if created:
        messages.success(
            request,
            "A draft answer page is ready. Rewrite the question in your own words, write the answer, "
            "then submit it for clinical review.",
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
