"""Find the page for a URL in two queries, however deep it is, and in one once the path is known.

Wagtail's own ``Page.route`` walks the tree one level at a time, with two queries per level (the
child, then its specific page). This finds every page along the rest of the path in one query by
``url_path``, then loads only the page that answers, with the foreign keys its template shows
(``select_related``). The outcome is Wagtail's: a routable page along the way (``RoutablePageMixin``)
still gets the first chance to answer the rest of the path, only the answering page must be live,
and a path no page answers is a 404. Each worker keeps the pages along each path it has routed until
the site version changes (advocacy/site_memo.py), so a repeat visit only loads the answering page.
"""

import copy
import functools

from django.db import models
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from advocacy import site_memo

CHAIN_FIELDS = ("id", "url_path", "content_type_id", "live", "path", "depth")


@functools.cache
def related_fields(page_class) -> tuple[str, ...]:
    """The page type's own foreign keys (reviewer, document, images...): loaded with the page."""
    return tuple(
        field.name
        for field in page_class._meta.local_concrete_fields
        if isinstance(field, models.ForeignKey) and not field.remote_field.parent_link
    )


def load_specific(page):
    """The page as its specific type with its foreign keys, read once per site version in each worker.

    A page's public fields change only when it is published (a draft saves a revision, not the page's
    fields), and every publish, unpublish, move or delete sets a new site version. Each request gets its
    own shallow copy, so nothing one request sets on the page reaches another.
    """

    def build():
        page_class = page.specific_class
        return page_class.objects.select_related(*related_fields(page_class)).get(pk=page.pk)

    return copy.copy(site_memo.remember_many("specific-pages", page.pk, build, limit=2000))


def claims_path(page_class, live: bool, rest: list[str]) -> bool:
    """Would this routable page answer ``rest`` itself, before looking for a child?"""
    if not (live and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
    except Http404:
        return False
    return True


class PathRoutingMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        candidates = [
            self.url_path + "".join(f"{part}/" for part in path_components[: i + 1])
            for i in range(len(path_components))
        ]
        chain = [Page(**dict(zip(CHAIN_FIELDS, row, strict=True))) for row in self._chain_rows(candidates)]
        if not chain:
            raise Http404
        for index, page in enumerate(chain[:-1]):
            rest = path_components[index + 1 :]
            if claims_path(page.specific_class, page.live, rest):
                return load_specific(page).route(request, rest)
        return load_specific(chain[-1]).route(request, path_components[len(chain) :])

    def _chain_rows(self, candidates: list[str]) -> list[tuple]:
        """The pages along ``candidates`` (one query), kept per site version: a page can only appear,
        go or move by a publish, unpublish, move or delete, and each of those sets a new version."""

        def build():
            rows = Page.objects.filter(url_path__in=candidates, path__startswith=self.path).values_list(*CHAIN_FIELDS)
            found = {row[1]: row for row in rows}
            chain = []
            for candidate in candidates:
                if candidate not in found:
                    break
                chain.append(found[candidate])
            return chain

        return site_memo.remember_many("page-routes", (self.pk, tuple(candidates)), build)
