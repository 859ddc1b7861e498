"""Every interactive control on the public pages, used as a visitor uses it, at 375 px and at 1280 px.

Controls are reached by their labels, roles and keys; results are read off the screen. Read-only
journeys share one demo site (``demo``); a journey that needs different content uses a fresh one
(``live_site``). Where a journey needs more results than the demo has (pagination), it lowers the
page size rather than adding pages.
"""

import re

import pytest
from playwright.sync_api import expect

from .helpers import FOCUS_STATE, assert_axe_clean, focus_lands_on, in_view, tab_to, top_on_page

pytestmark = pytest.mark.browser

TASK_LINKS = [
    ("Learn what cachexia is", "What is cachexia?"),
    ("See the stages of cachexia and check your numbers", "Stages of cachexia"),
    ("Get free leaflets and a weight diary from our patient materials", "Patient materials"),
    ("Join our community of patients and carers", "Community"),
    ("Ask our experts a question", "Ask our experts"),
]
DIARY = "A weekly weight and appetite diary"
EATING = "Eating well when you don't feel hungry"
QUESTIONS = "Questions to ask your care team"
GUIDE = "Understanding cachexia: a short guide"


def h1(page) -> str:
    return page.get_by_role("heading", level=1).inner_text()


def found(page) -> str:
    return page.get_by_role("heading", name=re.compile(r"materials? found")).inner_text()


def show_materials(page, scope=None) -> None:
    """Press "Show materials" and wait for the list it loads (reading sooner could read the old list)."""
    with page.expect_navigation():
        (scope or page).get_by_role("button", name="Show materials").click()


def listed(page) -> list[str]:
    return sorted(page.locator(".material-list h3").all_inner_texts())


def option_names(group) -> list[str]:
    """The checkboxes' names as a screen reader reads them, each with its count."""
    return [box.evaluate(ACCESSIBLE_NAME) for box in group.get_by_role("checkbox").all()]


ACCESSIBLE_NAME = "el => el.labels[0].textContent.replace(/\\s+/g, ' ').replace(' )', ')').trim()"


def screens(page, count: int) -> float:
    return count * page.viewport_size["height"]


def lands_on_results(page) -> bool:
    """The page opened at its results heading (the address's #results-heading), which is in view."""
    heading = page.locator("#results-heading")
    return heading.evaluate("el => el.matches(':target')") and in_view(heading)


# Home page, navigation and the skip link


def test_skip_link_jumps_past_the_header_to_the_content(demo, visitor):
    visitor.goto(demo + "/")
    skip = tab_to(visitor, lambda focus: True)
    assert skip["text"] == "Skip to main content"
    visitor.keyboard.press("Enter")
    assert visitor.evaluate("document.activeElement.id") == "main"
    visitor.keyboard.press("Tab")  # the next stop is in the content, not the header
    assert visitor.evaluate(FOCUS_STATE)["text"] == TASK_LINKS[0][0]


def test_home_task_links_are_on_the_first_screen_and_go_where_they_say(demo, visitor):
    visitor.goto(demo + "/")
    tasks = visitor.get_by_role("region", name="What you can do here")
    assert top_on_page(tasks.get_by_role("link").first) < screens(visitor, 1)
    assert tasks.get_by_role("link").all_inner_texts() == [text for text, _ in TASK_LINKS]
    for text, title in TASK_LINKS:
        visitor.goto(demo + "/")
        visitor.get_by_role("region", name="What you can do here").get_by_role("link", name=text).click()
        assert h1(visitor) == title
    assert_axe_clean(visitor, "home-task-links")


def test_main_navigation_reaches_each_section_and_marks_where_you_are(demo, visitor):
    visitor.goto(demo + "/")
    for name in ("Our mission", "Patient materials", "About cachexia", "Community"):
        nav = visitor.get_by_role("navigation", name="Main")
        nav.get_by_role("link", name=name).click()
        assert h1(visitor) == name
        current = visitor.get_by_role("navigation", name="Main").locator("[aria-current=page]")
        assert current.inner_text() == name
    visitor.get_by_role("link", name="Cancer Cachexia Society").first.click()  # the site name goes home
    expect(visitor.get_by_role("region", name="What you can do here")).to_be_visible()


