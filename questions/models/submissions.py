"""Questions sent by visitors: only what the form asks, kept only as long as site settings allow.

No IP address, user agent or account is stored. The text is never published as sent: an editor
writes the public version on an answer page.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel

from questions.choices import MAX_QUESTION_LENGTH, OPEN_STATUSES, AskerRole, CancerType, Status


class QuestionQuerySet(models.QuerySet):
    def overdue(self, days: int, now: datetime.datetime | None = None):
        """Open questions older than the answer target."""
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.filter(status__in=OPEN_STATUSES, received_at__lt=cutoff)

    def older_than(self, days: int, now: datetime.datetime | None = None):
        return self.filter(received_at__lt=(now or timezone.now()) - datetime.timedelta(days=days))


class Question(models.Model):
    text = models.TextField("question", max_length=MAX_QUESTION_LENGTH)
    asker_role = models.CharField("who is asking", max_length=20, choices=AskerRole.choices)
    cancer_type = models.CharField(max_length=20, choices=CancerType.choices, blank=True)
    email = models.EmailField(blank=True, help_text="Used only to say when the answer is published, then erased.")
    consent_to_publish = models.BooleanField("may be published in an edited form, without a name", default=False)
    contains_link = models.BooleanField(
        default=False, help_text="The question has a web address in it: check it carefully."
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_questions",
        help_text="Who is answering or checking this question.",
    )
    internal_notes = models.TextField(blank=True, help_text="Only staff see these notes.")
    answer_page = models.ForeignKey(
        "questions.AnswerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_questions",
        help_text="The public answer. When it is published, the asker gets one email and the address is erased.",
    )
    answer_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = QuestionQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("text", read_only=True),
                FieldRowPanel([FieldPanel("asker_role", read_only=True), FieldPanel("cancer_type", read_only=True)]),
                FieldRowPanel([FieldPanel("received_at", read_only=True), FieldPanel("contains_link", read_only=True)]),
                FieldPanel("consent_to_publish", read_only=True),
                FieldPanel("email", read_only=True),
            ],
            heading="What the visitor sent",
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("assignee"),
                FieldPanel("internal_notes"),
                PageChooserPanel("answer_page", "questions.AnswerPage"),
            ],
            heading="Triage",
        ),
    ]

    class Meta:
        ordering = ["-received_at"]
        verbose_name = "question"

    def __str__(self) -> str:
        # Never the text: this string appears in admin messages, logs and history.
        return f"Question {self.pk} from {self.received_at:%-d %b %Y}" if self.pk else "New question"

    @property
    def has_email(self) -> bool:
        return bool(self.email)
