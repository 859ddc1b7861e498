from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from advocacy.site_address import apply_public_url


class Command(BaseCommand):
    help = (
        "Set the site's public address (the default Wagtail Site's host name and port), used by canonical links, "
        "og:url, the sitemap, robots.txt and short links. Defaults to the PUBLIC_URL setting."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="For example https://www.example.org")

    def handle(self, *args, url=None, **options):
        url = url or settings.PUBLIC_URL
        if not url:
            raise CommandError("Give the address (for example https://www.example.org) or set PUBLIC_URL.")
        try:
            site = apply_public_url(url)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        if site is None:
            raise CommandError("There is no default site yet: run migrate first.")
        self.stdout.write(self.style.SUCCESS(f"The site's public address is now {site.root_url}"))
