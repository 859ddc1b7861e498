"""Keep a page out of search engines: ``@noindex`` on a view or (with ``method_decorator``) a page route.

It sends ``X-Robots-Tag: noindex`` and, for template responses, sets ``noindex`` in the context so
``base.html`` adds ``<meta name="robots" content="noindex">``. Used where a page holds what a visitor
typed or chose for themselves (the checker's answers, a handout, a question form). The page must
stay crawlable (not ``Disallow``-ed in robots.txt), or search engines never see the instruction.
"""

import functools

from django.template.response import SimpleTemplateResponse


def noindex(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
            response.context_data = {**(response.context_data or {}), "noindex": True}
        return response

    return wrapped
