from django.conf import settings
from django.core.management.base import BaseCommand

from advocacy.demo.builder import build_demo_site


class Command(BaseCommand):
    help = (
        "Build the demo site (pages, materials, answered questions, the clinical review workflow, "
        "an admin, an editor and a reviewer). Safe to run more than once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument(
            "--public-url", help="The site's address, for example https://www.example.org (default: PUBLIC_URL)."
        )

    def handle(self, *args, admin_username, public_url=None, **options):
        result = build_demo_site(admin_username=admin_username, public_url=public_url)
        if result.created:
            self.stdout.write(f"Created {len(result.created)} pages: " + ", ".join(result.created))
        else:
            self.stdout.write("Demo content already present: nothing to add.")
        if result.admin_password:
            self.stdout.write(self.style.SUCCESS("Admin user created. Sign in at /admin/ with:"))
            self.stdout.write(f"  username: {result.admin_username}")
            self.stdout.write(f"  password: {result.admin_password}")
            if settings.EDITOR_2FA_REQUIRED:
                self.stdout.write(
                    "At the first sign-in you set up two-step sign-in with an authenticator app on your phone."
                )
            else:
                self.stdout.write(
                    "Two-step sign-in is optional with these (dev) settings: set it up from Account, "
                    "Two-step sign-in, or run with EDITOR_2FA_REQUIRED=true to try it."
                )
        else:
            self.stdout.write(
                f"Admin user '{result.admin_username}' already exists; its password was not changed "
                f"(use: python manage.py changepassword {result.admin_username})."
            )
        for username, password, purpose in result.staff_accounts:
            self.stdout.write(self.style.SUCCESS(f"Demo {purpose}:"))
            self.stdout.write(f"  username: {username}")
            self.stdout.write(f"  password: {password}")
