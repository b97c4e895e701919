"""Uploads in S3-compatible object storage: public and private files in
separate buckets, private files never reachable without a signature.

Runs against moto's standalone S3 server (`moto[server]`), started here on
loopback: no S3-compatible server ships with Debian 12.
"""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.integration

SCRIPT = r"""
import json, urllib.request, urllib.error
import django
django.setup()
import boto3
from django.core.files.base import ContentFile
from django.core.files.storage import storages

s3 = boto3.client("s3", endpoint_url="{endpoint}", region_name="us-east-1")
for bucket in ("portal-public", "portal-private"):
    s3.create_bucket(Bucket=bucket)

private, public = storages["private"], storages["default"]
cv = private.save("cv/secret.pdf", ContentFile(b"%PDF-1.4 a private CV"))
image = public.save("images/logo.png", ContentFile(b"PNG public logo"))

def anonymous(url):
    try:
        return urllib.request.urlopen(url).status
    except urllib.error.HTTPError as error:
        return error.code

grants = s3.get_object_acl(Bucket="portal-private", Key=cv)["Grants"]
signed = private.url(cv)
print(json.dumps({{
    "read_back": private.open(cv).read().decode(),
    "private_bucket": private.bucket_name,
    "public_bucket": public.bucket_name,
    "private_keys": [o["Key"] for o in s3.list_objects_v2(Bucket="portal-private").get("Contents", [])],
    "public_keys": [o["Key"] for o in s3.list_objects_v2(Bucket="portal-public").get("Contents", [])],
    "public_grants": [g for g in grants if "URI" in g["Grantee"]],
    "unsigned_status": anonymous("{endpoint}/portal-private/" + cv),
    "signed_url": signed,
    "signed_status": anonymous(signed),
    "public_url": public.url(image),
}}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:  # wait until it answers
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("moto_server did not start")
            time.sleep(0.1)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


def test_private_and_public_files_go_to_separate_buckets_and_private_ones_stay_private(
    s3_endpoint,
):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "talentportal.settings.dev",
        "S3_BUCKET": "portal-public",
        "S3_PRIVATE_BUCKET": "portal-private",
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(endpoint=s3_endpoint)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["read_back"] == "%PDF-1.4 a private CV"
    assert found["private_bucket"] == "portal-private"
    assert found["public_bucket"] == "portal-public"
    assert found["private_keys"] == ["cv/secret.pdf"]
    assert found["public_keys"] == ["images/logo.png"]
    # Nobody but the owner is granted anything on a private file…
    assert found["public_grants"] == []
    # …its plain address is refused, and the signed one expires in five minutes.
    assert found["unsigned_status"] == 403
    assert "X-Amz-Signature=" in found["signed_url"]
    assert "X-Amz-Expires=300" in found["signed_url"]
    assert found["signed_status"] == 200
    assert "X-Amz-Signature" not in found["public_url"]
