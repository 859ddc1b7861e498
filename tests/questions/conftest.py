"""Fixtures for the questions app: the demo site, staff in their groups, questions."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import AskQuestionPageFactory
from tests.helpers import QUESTION_TEXT


@pytest.fixture
def ask_url(home_page):
    return AskQuestionPageFactory(parent=home_page).url


@pytest.fixture
def send_url(ask_url):
    return ask_url + "send/"


@pytest.fixture
def editor(demo_site, django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "an-editor-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def clinical_reviewer(demo_site, django_user_model):
    from advocacy.models import Reviewer

    user = django_user_model.objects.create_user("rev", "rev@example.org", "a-reviewer-password-1")
    user.groups.add(Group.objects.get(name="Clinical reviewers"))
    profile = Reviewer.objects.get(name="Example Reviewer")
    profile.user = user
    profile.save()
    return user


@pytest.fixture
def make_question(db):
    from questions.models import Question

    def make(**fields):
        fields.setdefault("text", QUESTION_TEXT)
        fields.setdefault("asker_role", "patient")
        return Question.objects.create(**fields)

    return make
