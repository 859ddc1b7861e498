"""The public forms that take a password are limited per address (advocacy/password_forms.py).

The sign-in forms share one limit per address, whatever the username (django-axes locks one
username at one address); the shared-password forms are off while shared passwords are off.
"""

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import SectionIndexPageFactory

PASSWORD = "a-long-test-password"
SIGN_IN_FORMS = ["/admin/login/", "/_util/login/", "/es/_util/login/"]


@pytest.fixture(autouse=True)
def _clean(db):
    from axes.utils import reset

    reset()
    cache.clear()
    yield
    reset()
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, url, username, password, address, **extra):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address, secure=True, **extra)


def assert_refused(response):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 900
    assert "no-store" in response["Cache-Control"]
    assert "429.html" in [template.name for template in response.templates]  # the friendly page, in its language
    assert django_settings.SESSION_COOKIE_NAME not in response.cookies


def test_one_address_trying_many_usernames_is_stopped_on_every_sign_in_form(client, settings, editor):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign_in": (3, 900)}
    address = "198.51.100.60"
    for n in range(3):  # a different username each time: the lockout per username never starts
        response = sign_in(client, "/admin/login/", f"guess-{n}", "wrong-password", address)
        assert response.status_code == 200, n
        assert "Too many sign-in attempts" not in response.content.decode()
    assert_refused(sign_in(client, "/admin/login/", "editor", PASSWORD, address))  # even the right password
    for url in SIGN_IN_FORMS[1:]:  # the private pages' sign-in form counts against the same limit
        assert_refused(sign_in(client, url, "editor", PASSWORD, address))
    assert client.get("/admin/login/", REMOTE_ADDR=address, secure=True).status_code == 200  # the form itself

    other = sign_in(client, "/admin/login/", "editor", PASSWORD, "198.51.100.61")  # another visitor
    assert other.status_code == 302
    assert other.cookies[django_settings.SESSION_COOKIE_NAME].value


def test_behind_a_trusted_proxy_the_sign_in_limit_counts_each_forwarded_client(client, settings, editor):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign_in": (2, 900)}
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    settings.AXES_IPWARE_PROXY_COUNT = 1
    proxy = "10.0.0.5"
    for n in range(2):
        sign_in(client, "/_util/login/", f"guess-{n}", "wrong", proxy, HTTP_X_FORWARDED_FOR="203.0.113.10, 10.0.0.5")
    assert_refused(sign_in(client, "/_util/login/", "x", "y", proxy, HTTP_X_FORWARDED_FOR="203.0.113.10, 10.0.0.5"))
    other = sign_in(client, "/_util/login/", "x", "y", proxy, HTTP_X_FORWARDED_FOR="203.0.113.11, 10.0.0.5")
    assert other.status_code == 200


@pytest.fixture
def shared_passwords(home_page):
    """A private section and a private collection, each with a shared password (made as an import could)."""
    section = SectionIndexPageFactory(parent=home_page)
    page_restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    collection = Collection.get_first_root_node().add_child(name="Private leaflets")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="open-sesame"
    )
    return {
        "page": f"/_util/authenticate_with_password/{page_restriction.pk}/{section.pk}/",
        "Spanish page": f"/es/_util/authenticate_with_password/{page_restriction.pk}/{section.pk}/",
        "document": f"/documents/authenticate_with_password/{collection_restriction.pk}/",
    }


def test_shared_password_forms_are_not_there_while_shared_passwords_are_off(client, shared_passwords):
    assert django_settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert django_settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    for name, url in shared_passwords.items():
        assert client.get(url).status_code == 404, name
        response = client.post(url, {"password": "open-sesame", "return_url": "/"})
        assert response.status_code == 404, name
        assert django_settings.SESSION_COOKIE_NAME not in response.cookies


def test_turned_on_the_shared_password_forms_are_limited_per_address(client, settings, shared_passwords):
    settings.WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": True}
    settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": True}
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "shared_password": (2, 600)}
    for name in ("page", "document"):
        cache.clear()
        url = shared_passwords[name]
        for _ in range(2):
            assert (
                client.post(url, {"password": "guess", "return_url": "/"}, REMOTE_ADDR="198.51.100.70").status_code
                == 200
            )
        refused = client.post(url, {"password": "open-sesame", "return_url": "/"}, REMOTE_ADDR="198.51.100.70")
        assert refused.status_code == 429, name
        assert int(refused["Retry-After"]) > 0
        right = client.post(url, {"password": "open-sesame", "return_url": "/"}, REMOTE_ADDR="198.51.100.71")
        assert right.status_code == 302, name
