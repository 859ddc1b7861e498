"""The two criteria sets the site starts with, seeded after ``migrate`` (see :func:`seed_after_migrate`).

The Fearon 2011 set holds only values checked against the paper or a faithful secondary source
(verification V or S); the society's set follows the society's own page. Boundary decisions are
recorded on each condition (``source_quote``), so editors and readers can see them. Where the
values come from, with their verification marks, is in docs/sources.md.
"""

import json

from django.apps import apps as global_apps
from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from staging.models import CriteriaSet, Stage

FEARON_CITATION = (
    "Fearon K, Strasser F, Anker SD, et al. Definition and classification of cancer cachexia: an international "
    "consensus. Lancet Oncol. 2011;12(5):489-495. doi:10.1016/S1470-2045(10)70218-7. PMID 21296615."
)


def _condition(metric, comparator, value=None, *, window=None, age_min=None, age_max=None, verification, quote=""):
    return {
        "metric": metric,
        "comparator": comparator,
        "value": None if value is None else str(value),
        "window_months": window,
        "age_min": age_min,
        "age_max": age_max,
        "verification": verification,
        "source_quote": quote,
    }


def _group(rule, conditions, label="", k=None):
    return {"type": "group", "value": {"label": label, "rule": rule, "k": k, "conditions": conditions}}


SEED_SETS = [
    {
        "slug": "fearon-2011",
        "name": "International consensus (Fearon and others, 2011)",
        "summary": (
            "The definition most doctors and researchers use. It was agreed by an international group of experts "
            "and published in 2011."
        ),
        "source_citation": FEARON_CITATION,
        "source_url": "https://doi.org/10.1016/S1470-2045(10)70218-7",
        "version": "2011",
        "is_default": True,
        "is_society_wording": False,
        "sort_order": 0,
        "stages": [
            {
                "slug": "pre-cachexia",
                "name": "Pre-cachexia",
                "description": (
                    "An early stage. A small amount of weight has been lost, appetite is poor, and blood tests may "
                    "show changes in body chemistry."
                ),
                "care_focus": "Spotting it early, checking eating and weight, and support from a dietitian.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition("weight_loss_pct", "le", 5, window=6, verification="S", quote="weight loss ≤5%"),
                            _condition("appetite_loss", "is_true", verification="S", quote="anorexia"),
                            _condition("metabolic_change", "is_true", verification="S", quote="metabolic change"),
                        ],
                    )
                ],
            },
            {
                "slug": "cachexia",
                "name": "Cachexia",
                "description": (
                    "More weight has been lost, or some weight has been lost by someone whose weight or muscle was "
                    "already low. Any one of the three routes below is enough."
                ),
                "care_focus": "Treating the causes where possible, nutrition support, exercise and symptom care.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition(
                                "weight_loss_pct",
                                "gt",
                                5,
                                window=6,
                                verification="V",
                                quote="weight loss >5% over past 6 months (in absence of simple starvation)",
                            )
                        ],
                        label="Route 1: weight loss",
                    ),
                    _group(
                        "all",
                        [
                            _condition("bmi", "lt", 20, verification="V", quote="BMI <20"),
                            _condition("weight_loss_pct", "gt", 2, verification="V", quote="weight loss >2%"),
                        ],
                        label="Route 2: low BMI and weight loss",
                    ),
                    _group(
                        "all",
                        [
                            _condition("sarcopenia", "is_true", verification="V", quote="sarcopenia"),
                            _condition("weight_loss_pct", "gt", 2, verification="V", quote="weight loss >2%"),
                        ],
                        label="Route 3: low muscle and weight loss",
                    ),
                ],
            },
            {
                "slug": "refractory-cachexia",
                "name": "Refractory cachexia",
                "description": (
                    "A late stage where the cancer is no longer responding to treatment and daily activity is very "
                    "limited. Only a clinician can judge this stage."
                ),
                "care_focus": "Comfort: easing symptoms and distress, and support for the person and family.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition(
                                "cancer_not_responding",
                                "is_true",
                                verification="S",
                                quote="procatabolic and not responsive to anticancer treatment",
                            ),
                            _condition(
                                "performance_status", "ge", 3, verification="S", quote="low performance score (WHO 3-4)"
                            ),
                            _condition(
                                "expected_survival_months",
                                "lt",
                                3,
                                verification="S",
                                quote="expected survival <3 months",
                            ),
                        ],
                    )
                ],
            },
        ],
    },
    {
        "slug": "society-wording",
        "name": "The society's own wording",
        "summary": (
            "How the Cancer Cachexia Society describes the stages on its page for patients. It is simpler than the "
            "international consensus and differs from it in places: see the notes on each rule."
        ),
        "source_citation": "Cancer Cachexia Society, advocacy general information page.",
        "source_url": "https://www.cancercachexiasociety.org/advocacy-general-information",
        "version": "1",
        "is_default": False,
        "is_society_wording": True,
        "sort_order": 1,
        "stages": [
            {
                "slug": "pre-cachexia",
                "name": "Pre-cachexia",
                "description": "Some weight loss, less than 5%, together with a poor appetite.",
                "care_focus": "Spotting it early and getting help with eating.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition(
                                "weight_loss_pct",
                                "lt",
                                5,
                                verification="seed",
                                quote="weight loss of less than 5% (the consensus says ≤5%)",
                            ),
                            _condition("appetite_loss", "is_true", verification="seed", quote="anorexia"),
                        ],
                    )
                ],
            },
            {
                "slug": "cachexia",
                "name": "Cachexia",
                "description": (
                    "A 5% drop in body weight over 6 to 12 months, together with a low BMI. The BMI limit depends "
                    "on age."
                ),
                "care_focus": "Nutrition support, staying active and treating symptoms.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition(
                                "weight_loss_pct",
                                "ge",
                                5,
                                window=12,
                                verification="seed",
                                quote="a 5% decrease in body weight over 6-12 months (read as 5% or more)",
                            ),
                            _condition(
                                "bmi",
                                "lt",
                                20,
                                age_max=65,
                                verification="seed",
                                quote="BMI less than 20 if under 65",
                            ),
                            _condition(
                                "bmi",
                                "lt",
                                22,
                                age_min=65,
                                verification="seed",
                                quote="BMI less than 22 if over 65 (age 65 itself is counted in this band)",
                            ),
                        ],
                    )
                ],
            },
            {
                "slug": "refractory-cachexia",
                "name": "Refractory cachexia",
                "description": (
                    "Cachexia that no longer responds to treatment. Life expectancy is short, and care focuses on "
                    "comfort."
                ),
                "care_focus": "Reducing symptoms and distress.",
                "groups": [
                    _group(
                        "all",
                        [
                            _condition(
                                "expected_survival_months",
                                "lt",
                                3,
                                verification="seed",
                                quote="life expectancy is less than 3 months",
                            )
                        ],
                    )
                ],
            },
        ],
    },
]


