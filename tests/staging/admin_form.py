"""Build the Wagtail admin POST data for a criteria set, the way the editor's browser sends it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.helpers import listblock


def condition_data(condition) -> dict:
    def text(value):
        return "" if value is None else str(value)

    return {name: text(condition[name]) for name in condition.keys()}


def criteria_set_post_data(criteria_set, change=None, action="action-publish") -> dict:
    """The edit form for `criteria_set` as it is live; `change(stages)` may edit the nested dicts first."""
    stages = []
    for stage in criteria_set.stages.all():
        groups = [
            {
                "label": block.value["label"] or "",
                "rule": block.value["rule"],
                "k": "" if block.value["k"] is None else str(block.value["k"]),
                "conditions": [condition_data(c) for c in block.value["conditions"]],
            }
            for block in stage.rule_groups
        ]
        stages.append(
            {
                "id": str(stage.pk),
                "name": stage.name,
                "slug": stage.slug,
                "description": stage.description,
                "care_focus": stage.care_focus,
                "groups": groups,
            }
        )
    if change:
        change(stages)
    for stage in stages:
        groups = stage.pop("groups")
        stage["rule_groups"] = streamfield(
            [("group", {**group, "conditions": listblock(group["conditions"])}) for group in groups]
        )
    fields = {
        "name": criteria_set.name,
        "slug": criteria_set.slug,
        "summary": criteria_set.summary,
        "source_citation": criteria_set.source_citation,
        "source_url": criteria_set.source_url,
        "version": criteria_set.version,
        "sort_order": str(criteria_set.sort_order),
        "stages": inline_formset(stages, initial=len(stages), min=1),
    }
    data = nested_form_data(fields)
    for flag in ("is_default", "is_society_wording"):
        if getattr(criteria_set, flag):
            data[flag] = "on"
    data[action] = "1"
    return data


def edit_url(criteria_set) -> str:
    return f"/admin/snippets/staging/criteriaset/edit/{criteria_set.pk}/"


def set_condition(stage_slug, group, index, **changes):
    """A ``change`` for ``criteria_set_post_data``: new values for one condition of one rule group."""

    def change(stages):
        stage = next(s for s in stages if s["slug"] == stage_slug)
        stage["groups"][group]["conditions"][index].update(changes)

    return change
