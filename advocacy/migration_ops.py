"""Data steps shared by the migrations that retired the body "references" block.

Sources used to be citable twice: a ``references`` block in the body and the ``references`` field
of reviewed pages. Now only the field exists. These steps move body references into the field
(or, on page types without one, into a rich-text list in place), in the live content and in each
page's latest revision, so nothing an editor wrote is lost.
"""

import json

from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.html import escape


def _as_rich_text(value: dict) -> dict:
    items = "".join(
        f"<li>{escape(item['citation'])}"
        + (f' <a href="{escape(item["url"])}">{escape(item["url"])}</a>' if item.get("url") else "")
        + "</li>"
        for item in value.get("items", [])
    )
    return {"type": "rich_text", "value": f"<h2>{escape(value.get('heading', ''))}</h2><ol>{items}</ol>"}


def _fold(body: list, references: list | None) -> tuple[list, list | None, bool]:
    """Return the new body and references (None when the page type has no field), and whether anything changed."""
    new_body, changed = [], False
    for block in body:
        if block.get("type") != "references":
            new_body.append(block)
            continue
        changed = True
        if references is None:
            new_body.append(_as_rich_text(block["value"]))
            continue
        known = {ref["value"]["citation"] for ref in references}
        for item in block["value"].get("items", []):
            if item["citation"] not in known:
                references.append({"type": "reference", "value": item})
                known.add(item["citation"])
    return new_body, references, changed


def _load(raw) -> list:
    if raw in (None, ""):
        return []
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def fold_body_references(apps, app_label: str, model_names: list[str]) -> None:
    """Run in a migration. Reads the stored JSON as text, so blocks the current definition lacks are seen too."""
    revision_model = apps.get_model("wagtailcore", "Revision")
    for name in model_names:
        model = apps.get_model(app_label, name)
        has_field = any(field.name == "references" for field in model._meta.get_fields())
        columns = {"raw_body": Cast("body", TextField())}
        if has_field:
            columns["raw_references"] = Cast("references", TextField())
        for row in model.objects.annotate(**columns).values("pk", "latest_revision_id", *columns):
            body, references, changed = _fold(
                _load(row["raw_body"]), _load(row["raw_references"]) if has_field else None
            )
            if changed:
                fields = {"body": json.dumps(body)}
                if has_field:
                    fields["references"] = json.dumps(references)
                model.objects.filter(pk=row["pk"]).update(**fields)
            revision = revision_model.objects.filter(pk=row["latest_revision_id"]).first()
            if revision is None or "body" not in revision.content:
                continue
            body, references, changed = _fold(
                _load(revision.content["body"]),
                _load(revision.content.get("references")) if has_field else None,
            )
            if changed:
                revision.content["body"] = json.dumps(body)
                if has_field:
                    revision.content["references"] = json.dumps(references)
                revision.save(update_fields=["content"])
