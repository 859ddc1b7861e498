"""An editor builds an education page from every body block in the admin, and readers see each one."""

import pytest
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advocacy.models import ContentPage
from staging.models import CriteriaSet
from tests.factories import MaterialIndexPageFactory, MaterialPageFactory, ReviewerFactory, SectionIndexPageFactory
from tests.helpers import listblock

pytestmark = pytest.mark.django_db


def test_every_block_can_be_built_in_the_admin_and_renders(admin_client, home_page):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Plate", file=get_test_image_file())
    section = SectionIndexPageFactory(parent=home_page)
    material = MaterialPageFactory(parent=MaterialIndexPageFactory(parent=home_page), slug="weight-diary")
    reviewer = ReviewerFactory(name="Example Reviewer")
    data = nested_form_data(
        {
            "title": "Living with cachexia",
            "slug": "living-with-cachexia",
            "intro": rich_text("<p>Day to day tips.</p>"),
            "reviewer": reviewer.pk,
            "last_reviewed": "2026-11-01",
            "next_review_due": "2029-11-01",
            "references": streamfield([("reference", {"citation": "A study, 2020.", "url": "https://doi.org/10.1/x"})]),
            "body": streamfield(
                [
                    ("rich_text", rich_text("<p>Plain words.</p>")),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "heading": "Call your team",
                            "text": rich_text("<p>If you cannot eat.</p>"),
                        },
                    ),
                    ("key_facts", {"heading": "Facts", "facts": listblock(["Fact one", "Fact two"])}),
                    (
                        "faq",
                        {
                            "heading": "Questions",
                            "items": listblock(
                                [{"question": "Can I exercise?", "answer": rich_text("<p>Gently, yes.</p>")}]
                            ),
                        },
                    ),
                    ("quote", {"text": "It helped.", "attribution": "A carer"}),
                    ("image", {"image": image.pk, "alt_text": "A plate of food", "caption": "Small meals"}),
                    (
                        "stages_summary",
                        {"heading": "Stages", "criteria_set": CriteriaSet.objects.get(slug="society-wording").pk},
                    ),
                    ("featured_materials", {"heading": "Read next", "materials": listblock([material.pk])}),
                ]
            ),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/advocacy/contentpage/{section.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ContentPage.objects.get(slug="living-with-cachexia")
    assert page.live and len(page.body) == 8

    body = admin_client.get(page.url).content.decode()
    for text in (
        "Plain words.",
        "Important: Call your team",
        "Fact two",
        "<summary>Can I exercise?</summary>",
        "It helped.",
        'alt="A plate of food"',
        "Small meals",
        "The society&#x27;s own wording",
        'href="/materials/weight-diary/"',
        "A study, 2020.",
    ):
        assert text in body, text


@pytest.mark.parametrize("alt_text", ["", "A bowl of soup"])
def test_image_block_requires_alt_text(admin_client, home_page, alt_text):
    """An image is chosen either way: only its alt text decides whether the page can be saved."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Soup", file=get_test_image_file())
    data = nested_form_data(
        {
            "title": "Image page",
            "slug": "image-page",
            "intro": rich_text(""),
            "references": streamfield([]),
            "body": streamfield([("image", {"image": image.pk, "alt_text": alt_text, "caption": ""})]),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/advocacy/contentpage/{home_page.pk}/", data)
    if alt_text:
        assert response.status_code == 302
        page = ContentPage.objects.get(slug="image-page")
        assert page.live and page.body[0].value["image"] == image
        assert f'alt="{alt_text}"' in admin_client.get(page.url).content.decode()
    else:
        assert response.status_code == 200
        assert not ContentPage.objects.filter(slug="image-page").exists()
        errors = response.context["form"].errors
        assert list(errors) == ["body"]  # nothing but the image block is wrong
        # The error sits on the first block's alt text field, not on the image or the caption.
        assert errors["body"].as_data()[0].as_json_data() == {
            "blockErrors": {0: {"blockErrors": {"alt_text": {"messages": ["This field is required."]}}}}
        }


PROJECT_PACKAGES = ("advocacy", "staging", "materials", "questions", "editor_2fa")


def stream_blocks():
    """The block of every StreamField on every model, with the field's name."""
    from django.apps import apps
    from wagtail.fields import StreamField

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model._meta.label}.{field.name}", field.stream_block


def blocks_inside(block, path):
    """(path, block, picked) for every block inside ``block``; ``picked``: chosen from a block menu."""
    if isinstance(block, blocks.StreamBlock):
        children = [(name, child, True) for name, child in block.child_blocks.items()]
    elif isinstance(block, blocks.StructBlock):
        children = [(name, child, False) for name, child in block.child_blocks.items()]
    elif isinstance(block, blocks.ListBlock):
        children = [("item", block.child_block, False)]
    else:
        children = []
    for name, child, picked in children:
        yield f"{path}.{name}", child, picked
        yield from blocks_inside(child, f"{path}.{name}")


def test_every_block_shows_editors_a_description_and_a_styled_preview(admin_client, home_page):
    """Our own blocks, and every block an editor picks from a menu, in every StreamField of every model."""
    checked, missing, previews = set(), [], {}
    for path, stream_block in stream_blocks():
        for name, block, picked in [(path, stream_block, False), *blocks_inside(stream_block, path)]:
            if not picked and type(block).__module__.split(".")[0] not in PROJECT_PACKAGES:
                continue  # a field inside a block of ours (its help text is its description), or a plain list
            checked.add(type(block).__name__)
            if not block.get_description():
                missing.append(f"{name}: no description")
            if not block.get_preview_value():
                missing.append(f"{name}: no preview value")
            if picked:
                assert block.is_previewable, f"{name} has no preview"
                previews.setdefault((type(stream_block), block.name), (name, block))
    assert missing == []
    # Walked through every kind of field: the body, the references, the task links and the rule groups.
    assert {"BodyBlock", "ReferenceBlock", "TaskLinkBlock", "RuleGroupsBlock", "ConditionBlock"} <= checked
    assert {"FaqItemBlock", "RuleGroupBlock", "FeaturedMaterialsBlock"} <= checked

    for name, block in previews.values():  # what the block menu shows, from Wagtail's preview view
        response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "css/site.css" in html, name  # previews use the site's own styles
        assert 'class="w-block-' in html, name
        shown = strip_tags(html.split("<main>", 1)[1]).split()
        assert len(shown) >= 4, f"the {name} preview shows almost nothing: {shown}"
        if block.name == "group":  # in the words readers see on the stages page, not as raw values
            assert "Body mass index (BMI): less than 20 kg/m²" in html
    assert len(previews) == 11  # the body's 8 blocks, a reference, a task link and a rule group
