"""A read-only JSON feed of the published criteria sets, for clinicians' tools."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from .metrics import METRICS
from .models import CriteriaSet


def _condition(condition) -> dict:
    metric = METRICS[condition["metric"]]
    return {
        "metric": metric.key,
        "metric_label": metric.label,
        "comparator": condition["comparator"],
        "value": None if condition["value"] is None else str(condition["value"]),
        "unit": metric.unit,
        "window_months": condition["window_months"],
        "age_min": condition["age_min"],
        "age_max_exclusive": condition["age_max"],
        "clinician_only": metric.clinician_only,
        "verification": condition["verification"],
        "source_quote": condition["source_quote"],
    }


def _stage(stage) -> dict:
    return {
        "slug": stage.slug,
        "name": stage.name,
        "description": stage.description,
        "care_focus": stage.care_focus,
        "met_when": "any group is met",
        "groups": [
            {
                "label": block.value["label"],
                "rule": block.value["rule"],
                "k": block.value["k"],
                "conditions": [_condition(c) for c in block.value["conditions"]],
            }
            for block in stage.rule_groups
        ],
    }


@require_GET
def criteria_sets(request):
    sets = CriteriaSet.objects.for_display()
    data = {
        "criteria_sets": [
            {
                "slug": s.slug,
                "name": s.name,
                "summary": s.summary,
                "source_citation": s.source_citation,
                "source_url": s.source_url,
                "version": s.version,
                "is_default": s.is_default,
                "is_society_wording": s.is_society_wording,
                "last_published_at": s.last_published_at.isoformat() if s.last_published_at else None,
                "stages": [_stage(stage) for stage in s.stages.all()],
            }
            for s in sets
        ],
        "note": "Reference data for clinicians. Not a diagnostic tool.",
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=300)
    return response
