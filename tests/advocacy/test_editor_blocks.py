"""An editor builds an education page from every body block in the admin, and readers see each one."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advocacy.models import ContentPage, Reviewer, SectionIndexPage
from materials.models import MaterialPage
from staging.models import CriteriaSet

pytestmark = pytest.mark.django_db


def listblock(items):
    data = {str(i): {"value": item, "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def test_every_block_can_be_built_in_the_admin_and_renders(admin_client, demo_site):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Plate", file=get_test_image_file())
    section = SectionIndexPage.objects.get()
    material = MaterialPage.objects.get(slug="weight-diary")
    data = nested_form_data(
        {
            "title": "Living with cachexia",
            "slug": "living-with-cachexia",
            "intro": rich_text("<p>Day to day tips.</p>"),
            "reviewer": Reviewer.objects.get().pk,
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
                    (
                        "references",
                        {"heading": "Sources", "items": listblock([{"citation": "Fearon 2011.", "url": ""}])},
                    ),
                ]
            ),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/advocacy/contentpage/{section.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ContentPage.objects.get(slug="living-with-cachexia")
    assert page.live and len(page.body) == 9

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
        "Fearon 2011.",
        "A study, 2020.",
    ):
        assert text in body, text


def test_image_block_requires_alt_text(admin_client, demo_site):
    section = SectionIndexPage.objects.get()
    data = nested_form_data(
        {
            "title": "No alt",
            "slug": "no-alt",
            "intro": rich_text(""),
            "references": streamfield([]),
            "body": streamfield([("quote", {"text": "", "attribution": ""})]),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/advocacy/contentpage/{section.pk}/", data)
    assert response.status_code == 200
    assert not ContentPage.objects.filter(slug="no-alt").exists()
