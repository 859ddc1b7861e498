"""Search-engine and privacy hygiene on the public site: noindex where a page is one visitor's own,
and no cookies but the CSRF token, only where a form needs it."""

import re

import pytest
from django.conf import settings
from wagtail.models import Page

from advocacy.robots import noindex
from materials.models import MaterialPage
from questions.models import AskQuestionPage
from staging.models import StagesPage
from tests.helpers import CHECKER_VALID, valid_question_form

pytestmark = pytest.mark.django_db

NOINDEX_META = '<meta name="robots" content="noindex">'


def is_noindex(response) -> bool:
    meta = NOINDEX_META in response.content.decode()
    header = response.get("X-Robots-Tag") == "noindex"
    assert meta == header or response["Content-Type"].startswith("text/plain"), "header and meta disagree"
    return header


def checker_url():
    stages = StagesPage.objects.get()
    return stages.url + stages.reverse_subpage("checker")


def handout_url():
    slugs = MaterialPage.objects.live().values_list("slug", flat=True)[:2]
    return "/materials/handout/?" + "&".join(f"m={slug}" for slug in slugs)


def test_the_checker_and_its_answers_are_noindex(client, demo_site):
    assert is_noindex(client.get(checker_url()))
    check_url = StagesPage.objects.get().url + "check/"
    answered = client.post(check_url, CHECKER_VALID)
    assert "Your numbers" in answered.content.decode()
    assert is_noindex(answered)
    assert answered.content.decode().count('name="robots"') == 1
    mistyped = client.post(check_url, {**CHECKER_VALID, "current_weight": "seventy"})
    assert mistyped.status_code == 200
    assert is_noindex(mistyped)
    refused = client.get(check_url)  # a GET there is refused (405), and not indexed either
    assert refused.status_code == 405 and refused["X-Robots-Tag"] == "noindex"


def test_the_handout_is_noindex_and_crawlable_so_search_engines_see_that(client, demo_site):
    response = client.get(handout_url())
    assert response.status_code == 200
    assert len(re.findall(r'class="handout-item"', response.content.decode())) == 2
    assert is_noindex(response)
    robots = client.get("/robots.txt").content.decode()
    assert "/materials/handout" not in robots


def test_the_question_form_and_its_answers_to_the_asker_are_noindex(client, demo_site):
    ask_url = AskQuestionPage.objects.get().url
    assert is_noindex(client.get(ask_url))
    assert is_noindex(client.get(ask_url + "thanks/"))
    mistyped = client.post(ask_url + "send/", {"question": ""})
    assert mistyped.status_code == 200
    assert is_noindex(mistyped)


def test_pages_meant_to_be_found_are_indexable(client, demo_site):
    for page in Page.objects.live().public().specific().exclude(depth=1).not_type(AskQuestionPage):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert not is_noindex(response), page.url


def test_the_decorator_works_on_any_view(rf):
    from django.http import HttpResponse

    response = noindex(lambda request: HttpResponse("plain"))(rf.get("/"))
    assert response["X-Robots-Tag"] == "noindex"


def public_urls() -> tuple[list[str], list[str]]:
    """Every public page of the bilingual demo site in both languages, and every public route, as a
    visitor reaches them; and the pages among them with a form that POSTs (the checker, the question form)."""
    urls = [page.url for page in Page.objects.live().public().specific().exclude(depth=1)]
    forms = []
    for language in ("en", "es"):
        in_language = {"locale__language_code": language}
        material = MaterialPage.objects.live().filter(**in_language).order_by("path").first()
        stages = StagesPage.objects.live().get(**in_language)
        index = material.get_parent()
        prefix = "" if language == "en" else f"/{language}"
        checker = stages.url + stages.reverse_subpage("checker")
        urls += [
            material.url + "download/",
            material.document.url,
            material.short_path,
            checker,
            f"{index.url}handout/?m={material.slug}",
            f"{index.url}?audience=patient&q=eating",
            f"{prefix}/search/?q=weight",
            f"{prefix}/no-such-page/",
        ]
        forms += [checker, AskQuestionPage.objects.live().get(**in_language).url]
    return [*urls, "/robots.txt", "/sitemap.xml"], forms


def assert_no_cookie_but_the_csrf_token(response, what: str):
    assert set(response.cookies.keys()) <= {settings.CSRF_COOKIE_NAME}, f"{what}: {set(response.cookies.keys())}"


def test_public_pages_set_no_cookies_but_a_csrf_token_where_a_form_needs_it(client, bilingual_demo_site, settings):
    """In both languages: every page and route, then sending each form, and the page over a rate limit."""
    urls, forms = public_urls()
    assert any(url.startswith("/es/") for url in urls)
    seen_csrf = []
    for url in urls:
        client.cookies.clear()
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url
        cookies = set(response.cookies.keys())
        body = b"".join(response.streaming_content) if response.streaming else response.content
        has_post_form = b'name="csrfmiddlewaretoken"' in body
        expected = {settings.CSRF_COOKIE_NAME} if has_post_form else set()
        assert cookies == expected, f"{url}: {cookies}"
        if has_post_form:
            seen_csrf.append(url)
    # The checker and the question form are the only public forms that POST, in each language.
    assert sorted(seen_csrf) == sorted(forms)

    settings.QUESTIONS_NOTIFY_EMAILS = []
    for language in ("en", "es"):
        client.cookies.clear()
        stages = StagesPage.objects.live().get(locale__language_code=language).url
        answered = client.post(stages + "check/", CHECKER_VALID)
        assert answered.status_code == 200
        assert_no_cookie_but_the_csrf_token(answered, f"{language} checker answer")
        ask = AskQuestionPage.objects.live().get(locale__language_code=language).url
        client.get(ask)
        sent = client.post(ask + "send/", valid_question_form())
        assert sent.status_code == 302 and sent["Location"].endswith("thanks/"), language
        assert_no_cookie_but_the_csrf_token(sent, f"{language} question sent")
        thanks = client.get(sent["Location"])
        assert thanks.status_code == 200
        assert set(thanks.cookies.keys()) == set(), f"{language} thanks: {set(thanks.cookies.keys())}"
        assert settings.SESSION_COOKIE_NAME not in client.cookies
        assert "messages" not in client.cookies

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check_numbers": (0, 600)}
    client.cookies.clear()
    refused = client.post(StagesPage.objects.live().get(locale__language_code="es").url + "check/", CHECKER_VALID)
    assert refused.status_code == 429
    assert set(refused.cookies.keys()) == set(), set(refused.cookies.keys())
