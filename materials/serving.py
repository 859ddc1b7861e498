"""Serve a material's current file from its stable URL, and documents from their Wagtail URLs."""

from django.http import Http404
from django.utils.http import content_disposition_header
from wagtail.documents.views.serve import serve


def serve_document(request, document):
    """Wagtail's document view (privacy checks, safe headers, a strong ETag from the file's hash), with two fixes:

    - no ``Content-Encoding: None`` header (its streaming backend adds one to every file);
    - the file's own name on files from object storage (docs/scaling.md), where Wagtail names only
      attachments; Wagtail does this itself for files on local disk.
    """
    response = serve(request, document.pk, document.filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    disposition = response.get("Content-Disposition", "")
    if response.status_code == 200 and "filename" not in disposition:
        as_attachment = not disposition.startswith("inline")
        response["Content-Disposition"] = content_disposition_header(as_attachment, document.filename)
    return response


def serve_current_file(request, document):
    if document is None or not document.file or not document.file.storage.exists(document.file.name):
        raise Http404("This file is not available right now.")
    return serve_document(request, document)
