"""Browser tests: Debian's Chromium, driven by pytest-playwright, against pytest-django's live server.

Every test here is marked ``browser``. Run just these with ``pytest -m browser`` (or ``tests/browser``).
"""

import os
import urllib.request
from urllib.parse import urlsplit

import pytest

from .helpers import VIEWPORTS

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def _orm_beside_playwright():
    """Playwright's sync API runs an event loop in the test thread, and Django refuses ORM calls from
    a thread with a running loop unless told it is safe (it is: the loop is Playwright's). Set only
    while browser tests run, so it never reaches the deploy checks run in subprocesses."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(scope="session", autouse=True)
def _one_request_at_a_time_on_sqlite_in_memory():
    """On SQLite in memory, the live server's request threads share the test's one connection (Django
    cannot give them their own: a new connection would see an empty database). Two requests at once (a
    page and the admin's own fetches) then run inside each other's transactions: one's rollback undoes
    the other's work, and a statement left running locks a table. So serve one request at a time there,
    as ``runserver --nothreading`` does (Django closes each connection after its response). PostgreSQL
    keeps the threaded server: each thread has its own connection."""
    from django.core.servers.basehttp import WSGIServer
    from django.db import connection
    from django.test.testcases import LiveServerThread

    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return

    class OneAtATimeWSGIServer(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):  # the thread itself took them
            super().__init__(*args, **kwargs)

    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = OneAtATimeWSGIServer
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": VIEWPORTS["1280"], "locale": "en-GB", "accept_downloads": True}


@pytest.fixture(scope="session")
def browser(browser):
    yield browser
    # Close the connections opened while Playwright's loop ran, or PostgreSQL refuses to drop
    # the test database at the end of the session.
    from django.db import connections

    connections.close_all()


@pytest.fixture
def live_site(transactional_db, migrated_rows, live_server, _isolated_media, demo_media_cache):
    """A fresh demo site in the live server's database, for journeys that change it; returns the base URL.

    The database is emptied after the test. Journeys that only read use ``demo`` (below), which is faster.
    """
    from tests.demo_snapshot import demo_site_for_tests, forget_cached_ids

    # English and Spanish; canonical and short links point here
    demo_site_for_tests(spanish=True, public_url=live_server.url, media_cache=demo_media_cache)
    yield live_server.url
    finish_requests_in_flight(live_server.url)
    forget_cached_ids()


def finish_requests_in_flight(base_url: str) -> None:
    """Before the database is emptied: by now the browser is closed, but a request it made last (the
    admin fetches after a page loads) may still be running in the live server, holding the database
    (SQLite in memory: "database table is locked" when the test's flush comes). That server answers one
    request at a time, so once one more request is answered, none is left running."""
    with urllib.request.urlopen(base_url + "/robots.txt", timeout=60) as response:  # noqa: S310 (the live server)
        response.read()


@pytest.fixture(scope="session")
def _test_database(request, django_db_setup, django_db_blocker):
    """The test database, even when every selected test is a shared-site journey.

    pytest-django creates test databases only for tests that ask for database access, and the
    shared-site journeys do not (see below). If nothing else in this run asked, create it here:
    never touch the database named in the settings.
    """
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.fixtures import _get_databases_for_setup  # pinned pytest-django, tests only

    aliases, _ = _get_databases_for_setup(request.session.items)
    if "default" in aliases:
        yield
        return
    with django_db_blocker.unblock():
        created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def _shared_demo_server(_test_database, django_db_blocker, tmp_path_factory):
    """One demo site on its own live server, shared by every read-only journey, built once per session.

    Not pytest-django's ``live_server``: every test that uses that one empties the database afterwards.
    Tests on this site request no database fixture, so pytest-django runs them after all the tests that
    do, and nothing empties the database under them. They must not change the site. The database is
    emptied when the session ends.
    """
    from django.core.management import call_command
    from django.test import override_settings
    from pytest_django.live_server_helper import LiveServer

    from advocacy.demo.builder import build_demo_site
    from tests.helpers import restore_migrated_rows

    media = tmp_path_factory.mktemp("shared-demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        server = LiveServer("localhost")
        try:
            restore_migrated_rows()
            build_demo_site(public_url=server.url)  # English and Spanish, as `make start` builds it
            yield server.url, media
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def demo(_shared_demo_server, settings):
    """The shared demo site's base URL. Read-only: a journey that changes the site uses ``live_site``."""
    url, media = _shared_demo_server
    settings.MEDIA_ROOT = media  # after tests/conftest.py's per-test media folder, so downloads find the files
    return url


@pytest.fixture(params=["375", "1280"], ids=lambda width: f"{width}px")
def visitor(page, request):
    """The browser page at a phone width (375 px) and a desktop width (1280 px): each journey runs at both."""
    page.set_viewport_size(VIEWPORTS[request.param])
    return page


@pytest.fixture
def page(page):
    """A page that fails the test on any console error or failed request (CSP refusals included)."""
    problems = []

    def on_console(msg):
        if msg.type == "error":  # the favicon included: pages name theirs, and /favicon.ico redirects to it
            problems.append(f"console: {msg.text} ({msg.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))

    # Leaving a page cancels what it was still fetching (its stylesheet, its icon): the browser reports
    # ERR_ABORTED for those, which is not a fault of the page. Each request remembers which page asked.
    visits = {"count": 0}
    asked_on = {}

    def on_request(request):
        if request.is_navigation_request() and request.frame == page.main_frame:
            visits["count"] += 1  # leaving starts here: the old page's fetches are cancelled before the new one shows
        asked_on[request] = visits["count"]

    def on_request_failed(request):
        left = asked_on.pop(request, visits["count"]) < visits["count"]
        if request.failure == "net::ERR_ABORTED" and (
            left or urlsplit(request.url).path.endswith(("/favicon.svg", "/favicon.ico"))
        ):
            return
        problems.append(f"request failed: {request.url} ({request.failure})")

    page.on("request", on_request)
    page.on("requestfinished", lambda request: asked_on.pop(request, None))
    page.on("requestfailed", on_request_failed)
    page.on(
        "response",
        lambda res: (
            res.status >= 400
            and res.request.resource_type in ("stylesheet", "script", "image", "font", "other")
            and problems.append(f"{res.status} for {res.request.resource_type} {res.url}")
        ),
    )
    page.problems = problems
    yield page
    assert problems == [], "\n".join(problems)
