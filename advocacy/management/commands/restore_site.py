from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from advocacy.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive made by backup_site into an EMPTY database (DATABASE_URL) and an EMPTY media "
        "folder (MEDIA_ROOT). Every media file is checked against the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive, **options):
        if not archive.is_file():
            raise CommandError(f"There is no archive at {archive}.")
        try:
            summary = restore(archive, connection, default_storage)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored the database and {summary.media_files} media files."))
        if summary.pending_migrations:
            self.stdout.write(
                f"This code has {len(summary.pending_migrations)} migrations the backup had not applied yet: "
                "run manage.py migrate."
            )
