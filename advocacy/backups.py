"""Back up the whole site (the database and the media files together) into one dated archive, and
restore such an archive into an empty database and an empty media store (README, "Backups").

The archive is a ``.tar.gz`` holding:

- ``database.pgdump`` (PostgreSQL, ``pg_dump -Fc``) or ``database.sqlite3`` (SQLite, its online
  backup API, safe while the site runs);
- ``media/<name>``: every file in the default storage, read through the storage API, so local
  disk and an object store work alike;
- ``manifest.json``, written last: when, which database engine, the applied migrations, and every
  media file with its size and SHA-256, which the restore checks file by file.

It holds everything needed to run the site, secrets included (password hashes, sign-in app keys),
so it is written readable by its owner only: keep it somewhere as safe as the database itself.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.contrib.sessions.models import Session
from django.core.files import File
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

ARCHIVE_PREFIX = "cachexia-backup"
MANIFEST = "manifest.json"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
CHUNK = 2**20


class BackupError(Exception):
    """Something the operator must fix; the message says what."""


@dataclass
class RestoreSummary:
    media_files: int
    pending_migrations: list[str]


def archive_name(now: datetime.datetime) -> str:
    return f"{ARCHIVE_PREFIX}-{now.astimezone(datetime.UTC):%Y-%m-%dT%H%M%SZ}.tar.gz"


# --- Back up ---------------------------------------------------------------------------------------


def back_up(output_dir: Path, connection, storage) -> Path:
    """Write a new archive in ``output_dir`` and return its path."""
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(f"Backing up a {connection.vendor} database is not supported.")
    output_dir.mkdir(parents=True, exist_ok=True)
    now = timezone.now()
    final = output_dir / archive_name(now)
    partial = final.with_name(final.name + ".partial")  # never a half-written archive under the real name
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DUMP_NAMES[connection.vendor]
        _dump_database(connection, dump)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.add(dump, arcname=dump.name, filter=_owner_only)
            media = [_add_media_file(tar, storage, name) for name in sorted(storage_files(storage))]
            manifest = {
                "created_at": now.isoformat(),
                "database": connection.vendor,
                "migrations": sorted(f"{app}.{name}" for app, name in _applied(connection)),
                "media": media,
            }
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode())
    os.replace(partial, final)
    return final


def storage_files(storage, folder: str = ""):
    """Every file name in ``storage``, walked through the storage API."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder that was never created holds no files
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from storage_files(storage, f"{folder}/{sub}" if folder else sub)


def _dump_database(connection, target: Path) -> None:
    if connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--file", str(target), *_pg_args(connection)], connection)
    else:
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()


def _add_media_file(tar, storage, name: str) -> dict:
    info = tarfile.TarInfo(f"media/{name}")
    info.size = storage.size(name)
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o600
    with storage.open(name, "rb") as source:
        hashing = _HashingReader(source)
        tar.addfile(info, hashing)
    return {"name": name, "size": info.size, "sha256": hashing.hexdigest()}


def _owner_only(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mode = 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _add_bytes(tar, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


class _HashingReader:
    """A file wrapper that hashes what is read through it (so each media file is read once)."""

    def __init__(self, source):
        self.source = source
        self.hasher = hashlib.sha256()

    def read(self, size=-1):
        data = self.source.read(size)
        self.hasher.update(data)
        return data

    def hexdigest(self) -> str:
        return self.hasher.hexdigest()


# --- Restore ---------------------------------------------------------------------------------------


def restore(archive: Path, connection, storage) -> RestoreSummary:
    """Restore ``archive`` into the (empty) database of ``connection`` and the (empty) ``storage``."""
    _require_empty(connection, storage)
    with tarfile.open(archive, "r:gz") as tar:
        manifest = json.load(_member(tar, MANIFEST))
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"This backup holds a {manifest['database']} database, but this site is set up for "
                f"{connection.vendor}. Point DATABASE_URL at a database of the same kind."
            )
        with tempfile.TemporaryDirectory() as work:
            dump = Path(work) / DUMP_NAMES[connection.vendor]
            with _member(tar, dump.name) as source, dump.open("wb") as target:
                shutil.copyfileobj(source, target, CHUNK)
            _restore_database(connection, dump)
        for entry in manifest["media"]:
            _restore_media_file(tar, storage, entry)
    with connection.cursor() as cursor:  # everyone signs in again on the restored site
        cursor.execute(f"DELETE FROM {connection.ops.quote_name(Session._meta.db_table)}")  # noqa: S608
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return RestoreSummary(
        media_files=len(manifest["media"]),
        pending_migrations=[f"{migration.app_label}.{migration.name}" for migration, _backwards in pending],
    )


def _require_empty(connection, storage) -> None:
    tables = connection.introspection.table_names()
    if tables:
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} is not empty ({len(tables)} tables). Restore into "
            "a new, empty database (for PostgreSQL: createdb), so nothing is mixed or overwritten."
        )
    if next(storage_files(storage), None) is not None:
        raise BackupError("The media folder is not empty. Restore into a new, empty media folder (MEDIA_ROOT).")


def _member(tar, name: str):
    try:
        return tar.extractfile(name)
    except KeyError as error:
        raise BackupError(f"This is not a complete site backup: it has no {name}.") from error


def _restore_database(connection, dump: Path) -> None:
    if connection.vendor == "postgresql":
        connection.close()
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        _run([*command, *_pg_args(connection), str(dump)], connection)
    else:
        connection.close()
        with sqlite3.connect(dump) as source, sqlite3.connect(connection.settings_dict["NAME"]) as target:
            source.backup(target)
        source.close()
        target.close()


def _restore_media_file(tar, storage, entry: dict) -> None:
    name = entry["name"]
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not name:
        raise BackupError(f"Refusing a media file with an unsafe name: {name!r}")
    with _member(tar, f"media/{name}") as source:
        saved = storage.save(name, File(source, name=path.name))
    if saved != name:
        raise BackupError(f"The media file {name} was stored as {saved}: is the media folder really empty?")
    hasher = hashlib.sha256()
    with storage.open(name, "rb") as restored:
        while chunk := restored.read(CHUNK):
            hasher.update(chunk)
    if hasher.hexdigest() != entry["sha256"]:
        raise BackupError(f"The media file {name} does not match the backup (damaged archive or storage).")


# --- Both ------------------------------------------------------------------------------------------


def _applied(connection):
    return MigrationRecorder(connection).applied_migrations().keys()


def _pg_args(connection) -> list[str]:
    settings_dict = connection.settings_dict
    args = ["--dbname", settings_dict["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [flag, str(settings_dict[key])]
    return args


def _run(command: list[str], connection) -> None:
    env = {**os.environ}
    if connection.settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = connection.settings_dict["PASSWORD"]
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()[-2000:]}") from error
