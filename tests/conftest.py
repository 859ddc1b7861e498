"""Fixtures shared by every test folder."""

import shutil

import pytest

from advocacy.models import HomePage
from tests.demo_snapshot import demo_site_for_tests, forget_cached_ids
from tests.factories import HomePageFactory
from tests.helpers import clear_caches, restore_migrated_rows
from tests.servers import redis_url


@pytest.fixture(autouse=True)
def _isolated_media(tmp_path, settings):
    """Each test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rate-limit counts and cached pages do not carry over."""
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_step(monkeypatch):
    """``client.force_login(user)`` (and so ``admin_client``) gives a session that has passed both
    sign-in steps, as if the user had typed a code from their app. Only the test client is changed:
    real requests still need the code (tests/editor_2fa/ checks that, signing in through the forms)."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def home_page(db) -> HomePage:
    """A published HomePage at the root of the default site (Wagtail's placeholder page removed)."""
    return HomePageFactory()


@pytest.fixture(scope="session")
def demo_media_cache(tmp_path_factory):
    """Where each worker keeps the media files of the demo sites it built (tests/demo_snapshot.py)."""
    return tmp_path_factory.mktemp("demo-snapshots")


@pytest.fixture
def demo_site(db, _isolated_media, demo_media_cache):
    """The English demo site, as `manage.py load_demo_content` builds it before its Spanish translations
    (the tests that use it look pages up by type or slug in one language)."""
    yield demo_site_for_tests(spanish=False, media_cache=demo_media_cache)
    forget_cached_ids()


@pytest.fixture
def bilingual_demo_site(db, _isolated_media, django_capture_on_commit_callbacks, demo_media_cache):
    """The full demo site, exactly as `manage.py load_demo_content` builds it: English and Spanish.
    wagtail-localize publishes translations when the transaction commits: here, at the end of the build."""
    with django_capture_on_commit_callbacks(execute=True):
        result = demo_site_for_tests(spanish=True, media_cache=demo_media_cache)
    yield result
    forget_cached_ids()


@pytest.fixture(autouse=True)
def _demo_before_other_rows(request, _fresh_cache, _isolated_media):
    """A test's demo site goes in before any other fixture adds rows: a restored demo replaces whole tables
    (tests/demo_snapshot.py). After the cache and media fixtures, so that they are undone last. A module may name
    fixtures to set up first in ``SET_UP_BEFORE_THE_DEMO``: ones that change settings, such as where files are
    stored, and add no rows."""
    for name in ("demo_site", "bilingual_demo_site", "live_site"):
        if name in request.fixturenames:
            for first in getattr(request.module, "SET_UP_BEFORE_THE_DEMO", ()):
                request.getfixturevalue(first)
            request.getfixturevalue(name)
            return


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "a-long-test-password")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def migrated_rows(transactional_db):
    """Put back what Wagtail's migrations created, on a database that an earlier transactional test flushed."""
    restore_migrated_rows()


@pytest.fixture
def redis_cache(settings):
    """The default cache on the machine's Redis, under this test run's own key prefix."""
    location = redis_url()
    settings.CACHES = {
        alias: {
            "BACKEND": "advocacy.cache_backend.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"{settings.CACHE_KEY_PREFIX}-redis-{alias}",
        }
        for alias in ("default", "renditions")
    } | {"fragments": settings.FRAGMENT_CACHE}
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def redis_not_answering(settings):
    """The caches on a Redis address where nothing listens, with short timeouts."""
    from tests.servers import free_port

    settings.CACHES = {
        alias: {
            "BACKEND": "advocacy.cache_backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
        for alias in ("default", "renditions")
    } | {"fragments": settings.FRAGMENT_CACHE}
