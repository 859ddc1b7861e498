"""Brute-force protection for the Wagtail admin login (django-axes; catalogue 2.3, table C1 and C2)."""

import pytest
from django.conf import settings

LOGIN = "/admin/login/"
PASSWORD = "a-long-test-password"
ATTACKER_IP = "203.0.113.7"


@pytest.fixture(autouse=True)
def _clean_axes(db):
    from axes.utils import reset

    reset()
    yield
    reset()


@pytest.fixture
def users(django_user_model):
    django_user_model.objects.create_superuser("boss", "boss@example.org", PASSWORD)
    django_user_model.objects.create_superuser("other", "other@example.org", PASSWORD)


def login(client, username, password, ip=ATTACKER_IP, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, secure=True, **extra)


def fail(client, username, times, ip=ATTACKER_IP, **extra):
    return [login(client, username, "wrong-password", ip, **extra) for _ in range(times)]


def assert_locked_out(response):
    assert response.status_code in (403, 429)
    assert "Too many sign-in attempts" in response.content.decode()
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def assert_logged_in(response):
    assert response.status_code == 302, response.content.decode()[:500]
    assert response.cookies[settings.SESSION_COOKIE_NAME].value


def test_failures_below_the_limit_show_the_login_form_again(users, client):
    for response in fail(client, "boss", settings.AXES_FAILURE_LIMIT - 1):
        assert response.status_code == 200
        assert "Too many sign-in attempts" not in response.content.decode()


def test_limit_reached_locks_out_even_the_right_password(users, client):
    *_, last = fail(client, "boss", settings.AXES_FAILURE_LIMIT)
    assert_locked_out(last)
    assert_locked_out(login(client, "boss", PASSWORD))
    # Nobody is logged in: the admin still asks for a login.
    assert client.get("/admin/", secure=True).status_code == 302


def test_lockout_does_not_touch_other_users_or_other_addresses(users, client):
    fail(client, "boss", settings.AXES_FAILURE_LIMIT)
    assert_logged_in(login(client, "other", PASSWORD))
    client.logout()
    # Same user from another address (another hospital network): not locked.
    assert_logged_in(login(client, "boss", PASSWORD, ip="198.51.100.20"))


def test_rotating_x_forwarded_for_does_not_escape_the_lockout(users, client):
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, "boss", "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert_locked_out(login(client, "boss", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200"))


def test_success_resets_the_failure_count(users, client):
    fail(client, "boss", settings.AXES_FAILURE_LIMIT - 1)
    assert_logged_in(login(client, "boss", PASSWORD))
    client.logout()
    responses = fail(client, "boss", settings.AXES_FAILURE_LIMIT - 1)
    assert all(r.status_code == 200 for r in responses)
    assert_logged_in(login(client, "boss", PASSWORD))
