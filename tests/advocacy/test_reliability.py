"""The site when the database is down, and the health endpoint (catalogue 4.3, 4.4 and table G1, G2).

The end-to-end tests start a real gunicorn whose DATABASE_URL points at a PostgreSQL port that
refuses connections, and talk to it over HTTP: no mocks between the browser's view and the 503.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.template.loader import render_to_string
from django.test import Client

from tests.servers import gunicorn, project_env

BASE_DIR = Path(__file__).resolve().parents[2]
FRIENDLY_503 = "This site is busy or down for a moment"


def fetch(url: str, timeout: float = 15) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"Accept": "text/html"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def assert_friendly_503(status, headers, body):
    assert status == 503, body[:500]
    assert FRIENDLY_503 in body
    assert "Traceback" not in body
    assert "OperationalError" not in body
    assert "127.0.0.1" not in body
    assert headers["Retry-After"] == "60"
    assert "no-store" in headers["Cache-Control"]
    assert "Content-Security-Policy" in headers


@pytest.fixture(scope="module")
def server_without_database(tmp_path_factory):
    """gunicorn with the project's settings and a PostgreSQL URL whose port refuses connections."""
    with socket.socket() as refused:  # bound, never listening: connections to it are refused at once
        refused.bind(("127.0.0.1", 0))
        refused_port = refused.getsockname()[1]
        assert socket.socket().connect_ex(("127.0.0.1", refused_port)) != 0
        log = tmp_path_factory.mktemp("gunicorn") / "server.log"
        env = project_env(
            DATABASE_URL=f"postgres://postgres@127.0.0.1:{refused_port}/cachexia_unreachable",
            MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        )
        with gunicorn(env, log) as base_url:
            yield base_url, log


@pytest.mark.parametrize(
    "path", ["/", "/our-mission/", "/materials/", "/about-cachexia/stages/", "/search/?q=weight", "/admin/login/"]
)
def test_public_pages_answer_a_friendly_503_when_postgres_refuses(server_without_database, path):
    base_url, _log = server_without_database
    started = time.monotonic()
    assert_friendly_503(*fetch(base_url + path))
    assert time.monotonic() - started < 10  # fails fast, no hanging worker


def test_static_files_still_load_when_postgres_refuses(server_without_database):
    base_url, _log = server_without_database
    status, headers, body = fetch(base_url + "/static/css/site.css")
    assert status == 200
    assert headers["Content-Type"].startswith("text/css")


def test_health_endpoint_names_the_failing_database(server_without_database):
    base_url, log = server_without_database
    status, headers, body = fetch(base_url + "/health/")
    assert status == 500, body
    assert "Database(alias='default'): failing" in body
    assert "Traceback" not in body
    assert "127.0.0.1" not in body  # the error text (database host) stays in the server log
    assert "no-store" in headers["Cache-Control"]
    status, _headers, body = fetch(base_url + "/health/?format=json")
    assert status == 500
    assert json.loads(body)["Database(alias='default')"].startswith("failing")
    assert "Health check Database(alias='default') failed" in log.read_text()


# --- In-process ----------------------------------------------------------------------------------


def test_health_endpoint_is_ok_with_a_working_database(db, client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Database(alias='default'): OK" in body
    assert "Cache" in body
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"].startswith("text/plain")
    as_json = client.get("/health/?format=json")
    assert as_json.status_code == 200
    assert set(as_json.json().values()) == {"OK"}


@pytest.fixture
def database_down():
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
        side_effect=OperationalError("could not connect to server at 10.1.2.3"),
    ):
        yield


def test_database_error_anywhere_in_the_stack_gives_the_503(home_page, database_down):
    client = Client(raise_request_exception=False)
    response = client.get("/", secure=True)
    headers = {k: v for k, v in response.items()}
    assert_friendly_503(response.status_code, headers, response.content.decode())
    assert "10.1.2.3" not in response.content.decode()
    assert "Strict-Transport-Security" in response  # the headers of the page Django built are kept


def test_other_errors_stay_a_friendly_500(home_page):
    client = Client(raise_request_exception=False)
    with mock.patch("advocacy.views.Paginator", side_effect=ValueError("not the database")):
        response = client.get("/search/?q=weight")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Sorry, something went wrong" in body
    assert "Traceback" not in body and "not the database" not in body  # nothing of the error is shown
    assert "Retry-After" not in response


@pytest.mark.parametrize(
    ("template", "title"),
    [
        ("400.html", "Sorry, we could not understand that request"),
        ("403.html", "You cannot open this page"),
        ("500.html", "Sorry, something went wrong"),
        ("503.html", FRIENDLY_503),
        ("403_csrf.html", "Please reload the page"),
        ("axes_lockout.html", "Too many sign-in attempts"),
    ],
)
def test_error_pages_render_without_the_database(template, title, database_down):
    """No connection can be opened, and any query that still ran would fail the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"{template} touched the database")

    with connection.execute_wrapper(refuse):
        html = render_to_string(template)
    assert f"<h1>{title}</h1>" in html


def test_postgres_connections_fail_fast():
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['OPTIONS']['connect_timeout'], d['CONN_HEALTH_CHECKS'])"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "advocacy.settings.test",
            "DATABASE_URL": "postgres://u@db.example/x",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    timeout, health_checks = result.stdout.split()
    assert int(timeout) <= 5
    assert health_checks == "True"
