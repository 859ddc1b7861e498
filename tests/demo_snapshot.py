"""The demo site for tests: built for real once per test worker, then restored from a copy of its rows.

Building the demo takes seconds, and the bilingual one much longer (wagtail-localize extracts, translates
and publishes every page). The first test on a worker that asks for a demo runs the real loader; every
table's rows and the media files it wrote are then copied. Later tests get exactly that database back in
a fraction of a second: every table is emptied and refilled from the copy inside the test's own
transaction (which rolls back as usual), or, for live-server tests, committed (and flushed afterwards).

The copy is the whole database, content types and permissions included, so it is consistent whatever
state the database was in when it was taken. The tests of the loader itself still run it for real.
"""

import copy
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

from tests.helpers import clear_caches

# Wagtail's search index on SQLite is an FTS5 virtual table (with these shadow tables), kept in step with
# its index entries by triggers: refilling the entries refills it.
FTS5_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


@dataclass
class Snapshot:
    rows: dict  # table name -> its rows: a list of tuples (SQLite) or COPY text (PostgreSQL)
    columns: dict  # table name -> the column names the rows hold (SQLite)
    media: Path
    result: object  # the loader's DemoResult: accounts and passwords printed by `make start`


_snapshots: dict = {}


def quote(name: str) -> str:
    return connection.ops.quote_name(name)


def demo_site_for_tests(*, spanish: bool, public_url: str | None = None, media_cache: Path):
    """The demo site in the current database and MEDIA_ROOT, as ``build_demo_site`` leaves it; its result.

    With files on object storage (tests/materials/test_object_storage.py) the loader always runs for real."""
    from django.core.files.storage import FileSystemStorage, storages

    from advocacy.demo.builder import build_demo_site

    on_disk = isinstance(storages["default"], FileSystemStorage)
    key = (connection.vendor, spanish, public_url)
    snapshot = _snapshots.get(key) if on_disk else None
    if snapshot is None:
        media_root = Path(settings.MEDIA_ROOT)
        before = _files(media_root)
        result = build_demo_site(public_url=public_url, spanish=spanish)
        if on_disk:
            media = media_cache / f"demo-{len(_snapshots)}"
            for name in sorted(_files(media_root) - before):
                (media / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(media_root / name, media / name)
            _snapshots[key] = Snapshot(*_copy_rows(), media=media, result=copy.deepcopy(result))
        return result
    with transaction.atomic():
        _restore_rows(snapshot)
    if snapshot.media.exists():
        shutil.copytree(snapshot.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    forget_cached_ids()
    # The rows changed behind Django's back (no signal set a new site version): empty the caches, so that
    # the site version starts afresh and nothing remembered for the rows before (the memos) is used.
    clear_caches()
    return copy.deepcopy(snapshot.result)


def _files(root: Path) -> set[str]:
    """The files under ``root``, as paths relative to it."""
    if not root.exists():
        return set()
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def forget_cached_ids() -> None:
    """Django keeps content types in memory by id; the copied database may number them differently."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def _tables() -> list[str]:
    """Every table but Django's record of migrations and SQLite's full-text tables."""
    names = connection.introspection.table_names(include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {row[0] for row in cursor.fetchall()}
        skip = virtual | {f"{table}{suffix}" for table in virtual for suffix in FTS5_SHADOW_SUFFIXES}
        names = [name for name in names if name not in skip]
    return [name for name in names if name != "django_migrations"]


def _copy_rows() -> tuple[dict, dict]:
    rows, columns = {}, {}
    connection.ensure_connection()
    raw = connection.connection.cursor()
    try:
        for table in _tables():
            if connection.vendor == "postgresql":
                buffer = io.StringIO()
                raw.copy_expert(f"COPY {quote(table)} TO STDOUT", buffer)
                rows[table] = buffer.getvalue()
            else:
                raw.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from the database's own list
                columns[table] = [column[0] for column in raw.description]
                rows[table] = raw.fetchall()
    finally:
        raw.close()
    return rows, columns


def _restore_rows(snapshot: Snapshot) -> None:
    connection.ensure_connection()
    raw = connection.connection.cursor()
    try:
        # Django makes foreign keys DEFERRABLE INITIALLY DEFERRED, so emptying tables in any order is fine:
        # they are checked when the transaction commits, by which time the copy is back whole.
        for table in snapshot.rows:
            raw.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 - names from the database's own list
        for table, rows in snapshot.rows.items():
            if not rows:
                continue
            if connection.vendor == "postgresql":
                raw.copy_expert(f"COPY {quote(table)} FROM STDIN", io.StringIO(rows))
            else:
                names = ", ".join(quote(name) for name in snapshot.columns[table])
                marks = ", ".join("?" for _ in snapshot.columns[table])
                insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608 - as above
                raw.executemany(insert, rows)
    finally:
        raw.close()
    if connection.vendor == "postgresql":
        _reset_sequences()


def _reset_sequences() -> None:
    """Rows came back with their own ids: move each id sequence past them, or the next insert collides."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
