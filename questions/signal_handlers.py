"""Closing the loop: when a question's answer is live, its asker, if they left an email, gets one, then it is erased.

That happens when the answer page is published, and when a question is linked to an answer that is
already live (a later question on the same subject, say).
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from advocacy.models import SiteSettings

from .choices import Status
from .models import AnswerPage, Question
from .notifications import send_answer_published


def close_the_loop(answer: AnswerPage) -> None:
    """Email each asker linked to the live ``answer`` once, erase their addresses, and mark them answered."""
    with transaction.atomic():
        questions = Question.objects.select_for_update().filter(answer_page=answer)
        addresses = sorted({q.email for q in questions if q.email})
        questions.exclude(email="").update(email="", answer_emailed_at=timezone.now())
        questions.filter(status__in=(Status.NEW, Status.ASSIGNED, Status.URGENT)).update(status=Status.ANSWERED)
    if addresses:
        site = answer.get_site()
        organisation = SiteSettings.for_site(site).organisation_name if site else ""
        send_answer_published(addresses, answer.get_full_url(), organisation)


@receiver(page_published)
def answer_published(sender, instance, **kwargs):
    if isinstance(instance, AnswerPage):
        close_the_loop(instance)


@receiver(post_save, sender=Question)
def question_linked_to_a_live_answer(sender, instance, **kwargs):
    # The updates above do not send post_save, so this never runs twice for one link.
    if instance.email and instance.answer_page_id:
        answer = AnswerPage.objects.filter(pk=instance.answer_page_id, live=True).first()
        if answer is not None:
            close_the_loop(answer)
