"""Template context shared by every page."""

import functools

from .site_version import version_for_request


def site_version(request):
    """``site_version``: part of every cached fragment's key (``{% cache %}`` in base.html), so a
    published change replaces the navigation and footer at once. Read only if a template uses it."""
    return {"site_version": functools.partial(version_for_request, request)}
