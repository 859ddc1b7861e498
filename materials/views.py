from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from wagtail import hooks
from wagtail.documents import get_document_model

from .models import MaterialPage
from .serving import serve_document


def short_link(request, code):
    """`/m/<code>/` → the material's page. Short enough to print on a handout or read aloud."""
    material = get_object_or_404(MaterialPage.objects.live().public(), short_code=code.lower())
    return redirect(material.get_url(request))


def document(request, document_id, document_filename):
    """`/documents/<id>/<name>`, Wagtail's document URL, still working after the file is replaced.

    Wagtail answers 404 when the name in the URL is not the current file's, which would break
    every link already sent or printed. A known document with an outdated name redirects to its
    current file, once the same privacy checks as a download have passed (so a private document's
    new name is shown only to someone allowed to see it).
    """
    doc = get_object_or_404(get_document_model(), id=document_id)
    if doc.filename == document_filename:
        return serve_document(request, doc)
    for check in hooks.get_hooks("before_serve_document"):
        result = check(doc, request)
        if isinstance(result, HttpResponse):
            return result
    return redirect(doc.url)
