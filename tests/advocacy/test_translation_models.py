"""Translatable snippets and site text, the site-text data migration, and PO export and import in the admin."""

import io

import polib
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from advocacy.models import MissionPage, Reviewer, SiteSettings, SiteText
from materials.models import Audience
from tests.translation_helpers import get_in, in_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish(db):
    return Locale.objects.get_or_create(language_code="es")[0]


def translate_snippet_through_admin(admin_client, obj, spanish):
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[obj._meta.app_label, obj._meta.model_name, obj.pk]
    )
    response = admin_client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302, response.content.decode()[:800]
    return type(obj).objects.get(translation_key=obj.translation_key, locale=spanish)


def test_reviewer_translation_keeps_name_and_not_the_sign_in_account(admin_client, superuser, spanish):
    reviewer = Reviewer.objects.create(name="Dr Ana Ruiz", credentials="MD", role="Oncologist", user=superuser)
    translated = translate_snippet_through_admin(admin_client, reviewer, spanish)
    assert translated.name == "Dr Ana Ruiz"
    assert translated.user is None  # one account, on the English profile only
    reviewer.refresh_from_db()
    assert reviewer.user == superuser


def test_label_translations_keep_the_slug_and_show_their_own_name(admin_client, spanish):
    audience = Audience.objects.create(name="Patients", slug="patient")
    translated = translate_snippet_through_admin(admin_client, audience, spanish)
    assert translated.slug == "patient"
    translated.name = "Pacientes"
    translated.save()
    with translation.override("es"):
        assert [a.name for a in Audience.objects.localized()] == ["Pacientes"]
    with translation.override("en"):
        assert [a.name for a in Audience.objects.localized()] == ["Patients"]


def test_site_text_follows_the_active_language(home_page, spanish):
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.text = SiteText.objects.create(name="Site text", mission_statement="English mission")
    site_settings.save()
    spanish_text = site_settings.text.copy_for_translation(spanish)
    spanish_text.mission_statement = "Misión en español"
    spanish_text.save()
    site_settings = SiteSettings.objects.get(pk=site_settings.pk)
    with translation.override("es"):
        assert site_settings.mission_statement == "Misión en español"
    with translation.override("en"):
        assert site_settings.mission_statement == "English mission"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


BEFORE = [("advocacy", "0005_translatable_reviewers_and_site_text")]


@pytest.fixture
def before_site_text(transactional_db, migrated_rows):
    try:
        yield migrate(BEFORE).loader.project_state(BEFORE).apps
    finally:
        migrate(None)


def test_the_migration_keeps_what_editors_saved(before_site_text):
    old = before_site_text
    page_model = old.get_model("wagtailcore", "Page")
    site = old.get_model("wagtailcore", "Site").objects.create(
        hostname="example.org", port=80, root_page=page_model.objects.get(depth=1), is_default_site=False
    )
    old.get_model("advocacy", "SiteSettings").objects.create(
        site=site,
        mission_statement="Our own mission words",
        medical_disclaimer="Our disclaimer",
        care_team_note="Our note",
        urgent_help_heading="Our heading",
        urgent_help="Line one\nLine two",
    )
    migrate(None)
    saved = SiteSettings.objects.get(site__hostname="example.org")
    assert saved.text.locale.language_code == "en"
    assert (saved.mission_statement, saved.medical_disclaimer, saved.care_team_note) == (
        "Our own mission words",
        "Our disclaimer",
        "Our note",
    )
    assert saved.urgent_help_points == ["Line one", "Line two"]


def test_po_export_and_import_through_the_admin(admin_client, bilingual_demo_site, django_capture_on_commit_callbacks):
    english = MissionPage.objects.get(locale__language_code="en")
    spanish_page = in_language(english, "es")
    translation_record = Translation.objects.get(
        source=TranslationSource.objects.get(object_id=english.translation_key), target_locale=spanish_page.locale
    )

    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation_record.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    entry = next(e for e in po if e.msgid.startswith("We are a society"))
    assert entry.msgstr.startswith("Somos una sociedad")
    entry.msgstr = "Somos una sociedad de prueba para pacientes y cuidadores."

    upload = io.BytesIO(str(po).encode())
    upload.name = "mission-es.po"
    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish_page.pk])
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation_record.pk]), {"file": upload, "next": edit_url}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        assert admin_client.post(edit_url, {"action": "publish"}).status_code == 302

    html = get_in(admin_client, spanish_page).content.decode()
    assert "Somos una sociedad de prueba para pacientes y cuidadores." in html
    assert "We are a society" in get_in(admin_client, english).content.decode()
