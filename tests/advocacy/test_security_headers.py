"""Security headers, cookies, the admin's own CSP and the production settings (catalogue 2.2 and table D).

The test settings are the production settings minus the HTTPS redirect (the test client speaks
plain HTTP unless asked); ``test_test_settings_keep_production_security`` proves the two agree
on every other security setting, so what these tests see is what production sends.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parents[2]
SIX_MONTHS = 15_768_000
SECURITY_SETTINGS = [
    "DEBUG",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_PROXY_SSL_HEADER",
    "CROSS_ORIGIN_RESOURCE_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "PERMISSIONS_POLICY",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "MIDDLEWARE",
    "AUTHENTICATION_BACKENDS",
    "AXES_FAILURE_LIMIT",
    "AXES_LOCKOUT_PARAMETERS",
    "AXES_RESET_ON_SUCCESS",
    "WAGTAIL_GRAVATAR_PROVIDER_URL",
]


def parse_csp(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def run_with_production_settings(code: str, **env_overrides) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "advocacy.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": "sqlite:////tmp/cachexia-production-settings-test.sqlite3",
        **env_overrides,
    }
    env = {k: v for k, v in env.items() if v is not None}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def public_response(home_page, client):
    return client.get("/", secure=True)


# --- Public pages ---------------------------------------------------------------------------


def test_public_page_sends_hsts_for_at_least_six_months_with_preload(public_response):
    assert public_response.status_code == 200
    hsts = public_response["Strict-Transport-Security"]
    parts = [p.strip() for p in hsts.split(";")]
    max_age = int(parts[0].removeprefix("max-age="))
    assert max_age >= SIX_MONTHS
    assert "includeSubDomains" in parts
    assert "preload" in parts


def test_public_csp_is_strict(public_response):
    csp = parse_csp(public_response["Content-Security-Policy"])
    everything = " ".join(v for values in csp.values() for v in values)
    assert "'unsafe-inline'" not in everything
    assert "'unsafe-eval'" not in everything
    assert "*" not in everything.split()
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["connect-src"] == ["'self'"]
    assert "http:" not in csp["img-src"] and "https:" not in csp["img-src"]


def test_public_page_sends_the_other_security_headers(public_response):
    assert public_response["Referrer-Policy"] == "same-origin"
    assert public_response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert public_response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert public_response["X-Content-Type-Options"] == "nosniff"
    assert public_response["X-Frame-Options"] == "DENY"
    permissions = dict(
        item.strip().split("=", 1) for item in public_response["Permissions-Policy"].split(",") if item.strip()
    )
    for feature in ("camera", "geolocation", "microphone", "payment", "usb"):
        assert permissions[feature] == "()", feature


def test_plain_http_is_redirected_to_https_in_production(home_page, client, settings):
    settings.SECURE_SSL_REDIRECT = True  # production's value (see the next test)
    response = client.get("/about/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/about/?x=1"


def test_headers_also_on_static_files_and_error_pages(home_page, client):
    not_found = client.get("/no-such-page/", secure=True)
    assert not_found.status_code == 404
    assert "'unsafe-inline'" not in not_found["Content-Security-Policy"]
    assert not_found["Cross-Origin-Resource-Policy"] == "same-origin"
    css = client.get("/static/css/site.css", secure=True)
    assert css.status_code == 200
    assert css["X-Content-Type-Options"] == "nosniff"
    assert "Strict-Transport-Security" in css


def test_csrf_cookie_is_secure_and_samesite(demo_site, client):
    from staging.models import StagesPage

    response = client.get(StagesPage.objects.get().url + "check-your-numbers/", secure=True)  # the form's page
    assert response.status_code == 200
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"


def test_session_cookie_after_admin_login_is_secure_httponly_samesite(superuser, client):
    response = client.post(
        "/admin/login/", {"username": "boss", "password": "a-long-test-password"}, secure=True, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


# --- Admin ------------------------------------------------------------------------------------


def test_admin_gets_its_own_csp_that_keeps_everything_on_site(db, client):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    csp = parse_csp(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    # The preview panel is a same-origin iframe; nobody else may frame the admin.
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["frame-src"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    for name, values in csp.items():
        for value in values:
            assert value in {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}, (name, value)
    assert "'unsafe-eval'" not in csp["script-src"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "Strict-Transport-Security" in response


def test_every_path_gets_a_csp(client, home_page):
    """The public policy's excluded prefixes are exactly where the admin policy applies."""
    for path in settings.CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"]:
        response = client.get(path, secure=True)
        assert "Content-Security-Policy" in response, path


# --- Production settings ------------------------------------------------------------------------


def test_test_settings_keep_production_security():
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {SECURITY_SETTINGS!r}}}, default=str))"
    )
    result = run_with_production_settings(code)
    assert result.returncode == 0, result.stderr
    production = json.loads(result.stdout)
    here = json.loads(json.dumps({n: getattr(settings, n, None) for n in SECURITY_SETTINGS}, default=str))
    assert here == production
    redirect = run_with_production_settings("from django.conf import settings; print(settings.SECURE_SSL_REDIRECT)")
    assert redirect.stdout.strip() == "True"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_settings_refuse_to_start_without(missing):
    result = run_with_production_settings("import django; django.setup()", **{missing: None})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{missing} must be set" in result.stderr
