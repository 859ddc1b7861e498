"""Thresholds in words: the same condition, described again, follows the language of each request."""

from decimal import Decimal

from django.utils.translation import override

from staging.wording import describe_condition

BMI_UNDER = {"metric": "bmi", "comparator": "lt", "value": Decimal("18.5"), "window_months": None}


def test_a_condition_is_described_afresh_in_each_language():
    with override("en"):
        english = describe_condition(BMI_UNDER)
    with override("es"):
        spanish = describe_condition(BMI_UNDER)
    with override("en"):
        again = describe_condition(BMI_UNDER)
    assert english == again == "Body mass index (BMI): less than 18.5 kg/m²"
    assert "18,5" in spanish and "less than" not in spanish


def test_each_field_of_a_condition_changes_its_words():
    with override("en"):
        assert describe_condition(BMI_UNDER) != describe_condition({**BMI_UNDER, "value": Decimal("20")})
        assert describe_condition({**BMI_UNDER, "age_min": 65}) == (
            "Body mass index (BMI): less than 18.5 kg/m² (for people aged 65 and over)"
        )
