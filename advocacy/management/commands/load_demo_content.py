from django.core.management.base import BaseCommand

from advocacy.demo.builder import build_demo_site


class Command(BaseCommand):
    help = "Build the demo site (pages, materials, an admin user). Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument("--admin-username", default="admin")

    def handle(self, *args, admin_username, **options):
        result = build_demo_site(admin_username=admin_username)
        if result.created:
            self.stdout.write(f"Created {len(result.created)} pages: " + ", ".join(result.created))
        else:
            self.stdout.write("Demo content already present: nothing to add.")
        if result.admin_password:
            self.stdout.write(self.style.SUCCESS("Admin user created. Sign in at /admin/ with:"))
            self.stdout.write(f"  username: {result.admin_username}")
            self.stdout.write(f"  password: {result.admin_password}")
        else:
            self.stdout.write(
                f"Admin user '{result.admin_username}' already exists; its password was not changed "
                f"(use: python manage.py changepassword {result.admin_username})."
            )
