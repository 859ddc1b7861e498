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
