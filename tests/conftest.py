"""Fixtures shared by every test folder."""

import shutil

import pytest
from wagtail.models import Page, Site

from advocacy.models import HomePage


@pytest.fixture(autouse=True)
def _isolated_media(tmp_path, settings):
    """Each test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture
def home_page(db) -> HomePage:
    """A published HomePage at the root of the default site (Wagtail's placeholder page removed)."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Home", slug="home", intro="<p>Welcome.</p>")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def demo_site(db):
    """The full demo site, exactly as `manage.py load_demo_content` builds it."""
    from advocacy.demo.builder import build_demo_site

    return build_demo_site()


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "a-long-test-password")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def migrated_rows(transactional_db):
    """Put back what the migrations created, for tests on a database that an earlier transactional test flushed.

    Wagtail's migrations create a locale, the root collection and the root page; ours seed the criteria sets.
    Content types and permissions come back by themselves: Django re-runs ``post_migrate`` after each flush.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale

    from staging.models import CriteriaSet, Stage
    from staging.seed import create_seed_sets

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    create_seed_sets(CriteriaSet, Stage)
