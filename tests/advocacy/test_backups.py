"""Backups that restore (catalogue G7, G8, G9), on the database the suite runs on (SQLite or PostgreSQL).

The demo site is backed up with ``manage.py backup_site``, restored with ``manage.py restore_site``
into a new empty database and media folder (in a separate process, as an operator would), and the
restored copy is checked: migrations, counts, every document's hash, and a real gunicorn serving
its pages. Then every project app migrates to zero and back on that copy.
"""

import contextlib
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import pytest
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from advocacy.backups import BackupError, restore
from materials.models import MaterialDocument, MaterialPage
from questions.models import Question
from staging.models import CriteriaSet
from tests.demo_snapshot import demo_site_for_tests
from tests.servers import free_port

BASE_DIR = Path(__file__).resolve().parents[2]


def project_apps_with_migrations() -> list[str]:
    """The labels of the project's own apps (in this checkout, not installed packages) that have migrations."""
    from django.apps import apps

    return [
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(BASE_DIR)
        and not Path(config.path).is_relative_to(BASE_DIR / ".venv")
        and (Path(config.path) / "migrations" / "__init__.py").exists()
    ]


def manage(*args, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300
    )
    if check:
        assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's document hash


class EmptyTarget:
    """A new, empty database of the suite's kind plus an empty media folder, removed afterwards."""

    def __init__(self, tmp_path: Path, suffix: str):
        self.media = tmp_path / f"{suffix}-media"
        settings_dict = connection.settings_dict
        if connection.vendor == "postgresql":
            self.name = f"{settings_dict['NAME']}_{suffix}"[:63]
            host, port, user = settings_dict["HOST"], settings_dict["PORT"] or 5432, settings_dict["USER"]
            password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
            self.url = f"postgres://{user}{password}@{host}:{port}/{self.name}"
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"', f'CREATE DATABASE "{self.name}"')
        else:
            self.name = str(tmp_path / f"{suffix}.sqlite3")
            self.url = f"sqlite:///{self.name}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "advocacy.settings.test",
            "DATABASE_URL": self.url,
            "TEST_MEDIA_ROOT": str(self.media),
        }
        self.env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def _admin(self, *statements):
        import psycopg2

        settings_dict = connection.settings_dict
        admin = psycopg2.connect(
            dbname="postgres",
            host=settings_dict["HOST"],
            port=settings_dict["PORT"] or 5432,
            user=settings_dict["USER"],
            password=settings_dict.get("PASSWORD") or None,
        )
        admin.autocommit = True
        try:
            with admin.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        finally:
            admin.close()

    def query(self, sql: str) -> list[tuple]:
        if connection.vendor == "postgresql":
            import psycopg2

            parts = dj_database_url.parse(self.url)
            db = psycopg2.connect(
                dbname=parts["NAME"], host=parts["HOST"], port=parts["PORT"], user=parts["USER"], password=None
            )
        else:
            db = sqlite3.connect(self.name)
        try:
            cursor = db.cursor()
            cursor.execute(sql)
            return cursor.fetchall()
        finally:
            db.close()

    def drop(self):
        if connection.vendor == "postgresql":
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture
def demo_backup(transactional_db, migrated_rows, tmp_path, _isolated_media, demo_media_cache):
    """The demo site, backed up; returns the archive and what the site held."""
    from django.contrib.sessions.backends.db import SessionStore

    demo_site_for_tests(spanish=True, media_cache=demo_media_cache)

    SessionStore().create()  # someone signed in when the backup was made
    Question.objects.create(text="Is it normal to lose weight while eating?", asker_role="caregiver")
    Question.objects.create(text="What can I eat when nothing tastes right?", asker_role="patient")
    held = {
        "questions": Question.objects.count(),
        "pages": Page.objects.count(),
        "live_urls": {page.url: page.title for page in Page.objects.live().public().specific().exclude(depth=1)},
        "materials": MaterialPage.objects.count(),
        "criteria_sets": CriteriaSet.objects.count(),
        "documents": {doc.file.name: doc.file_hash for doc in MaterialDocument.objects.all()},
    }
    assert held["materials"] >= 4 and held["criteria_sets"] == 4 and len(held["documents"]) >= 4
    # (two criteria sets, each in English and Spanish: the backup holds the bilingual demo)
    call_command("backup_site", output_dir=str(tmp_path / "backups"))
    (archive,) = (tmp_path / "backups").glob("cachexia-backup-*.tar.gz")
    return archive, held


@pytest.fixture
def restored(demo_backup, tmp_path):
    archive, held = demo_backup
    target = EmptyTarget(tmp_path, "restored")
    try:
        output = manage("restore_site", str(archive), env=target.env).stdout
        assert f"Restored the database and {len(held['documents'])} media files." in output
        yield target, held
    finally:
        target.drop()


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=15) as response:  # noqa: S310 - our own loopback server
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_the_archive_is_dated_private_and_lists_every_media_file(demo_backup):
    archive, held = demo_backup
    assert archive.stat().st_mode & 0o077 == 0  # owner only: it holds password hashes and sign-in keys
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    dump = "database.pgdump" if connection.vendor == "postgresql" else "database.sqlite3"
    assert dump in names
    assert {entry["name"] for entry in manifest["media"]} == set(held["documents"])
    assert {f"media/{name}" for name in held["documents"]} <= names
    assert manifest["database"] == connection.vendor
    assert "materials.0003_fill_document_hashes_and_sizes" in manifest["migrations"]


