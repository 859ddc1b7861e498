"""Thresholds in plain words, shared by the stages page, the stages block and the checker."""

from .metrics import METRICS

COMPARATOR_WORDS = {"lt": "less than", "le": "no more than", "gt": "more than", "ge": "at least"}
RULE_WORDS = {"all": "All of these", "any": "Any one of these", "at_least": "At least {k} of these"}
VERIFICATION_WORDS = {
    "V": "checked against the published paper",
    "S": "taken from a summary of the paper",
    "seed": "the society's own wording",
}


def describe_condition(condition) -> str:
    metric = METRICS[condition["metric"]]
    comparator = condition["comparator"]
    if metric.is_boolean:
        text = metric.label if comparator == "is_true" else f"No {metric.label[0].lower()}{metric.label[1:]}"
    else:
        value = _number(condition["value"])
        unit = metric.unit if metric.unit == "%" else f" {metric.unit}" if metric.unit else ""
        text = f"{metric.label}: {COMPARATOR_WORDS[comparator]} {value}{unit}"
    if condition.get("window_months"):
        text += f" within {condition['window_months']} months"
    band = describe_age_band(condition.get("age_min"), condition.get("age_max"))
    if band:
        text += f" ({band})"
    return text


def describe_age_band(age_min, age_max) -> str:
    if age_min is None and age_max is None:
        return ""
    if age_min is None:
        return f"for people under {age_max}"
    if age_max is None:
        return f"for people aged {age_min} and over"
    return f"for people aged {age_min} to {age_max - 1}"


def describe_rule(group) -> str:
    return RULE_WORDS[group["rule"]].format(k=group.get("k"))


def _number(value) -> str:
    text = format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)
    return text
