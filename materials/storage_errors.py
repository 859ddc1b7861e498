"""When file storage fails during an admin upload, say so plainly instead of showing a server error.

The admin saves uploads inside a transaction, so the document row is rolled back with the failure:
nothing is left pointing at a missing file.
"""

import logging

from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)


class StorageErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, OSError):
            return None
        if not request.path.startswith(("/admin/documents/", "/admin/images/")):
            return None
        logger.error("Upload could not be stored: %s", exception)
        return TemplateResponse(request, "materials/admin/storage_error.html", status=503)
