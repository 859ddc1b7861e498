"""The demo loader's part for questions, and the links to the ask page across the site."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site, Workflow

from advocacy.models import ContentPage, Reviewer, SiteSettings
from materials.models import MaterialPage
from questions.models import AnswerPage, AskQuestionPage
from staging.models import StagesPage

pytestmark = pytest.mark.django_db


def printed_password(output: str, username: str) -> str:
    return output.split(f"username: {username}\n  password: ")[1].split()[0]


def test_the_loader_creates_roles_workflow_accounts_and_five_answers(capsys):
    call_command("load_demo_content")
    output = capsys.readouterr().out
    users = get_user_model().objects
    editor, reviewer = users.get(username="demo-editor"), users.get(username="demo-reviewer")
    assert editor.check_password(printed_password(output, "demo-editor")) and not editor.is_superuser
    assert reviewer.check_password(printed_password(output, "demo-reviewer")) and not reviewer.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Clinical reviewers"]
    assert Reviewer.objects.get(user=reviewer).name == "Example Reviewer"
    assert editor.has_perm("questions.change_question") and not reviewer.has_perm("questions.change_question")
    assert Workflow.objects.get(name="Clinical review").workflow_pages.count() == 1

    answers = AnswerPage.objects.live().filter(locale__language_code="en")
    assert answers.count() == 5
    assert AnswerPage.objects.live().filter(locale__language_code="es").count() == 5  # each translated
    for answer in answers:
        assert answer.reviewer and answer.answered_by and answer.last_reviewed
        assert answer.references and answer.topics.exists()
        assert "care team" in (answer.short_answer + str(answer.body))
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.ask_page.specific == AskQuestionPage.objects.get(locale__language_code="en")

    call_command("load_demo_content")
    again = capsys.readouterr().out
    assert "nothing to add" in again and "username: demo-editor" not in again
    assert AnswerPage.objects.count() == 10


def test_the_loader_keeps_an_editor_chosen_ask_page_setting_and_answer_edits(demo_site):
    english = AnswerPage.objects.filter(locale__language_code="en")
    answer = english.get(slug="seeing-a-dietitian")
    answer.short_answer = "Edited by the team."
    answer.save_revision().publish()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.ask_page = None
    site_settings.save()
    call_command("load_demo_content")
    assert english.get(slug="seeing-a-dietitian").short_answer == "Edited by the team."
    # An empty setting is filled in again: the loader only adds what is missing.
    assert SiteSettings.for_site(Site.objects.get(is_default_site=True)).ask_page_id is not None


def test_the_ask_page_is_linked_from_home_community_and_every_education_page(client, demo_site):
    ask_url = AskQuestionPage.objects.get().url
    pages = ["/", "/community/"]
    pages += [page.url for page in ContentPage.objects.live()]
    pages += [StagesPage.objects.get().url, MaterialPage.objects.live().first().url, AnswerPage.objects.first().url]
    for url in pages:
        main = client.get(url).content.decode().split("<main", 1)[1].split("</main>", 1)[0]
        assert f'href="{ask_url}"' in main, url


def test_no_link_when_the_ask_page_is_not_live(client, demo_site):
    ask = AskQuestionPage.objects.get()
    ask.unpublish()
    html = client.get("/").content.decode()
    assert f'href="{ask.url}"' not in html and "Ask our experts" not in html


def test_setup_editorial_roles_sets_up_a_site_without_demo_content(home_page, capsys):
    from django.contrib.auth.models import Group

    call_command("setup_editorial_roles")
    assert "'Clinical review' is required to publish health pages in every language." in capsys.readouterr().out
    # At the root of the tree: every language's home page is under it, and so are languages added later.
    assert Workflow.objects.get(name="Clinical review").workflow_pages.get().page_id == home_page.get_parent().pk
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="change_question").exists()
    # Editors may publish; health pages still refuse them a direct publish (tests/questions/test_clinical_review.py).
    assert editors.page_permissions.filter(permission__codename="publish_page").exists()

    editors.permissions.remove(*editors.permissions.filter(codename="delete_question"))
    call_command("setup_editorial_roles")  # an administrator's change stands
    assert not editors.permissions.filter(codename="delete_question").exists()
    assert Workflow.objects.filter(name="Clinical review").count() == 1
