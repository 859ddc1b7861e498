"""The ask page: a short form that stores only what it asks, refuses bots politely and tells no one the text."""

import logging
import time

import pytest
from django.contrib.staticfiles import finders
from django.core import mail
from django.test import Client
from wagtail.models import Site

from advocacy.models import SiteSettings
from questions.models import Question
from questions.spam_checks import new_stamp
from tests.helpers import QUESTION_TEXT, set_site_text
from tests.helpers import valid_question_form as valid_form

pytestmark = pytest.mark.django_db


def test_the_form_page_is_never_cached_and_says_it_is_not_for_emergencies(client, ask_url):
    response = client.get(ask_url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "This form is not for urgent problems" in html
    assert 'href="tel:999"' in html
    assert "24-hour chemotherapy line" in html
    assert 'maxlength="2000"' in html
    assert "<script" not in html.split("<main", 1)[1]  # the form needs no JavaScript


def test_urgent_help_wording_and_numbers_come_from_site_settings(client, ask_url):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.emergency_number = "112"
    site_settings.chemotherapy_line = "0800 123 4567"
    site_settings.save()
    set_site_text(
        site_settings,
        urgent_help_heading="Not for emergencies",
        urgent_help="Ring your nurse for anything else.\nOr see your GP.",
    )
    for url in (ask_url, ask_url + "thanks/"):
        html = client.get(url).content.decode()
        assert "Not for emergencies" in html
        assert 'href="tel:112"' in html and 'href="tel:08001234567"' in html
        assert "<li>Ring your nurse for anything else.</li>" in html and "<li>Or see your GP.</li>" in html


def test_a_question_is_stored_with_only_what_the_form_asks(client, send_url, ask_url, settings):
    settings.QUESTIONS_NOTIFY_EMAILS = []
    response = client.post(
        send_url, valid_form(), REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Mozilla/5.0 (Secret-Browser)"
    )
    assert response.status_code == 302 and response["Location"].endswith(ask_url + "thanks/")
    assert "no-store" in response["Cache-Control"]
    question = Question.objects.get()
    assert question.text == QUESTION_TEXT
    assert (question.asker_role, question.cancer_type, question.email) == ("caregiver", "pancreas", "asker@example.org")
    assert question.consent_to_publish and question.status == "new" and not question.contains_link
    stored = " ".join(str(value) for value in Question.objects.values().get().values())
    assert "203.0.113.7" not in stored and "Secret-Browser" not in stored
    field_names = {field.name for field in Question._meta.get_fields()}
    assert not field_names & {"ip", "ip_address", "user_agent", "remote_addr", "user"}

    thanks = client.get(response["Location"])
    assert "no-store" in thanks["Cache-Control"]
    html = thanks.content.decode()
    assert "Thank you: we have your question" in html and "not for urgent problems" in html
    assert QUESTION_TEXT not in html


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"question": ""}, "Type your question."),
        ({"question": "x" * 2001}, "please keep it to 2000 characters (it has 2001)"),
        ({"asker_role": None}, "Choose who is asking."),
        ({"asker_role": "robot"}, "Choose who is asking."),
        ({"cancer_type": "kidneys-of-steel"}, "Choose a type of cancer from the list"),
        ({"email": "not-an-address"}, "Enter an email address like name@example.com"),
        ({"consent": None}, "Tick the box to say your question may be published"),
    ],
)
def test_bad_answers_get_a_clear_message_and_keep_what_was_typed(client, send_url, changes, message):
    response = client.post(send_url, valid_form(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Please check your question" in html and "<title>Error: " in html
    assert not Question.objects.exists()
    if changes.get("question") is None or changes.get("question"):
        kept = changes.get("question", QUESTION_TEXT)
        assert kept[:50] in html


def test_a_2000_character_question_is_accepted(client, send_url):
    assert client.post(send_url, valid_form(question="a" * 2000)).status_code == 302
    assert len(Question.objects.get().text) == 2000


def test_the_honeypot_looks_like_success_but_keeps_and_sends_nothing(
    client, send_url, ask_url, settings, django_capture_on_commit_callbacks
):
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(send_url, valid_form(website="https://spam.example"))
    assert response.status_code == 302 and response["Location"].endswith(ask_url + "thanks/")
    assert not Question.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, ask_url):
    html = client.get(ask_url).content.decode()
    assert '<div class="hp">' in html and 'name="website"' in html
    with open(finders.find("css/site.css")) as css:
        stylesheet = css.read()
    assert ".hp { display: none !important; }" in stylesheet


def test_a_form_sent_too_fast_is_shown_again_with_the_text_kept(client, send_url, settings):
    settings.QUESTIONS_MIN_SECONDS_TO_SUBMIT = 4
    response = client.post(send_url, valid_form(started=new_stamp(time.time() - 1)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please take a moment to check your question" in html
    assert QUESTION_TEXT[:40] in html
    assert not Question.objects.exists()
    # The form keeps counting from when it was first shown, so once enough time has passed it goes through.
    stamp = html.split('name="started" value="', 1)[1].split('"', 1)[0]
    time.sleep(3.2)
    assert client.post(send_url, valid_form(started=stamp)).status_code == 302
    assert Question.objects.count() == 1


@pytest.mark.parametrize(
    "stamp",
    [None, "", "forged:stamp", new_stamp(time.time() - 2 * 24 * 3600)],
    ids=["missing", "empty", "forged", "two-days-old"],  # fixed ids: parallel workers must collect the same tests
)
def test_a_missing_forged_or_day_old_time_stamp_is_refused_politely(client, send_url, stamp):
    response = client.post(send_url, valid_form(started=stamp))
    assert response.status_code == 200
    assert "This form was open for a long time" in response.content.decode()
    assert not Question.objects.exists()


def test_questions_with_links_are_flagged_for_triage(client, send_url, settings, django_capture_on_commit_callbacks):
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(send_url, valid_form(question="Is the cure at www.miracle-cure.example/buy any good?"))
        client.post(send_url, valid_form(question="What should I eat when I feel full quickly?"))
    flagged, plain = Question.objects.order_by("received_at")
    assert flagged.contains_link and not plain.contains_link
    assert "contains a web address" in mail.outbox[0].body
    assert "contains a web address" not in mail.outbox[1].body


def test_the_form_is_post_only_and_csrf_protected(ask_url, send_url):
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(send_url).status_code == 405
    assert browser.post(send_url, valid_form()).status_code == 403
    assert not Question.objects.exists()


def test_over_the_rate_limit_a_visitor_gets_the_friendly_429(client, send_url, settings):
    settings.QUESTIONS_NOTIFY_EMAILS = []
    assert settings.RATE_LIMITS["ask_question"] == (5, 3600)
    # Mistakes do not count against the five questions an hour: the visitor is shown them, not locked out.
    for _ in range(6):
        assert client.post(send_url, valid_form(consent=None), REMOTE_ADDR="198.51.100.20").status_code == 200
    for _ in range(5):
        assert client.post(send_url, valid_form(), REMOTE_ADDR="198.51.100.20").status_code == 302
    refused = client.post(send_url, valid_form(), REMOTE_ADDR="198.51.100.20")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    html = refused.content.decode()
    assert "Please wait a moment" in html and QUESTION_TEXT[:30] not in html
    # The page still says what to do about something urgent, in the site's words and numbers.
    assert "This form is not for urgent problems" in html and 'href="tel:999"' in html
    assert Question.objects.count() == 5
    assert client.post(send_url, valid_form(), REMOTE_ADDR="198.51.100.21").status_code == 302


def test_every_post_counts_against_a_higher_cap_so_a_bot_cannot_hammer_the_form(client, send_url, settings):
    assert settings.RATE_LIMITS["ask_question_posts"] == (30, 3600)
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "ask_question_posts": (3, 3600)}
    for data in (valid_form(consent=None), valid_form(website="bot"), valid_form()):
        assert client.post(send_url, data, REMOTE_ADDR="198.51.100.30").status_code in (200, 302)
    refused = client.post(send_url, valid_form(), REMOTE_ADDR="198.51.100.30")
    assert refused.status_code == 429 and "Please wait a moment" in refused.content.decode()
    assert Question.objects.count() == 1


def test_staff_are_told_a_question_arrived_with_a_link_but_never_its_text(
    client, send_url, settings, django_capture_on_commit_callbacks
):
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example", "nurse@society.example"]
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(send_url, valid_form())
    question = Question.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["triage@society.example", "nurse@society.example"]
    assert f"https://portal.example.org/admin/questions/edit/{question.pk}/" in message.body
    for secret in (QUESTION_TEXT, "pancreas", "Pancreas", "asker@example.org", "caregiver"):
        assert secret not in message.body and secret not in message.subject


def test_nothing_of_the_question_reaches_the_logs(
    client, send_url, settings, caplog, django_capture_on_commit_callbacks
):
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example"]
    with caplog.at_level(logging.DEBUG), django_capture_on_commit_callbacks(execute=True):
        client.post(send_url, valid_form())  # accepted
        client.post(send_url, valid_form(consent=None))  # refused with errors
        client.post(send_url, valid_form(website="bot"))  # honeypot
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "ask_question": (0, 3600)}
        client.post(send_url, valid_form())  # rate limited
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert caplog.records, "the capture should see Django's own request and database logging"
    for secret in (QUESTION_TEXT, QUESTION_TEXT[:25], "asker@example.org"):
        assert secret not in logged
    assert len(mail.outbox) == 1 and QUESTION_TEXT not in mail.outbox[0].body


def test_a_failing_mail_server_does_not_lose_the_question(
    client, send_url, settings, caplog, django_capture_on_commit_callbacks
):
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example"]
    settings.EMAIL_BACKEND = "tests.questions.broken_mail.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(send_url, valid_form())
    assert response.status_code == 302
    assert Question.objects.count() == 1
    assert "Could not send the new-question email" in caplog.text
    assert QUESTION_TEXT not in caplog.text
