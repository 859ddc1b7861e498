"""`manage.py purge_questions` deletes questions older than the retention period, and only those."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from advocacy.models import SiteSettings
from questions.models import AnswerPage, Question
from tests.helpers import readme_cron_command

pytestmark = pytest.mark.django_db


def test_purge_deletes_old_questions_and_is_idempotent(demo_site, make_question, capsys):
    now = timezone.now()
    answer = AnswerPage.objects.first()
    old = make_question(email="old@example.org", received_at=now - datetime.timedelta(days=91), answer_page=answer)
    make_question(received_at=now - datetime.timedelta(days=200), status="urgent")
    recent = make_question(email="recent@example.org", received_at=now - datetime.timedelta(days=89))

    call_command(*readme_cron_command("purge_questions"))  # the README's daily cron line
    assert "Deleted 2 questions older than 90 days." in capsys.readouterr().out
    assert list(Question.objects.all()) == [recent]
    assert not Question.objects.filter(pk=old.pk).exists()
    assert AnswerPage.objects.filter(pk=answer.pk, live=True).exists()  # the public answer stays

    call_command("purge_questions")
    assert "Deleted 0 questions" in capsys.readouterr().out
    assert list(Question.objects.all()) == [recent]


def test_after_the_purge_the_answer_editor_no_longer_shows_the_question(demo_site, admin_client, make_question):
    answer = AnswerPage.objects.first()
    make_question(received_at=timezone.now() - datetime.timedelta(days=91), answer_page=answer)
    assert "lost a lot of weight" in admin_client.get(f"/admin/pages/{answer.pk}/edit/").content.decode()
    call_command("purge_questions")
    html = admin_client.get(f"/admin/pages/{answer.pk}/edit/").content.decode()
    assert "lost a lot of weight" not in html and "No question from a visitor is linked" in html


def test_the_retention_period_comes_from_site_settings(demo_site, make_question, capsys):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.question_retention_days = 30
    site_settings.save()
    make_question(received_at=timezone.now() - datetime.timedelta(days=31))
    keep = make_question(received_at=timezone.now() - datetime.timedelta(days=29))
    call_command("purge_questions")
    assert "Deleted 1 question older than 30 days." in capsys.readouterr().out
    assert list(Question.objects.all()) == [keep]
