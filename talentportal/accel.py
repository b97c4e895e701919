"""Private downloads handed to nginx after the permission check.

With `PRIVATE_FILES_ACCEL_PREFIX` set (e.g. `/_private/`), a view that has
checked who may read a private file answers with an empty response and an
`X-Accel-Redirect` header; nginx then sends the file from an `internal`
location that no browser can request directly. The Python worker is free
again at once instead of streaming a 10 MB CV to a slow phone.

Files in object storage are streamed by the view as before: nginx cannot read
a private bucket.
"""

from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponse
from django.utils.http import content_disposition_header


def internal_redirect(field, filename: str, content_type: str, as_attachment: bool):
    """The response that lets nginx send `field`, or None when the app must stream it."""
    prefix = settings.PRIVATE_FILES_ACCEL_PREFIX
    if not prefix or not isinstance(field.storage, FileSystemStorage):
        return None
    response = HttpResponse(content_type=content_type)
    # nginx keeps Content-Type, Content-Disposition and Cache-Control from
    # this response when it serves the file.
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(field.name)
    return response
