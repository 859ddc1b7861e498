"""Editors change thresholds in the admin; history shows who changed what, and bad values are refused."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import Revision

from staging.models import CriteriaSet
from tests.helpers import CHECKER_VALID as VALID

from .admin_form import criteria_set_post_data, edit_url, set_condition

pytestmark = pytest.mark.django_db


def compared_child_objects(html: str) -> dict[str, list[str]]:
    """The text of each rule group Wagtail's compare screen shows as removed ("deletion") or added ("addition")."""
    changes = {"addition": [], "deletion": []}
    for kind, inner in re.findall(r'<div class="comparison__child-object (addition|deletion)">(.*?)</div>', html, re.S):
        changes[kind].append(" ".join(strip_tags(inner).split()) + " ")
    return changes


def test_edit_form_loads(admin_client, society):
    assert admin_client.get(edit_url(society)).status_code == 200


def test_publishing_a_changed_threshold_records_history_and_changes_the_site(
    admin_client, superuser, society, stages_page
):
    revisions_before = Revision.objects.for_instance(society).count()
    data = criteria_set_post_data(society, set_condition("cachexia", 0, 1, value="18"))  # BMI < 20 -> < 18 (under 65)

    response = admin_client.post(edit_url(society), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    society.refresh_from_db()
    condition = society.stages.get(slug="cachexia").rule_groups[0].value["conditions"][1]
    assert condition["value"] == Decimal("18")
    assert Revision.objects.for_instance(society).count() == revisions_before + 1
    assert society.latest_revision.user == superuser

    history = admin_client.get(f"/admin/snippets/staging/criteriaset/history/{society.pk}/").content.decode()
    assert "Published" in history and superuser.get_username() in history

    previous, latest = list(Revision.objects.for_instance(society).order_by("created_at", "pk"))[-2:]
    compare_url = reverse(
        "wagtailsnippets_staging_criteriaset:revisions_compare", args=(society.pk, previous.pk, latest.pk)
    )
    assert compare_url in history  # the history screen links to this comparison
    compare = admin_client.get(compare_url)
    assert compare.status_code == 200
    changes = compared_child_objects(compare.content.decode())
    # Each condition is shown as readers see it (templates/staging/blocks/condition.html).
    old_bmi = "Body mass index (BMI): less than 20 kg/m² (for people under 65)"
    new_bmi = "Body mass index (BMI): less than 18 kg/m² (for people under 65)"
    assert any(old_bmi in text for text in changes["deletion"]), changes
    assert not any(old_bmi in text for text in changes["addition"]), changes
    assert any(new_bmi in text for text in changes["addition"]), changes
    assert not any(new_bmi in text for text in changes["deletion"]), changes

    page = stages_page.url
    assert "less than 18 kg/m²" in admin_client.get(page).content.decode()
    result = admin_client.post(
        page + "check/",
        {
            **VALID,
            "criteria_set": "society-wording",
            "current_weight": "56",
            "earlier_weight": "62",
            "height_cm": "172",
            "age": "50",
        },
    )
    # BMI 18.9: met under the old limit (20), not met under the new one (18).
    assert (
        "Your numbers do not match this stage"
        in result.content.decode().split("<h3>Cachexia</h3>")[1].split("</section>")[0]
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_condition("cachexia", 0, 0, value="-5"), "Weight loss must be between 0 and 100"),
        (set_condition("cachexia", 0, 1, value="5"), "must be between 10 and 60"),
        (set_condition("cachexia", 0, 1, value="75"), "must be between 10 and 60"),
        (set_condition("cachexia", 0, 1, comparator="is_true"), "is a number: use"),
        (set_condition("pre-cachexia", 0, 1, comparator="lt", value="3"), "is yes or no"),
        (set_condition("cachexia", 0, 2, age_min="66"), "leave a gap"),
        (set_condition("cachexia", 0, 2, age_min="60"), "overlap"),
        (set_condition("cachexia", 0, 1, window_months="6"), "only applies to weight loss"),
    ],
)
def test_impossible_values_are_refused_and_live_data_is_kept(admin_client, society, change, message):
    before = [list(s.rule_groups.raw_data) for s in society.stages.all()]
    response = admin_client.post(edit_url(society), criteria_set_post_data(society, change))
    assert response.status_code == 200
    assert message in response.content.decode()
    society.refresh_from_db()
    assert [list(s.rule_groups.raw_data) for s in society.stages.all()] == before


def test_a_draft_change_does_not_reach_the_public_checker(admin_client, society, stages_page):
    data = criteria_set_post_data(society, set_condition("cachexia", 0, 1, value="11"), action="action-save")
    data.pop("action-save")
    assert admin_client.post(edit_url(society), data).status_code == 302
    assert "less than 11 kg/m²" not in admin_client.get(stages_page.url).content.decode()
    assert CriteriaSet.objects.get(pk=society.pk).has_unpublished_changes


def test_a_new_set_with_different_rules_works_in_the_checker(admin_client, stages_page):
    new = CriteriaSet(name="Trial rules", slug="trial", source_citation="A test source.", sort_order=5)
    data = criteria_set_post_data(
        new,
        lambda stages: stages.append(
            {
                "id": "",
                "name": "Any two signs",
                "slug": "two-signs",
                "description": "Two of three signs.",
                "care_focus": "",
                "groups": [
                    {
                        "label": "",
                        "rule": "at_least",
                        "k": "2",
                        "conditions": [
                            {
                                "metric": "bmi",
                                "comparator": "lt",
                                "value": "24",
                                "window_months": "",
                                "age_min": "",
                                "age_max": "",
                                "verification": "V",
                                "source_quote": "",
                            },
                            {
                                "metric": "weight_loss_pct",
                                "comparator": "ge",
                                "value": "3",
                                "window_months": "",
                                "age_min": "",
                                "age_max": "",
                                "verification": "V",
                                "source_quote": "",
                            },
                            {
                                "metric": "appetite_loss",
                                "comparator": "is_true",
                                "value": "",
                                "window_months": "",
                                "age_min": "",
                                "age_max": "",
                                "verification": "V",
                                "source_quote": "",
                            },
                        ],
                    }
                ],
            }
        ),
    )
    data["stages-INITIAL_FORMS"] = "0"
    response = admin_client.post("/admin/snippets/staging/criteriaset/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CriteriaSet.objects.get(slug="trial").live

    html = admin_client.post(stages_page.url + "check/", {**VALID, "criteria_set": "trial"}).content.decode()
    assert "Any two signs" in html and "At least 2 of these" in html
    assert "Your numbers match this stage" in html  # BMI 23.1 < 24 and 6.9% >= 3