def test_pages_fit_a_320_px_screen_without_sideways_scrolling(demo, page):
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for path in (
        "/",
        "/materials/?audience=patient",
        "/materials/eating-well/",
        "/materials/handout/?m=eating-well",
        "/about-cachexia/stages/",
        "/about-cachexia/stages/check-your-numbers/",
        "/search/?q=weight",
    ):
        page.goto(demo + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[path] = width
    assert wide == {}


# Site search


def test_site_search_from_the_header_and_again_from_the_results_page(demo, visitor):
    visitor.goto(demo + "/community/")
    header_box = visitor.get_by_role("searchbox", name="Search the site")
    header_box.fill("inflammation")
    header_box.press("Enter")
    visitor.wait_for_url("**/search/?q=inflammation")
    visitor.locator(".search-results").get_by_role("link", name="What causes cachexia?").click()
    assert h1(visitor) == "What causes cachexia?"
    visitor.go_back()

    box = visitor.get_by_role("main").get_by_role("searchbox", name="What are you looking for?")
    assert box.input_value() == "inflammation"
    box.fill('"diary')  # a stray quote: a page of results, not an error
    with visitor.expect_navigation():
        visitor.get_by_role("main").get_by_role("button", name="Search").click()
    assert visitor.get_by_role("heading", level=2).first.inner_text().startswith("1 result for")
    assert DIARY in visitor.locator(".search-results").inner_text()

    box = visitor.get_by_role("main").get_by_role("searchbox", name="What are you looking for?")
    box.fill("zzzqqq (")
    with visitor.expect_navigation():
        box.press("Enter")
    assert "No results for" in visitor.get_by_role("main").inner_text()


def test_search_results_come_in_pages(demo, visitor, monkeypatch):
    monkeypatch.setattr("advocacy.views.RESULTS_PER_PAGE", 2)  # the demo's few pages, two at a time
    visitor.goto(demo + "/search/")
    box = visitor.get_by_role("main").get_by_role("searchbox", name="What are you looking for?")
    box.fill("cachexia")
    box.press("Enter")
    pages = visitor.get_by_role("navigation", name="Pages of results")
    assert re.fullmatch(r"Page 1 of \d+", pages.locator("[aria-current=page]").inner_text())
    first = visitor.locator(".search-results h3").all_inner_texts()
    pages.get_by_role("link", name="Next page").click()
    pages = visitor.get_by_role("navigation", name="Pages of results")
    pages.locator("[aria-current=page]", has_text="Page 2 of").wait_for()  # the new page, not the old one
    assert pages.locator("[aria-current=page]").inner_text().startswith("Page 2 of")
    assert lands_on_results(visitor)  # on a phone too: not back at the top, above the search form
    second = visitor.locator(".search-results h3").all_inner_texts()
    assert len(first) == len(second) == 2 and not set(first) & set(second)
    assert visitor.get_by_role("main").get_by_role("searchbox").input_value() == "cachexia"
    pages.get_by_role("link", name="Previous page").click()
    pages.locator("[aria-current=page]", has_text="Page 1 of").wait_for()  # all_inner_texts() does not wait
    assert visitor.locator(".search-results h3").all_inner_texts() == first
    assert lands_on_results(visitor)


# The materials index: filters, language, search, pagination


def test_each_filter_group_narrows_the_list_keeps_its_ticks_and_clears(demo, visitor):
    visitor.goto(demo + "/materials/")
    assert found(visitor) == "4 materials found"
    filters = visitor.locator("form.material-filters")

    # Who it is for: click the label, as a person does.
    audience = filters.get_by_role("group", name="Who it is for")
    assert option_names(audience) == ["Patients (4 materials)", "Caregivers (3 materials)", "Clinicians (2 materials)"]
    audience.locator("label", has_text="Clinicians").click()
    show_materials(visitor, filters)
    assert found(visitor) == "2 materials found"
    assert listed(visitor) == [DIARY, QUESTIONS]
    assert in_view(visitor.get_by_role("heading", name="2 materials found"))  # lands on the results
    filters = visitor.locator("form.material-filters")
    assert filters.get_by_role("group", name="Who it is for").get_by_label("Clinicians").is_checked()

    # Topic: by keyboard, Space ticks the box.
    topic = filters.get_by_role("group", name="Topic")
    topic.get_by_label("Eating and appetite").focus()
    visitor.keyboard.press("Space")
    show_materials(visitor, filters)
    assert listed(visitor) == [DIARY]

    # Clear filters starts again.
    visitor.get_by_role("link", name="Clear filters").click()
    assert found(visitor) == "4 materials found"
    assert visitor.locator("form.material-filters input[type=checkbox]:checked").count() == 0

    # Stage: each stage once, however many criteria sets describe it.
    stage = visitor.locator("form.material-filters").get_by_role("group", name="Stage")
    assert option_names(stage) == [
        "Pre-cachexia (4 materials)",
        "Cachexia (4 materials)",
        "Refractory cachexia (2 materials)",
    ]
    stage.locator("label", has_text="Refractory cachexia").click()
    show_materials(visitor)
    assert listed(visitor) == [QUESTIONS, GUIDE]
    assert_axe_clean(visitor, "materials-filtered")


def test_language_select_keeps_its_choice(demo, visitor):
    visitor.goto(demo + "/materials/")
    language = visitor.get_by_label("Language", exact=True)
    assert language.locator("option").all_inner_texts() == ["Any language", "English (4)"]
    language.select_option(label="English (4)")
    show_materials(visitor)
    assert found(visitor) == "4 materials found"
    assert visitor.get_by_label("Language", exact=True).locator("option:checked").inner_text() == "English (4)"


def test_language_select_narrows_to_a_language_named_in_its_own_words(live_site, visitor):
    from materials.models import MaterialPage

    spanish = MaterialPage.objects.get(slug="eating-well", locale__language_code="en")
    spanish.language = "es"
    spanish.save_revision().publish()
    visitor.goto(live_site + "/materials/")
    language = visitor.get_by_label("Language", exact=True)
    assert language.locator("option").all_inner_texts() == ["Any language", "English (3)", "Español (1)"]
    language.focus()
    language.select_option(label="Español (1)")
    visitor.keyboard.press("Enter")  # a select is not a text box: Enter does not submit, the button does
    show_materials(visitor)
    assert found(visitor) == "1 material found" and listed(visitor) == [EATING]
    assert visitor.get_by_label("Language", exact=True).locator("option:checked").inner_text() == "Español (1)"
    visitor.get_by_role("link", name=EATING).click()
    assert "Español" in visitor.locator(".material-details").inner_text()


def test_materials_search_box_finds_by_word_and_survives_a_stray_quote(demo, visitor):
    visitor.goto(demo + "/materials/")
    box = visitor.get_by_role("searchbox", name="Search the materials")
    box.fill("diary")
    with visitor.expect_navigation():  # reading sooner could read the old list
        box.press("Enter")
    assert found(visitor) == "1 material found" and listed(visitor) == [DIARY]
    box = visitor.get_by_role("searchbox", name="Search the materials")
    assert box.input_value() == "diary"
    box.fill('"eating')
    with visitor.expect_navigation():  # reading sooner could read the old list
        box.press("Enter")
    assert EATING in listed(visitor)
    assert visitor.get_by_role("searchbox", name="Search the materials").input_value() == '"eating'

    box = visitor.get_by_role("searchbox", name="Search the materials")
    box.fill("zzzqqq")
    with visitor.expect_navigation():  # reading sooner could read the old list
        box.press("Enter")
    assert found(visitor) == "0 materials found"
    visitor.get_by_role("link", name="see all materials").click()
    assert found(visitor) == "4 materials found"
    assert visitor.get_by_role("searchbox", name="Search the materials").input_value() == ""


def test_materials_come_in_pages_that_keep_the_filters(demo, visitor, monkeypatch):
    monkeypatch.setattr("materials.listing.PER_PAGE", 2)
    visitor.goto(demo + "/materials/")
    visitor.get_by_role("group", name="Who it is for").locator("label", has_text="Patients").click()
    show_materials(visitor)
    pages = visitor.get_by_role("navigation", name="Pages of results")
    assert pages.locator("[aria-current=page]").inner_text() == "Page 1 of 2"
    first = listed(visitor)
    pages.get_by_role("link", name="Next page").click()
    assert visitor.get_by_role("navigation", name="Pages of results").locator("[aria-current=page]").inner_text() == (
        "Page 2 of 2"
    )
    assert lands_on_results(visitor)  # past the filters, which fill the first screens of a phone
    second = listed(visitor)
    assert len(first) == len(second) == 2 and sorted(first + second) == sorted([DIARY, EATING, QUESTIONS, GUIDE])
    assert visitor.get_by_role("group", name="Who it is for").get_by_label("Patients").is_checked()


# Handouts


def remove_link(title):
    return re.compile(rf"^Remove from handout\s*: {re.escape(title)}$")


def add_link(title):
    return re.compile(rf"^Add to handout\s*: {re.escape(title)}$")


def test_clinician_builds_changes_and_prints_a_handout(demo, visitor):
    visitor.goto(demo + "/materials/")
    visitor.locator("label", has_text=f"Add to handout: {EATING}").click()
    visitor.locator("label", has_text=f"Add to handout: {QUESTIONS}").click()
    visitor.get_by_role("button", name="Make a handout of the ticked materials").click()
    visitor.wait_for_url(re.compile(r".*/materials/handout/\?m=eating-well&m=questions-to-ask$"))
    assert visitor.locator(".handout-item h2").all_inner_texts() == [EATING, QUESTIONS]

    visitor.get_by_role("link", name=remove_link(QUESTIONS)).click()
    visitor.locator(".handout-item h2", has_text=QUESTIONS).wait_for(state="detached")  # the new handout
    assert visitor.locator(".handout-item h2").all_inner_texts() == [EATING]

    visitor.get_by_role("link", name="Add more materials").click()
    assert "Your handout so far: " + EATING in visitor.locator(".handout-progress").inner_text()
    assert visitor.get_by_label(f"Add to handout: {EATING}").is_checked()
    visitor.locator("label", has_text=f"Add to handout: {DIARY}").click()
    visitor.get_by_role("button", name="Make a handout of the ticked materials").click()
    visitor.wait_for_url(HANDOUT_URL)
    assert visitor.locator(".handout-item h2").all_inner_texts() == [DIARY, EATING]
    short_links = visitor.locator(".handout-item a.bare-url")
    assert all(re.fullmatch(re.escape(demo) + r"/m/[a-z0-9]{6}/", t) for t in short_links.all_inner_texts())
    assert_axe_clean(visitor, "handout")

    visitor.emulate_media(media="print")
    for hidden in ("Add more materials", remove_link(DIARY), "Skip to main content"):
        assert not visitor.get_by_role("link", name=hidden).is_visible(), hidden
    assert not visitor.get_by_label("Link to this handout (copy it to send by email or text)").is_visible()
    assert not visitor.get_by_role("navigation", name="Main").is_visible()
    assert visitor.locator(".handout-item h2").first.is_visible()
    assert visitor.locator(".handout-item figure.qr svg").first.is_visible()
    after = visitor.evaluate("getComputedStyle(document.querySelector('.handout-item a.bare-url'), '::after').content")
    assert after == "none"  # the short link's text is its address: printed once, not twice
    visitor.emulate_media(media="screen")

    # The link to send: it opens the same handout.
    link = visitor.get_by_label("Link to this handout (copy it to send by email or text)")
    assert link.get_attribute("readonly") is not None
    address = link.input_value()
    assert address == visitor.url
    visitor.goto(short_links.first.get_attribute("href"))
    assert h1(visitor) == DIARY
    visitor.goto(address)
    assert visitor.locator(".handout-item h2").all_inner_texts() == [DIARY, EATING]


def test_a_handout_starts_from_a_material_page(demo, visitor):
    visitor.goto(demo + "/materials/weight-diary/")
    visitor.get_by_role("link", name="Make a printed handout with this material").click()
    visitor.wait_for_url(HANDOUT_URL)
    assert visitor.locator(".handout-item h2").all_inner_texts() == [DIARY]


HANDOUT_URL = re.compile(r"/materials/handout/\?")


def test_ticks_survive_a_filter_and_a_material_page_adds_itself_to_them(demo, visitor):
    visitor.goto(demo + "/materials/")
    visitor.locator("label", has_text=f"Add to handout: {EATING}").click()
    visitor.locator("label", has_text=f"Add to handout: {QUESTIONS}").click()
    # A filter changed after ticking: the ticks go with it, shown or not.
    visitor.get_by_role("group", name="Who it is for").locator("label", has_text="Clinicians").click()
    show_materials(visitor)
    assert listed(visitor) == [DIARY, QUESTIONS]
    progress = visitor.locator(".handout-progress")
    assert progress.inner_text().startswith(f"Your handout so far: {EATING}; {QUESTIONS}.")
    assert visitor.get_by_label(f"Add to handout: {QUESTIONS}").is_checked()
    assert not visitor.get_by_label(f"Add to handout: {DIARY}").is_checked()

    progress.get_by_role("link", name="See your handout").click()
    visitor.wait_for_url(HANDOUT_URL)  # all_inner_texts() does not wait for the new page
    assert visitor.locator(".handout-item h2").all_inner_texts() == [EATING, QUESTIONS]
    visitor.go_back()

    # Open a third material, read about it, and add it.
    visitor.get_by_role("link", name=DIARY).click()
    assert h1(visitor) == DIARY
    assert visitor.locator(".handout-progress").inner_text().startswith(f"Your handout so far: {EATING}; {QUESTIONS}.")
    assert_axe_clean(visitor, "material-page-handout-so-far")
    visitor.get_by_role("link", name=add_link(DIARY)).click()
    visitor.wait_for_url(HANDOUT_URL)
    assert visitor.locator(".handout-item h2").all_inner_texts() == [EATING, QUESTIONS, DIARY]

    # Back to the list for more: all three stay ticked, and a material already added says so.
    visitor.get_by_role("link", name="Add more materials").click()
    for title in (EATING, QUESTIONS, DIARY):
        assert visitor.get_by_label(f"Add to handout: {title}").is_checked(), title
    visitor.get_by_role("link", name=EATING).click()
    visitor.locator(".handout-progress").get_by_role("link", name="See your handout").click()
    visitor.wait_for_url(HANDOUT_URL)
    assert visitor.locator(".handout-item h2").all_inner_texts() == [EATING, QUESTIONS, DIARY]


def test_patient_downloads_a_material_from_its_page(demo, visitor):
    visitor.goto(demo + "/materials/")
    visitor.get_by_role("link", name=GUIDE).click()
    with visitor.expect_download() as download_info:
        visitor.get_by_role("link", name=f"Download {GUIDE}").click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


# The checker


def fill_numbers(page, *, weight, earlier, months, height, age, appetite, criteria=None):
    if criteria:
        page.get_by_role("group", name="Which description of the stages?").get_by_text(criteria).click()
    page.get_by_role("group", name="Units").get_by_text("Kilograms and centimetres").click()
    page.get_by_label("Your weight now").fill(weight)
    page.get_by_label("Your weight before you started losing weight").fill(earlier)
    page.get_by_label("How many months ago was that earlier weight?").fill(months)
    page.get_by_label("Height in centimetres").fill(height)
    page.get_by_role("group", name="Have you lost your appetite").get_by_text(appetite, exact=True).click()
    page.get_by_label("Your age in years").fill(age)


def test_checker_is_near_the_top_of_the_stages_page_and_its_results_print(demo, visitor):
    visitor.goto(demo + "/about-cachexia/stages/")
    link = visitor.get_by_role("link", name="Check your numbers against the stages")
    assert top_on_page(link) < screens(visitor, 2)  # within the first two screens on a phone
    link.click()
    assert h1(visitor) == "Check your numbers"
    small = [
        box.get_attribute("id")
        for box in visitor.locator("input[type=radio]").all()
        if min(box.bounding_box()["width"], box.bounding_box()["height"]) < 24
    ]
    assert small == []  # WCAG 2.2 target size: every radio button at least 24 x 24 px
    fill_numbers(visitor, weight="68.4", earlier="73.5", months="5", height="172", age="61", appetite="Yes")
    visitor.keyboard.press("Enter")  # in the age box: Enter sends the form
    visitor.wait_for_url("**/about-cachexia/stages/check/")
    summary = visitor.locator(".numbers-summary").inner_text()
    assert "23.1" in summary and "6.9%" in summary
    assert "Your numbers do not match any one stage" not in visitor.get_by_role("main").inner_text()
    assert_axe_clean(visitor, "checker-result")

    visitor.emulate_media(media="print")
    assert visitor.locator(".numbers-summary").is_visible()
    assert visitor.get_by_text("This is not a diagnosis.").is_visible()
    assert not visitor.get_by_role("link", name="Check different numbers").is_visible()
    assert not visitor.get_by_role("searchbox", name="Search the site").is_visible()
    assert not visitor.get_by_role("navigation", name="Breadcrumb").is_visible()
    visitor.emulate_media(media="screen")

    # Numbers between the society's stages get a plain explanation.
    visitor.get_by_role("link", name="Check different numbers").click()
    assert visitor.get_by_label("Your weight now").input_value() == ""
    fill_numbers(
        visitor,
        criteria="The society's own wording",
        weight="70",
        earlier="75",
        months="8",
        height="160",
        age="50",
        appetite="Yes",
    )
    visitor.get_by_role("button", name="Check my numbers").click()
    assert visitor.locator(".numbers-summary").inner_text().count("The society's own wording") == 1
    explanation = visitor.get_by_role("region", name="Your numbers do not match any one stage")
    assert "numbers can fall between two stages" in explanation.inner_text()


def test_checker_errors_land_on_a_focused_summary_that_links_to_each_field(demo, visitor):
    visitor.goto(demo + "/about-cachexia/stages/check-your-numbers/")
    visitor.get_by_label("Your weight now").fill("seventy")
    visitor.get_by_label("Height in centimetres").fill("1.75")
    visitor.get_by_role("button", name="Check my numbers").click()
    visitor.wait_for_url("**/about-cachexia/stages/check/")

    assert visitor.title().startswith("Error: ")
    summary = visitor.get_by_role("alert")
    assert summary.get_by_role("heading").inner_text() == "Please check these answers"
    assert focus_lands_on(visitor, ".error-summary")
    assert in_view(summary)  # on the first screen, without scrolling
    assert summary.evaluate("el => el.compareDocumentPosition(document.querySelector('h1'))") & 4  # h1 after it

    summary.get_by_role("link", name=re.compile(r"^Height in centimetres: .*Did you mean 175 cm\?")).click()
    focused = visitor.evaluate(FOCUS_STATE)
    assert focused["html"].startswith('<input type="text" name="height_cm"')
    assert in_view(visitor.get_by_label("Height in centimetres"))
    assert visitor.get_by_label("Height in centimetres").input_value() == "1.75"  # kept, to correct
    assert_axe_clean(visitor, "checker-errors")

    visitor.get_by_label("Height in centimetres").fill("175")
    summary.get_by_role("link", name=re.compile(r"^Your weight now")).click()
    visitor.keyboard.press("Control+A")
    visitor.keyboard.type("68")
    fill_numbers(visitor, weight="68", earlier="72", months="4", height="175", age="58", appetite="No")
    visitor.get_by_role("button", name="Check my numbers").click()
    assert h1(visitor) == "Your numbers"
    assert not visitor.title().startswith("Error")


def test_checker_in_pounds_feet_and_inches_by_keyboard(demo, visitor):
    visitor.goto(demo + "/about-cachexia/stages/check-your-numbers/")
    units = visitor.get_by_role("group", name="Units")
    units.get_by_label("Kilograms and centimetres").focus()
    visitor.keyboard.press("ArrowDown")  # arrows move through a radio group, and choose as they go
    assert units.get_by_label("Pounds, and feet and inches").is_checked()
    visitor.get_by_label("Your weight now").fill("150.8")
    visitor.get_by_label("Your weight before you started losing weight").fill("162")
    visitor.get_by_label("How many months ago was that earlier weight?").fill("5")
    visitor.get_by_label("Feet", exact=True).fill("5")
    visitor.get_by_label("Inches", exact=True).fill("8")
    visitor.get_by_role("group", name="Have you lost your appetite").get_by_text("Yes", exact=True).click()
    visitor.get_by_label("Your age in years").fill("61")
    visitor.get_by_role("button", name="Check my numbers").click()
    assert h1(visitor) == "Your numbers"
    summary = visitor.locator(".numbers-summary").inner_text()
    assert "22.9" in summary and "6.9%" in summary  # 68.4 kg, 172.7 cm; lost 11.2 of 162 lb

    # Pounds chosen but the height given in centimetres: a clear message, and the way to fix it.
    visitor.get_by_role("link", name="Check different numbers").click()
    visitor.get_by_role("group", name="Units").get_by_text("Pounds, and feet and inches").click()
    visitor.get_by_label("Your weight now").fill("150")
    visitor.get_by_label("Your weight before you started losing weight").fill("160")
    visitor.get_by_label("How many months ago was that earlier weight?").fill("5")
    visitor.get_by_label("Height in centimetres").fill("172")
    visitor.get_by_role("button", name="Check my numbers").click()
    visitor.get_by_role("alert").get_by_role("link", name=re.compile(r"Enter your height in feet")).click()
    assert visitor.evaluate("document.activeElement.name") == "height_feet"


TARGET_SIZES = """(selector) => [...document.querySelectorAll(selector)].map(el => {
    const box = el.getBoundingClientRect();
    return {id: el.id, width: box.width, height: box.height};
})"""


def small_targets(page, selector: str) -> list:
    boxes = page.evaluate(TARGET_SIZES, selector)
    assert boxes, f"nothing matches {selector}"
    return [box for box in boxes if box["width"] < 24 or box["height"] < 24]


def test_tick_boxes_and_radio_buttons_are_at_least_24_px_and_cards_have_no_bullets(demo, visitor):
    """WCAG 2.2 target size (2.5.8): the box itself, not only its label, at least 24 by 24 px."""
    visitor.goto(demo + "/materials/")
    assert small_targets(visitor, "form.material-filters input[type=checkbox]") == []
    assert small_targets(visitor, ".material-list input[type=checkbox]") == []
    cards = visitor.locator(".material-list > li")
    assert cards.count() == 4
    assert set(cards.evaluate_all("els => els.map(el => getComputedStyle(el).listStyleType)")) == {"none"}
    visitor.locator("label", has_text=f"Add to handout: {DIARY}").click()  # the label is part of the target
    assert visitor.get_by_label(f"Add to handout: {DIARY}").is_checked()

    visitor.goto(demo + "/ask/")
    assert small_targets(visitor, ".ask-form input[type=radio]") == []
    assert small_targets(visitor, ".ask-form input[type=checkbox]") == []
    visitor.get_by_text("I care for someone with cancer").click()
    assert visitor.get_by_label("I care for someone with cancer").is_checked()


def test_the_404_page_leads_to_search_and_home(demo, visitor):
    response = visitor.goto(demo + "/no-such-page/")
    assert response.status == 404 and h1(visitor) == "We cannot find that page"
    visitor.get_by_role("main").get_by_role("link", name="Search the site").click()
    assert h1(visitor) == "Search"
    visitor.go_back()
    visitor.get_by_role("main").get_by_role("link", name="Go to the home page").click()
    expect(visitor.get_by_role("region", name="What you can do here")).to_be_visible()
    # The browser logs the page's own 404 as a console error: that one is expected.
    visitor.problems[:] = [p for p in visitor.problems if "404 (Not Found) (" + demo + "/no-such-page/" not in p]


# The other controls on the content pages


def stub_outside_sites(page):
    """Links to other sites are followed, but answered here: the tests never leave this machine."""
    page.route(re.compile(r"^https://(www\.facebook\.com|doi\.org)/.*"), lambda route: route.fulfill(body="elsewhere"))


def test_faq_answers_open_and_close_by_keyboard(demo, visitor):
    visitor.goto(demo + "/about-cachexia/what-is-cachexia/")
    question = visitor.locator("summary", has_text="What does BMI mean?")
    answer = visitor.get_by_text("BMI stands for body mass index")
    assert not answer.is_visible()
    question.focus()
    visitor.keyboard.press("Enter")
    assert answer.is_visible()
    visitor.keyboard.press("Space")
    assert not answer.is_visible()


def test_breadcrumbs_section_cards_and_featured_materials_lead_up_and_down(demo, visitor):
    visitor.goto(demo + "/about-cachexia/causes/")
    visitor.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="About cachexia").click()
    assert h1(visitor) == "About cachexia"
    visitor.get_by_role("link", name="What is cachexia?").click()
    assert h1(visitor) == "What is cachexia?"
    visitor.locator(".featured-materials").get_by_role("link", name=GUIDE).click()
    assert h1(visitor) == GUIDE
    visitor.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Home").click()
    expect(visitor.get_by_role("region", name="What you can do here")).to_be_visible()


