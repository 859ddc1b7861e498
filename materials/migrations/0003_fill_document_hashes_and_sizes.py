"""Give every document its SHA-1 hash and size (documents made by the demo loader had neither).

Read through the storage API, so it works on local disk and on an object store alike. A file
that is missing is skipped; the row keeps its empty values until the file is put back.
"""

import hashlib

from django.db import migrations
from django.db.models import Q

CHUNK = 2**18


def fill_hashes_and_sizes(apps, schema_editor):
    MaterialDocument = apps.get_model("materials", "MaterialDocument")
    for document in MaterialDocument.objects.filter(Q(file_hash="") | Q(file_size__isnull=True)).iterator():
        hasher = hashlib.sha1()  # noqa: S324 - the same content hash Wagtail uses for ETags
        size = 0
        try:
            with document.file.storage.open(document.file.name, "rb") as f:
                while chunk := f.read(CHUNK):
                    hasher.update(chunk)
                    size += len(chunk)
        except OSError:
            continue
        MaterialDocument.objects.filter(pk=document.pk).update(file_hash=hasher.hexdigest(), file_size=size)


class Migration(migrations.Migration):
    dependencies = [("materials", "0002_initial")]

    operations = [migrations.RunPython(fill_hashes_and_sizes, migrations.RunPython.noop)]
