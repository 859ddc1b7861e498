"""The anonymous page cache: what it keeps, what it never keeps, and that a change shows at once.

These run on the test settings' cache (local memory, or Redis when REDIS_URL is set); the test
``test_the_cache_is_shared_through_redis`` always runs on Redis, and
tests/advocacy/test_page_cache_processes.py checks two gunicorn workers against one Redis.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils.html import escape
from wagtail.models import Site

from advocacy.models import ContentPage, HomePage, SectionIndexPage, SiteSettings
from materials.models import MaterialPage
from staging.models import CriteriaSet, StagesPage
from tests.helpers import CHECKER_VALID, pdf_bytes, set_site_text
from tests.servers import redis_url

pytestmark = pytest.mark.django_db

CONTENT_URL = "/about-cachexia/what-is-cachexia/"


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def cached(response) -> str | None:
    return response.get("X-Page-Cache")


def test_second_anonymous_get_is_served_from_the_cache_without_queries(client, demo_site, django_assert_num_queries):
    first = get(client, CONTENT_URL)
    assert cached(first) == "miss"
    with django_assert_num_queries(0):
        second = get(client, CONTENT_URL)
    assert cached(second) == "hit"
    assert second.content == first.content
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy", "Content-Type"):
        assert second[header] == first[header], header


def test_cached_pages_let_a_cdn_keep_them_briefly(client, demo_site, settings):
    for response in (get(client, "/"), get(client, "/")):
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=0", f"s-maxage={settings.CDN_CACHE_SECONDS}"}


def test_entries_are_keyed_by_host_path_and_query(client, demo_site):
    assert cached(get(client, "/materials/")) == "miss"
    assert cached(get(client, "/materials/?audience=patient")) == "miss"
    assert cached(get(client, "/materials/", HTTP_HOST="localhost")) == "miss"
    assert cached(get(client, "/materials/?audience=patient")) == "hit"
    filtered = get(client, "/materials/?audience=clinician")
    assert cached(filtered) == "miss"
    assert len(filtered.context["materials"]) == 2  # not the unfiltered list


@pytest.mark.parametrize(
    "change",
    ["publish", "unpublish", "move", "delete"],
)
def test_page_changes_show_on_the_next_request(client, demo_site, change):
    page = ContentPage.objects.get(slug="causes")
    get(client, "/")
    get(client, page.url)
    get(client, "/about-cachexia/")
    assert cached(get(client, "/about-cachexia/")) == "hit"
    if change == "publish":
        page.title = "Why cachexia happens"
        page.save_revision().publish()
        assert "Why cachexia happens" in get(client, page.url).content.decode()
        assert "Why cachexia happens" in get(client, "/about-cachexia/").content.decode()
    elif change == "unpublish":
        page.unpublish()
        assert client.get(page.url).status_code == 404
        assert "What causes cachexia?" not in get(client, "/about-cachexia/").content.decode()
    elif change == "move":
        page.move(HomePage.objects.get(), pos="last-child")
        page.refresh_from_db()
        assert client.get("/about-cachexia/causes/")["Location"] == "/causes/"  # Wagtail's automatic redirect
        assert cached(get(client, "/causes/")) == "miss"
        section = get(client, "/about-cachexia/").content.decode()
        assert "What causes cachexia?" not in section.split("<main")[1]  # no longer one of its children
        assert 'href="/causes/"' in section  # now in the main navigation
    else:
        page.delete()
        assert client.get("/about-cachexia/causes/").status_code == 404
        assert "What causes cachexia?" not in get(client, "/about-cachexia/").content.decode()


def test_a_renamed_section_shows_in_its_childrens_breadcrumbs_and_links(client, demo_site):
    """The worker keeps each page's ancestors and the sites' root paths for one site version."""
    get(client, CONTENT_URL)
    get(client, CONTENT_URL + "?again=1")  # served from the worker's memory, not the page cache
    section = SectionIndexPage.objects.get(slug="about-cachexia")
    section.title, section.slug = "Learning about cachexia", "learn"
    section.save_revision().publish()
    page = get(client, "/learn/what-is-cachexia/?again=1").content.decode()
    crumbs = page.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert '<a href="/learn/">Learning about cachexia</a>' in crumbs
    assert 'href="/learn/what-is-cachexia/" aria-current="page"' in crumbs


def test_a_moved_page_answers_at_its_new_address_and_not_at_its_old_one(client, demo_site):
    """Each worker keeps the pages along every path it has routed, for one site version."""
    get(client, CONTENT_URL)
    get(client, CONTENT_URL + "?again=1")  # routed from the worker's memory
    section = SectionIndexPage.objects.get(slug="about-cachexia")
    section.slug = "learn"
    section.save_revision().publish()
    assert client.get(CONTENT_URL + "?again=2").status_code == 404
    assert "What is cachexia" in get(client, "/learn/what-is-cachexia/?again=2").content.decode()


def test_the_ask_link_follows_the_site_settings_at_once(client, demo_site):
    """The site settings are kept per site version with the ask page they point at."""
    assert 'href="/ask/"' in get(client, CONTENT_URL).content.decode()
    get(client, CONTENT_URL + "?again=1")
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.ask_page = None
    settings_row.save()
    page = get(client, CONTENT_URL + "?again=2").content.decode()
    assert "Have a question about this? Ask our experts" not in page


def test_a_new_site_address_shows_in_every_full_link(client, demo_site, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "cachexia.example.org"]
    get(client, CONTENT_URL)
    get(client, CONTENT_URL + "?again=1")
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "cachexia.example.org", 443
    site.save()
    page = get(client, CONTENT_URL + "?again=1", HTTP_HOST="cachexia.example.org").content.decode()
    assert f'<link rel="canonical" href="https://cachexia.example.org{CONTENT_URL}">' in page


def test_navigation_on_every_page_follows_a_new_top_level_page(client, demo_site):
    get(client, "/materials/")
    get(client, CONTENT_URL)
    section = SectionIndexPage(title="Living well", slug="living-well", show_in_menus=True)
    HomePage.objects.get().add_child(instance=section)
    section.save_revision().publish()
    for url in ("/materials/", CONTENT_URL):
        nav = get(client, url).content.decode().split('aria-label="Main"')[1].split("</nav>")[0]
        assert "Living well" in nav, url


def test_publishing_a_criteria_set_shows_on_pages_that_summarise_it(client, demo_site):
    assert "more than 5% within 6 months" in get(client, CONTENT_URL).content.decode()
    fearon = CriteriaSet.objects.get(slug="fearon-2011")
    stage = fearon.stages.get(slug="cachexia")
    raw = stage.rule_groups.get_prep_value()
    raw[0]["value"]["conditions"][0]["value"] = "6"
    stage.rule_groups = raw
    stage.save()
    assert cached(get(client, CONTENT_URL)) == "hit"  # saved, not yet published: the public page waits
    fearon.save_revision().publish()
    assert "more than 6% within 6 months" in get(client, CONTENT_URL).content.decode()


def test_saving_site_settings_changes_every_cached_page(client, demo_site):
    for url in ("/", "/materials/", CONTENT_URL):
        get(client, url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    set_site_text(site_settings, medical_disclaimer="Ask your own care team before you change anything.")
    for url in ("/", "/materials/", CONTENT_URL):
        assert "Ask your own care team before you change anything." in get(client, url).content.decode(), url


def test_saving_a_snippet_without_drafts_shows_at_once(client, demo_site):
    get(client, CONTENT_URL)
    reviewer = ContentPage.objects.get(slug="what-is-cachexia").reviewer
    reviewer.name = "Dr Renamed Reviewer"
    reviewer.save()
    assert "Dr Renamed Reviewer" in get(client, CONTENT_URL).content.decode()


def test_replacing_a_document_shows_its_new_facts_at_once(client, demo_site):
    material = MaterialPage.objects.get(slug="eating-well")
    assert "1 page<" in get(client, material.url).content.decode()
    document = material.document
    document.file.save("eating-well-new.pdf", ContentFile(pdf_bytes(pages=3)), save=False)
    document.page_count = 3
    document.save()
    assert "3 pages" in get(client, material.url).content.decode()


def test_signed_in_editors_never_get_or_fill_the_cache(admin_client, demo_site):
    client = Client()  # the anonymous visitor (admin_client is pytest-django's client, signed in)
    anonymous = get(client, CONTENT_URL)
    editor = get(admin_client, CONTENT_URL)
    assert cached(editor) is None
    assert "private" in editor["Cache-Control"]
    assert editor.content != anonymous.content  # the editor's own page, with the Wagtail user bar
    assert "wagtail-userbar" in editor.content.decode()
    after = get(client, CONTENT_URL)
    assert cached(after) == "hit"
    assert "wagtail-userbar" not in after.content.decode()


def test_previews_are_never_cached(admin_client, demo_site):
    page = ContentPage.objects.get(slug="causes")
    url = f"/admin/pages/{page.pk}/edit/preview/"
    response = admin_client.get(url)
    assert cached(response) is None


def checker_url():
    stages = StagesPage.objects.get()
    return stages.url + stages.reverse_subpage("checker")


def test_the_checker_form_is_never_cached(client, demo_site, django_assert_max_num_queries):
    url = checker_url()
    first = get(client, url)
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert cached(first) is None
    second = get(client, url)
    assert cached(second) is None
    assert second.cookies  # a fresh CSRF token each time, never a shared one


def test_the_checker_result_is_never_cached(client, demo_site):
    url = StagesPage.objects.get().url
    token = get(client, checker_url()).cookies["csrftoken"].value
    form = {**CHECKER_VALID, "csrfmiddlewaretoken": token}
    response = client.post(url + "check/", form)
    assert response.status_code == 200
    assert cached(response) is None
    assert "no-store" in response["Cache-Control"]


def test_searches_stay_out_of_shared_caches(client, demo_site):
    for url in ("/search/?q=weight", "/materials/?q=diary"):
        response = get(client, url)
        assert cached(response) is None, url
        assert "private" in response["Cache-Control"]
        assert cached(get(client, url)) is None


def test_requests_with_a_messages_cookie_are_not_looked_up(client, demo_site):
    assert cached(get(client, "/")) == "miss"
    client.cookies["messages"] = "anything"
    assert cached(get(client, "/")) is None  # a waiting message must be shown, not a shared page


def test_responses_that_set_a_cookie_are_not_cached(client, demo_site, monkeypatch):
    serve = ContentPage.serve

    def serve_with_a_cookie(self, request, *args, **kwargs):
        response = serve(self, request, *args, **kwargs)
        response.set_cookie("shown", "yes")
        return response

    monkeypatch.setattr(ContentPage, "serve", serve_with_a_cookie)
    for _ in range(2):
        response = get(client, CONTENT_URL)
        assert response.cookies["shown"].value == "yes"
        assert cached(response) is None  # never stored: another visitor would get this one's cookie
        del client.cookies["shown"]
    assert cached(get(client, "/")) == "miss"  # pages that set none are still stored


def test_deleting_a_reviewer_or_an_expert_takes_their_name_off_every_cached_page(client, demo_site):
    from questions.models import AnswerPage

    answer = AnswerPage.objects.live().filter(answered_by__isnull=False).first()
    named = {CONTENT_URL: ContentPage.objects.get(slug="what-is-cachexia").reviewer, answer.url: answer.answered_by}
    for url, person in named.items():
        assert escape(person.name) in get(client, url).content.decode()
        assert cached(get(client, url)) == "hit"
    for person in set(named.values()):
        person.delete()  # the pages' links are set to NULL by one UPDATE, which sends no page signal
    for url, person in named.items():
        assert escape(person.name) not in get(client, url).content.decode(), url


def test_unpublishing_a_criteria_set_takes_it_off_cached_pages(client, demo_site):
    society = CriteriaSet.objects.get(slug="society-wording")
    stages = StagesPage.objects.get()
    for url in (stages.url, checker_url()):
        assert escape(society.name) in get(client, url).content.decode()
    assert cached(get(client, stages.url)) == "hit"
    society.unpublish()
    for url in (stages.url, checker_url()):
        assert escape(society.name) not in get(client, url).content.decode(), url


def test_the_cache_is_shared_through_redis(client, demo_site, redis_cache):
    import redis
    from django.core.cache import cache

    page = ContentPage.objects.get(slug="causes")
    assert cached(get(client, page.url)) == "miss"
    assert cached(get(client, page.url)) == "hit"
    raw = redis.Redis.from_url(redis_url())
    assert raw.keys(f"{cache.key_prefix}:*page:*"), "the page is stored in Redis"
    page.title = "Causes, in Redis"
    page.save_revision().publish()
    assert escape("Causes, in Redis") in get(client, page.url).content.decode()


def test_cache_calls_reuse_one_redis_client(redis_cache, monkeypatch):
    """Django's Redis cache builds a new client for every call; advocacy/cache_backend.py keeps one per pool."""
    import redis
    from django.core.cache import cache

    built = []
    build = redis.Redis.__init__

    def counted(self, *args, **kwargs):
        built.append(self)
        build(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counted)
    for n in range(5):
        cache.set(f"reuse-{n}", n)
        assert cache.get(f"reuse-{n}") == n
    assert cache.get_many(["reuse-1", "reuse-2"]) == {"reuse-1": 1, "reuse-2": 2}
    assert len(built) <= 1, f"{len(built)} clients for 11 calls"


def test_the_site_keeps_working_when_redis_stops_answering(client, demo_site, redis_not_answering, caplog):
    for url in ("/", CONTENT_URL, "/materials/", CONTENT_URL):
        response = get(client, url)
        assert cached(response) != "hit"
    assert "Redis unavailable" in caplog.text
    health = client.get("/health/")
    assert health.status_code == 500 and "Cache" in health.content.decode()


def test_making_a_section_private_takes_effect_at_once(client, demo_site):
    from wagtail.models import PageViewRestriction

    for url in ("/", "/about-cachexia/", "/about-cachexia/causes/", "/search/?q=causes"):
        get(client, url)
        get(client, url)
    section = SectionIndexPage.objects.get(slug="about-cachexia")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    for url in ("/about-cachexia/", "/about-cachexia/causes/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url
    nav = get(client, "/").content.decode().split('aria-label="Main"')[1].split("</nav>")[0]
    assert "About cachexia" not in nav
    assert "What causes cachexia?" not in get(client, "/search/?q=causes").content.decode()
    PageViewRestriction.objects.filter(page=section).delete()
    assert get(client, "/about-cachexia/causes/").status_code == 200
