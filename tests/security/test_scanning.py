"""Malware scanning: uploads go through clamd before they are kept."""

import hashlib
import shutil
import socket
import subprocess
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from talentportal import scanning
from talentportal.organisations.models import Organisation
from talentportal.profiles.models import Profile
from tests.security.data_setup import PDF, hiring_setting, sign_in

# The EICAR test file: harmless, and found by every scanner. Built from two
# halves so that no scanner on a developer's machine quarantines this source.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
INFECTED_PDF = b"%PDF-1.4\n" + EICAR + b"\n%%EOF\n"
MALWARE_MESSAGE = "Our virus scanner found harmful content in this file"


@pytest.fixture
def person(client, db):
    setting = hiring_setting()
    sign_in(client, setting["applicant"])
    Profile.objects.filter(user=setting["applicant"]).update(cv="", cv_name="")
    return setting


def upload_cv(client, content, name="cv.pdf"):
    return client.post("/en/profile/cv/", {"cv": SimpleUploadedFile(name, content)}, follow=True)


# --- With a fake scanner -----------------------------------------------------------------


class FakeScanner:
    def __init__(self, finds=None, unavailable=False):
        self.finds = finds
        self.unavailable = unavailable
        self.scanned = []

    def scan(self, fileobj):
        if self.unavailable:
            raise scanning.ScannerUnavailable("connection refused")
        self.scanned.append(fileobj.read())
        fileobj.seek(0)
        return self.finds if self.finds and self.finds.encode() in b"".join(self.scanned) else None


def test_a_detection_is_refused_with_a_message_and_nothing_is_kept(client, person, monkeypatch):
    scanner = FakeScanner(finds="EICAR")
    monkeypatch.setattr(scanning, "get_scanner", lambda: scanner)
    response = upload_cv(client, INFECTED_PDF)
    assert MALWARE_MESSAGE in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv
    assert scanner.scanned == [INFECTED_PDF]


def test_clean_files_pass_the_scanner(client, person, monkeypatch):
    scanner = FakeScanner(finds="EICAR")
    monkeypatch.setattr(scanning, "get_scanner", lambda: scanner)
    response = upload_cv(client, PDF)
    assert "Your CV is uploaded." in response.content.decode()
    assert scanner.scanned == [PDF]


def test_an_unreachable_scanner_refuses_rather_than_keeping_unchecked_files(
    client, person, monkeypatch
):
    monkeypatch.setattr(scanning, "get_scanner", lambda: FakeScanner(unavailable=True))
    response = upload_cv(client, PDF)
    assert "We cannot check files for viruses at the moment" in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv


def test_organisation_logos_are_scanned_too(client, person, monkeypatch):
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(picture, "PNG")
    monkeypatch.setattr(scanning, "get_scanner", lambda: FakeScanner(finds="PNG"))
    sign_in(client, person["recruiter"])
    org = person["org"]
    response = client.post(
        f"/en/employer/{org.pk}/edit/",
        {
            "kind": org.kind,
            "name_en": org.name_en,
            "city": org.city_id,
            "address": org.address,
            "size": org.size,
            "sector": org.sector,
            "logo": SimpleUploadedFile("logo.png", picture.getvalue()),
        },
    )
    assert MALWARE_MESSAGE in response.content.decode()
    assert not Organisation.objects.get(pk=org.pk).logo


def test_scanning_is_off_without_configuration(settings):
    settings.CLAMD_SOCKET = ""
    settings.CLAMD_HOST = ""
    assert scanning.get_scanner() is None


# --- Against a real clamd, offline ------------------------------------------------------------


@pytest.fixture
def clamd(tmp_path):
    """clamd on a UNIX socket, with one local signature for EICAR and nothing to download."""
    if not shutil.which("clamd"):
        pytest.skip("clamd is not installed (apt-get install clamav-daemon)")
    database = tmp_path / "db"
    database.mkdir()
    # A hash signature of the whole EICAR file and a body signature for EICAR
    # inside another file: the official database cannot be downloaded here.
    (database / "eicar.hdb").write_text(
        f"{hashlib.md5(EICAR).hexdigest()}:{len(EICAR)}:Eicar-Test-File\n"  # noqa: S324
    )
    (database / "eicar.ndb").write_text(f"Eicar-Test-Signature:0:*:{EICAR.hex()}\n")
    sock = tmp_path / "clamd.sock"
    config = tmp_path / "clamd.conf"
    config.write_text(
        f"LocalSocket {sock}\n"
        f"DatabaseDirectory {database}\n"
        f"TemporaryDirectory {tmp_path}\n"
        f"LogFile {tmp_path / 'clamd.log'}\n"
        "Foreground yes\n"
        # No self-check reloads, no update daemon: this clamd never goes online.
        "SelfCheck 0\n"
    )
    process = subprocess.Popen(
        ["clamd", "--config-file", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_socket(sock, process)
        yield str(sock)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_socket(path, process):
    """Until clamd answers PING (it loads its database first)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("clamd stopped while starting")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(1)
                connection.connect(str(path))
                connection.sendall(b"zPING\0")
                if connection.recv(16).startswith(b"PONG"):
                    return
        except OSError:
            pass
        time.sleep(0.1)
    pytest.fail("clamd did not answer within a minute")


@pytest.mark.integration
def test_real_clamd_finds_eicar_in_a_cv_and_the_upload_is_refused(client, person, settings, clamd):
    settings.CLAMD_SOCKET = clamd
    scanner = scanning.get_scanner()
    assert scanner.scan(SimpleUploadedFile("eicar.com", EICAR)).startswith("Eicar-Test-")
    assert scanner.scan(SimpleUploadedFile("cv.pdf", PDF)) is None

    response = upload_cv(client, INFECTED_PDF)
    assert MALWARE_MESSAGE in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv

    response = upload_cv(client, PDF)
    assert "Your CV is uploaded." in response.content.decode()
