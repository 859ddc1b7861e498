"""The "check your numbers" tool as a visitor uses it: results and clear errors (what it must not keep:
test_checker_privacy.py)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import CHECKER_VALID

pytestmark = pytest.mark.django_db

VALID = CHECKER_VALID


def check_url(stages_page):
    return stages_page.url + "check/"


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
        ("current_weight", "", "Enter your weight now."),
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
def test_any_text_in_any_field_never_causes_a_server_error(client, stages_page, generous_rate_limit, field, value):
    response = client.post(check_url(stages_page), {**VALID, field: value.replace("\x00", "")})
    assert response.status_code == 200


def test_huge_value_is_rejected_quickly(client, stages_page):
    response = client.post(check_url(stages_page), {**VALID, "current_weight": "9" * 100_000})
    assert response.status_code == 200
    assert "That is too long for a number" in response.content.decode()


def test_errors_come_back_on_the_checker_page_with_the_summary_first(client, stages_page):
    """GOV.UK error summary: title starts "Error:", the summary leads the page and is focused on load
    (autofocus, no script), and each item links to the field to fix."""
    bad = {**VALID, "current_weight": "seventy", "appetite_loss": "", "months_ago": "0"}
    response = client.post(check_url(stages_page), bad)
    html = response.content.decode()
    assert "<title>Error: Check your numbers | Cancer Cachexia Society</title>" in html
    main = html.split('<main id="main"', 1)[1]
    assert main.index('class="error-summary"') < main.index("<h1>Check your numbers</h1>") < main.index("<form")
    summary = main.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert 'tabindex="-1" autofocus' in summary
    assert '<a href="#id_current_weight">Your weight now: Enter a number.' in summary
    assert '<a href="#id_appetite_loss_0">Choose yes, no or not sure.</a>' in summary  # names its field itself
    assert "How many months ago was that earlier weight? Enter a number from 1 to 120 months." in summary
    assert 'id="id_current_weight"' in main and 'id="id_appetite_loss_0"' in main
    assert 'value="seventy"' in main  # what was typed stays, to be corrected
    assert "<script" not in html


def test_numbers_between_the_stages_get_a_plain_explanation(client, stages_page):
    between = {**VALID, "criteria_set": "society-wording", "current_weight": "70", "earlier_weight": "75"}
    between.update(height_cm="160", age="50", appetite_loss="yes")  # 6.7% lost, BMI 27.3: neither stage
    html = client.post(check_url(stages_page), between).content.decode()
    assert "Your numbers do not match any one stage" in html
    assert "numbers can fall between two stages" in html
    matched = client.post(check_url(stages_page), VALID).content.decode()  # Fearon route 1: 6.9% in 5 months
    assert "Your numbers do not match any one stage" not in matched
