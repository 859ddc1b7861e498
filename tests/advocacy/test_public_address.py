"""The site's public address (PUBLIC_URL) drives canonical links, og:url, the sitemap, robots.txt and short links."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Site

from advocacy.checks import public_url_is_set
from materials.models import MaterialPage

pytestmark = pytest.mark.django_db


def default_site():
    return Site.objects.get(is_default_site=True)


def test_set_site_address_moves_every_public_link(client, demo_site, capsys):
    call_command("set_site_address", "https://www.cachexia.example")
    assert "now https://www.cachexia.example" in capsys.readouterr().out
    site = default_site()
    assert (site.hostname, site.port) == ("www.cachexia.example", 443)

    page = client.get("/about-cachexia/causes/").content.decode()
    assert '<link rel="canonical" href="https://www.cachexia.example/about-cachexia/causes/">' in page
    assert '<meta property="og:url" content="https://www.cachexia.example/about-cachexia/causes/">' in page
    assert "<loc>https://www.cachexia.example/community/</loc>" in client.get("/sitemap.xml").content.decode()
    assert "Sitemap: https://www.cachexia.example/sitemap.xml" in client.get("/robots.txt").content.decode()
    material = MaterialPage.objects.get(slug="eating-well")
    short = f"https://www.cachexia.example/m/{material.short_code}/"
    assert short in client.get(material.url).content.decode()
    assert short in client.get("/materials/handout/?m=eating-well").content.decode()
    checker = client.get("/about-cachexia/stages/check-your-numbers/").content.decode()
    assert 'rel="canonical" href="https://www.cachexia.example/about-cachexia/stages/check-your-numbers/"' in checker


def test_public_url_setting_is_applied_by_migrate_and_by_the_demo_loader(settings, demo_site):
    settings.PUBLIC_URL = "https://portal.example.org"
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what `migrate` sends at the end
    assert default_site().root_url == "https://portal.example.org"

    settings.PUBLIC_URL = "http://127.0.0.1:8000"
    call_command("load_demo_content", stdout=io.StringIO())
    assert default_site().root_url == "http://127.0.0.1:8000"
    call_command("load_demo_content", "--public-url", "http://localhost:8123", stdout=io.StringIO())
    assert default_site().root_url == "http://localhost:8123"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("www.example.org", "must look like"),
        ("ftp://example.org", "must look like"),
        ("https://example.org/portal", "just the scheme and host"),
        ("https://example.org:8443", "standard port 443"),
        ("https://example.org:80", "standard port 443, not 80"),
        ("http://example.org:443", "cannot use port 443, the https port"),
        ("http://example.org:http", "not a number"),
    ],
)
def test_a_bad_address_is_refused_with_a_reason(home_page, url, reason):
    with pytest.raises(CommandError, match=reason):
        call_command("set_site_address", url)
    assert default_site().root_url == "http://localhost"


def test_the_deploy_check_asks_for_an_https_public_url(settings):
    settings.PUBLIC_URL = ""
    assert [w.id for w in public_url_is_set(None)] == ["advocacy.W001"]
    settings.PUBLIC_URL = "http://portal.example.org"
    assert [w.id for w in public_url_is_set(None)] == ["advocacy.W003"]
    settings.PUBLIC_URL = "https://portal.example.org/x"
    assert [w.id for w in public_url_is_set(None)] == ["advocacy.W002"]
    settings.PUBLIC_URL = "http://portal.example.org:443"  # would pass for https: refused, not an https warning
    assert [w.id for w in public_url_is_set(None)] == ["advocacy.W002"]
    settings.PUBLIC_URL = "https://portal.example.org"
    assert public_url_is_set(None) == []
