"""The measurements a staging rule can test, and what each one allows."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    unit: str
    is_boolean: bool = False
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    clinician_only: bool = False
    has_window: bool = False


METRICS = {
    m.key: m
    for m in [
        Metric("weight_loss_pct", "Weight loss", "%", minimum=Decimal(0), maximum=Decimal(100), has_window=True),
        Metric("bmi", "Body mass index (BMI)", "kg/m²", minimum=Decimal(10), maximum=Decimal(60)),
        Metric("age", "Age", "years", minimum=Decimal(0), maximum=Decimal(120)),
        Metric("appetite_loss", "Loss of appetite", "", is_boolean=True),
        Metric(
            "expected_survival_months",
            "Expected survival (judged by a clinician)",
            "months",
            minimum=Decimal(0),
            maximum=Decimal(600),
            clinician_only=True,
        ),
        Metric("sarcopenia", "Low muscle mass, measured by a scan or test", "", is_boolean=True, clinician_only=True),
        Metric("metabolic_change", "Changes in body chemistry (blood tests)", "", is_boolean=True, clinician_only=True),
        Metric(
            "performance_status",
            "Performance status (how much daily activity is possible, 0-4, judged by a clinician)",
            "",
            minimum=Decimal(0),
            maximum=Decimal(4),
            clinician_only=True,
        ),
        Metric(
            "cancer_not_responding",
            "Cancer is not responding to treatment (judged by a clinician)",
            "",
            is_boolean=True,
            clinician_only=True,
        ),
    ]
}

METRIC_CHOICES = [(m.key, m.label) for m in METRICS.values()]

NUMERIC_COMPARATORS = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥"}
BOOLEAN_COMPARATORS = {"is_true": "is present", "is_false": "is absent"}
COMPARATOR_CHOICES = [(k, v) for k, v in {**NUMERIC_COMPARATORS, **BOOLEAN_COMPARATORS}.items()]
