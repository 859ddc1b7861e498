"""Build the demo site from advocacy.demo.copy. Idempotent: it only creates what is missing,
so running it again (or after editors have changed demo pages) never duplicates or overwrites."""

import datetime
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from advocacy.models import (
    CommunityPage,
    ContentPage,
    HomePage,
    MissionPage,
    Reviewer,
    SectionIndexPage,
    SiteSettings,
)
from materials.models import Audience, MaterialDocument, MaterialIndexPage, MaterialPage, Topic
from materials.upload_checks import check_upload
from staging.history import create_initial_revisions
from staging.models import CriteriaSet, Stage, StagesPage
from staging.seed import create_seed_sets

from . import copy

FILES_DIR = Path(__file__).resolve().parent / "files"
AUDIENCES = [("patient", "Patients"), ("caregiver", "Caregivers"), ("clinician", "Clinicians")]
DEMO_FACEBOOK_URL = "https://www.facebook.com/search/top?q=Cancer%20Cachexia%20Society"
DEMO_CONTACT_EMAIL = "hello@cachexia-society.example"


@dataclass
class DemoResult:
    created: list[str] = field(default_factory=list)
    admin_username: str = "admin"
    admin_password: str | None = None


def build_demo_site(admin_username: str = "admin") -> DemoResult:
    result = DemoResult(admin_username=admin_username)
    with transaction.atomic():
        # The data migration seeds the criteria sets; a flushed test database needs them again.
        create_seed_sets(CriteriaSet, Stage)
        create_initial_revisions()
        site, home = _ensure_home(result)
        _ensure_site_settings(site)
        reviewer, _ = Reviewer.objects.get_or_create(name=copy.REVIEWER["name"], defaults=copy.REVIEWER)
        review = _review_dates(reviewer)

        _child(home, MissionPage, copy.MISSION, result, intro=copy.MISSION["intro"], body=_stream(copy.MISSION["body"]))
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
                body=_stream(spec["body"]),
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
            body=_stream(copy.COMMUNITY["body"]),
        )
        result.admin_password = _ensure_admin(admin_username)
    return result


def _ensure_home(result: DemoResult) -> tuple[Site, HomePage]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    existing = HomePage.objects.first()
    if existing:
        return site, existing
    root = Page.get_first_root_node()
    # Wagtail's migrations create a placeholder "Welcome" page with the slug "home": replace it.
    placeholder = root.get_children().filter(slug="home").first()
    if placeholder and placeholder.specific_class is Page:
        placeholder.delete()
    home = HomePage(title=copy.HOME["title"], slug="home", intro=copy.HOME["intro"], body=_stream(copy.HOME["body"]))
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="")
    else:
        site.root_page = home
        site.save()
    result.created.append(home.title)
    return site, home


def _ensure_site_settings(site: Site) -> None:
    site_settings = SiteSettings.for_site(site)
    changed = False
    if not site_settings.facebook_url:
        site_settings.facebook_url = DEMO_FACEBOOK_URL
        changed = True
    if not site_settings.contact_email:
        site_settings.contact_email = DEMO_CONTACT_EMAIL
        changed = True
    if changed:
        site_settings.save()


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
        slug: Audience.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": i})[0]
        for i, (slug, name) in enumerate(AUDIENCES)
    }
    topics = {slug: Topic.objects.get_or_create(slug=slug, defaults={"name": name})[0] for slug, name in copy.TOPICS}
    for spec in copy.MATERIALS:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        document = MaterialDocument.objects.filter(title=spec["title"]).first()
        if document is None:
            data = (FILES_DIR / spec["filename"]).read_bytes()
            checked = check_upload(spec["filename"], data)  # the same checks as an editor's upload
            document = MaterialDocument(title=spec["title"], page_count=checked.page_count)
            document.file.save(spec["filename"], ContentFile(data), save=False)
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
        index.add_child(instance=page)
        page.audiences.set([audiences[a] for a in spec["audiences"]])
        page.topics.set([topics[t] for t in spec["topics"]])
        page.stages.set(Stage.objects.filter(slug__in=spec["stage_slugs"], criteria_set__live=True))
        page.save_revision().publish()
        result.created.append(page.title)


def _stream(blocks: list[dict]) -> str:
    """Turn the copy's block list into StreamField JSON, resolving material slugs to page ids."""
    resolved = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "featured_materials":
            ids = list(MaterialPage.objects.filter(slug__in=value["slugs"]).values_list("pk", flat=True))
            value = {"heading": value["heading"], "materials": ids}
        elif block["type"] == "stages_summary":
            value = {"heading": value["heading"], "criteria_set": None}
        resolved.append({"type": block["type"], "value": value})
    return json.dumps(resolved)


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
