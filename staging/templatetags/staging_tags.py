from django import template

from staging.metrics import METRICS
from staging.wording import describe_condition, describe_rule

register = template.Library()


@register.simple_tag
def condition_text(condition) -> str:
    return describe_condition(condition)


@register.simple_tag
def rule_text(group) -> str:
    return describe_rule(group)


@register.filter
def is_clinician_only(condition) -> bool:
    return METRICS[condition["metric"]].clinician_only
