"""Measure applying with a 2 MB PDF, and the HR list of an opening with 5,000 applications.

Prepares the data in the demo database (idempotent), serves with gunicorn
(bench/services.py) and measures on loopback only: wrk for the HR list, read
by its recruiter signed in with both factors as HR staff must be (without
them wrk would time the redirect to the two-factor form), then sequential
uploads for applying.
"""

import os
import re
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "talentportal.settings.dev")

import django  # noqa: E402

django.setup()

from bench import services  # noqa: E402
from bench.pages import run_wrk  # noqa: E402
from bench.sessions import record_sign_in  # noqa: E402

APPLICATIONS = 5000
SUBMISSIONS = int(os.environ.get("BENCH_SUBMISSIONS", "40"))
PDF_BYTES = 2 * 1024 * 1024


def pdf(size):
    head = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"
    return head + b"%" + b"0" * (size - len(head) - 30) + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def prepare():
    """The opening with 5,000 applications, its recruiter, and people ready to apply."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from talentportal.applications.models import Application
    from talentportal.demo.people import agree_to_policy
    from talentportal.openings.models import Opening

    job = (
        Opening.objects.open()
        .filter(organisation__name_en__startswith="Qianhai")
        .order_by("pk")
        .first()
    )
    missing = APPLICATIONS - job.applications.count()
    if missing > 0:
        Application.objects.bulk_create(
            Application(
                opening=job,
                applicant=None,
                cover_letter="Benchmark application.",
                profile={"name": f"Applicant {n}", "email": f"bench{n}@example.com"},
                nationality=["FR", "DE", "BR", "IN", "KE"][n % 5],
                highest_degree=["doctorate", "master", "bachelor"][n % 3],
                hsk_level=n % 7 or None,
                consent_at=job.published_at,
            )
            for n in range(missing)
        )
    target = (
        Opening.objects.open()
        .exclude(pk=job.pk)
        .filter(questions__isnull=True)
        .order_by("pk")
        .first()
    )
    users = get_user_model().objects
    people = []
    stamp = int(time.time())
    for n in range(SUBMISSIONS):
        person = users.create_user(f"applicant{stamp}-{n}@example.com", "bench-password-123")
        EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
        agree_to_policy(person)
        people.append(person)
    recruiter = job.organisation.memberships.filter(role="recruiter").first().user
    return job, target, recruiter, people


def session_cookie(user):
    """A session for `user` as right after signing in, with the second factor if they have one."""
    from allauth.mfa.models import Authenticator
    from django.test import Client

    client = Client()
    record_sign_in(client, user, Authenticator.objects.filter(user=user, type="totp").first())
    return client.cookies["sessionid"].value


def main():
    job, target, recruiter, people = prepare()
    port = services.free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ, DJANGO_SETTINGS_MODULE="talentportal.settings.dev", ALLOWED_HOSTS="127.0.0.1"
    )
    server = services.gunicorn("talentportal.wsgi", port, env, "4")
    try:
        services.wait_for(base + "/robots.txt", server)
        org = job.organisation_id
        list_url = f"{base}/en/employer/{org}/openings/{job.pk}/applications/"
        cookie = f"sessionid={session_cookie(recruiter)}"
        with urllib.request.urlopen(  # noqa: S310  # nosec B310  # http on loopback only
            urllib.request.Request(list_url, headers={"Cookie": cookie})  # noqa: S310  # nosec B310
        ) as reply:
            if reply.url != list_url:
                sys.exit(f"The HR list answered with a redirect to {reply.url}")
        print(
            f"{APPLICATIONS} applications on one opening; {SUBMISSIONS} submissions of a 2 MB PDF"
        )
        print(f"{'what':<22}{'conc.':>6}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for connections in (1, 8):
            rps, p50, p99, errors = run_wrk(list_url, connections, headers=[f"Cookie: {cookie}"])
            print(
                f"{'HR list (5,000)':<22}{connections:>6}{rps:>10.1f}{p50:>10.1f}{p99:>10.1f}{errors:>8}"
            )

        body_pdf = pdf(PDF_BYTES)
        timings, failures = [], 0
        for person in people:
            session = f"sessionid={session_cookie(person)}"
            form_url = f"{base}/en/openings/{target.pk}/apply/"
            with urllib.request.urlopen(  # noqa: S310  # nosec B310  # http on loopback only
                urllib.request.Request(form_url, headers={"Cookie": session})  # noqa: S310  # nosec B310  # http on loopback, to the server this script started
            ) as reply:
                page = reply.read().decode()
                csrf = re.search(r"csrftoken=([^;]+)", reply.headers.get("Set-Cookie", "")).group(1)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
            boundary = "benchboundary"
            parts = []
            for name, value in (
                ("csrfmiddlewaretoken", token),
                ("cv_source", "upload"),
                ("cover_letter", "Benchmark."),
                ("consent", "on"),
            ):
                parts.append(
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
                )
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n'
                "Content-Type: application/pdf\r\n\r\n".encode()
                + body_pdf
                + b"\r\n"
            )
            parts.append(f"--{boundary}--\r\n".encode())
            request = urllib.request.Request(  # noqa: S310  # nosec B310  # http on loopback only
                form_url,
                data=b"".join(parts),
                headers={
                    "Content-Type": f"multipart/form-data; boundary={boundary}",
                    "Referer": form_url,
                    "Cookie": f"{session}; csrftoken={csrf}",
                },
            )
            started = time.perf_counter()
            with urllib.request.urlopen(request) as reply:  # noqa: S310  # nosec B310  # http on loopback, to the server this script started
                response = reply.read().decode()
            timings.append((time.perf_counter() - started) * 1000)
            failures += "Application sent" not in response
        timings.sort()
        p99 = timings[min(len(timings) - 1, round(len(timings) * 0.99))]
        rps = 1000 / statistics.mean(timings)
        print(
            f"{'apply, 2 MB PDF':<22}{1:>6}{rps:>10.1f}{statistics.median(timings):>10.1f}{p99:>10.1f}{failures:>8}"
        )
    finally:
        services.stop(server)


if __name__ == "__main__":
    main()
