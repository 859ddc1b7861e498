"""Hostile input from editors and visitors (security catalogue C3, C6, C7 and E16)."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advocacy.models import ContentPage
from staging.models import CriteriaSet
from tests.factories import SectionIndexPageFactory, StagesPageFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'


def test_xss_typed_by_an_editor_is_escaped_or_dropped_on_the_public_page_and_in_the_admin(admin_client, home_page):
    section = SectionIndexPageFactory(parent=home_page)
    data = nested_form_data(
        {
            "title": f"Tips {SCRIPT}",
            "slug": "tips",
            "intro": rich_text('<p><a href="javascript:alert(3)">click</a> here</p>'),
            "body": streamfield(
                [
                    ("quote", {"text": IMG, "attribution": SCRIPT}),
                    ("rich_text", rich_text('<p><a href="javascript:alert(4)">more</a></p>')),
                ]
            ),
            "references": streamfield([]),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/advocacy/contentpage/{section.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ContentPage.objects.get(slug="tips")

    public = Client().get(page.url).content.decode()
    assert "Tips &lt;script&gt;alert(1)&lt;/script&gt;" in public  # the title, shown as typed
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in public  # the quote, shown as typed
    for raw in (SCRIPT, "<img src=x onerror", "javascript:"):
        assert raw not in public, raw

    listing = admin_client.get(f"/admin/pages/{section.pk}/").content.decode()
    assert "Tips &lt;script&gt;alert(1)&lt;/script&gt;" in listing
    assert SCRIPT not in listing


def test_a_stage_name_with_markup_is_escaped_on_the_stages_page(client, home_page):
    stages_page = StagesPageFactory(parent=home_page)
    stage = CriteriaSet.objects.get(slug="fearon-2011").stages.first()
    stage.name = f"Pre-cachexia {SCRIPT}"
    stage.save()

    html = client.get(stages_page.url).content.decode()
    assert "Pre-cachexia &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html


def test_checker_post_without_a_csrf_token_gets_a_friendly_403_that_echoes_nothing(home_page):
    url = StagesPageFactory(parent=home_page).url + "check/"
    form = {"criteria_set": "fearon-2011", "units": "metric", "current_weight": "68.37", "earlier_weight": "73.91"}
    response = Client(enforce_csrf_checks=True).post(url, form)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Please reload the page" in html
    assert "Traceback" not in html and "68.37" not in html and "73.91" not in html


def test_admin_login_never_redirects_off_site(client, superuser):
    response = client.post(
        "/admin/login/?next=https://evil.example/",
        {"username": "boss", "password": "a-long-test-password", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    # The password was accepted all the same: next comes the second step (tests/editor_2fa/), never evil.example.
    assert client.get("/admin/")["Location"].startswith("/admin/two-step/setup/")
