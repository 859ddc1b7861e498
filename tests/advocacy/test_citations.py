"""Sources are cited one way: the references field of reviewed pages (the body block was retired)."""

import json

import pytest
from django.apps import apps
from django.db import connection

from advocacy.blocks import BodyBlock
from advocacy.migration_ops import fold_body_references
from advocacy.models import ContentPage, MissionPage

pytestmark = pytest.mark.django_db

OLD_BLOCK = {
    "type": "references",
    "value": {
        "heading": "Where this comes from",
        "items": [
            {"citation": "Fearon K et al. Lancet Oncol 2011.", "url": "https://doi.org/10.1016/S1470-2045(10)70218-7"},
            {"citation": "A second source, 2020.", "url": ""},
        ],
    },
}


def test_the_body_offers_no_second_way_to_cite():
    assert "references" not in BodyBlock.base_blocks


def write_old_body(page, body: list) -> None:
    """Store a body as it was before the block was retired (the model today would drop the unknown block)."""
    table = page._meta.get_field("body").model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET body = %s WHERE page_ptr_id = %s", [json.dumps(body), page.pk])  # noqa: S608


def test_the_migration_moves_body_references_into_the_field_and_keeps_everything(home_page):
    old_body = [{"type": "rich_text", "value": "<p>Text.</p>"}, OLD_BLOCK]
    page = ContentPage(
        title="Old page",
        slug="old-page",
        references=json.dumps([{"type": "reference", "value": OLD_BLOCK["value"]["items"][0]}]),
    )
    home_page.add_child(instance=page)
    revision = page.save_revision()
    revision.content["body"] = json.dumps(old_body)
    revision.save()
    write_old_body(page, old_body)
    mission = MissionPage(title="Mission", slug="mission")
    home_page.add_child(instance=mission)
    write_old_body(mission, [OLD_BLOCK])

    fold_body_references(apps, "advocacy", ["ContentPage", "MissionPage"])

    page.refresh_from_db()
    assert [block["type"] for block in page.body.raw_data] == ["rich_text"]
    citations = [ref.value["citation"] for ref in page.references]
    assert citations == ["Fearon K et al. Lancet Oncol 2011.", "A second source, 2020."]  # no duplicate
    revision_body = json.loads(page.latest_revision.content["body"])
    assert [block["type"] for block in revision_body] == ["rich_text"]
    assert len(json.loads(page.latest_revision.content["references"])) == 2

    # A page type without a references field keeps its sources as a list in the body.
    mission.refresh_from_db()
    html = mission.body.raw_data[0]["value"]
    assert mission.body.raw_data[0]["type"] == "rich_text"
    assert "A second source, 2020." in html and "Where this comes from" in html
