"""The materials filters are real checkboxes a person can tick (their choices now come from the cache)."""

import pytest

from .helpers import VIEWPORTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
def test_ticking_an_audience_and_a_topic_narrows_the_list(live_site, page, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site + "/materials/")
    assert page.locator("#results-heading").inner_text() == "4 materials found"
    page.get_by_role("checkbox", name="Clinicians").check()
    page.get_by_role("button", name="Show materials").click()
    page.wait_for_url("**/materials/?*audience=clinician*")
    assert page.locator("#results-heading").inner_text() == "2 materials found"
    assert page.get_by_role("checkbox", name="Clinicians").is_checked()  # the choice is shown again
    page.get_by_role("checkbox", name="Eating and appetite").check()
    page.get_by_role("button", name="Show materials").click()
    page.wait_for_url("**topic=eating-and-appetite*")
    assert page.locator("#results-heading").inner_text() == "1 material found"
    assert page.locator(".material-list h3").all_inner_texts() == ["A weekly weight and appetite diary"]
