"""Thresholds in plain words, shared by the stages page, the stages block and the checker.

Words come from the tables in English and are translated here, into the language of the request;
numbers are written the way that language writes them (62.5 in English, 62,5 in Spanish).
"""

from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext, pgettext

from .metrics import METRICS
from .vocabulary import COMPARATORS, RULES


def describe_condition(condition) -> str:
    metric = METRICS[condition["metric"]]
    comparator = condition["comparator"]
    label = gettext(metric.label)
    if metric.is_boolean:
        if comparator == "is_true":
            text = label
        else:
            # Translators: a yes/no measure that must be absent, such as "No loss of appetite".
            text = gettext("No %(thing)s") % {"thing": f"{label[0].lower()}{label[1:]}"}
    else:
        value = _number(condition["value"])
        text = f"{label}: {gettext(COMPARATORS[comparator].words)} {value}{unit_text(metric.unit)}"
    if condition.get("window_months"):
        months = condition["window_months"]
        text += " " + ngettext("within %(n)s month", "within %(n)s months", months) % {"n": months}
    band = describe_age_band(condition.get("age_min"), condition.get("age_max"))
    if band:
        text += f" ({band})"
    return text


def unit_text(unit: str) -> str:
    """The unit as it follows a number: "25%", "20 kg/m²", "65 years" (translated; Spanish writes "25 %")."""
    if unit == "%":
        return pgettext("the percent sign after a number; Spanish puts a no-break space before it", "%")
    return f" {gettext(unit)}" if unit else ""


def describe_age_band(age_min, age_max) -> str:
    if age_min is None and age_max is None:
        return ""
    if age_min is None:
        return gettext("for people under %(age)s") % {"age": age_max}
    if age_max is None:
        return gettext("for people aged %(age)s and over") % {"age": age_min}
    return gettext("for people aged %(low)s to %(high)s") % {"low": age_min, "high": age_max - 1}


def describe_rule(group) -> str:
    return gettext(RULES[group["rule"]].words).format(k=group.get("k"))


def localised_number(value) -> str:
    """A number as the active language writes it, with no added or dropped decimal places."""
    return number_format(value)


def _number(value) -> str:
    text = format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)
    return number_format(text)
