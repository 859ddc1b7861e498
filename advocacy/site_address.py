"""The site's public address: where canonical links, og:url, the sitemap, robots.txt and short links point.

Wagtail keeps it on the ``Site`` (hostname and port; port 443 means https, 80 means http). It is set
from ``PUBLIC_URL`` (see the README's deploy section): by ``migrate``, by the demo loader, or by
``manage.py set_site_address``.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.apps import apps as global_apps
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


@dataclass(frozen=True)
class SiteAddress:
    hostname: str
    port: int

    @property
    def root_url(self) -> str:
        return Site(hostname=self.hostname, port=self.port).root_url


def parse_public_url(url: str) -> SiteAddress:
    """``https://www.example.org`` -> (www.example.org, 443). Raises ImproperlyConfigured with a plain reason."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"PUBLIC_URL must look like https://www.example.org, not {url!r}.")
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ImproperlyConfigured(f"PUBLIC_URL must be just the scheme and host (and port), not {url!r}.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise ImproperlyConfigured(f"PUBLIC_URL has a port that is not a number: {url!r}.") from error
    if parts.scheme == "https" and port != 443:
        # Wagtail writes https links only for port 443 (Site.root_url); any other port would come out as http.
        raise ImproperlyConfigured(f"An https PUBLIC_URL must use the standard port 443, not {port}.")
    if parts.scheme == "http" and port == 443:
        # Wagtail takes port 443 to mean https, so this address would silently come out as https.
        raise ImproperlyConfigured(
            f"An http PUBLIC_URL cannot use port 443, the https port: write https://{parts.hostname}, not {url!r}."
        )
    return SiteAddress(hostname=parts.hostname, port=port)


def apply_public_url(url: str, site: Site | None = None) -> Site | None:
    """Point ``site`` (default: the default site) at ``url``. Returns the site, or None if there is none yet."""
    address = parse_public_url(url)
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    if (site.hostname, site.port) != (address.hostname, address.port):
        site.hostname, site.port = address.hostname, address.port
        site.save(update_fields=["hostname", "port"])
    return site


def site_root_url(request) -> str:
    """The public root URL (no trailing slash) of the site serving ``request``."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def public_url(request, path: str) -> str:
    return site_root_url(request) + path


def apply_public_url_after_migrate(apps=None, **kwargs) -> None:
    """``post_migrate`` receiver: every deploy runs ``migrate``, so the Site follows ``PUBLIC_URL`` when it is set."""
    from django.conf import settings

    if not settings.PUBLIC_URL:
        return
    try:
        (apps or global_apps).get_model("wagtailcore", "Site")
    except LookupError:  # wagtailcore migrated to zero
        return
    apply_public_url(settings.PUBLIC_URL)
