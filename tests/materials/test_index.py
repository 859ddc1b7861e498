"""The materials index: combinable GET filters, search, pages, and a handout for clinicians."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import Audience, MaterialDocument, MaterialIndexPage, MaterialPage, MaterialStage, Topic

pytestmark = pytest.mark.django_db


def titles(response):
    return [material.title for material in response.context["materials"]]


def test_filters_combine_as_plain_links(client, demo_site):
    everything = titles(client.get("/materials/"))
    assert len(everything) == 4
    for_clinicians = titles(client.get("/materials/?audience=clinician"))
    assert set(for_clinicians) == {"Questions to ask your care team", "A weekly weight and appetite diary"}
    combined = titles(client.get("/materials/?audience=clinician&topic=eating-and-appetite"))
    assert combined == ["A weekly weight and appetite diary"]
    refractory = titles(client.get("/materials/?stage=refractory-cachexia"))
    assert set(refractory) == {"Understanding cachexia: a short guide", "Questions to ask your care team"}
    assert titles(client.get("/materials/?language=en&audience=patient&audience=caregiver")) == sorted(everything)


def test_share_link_repeats_the_filters(client, demo_site):
    html = client.get("/materials/?audience=clinician&topic=eating-and-appetite").content.decode()
    assert 'value="http://localhost/materials/?audience=clinician&amp;topic=eating-and-appetite"' in html


def test_search_within_materials(client, demo_site):
    assert titles(client.get("/materials/?q=diary")) == ["A weekly weight and appetite diary"]
    assert titles(client.get("/materials/?q=diary&audience=caregiver")) == []
    assert client.get("/materials/?q=" + "x" * 5000).status_code == 200


def test_unknown_filter_values_do_not_break_the_page(client, demo_site):
    response = client.get("/materials/?audience=aliens&stage=nope&language=zz&page=999")
    assert response.status_code == 200


def make_materials(index, count):
    audience = Audience.objects.get(slug="patient")
    topic = Topic.objects.first()
    document = MaterialDocument.objects.first()
    for i in range(count):
        page = MaterialPage(
            title=f"Extra leaflet {i:03}", slug=f"extra-{i:03}", summary="More help.", document=document
        )
        page.stage_links = [MaterialStage(slug="cachexia")]
        index.add_child(instance=page)
        page.audiences.set([audience])
        page.topics.set([topic])
        page.save_revision().publish()


def test_pagination(client, demo_site):
    make_materials(MaterialIndexPage.objects.get(), 20)
    first = client.get("/materials/")
    assert len(titles(first)) == 12 and "Page 1 of 2" in first.content.decode()
    second = client.get("/materials/?audience=patient&page=2")
    assert "Page 2 of 2" in second.content.decode()
    assert "audience=patient&amp;page=1" in second.content.decode()


def test_index_query_count_does_not_grow_with_materials(client, demo_site, django_assert_max_num_queries):
    index = MaterialIndexPage.objects.get()
    make_materials(index, 10)
    # A new query parameter each time: the page cache must not answer (advocacy/page_cache.py). The first
    # request after a publish reads the materials; the next finds them kept for the site version.
    with CaptureQueriesContext(connection) as first_with_ten:
        client.get("/materials/?audience=patient&n=1")
    with CaptureQueriesContext(connection) as again_with_ten:
        client.get("/materials/?audience=patient&n=2")
    make_materials_range = 190
    from itertools import count

    offset = count(10)
    audience = Audience.objects.get(slug="patient")
    document = MaterialDocument.objects.first()
    for _ in range(make_materials_range):
        i = next(offset)
        page = MaterialPage(title=f"Extra leaflet {i:03}", slug=f"extra-{i:03}", summary="More.", document=document)
        index.add_child(instance=page)
        page.audiences.set([audience])
        page.save_revision().publish()
    with django_assert_max_num_queries(len(first_with_ten.captured_queries)):
        first = client.get("/materials/?audience=patient&n=3")
    with django_assert_max_num_queries(len(again_with_ten.captured_queries)):
        again = client.get("/materials/?audience=patient&n=4")
    assert first.context["materials"].paginator.count == again.context["materials"].paginator.count >= 200


def test_a_publish_shows_in_the_index_at_once(client, demo_site):
    """Each worker keeps the pages of results it has shown, until something is published."""
    assert "Extra leaflet 000" not in titles(client.get("/materials/?audience=patient"))
    make_materials(MaterialIndexPage.objects.get(), 1)
    # Another query string, so the page cache does not answer: the kept results must be new too.
    assert "Extra leaflet 000" in titles(client.get("/materials/?audience=patient&again=1"))
    MaterialPage.objects.get(slug="extra-000").unpublish()
    assert "Extra leaflet 000" not in titles(client.get("/materials/?audience=patient&again=2"))


def test_handout_lists_chosen_materials_with_short_links_and_qr_codes(client, demo_site):
    url = "/materials/handout/?m=weight-diary&m=eating-well&m=no-such-thing"
    html = client.get(url).content.decode()
    diary = MaterialPage.objects.get(slug="weight-diary")
    eating = MaterialPage.objects.get(slug="eating-well")
    assert html.index(diary.title) < html.index(eating.title.replace("'", "&#x27;"))
    for material in (diary, eating):
        assert f"http://localhost/m/{material.short_code}/" in html
        assert f"<title>QR code for {material.title[:20]}" in html
    assert html.count("<svg") == 2
    # The link to copy keeps what can be shown, in the order chosen.
    assert 'value="http://localhost/materials/handout/?m=weight-diary&amp;m=eating-well"' in html
    assert "1 chosen material is no longer available" in html
    assert "No materials were chosen" not in html


def test_a_handout_of_only_missing_materials_says_so_once(client, demo_site):
    html = client.get("/materials/handout/?m=no-such-thing").content.decode()
    assert "The material chosen for this handout is no longer available." in html
    assert "No materials were chosen" not in html and "1 chosen material is no longer available" not in html
    assert "No materials were chosen" in client.get("/materials/handout/").content.decode()


def test_index_offers_handout_checkboxes_in_the_filters_get_form(client, demo_site):
    html = client.get("/materials/").content.decode()
    assert '<form class="material-filters" id="material-filters" method="get"' in html
    assert '<input type="checkbox" form="material-filters" name="m" value="weight-diary"' in html
    assert '<button type="submit" form="material-filters" formaction="/materials/handout/">' in html


def test_the_handout_button_sends_the_filters_too_and_the_handout_drops_them(client, demo_site):
    response = client.get("/materials/handout/?q=&audience=clinician&language=&m=weight-diary&m=eating-well")
    assert response.status_code == 302
    assert response["Location"] == "/materials/handout/?m=weight-diary&m=eating-well"
    assert client.get("/materials/handout/?q=diary")["Location"] == "/materials/handout/"


def test_filters_are_checkboxes_with_counts_and_stages_once(client, demo_site):
    html = client.get("/materials/").content.decode()
    assert 'for="None"' not in html
    for name, value, label, count in [
        ("audience", "patient", "Patients", 4),
        ("audience", "clinician", "Clinicians", 2),
        ("topic", "eating-and-appetite", "Eating and appetite", 2),
        ("stage", "refractory-cachexia", "Refractory cachexia", 2),
        ("stage", "pre-cachexia", "Pre-cachexia", 4),
    ]:
        box = re.search(rf'<input type="checkbox" name="{name}" value="{value}" id="(id_{name}_\d+)"', html)
        assert box, (name, value)
        assert re.search(rf'<label for="{box.group(1)}">{label} <span class="count">\({count}<', html), label
    assert html.count('name="stage" value="cachexia"') == 1  # two criteria sets, one stage
    assert '<option value="en">English (4)</option>' in html


def test_ticked_filters_stay_ticked(client, demo_site):
    html = client.get("/materials/?audience=clinician&stage=cachexia&language=en").content.decode()
    assert re.search(r'name="audience" value="clinician" id="id_audience_\d+" checked', html)
    assert re.search(r'name="stage" value="cachexia" id="id_stage_\d+" checked', html)
    assert '<option value="en" selected>English (4)</option>' in html
    assert "2 materials found" in html


def test_the_language_filter_offers_the_stored_languages_by_their_own_names(client, demo_site):
    spanish = MaterialPage.objects.get(slug="eating-well")
    spanish.language = "es"
    spanish.save_revision().publish()
    html = client.get("/materials/").content.decode()
    assert '<option value="es">Español (1)</option>' in html and '<option value="en">English (3)</option>' in html
    assert titles(client.get("/materials/?language=es")) == [spanish.title]
    assert "Español" in client.get(spanish.url).content.decode()


def test_the_cards_are_kept_until_a_publish_and_ticks_are_drawn_afresh(client, demo_site):
    """Unticked, unsearched cards are a fragment: a second visit does not redraw them, a publish does."""
    client.get("/materials/?first=1")
    MaterialPage.objects.filter(slug="eating-well").update(summary="Changed behind the cache's back")
    assert "Changed behind the cache's back" not in client.get("/materials/?second=1").content.decode()
    ticked = client.get("/materials/?m=weight-diary").content.decode()  # not from the kept cards
    assert 'value="weight-diary" id="handout-weight-diary" checked' in ticked
    assert 'href="/materials/eating-well/?m=weight-diary"' in ticked
    material = MaterialPage.objects.get(slug="eating-well")
    material.summary = "A freshly published summary"
    material.save_revision().publish()
    assert "A freshly published summary" in client.get("/materials/?third=1").content.decode()


def test_materials_picked_for_a_handout_are_kept_while_filtering(client, demo_site):
    html = client.get("/materials/?m=weight-diary&audience=caregiver").content.decode()
    assert "Your handout so far:</strong> A weekly weight and appetite diary." in html
    filters = html.split('class="material-filters"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="m" value="weight-diary">' in filters  # not listed: caregivers only
    assert 'href="/materials/eating-well/?m=weight-diary"' in html  # opening a material keeps the picks
    ticked = client.get("/materials/?m=eating-well").content.decode()
    assert 'name="m" value="eating-well" id="handout-eating-well" checked' in ticked
    assert 'type="hidden" name="m"' not in ticked  # listed and ticked: unticking it takes it out


def test_a_material_page_starts_a_handout_or_adds_itself_to_the_one_being_made(client, demo_site):
    html = client.get("/materials/eating-well/").content.decode()
    assert 'href="/materials/handout/?m=eating-well">Make a printed handout with this material</a>' in html
    assert "Your handout so far" not in html

    picked = client.get("/materials/eating-well/?m=weight-diary&m=no-such-thing").content.decode()
    assert "Your handout so far:</strong> A weekly weight and appetite diary." in picked
    assert 'href="/materials/handout/?m=weight-diary&amp;m=eating-well">Add to handout' in picked
    assert 'href="/materials/?m=weight-diary">Add more materials</a>' in picked
    assert "Make a printed handout with this material" not in picked

    already = client.get("/materials/eating-well/?m=weight-diary&m=eating-well").content.decode()
    assert 'href="/materials/handout/?m=weight-diary&amp;m=eating-well">See your handout</a>' in already
    assert ">Add to handout<" not in already
    handout = client.get("/materials/handout/?m=eating-well&m=weight-diary").content.decode()
    assert 'href="/materials/?m=eating-well&amp;m=weight-diary">Add more materials</a>' in handout
    assert 'href="?m=weight-diary">Remove from handout' in handout


def test_empty_boxes_make_no_share_link_and_no_noise_in_page_links(client, demo_site):
    assert 'id="share-url"' not in client.get("/materials/?q=&language=").content.decode()
    html = client.get("/materials/?q=&language=&audience=patient").content.decode()
    assert 'value="http://localhost/materials/?audience=patient"' in html
