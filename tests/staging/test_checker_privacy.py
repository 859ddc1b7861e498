"""Privacy of the "check your numbers" tool (catalogue section 5, table E11 to E13).

The numbers are health data: computed, shown, forgotten. Nothing may keep them: no row, no
cookie, no cache, no log line, no error report.
"""

import logging
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.views.debug import SafeExceptionReporterFilter

from tests.helpers import row_counts

pytestmark = pytest.mark.django_db

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
def check_url(stages_page):
    return stages_page.url + "check/"


def assert_no_values(text: str, where: str):
    for value in LEAKY:
        assert value not in text, f"{value} found in {where}"


def test_a_check_writes_nothing_anywhere(client, check_url, no_writes):
    before = row_counts()
    with no_writes:
        valid = client.post(check_url, FORM)
        invalid = client.post(check_url, {**FORM, "age": "sixty"})
    assert valid.status_code == invalid.status_code == 200
    assert "Your BMI" in valid.content.decode() and "Please check these answers" in invalid.content.decode()
    for query in no_writes.captured_queries:
        assert_no_values(query["sql"], "an SQL query")
    assert row_counts() == before
    assert mail.outbox == []


@pytest.mark.parametrize("valid", [True, False], ids=["result", "form-errors"])
def test_responses_are_no_store_and_set_no_cookie_with_the_values(client, check_url, valid):
    client.get(check_url.removesuffix("check/"))  # the visitor reads the stages page first
    response = client.post(check_url, FORM if valid else {**FORM, "height_cm": "abc"})
    assert response.status_code == 200
    assert ("Your BMI" if valid else "Please check these answers") in response.content.decode()
    cache_control = [d.strip() for d in response["Cache-Control"].split(",")]
    assert "no-store" in cache_control and "private" in cache_control
    assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    assert settings.SESSION_COOKIE_NAME not in client.cookies  # no session, on the page or from the check
    for cookie in response.cookies.values():
        assert_no_values(cookie.OutputString(), "a cookie")
    assert_no_values(str(dict(response.headers)), "the response headers")


def test_the_form_is_never_cached_and_asks_browsers_not_to_remember_the_values(client, stages_page):
    response = client.get(stages_page.url + "check-your-numbers/")
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert 'method="post"' in html and 'name="csrfmiddlewaretoken"' in html
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


@pytest.mark.parametrize("route", ["", "check-your-numbers/"])
def test_values_in_a_query_string_are_never_echoed(client, stages_page, route):
    query = "&".join(f"{k}={v}" for k, v in FORM.items())
    response = client.get(f"{stages_page.url}{route}?{query}")
    assert response.status_code == 200
    assert_no_values(response.content.decode(), "the stages page")


def test_nothing_is_logged_with_the_values(client, check_url, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(check_url, FORM)
        client.post(check_url, {**FORM, "current_weight": "9999"})
    assert_no_values(caplog.text, "the logs")


def test_error_reports_mask_every_number(rf, stages_page, check_url):
    request = rf.post(check_url, FORM)
    stages_page.check_numbers(request)
    masked = SafeExceptionReporterFilter().get_post_parameters(request)
    for field in ("current_weight", "earlier_weight", "height_cm", "age", "months_ago", "appetite_loss"):
        assert set(masked[field]) == {"*"}, field


def test_error_report_email_masks_the_values(check_url, settings):
    """A crash inside the checker mails the admins a report: the numbers must be starred out."""
    settings.ADMINS = [("Site admin", "admin@example.org")]
    client = Client(raise_request_exception=False)
    with mock.patch("staging.models.pages.evaluate_set", side_effect=RuntimeError("checker crashed")):
        response = client.post(check_url, FORM)
    assert response.status_code == 500
    assert "checker crashed" not in response.content.decode()
    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    text = report.body + "".join(str(content) for _name, content, _type in report.attachments)
    assert "checker crashed" in text
    assert "current_weight" in text and "********" in text
    assert_no_values(text, "the error report email")
