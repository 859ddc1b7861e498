"""The "check your numbers" tool as a visitor uses it: POST only, nothing kept, clear errors."""

import pytest
from django.apps import apps
from django.views.debug import SafeExceptionReporterFilter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

VALID = {
    "criteria_set": "fearon-2011",
    "units": "metric",
    "current_weight": "68.4",
    "earlier_weight": "73.5",
    "months_ago": "5",
    "height_cm": "172",
    "age": "61",
    "appetite_loss": "yes",
}


def check_url(stages_page):
    return stages_page.url + "check/"


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_valid_numbers_show_bmi_weight_loss_and_the_not_a_diagnosis_note(client, stages_page):
    response = client.post(check_url(stages_page), VALID)
    html = response.content.decode()
    assert response.status_code == 200
    assert "23.1" in html  # BMI 68.4 / 1.72²
    assert "6.9%" in html  # (73.5 - 68.4) / 73.5
    assert "This is not a diagnosis" in html
    assert "Route 1: weight loss" in html and "Met:" in html
    assert "Only a clinician can judge this" in html


def test_imperial_units_give_the_same_answer(client, stages_page):
    imperial = {
        **VALID,
        "units": "imperial",
        "current_weight": "150",
        "earlier_weight": "160",
        "height_feet": "5",
        "height_inches": "8",
    }
    imperial.pop("height_cm")
    html = client.post(check_url(stages_page), imperial).content.decode()
    assert "22.8" in html  # 68.04 kg / 1.7272 m²
    assert "6.3%" in html


def test_response_is_never_cached_and_sets_no_cookie_with_values(client, stages_page):
    response = client.post(check_url(stages_page), VALID)
    assert "no-store" in response["Cache-Control"]
    for cookie in response.cookies.values():
        assert "68.4" not in cookie.value and "73.5" not in cookie.value
    assert "sessionid" not in response.cookies


def test_a_check_writes_nothing_to_the_database(client, stages_page, no_writes):
    before = row_counts()
    with no_writes:
        client.post(check_url(stages_page), VALID)
        client.post(check_url(stages_page), {**VALID, "age": "abc"})
    assert row_counts() == before


def test_get_on_the_check_url_is_refused(client, stages_page):
    response = client.get(check_url(stages_page) + "?current_weight=68.4&age=61")
    assert response.status_code == 405
    assert b"68.4" not in response.content


def test_stages_page_ignores_values_in_the_query_string(client, stages_page):
    response = client.get(stages_page.url + "?current_weight=68.4&height_cm=172")
    assert response.status_code == 200
    assert b"68.4" not in response.content and b'value="172"' not in response.content
    assert "no-store" in response["Cache-Control"]


def test_error_reports_mask_the_numbers(rf, stages_page):
    request = rf.post(check_url(stages_page), VALID)
    stages_page.check_numbers(request)
    masked = SafeExceptionReporterFilter().get_post_parameters(request)
    for field in ("current_weight", "earlier_weight", "height_cm", "age", "months_ago", "appetite_loss"):
        assert set(masked[field]) == {"*"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("current_weight", "seventy", "Enter a number"),
        ("current_weight", "70kg", "Enter a number"),
        ("current_weight", "٧٠", "Enter a number"),  # Arabic-Indic digits
        ("current_weight", "７０", "Enter a number"),  # full-width digits
        ("current_weight", "1E+2", "Enter a number"),
        ("current_weight", "7_0", "Enter a number"),
        ("current_weight", "nan", "Enter a number"),
        ("current_weight", "-70", "Enter a number"),
        ("current_weight", "0", "between 20 and 350 kg"),
        ("current_weight", "1000", "between 20 and 350 kg"),
        ("current_weight", "", "This field is required"),
        ("height_cm", "0", "between 100 and 250 cm"),
        ("height_cm", "1.75", "Did you mean 175 cm?"),
        ("age", "-1", "Enter a number"),
        ("age", "151", "from 18 to 120"),
        ("months_ago", "0", "from 1 to 120"),
    ],
)
def test_bad_input_gets_a_clear_field_error(client, stages_page, field, value, message):
    response = client.post(check_url(stages_page), {**VALID, field: value})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'aria-invalid="true"' in html
    assert "Please check these answers" in html
    assert "Your BMI" not in html


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(sorted(VALID)), value=st.text(max_size=40))
def test_any_text_in_any_field_never_causes_a_server_error(client, stages_page, field, value):
    response = client.post(check_url(stages_page), {**VALID, field: value.replace("\x00", "")})
    assert response.status_code == 200


def test_huge_value_is_rejected_quickly(client, stages_page):
    response = client.post(check_url(stages_page), {**VALID, "current_weight": "9" * 100_000})
    assert response.status_code == 200
    assert "That is too long for a number" in response.content.decode()
