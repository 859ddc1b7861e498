"""Materials pointed at stage rows, one per criteria set; now they keep each stage's slug once.

Saved drafts and old revisions are rewritten too, so opening or publishing one keeps its stages.
"""

from django.db import migrations


def _material_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="materials", model="materialpage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def stages_to_slugs(apps, schema_editor):
    MaterialPage = apps.get_model("materials", "MaterialPage")
    MaterialStage = apps.get_model("materials", "MaterialStage")
    Stage = apps.get_model("staging", "Stage")
    slug_of = dict(Stage.objects.values_list("pk", "slug"))

    Through = MaterialPage.stages.through
    links = {}
    for page_id, stage_id in Through.objects.order_by("pk").values_list("materialpage_id", "stage_id"):
        slugs = links.setdefault(page_id, [])
        if slug_of.get(stage_id) and slug_of[stage_id] not in slugs:
            slugs.append(slug_of[stage_id])
    rows = {}
    for page_id, slugs in links.items():
        for slug in slugs:
            rows[(page_id, slug)] = MaterialStage.objects.create(page_id=page_id, slug=slug).pk

    for revision in _material_revisions(apps).iterator():
        content = revision.content
        if "stages" not in content:
            continue
        page_id = int(revision.object_id)
        slugs = list(dict.fromkeys(slug_of[pk] for pk in content.pop("stages") or [] if pk in slug_of))
        content["stage_links"] = [
            {"pk": rows.get((page_id, slug)), "slug": slug, "page": page_id} for slug in slugs
        ]
        revision.content = content
        revision.save(update_fields=["content"])


def slugs_to_stages(apps, schema_editor):
    MaterialPage = apps.get_model("materials", "MaterialPage")
    MaterialStage = apps.get_model("materials", "MaterialStage")
    Stage = apps.get_model("staging", "Stage")
    first_row = {}
    for pk, slug in Stage.objects.order_by("-criteria_set__is_default", "criteria_set__pk", "pk").values_list(
        "pk", "slug"
    ):
        first_row.setdefault(slug, pk)
    Through = MaterialPage.stages.through
    for link in MaterialStage.objects.all():
        if link.slug in first_row:
            Through.objects.get_or_create(materialpage_id=link.page_id, stage_id=first_row[link.slug])
    for revision in _material_revisions(apps).iterator():
        content = revision.content
        if "stage_links" not in content:
            continue
        content["stages"] = [first_row[item["slug"]] for item in content.pop("stage_links") if item["slug"] in first_row]
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('materials', '0005_material_stages_by_slug'),
        # Only stage rows and slugs are read, so staging's first migrations are enough. Depending on no later
        # one keeps `migrate staging zero` possible: its landed seed migration then runs its reverse while
        # materials still keep stages by slug, with no table of links to stage rows left to dangle.
        ('staging', '0002_metrics_for_clinician_measures'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(stages_to_slugs, slugs_to_stages),
    ]
