"""Measure the HR list of an opening with 5,000 applications, and applying with a 2 MB PDF.

Serves as production does (bench/services.py `production_env`: DEBUG off,
sessions and rate limits in a throwaway Redis, hashed static files) beside the
framework floor (`bench/hello.py`) under the same gunicorn flags, so each
figure is also a ratio to hello's requests per second in the same run. The
database is the demo's, or DATABASE_URL's (the bench PostgreSQL), where the
data is prepared once (idempotent). Measures on loopback only: wrk for the HR
list, read by its recruiter signed in with both factors as HR staff must be
(without them wrk would time the redirect to the two-factor form), then
sequential uploads for applying.
"""

import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import services  # noqa: E402
from bench.pages import WORKERS, run_wrk, warm_up  # noqa: E402
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


def _row(what, connections, rps, p50, p99, errors, hello=None):
    ratio = f"{f'1/{hello / rps:.0f}':>10}" if hello and rps else ""
    print(
        f"{what:<22}{connections:>6}{rps:>10.1f}{p50:>10.1f}{p99:>10.1f}{errors:>8}{ratio}",
        flush=True,
    )


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-bench-applications-"))
    processes = []
    try:
        redis, redis_url = services.start_redis(workdir)
        processes.append(redis)
        port, hello_port = services.free_port(), services.free_port()
        base = f"http://127.0.0.1:{port}"
        env = services.production_env(redis_url, base)
        # This process writes the data and the recruiter's session with the
        # server's own settings: a session is only valid under the same key.
        os.environ.update(env)
        import django

        django.setup()
        from django.db import connection

        job, target, recruiter, people = prepare()
        services.collectstatic(env)
        site = services.gunicorn("talentportal.wsgi", port, env, WORKERS)
        hello = services.gunicorn("bench.hello:application", hello_port, env, WORKERS)
        processes += [site, hello]
        services.wait_for(base + "/robots.txt", site)
        services.wait_for(f"http://127.0.0.1:{hello_port}/", hello)
        org = job.organisation_id
        list_url = f"{base}/en/employer/{org}/openings/{job.pk}/applications/"
        cookie = f"sessionid={session_cookie(recruiter)}"
        with urllib.request.urlopen(  # noqa: S310  # nosec B310  # http on loopback only
            urllib.request.Request(list_url, headers={"Cookie": cookie})  # noqa: S310  # nosec B310
        ) as reply:
            if reply.url != list_url:
                sys.exit(f"The HR list answered with a redirect to {reply.url}")
        # Each worker's first request loads the URLs, templates and catalogues:
        # every worker serves a few before anything is timed.
        warm_up(list_url, headers=[f"Cookie: {cookie}"])
        warm_up(f"http://127.0.0.1:{hello_port}/")
        load = os.getloadavg()
        print(
            f"{APPLICATIONS} applications on one opening; {SUBMISSIONS} submissions of a 2 MB PDF; "
            f"production settings on {connection.vendor}; gunicorn, {WORKERS} sync workers for the site "
            f"and for hello; {os.cpu_count()} cores; load average before: "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        print(
            f"{'what':<22}{'conc.':>6}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}"
            f"{'of hello':>10}"
        )
        floor = {}
        for connections in (1, 8):
            floor[connections] = run_wrk(f"http://127.0.0.1:{hello_port}/", connections)
            _row("hello (empty view)", connections, *floor[connections])
        for connections in (1, 8):
            rps, p50, p99, errors = run_wrk(list_url, connections, headers=[f"Cookie: {cookie}"])
            _row("HR list (5,000)", connections, rps, p50, p99, errors, floor[connections][0])

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
        _row("apply, 2 MB PDF", 1, rps, statistics.median(timings), p99, failures)
        load = os.getloadavg()
        print(f"Load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    finally:
        services.stop(*reversed(processes))
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
