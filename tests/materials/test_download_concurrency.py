"""1,000 downloads at once through real gunicorn workers add exactly 1,000 to the count.

Two worker processes with eight threads each serve the stable download URL while 50 clients
download at the same time. On PostgreSQL (the CI's second run) the workers share the test
database; on SQLite a file copy of it. No download may fail, none may be lost.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.db.models import Sum

from materials.models import DownloadDay, MaterialPage
from tests.servers import database_url_for_other_processes, fetch, gunicorn, project_env, run_python

DOWNLOADS = 1000
CLIENTS = 50


@pytest.fixture
def download_server(transactional_db, tmp_path, settings):
    from django.core.management import call_command

    from advocacy.demo.builder import build_demo_site
    from tests.helpers import restore_migrated_rows

    # Its own demo, files in this test's media folder: a site another test left in this worker's database
    # (the browser tests' shared demo, when workers run tests in parallel) keeps its files elsewhere.
    call_command("flush", interactive=False, verbosity=0)
    restore_migrated_rows()
    build_demo_site(spanish=False)
    env = project_env(
        DATABASE_URL=database_url_for_other_processes(connection, tmp_path),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        TEST_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        PAGE_CACHE_SECONDS="0",
    )
    with gunicorn(env, tmp_path / "server.log", workers=2, threads=8) as base_url:
        yield base_url, env, tmp_path / "server.log"


def test_a_thousand_concurrent_downloads_are_all_counted(download_server):
    base_url, env, log = download_server
    material = MaterialPage.objects.get(slug="eating-well")
    url = f"{base_url}{material.url}download/"
    first_status, _headers, body = fetch(url, binary=True)
    assert first_status == 200 and body.startswith(b"%PDF-"), (url, first_status, log.read_text()[-2000:])

    def download(_):
        status, _headers, body = fetch(url, timeout=60, binary=True)
        return status if body.startswith(b"%PDF-") else f"{status}, not the file"

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        statuses = list(pool.map(download, range(DOWNLOADS - 1)))
    assert statuses.count(200) == DOWNLOADS - 1, {s: statuses.count(s) for s in set(statuses)}

    total = run_python(
        "from django.db.models import Sum\n"
        "from materials.models import DownloadDay\n"
        f"print(DownloadDay.objects.filter(material_id={material.pk}).aggregate(n=Sum('count'))['n'])\n",
        env,
    )
    assert int(total) == DOWNLOADS
    text = log.read_text()
    assert "database is locked" not in text and "deadlock" not in text.lower() and "Traceback" not in text
    if connection.vendor == "postgresql":  # the workers wrote to the test database itself
        assert DownloadDay.objects.filter(material=material).aggregate(n=Sum("count"))["n"] == DOWNLOADS
