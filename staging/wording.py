"""Thresholds in plain words, shared by the stages page, the stages block and the checker.

Words come from the tables in English and are translated here, into the language of the request;
numbers are written the way that language writes them (62.5 in English, 62,5 in Spanish).
"""

from functools import lru_cache

from django.utils.formats import number_format
from django.utils.translation import get_language, gettext, ngettext, pgettext

from .metrics import METRICS
from .vocabulary import COMPARATORS, RULES


def describe_condition(condition) -> str:
    """Kept per language in each worker: the words follow from the condition's fields and the language
    alone, and the checker describes every condition of a set on each answer."""
    fields = ("metric", "comparator", "value", "window_months", "age_min", "age_max")
    return _described(get_language(), *(condition.get(name) for name in fields))


@lru_cache(maxsize=1024)
def _described(language, metric_key, comparator, value, window_months, age_min, age_max) -> str:
    metric = METRICS[metric_key]
    label = gettext(metric.label)
    if metric.is_boolean:
        if comparator == "is_true":
            text = label
        else:
            # Translators: a yes/no measure that must be absent, such as "No loss of appetite".
            text = gettext("No %(thing)s") % {"thing": f"{label[0].lower()}{label[1:]}"}
    else:
        text = f"{label}: {gettext(COMPARATORS[comparator].words)} {_number(value)}{unit_text(metric.unit)}"
    if window_months:
        text += " " + ngettext("within %(n)s month", "within %(n)s months", window_months) % {"n": window_months}
    band = describe_age_band(age_min, age_max)
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
