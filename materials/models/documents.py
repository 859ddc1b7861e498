import logging

from django.db import models
from wagtail.documents.models import AbstractDocument, Document
from wagtail.utils.file import hash_filelike

logger = logging.getLogger(__name__)


class MaterialDocument(AbstractDocument):
    """A downloadable file. Page count is read from PDFs when they are uploaded.

    Its SHA-1 hash and size are worked out whenever it is saved with a new file, by any path (the
    admin's forms, the demo loader, code), so downloads always carry a real ETag and the listings
    never have to write sizes back while a visitor waits.
    """

    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_document", "Can choose document")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The stored name the hash belongs to (read without the descriptor: a deferred field costs no query).
        raw = self.__dict__.get("file")
        self._hashed_file_name = getattr(raw, "name", raw)

    def save(self, *args, **kwargs):
        if self.file and self._file_metadata_is_stale():
            self._set_file_metadata()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "file_hash", "file_size"}
        super().save(*args, **kwargs)
        self._hashed_file_name = self.file.name

    def _file_metadata_is_stale(self) -> bool:
        new_file = not self.file._committed or self.file.name != self._hashed_file_name
        return new_file or not self.file_hash or self.file_size is None

    def _set_document_file_metadata(self):
        # Wagtail's admin views call this before saving: hash once, and close what was opened.
        self._set_file_metadata()

    def _set_file_metadata(self) -> None:
        """Hash and measure the file through the storage API (local disk or an object store)."""
        try:
            with self.open_file() as f:
                self.file_hash = hash_filelike(f)
                f.seek(0)
            self.file_size = self.file.size
            self._hashed_file_name = self.file.name if self.file._committed else None
        except OSError:
            if not self.file._committed:
                raise  # a new upload that cannot be read: let the caller's error handling see it
            # A stored file that has gone missing: keep the row saveable, and say so in the log.
            logger.warning("Document %s: cannot read %s to hash it", self.pk, self.file.name)
