"""Deploy checks of our own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

from .site_address import parse_public_url


@register(Tags.security, deploy=True)
def public_url_is_set(app_configs, **kwargs):
    """Canonical links, og:url, the sitemap, robots.txt and printed short links all use PUBLIC_URL."""
    url = getattr(settings, "PUBLIC_URL", "")
    if not url:
        return [
            Warning(
                "PUBLIC_URL is not set, so canonical links, the sitemap and short links use the Site's placeholder "
                "address (http://localhost).",
                hint="Set PUBLIC_URL to the site's address, for example https://www.example.org.",
                id="advocacy.W001",
            )
        ]
    try:
        address = parse_public_url(url)
    except ImproperlyConfigured as error:
        return [Warning(str(error), id="advocacy.W002")]
    if address.port != 443:
        return [Warning(f"PUBLIC_URL {url} is not https.", hint="Serve the site over https.", id="advocacy.W003")]
    return []
