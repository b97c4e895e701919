"""Checks on uploaded files, by what they contain rather than what they are called."""

import io
import warnings
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from talentportal.scanning import check_upload

CV_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}


def _head(upload, size):
    upload.seek(0)
    data = upload.read(size)
    upload.seek(0)
    return data


# Bounds on opening a DOCX or ODT. Real CVs inflate to a few MB at most; a
# "zip bomb" declares (or hides) hundreds of MB in a small file.
ZIP_MAX_ENTRIES = 1000
ZIP_MAX_INFLATED_BYTES = 50 * 1024 * 1024
ZIP_MAX_RATIO = 100
# Entries smaller than this may compress as well as they like.
ZIP_RATIO_FREE_BYTES = 1024 * 1024
INFLATE_CHUNK = 64 * 1024
# The parts read to recognise each kind (and the ODT's declared type).
ZIP_PARTS = {"docx": "word/document.xml", "odt": "content.xml"}


class UnsafeArchive(Exception):
    """The archive would inflate past our bounds."""


def _check_declared_sizes(archive):
    """Refuse from the central directory alone, before inflating anything."""
    entries = archive.infolist()
    if len(entries) > ZIP_MAX_ENTRIES:
        raise UnsafeArchive("too many entries")
    if sum(entry.file_size for entry in entries) > ZIP_MAX_INFLATED_BYTES:
        raise UnsafeArchive("declared size too large")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > ZIP_RATIO_FREE_BYTES and ratio > ZIP_MAX_RATIO:
            raise UnsafeArchive("compression ratio too high")


def _read_bounded(archive, name, budget, keep=True):
    """An entry's bytes (or b"" unless `keep`), inflated in small chunks, never past `budget`.

    The declared sizes can lie; counting what actually comes out is what keeps
    memory and time bounded.
    """
    parts, total = [], 0
    with archive.open(name) as entry:
        while chunk := entry.read(INFLATE_CHUNK):
            total += len(chunk)
            if total > budget:
                raise UnsafeArchive("inflates past the limit")
            if keep:
                parts.append(chunk)
    return b"".join(parts)


def _zip_document_kind(upload):
    """'docx' or 'odt' from the archive's parts; UnsafeArchive for a zip bomb."""
    try:
        with zipfile.ZipFile(upload) as archive:
            _check_declared_sizes(archive)
            names = set(archive.namelist())
            if ZIP_PARTS["docx"] in names and "[Content_Types].xml" in names:
                kind = "docx"
            elif "mimetype" in names and ZIP_PARTS["odt"] in names:
                mimetype = _read_bounded(archive, "mimetype", 100)
                kind = "odt" if mimetype == CV_TYPES["odt"].encode() else None
            else:
                kind = None
            if kind:
                # Inflate the main part, bounded, so a damaged or disguised file
                # is caught here rather than by the person who opens it.
                _read_bounded(archive, ZIP_PARTS[kind], ZIP_MAX_INFLATED_BYTES, keep=False)
            return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, EOFError):
        return None
    except (ValueError, NotImplementedError, RuntimeError):
        # Encrypted entries or compression methods zipfile cannot read.
        return None
    finally:
        upload.seek(0)


def cv_kind(upload):
    """'pdf', 'docx' or 'odt' by the file's content, or None; UnsafeArchive for a zip bomb."""
    head = _head(upload, 8)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_document_kind(upload)
    return None


def safe_download_name(name, kind, default="cv"):
    """The person's file name without any extension of its own, and the detected one.

    `x.pdf;.html` becomes `x.pdf`: only the detected type decides how a browser
    or a desktop will open the file.
    """
    stem = PurePath(name or "").name.split(".")[0]
    stem = "".join(ch for ch in stem if ch.isalnum() or ch in " -_()").strip()[:100]
    return f"{stem or default}.{kind}"


def validate_cv(upload):
    """The detected kind of an acceptable CV; a translated ValidationError otherwise."""
    if upload.size > settings.CV_MAX_BYTES:
        raise ValidationError(
            _("Your CV is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.CV_MAX_BYTES)},
            code="too_large",
        )
    try:
        kind = cv_kind(upload)
    except UnsafeArchive:
        raise ValidationError(
            _(
                "This document would take up too much space once opened. Please save it again as a PDF and upload that."
            ),
            code="unsafe_archive",
        ) from None
    if kind is None:
        raise ValidationError(
            _("This file is not a PDF, Word (DOCX) or OpenDocument (ODT) document."),
            code="wrong_type",
        )
    check_upload(upload)
    return kind


def clean_photo(upload):
    """A re-encoded JPEG of the uploaded picture, without its metadata."""
    if upload.size > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            _("Your photo is %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.PHOTO_MAX_BYTES),
            },
            code="too_large",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice the limit: refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height = image.size
                if width * height > settings.PHOTO_MAX_PIXELS:
                    raise Image.DecompressionBombError("too many pixels")
                image.load()
                picture = image.convert("RGB")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _(
                "This picture is too large in pixels. Please upload one under %(megapixels)s megapixels."
            )
            % {"megapixels": settings.PHOTO_MAX_PIXELS // 1_000_000},
            code="too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not a picture we can read. Please upload a JPEG or PNG."),
            code="wrong_type",
        ) from None
    finally:
        upload.seek(0)
    picture.thumbnail((1200, 1200))
    out = io.BytesIO()
    # A fresh image carries no EXIF, GPS or other metadata from the upload.
    picture.save(out, "JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="photo.jpg")
