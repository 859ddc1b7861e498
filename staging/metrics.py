"""The measurements a staging rule can test, and what each one allows."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_noop


@dataclass(frozen=True)
class Metric:
    """``label`` and ``unit`` are English; the public wording translates them (staging/wording.py)."""

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
        Metric(
            "weight_loss_pct",
            gettext_noop("Weight loss"),
            "%",
            minimum=Decimal(0),
            maximum=Decimal(100),
            has_window=True,
        ),
        Metric("bmi", gettext_noop("Body mass index (BMI)"), "kg/m²", minimum=Decimal(10), maximum=Decimal(60)),
        Metric("age", gettext_noop("Age"), gettext_noop("years"), minimum=Decimal(0), maximum=Decimal(120)),
        Metric("appetite_loss", gettext_noop("Loss of appetite"), "", is_boolean=True),
        Metric(
            "expected_survival_months",
            gettext_noop("Expected survival"),
            gettext_noop("months"),
            minimum=Decimal(0),
            maximum=Decimal(600),
            clinician_only=True,
        ),
        Metric(
            "sarcopenia",
            gettext_noop("Low muscle mass, measured by a scan or test"),
            "",
            is_boolean=True,
            clinician_only=True,
        ),
        Metric(
            "metabolic_change",
            gettext_noop("Changes in body chemistry (blood tests)"),
            "",
            is_boolean=True,
            clinician_only=True,
        ),
        Metric(
            "performance_status",
            gettext_noop("Performance status (how much daily activity is possible, 0 to 4)"),
            "",
            minimum=Decimal(0),
            maximum=Decimal(4),
            clinician_only=True,
        ),
        Metric(
            "cancer_not_responding",
            gettext_noop("Cancer is not responding to treatment"),
            "",
            is_boolean=True,
            clinician_only=True,
        ),
    ]
}

# Editors see which measures only a clinician can judge; readers see it as a tag beside the rule.
METRIC_CHOICES = [
    (m.key, f"{m.label} (judged by a clinician)" if m.clinician_only else m.label) for m in METRICS.values()
]
