"""Rule groups and conditions, edited inline on each stage as a StreamField."""

import itertools
from decimal import Decimal

from django.core.exceptions import ValidationError
from wagtail import blocks

from .metrics import METRIC_CHOICES, METRICS
from .vocabulary import COMPARATOR_CHOICES, COMPARATORS, RULE_CHOICES, VERIFICATION_CHOICES


def _condition(metric, comparator, value, quote):
    return {
        "metric": metric,
        "comparator": comparator,
        "value": Decimal(value),
        "window_months": None,
        "age_min": None,
        "age_max": None,
        "verification": "V",
        "source_quote": quote,
    }


# What the editor's block previews show: a rule group of the Fearon 2011 set (staging/seed.py).
ROUTE_2 = {
    "label": "Route 2: low BMI and weight loss",
    "rule": "all",
    "k": None,
    "conditions": [
        _condition("bmi", "lt", "20", "BMI <20"),
        _condition("weight_loss_pct", "gt", "2", "weight loss >2%"),
    ],
}


class ConditionBlock(blocks.StructBlock):
    metric = blocks.ChoiceBlock(choices=METRIC_CHOICES)
    comparator = blocks.ChoiceBlock(choices=COMPARATOR_CHOICES)
    value = blocks.DecimalBlock(required=False, decimal_places=2, help_text="Leave empty for yes/no measures.")
    window_months = blocks.IntegerBlock(
        required=False, min_value=1, max_value=120, help_text="Weight loss only: the longest time span, in months."
    )
    age_min = blocks.IntegerBlock(
        required=False, min_value=0, max_value=120, help_text="Applies from this age (included)."
    )
    age_max = blocks.IntegerBlock(
        required=False, min_value=1, max_value=121, help_text="Applies below this age (not included)."
    )
    verification = blocks.ChoiceBlock(choices=VERIFICATION_CHOICES, default="V")
    source_quote = blocks.CharBlock(required=False, max_length=300, help_text="The source's own words.")

    class Meta:
        icon = "form"
        template = "staging/blocks/condition.html"  # the editor's preview: the public pages render the values
        description = "One measure compared with a number, such as BMI below 20, with where the number comes from."
        preview_value = ROUTE_2["conditions"][0]

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        metric = METRICS[value["metric"]]
        comparator = COMPARATORS[value["comparator"]]
        number = value["value"]
        if metric.is_boolean:
            if comparator.is_numeric:
                errors["comparator"] = ValidationError(f"{metric.label} is yes or no: use 'is present' or 'is absent'.")
            if number is not None:
                errors["value"] = ValidationError(f"{metric.label} is yes or no, so it takes no number.")
        else:
            if not comparator.is_numeric:
                errors["comparator"] = ValidationError(f"{metric.label} is a number: use <, ≤, > or ≥.")
            if number is None:
                errors["value"] = ValidationError(f"Enter a number for {metric.label}.")
            elif not (metric.minimum <= number <= metric.maximum):
                errors["value"] = ValidationError(
                    f"{metric.label} must be between {metric.minimum} and {metric.maximum} {metric.unit}."
                )
        if value["window_months"] is not None and not metric.has_window:
            errors["window_months"] = ValidationError(f"A time window only applies to weight loss, not {metric.label}.")
        if value["age_min"] is not None and value["age_max"] is not None and value["age_min"] >= value["age_max"]:
            errors["age_max"] = ValidationError("The upper age must be above the lower age.")
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class RuleGroupBlock(blocks.StructBlock):
    label = blocks.CharBlock(required=False, max_length=120)
    rule = blocks.ChoiceBlock(choices=RULE_CHOICES, default="all")
    k = blocks.IntegerBlock(required=False, min_value=1, help_text="Only for 'at least K'.")
    conditions = blocks.ListBlock(ConditionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "staging/blocks/rule_group.html"
        description = "A route into the stage: conditions that must all, any or at least K of them be met."
        preview_value = ROUTE_2

    def clean(self, value):
        value = super().clean(value)
        conditions = value["conditions"]
        if value["rule"] == "at_least":
            if not value["k"] or value["k"] > len(conditions):
                raise blocks.StructBlockValidationError(
                    block_errors={"k": ValidationError(f"K must be between 1 and {len(conditions)}.")}
                )
        try:
            check_age_bands(conditions)
        except ValidationError as error:
            raise blocks.StructBlockValidationError(non_block_errors=[error]) from error
        return value


def check_age_bands(conditions) -> None:
    """Age-banded conditions on one metric must cover their range with no gaps or overlaps."""
    by_metric: dict[str, list[tuple[int, int]]] = {}
    for condition in conditions:
        if condition["age_min"] is None and condition["age_max"] is None:
            continue
        low = condition["age_min"] if condition["age_min"] is not None else 0
        high = condition["age_max"] if condition["age_max"] is not None else 121
        by_metric.setdefault(condition["metric"], []).append((low, high))
    for metric, bands in by_metric.items():
        bands.sort()
        for (low_a, high_a), (low_b, _high_b) in itertools.pairwise(bands):
            label = METRICS[metric].label
            if low_b < high_a:
                raise ValidationError(f"Age bands for {label} overlap: {low_a}–{high_a} and one from {low_b}.")
            if low_b > high_a:
                raise ValidationError(f"Age bands for {label} leave a gap: no rule covers ages {high_a} to {low_b}.")


class RuleGroupsBlock(blocks.StreamBlock):
    """A stage's rule groups: the stage is met when any one of them is met."""

    group = RuleGroupBlock()

    class Meta:
        description = "The routes into a stage; meeting any one of them is enough."
        preview_value = [("group", ROUTE_2)]
