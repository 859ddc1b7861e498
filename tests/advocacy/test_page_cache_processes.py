"""Two gunicorn workers share one Redis: a change published in a third process shows on both at once."""

import pytest
from django.db import connection

from tests.servers import database_url_for_other_processes, fetch, gunicorn, project_env, redis_url, run_python


@pytest.fixture
def two_workers(transactional_db, migrated_rows, tmp_path, settings):
    from advocacy.demo.builder import build_demo_site

    build_demo_site(spanish=False)
    env = project_env(
        DATABASE_URL=database_url_for_other_processes(connection, tmp_path),
        REDIS_URL=redis_url(),
        CACHE_KEY_PREFIX=f"{settings.CACHE_KEY_PREFIX}-processes",
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        TEST_MEDIA_ROOT=str(settings.MEDIA_ROOT),
    )
    with gunicorn(env, tmp_path / "a.log") as worker_a, gunicorn(env, tmp_path / "b.log") as worker_b:
        yield worker_a, worker_b, env
    run_python("from tests.helpers import clear_caches; clear_caches()", env)


def page(base_url, path):
    # Both workers behind one load balancer: the same Host header, whichever port answers.
    status, headers, body = fetch(base_url + path, host="localhost")
    assert status == 200, body[:300]
    return headers.get("X-Page-Cache"), body


def test_publish_then_the_next_get_shows_the_change_in_every_worker(two_workers):
    worker_a, worker_b, env = two_workers
    path = "/about-cachexia/causes/"
    assert page(worker_a, path)[0] == "miss"
    assert page(worker_b, path) == ("hit", page(worker_a, path)[1])  # one shared cache
    assert page(worker_b, "/about-cachexia/")[0] == "miss"

    run_python(  # an editor publishes, in another process
        "from advocacy.models import ContentPage\n"
        "page = ContentPage.objects.get(slug='causes')\n"
        "page.title = 'Why cachexia happens'\n"
        "page.save_revision().publish()\n",
        env,
    )
    for worker in (worker_b, worker_a):
        state, body = page(worker, path)
        assert "<h1>Why cachexia happens</h1>" in body, worker
    assert page(worker_a, path)[0] == "hit"
    assert "Why cachexia happens" in page(worker_b, "/about-cachexia/")[1]  # the section that lists it too

    run_python(
        "from wagtail.models import Site\n"
        "from advocacy.models import SiteSettings\n"
        "s = SiteSettings.for_site(Site.objects.get(is_default_site=True))\n"
        "s.text.medical_disclaimer = 'A new disclaimer for every page.'\n"
        "s.text.save()\n",
        env,
    )
    for worker in (worker_a, worker_b):
        for url in (path, "/", "/materials/"):
            assert "A new disclaimer for every page." in page(worker, url)[1], (worker, url)
