"""Demo copy's block lists as StreamField JSON (shared by the English and Spanish builders)."""

import json
import uuid

from materials.models import MaterialPage

# The list blocks that hold words: written in Wagtail's block format (each item with its own id), the only
# format wagtail-localize reads words from, so that their translations reach the translated pages.
WORDED_LISTS = {"key_facts": "facts", "faq": "items"}


def stream_json(blocks: list[dict]) -> str:
    """Turn the copy's block list into StreamField JSON, resolving material slugs to page ids."""
    resolved = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "featured_materials":
            ids = list(MaterialPage.objects.filter(slug__in=value["slugs"]).values_list("pk", flat=True))
            value = {"heading": value["heading"], "materials": ids}
        elif block["type"] == "stages_summary":
            value = {"heading": value["heading"], "criteria_set": None}
        elif block["type"] in WORDED_LISTS:
            name = WORDED_LISTS[block["type"]]
            value = {**value, name: [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in value[name]]}
        resolved.append({"type": block["type"], "value": value})
    return json.dumps(resolved)
