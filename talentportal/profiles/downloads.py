"""Private files as downloads: a CV or a photo, typed by what it holds, that no browser runs as a page.

Used by the profile's views and by the applications' views (a CV sent with an application).
"""

from pathlib import PurePath
from urllib.parse import quote

from django.http import FileResponse, Http404

from talentportal.accel import internal_redirect
from talentportal.profiles.uploads import CV_TYPES, UnsafeArchive, cv_kind, safe_download_name


def _disposition(filename, as_attachment):
    """RFC 6266: an ASCII `filename` for old clients and the exact UTF-8 `filename*`."""
    fallback = filename.encode("ascii", "ignore").decode().replace('"', "").replace("\\", "")
    if not PurePath(fallback).stem.strip():
        fallback = "file" + PurePath(filename).suffix
    disposition = "attachment" if as_attachment else "inline"
    return f"{disposition}; filename=\"{fallback}\"; filename*=utf-8''{quote(filename)}"


def private_file_response(field, filename, content_type, as_attachment=True):
    """A private file, typed by what it holds, that no browser runs as a page."""
    # Behind nginx the file leaves through its internal location (talentportal/accel.py).
    response = internal_redirect(field, filename, content_type, as_attachment) or FileResponse(
        field.open("rb"), content_type=content_type
    )
    response["Content-Disposition"] = _disposition(filename, as_attachment)
    response["X-Content-Type-Options"] = "nosniff"
    # Even opened directly, the file can run nothing and load nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def cv_response(field, name):
    """A stored CV as a download, typed and named by its content."""
    if not field:
        raise Http404
    with field.open("rb") as stored:
        try:
            kind = cv_kind(stored)
        except UnsafeArchive:
            kind = None
    if kind is None:
        # Only checked files are stored; anything else is not served.
        raise Http404
    return private_file_response(field, safe_download_name(name, kind), CV_TYPES[kind])
