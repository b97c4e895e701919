"""Load profile: who uses the portal, in what proportion.

    loadtest/run.py load --users 100 --minutes 3

Run only against loopback (the profile refuses any other host). Groups in
the statistics: "read", "search", "sign-in", "apply", "hr".
"""

import random
import re
from pathlib import Path
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task

PASSWORD = "loadtest-password-42"
PDF = (
    (Path(__file__).parent / "cv.pdf").read_bytes()
    if (Path(__file__).parent / "cv.pdf").exists()
    else (b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
)
READ_PATHS = [
    "/en/",
    "/zh-hans/",
    "/en/beijing/",
    "/ar/shanghai/",
    "/en/shenzhen/",
    "/en/openings/",
]
SEARCHES = ["engineer", "teacher", "visa", "研究", "data", "marketing"]
OPENING_LINK = re.compile(r'href="(/en/openings/(\d+)/)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@events.test_start.add_listener
def loopback_only(environment, **kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"The load profile runs only against loopback, not {host!r}.")


def plain_http_cookies(client) -> None:
    """Production marks cookies Secure; on plain-HTTP loopback, send them anyway."""
    for cookie in client.cookies:
        cookie.secure = False


def csrf_of(response) -> str:
    found = CSRF.search(response.text)
    return found.group(1) if found else ""


class Reader(HttpUser):
    """Anonymous readers: most of the traffic."""

    weight = 12
    wait_time = between(1, 3)

    @task(5)
    def page(self):
        self.client.get(random.choice(READ_PATHS), name="read")

    @task(2)
    def opening(self):
        listing = self.client.get("/en/openings/", name="read")
        links = OPENING_LINK.findall(listing.text)
        if links:
            self.client.get(random.choice(links)[0], name="read")

    @task(2)
    def search(self):
        query = random.choice(SEARCHES)
        self.client.get(f"/en/openings/?q={query}", name="search")
        self.client.get(f"/en/search/?q={query}", name="search")


class Professional(HttpUser):
    """Signs in, looks at openings, applies with a CV now and then."""

    weight = 3
    wait_time = between(2, 5)

    def on_start(self):
        self.email = f"load{random.randrange(100)}@loadtest.example.org"
        login = self.client.get("/en/accounts/login/", name="sign-in")
        plain_http_cookies(self.client)
        self.client.post(
            "/en/accounts/login/",
            {"login": self.email, "password": PASSWORD, "csrfmiddlewaretoken": csrf_of(login)},
            headers={"Referer": self.host + "/en/accounts/login/"},
            name="sign-in",
        )

    @task(3)
    def dashboard(self):
        plain_http_cookies(self.client)
        self.client.get("/en/accounts/", name="sign-in")

    @task(1)
    def apply(self):
        listing = self.client.get("/en/openings/", name="apply")
        links = OPENING_LINK.findall(listing.text)
        if not links:
            return
        _path, opening = random.choice(links)
        plain_http_cookies(self.client)
        form = self.client.get(f"/en/openings/{opening}/apply/", name="apply")
        plain_http_cookies(self.client)
        if form.status_code != 200:
            return  # applied already, or closed
        self.client.post(
            f"/en/openings/{opening}/apply/",
            {
                "csrfmiddlewaretoken": csrf_of(form),
                "cv_source": "upload",
                "cover_letter": "I would like to join your team.",
                "consent": "on",
            },
            files={"cv": ("cv.pdf", PDF, "application/pdf")},
            headers={"Referer": f"{self.host}/en/openings/{opening}/apply/"},
            name="apply",
        )


class Recruiter(HttpUser):
    """HR teams reviewing applications."""

    weight = 1
    wait_time = between(2, 5)

    def on_start(self):
        self.email = f"hr{random.randrange(3)}@loadtest.example.org"
        login = self.client.get("/en/accounts/login/", name="hr")
        plain_http_cookies(self.client)
        self.client.post(
            "/en/accounts/login/",
            {"login": self.email, "password": PASSWORD, "csrfmiddlewaretoken": csrf_of(login)},
            headers={"Referer": self.host + "/en/accounts/login/"},
            name="hr",
        )

    @task
    def review(self):
        plain_http_cookies(self.client)
        dashboard = self.client.get("/en/employer/", name="hr")
        for link in re.findall(r'href="(/en/employer/[^"]+/applications/[^"]*)"', dashboard.text)[
            :2
        ]:
            self.client.get(link, name="hr")
