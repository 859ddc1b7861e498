from django.core.management.base import BaseCommand

from questions.retention import purge_questions


class Command(BaseCommand):
    help = (
        "Delete visitors' questions older than the retention period in site settings (default 90 days). "
        "Safe to run at any time; meant for a daily cron job."
    )

    def handle(self, *args, **options):
        result = purge_questions()
        self.stdout.write(
            f"Deleted {result.deleted} question{'s' if result.deleted != 1 else ''} "
            f"older than {result.retention_days} days."
        )
