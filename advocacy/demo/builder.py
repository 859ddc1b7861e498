"""Build the demo site from advocacy.demo.copy. Idempotent: it only creates what is missing,
so running it again (or after editors have changed demo pages) never duplicates or overwrites."""

import datetime
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from advocacy.clinical_review import EDITORS_GROUP, REVIEWERS_GROUP
from advocacy.localized import default_language_code
from advocacy.models import (
    CommunityPage,
    ContentPage,
    HomePage,
    MissionPage,
    Reviewer,
    SectionIndexPage,
    SiteSettings,
    SiteText,
)
from advocacy.site_address import apply_public_url
from materials.models import Audience, MaterialDocument, MaterialIndexPage, MaterialPage, MaterialStage, Topic
from materials.upload_checks import check_upload
from questions.models import AnswerPage, AnswersIndexPage, AnswerStage, AskQuestionPage
from questions.roles import ensure_editorial_roles
from staging.models import StagesPage

from . import answers, copy
from .spanish import build_spanish
from .streams import stream_json

FILES_DIR = Path(__file__).resolve().parent / "files"
AUDIENCES = [("patient", "Patients"), ("caregiver", "Caregivers"), ("clinician", "Clinicians")]
DEMO_FACEBOOK_URL = "https://www.facebook.com/search/top?q=Cancer%20Cachexia%20Society"
DEMO_CONTACT_EMAIL = "hello@cachexia-society.example"


@dataclass
class DemoResult:
    created: list[str] = field(default_factory=list)
    admin_username: str = "admin"
    admin_password: str | None = None
    # (username, password, what the account is for) for each account created on this run
    staff_accounts: list[tuple[str, str, str]] = field(default_factory=list)


def build_demo_site(
    admin_username: str = "admin", public_url: str | None = None, *, spanish: bool = True
) -> DemoResult:
    """``public_url``: the site's address (default: the PUBLIC_URL setting; unset keeps the Site as it is).
    ``spanish``: also translate everything into Spanish (advocacy/demo/spanish.py)."""
    result = DemoResult(admin_username=admin_username)
    with transaction.atomic():
        site, home = _ensure_home(result)
        if public_url or settings.PUBLIC_URL:
            apply_public_url(public_url or settings.PUBLIC_URL, site)
        _ensure_site_settings(site)
        reviewer, _ = _source_rows(Reviewer).get_or_create(name=copy.REVIEWER["name"], defaults=copy.REVIEWER)
        review = _review_dates(reviewer)

        _child(
            home, MissionPage, copy.MISSION, result, intro=copy.MISSION["intro"], body=stream_json(copy.MISSION["body"])
        )
        materials_index = _child(
            home, MaterialIndexPage, copy.MATERIALS_INDEX, result, intro=_plain(copy.MATERIALS_INDEX["intro"])
        )
        _ensure_materials(materials_index, review, result)
        about = _child(home, SectionIndexPage, copy.ABOUT, result, intro=copy.ABOUT["intro"])
        for spec in copy.ABOUT_PAGES:
            _child(
                about,
                ContentPage,
                spec,
                result,
                body=stream_json(spec["body"]),
                references=_references(spec.get("references", [])),
                **review,
            )
        _child(about, StagesPage, copy.STAGES_PAGE, result, intro=copy.STAGES_PAGE["intro"], **review)
        _child(
            home,
            CommunityPage,
            copy.COMMUNITY,
            result,
            intro=copy.COMMUNITY["intro"],
            body=stream_json(copy.COMMUNITY["body"]),
        )
        ask_page = _child(
            home,
            AskQuestionPage,
            answers.ASK_PAGE,
            result,
            intro=answers.ASK_PAGE["intro"],
            privacy_note=answers.ASK_PAGE["privacy_note"],
            confirmation=answers.ASK_PAGE["confirmation"],
        )
        _ensure_ask_page_setting(site, ask_page)
        answers_index = _child(
            home, AnswersIndexPage, answers.ANSWERS_INDEX, result, intro=answers.ANSWERS_INDEX["intro"]
        )
        expert, _ = _source_rows(Reviewer).get_or_create(name=answers.EXPERT["name"], defaults=answers.EXPERT)
        _ensure_answers(answers_index, expert, review, result)

        ensure_editorial_roles()
        _ensure_task_links(home, result)
        result.admin_password = _ensure_admin(admin_username)
        _ensure_staff(reviewer, result)
        if spanish:
            build_spanish(site, result, FILES_DIR)
    return result


def _source_rows(model):
    """The default-language rows of a translatable model (the ones the demo is written in)."""
    return model.objects.filter(locale__language_code=default_language_code())


