"""When an answer is published, each asker who left an email gets exactly one, and the address is erased."""

import pytest
from django.core import mail

from questions.choices import Status
from questions.models import AnswerPage, Question
from tests.helpers import QUESTION_TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_answer(demo_site):
    page = AnswerPage.objects.get(slug="seeing-a-dietitian")
    page.unpublish()
    return page


def test_publishing_the_answer_emails_each_asker_once_then_erases_the_address(
    draft_answer, make_question, django_capture_on_commit_callbacks
):
    asked = make_question(email="first@example.org", answer_page=draft_answer, status=Status.ASSIGNED)
    duplicate = make_question(email="second@example.org", answer_page=draft_answer, status=Status.DUPLICATE)
    silent = make_question(email="", answer_page=draft_answer)
    other = make_question(email="other@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        draft_answer.save_revision().publish()

    assert sorted(message.to[0] for message in mail.outbox) == ["first@example.org", "second@example.org"]
    for message in mail.outbox:
        assert len(message.to) == 1
        assert draft_answer.full_url in message.body
        assert QUESTION_TEXT not in message.body and QUESTION_TEXT not in message.subject
        assert "deleted your email address" in message.body
    for question in (asked, duplicate, silent):
        question.refresh_from_db()
        assert question.email == ""
    asked.refresh_from_db()
    duplicate.refresh_from_db()
    assert asked.status == Status.ANSWERED and asked.answer_emailed_at is not None
    assert duplicate.status == Status.DUPLICATE
    other.refresh_from_db()
    assert other.email == "other@example.org"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        draft_answer.save_revision().publish()  # an update to the answer sends nothing more
    assert mail.outbox == []
    assert not Question.objects.exclude(email="").filter(answer_page=draft_answer).exists()


def test_a_draft_save_sends_nothing(draft_answer, make_question, django_capture_on_commit_callbacks):
    make_question(email="first@example.org", answer_page=draft_answer)
    with django_capture_on_commit_callbacks(execute=True):
        draft_answer.save_revision()
    assert mail.outbox == []
    assert Question.objects.get().email == "first@example.org"


def test_linking_a_question_to_an_answer_that_is_already_live_sends_the_one_email(
    client, editor, make_question, django_capture_on_commit_callbacks
):
    live_answer = AnswerPage.objects.live().get(slug="seeing-a-dietitian")
    question = make_question(email="asker@example.org")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):  # the triage form, as the editor sends it
        response = client.post(
            f"/admin/questions/edit/{question.pk}/",
            {"status": "assigned", "assignee": editor.pk, "internal_notes": "", "answer_page": live_answer.pk},
        )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["asker@example.org"]]
    assert live_answer.full_url in mail.outbox[0].body and QUESTION_TEXT not in mail.outbox[0].body
    question.refresh_from_db()
    assert question.email == "" and question.status == Status.ANSWERED and question.answer_emailed_at

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # saving the question again sends nothing more
        client.post(
            f"/admin/questions/edit/{question.pk}/",
            {"status": "answered", "assignee": editor.pk, "internal_notes": "Done.", "answer_page": live_answer.pk},
        )
        live_answer.save_revision().publish()
    assert mail.outbox == []
