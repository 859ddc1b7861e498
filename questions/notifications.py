"""The two emails: "a question arrived" to staff, and "your answer is published" to the asker.

Neither ever contains the question text, and nothing here logs it or the asker's address.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)


def admin_url(question) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("questions:edit", args=[question.pk])


def notify_new_question(question) -> None:
    """Tell the triage address (``QUESTIONS_NOTIFY_EMAILS``) that a question arrived, once it is saved."""
    recipients = settings.QUESTIONS_NOTIFY_EMAILS
    if not recipients:
        return
    context = {"question": question, "admin_url": admin_url(question)}
    subject = render_to_string("questions/emails/new_question_subject.txt", context).strip()
    body = render_to_string("questions/emails/new_question.txt", context)

    def send():
        try:
            send_mail(subject, body, None, recipients)
        except Exception:  # a mail outage must not lose the question or show the visitor an error
            logger.warning("Could not send the new-question email for question %s.", question.pk)

    transaction.on_commit(send)


def send_answer_published(addresses: list[str], answer_url: str, organisation_name: str) -> None:
    """One email to each asker, after the transaction that erased their addresses commits."""
    context = {"answer_url": answer_url, "organisation_name": organisation_name}
    subject = render_to_string("questions/emails/answer_published_subject.txt", context).strip()
    body = render_to_string("questions/emails/answer_published.txt", context)

    def send():
        for address in addresses:
            try:
                send_mail(subject, body, None, [address])
            except Exception:  # the address is already erased: no retry, and it is never logged
                logger.warning("Could not send an answer-published email.")

    transaction.on_commit(send)
