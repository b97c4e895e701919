"""Checks on uploaded files, by what they contain rather than what they are called."""

import io
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

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


def _zip_document_kind(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype") == CV_TYPES["odt"].encode():
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def cv_kind(upload):
    """'pdf', 'docx' or 'odt' by the file's content, or None."""
    head = _head(upload, 8)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_document_kind(upload)
    return None


def validate_cv(upload):
    if upload.size > settings.CV_MAX_BYTES:
        raise ValidationError(
            _("Your CV is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.CV_MAX_BYTES)},
            code="too_large",
        )
    kind = cv_kind(upload)
    if kind is None:
        raise ValidationError(
            _("This file is not a PDF, Word (DOCX) or OpenDocument (ODT) document."),
            code="wrong_type",
        )
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
