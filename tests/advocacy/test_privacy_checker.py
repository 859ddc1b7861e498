"""Privacy of the "check your numbers" tool (catalogue section 5, table E11 to E13).

The numbers are health data: computed, shown, forgotten. Nothing may keep them: no row, no
cookie, no cache, no log line, no error report.
"""

import logging
from unittest import mock

import pytest
from django.apps import apps
from django.core import mail
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

# Values nobody would type by accident, so finding one anywhere means it leaked.
VALUES = {
    "current_weight": "68.37",
    "earlier_weight": "73.91",
    "months_ago": "7",
    "height_cm": "171.3",
    "age": "63",
}
FORM = {"criteria_set": "fearon-2011", "units": "metric", "appetite_loss": "yes", **VALUES}
LEAKY = [v for k, v in VALUES.items() if len(v) > 2]  # "7" and "63" are too common to search for


@pytest.fixture
def check_url(demo_site):
    from staging.models import StagesPage

    page = StagesPage.objects.get()
    assert page.url == "/about-cachexia/stages/"
    return page.url + "check/"


def assert_no_values(text: str, where: str):
    for value in LEAKY:
        assert value not in text, f"{value} found in {where}"


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_a_check_writes_nothing_anywhere(client, check_url):
    before = row_counts()
    with CaptureQueriesContext(connections["default"]) as queries:
        valid = client.post(check_url, FORM)
        invalid = client.post(check_url, {**FORM, "age": "sixty"})
    assert valid.status_code == invalid.status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    for query in queries:
        assert_no_values(query["sql"], "an SQL query")
    assert row_counts() == before
    assert mail.outbox == []


@pytest.mark.parametrize("valid", [True, False], ids=["result", "form-errors"])
def test_responses_are_no_store_and_set_no_cookie_with_the_values(client, check_url, valid):
    response = client.post(check_url, FORM if valid else {**FORM, "height_cm": "abc"})
    assert response.status_code == 200
    assert ("Your BMI" if valid else "Please check these answers") in response.content.decode()
    cache_control = [d.strip() for d in response["Cache-Control"].split(",")]
    assert "no-store" in cache_control and "private" in cache_control
    assert set(response.cookies) <= {"csrftoken"}
    for cookie in response.cookies.values():
        assert_no_values(cookie.OutputString(), "a cookie")
    assert_no_values(str(dict(response.headers)), "the response headers")


def test_form_asks_browsers_not_to_remember_the_values(client, check_url):
    html = client.get(check_url.removesuffix("check/")).content.decode()
    assert 'method="post"' in html
    for name in VALUES:
        tag = html[html.index(f'name="{name}"') :].split(">", 1)[0]
        assert 'autocomplete="off"' in tag, name


@pytest.mark.parametrize("method", ["get", "head", "put", "delete"])
def test_check_endpoint_rejects_everything_but_post_with_405(client, check_url, method):
    query = "&".join(f"{k}={v}" for k, v in FORM.items())
    response = getattr(client, method)(f"{check_url}?{query}")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert_no_values(response.content.decode(), "the 405 response")


def test_values_in_a_query_string_are_never_echoed(client, check_url):
    query = "&".join(f"{k}={v}" for k, v in FORM.items())
    response = client.get(f"{check_url.removesuffix('check/')}?{query}")
    assert response.status_code == 200
    assert_no_values(response.content.decode(), "the stages page")


def test_nothing_is_logged_with_the_values(client, check_url, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(check_url, FORM)
        client.post(check_url, {**FORM, "current_weight": "9999"})
    assert_no_values(caplog.text, "the logs")


def test_error_report_email_masks_the_values(check_url, settings):
    """A crash inside the checker mails the admins a report: the numbers must be starred out."""
    settings.ADMINS = [("Site admin", "admin@example.org")]
    client = Client(raise_request_exception=False)
    with mock.patch("staging.evaluation.evaluate_set", side_effect=RuntimeError("checker crashed")):
        response = client.post(check_url, FORM)
    assert response.status_code == 500
    assert "checker crashed" not in response.content.decode()
    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    text = report.body + "".join(str(content) for _name, content, _type in report.attachments)
    assert "checker crashed" in text
    assert "current_weight" in text and "********" in text
    assert_no_values(text, "the error report email")
