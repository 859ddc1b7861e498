"""Production's task queue: search and reference indexing and CDN purges wait for `manage.py db_worker`.

The test settings run tasks at once; these tests switch to production's database backend.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from advocacy.models import ContentPage
from tests.servers import free_port


@pytest.fixture
def task_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued(task_name: str) -> int:
    return DBTaskResult.objects.filter(task_path__endswith=task_name, status="READY").count()


def search(term: str) -> list[str]:
    return [page.title for page in Page.objects.live().search(term)]


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


@pytest.mark.django_db
def test_publishing_queues_search_and_reference_indexing_for_the_worker(demo_site, task_queue, monkeypatch):
    # The worker closes connections between tasks; this test's connection holds its transaction.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    page = ContentPage.objects.get(slug="causes")
    page.title = "Zebra crossings and cachexia"
    page.save_revision().publish()
    assert queued("insert_or_update_object_task") >= 1
    assert queued("update_reference_index_task") >= 1
    assert search("Zebra") == []  # the editor's request did not index it
    run_worker()
    assert search("Zebra") == ["Zebra crossings and cachexia"]
    assert not DBTaskResult.objects.filter(~Q(status="SUCCESSFUL")).exists()


class PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[str] = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRecorder.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    """A caching proxy's PURGE endpoint on 127.0.0.1 (what Varnish answers), recording each purge."""
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_a_change_queues_a_purge_of_every_page_for_the_worker(
    transactional_db, migrated_rows, task_queue, purge_endpoint
):
    from advocacy.demo.builder import build_demo_site

    build_demo_site(spanish=False)  # committed, as every test here: purges are queued when a change commits
    run_worker()
    PurgeRecorder.purged.clear()
    page = ContentPage.objects.get(slug="causes")
    page.title = "What causes it"
    with transaction.atomic():  # an editor's publish: one transaction
        page.save_revision().publish()
    assert queued("purge_frontend_cache") == 1  # one purge per change, however many signals it sent
    assert purge_endpoint == []  # nothing purged inside the editor's request
    run_worker()
    assert "/" in purge_endpoint
    assert "/about-cachexia/causes/" in purge_endpoint
    assert "/materials/eating-well/" in purge_endpoint  # every page: the navigation may have changed
    assert len(purge_endpoint) == Page.objects.live().filter(depth__gt=1).count()
