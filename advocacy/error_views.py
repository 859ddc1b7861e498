"""Django's ``handler500``: a calm page for every unexpected error, and a 503 when the database is down.

Django calls the handler while it is still handling the exception, so ``sys.exc_info()`` says what
went wrong, wherever it was raised (a view, Wagtail's site lookup, or a middleware). The response
then passes back out through the middleware, which adds the usual security headers.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60


def _cause(exc: BaseException | None, kinds) -> BaseException | None:
    """The first exception of ``kinds`` in the chain of causes, if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kinds):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def server_error(request, template_name="500.html"):
    exc = sys.exc_info()[1]
    if _cause(exc, DATABASE_ERRORS):
        return unavailable()
    if request.method == "POST" and request.path.startswith("/admin/") and _cause(exc, OSError):
        # File storage failed while an editor saved (disk full, object store down): the admin
        # saves in a transaction, so nothing was kept, and the editor is told so.
        logger.error("File storage failed during an admin save: %s", exc)
        response = TemplateResponse(request, "admin/storage_error.html", status=503)
        add_never_cache_headers(response)
        return response.render()
    # Like Django's own handler: the template needs no database and no request context.
    return HttpResponseServerError(render_to_string(template_name))


def unavailable():
    """The database-free 503 page."""
    response = HttpResponseServerError(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
