"""The stages page and the JSON feed, rendered from live data in a constant number of queries."""

import json

import pytest

from staging.models import CriteriaSet, Stage, StagesPage
from tests.helpers import uncached

pytestmark = pytest.mark.django_db


def test_stages_page_shows_each_set_its_source_and_thresholds_in_words(client, stages_page):
    html = client.get(stages_page.url).content.decode()
    assert "International consensus (Fearon and others, 2011)" in html
    assert "https://doi.org/10.1016/S1470-2045(10)70218-7" in html
    assert "The society&#x27;s own wording" in html
    assert "Weight loss: more than 5% within 6 months" in html
    assert "Body mass index (BMI): less than 20 kg/m² (for people under 65)" in html
    assert "Body mass index (BMI): less than 22 kg/m² (for people aged 65 and over)" in html
    assert "Only a clinician can judge this" in html
    assert "(judged by a clinician)" not in html
    # The society's boundary notes: how its words are read.
    assert "a 5% decrease in body weight over 6-12 months (read as 5% or more)" in html
    assert "BMI less than 22 if over 65 (age 65 itself is counted in this band)" in html
    # The checker has its own page, linked near the top (before the first criteria set).
    assert html.index('href="/about-cachexia/stages/check-your-numbers/"') < html.index('id="set-fearon-2011"')
    checker = client.get(stages_page.url + "check-your-numbers/").content.decode()
    assert 'action="/about-cachexia/stages/check/"' in checker and 'method="post"' in checker


def test_unpublished_set_is_not_shown(client, stages_page, society):
    society.live = False
    society.save()
    html = client.get(stages_page.url).content.decode()
    assert "The society&#x27;s own wording" not in html


def test_json_feed_lists_live_sets_with_their_conditions(client, society):
    society.live = False
    society.save()
    response = client.get("/api/criteria-sets/")
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json"
    assert "max-age=300" in response["Cache-Control"]
    assert [s["slug"] for s in data["criteria_sets"]] == ["fearon-2011"]
    cachexia = next(s for s in data["criteria_sets"][0]["stages"] if s["slug"] == "cachexia")
    route_2 = cachexia["groups"][1]
    assert route_2["rule"] == "all"
    assert {c["metric"]: c["value"] for c in route_2["conditions"]} == {"bmi": "20", "weight_loss_pct": "2"}
    refractory = next(s for s in data["criteria_sets"][0]["stages"] if s["slug"] == "refractory-cachexia")
    assert all(c["clinician_only"] for g in refractory["groups"] for c in g["conditions"])


def test_json_feed_is_read_only(client):
    assert client.post("/api/criteria-sets/").status_code == 405


def test_stages_page_query_count_does_not_grow_with_more_sets(client, demo_site, fearon, django_assert_max_num_queries):
    """Measured on the first request after a publish (nothing kept yet), with the demo's sets, then with 5 more."""
    stages_page = StagesPage.objects.get()  # the demo's: query counts are measured on realistic content
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from advocacy.site_version import bump_version

    bump_version()
    with CaptureQueriesContext(connection) as small:
        client.get(uncached(stages_page.url))
    small_queries = len(small.captured_queries)
    for i in range(5):
        extra = CriteriaSet.objects.create(name=f"Extra {i}", slug=f"extra-{i}", source_citation="x", live=False)
        for stage in fearon.stages.all():
            Stage.objects.create(
                criteria_set=extra,
                name=stage.name,
                slug=stage.slug,
                description="d",
                rule_groups=json.dumps(stage.rule_groups.get_prep_value()),
            )
        extra.save_revision().publish()  # as an editor does: a new site version
    with django_assert_max_num_queries(small_queries):
        response = client.get(uncached(stages_page.url))
    assert response.content.decode().count("Extra ") >= 5


def test_a_published_or_unpublished_set_shows_or_goes_at_once(client, demo_site, fearon):
    """The sets are kept per site version in each worker: a publish or unpublish sets a new one."""
    stages_page = StagesPage.objects.get()
    checker = stages_page.url + "check-your-numbers/"
    assert "Extra set" not in client.get(checker).content.decode()
    extra = CriteriaSet.objects.create(name="Extra set", slug="extra-set", source_citation="x", live=False)
    Stage.objects.create(criteria_set=extra, name="Extra stage", slug="extra", description="d", rule_groups="[]")
    assert "Extra set" not in client.get(checker).content.decode()  # a draft stays off the site
    extra.save_revision().publish()
    assert "Extra set" in client.get(checker).content.decode()
    assert "Extra set" in client.get(uncached(stages_page.url)).content.decode()
    CriteriaSet.objects.get(pk=extra.pk).unpublish()  # as the admin does, on the live row
    assert "Extra set" not in client.get(checker).content.decode()
