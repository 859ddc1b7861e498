"""The home page's task links are content: editors change them in the admin, the demo loader fills them."""

import re

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advocacy.demo.builder import add_task_link
from advocacy.models import CommunityPage, HomePage, MissionPage

pytestmark = pytest.mark.django_db


def task_links(html):
    section = html.split('aria-labelledby="task-links-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a class="task-link__link" href="([^"]+)">([^<]+)</a>', section)


def test_the_demo_home_page_links_to_the_main_tasks_with_words_that_say_where(client, demo_site):
    assert task_links(client.get("/").content.decode()) == [
        ("/about-cachexia/what-is-cachexia/", "Learn what cachexia is"),
        ("/about-cachexia/stages/", "See the stages of cachexia and check your numbers"),
        ("/materials/", "Get free leaflets and a weight diary from our patient materials"),
        ("/community/", "Join our community of patients and carers"),
        ("/ask/", "Ask our experts a question"),
    ]


def test_an_editor_adds_a_task_link_in_the_admin(admin_client, demo_site):
    home = HomePage.objects.get()
    links = [("task_link", {k: v.pk if k == "page" else v for k, v in b.value.items()}) for b in home.task_links]
    mission = MissionPage.objects.get()
    links.append(("task_link", {"page": mission.pk, "link_text": "Read why we exist", "description": "Our aims."}))
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": rich_text(home.intro),
            "task_links_heading": "Start here",
            "task_links": streamfield(links),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    html = admin_client.get("/").content.decode()
    assert ">Start here</h2>" in html
    assert task_links(html)[-1] == ("/mission/", "Read why we exist")


def test_a_new_section_joins_the_home_page_once_and_unpublished_targets_are_hidden(client, demo_site):
    home = HomePage.objects.get()
    community = CommunityPage.objects.get()
    assert add_task_link(home, community, "Join us") is False  # already linked: nothing added
    mission = MissionPage.objects.get()
    assert add_task_link(HomePage.objects.get(), mission, "Read our mission", "Why the society exists.") is True
    assert task_links(client.get("/").content.decode())[-1] == ("/mission/", "Read our mission")
    mission.unpublish()
    assert ("/mission/", "Read our mission") not in task_links(client.get("/").content.decode())