def test_on_this_page_links_jump_to_each_description_of_the_stages(demo, visitor):
    visitor.goto(demo + "/about-cachexia/stages/")
    contents = visitor.get_by_role("navigation", name="On this page")
    for name in ("The society's own wording", "International consensus (Fearon and others, 2011)"):
        contents.get_by_role("link", name=name).click()
        assert in_view(visitor.get_by_role("heading", level=2, name=name))


def test_sources_community_and_footer_links(demo, visitor):
    stub_outside_sites(visitor)
    visitor.goto(demo + "/about-cachexia/causes/")
    visitor.locator(".review-details").get_by_role("link", name=re.compile(r"^Read the source")).click()
    assert visitor.url == "https://doi.org/10.1016/S1470-2045(10)70218-7"
    visitor.go_back()
    visitor.locator(".review-details").get_by_role("link", name="Have a question about this? Ask our experts").click()
    assert h1(visitor) == "Ask our experts"

    visitor.goto(demo + "/community/")
    visitor.get_by_role("main").get_by_role("link", name="Join our Facebook community (opens Facebook)").click()
    assert visitor.url.startswith("https://www.facebook.com/")
    visitor.go_back()
    visitor.get_by_role("main").get_by_role("link", name="Ask our experts a question about cachexia").click()
    assert h1(visitor) == "Ask our experts"

    visitor.goto(demo + "/mission/")
    footer = visitor.get_by_role("contentinfo")
    assert footer.get_by_role("link", name="hello@cachexia-society.example").get_attribute("href") == (
        "mailto:hello@cachexia-society.example"
    )
    footer.get_by_role("link", name="Search").click()
    assert h1(visitor) == "Search"
    visitor.get_by_role("main").get_by_role("searchbox").fill("zzzqqq")
    visitor.keyboard.press("Enter")
    visitor.get_by_role("link", name="start from the home page").click()
    expect(visitor.get_by_role("region", name="What you can do here")).to_be_visible()


def test_share_boxes_hold_the_address_to_copy(demo, visitor):
    visitor.goto(demo + "/materials/")
    visitor.get_by_role("group", name="Topic").locator("label", has_text="Eating and appetite").click()
    show_materials(visitor)
    share = visitor.get_by_label("Link to this list (copy it to share)")
    assert share.get_attribute("readonly") is not None
    address = share.input_value()
    assert address.startswith(demo + "/materials/?") and "topic=eating-and-appetite" in address
    visitor.goto(address)
    assert found(visitor) == "2 materials found"
