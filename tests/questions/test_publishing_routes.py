"""Every way the admin offers to make a page live holds health pages to clinical review.

An editor (the "Editors" group, as ``setup_editorial_roles`` sets it up) tries each one through the admin's
own forms and URLs, posting what the browser posts: the edit view's Publish on each kind of health page,
bulk publish, copy with "Publish copies", and wagtail-localize's translation editor and "Sync translated
pages". Each leaves a draft (sent to Clinical review where that is the point) and nothing unreviewed live.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from advocacy.clinical_review import EDITORS_GROUP, REVIEWERS_GROUP
from advocacy.models import ContentPage, HomePage
from questions.roles import ensure_editorial_roles
from tests.factories import (
    AnswerPageFactory,
    AnswersIndexPageFactory,
    AudienceFactory,
    ContentPageFactory,
    HomePageFactory,
    MaterialIndexPageFactory,
    MaterialPageFactory,
    ReviewerFactory,
    SectionIndexPageFactory,
    StagesPageFactory,
)

pytestmark = pytest.mark.django_db

REFUSED = "Health pages go live only after a clinical reviewer approves them"


@pytest.fixture
def home(db):
    home = HomePageFactory()
    ensure_editorial_roles()
    return home


@pytest.fixture
def section(home):
    return SectionIndexPageFactory(parent=home)


@pytest.fixture
def editor(home, django_user_model):
    user = django_user_model.objects.create_user("edith", "edith@example.org", "an-editor-password-1")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.fixture
def reviewer(home, django_user_model):
    user = django_user_model.objects.create_user("rhys", "rhys@example.org", "a-reviewer-password-1")
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    ReviewerFactory(name="Dr Rhys Review", user=user)
    return user


def review_fields(**changes) -> dict:
    return {"references": streamfield([]), "next_review_due": "", **changes}


def intro_body_form(page, **changes) -> dict:
    """The edit form of a content page or the stages page, as the browser sends it."""
    fields = {"title": page.title, "slug": page.slug, "intro": rich_text(page.intro), "body": streamfield([])}
    return nested_form_data({**fields, **review_fields(), **changes})


def material_form(page, **changes) -> dict:
    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "document": page.document_id,
        "language": page.language,
        "format": page.format,
    }
    data = nested_form_data({**fields, **review_fields(), **changes})
    data["audiences"] = [AudienceFactory(slug="patient").pk]
    return data


def answer_form(page, **changes) -> dict:
    fields = {
        "title": page.title,
        "slug": page.slug,
        "question": page.question,
        "short_answer": page.short_answer,
        "body": streamfield([]),
        "answered_by": "",
    }
    return nested_form_data({**fields, **review_fields(), **changes})


def in_progress(page) -> WorkflowState | None:
    return WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").first()


def test_an_editor_cannot_publish_any_kind_of_health_page_from_its_edit_view(client, home, section, editor):
    pages = [
        (ContentPageFactory(parent=section), intro_body_form),
        (StagesPageFactory(parent=section), intro_body_form),
        (MaterialPageFactory(parent=MaterialIndexPageFactory(parent=home)), material_form),
        (AnswerPageFactory(parent=AnswersIndexPageFactory(parent=home)), answer_form),
    ]
    client.force_login(editor)
    for page, form in pages:
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert 'name="action-publish"' not in client.get(url).content.decode(), type(page).__name__
        data = form(page, title="Changed by an editor", **{"action-publish": "1"})
        response = client.post(url, data, follow=True)
        assert REFUSED in response.content.decode(), type(page).__name__
        page.refresh_from_db()
        assert page.live and page.title != "Changed by an editor", type(page).__name__  # the live page is as it was
        assert page.has_unpublished_changes and page.get_latest_revision_as_object().title == "Changed by an editor"


def test_bulk_publish_is_refused_for_health_pages(client, section, editor):
    draft = ContentPageFactory(parent=section, publish=False)
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"
    response = client.post(url, {}, follow=True)
    assert REFUSED in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live


def copy_form(page, parent, **changes) -> dict:
    return {
        "new_title": f"{page.title} (copy)",
        "new_slug": f"{page.slug}-copy",
        "new_parent_page": parent.pk,
        **changes,
    }


def test_a_copy_of_a_health_page_is_an_unreviewed_draft_for_an_editor(client, section, editor):
    original = ContentPageFactory(parent=section)
    assert original.reviewer is not None and original.last_reviewed is not None
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=[original.pk])
    assert 'name="publish_copies"' not in client.get(url).content.decode()

    response = client.post(url, copy_form(original, section, publish_copies="on"))
    assert response.status_code == 302
    copy = ContentPage.objects.get(slug=f"{original.slug}-copy")
    assert not copy.live
    # The copy has never been reviewed: no reviewer, no dates, in the page and in the draft the editor opens.
    draft = copy.get_latest_revision_as_object()
    for version in (copy, draft):
        assert (version.reviewer, version.last_reviewed, version.next_review_due) == (None, None, None)
    original.refresh_from_db()
    assert original.reviewer is not None  # the original keeps its record


def test_copying_a_section_live_is_refused_when_it_holds_health_pages(client, section, editor):
    ContentPageFactory(parent=section)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=[section.pk])
    assert 'name="publish_copies"' in client.get(url).content.decode()  # the section itself is not health content
    data = copy_form(section, section.get_parent(), copy_subpages="on", publish_copies="on")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Untick “Publish copies”" in response.content.decode()
    assert Page.objects.filter(slug=f"{section.slug}-copy").count() == 0

    assert client.post(url, {**data, "publish_copies": ""}).status_code == 302
    copies = Page.objects.get(slug=f"{section.slug}-copy").get_descendants(inclusive=True)
    assert copies.count() == 2 and not copies.live().exists()


def test_a_superuser_may_publish_a_copy_but_it_carries_no_review(admin_client, section):
    original = ContentPageFactory(parent=section)
    url = reverse("wagtailadmin_pages:copy", args=[original.pk])
    assert admin_client.post(url, copy_form(original, section, publish_copies="on")).status_code == 302
    copy = ContentPage.objects.get(slug=f"{original.slug}-copy")
    assert copy.live and copy.reviewer is None and copy.last_reviewed is None


# wagtail-localize --------------------------------------------------------------------------------


def translate(client, page, locale):
    """The editor's "Translate this page", with the language ticked."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.post(url, {"locales": [locale.pk]}).status_code == 302
    return page.get_translation(locale).specific