def _ensure_home(result: DemoResult) -> tuple[Site, HomePage]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    existing = _source_rows(HomePage).first()
    if existing:
        return site, existing
    root = Page.get_first_root_node()
    # Wagtail's migrations create a placeholder "Welcome" page with the slug "home": replace it.
    placeholder = root.get_children().filter(slug="home").first()
    if placeholder and placeholder.specific_class is Page:
        placeholder.delete()
    home = HomePage(
        title=copy.HOME["title"], slug="home", intro=copy.HOME["intro"], body=stream_json(copy.HOME["body"])
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")
    else:
        site.root_page = home
        site.save()
    result.created.append(home.title)
    return site, home


def _ensure_task_links(home: HomePage, result: DemoResult) -> None:
    """Fill the home page's task links from the copy, only if it has none (an editor's choice stays)."""
    home = HomePage.objects.get(pk=home.pk)  # fresh: child pages were added since it was loaded
    if home.task_links:
        return
    home.task_links_heading = copy.HOME["task_links_heading"]
    for spec in copy.HOME["task_links"]:
        target = home.get_descendants().filter(slug=spec["slug"]).first()
        if target is not None:
            add_task_link(home, target, spec["link_text"], spec["description"], publish=False)
    home.save_revision().publish()
    result.created.append("Home page task links")


def add_task_link(home: HomePage, target: Page, link_text: str, description: str = "", *, publish=True) -> bool:
    """Add a task link to ``target`` on the home page unless one is there already. Returns True if added.

    A new section (such as "Ask a question") appears on the home page through here: content, not code.
    """
    if any(block.value["page"] and block.value["page"].pk == target.pk for block in home.task_links):
        return False
    home.task_links.append(("task_link", {"page": target, "link_text": link_text, "description": description}))
    if publish:
        home.save_revision().publish()
    return True


def _ensure_site_settings(site: Site) -> None:
    site_settings = SiteSettings.for_site(site)
    changed = False
    if site_settings.text is None:
        site_settings.text = SiteText.objects.create(name="Site text")
        changed = True
    if not site_settings.facebook_url:
        site_settings.facebook_url = DEMO_FACEBOOK_URL
        changed = True
    if not site_settings.contact_email:
        site_settings.contact_email = DEMO_CONTACT_EMAIL
        changed = True
    if changed:
        site_settings.save()


def _ensure_ask_page_setting(site: Site, ask_page: Page) -> None:
    site_settings = SiteSettings.for_site(site)
    if site_settings.ask_page_id is None:
        site_settings.ask_page = ask_page
        site_settings.save()


def _ensure_answers(index: AnswersIndexPage, expert: Reviewer, review: dict, result: DemoResult) -> None:
    topics = {topic.slug: topic for topic in _source_rows(Topic)}
    for spec in answers.ANSWERS:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        page = AnswerPage(
            title=spec["title"],
            slug=spec["slug"],
            search_description=spec["short_answer"][:255],
            question=spec["question"],
            short_answer=spec["short_answer"],
            body=stream_json(spec["body"]),
            answered_by=expert,
            references=_references(spec["references"]),
            **review,
        )
        index.add_child(instance=page)
        page.topics.set([topics[slug] for slug in spec["topics"] if slug in topics])
        page.stage_links = [AnswerStage(slug=slug) for slug in spec["stage_slugs"]]
        page.save_revision().publish()
        result.created.append(page.title)


def _ensure_staff(reviewer: Reviewer, result: DemoResult) -> None:
    """An editor and a clinical reviewer (linked to the demo reviewer's profile), each with a random password."""
    user_model = get_user_model()
    for username, group_name, purpose in (
        ("demo-editor", EDITORS_GROUP, "editor: triages questions, drafts pages, submits them for review"),
        ("demo-reviewer", REVIEWERS_GROUP, "clinical reviewer: approves health pages and answers"),
    ):
        if user_model.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(username=username, email="", password=password)
        user.groups.add(Group.objects.get(name=group_name))
        if group_name == REVIEWERS_GROUP and reviewer.user_id is None:
            reviewer.user = user
            reviewer.save(update_fields=["user"])
        result.staff_accounts.append((username, password, purpose))


def _review_dates(reviewer: Reviewer) -> dict:
    today = timezone.localdate()
    return {
        "reviewer": reviewer,
        "last_reviewed": today - datetime.timedelta(days=30),
        "next_review_due": today + datetime.timedelta(days=3 * 365),
    }


def _child(parent: Page, page_class, spec: dict, result: DemoResult, **fields) -> Page:
    """Return the child page with the spec's slug, creating and publishing it if it is missing."""
    slug = spec.get("slug")
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing:
        return existing
    page = page_class(
        title=spec["title"],
        slug=slug,
        search_description=spec.get("search_description", ""),
        show_in_menus=True,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    result.created.append(page.title)
    return page


def _ensure_materials(index: MaterialIndexPage, review: dict, result: DemoResult) -> None:
    audiences = {
        slug: _source_rows(Audience).get_or_create(slug=slug, defaults={"name": name, "sort_order": i})[0]
        for i, (slug, name) in enumerate(AUDIENCES)
    }
    topics = {
        slug: _source_rows(Topic).get_or_create(slug=slug, defaults={"name": name})[0] for slug, name in copy.TOPICS
    }
    for spec in copy.MATERIALS:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        document = MaterialDocument.objects.filter(title=spec["title"]).first()
        if document is None:
            data = (FILES_DIR / spec["filename"]).read_bytes()
            checked = check_upload(spec["filename"], data)  # the same checks as an editor's upload
            document = MaterialDocument(title=spec["title"], page_count=checked.page_count)
            document.file.save(spec["filename"], ContentFile(data), save=False)
            document._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
            document.save()
        page = MaterialPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["summary"][:255],
            document=document,
            language=spec.get("language", "en"),
            format=spec.get("format", "leaflet"),
            **review,
        )
        page.stage_links = [MaterialStage(slug=slug) for slug in spec["stage_slugs"]]
        index.add_child(instance=page)
        page.audiences.set([audiences[a] for a in spec["audiences"]])
        page.topics.set([topics[t] for t in spec["topics"]])
        page.save_revision().publish()
        result.created.append(page.title)


def _references(items: list[dict]) -> str:
    return json.dumps([{"type": "reference", "value": item} for item in items])


def _plain(html: str) -> str:
    from django.utils.html import strip_tags

    return strip_tags(html).strip()


def _ensure_admin(username: str) -> str | None:
    """Create the demo admin with a random password; returns it, or None if the user already existed."""
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        return None
    password = secrets.token_urlsafe(12)
    user_model.objects.create_superuser(username=username, email="", password=password)
    return password
