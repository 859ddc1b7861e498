"""Evaluate a visitor's numbers against any criteria set, with no stage-specific code.

Every condition ends up met, not met, can't tell (a clinician must judge it, or a number is
missing, or the earlier weight is older than the rule's time span) or not applicable (outside its
age band). Groups combine their conditions as all / any / at least K; a stage is met when any of
its groups is met. Results are phrased as which parts the numbers meet, never as a diagnosis.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from django.utils.translation import gettext, gettext_noop, ngettext

from .metrics import METRICS
from .vocabulary import COMPARATORS
from .wording import describe_condition, describe_rule, localised_number, unit_text


class Outcome(Enum):
    MET = gettext_noop("met")
    NOT_MET = gettext_noop("not met")
    UNKNOWN = gettext_noop("can't tell")
    NOT_APPLICABLE = gettext_noop("does not apply")

    @property
    def label(self) -> str:
        """The outcome in the visitor's language."""
        return gettext(self.value)


@dataclass(frozen=True)
class Measurements:
    """What the visitor entered, already converted: kg, cm, whole months and years."""

    weight_loss_pct: Decimal | None = None
    months: int | None = None
    bmi: Decimal | None = None
    age: int | None = None
    appetite_loss: bool | None = None

    def value_of(self, metric_key: str):
        return getattr(self, metric_key, None)


@dataclass
class ConditionResult:
    text: str
    outcome: Outcome
    reason: str
    clinician_only: bool


@dataclass
class GroupResult:
    label: str
    rule_text: str
    outcome: Outcome
    conditions: list[ConditionResult]


@dataclass
class StageResult:
    name: str
    slug: str
    outcome: Outcome
    groups: list[GroupResult] = field(default_factory=list)
    needs_clinician: bool = False

    @property
    def summary(self) -> str:
        if self.outcome is Outcome.MET:
            return gettext(
                "Your numbers match this stage's description. Only your care team can tell you what this means."
            )
        if self.outcome is Outcome.NOT_MET:
            return gettext("Your numbers do not match this stage's description.")
        if self.needs_clinician:
            return gettext(
                "Some parts of this stage can only be judged by a clinician, so the numbers alone can't tell."
            )
        return gettext("There is not enough information to tell.")


def evaluate_condition(condition, measurements: Measurements) -> ConditionResult:
    metric = METRICS[condition["metric"]]
    text = describe_condition(condition)

    def result(outcome, reason):
        return ConditionResult(text, outcome, reason, metric.clinician_only)

    age_min, age_max = condition.get("age_min"), condition.get("age_max")
    if age_min is not None or age_max is not None:
        if measurements.age is None:
            return result(Outcome.UNKNOWN, gettext("This rule depends on age, and no age was given."))
        if (age_min is not None and measurements.age < age_min) or (
            age_max is not None and measurements.age >= age_max
        ):
            return result(Outcome.NOT_APPLICABLE, gettext("This rule is for a different age group."))
    if metric.clinician_only:
        return result(Outcome.UNKNOWN, gettext("Only a clinician can judge this."))
    value = measurements.value_of(metric.key)
    if value is None:
        return result(Outcome.UNKNOWN, gettext("This was not entered."))
    if metric.is_boolean:
        wanted = condition["comparator"] == "is_true"
        met = value is wanted
        return result(
            Outcome.MET if met else Outcome.NOT_MET, gettext("You said yes.") if value else gettext("You said no.")
        )
    if metric.has_window:
        window = condition.get("window_months")
        if window and measurements.months is not None and measurements.months > window:
            return result(
                Outcome.UNKNOWN,
                ngettext(
                    "Your earlier weight is from %(months)s month ago.",
                    "Your earlier weight is from %(months)s months ago.",
                    measurements.months,
                )
                % {"months": measurements.months}
                + " "
                + ngettext("This rule looks at %(window)s month.", "This rule looks at %(window)s months.", window)
                % {"window": window},
            )
        if value <= 0:
            return result(Outcome.NOT_MET, gettext("You have not lost weight."))
    met = COMPARATORS[condition["comparator"]].test(value, condition["value"])
    reason = gettext("Yours is %(value)s.") % {"value": f"{localised_number(value)}{unit_text(metric.unit)}"}
    return result(Outcome.MET if met else Outcome.NOT_MET, reason)


def evaluate_group(group, measurements: Measurements) -> GroupResult:
    results = [evaluate_condition(c, measurements) for c in group["conditions"]]
    counted = [r.outcome for r in results if r.outcome is not Outcome.NOT_APPLICABLE]
    met = counted.count(Outcome.MET)
    unknown = counted.count(Outcome.UNKNOWN)
    needed = {"all": len(counted), "any": 1, "at_least": group.get("k") or 1}[group["rule"]]
    if not counted:
        outcome = Outcome.NOT_APPLICABLE
    elif met >= needed:
        outcome = Outcome.MET
    elif met + unknown < needed:
        outcome = Outcome.NOT_MET
    else:
        outcome = Outcome.UNKNOWN
    return GroupResult(group.get("label") or "", describe_rule(group), outcome, results)


def evaluate_stage(stage, measurements: Measurements) -> StageResult:
    groups = [evaluate_group(block.value, measurements) for block in stage.rule_groups]
    outcomes = [g.outcome for g in groups if g.outcome is not Outcome.NOT_APPLICABLE]
    if Outcome.MET in outcomes:
        outcome = Outcome.MET
    elif Outcome.UNKNOWN in outcomes:
        outcome = Outcome.UNKNOWN
    else:
        outcome = Outcome.NOT_MET
    needs_clinician = any(c.clinician_only for g in groups for c in g.conditions)
    return StageResult(stage.name, stage.slug, outcome, groups, needs_clinician)


def evaluate_set(criteria_set, measurements: Measurements) -> list[StageResult]:
    return [evaluate_stage(stage, measurements) for stage in criteria_set.stages.all()]


def matches_no_stage(results: list[StageResult]) -> bool:
    """True when the numbers meet no stage at all: they may fall in a gap between two stages."""
    return bool(results) and all(result.outcome is not Outcome.MET for result in results)
