"""The materials index: combinable GET filters, search, pages, and a handout for clinicians."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import Audience, MaterialDocument, MaterialIndexPage, MaterialPage, Topic
from staging.models import Stage

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
    assert 'value="http://testserver/materials/?audience=clinician&amp;topic=eating-and-appetite"' in html


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
    stage = Stage.objects.filter(slug="cachexia").first()
    document = MaterialDocument.objects.first()
    for i in range(count):
        page = MaterialPage(
            title=f"Extra leaflet {i:03}", slug=f"extra-{i:03}", summary="More help.", document=document
        )
        index.add_child(instance=page)
        page.audiences.set([audience])
        page.topics.set([topic])
        page.stages.set([stage])
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
    client.get("/materials/?audience=patient")
    with CaptureQueriesContext(connection) as with_ten:
        client.get("/materials/?audience=patient")
    queries_with_ten = len(with_ten.captured_queries)
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
    with django_assert_max_num_queries(queries_with_ten):
        response = client.get("/materials/?audience=patient")
    assert response.context["materials"].paginator.count >= 200


def test_handout_lists_chosen_materials_with_short_links_and_qr_codes(client, demo_site):
    url = "/materials/handout/?m=weight-diary&m=eating-well&m=no-such-thing"
    html = client.get(url).content.decode()
    diary = MaterialPage.objects.get(slug="weight-diary")
    eating = MaterialPage.objects.get(slug="eating-well")
    assert html.index(diary.title) < html.index(eating.title.replace("'", "&#x27;"))
    for material in (diary, eating):
        assert f"http://testserver/m/{material.short_code}/" in html
        assert f"<title>QR code for {material.title[:20]}" in html
    assert html.count("<svg") == 2
    assert 'value="http://testserver/materials/handout/?m=weight-diary&amp;m=eating-well&amp;m=no-such-thing"' in html
    assert "1 chosen material is no longer available" in html


def test_index_offers_handout_checkboxes_in_a_get_form(client, demo_site):
    html = client.get("/materials/").content.decode()
    assert '<form method="get" action="/materials/handout/">' in html
    assert 'name="m" value="weight-diary"' in html
