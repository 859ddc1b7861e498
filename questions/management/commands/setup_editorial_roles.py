from django.core.management.base import BaseCommand

from questions.roles import ensure_editorial_roles


class Command(BaseCommand):
    help = (
        "Create the Editors and Clinical reviewers groups and the 'Clinical review' workflow, assign it to the "
        "root of the page tree (every language's pages, and languages added later), and let editors triage "
        "questions. Safe to run more than once."
    )

    def handle(self, *args, **options):
        workflow = ensure_editorial_roles()
        self.stdout.write(f"'{workflow.name}' is required to publish health pages in every language.")
