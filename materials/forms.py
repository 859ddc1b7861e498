"""The document upload form used by every Wagtail document view (single and multiple upload)."""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from wagtail.documents.forms import BaseDocumentForm

from .upload_checks import check_name, check_upload


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "read") or getattr(uploaded, "_committed", False):
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
