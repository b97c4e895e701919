"""Signed-in pages mark English text on Arabic pages too, HR's and the professional's.

The public sweep (test_fallback_everywhere.py) reads every public page. Here an
organisation owner and an applicant, both reading Arabic, follow every link of
their own pages from their dashboards: the employer pages, the openings list,
the pipeline and an application, the compliance calendar and a hire, and the
professional's applications, saved openings, timeline and wallet. The opening's
title, the organisation's name, the city and the settling-in steps were written
in English only, so each must sit in an element marked `lang="en"`, and no
Arabic label may sit inside one.
"""

from urllib.parse import urldefrag, urlsplit

import html5lib
import pytest
from django.core.cache import caches
from django.utils import translation

from talentportal.applications.models import Stage
from talentportal.onboarding import services as onboarding
from talentportal.onboarding.models import Route
from tests.factories import ApplicationFactory, opening, organisation, verified_user
from tests.onboarding_factories import SettlingInPageFactory
from tests.project.test_fallback_everywhere import (
    NS,
    TOKEN,
    blank_arabic_and_mark_english,
    problems_on,
)

# Where each person's own pages live; links elsewhere (public pages) are the public sweep's.
OWN_PAGES = ("/ar/employer/", "/ar/applications/", "/ar/onboarding/", "/ar/openings/saved/")
# Links that download, export or act rather than show a page.
NOT_PAGES = ("/cv/", "/export/", ".ics", ".csv", ".xlsx", "/feed/", "/logout/")


def crawl(client, start):
    """Every own page reachable from ``start`` by links: {url: html}."""
    seen, todo, pages = set(), [start], {}
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        pages[url] = html
        tree = html5lib.parse(html, namespaceHTMLElements=True)
        for link in tree.iter(f"{NS}a"):
            href = urldefrag(link.get("href") or "")[0]
            if (
                href.startswith(OWN_PAGES)
                and not urlsplit(href).query
                and not any(part in href for part in NOT_PAGES)
            ):
                todo.append(href)
    return pages


@pytest.mark.django_db
def test_english_text_is_marked_on_every_signed_in_page_in_arabic(client, fresh_login):
    with translation.override("en"):
        owner = verified_user(language="ar")
        employer = organisation(
            city_slug="shanghai", name="Lakeside Robotics", name_en="Lakeside Robotics", owner=owner
        )
        SettlingInPageFactory(parent=employer.city)
        job = opening(employer, title="Robotics Engineer", title_en="Robotics Engineer")
        professional = verified_user(language="ar")
        application = ApplicationFactory(opening=job, applicant=professional, stage=Stage.OFFER)
        professional.saved_openings.create(opening=job)
        onboarding.accept_offer(application, professional, Route.Z, consent=True)
        tokens = blank_arabic_and_mark_english()
    for cache in caches.all():
        cache.clear()

    problems, shown = {}, set()
    for person, start in ((owner, "/ar/employer/"), (professional, "/ar/applications/")):
        fresh_login(person)
        pages = crawl(client, start)
        if person is professional:
            pages.update(crawl(client, "/ar/onboarding/"))
            pages.update(crawl(client, "/ar/openings/saved/"))
        for url, html in pages.items():
            shown.update(TOKEN.findall(html))
            if found := problems_on(html, tokens):
                problems[url] = sorted(set(found))
        client.logout()

    # The crawl reached the pipeline, the calendar and the timeline, not only the dashboards.
    reached = {tokens[t].split(" ")[0] for t in shown if t in tokens}
    assert {"Opening.title", "Organisation.name", "Page.title"} <= reached
    assert problems == {}, "\n".join(
        f"{url}: {'; '.join(found)}" for url, found in problems.items()
    )
