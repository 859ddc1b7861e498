"""The evaluator against the seeded sets: every published threshold, exactly on its boundary."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from staging.evaluation import Measurements, Outcome, evaluate_group, evaluate_set
from staging.units import body_mass_index, feet_inches_to_cm, pounds_to_kg, weight_loss_percent

pytestmark = pytest.mark.django_db
D = Decimal


def stage(results, slug):
    return next(r for r in results if r.slug == slug)


def outcomes(stage_result):
    return [[c.outcome for c in g.conditions] for g in stage_result.groups]


def numbers(loss="0", months=3, bmi="25", age=50, appetite=None):
    return Measurements(weight_loss_pct=D(loss), months=months, bmi=D(bmi), age=age, appetite_loss=appetite)


# Fearon 2011: cachexia route 1 is weight loss > 5% within 6 months.
@pytest.mark.parametrize(
    ("loss", "expected"), [("4.9", Outcome.NOT_MET), ("5.0", Outcome.NOT_MET), ("5.1", Outcome.MET)]
)
def test_fearon_route_1_weight_loss_over_5_percent(fearon, loss, expected):
    result = stage(evaluate_set(fearon, numbers(loss=loss)), "cachexia")
    assert result.groups[0].conditions[0].outcome is expected


@pytest.mark.parametrize(
    ("loss", "bmi", "expected"),
    [
        ("2.0", "19.9", Outcome.NOT_MET),  # exactly 2% is not "more than 2%"
        ("2.1", "19.9", Outcome.MET),
        ("2.1", "20.0", Outcome.NOT_MET),  # exactly BMI 20 is not "below 20"
    ],
)
def test_fearon_route_2_low_bmi_and_weight_loss(fearon, loss, bmi, expected):
    result = stage(evaluate_set(fearon, numbers(loss=loss, bmi=bmi)), "cachexia")
    assert result.groups[1].outcome is expected


@pytest.mark.parametrize(("loss", "expected"), [("5.0", Outcome.MET), ("5.1", Outcome.NOT_MET)])
def test_fearon_pre_cachexia_weight_loss_at_most_5_percent(fearon, loss, expected):
    result = stage(evaluate_set(fearon, numbers(loss=loss, appetite=True)), "pre-cachexia")
    assert result.groups[0].conditions[0].outcome is expected
    assert result.groups[0].conditions[1].outcome is Outcome.MET  # appetite loss, as the visitor said
    assert result.groups[0].conditions[2].outcome is Outcome.UNKNOWN  # metabolic change: clinician only
    assert result.outcome is not Outcome.MET  # never claimed: it needs a clinician


def test_fearon_window_is_six_months(fearon):
    result = stage(evaluate_set(fearon, numbers(loss="8", months=7)), "cachexia")
    route_1 = result.groups[0].conditions[0]
    assert route_1.outcome is Outcome.UNKNOWN
    assert "7 months ago" in route_1.reason and "6 months" in route_1.reason
    within = stage(evaluate_set(fearon, numbers(loss="8", months=6)), "cachexia")
    assert within.groups[0].conditions[0].outcome is Outcome.MET


def test_refractory_stage_is_never_claimed_from_numbers(fearon, society):
    for criteria_set in (fearon, society):
        extreme = numbers(loss="40", months=2, bmi="12", age=80, appetite=True)
        result = stage(evaluate_set(criteria_set, extreme), "refractory-cachexia")
        assert result.outcome is Outcome.UNKNOWN
        assert result.needs_clinician
        assert "clinician" in result.summary


@pytest.mark.parametrize(("loss", "expected"), [("4.9", Outcome.MET), ("5.0", Outcome.NOT_MET)])
def test_society_pre_cachexia_weight_loss_under_5_percent(society, loss, expected):
    result = stage(evaluate_set(society, numbers(loss=loss, appetite=True)), "pre-cachexia")
    assert result.outcome is expected


@pytest.mark.parametrize(("loss", "expected"), [("4.9", Outcome.NOT_MET), ("5.0", Outcome.MET)])
def test_society_cachexia_weight_loss_5_percent_or_more(society, loss, expected):
    result = stage(evaluate_set(society, numbers(loss=loss, bmi="15", months=12)), "cachexia")
    assert result.outcome is expected


@pytest.mark.parametrize(
    ("age", "bmi", "expected"),
    [
        (64, "19.9", Outcome.MET),
        (64, "20.0", Outcome.NOT_MET),
        (64, "21.0", Outcome.NOT_MET),  # under 65 the limit is 20
        (65, "21.9", Outcome.MET),  # 65 itself is in the "65 and over" band: limit 22
        (65, "22.0", Outcome.NOT_MET),
        (66, "21.9", Outcome.MET),
    ],
)
def test_society_cachexia_age_bands(society, age, bmi, expected):
    result = stage(evaluate_set(society, numbers(loss="6", bmi=bmi, age=age, months=10)), "cachexia")
    assert result.outcome is expected


@pytest.mark.parametrize("age", [18, 64, 65, 66, 120])
def test_every_age_falls_in_exactly_one_bmi_band(society, age):
    result = stage(evaluate_set(society, numbers(loss="6", age=age)), "cachexia")
    bmi_outcomes = [c.outcome for c in result.groups[0].conditions if "BMI" in c.text]
    assert len(bmi_outcomes) == 2
    assert bmi_outcomes.count(Outcome.NOT_APPLICABLE) == 1


def test_weight_gain_meets_no_weight_loss_rule(fearon):
    result = evaluate_set(fearon, numbers(loss="-3", appetite=True))
    weight_rules = [c for s in result for g in s.groups for c in g.conditions if c.text.startswith("Weight loss")]
    assert weight_rules and all(c.outcome is Outcome.NOT_MET for c in weight_rules)


def test_at_least_k_rule_needs_k_conditions():
    group = {
        "label": "",
        "rule": "at_least",
        "k": 2,
        "conditions": [
            {
                "metric": "bmi",
                "comparator": "lt",
                "value": D(20),
                "window_months": None,
                "age_min": None,
                "age_max": None,
            },
            {
                "metric": "weight_loss_pct",
                "comparator": "gt",
                "value": D(2),
                "window_months": None,
                "age_min": None,
                "age_max": None,
            },
            {
                "metric": "appetite_loss",
                "comparator": "is_true",
                "value": None,
                "window_months": None,
                "age_min": None,
                "age_max": None,
            },
        ],
    }
    assert evaluate_group(group, numbers(loss="3", bmi="25", appetite=False)).outcome is Outcome.NOT_MET
    assert evaluate_group(group, numbers(loss="3", bmi="25", appetite=True)).outcome is Outcome.MET
    assert evaluate_group(group, numbers(loss="3", bmi="25", appetite=None)).outcome is Outcome.UNKNOWN


def test_units():
    assert pounds_to_kg(D(100)) == D("45.359237")
    assert feet_inches_to_cm(D(5), D(10)) == D("177.80")
    assert body_mass_index(D(70), D(175)) == D("22.9")
    assert weight_loss_percent(D(80), D(76)) == D("5.0")
    assert weight_loss_percent(D(80), D(84)) == D("-5.0")


losses = st.decimals(min_value=0, max_value=60, places=1)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    low=losses,
    extra=st.decimals(min_value=0, max_value=30, places=1),
    bmi=st.decimals(min_value=12, max_value=45, places=1),
    age=st.integers(min_value=18, max_value=120),
    months=st.integers(min_value=1, max_value=24),
    appetite=st.sampled_from([True, False, None]),
)
def test_more_weight_loss_never_meets_fewer_loss_thresholds(fearon, society, low, extra, bmi, age, months, appetite):
    """Raising weight loss (everything else fixed) never un-meets a 'more than / at least' weight-loss rule,
    and never lowers the number of cachexia conditions met."""
    before = numbers(loss=low, months=months, bmi=bmi, age=age, appetite=appetite)
    after = numbers(loss=low + extra, months=months, bmi=bmi, age=age, appetite=appetite)
    for criteria_set in (fearon, society):
        for stage_before, stage_after in zip(
            evaluate_set(criteria_set, before), evaluate_set(criteria_set, after), strict=True
        ):
            for group_before, group_after in zip(stage_before.groups, stage_after.groups, strict=True):
                for c_before, c_after in zip(group_before.conditions, group_after.conditions, strict=True):
                    if c_before.text.startswith("Weight loss: more than") or c_before.text.startswith(
                        "Weight loss: at least"
                    ):
                        assert not (c_before.outcome is Outcome.MET and c_after.outcome is not Outcome.MET)
            if stage_before.slug == "cachexia":
                met = lambda s: sum(c.outcome is Outcome.MET for g in s.groups for c in g.conditions)  # noqa: E731
                assert met(stage_after) >= met(stage_before)
