import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from advocacy.backups import BackupError, back_up


class Command(BaseCommand):
    help = "Back up the database and the media files together into one dated archive (README: Backups)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=os.environ.get("BACKUP_DIR") or str(settings.BASE_DIR / "backups"),
            help="Folder for the archive (default: $BACKUP_DIR, else ./backups).",
        )

    def handle(self, *args, output_dir, **options):
        try:
            archive = back_up(Path(output_dir), connection, default_storage)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
