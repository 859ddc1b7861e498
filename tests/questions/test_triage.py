"""The triage desk in the admin: the Questions screen, the dashboard panel and drafting an answer in one action."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from advocacy.models import SiteSettings
from questions.choices import Status
from questions.models import AnswerPage, Question
from tests.helpers import QUESTION_TEXT

pytestmark = pytest.mark.django_db


def test_editors_see_filter_and_search_the_questions(client, editor, make_question):
    make_question(text="How do I cope with smells when cooking?", status=Status.NEW, cancer_type="lung")
    make_question(text="Is olanzapine safe for me?", status=Status.URGENT, contains_link=True)
    make_question(text="Can I exercise with cachexia?", status=Status.DECLINED)
    client.force_login(editor)

    listing = client.get("/admin/questions/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "How do I cope with smells" in html and "Urgent: contacted privately" in html
    urgent = client.get("/admin/questions/?status=urgent").content.decode()
    assert "olanzapine" in urgent and "smells" not in urgent
    flagged = client.get("/admin/questions/?contains_link=true").content.decode()
    assert "olanzapine" in flagged and "exercise" not in flagged
    found = client.get("/admin/questions/?q=exercise").content.decode()
    assert "Can I exercise" in found and "olanzapine" not in found


def test_an_editor_triages_a_question_in_the_edit_form(client, editor, make_question):
    question = make_question(email="asker@example.org")
    client.force_login(editor)
    form = client.get(f"/admin/questions/edit/{question.pk}/").content.decode()
    assert QUESTION_TEXT in form and "Draft the answer page" in form
    response = client.post(
        f"/admin/questions/edit/{question.pk}/",
        {"status": "assigned", "assignee": editor.pk, "internal_notes": "Ask the dietitian.", "answer_page": ""},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.assignee, question.internal_notes) == ("assigned", editor, "Ask the dietitian.")
    assert question.text == QUESTION_TEXT and question.email == "asker@example.org"  # read-only in the form


def test_the_export_leaves_out_the_question_and_the_email(client, editor, make_question):
    make_question(email="asker@example.org")
    client.force_login(editor)
    response = client.get("/admin/questions/?export=csv")
    assert response.status_code == 200
    csv = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "New" in csv and QUESTION_TEXT not in csv and "asker@example.org" not in csv


def test_drafting_the_answer_page_in_one_action(client, editor, make_question):
    question = make_question(email="asker@example.org")
    client.force_login(editor)
    response = client.post(f"/admin/questions/{question.pk}/draft-answer/")
    question.refresh_from_db()
    page = question.answer_page
    assert page is not None and response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.get_parent().specific_class.__name__ == "AnswersIndexPage"
    # The asker's words stay out of the page and its revisions (kept for good); the editor sees them beside it.
    assert QUESTION_TEXT not in page.question
    assert not page.revisions.filter(content__icontains="lost a lot of weight").exists()
    editor_form = client.get(response["Location"]).content.decode()
    assert "The question as it was sent" in editor_form and QUESTION_TEXT in editor_form
    assert (question.status, question.assignee) == (Status.ASSIGNED, editor)

    again = client.post(f"/admin/questions/{question.pk}/draft-answer/")
    assert again["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert AnswerPage.objects.filter(slug__startswith="draft-answer-").count() == 1
    assert client.get(f"/admin/questions/{question.pk}/draft-answer/").status_code == 405


def test_the_draft_cannot_be_submitted_until_it_is_rewritten(client, editor, make_question):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    question = make_question()
    client.force_login(editor)
    client.post(f"/admin/questions/{question.pk}/draft-answer/")
    page = Question.objects.get().answer_page

    def post(action, **fields):
        data = {
            "title": page.title,
            "slug": page.slug,
            "question": page.question,
            "short_answer": page.short_answer,
            "body": streamfield([]),
            "references": streamfield([]),
            "answered_by": "",
            "next_review_due": "",
            action: "1",
        }
        data.update(fields)
        return client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))

    refused = post("action-submit")
    assert refused.status_code == 200
    html = refused.content.decode()
    for message in (
        "Give the answer a title of its own",
        "Give the answer a web address (slug) of its own",
        "Write the short answer before you submit it.",
        "Write the question in your own words before you submit it.",
    ):
        assert message in html
    assert post("action-save").status_code == 302  # a rough draft can always be saved
    pasted = post("action-submit", title="A title", slug="a-title", short_answer="Yes.", question=QUESTION_TEXT)
    assert "Rewrite the question in your own words" in pasted.content.decode()

    accepted = post(
        "action-submit",
        title="Eating well late in cachexia",
        slug="eating-well-late",
        question="Is it too late to see a dietitian when someone has lost a lot of weight?",
        short_answer="No. A dietitian can help at any stage.",
    )
    assert accepted.status_code == 302
    assert page.workflow_states.filter(status="in_progress").exists()


def test_people_without_triage_rights_cannot_see_or_draft(client, demo_site, django_user_model, make_question):
    question = make_question()
    outsider = django_user_model.objects.create_user("out", "out@example.org", "an-outsider-password")
    from django.contrib.auth.models import Group

    outsider.groups.add(Group.objects.get(name="Clinical reviewers"))
    client.force_login(outsider)
    assert client.get("/admin/questions/").status_code in (302, 403)
    assert client.post(f"/admin/questions/{question.pk}/draft-answer/").status_code in (302, 403)
    assert Question.objects.get().answer_page is None


def test_the_dashboard_counts_new_and_overdue_questions(client, editor, make_question):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.question_answer_days = 10
    site_settings.save()
    now = timezone.now()
    make_question(status=Status.NEW)
    make_question(status=Status.NEW, received_at=now - datetime.timedelta(days=11))
    make_question(status=Status.ASSIGNED, received_at=now - datetime.timedelta(days=30))
    make_question(status=Status.ANSWERED, received_at=now - datetime.timedelta(days=30))
    client.force_login(editor)
    html = " ".join(client.get("/admin/").content.decode().split())
    assert "Questions from visitors" in html
    assert "2 new questions" in html
    assert "<strong>2 overdue</strong>: new or assigned for more than 10 days." in html
