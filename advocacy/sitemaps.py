"""sitemap.xml: every live public page in every language.

Wagtail's sitemap lists the descendants of the site's root page, the English home page. The home
pages of the other languages are its translations beside it, so their pages are listed from here.

Pages are read as plain pages, in one query whatever the number of page types: only a page type
that answers ``get_sitemap_urls`` its own way is read as its specific type (one query per such
type), so the sitemap costs the same number of queries at any size of site.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page, get_page_models

from . import site_memo


def page_types_with_their_own_sitemap_urls() -> list:
    return [model for model in get_page_models() if model.get_sitemap_urls is not Page.get_sitemap_urls]


class EveryLanguageSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_home = Q()
        for path in homes.values_list("path", flat=True):
            under_a_home |= Q(path__startswith=path)
        return site_memo.public(Page.objects.filter(under_a_home).live()).order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        for model in page_types_with_their_own_sitemap_urls():
            content_type_id = ContentType.objects.get_for_model(model).pk
            mine = [p.pk for p in pages if p.content_type_id == content_type_id]
            if mine:
                specific = model.objects.in_bulk(mine)
                pages = [specific.get(p.pk, p) for p in pages]
        urls, last_mods = [], set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:  # as Wagtail's: empty if the whole site is private
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap_for_every_language(request):
    return sitemap(request, sitemaps={"pages": EveryLanguageSitemap})
