"""Ask the experts, in a real Chromium: a visitor asks by keyboard; an editor triages and drafts the answer;
a clinical reviewer approves it; the answer is public, searchable and listed, and the asker hears once."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from .helpers import assert_axe_clean, focus_lands_on, in_view, open_menu, sign_in, tab_to, top_on_page

pytestmark = pytest.mark.browser

QUESTION = "My dad has lost weight even though he eats. Could a dietitian still help him at this stage?"
EDITOR_PASSWORD = "a-long-editor-password"
REVIEWER_PASSWORD = "a-long-reviewer-password"


@pytest.fixture
def quick_form(settings):
    """People take longer than this to read and fill the form; the full four seconds is tested elsewhere."""
    settings.QUESTIONS_MIN_SECONDS_TO_SUBMIT = 1
    settings.QUESTIONS_NOTIFY_EMAILS = ["triage@society.example"]


def test_a_visitor_asks_by_keyboard_fixes_a_mistake_from_the_error_summary_and_sends(live_site, visitor, quick_form):
    from questions.models import Question

    visitor.goto(live_site + "/")
    tab_to(visitor, lambda f: f["text"] == "Ask our experts a question")
    visitor.keyboard.press("Enter")
    visitor.wait_for_url("**/ask/")
    assert visitor.locator("h1").inner_text() == "Ask our experts"
    assert visitor.get_by_role("heading", name="This form is not for urgent problems").is_visible()
    assert not visitor.locator("input[name=website]").is_visible()  # the honeypot is never shown
    assert_axe_clean(visitor, "ask-form")

    tab_to(visitor, lambda f: f["tag"] == "textarea")
    visitor.keyboard.type(QUESTION, delay=5)
    tab_to(visitor, lambda f: f["tag"] == "input" and "radio" in f["html"])
    visitor.keyboard.press("ArrowDown")  # from "I have cancer" to "I care for someone with cancer"
    tab_to(visitor, lambda f: f["tag"] == "select")
    visitor.keyboard.press("p")  # type-ahead: Pancreas
    tab_to(visitor, lambda f: 'type="email"' in f["html"])
    visitor.keyboard.type("asker@example.org")
    # The visitor forgets the tick box and sends.
    submit = tab_to(visitor, lambda f: f["text"] == "Send my question")
    assert "website" not in submit["html"]
    visitor.keyboard.press("Enter")

    # They land on the error summary: first in the page, focused, on the first screen, saying what to fix.
    visitor.wait_for_url("**/ask/send/")
    assert visitor.title().startswith("Error: ")
    summary = visitor.get_by_role("alert")
    assert focus_lands_on(visitor, ".error-summary")
    assert in_view(summary) and top_on_page(summary) < top_on_page(visitor.locator("h1"))
    assert "Please check your question" in summary.inner_text()
    assert "Tick the box to say your question may be published" in summary.inner_text()
    assert visitor.get_by_label("Your question", exact=True).input_value() == QUESTION  # nothing typed is lost
    assert visitor.get_by_label("I care for someone with cancer").is_checked()
    assert not Question.objects.exists()
    assert_axe_clean(visitor, "ask-errors")

    # The summary's link takes them to the tick box; they tick it and send again.
    link = tab_to(visitor, lambda f: f["tag"] == "a" and f["text"].startswith("Tick the box"))
    assert link["href"] == "#id_consent"
    visitor.keyboard.press("Enter")
    assert visitor.evaluate("document.activeElement.id") == "id_consent"
    visitor.keyboard.press("Space")
    tab_to(visitor, lambda f: f["text"] == "Send my question")
    visitor.keyboard.press("Enter")

    visitor.wait_for_url("**/ask/thanks/")
    assert visitor.locator("h1").inner_text() == "Thank you: we have your question"
    assert "call 999 now" in visitor.locator("main").inner_text()
    assert QUESTION not in visitor.content()
    question = Question.objects.get()
    assert (question.text, question.asker_role, question.cancer_type) == (QUESTION, "caregiver", "pancreas")
    assert question.email == "asker@example.org" and question.consent_to_publish
    assert len(mail.outbox) == 1 and QUESTION not in mail.outbox[0].body
    assert_axe_clean(visitor, "ask-thanks")

    # Where to go next: each link from the thanks page.
    next_steps = visitor.locator("main .next-steps")
    next_steps.get_by_role("link", name="Read questions our experts have already answered").click()
    assert visitor.locator("h1").inner_text() == "Answered questions"
    visitor.go_back()
    visitor.locator("main .next-steps").get_by_role("link", name="Ask another question").click()
    assert visitor.locator("h1").inner_text() == "Ask our experts"
    assert visitor.get_by_label("Your question", exact=True).input_value() == ""
    visitor.go_back()
    visitor.locator("main .next-steps").get_by_role("link", name="Go to the home page").click()
    expect(visitor.get_by_role("region", name="What you can do here")).to_be_visible()


def answer_titles(page) -> list[str]:
    return page.locator(".answer-list > li h3").all_inner_texts()


def current_page(page) -> str:
    return page.get_by_role("navigation", name="Pages of results").locator("[aria-current=page]").inner_text()


def test_answers_index_filters_pages_and_the_answer_pages_links(demo, visitor, monkeypatch):
    monkeypatch.setattr("questions.listing.PER_PAGE", 2)  # the demo's five answers, two at a time
    visitor.goto(demo + "/answers/")
    assert visitor.get_by_role("heading", name="5 answers found").is_visible()
    assert current_page(visitor) == "Page 1 of 3" and len(answer_titles(visitor)) == 2

    # A topic, ticked by clicking its label: the list narrows and comes in pages that keep the filter.
    topics = visitor.get_by_role("group", name="Topic")
    topics.locator("label", has_text="Eating and appetite").click()
    visitor.get_by_role("button", name="Show answers").click()
    visitor.wait_for_url(re.compile(r".*/answers/\?topic=eating-and-appetite$"))
    assert visitor.get_by_role("heading", name="3 answers found").is_visible()
    first = answer_titles(visitor)
    visitor.get_by_role("link", name="Next page").click()
    assert current_page(visitor) == "Page 2 of 2"
    second = answer_titles(visitor)
    assert len(first) == 2 and len(second) == 1 and not set(first) & set(second)
    assert visitor.get_by_role("group", name="Topic").get_by_label("Eating and appetite").is_checked()
    visitor.get_by_role("link", name="Previous page").click()
    assert current_page(visitor) == "Page 1 of 2" and answer_titles(visitor) == first

    # A stage, ticked by keyboard: both filters apply together.
    tab_to(visitor, lambda f: f["tag"] == "input" and 'value="refractory-cachexia"' in f["html"])
    visitor.keyboard.press("Space")
    tab_to(visitor, lambda f: f["text"] == "Show answers")
    visitor.keyboard.press("Enter")
    visitor.wait_for_url(re.compile(r".*stage=refractory-cachexia.*"))
    assert visitor.get_by_role("heading", name="2 answers found").is_visible()
    assert sorted(answer_titles(visitor)) == [
        "How can I help someone who has stopped eating much?",
        "Would a feeding tube or a drip help?",
    ]
    assert visitor.get_by_role("navigation", name="Pages of results").count() == 0
    assert_axe_clean(visitor, "answers-index-filtered")

    tab_to(visitor, lambda f: f["text"] == "Clear filters")
    visitor.keyboard.press("Enter")
    visitor.wait_for_url(demo + "/answers/")
    assert visitor.get_by_role("heading", name="5 answers found").is_visible()
    assert visitor.locator(".answer-filters input:checked").count() == 0

    # An answer page's topic, stage and related-material links.
    visitor.get_by_role("link", name="How can I help someone who has stopped eating much?").click()
    visitor.wait_for_url("**/answers/helping-someone-who-eats-little/")
    assert visitor.get_by_role("heading", name="The short answer").is_visible()
    assert_axe_clean(visitor, "answer-page")  # the JSON-LD data block raises no CSP error either
    answer_url = visitor.url
    visitor.locator(".material-details").get_by_role("link", name="Caring for someone").click()
    visitor.wait_for_url(re.compile(r".*/answers/\?topic=caring-for-someone$"))
    assert answer_titles(visitor) == ["How can I help someone who has stopped eating much?"]
    assert visitor.get_by_role("group", name="Topic").get_by_label("Caring for someone").is_checked()
    visitor.goto(answer_url)
    visitor.locator(".material-details").get_by_role("link", name="Refractory cachexia").click()
    visitor.wait_for_url(re.compile(r".*/answers/\?stage=refractory-cachexia$"))
    assert visitor.get_by_role("heading", name="2 answers found").is_visible()
    visitor.goto(answer_url)
    material = visitor.get_by_role("region", name="Materials that may help").get_by_role("link").first
    title = material.inner_text()
    material.click()
    visitor.wait_for_url("**/materials/**")
    assert visitor.locator("h1").inner_text() == title


def test_editor_triages_drafts_and_submits_then_a_reviewer_approves_and_the_asker_hears(
    live_site, page, django_user_model, quick_form
):
    from django.contrib.auth.models import Group

    from questions.models import AnswerPage, Question

    editor = django_user_model.objects.create_user("edna", "edna@example.org", EDITOR_PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    reviewer = django_user_model.objects.get(username="demo-reviewer")  # the demo reviewer, linked to a profile
    reviewer.set_password(REVIEWER_PASSWORD)
    reviewer.save()
    question = Question.objects.create(text=QUESTION, asker_role="caregiver", email="asker@example.org")

    # The editor finds the new question on the dashboard and triages it.
    sign_in(page, live_site, "edna", EDITOR_PASSWORD)
    panel = page.locator("#questions-summary-section, section:has(h2:text('Questions from visitors'))").first
    assert "1 new question" in panel.inner_text()
    panel.get_by_role("link", name="1 new question").click()
    page.get_by_role("link", name=f"Question {question.pk} from").click()
    page.wait_for_url(f"**/admin/questions/edit/{question.pk}/")
    assert QUESTION in page.locator("main").inner_text()
    page.locator("#id_status").select_option(label="Assigned")
    page.locator("#id_internal_notes").fill("Ask our dietitian to check.")
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url("**/admin/questions/")
    question.refresh_from_db()
    assert question.status == "assigned" and question.internal_notes == "Ask our dietitian to check."

    # One action drafts the answer page and opens it in the editor.
    page.goto(f"{live_site}/admin/questions/edit/{question.pk}/")
    page.get_by_role("button", name="Draft the answer page").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    assert "A draft answer page is ready" in page.locator(".messages").inner_text()
    page.locator("#id_title").fill("Can a dietitian help later on?")
    page.locator("#id_question").fill("Can a dietitian still help when someone has already lost a lot of weight?")
    page.locator("#id_short_answer").fill(
        "Yes. A dietitian can help at any stage, with food that is easier to manage. Ask your care team."
    )
    page.get_by_label("Eating and appetite").check()
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_slug").fill("dietitian-later-on")
    submit = open_menu(
        page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first,
        page.get_by_role("button", name="Submit to Clinical review"),
    )
    assert page.get_by_role("button", name="Publish").count() == 0  # editors cannot publish health content
    submit.click()
    page.wait_for_url(re.compile(r".*/admin/(pages/\d+/)?$"))
    assert "submitted for moderation" in page.locator(".messages").inner_text()
    answer = AnswerPage.objects.get(slug="dietitian-later-on")
    assert not answer.live
    assert not [message for message in mail.outbox if "asker@example.org" in message.to]

    # The clinical reviewer approves it in the admin.
    page.context.clear_cookies()
    sign_in(page, live_site, "demo-reviewer", REVIEWER_PASSWORD)
    page.get_by_role("link", name="Can a dietitian help later on?").first.click()
    page.wait_for_url(f"**/admin/pages/{answer.pk}/edit/")
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_url(re.compile(r".*/admin/(pages/\d+/)?$"))
    assert "has been updated" in page.locator(".messages").inner_text()
    answer.refresh_from_db()
    assert answer.live and answer.reviewer.name == "Example Reviewer"

    # The asker gets one email with the link, and the address is erased.
    to_asker = [message for message in mail.outbox if "asker@example.org" in message.to]
    assert len(to_asker) == 1 and to_asker[0].to == ["asker@example.org"]
    assert answer.full_url in to_asker[0].body
    assert all(QUESTION not in message.body for message in mail.outbox)  # Wagtail's own workflow emails too
    question.refresh_from_db()
    assert question.email == "" and question.status == "answered"

    # The answer is public, listed on the index and found by search, with the reviewer shown.
    page.goto(live_site + "/answers/")
    page.get_by_role("link", name="Can a dietitian help later on?").click()
    page.wait_for_url("**/answers/dietitian-later-on/")
    assert "Checked by" in page.locator("main").inner_text()
    assert "Example Reviewer" in page.locator(".review-details").inner_text()
    page.get_by_label("Search the site").fill("dietitian stage")
    page.get_by_label("Search the site").press("Enter")
    page.wait_for_url("**/search/?q=dietitian+stage")
    assert page.get_by_role("link", name="Can a dietitian help later on?").is_visible()


def test_an_editor_publishing_a_spanish_health_page_sends_it_to_clinical_review(live_site, page, django_user_model):
    """wagtail-localize's translation editor and "Sync translated pages", in the admin, by a member of Editors."""
    from django.contrib.auth.models import Group
    from wagtail.models import Locale, WorkflowState
    from wagtail_localize.models import TranslationSource

    from advocacy.models import ContentPage

    editor = django_user_model.objects.create_user("edna", "edna@example.org", EDITOR_PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    english = ContentPage.objects.get(slug="what-is-cachexia", locale__language_code="en")
    spanish = english.get_translation(Locale.objects.get(language_code="es")).specific
    live_revision = spanish.live_revision_id
    sign_in(page, live_site, "edna", EDITOR_PASSWORD)

    # The translation editor says what its Publish button does, and does it.
    page.goto(f"{live_site}/admin/pages/{spanish.pk}/edit/")
    messages = page.locator(".messages")
    assert "“Publish in español” saves this translation as a draft and sends it to Clinical review" in (
        messages.inner_text()
    )
    page.get_by_role("button", name="Publish in español").click()
    page.get_by_text("The translation is saved as a draft and sent to Clinical review").wait_for()
    spanish.refresh_from_db()
    assert spanish.live_revision_id == live_revision and spanish.has_unpublished_changes
    state = WorkflowState.objects.get(object_id=str(spanish.pk), status="in_progress")
    assert state.workflow.name == "Clinical review" and state.requested_by == editor

    # "Sync translated pages", from the English page: its box sends the translations for review.
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    page.goto(f"{live_site}/admin/pages/{english.pk}/edit/")
    actions = page.get_by_role("button", name="Actions").first  # the page header's "⋯" menu
    open_menu(actions, page.get_by_role("link", name="Sync translated pages")).click()
    page.wait_for_url(re.compile(rf".*/admin/localize/update/{source.pk}/.*"))
    assert page.get_by_text("Publish immediately").count() == 0
    page.get_by_label("Send the translations to Clinical review").check()
    page.get_by_role("button", name="Submit").click()
    page.get_by_text("sent to Clinical review").first.wait_for()
    spanish.refresh_from_db()
    assert spanish.live_revision_id == live_revision
