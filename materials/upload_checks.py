"""Check an uploaded file by its content, not only its name.

The extension must be on the allow-list, the first bytes must match that type, and PDFs must
parse, end at their last ``%%EOF`` (nothing hidden after it), and carry no active content
(JavaScript, auto-run actions, launch actions, embedded files, links to anything but web pages
and email addresses).
"""

import io
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

ALLOWED = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
}
TYPE_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "odt": "OpenDocument text (.odt)", "png": "PNG", "jpg": "JPEG"}
TYPE_NAMES["jpeg"] = TYPE_NAMES["jpg"]
ACTIVE_PDF_KEYS = {"/JavaScript", "/JS", "/OpenAction", "/AA", "/Launch", "/EmbeddedFile", "/EmbeddedFiles"}
ACTIVE_PDF_KEYS |= {"/RichMedia", "/XFA"}
ACTIVE_PDF_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE"}
LINK_SCHEMES = {"http", "https", "mailto"}
MAX_PDF_OBJECTS = 20_000
# What may follow the last %%EOF: line ends and padding, nothing else.
PDF_TRAILING_BYTES = b" \t\r\n\f\x00"

ACTIVE_CONTENT = (
    "This PDF contains active content (such as JavaScript, automatic actions or attached files). "
    "For safety we only publish plain PDFs. Save it again without these and retry."
)
UNSAFE_LINK = (
    "This PDF has a link that does not go to a web page or an email address ({detail}). "
    "For safety we only publish PDFs whose links start with http, https or mailto. Fix or remove the link, "
    "save the PDF again and retry."
)


@dataclass(frozen=True)
class CheckedFile:
    extension: str
    page_count: int | None


def check_upload(name: str, data: bytes) -> CheckedFile:
    """Raise ValidationError with a plain message if the file is not safe to publish."""
    extension = check_name(name)
    if not data:
        raise ValidationError("This file is empty. Choose the file again.")
    expected = ALLOWED[extension]
    kind = filetype.guess(data[:8192])
    detected = kind.mime if kind else None
    if extension in ("docx", "odt") and detected in (expected, "application/zip"):
        _check_office_zip(data, expected)
    elif detected != expected:
        raise ValidationError(
            f"This file is not really a {TYPE_NAMES[extension]} file, even though its name ends in .{extension}. "
            "Save it again in the right format and upload it again."
        )
    page_count = _check_pdf(data) if extension == "pdf" else None
    return CheckedFile(extension=extension, page_count=page_count)


def check_name(name: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise ValidationError("The file name has hidden or control characters. Rename the file and try again.")
    base = PurePath(name.replace("\\", "/")).name.strip()
    extension = base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else ""
    if extension not in ALLOWED:
        allowed = ", ".join(sorted({f".{e}" for e in ALLOWED}))
        raise ValidationError(f"Only these kinds of file can be uploaded: {allowed}.")
    return extension


def _check_office_zip(data: bytes, expected: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if expected.endswith("opendocument.text"):
                ok = "mimetype" in names and archive.read("mimetype").strip() == expected.encode()
            else:
                ok = "word/document.xml" in names and "[Content_Types].xml" in names
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise ValidationError("This document is damaged and cannot be opened. Save it again and retry.") from error
    if not ok:
        raise ValidationError("This file is not a real text document. Save it again in the right format.")


def _check_pdf(data: bytes) -> int:
    _check_pdf_ends_cleanly(data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        page_count = len(reader.pages)
        root = reader.trailer["/Root"]
        problem = _active_content(root)
        if problem:
            raise ValidationError(problem)
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as error:
        raise ValidationError("This PDF is damaged or not a real PDF, so it cannot be published.") from error
    if page_count < 1:
        raise ValidationError("This PDF has no pages.")
    return page_count


def _check_pdf_ends_cleanly(data: bytes) -> None:
    """Refuse bytes after the last ``%%EOF``: readers ignore them, so HTML or script can hide there."""
    end = data.rfind(b"%%EOF")
    if end == -1:
        raise ValidationError("This PDF is damaged or not a real PDF, so it cannot be published.")
    if data[end + len(b"%%EOF") :].strip(PDF_TRAILING_BYTES):
        raise ValidationError(
            "This PDF has extra data hidden after its end. Save it again from the program that made it "
            "(or print it to a new PDF) and retry."
        )


def link_is_safe(uri) -> bool:
    """A link target a patient can safely follow: a web page or an email address.

    Readers ignore tabs, line breaks and leading spaces or control characters in a URI, so they are
    removed before the scheme is read (``java\tscript:`` is ``javascript:``).
    """
    if isinstance(uri, bytes):
        uri = uri.decode("latin-1")
    if not isinstance(uri, str):
        return False
    cleaned = "".join(ch for ch in uri if ch not in "\t\r\n").lstrip("".join(map(chr, range(33))))
    scheme, colon, _rest = cleaned.partition(":")
    return bool(colon) and scheme.lower() in LINK_SCHEMES


def _active_content(root) -> str | None:
    """Walk every object reachable from the document catalog; say what is unsafe, if anything."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    visited = 0
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                continue
            seen.add(key)
            node = node.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            raise ValidationError("This PDF is too complex to check. Save a simpler version and retry.")
        if isinstance(node, DictionaryObject):
            if ACTIVE_PDF_KEYS & set(node.keys()) or node.get("/S") in ACTIVE_PDF_ACTIONS:
                return ACTIVE_CONTENT
            if "/URI" in node:
                uri = _link_target(node["/URI"])
                if uri is not None and not link_is_safe(uri):
                    return UNSAFE_LINK.format(detail=_link_detail(uri))
            stack.extend(node.values())
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return None


def _link_target(uri):
    """The target of a ``/URI`` action, or the ``/Base`` of the catalog's URI dictionary."""
    if isinstance(uri, IndirectObject):
        uri = uri.get_object()
    if isinstance(uri, DictionaryObject):
        return uri.get("/Base")
    return uri


def _link_detail(uri) -> str:
    text = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
    scheme, colon, _rest = text.strip().partition(":")
    if colon and scheme.isprintable() and len(scheme) <= 20:
        return f'it starts with "{scheme}:"'
    return "it does not start with http:, https: or mailto:"
