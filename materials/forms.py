"""The document upload form used by every Wagtail document view (single and multiple upload)."""

import logging

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from wagtail.documents.forms import BaseDocumentForm

from .upload_checks import check_name, check_upload

logger = logging.getLogger(__name__)

STORAGE_FAILED = (
    "The file could not be saved because the server's file storage is not working right now. Nothing was added "
    "or changed. Please try again in a few minutes; if it keeps happening, tell the site administrator."
)
REPLACE_HELP = (
    "Choosing a new file replaces this one everywhere. Links stay the same: the material's download link, its "
    "short link and QR code, and links to this document already sent or printed all lead to the new file."
)


class SafeDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "file" in self.fields:
            self.fields["file"].help_text = REPLACE_HELP

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not self._is_new_upload(uploaded):
            return uploaded  # no new file in this submission (editing other fields)
        try:
            check_name(uploaded.name)  # before sanitising, which would silently drop hidden characters
            uploaded.name = default_storage.get_valid_name(uploaded.name)
            uploaded.seek(0)
            data = uploaded.read()
            uploaded.seek(0)
            checked = check_upload(uploaded.name, data)
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        self.instance.page_count = checked.page_count
        return uploaded

    def full_clean(self):
        """Store a new file while validating, so a storage failure is a form error (catalogue A14, docs/sources.md).

        The editor then sees the message on the same page with everything they typed, and since the
        row is only saved afterwards, a failed store leaves neither a row nor a file behind.
        """
        super().full_clean()
        if self.is_bound and not self._errors and self._is_new_upload(self.cleaned_data.get("file")):
            self._store_upload()

    def save(self, commit=True):
        replaced = self.original_file if commit and "file" in self.changed_data and self.original_file else None
        if replaced:
            # Wagtail deletes the old file before saving the row; delete it only once the new one is in use.
            self.original_file = None
        try:
            instance = super().save(commit=commit)
        except Exception:
            self._discard_stored_upload()
            raise
        if replaced:
            name, storage = replaced.name, replaced.storage
            transaction.on_commit(lambda: storage.delete(name))
        return instance

    @staticmethod
    def _is_new_upload(uploaded) -> bool:
        return bool(uploaded) and hasattr(uploaded, "read") and not getattr(uploaded, "_committed", False)

    def _store_upload(self):
        field = self.instance._meta.get_field("file")
        storage = field.storage
        name = storage.get_available_name(
            field.generate_filename(self.instance, self.cleaned_data["file"].name), max_length=field.max_length
        )
        try:
            stored = storage.save(name, self.cleaned_data["file"], max_length=field.max_length)
        except OSError as error:
            logger.error("File storage failed while saving an upload: %s", error)
            # A store that failed half way (disk full) can leave part of the file under the free name it took.
            try:
                if storage.exists(name):
                    storage.delete(name)
            except OSError:
                logger.exception("Could not remove the partly stored file %s", name)
            self.add_error("file", STORAGE_FAILED)
            return
        self.instance.file = stored  # already in storage: saving the row will not write it again
        self._stored_name = stored

    def _discard_stored_upload(self):
        name = getattr(self, "_stored_name", None)
        if name:
            self.instance.file.storage.delete(name)

    def _update_errors(self, errors):
        # Wagtail's AbstractDocument.clean() checks the extension of the stored file. When clean_file has
        # refused the upload there is no file on the instance, so it would add a second, false error
        # ("File extension “” is not allowed") under the real one.
        if self.has_error("file") and hasattr(errors, "error_dict"):
            errors.error_dict.pop("file", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)
