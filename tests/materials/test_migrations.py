"""The data migrations of issue 9, run for real: back to the old schema, old data in, forward again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from materials.languages import code_for
from materials.models import MaterialPage

BEFORE = [("materials", "0002_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Spanish", "es"), ("es", "es"), ("ES-mx", "es"), ("Español", "es"), ("espanol", "es"), ("English", "en")]
    + [("en-GB", "en"), ("Polish", "pl"), ("pt_BR", "pt"), ("Chinese", "zh-hans"), ("Klingon", None), ("", None)],
)
def test_free_text_languages_map_to_codes(typed, code):
    assert code_for(typed) == code


@pytest.fixture
def old_schema(transactional_db, migrated_rows):
    """The apps as they were before issue 9; the database goes forward again afterwards, pass or fail."""
    try:
        yield migrate(BEFORE).loader.project_state(BEFORE).apps
    finally:
        migrate(None)


def test_old_materials_keep_their_stages_once_each_and_get_language_codes(old_schema):
    old = old_schema
    Page = old.get_model("wagtailcore", "Page")
    ContentType = old.get_model("contenttypes", "ContentType")
    Stage = old.get_model("staging", "Stage")
    Revision = old.get_model("wagtailcore", "Revision")
    OldMaterial = old.get_model("materials", "MaterialPage")
    root = Page.objects.get(depth=1)
    material_type, _ = ContentType.objects.get_or_create(app_label="materials", model="materialpage")
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")

    def old_material(slug, language, stage_slugs, path):
        page = OldMaterial.objects.create(
            title=slug, draft_title=slug, slug=slug, path=root.path + path, depth=2, numchild=0,
            url_path=f"/{slug}/", content_type=material_type, locale_id=root.locale_id, live=True,
            summary="A leaflet.", language=language, short_code=f"code{path}",
        )  # fmt: skip
        stages = list(Stage.objects.filter(slug__in=stage_slugs).values_list("pk", flat=True))
        through = OldMaterial.stages.through  # every criteria set's row: two "cachexia" stages
        through.objects.bulk_create([through(materialpage_id=page.pk, stage_id=stage) for stage in stages])
        Revision.objects.create(
            content_type=material_type, base_content_type=page_type, object_id=str(page.pk), object_str=slug,
            created_at=timezone.now(),
            content={"pk": page.pk, "title": slug, "language": language, "stages": stages},
        )  # fmt: skip
        return page.pk, len(stages)

    spanish, rows = old_material("spanish", "Spanish", ["cachexia", "pre-cachexia"], "0901")
    assert rows == 4
    klingon, _ = old_material("klingon", "Klingon", [], "0902")
    english, _ = old_material("english", "en-GB", ["refractory-cachexia"], "0903")

    migrate(None)

    material = MaterialPage.objects.get(pk=spanish)
    assert material.language == "es"
    assert sorted(link.slug for link in material.stage_links.all()) == ["cachexia", "pre-cachexia"]
    revision = material.revisions.get()
    assert revision.content["language"] == "es" and "stages" not in revision.content
    assert sorted(item["slug"] for item in revision.content["stage_links"]) == ["cachexia", "pre-cachexia"]
    # The draft in the revision opens with its stages.
    assert sorted(link.slug for link in revision.as_object().stage_links.all()) == ["cachexia", "pre-cachexia"]
    assert MaterialPage.objects.get(pk=klingon).language == "Klingon"  # left for an editor to choose
    assert MaterialPage.objects.get(pk=english).language == "en"
