"""Public POSTs are limited per client address (catalogue E17), counted in the shared cache."""

import pytest
from django.core.cache import cache

from tests.factories import StagesPageFactory
from tests.helpers import CHECKER_VALID


@pytest.fixture
def check_url(home_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check_numbers": (3, 600)}
    cache.clear()
    yield StagesPageFactory(parent=home_page).url + "check/"
    cache.clear()


def post(client, url, address, **extra):
    return client.post(url, CHECKER_VALID, REMOTE_ADDR=address, **extra)


def test_over_the_limit_a_visitor_gets_a_friendly_429_and_others_are_unaffected(client, check_url):
    for _ in range(3):
        assert post(client, check_url, "198.51.100.1").status_code == 200
    refused = post(client, check_url, "198.51.100.1")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 600
    assert "no-store" in refused["Cache-Control"]
    html = refused.content.decode()
    assert "Please wait a moment" in html
    main = html.split("<main", 1)[1]
    assert CHECKER_VALID["current_weight"] not in main and CHECKER_VALID["earlier_weight"] not in main  # no echo

    other = post(client, check_url, "198.51.100.2")
    assert other.status_code == 200
    assert "Your numbers" in other.content.decode()


def test_a_forged_forwarded_address_does_not_reset_the_limit(client, check_url):
    """Like the login lockout: without a trusted proxy configured, X-Forwarded-For is ignored."""
    for n in range(3):
        post(client, check_url, "198.51.100.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert post(client, check_url, "198.51.100.9", HTTP_X_FORWARDED_FOR="192.0.2.77").status_code == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(client, check_url, settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    settings.AXES_IPWARE_PROXY_COUNT = 1
    proxy = "10.0.0.5"
    for _ in range(3):
        post(client, check_url, proxy, HTTP_X_FORWARDED_FOR="203.0.113.10, 10.0.0.5")
    assert post(client, check_url, proxy, HTTP_X_FORWARDED_FOR="203.0.113.10, 10.0.0.5").status_code == 429
    assert post(client, check_url, proxy, HTTP_X_FORWARDED_FOR="203.0.113.11, 10.0.0.5").status_code == 200


def stored_keys() -> list[str]:
    """Every key in the test cache: local memory's dict, or this run's keys on Redis."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client(None)
        return [key.decode() for key in client.scan_iter(match=f"{backend.key_prefix}:*")]
    return [str(key) for key in backend._cache]


def test_the_cache_keeps_no_address(client, check_url):
    post(client, check_url, "198.51.100.33")
    keys = [key for key in stored_keys() if "rate-limit:check_numbers" in key]
    assert len(keys) == 1, "the limit should be counted in the cache"
    assert "198.51.100.33" not in keys[0]


def test_the_admins_password_reset_form_is_limited_too(client, settings, django_user_model):
    """It sends email to whoever is named: without a limit, a way to flood an editor's inbox."""
    from django.core import mail

    django_user_model.objects.create_user("editor", "editor@example.org", "a-long-test-password")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password_reset": (2, 3600)}
    url = "/admin/password_reset/"
    assert client.get(url, REMOTE_ADDR="198.51.100.50").status_code == 200  # showing the form costs nothing
    for _ in range(2):
        response = client.post(url, {"email": "editor@example.org"}, REMOTE_ADDR="198.51.100.50")
        assert response.status_code == 302
    refused = client.post(url, {"email": "editor@example.org"}, REMOTE_ADDR="198.51.100.50")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert len(mail.outbox) == 2
    assert client.post(url, {"email": "editor@example.org"}, REMOTE_ADDR="198.51.100.51").status_code == 302


def test_on_redis_each_counted_post_is_one_round_trip(client, check_url, redis_cache, monkeypatch):
    """advocacy/cache_backend.py counts a hit in one transaction, where add then incr took three trips."""
    import redis

    trips = []
    execute = redis.Redis.execute_command
    run_pipeline = redis.client.Pipeline.execute

    def command(self, *args, **kwargs):
        if "rate-limit" in str(args[1:2]):
            trips.append(args[0])
        return execute(self, *args, **kwargs)

    def pipeline(self, *args, **kwargs):
        if any("rate-limit" in str(command_args[1:2]) for command_args, _options in self.command_stack):
            trips.append("pipeline")
        return run_pipeline(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", command)
    monkeypatch.setattr(redis.client.Pipeline, "execute", pipeline)
    for _ in range(3):
        assert post(client, check_url, "198.51.100.70").status_code == 200
    assert trips == ["pipeline"] * 3, trips
    assert post(client, check_url, "198.51.100.70").status_code == 429
    assert post(client, check_url, "198.51.100.71").status_code == 200


def test_a_limit_window_ends_on_redis(client, check_url, redis_cache):
    from django.core.cache import caches

    backend = caches["default"]
    assert backend.count_in_window("window-test", timeout=1) == 1
    assert backend.count_in_window("window-test", timeout=1) == 2
    client_ = backend._cache.get_client(None)
    assert 0 < client_.ttl(backend.make_and_validate_key("window-test")) <= 1
    client_.delete(backend.make_and_validate_key("window-test"))  # as if the window had ended
    assert backend.count_in_window("window-test", timeout=1) == 1


def test_when_redis_stops_answering_the_checker_still_answers(client, check_url, redis_not_answering, caplog):
    response = post(client, check_url, "198.51.100.80")
    assert response.status_code == 200 and "Your numbers" in response.content.decode()
    assert "Redis unavailable during count_in_window" in caplog.text
