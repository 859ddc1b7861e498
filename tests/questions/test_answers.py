"""The answered questions: index with filters, answer pages, search, sitemap, JSON-LD and query counts."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import Topic
from questions.models import AnswerPage, AnswersIndexPage, AnswerStage
from tests.helpers import uncached

pytestmark = pytest.mark.django_db


def titles(response):
    return [answer.title for answer in response.context["answers"]]


def json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def test_the_index_lists_every_published_answer(client, demo_site):
    response = client.get("/answers/")
    assert response.status_code == 200
    assert len(titles(response)) == 5
    html = response.content.decode()
    assert "Should I ask to see a dietitian?" in html and "5 answers found" in html
    assert "Answered by" in html and "Checked by" in html


def test_filters_by_topic_and_stage_combine(client, demo_site):
    assert set(titles(client.get("/answers/?topic=caring-for-someone"))) == {
        "How can I help someone who has stopped eating much?"
    }
    assert set(titles(client.get("/answers/?stage=refractory-cachexia"))) == {
        "Would a feeding tube or a drip help?",
        "How can I help someone who has stopped eating much?",
    }
    both = titles(client.get("/answers/?topic=eating-and-appetite&stage=pre-cachexia"))
    assert both == ["Should I ask to see a dietitian?"]
    assert client.get("/answers/?topic=nope&stage=nope&page=99").status_code == 200


def test_the_index_offers_the_materials_topics_and_stage_slugs(client, demo_site):
    html = client.get("/answers/").content.decode()
    for topic in Topic.objects.all():
        assert f'value="{topic.slug}"' in html
    for slug in ("pre-cachexia", "cachexia", "refractory-cachexia"):
        assert f'value="{slug}"' in html


def test_an_answer_page_shows_question_short_answer_full_answer_people_and_sources(client, demo_site):
    page = AnswerPage.objects.get(slug="medicine-for-cachexia")
    html = client.get(page.url).content.decode()
    order = [html.index(text) for text in ("The question", "The short answer", "The full answer", "Who answered")]
    assert order == sorted(order)
    assert "There is no medicine that cures cachexia." in html
    assert "Example Expert" in html and "Conflicts of interest" in html
    assert "Checked by" in html and "Example Reviewer" in html
    assert "https://doi.org/10.1200/JCO.23.01280" in html
    assert 'href="/answers/?topic=talking-to-your-care-team"' in html
    assert "Questions to ask your care team" in html  # a related material sharing the topic
    assert "Have a question about this? Ask our experts" in html


def test_structured_data_is_valid_json_ld(client, demo_site):
    page = AnswerPage.objects.get(slug="seeing-a-dietitian")
    data = json_ld(client.get(page.url).content.decode())
    assert data["@type"] == "QAPage"
    question = data["mainEntity"]
    assert question["@type"] == "Question" and question["name"] == page.question and question["answerCount"] == 1
    assert question["acceptedAnswer"]["text"] == page.short_answer
    assert question["acceptedAnswer"]["author"]["name"] == "Example Expert"
    assert data["reviewedBy"]["name"] == "Example Reviewer"

    index = json_ld(client.get("/answers/").content.decode())
    assert index["@type"] == "FAQPage" and len(index["mainEntity"]) == 5
    assert {item["name"] for item in index["mainEntity"]} == set(AnswerPage.objects.values_list("question", flat=True))


def test_structured_data_cannot_break_out_of_its_script(client, demo_site):
    page = AnswerPage.objects.get(slug="seeing-a-dietitian")
    page.question = "Is </script><script>alert(1)</script> & <b>safe</b>?"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["mainEntity"]["name"] == page.question


def test_answers_are_found_by_site_search_and_listed_in_the_sitemap(client, demo_site):
    html = client.get("/search/?q=dietitian").content.decode()
    assert 'href="/answers/seeing-a-dietitian/"' in html
    assert "A guideline for cancer doctors says people with cachexia should be offered" in html
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in AnswerPage.objects.live():
        assert page.full_url in sitemap
    assert "/answers/</loc>" in sitemap and "/ask/</loc>" in sitemap


def test_drafts_are_not_public(client, demo_site):
    page = AnswerPage.objects.get(slug="feeding-tube-or-drip")
    page.unpublish()
    assert client.get("/answers/feeding-tube-or-drip/").status_code == 404
    assert "Would a feeding tube" not in client.get("/answers/").content.decode()
    assert "feeding-tube-or-drip" not in client.get("/search/?q=feeding").content.decode()


def add_answers(count: int, start: int = 0) -> None:
    index = AnswersIndexPage.objects.get()
    topic = Topic.objects.get(slug="eating-and-appetite")
    expert = AnswerPage.objects.first().answered_by
    for i in range(start, start + count):
        page = AnswerPage(
            title=f"Extra answer {i:03}",
            slug=f"extra-{i:03}",
            question=f"Extra question {i}?",
            short_answer="A short answer.",
            answered_by=expert,
            reviewer=expert,
        )
        index.add_child(instance=page)
        page.topics.set([topic])
        page.stage_links = [AnswerStage(slug="cachexia")]
        page.save_revision().publish()


def count_queries(client, url) -> int:
    client.get(uncached(url))  # warm caches that are filled once per process
    with CaptureQueriesContext(connection) as captured:
        assert client.get(uncached(url)).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", ["/answers/", "/answers/?topic=eating-and-appetite&stage=cachexia", "answer"])
def test_query_counts_do_not_grow_with_answers(client, demo_site, url, django_assert_max_num_queries):
    if url == "answer":
        url = AnswerPage.objects.get(slug="seeing-a-dietitian").url
    add_answers(5)  # 10 answers in all
    with_ten = count_queries(client, url)
    add_answers(190, start=5)  # 200 answers in all
    assert AnswerPage.objects.live().count() == 200
    client.get(uncached(url))  # the new answers changed the site version: warm its caches once
    with django_assert_max_num_queries(with_ten):
        assert client.get(uncached(url)).status_code == 200
    # A page of ten answers costs no more than a few queries over the page itself: no query per answer.
    assert with_ten <= 25, with_ten


def test_the_expert_photo_shows_with_its_alt_text_and_a_photo_needs_one(client, demo_site):
    from django.core.exceptions import ValidationError
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from advocacy.models import Reviewer

    expert = Reviewer.objects.get(name="Example Expert")
    expert.photo = get_image_model().objects.create(title="Portrait", file=get_test_image_file())
    with pytest.raises(ValidationError, match="Describe the photo"):
        expert.full_clean()
    expert.photo_alt_text = "Example Expert smiling, in a blue shirt"
    expert.full_clean()
    expert.save()
    html = client.get(AnswerPage.objects.get(slug="seeing-a-dietitian").url).content.decode()
    assert re.search(r'<img[^>]+alt="Example Expert smiling, in a blue shirt"[^>]+class="expert__photo"', html) or (
        'alt="Example Expert smiling, in a blue shirt"' in html and "expert__photo" in html
    )


def test_experts_are_one_snippet_called_experts_and_reviewers(admin_client, demo_site):
    html = admin_client.get("/admin/snippets/advocacy/reviewer/").content.decode()
    assert "Experts and reviewers" in html
    assert "Example Expert" in html and "Example Reviewer" in html
    form = admin_client.get(f"/admin/snippets/advocacy/reviewer/edit/{AnswerPage.objects.first().answered_by_id}/")
    for field in ("photo", "photo_alt_text", "user", "conflicts_of_interest"):
        assert f'name="{field}"' in form.content.decode()