def create_seed_sets(criteria_set_model, stage_model) -> int:
    """Create any seed set that is missing (matched by slug). Returns how many were created."""
    created = 0
    for spec in SEED_SETS:
        if criteria_set_model.objects.filter(slug=spec["slug"]).exists():
            continue
        fields = {key: value for key, value in spec.items() if key != "stages"}
        criteria_set = criteria_set_model.objects.create(live=True, has_unpublished_changes=False, **fields)
        for order, stage in enumerate(spec["stages"]):
            stage_model.objects.create(
                criteria_set=criteria_set,
                sort_order=order,
                slug=stage["slug"],
                name=stage["name"],
                description=stage["description"],
                care_focus=stage["care_focus"],
                rule_groups=json.dumps(stage["groups"]),
            )
        created += 1
    return created


def seed_after_migrate(apps=global_apps, **kwargs) -> None:
    """``post_migrate`` receiver, the one place the running site gets its criteria sets.

    It seeds only an empty table (a new database, or a test database Django has just flushed),
    so a set an editor deleted on purpose stays deleted, and it gives every live set without a
    revision its first one, so the admin's history and compare work from the start. The landed
    data migration 0003 calls :func:`create_seed_sets` too; on a migrated database this finds the
    sets already there.
    """
    try:
        apps.get_model("staging", "CriteriaSet")  # the table exists in the migrated state
    except LookupError:  # migrated to zero
        return
    with transaction.atomic():
        if not CriteriaSet.objects.exists():
            # A flushed test database has no locales either: the sets are written in the default language.
            Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
            create_seed_sets(CriteriaSet, Stage)
        for criteria_set in CriteriaSet.objects.filter(latest_revision__isnull=True, live=True):
            revision = criteria_set.save_revision(clean=False)
            revision.publish(log_action=False, skip_permission_checks=True)
