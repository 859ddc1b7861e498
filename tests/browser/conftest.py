"""Browser tests: Debian's Chromium, driven by pytest-playwright, against pytest-django's live server.

Every test here is marked ``browser``. Run just these with ``pytest -m browser`` (or ``tests/browser``).
"""

import os

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
def live_site(transactional_db, migrated_rows, live_server):
    """The demo site in the live server's database; returns the live server's base URL."""
    from advocacy.demo.builder import build_demo_site

    build_demo_site()
    return live_server.url


@pytest.fixture
def page(page):
    """A page that fails the test on any console error or failed request (CSP refusals included)."""
    problems = []

    def on_console(msg):
        # Browsers ask for /favicon.ico on their own; everything else must load.
        if msg.type == "error" and not msg.location.get("url", "").endswith("/favicon.ico"):
            problems.append(f"console: {msg.text} ({msg.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "requestfailed",
        lambda req: problems.append(f"request failed: {req.url} ({req.failure})"),
    )
    page.on(
        "response",
        lambda res: (
            res.status >= 400
            and res.request.resource_type in ("stylesheet", "script", "image", "font")
            and problems.append(f"{res.status} for {res.request.resource_type} {res.url}")
        ),
    )
    page.problems = problems
    yield page
    assert problems == [], "\n".join(problems)