def test_translations_of_health_pages_go_live_only_through_clinical_review(
    client, section, editor, reviewer, django_capture_on_commit_callbacks
):
    spanish = Locale.objects.create(language_code="es")
    english = ContentPageFactory(parent=section, title="Tiredness", publish=False)  # a draft, never reviewed
    client.force_login(editor)
    translated = translate(client, english, spanish)
    assert not translated.live
    assert translated.get_workflow().name == "Clinical review"  # not Wagtail's "Moderators approval"
    assert HomePage.objects.get(locale=spanish).get_workflow() is None  # other pages publish directly

    # The translation editor's "Publish in Spanish": saved as a draft and sent to review instead.
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert "sends it to Clinical review" in client.get(edit_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(edit_url, {"action": "publish"}, follow=True)
    assert "sent to Clinical review" in response.content.decode()
    translated.refresh_from_db()
    assert not translated.live and in_progress(translated).workflow.name == "Clinical review"

    # A reviewer approves it from the dashboard's workflow action: now it is live, with their name on it.
    client.force_login(reviewer)
    state = in_progress(translated)
    approve = f"/admin/pages/workflow/action/{translated.pk}/approve/{state.current_task_state_id}/"
    assert client.post(approve, {}).status_code in (200, 302)
    translated.refresh_from_db()
    assert translated.live and translated.reviewer.name == "Dr Rhys Review"
    live_revision = translated.live_revision_id

    # "Sync translated pages" with its publish box ticked: the sync is a draft, sent to review again.
    client.force_login(editor)
    source = TranslationSource.objects.get(object_id=english.translation_key)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(sync_url).content.decode()
    assert "Send the translations to Clinical review" in form and "Publish immediately" not in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url, {"publish_translations": "on"}, follow=True)
    assert "sent to Clinical review" in response.content.decode()
    translated.refresh_from_db()
    assert translated.live_revision_id == live_revision and translated.has_unpublished_changes
    assert in_progress(translated) is not None


def test_a_superuser_still_publishes_translations_at_once(admin_client, section, django_capture_on_commit_callbacks):
    spanish = Locale.objects.create(language_code="es")
    english = ContentPageFactory(parent=section, publish=False)
    translated = translate(admin_client, english, spanish)
    source = TranslationSource.objects.get(object_id=english.translation_key)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert "Publish immediately" in admin_client.get(sync_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(sync_url, {"publish_translations": "on"})
    translated.refresh_from_db()
    assert translated.live and Translation.objects.get(source=source).enabled


def test_a_language_added_later_is_under_clinical_review_too(section):
    french = Locale.objects.create(language_code="fr")
    page = ContentPageFactory(parent=section)
    french_page = page.copy_for_translation(french, copy_parents=True)
    assert french_page.get_workflow().name == "Clinical review"
