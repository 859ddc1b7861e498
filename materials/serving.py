"""Serve a material's current file from its stable URL, and count downloads per day."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from wagtail.documents.views.serve import serve

from .models import DownloadDay


def serve_current_file(request, material):
    """Hand over to Wagtail's document view: privacy checks, safe headers and conditional GET."""
    document = material.document
    if document is None or not document.file or not document.file.storage.exists(document.file.name):
        raise Http404("This file is not available right now.")
    response = serve(request, document.pk, document.filename)
    if response.status_code == 200:
        record_download(material.pk)
    return response


def record_download(material_id: int) -> None:
    """Add one to today's total. Only the material and the date are stored: no personal data."""
    today = timezone.localdate()
    if DownloadDay.objects.filter(material_id=material_id, date=today).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DownloadDay.objects.create(material_id=material_id, date=today, count=1)
    except IntegrityError:
        DownloadDay.objects.filter(material_id=material_id, date=today).update(count=F("count") + 1)
