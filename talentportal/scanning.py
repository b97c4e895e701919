"""Malware scanning of uploads by ClamAV's daemon, before they are kept.

When `CLAMD_SOCKET` (a UNIX socket) or `CLAMD_HOST` is set, CVs and
organisation files are streamed to clamd with its INSTREAM command and refused
when it finds something. The protocol is a handful of lines (a command, then
length-prefixed chunks, then one reply line), so it is written here rather
than taken from the unmaintained `clamd` package. With neither variable set
nothing is scanned, as on a laptop.

If clamd is configured but cannot be reached, uploads are refused: a portal
that holds people's documents fails closed rather than keeping unchecked files.
"""

import logging
import socket
import struct

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024
TIMEOUT_SECONDS = 30


class ScannerUnavailable(Exception):
    pass


class ClamdScanner:
    """Talks to one clamd, over a UNIX socket or TCP."""

    def __init__(self, unix_socket="", host="", port=3310):
        self.unix_socket = unix_socket
        self.host = host
        self.port = port

    def _connect(self):
        if self.unix_socket:
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            address = self.unix_socket
        else:
            connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            address = (self.host, self.port)
        connection.settimeout(TIMEOUT_SECONDS)
        try:
            connection.connect(address)
        except OSError:
            connection.close()
            raise
        return connection

    def scan(self, fileobj) -> str | None:
        """The name of what clamd found in `fileobj`, or None when it is clean."""
        fileobj.seek(0)
        try:
            with self._connect() as connection:
                connection.sendall(b"zINSTREAM\0")
                while chunk := fileobj.read(CHUNK):
                    connection.sendall(struct.pack("!L", len(chunk)) + chunk)
                connection.sendall(struct.pack("!L", 0))
                reply = b""
                while not reply.endswith(b"\0"):
                    data = connection.recv(4096)
                    if not data:
                        break
                    reply += data
        except OSError as error:
            raise ScannerUnavailable(str(error)) from error
        finally:
            fileobj.seek(0)
        answer = reply.rstrip(b"\0").decode("utf-8", "replace")
        # "stream: OK", "stream: <signature> FOUND" or "<message> ERROR".
        if answer.endswith(" FOUND"):
            return answer.removeprefix("stream: ").removesuffix(" FOUND")
        if answer.endswith(": OK"):
            return None
        raise ScannerUnavailable(answer)


def get_scanner():
    """The configured scanner, or None when scanning is off."""
    if settings.CLAMD_SOCKET or settings.CLAMD_HOST:
        return ClamdScanner(settings.CLAMD_SOCKET, settings.CLAMD_HOST, settings.CLAMD_PORT)
    return None


def check_upload(upload) -> None:
    """Raise a translated ValidationError unless the scanner finds the upload clean."""
    scanner = get_scanner()
    if scanner is None:
        return
    try:
        found = scanner.scan(upload)
    except ScannerUnavailable as error:
        logger.error("Virus scanner unavailable: %s", error)
        raise ValidationError(
            _(
                "We cannot check files for viruses at the moment, so nothing was saved. Please try again in a few minutes."
            ),
            code="scanner_unavailable",
        ) from None
    if found:
        logger.warning("Upload refused: the virus scanner found %s", found)
        raise ValidationError(
            _(
                "Our virus scanner found harmful content in this file, so it was not saved. Please check your computer and upload a clean copy."
            ),
            code="malware",
        )