def test_the_restored_site_has_everything_and_serves_its_pages(restored, tmp_path):
    target, held = restored
    manage("migrate", "--check", env=target.env)

    assert target.query("SELECT COUNT(*) FROM wagtailcore_page")[0][0] == held["pages"]
    assert target.query("SELECT COUNT(*) FROM materials_materialpage")[0][0] == held["materials"]
    assert target.query("SELECT COUNT(*) FROM staging_criteriaset")[0][0] == held["criteria_sets"]
    assert target.query("SELECT COUNT(*) FROM questions_question")[0][0] == held["questions"] == 2
    documents = dict(target.query("SELECT file, file_hash FROM materials_materialdocument"))
    assert documents == held["documents"]
    for name, file_hash in documents.items():
        assert sha1((target.media / name).read_bytes()) == file_hash, name

    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("w") as log_file:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "advocacy.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=BASE_DIR,
            env=target.env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while fetch_or_none(base + "/health/") is None:
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        for path, title in held["live_urls"].items():
            status, body = fetch(base + path)
            assert status == 200, (path, log.read_text()[-2000:])
            assert title.encode() in body.replace(b"&#x27;", b"'"), path
        material = next(iter(held["documents"]))
        document_url = target.query(f"SELECT id FROM materials_materialdocument WHERE file = '{material}'")[0][0]  # noqa: S608
        status, body = fetch(f"{base}/documents/{document_url}/{Path(material).name}")
        assert status == 200 and sha1(body) == held["documents"][material]
    finally:
        server.terminate()
        server.wait(timeout=10)

    # Restoring again over the restored site is refused: nothing is mixed or overwritten.
    archive = next((tmp_path / "backups").glob("*.tar.gz"))
    refused = manage("restore_site", str(archive), env=target.env, check=False)
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr


def fetch_or_none(url: str):
    try:
        return fetch(url)
    except OSError:
        return None


def test_every_project_app_migrates_to_zero_and_back(restored):
    """Catalogue G9, on a copy of the demo site: each app's migrations all reverse, and the criteria
    sets come back seeded (with their first revision) after ``migrate staging zero``.

    Every app goes to zero first (``migrate <app> zero`` also reverses the apps that depend on it), then
    one ``migrate`` applies everything again: each migration runs backwards once and forwards once."""
    target, held = restored
    labels = project_apps_with_migrations()
    assert {"advocacy", "staging", "materials", "questions"} <= set(labels)
    script = "; ".join(
        [
            "from django.core.management import call_command as run",
            *(f"run('migrate', '{app}', 'zero', verbosity=0)" for app in labels),
            "from django.db.migrations.recorder import MigrationRecorder",
            f"assert not MigrationRecorder.Migration.objects.filter(app__in={labels!r}).exists()",
            "run('migrate', verbosity=0)",
        ]
    )
    manage("shell", "-c", script, env=target.env)
    manage("migrate", "--check", env=target.env)
    sets = target.query("SELECT slug, latest_revision_id FROM staging_criteriaset ORDER BY slug")
    assert [slug for slug, _revision in sets] == ["fearon-2011", "society-wording"]
    assert all(revision is not None for _slug, revision in sets)


@contextlib.contextmanager
def in_process_connection(target: EmptyTarget):
    """A second Django connection, to ``target``'s database, beside the suite's own.

    Made by hand and reachable as ``connections["restore_check"]`` (the migration recorder looks
    it up by alias), but not in ``DATABASES``: Django's test case allows such connections."""
    from django.db import connections
    from django.db.utils import load_backend

    parts = dj_database_url.parse(target.url)
    settings_dict = {**connection.settings_dict, **{key: parts[key] for key in ("ENGINE", "NAME", "HOST", "PORT")}}
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "restore_check")
    connections["restore_check"] = wrapper
    try:
        yield wrapper
    finally:
        wrapper.close()
        del connections["restore_check"]
        target.drop()


def rewritten(archive: Path, target: Path, change) -> Path:
    """A copy of ``archive`` with ``change(name, data) -> data`` applied to every member."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


def test_restore_signs_everyone_out_and_checks_every_file_and_the_database_kind(demo_backup, tmp_path):
    archive, held = demo_backup
    target = EmptyTarget(tmp_path, "inprocess")
    with in_process_connection(target) as restored_db:
        summary = restore(archive, restored_db, FileSystemStorage(location=target.media))
        assert summary.media_files == len(held["documents"])
        assert summary.pending_migrations == []
        assert target.query("SELECT COUNT(*) FROM django_session")[0][0] == 0
        assert target.query("SELECT COUNT(*) FROM materials_materialpage")[0][0] == held["materials"]
        with pytest.raises(BackupError, match="is not empty"):
            restore(archive, restored_db, FileSystemStorage(location=tmp_path / "other-media"))

    def damage_one_file(name, data):
        return data + b"<script>" if name == f"media/{next(iter(held['documents']))}" else data

    damaged = rewritten(archive, tmp_path / "damaged.tar.gz", damage_one_file)
    target = EmptyTarget(tmp_path, "damaged")
    with in_process_connection(target) as restored_db, pytest.raises(BackupError, match="does not match the backup"):
        restore(damaged, restored_db, FileSystemStorage(location=target.media))

    def other_kind(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["database"] = "oracle"
        return json.dumps(manifest).encode()

    foreign = rewritten(archive, tmp_path / "foreign.tar.gz", other_kind)
    target = EmptyTarget(tmp_path, "foreign")
    with in_process_connection(target) as restored_db, pytest.raises(BackupError, match="holds a oracle database"):
        restore(foreign, restored_db, FileSystemStorage(location=target.media))
