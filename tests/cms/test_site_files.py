import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", NS)
    locs = {u.find("s:loc", NS).text for u in urls}
    pages = Page.objects.live().filter(depth__gt=1).specific()
    for page in pages:
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                assert "http://127.0.0.1:8000" + page.get_url() in locs
    first = urls[0]
    alternates = {link.get("hreflang") for link in first.findall("x:link", NS)}
    assert alternates == {code for code, _name in settings.LANGUAGES} | {"x-default"}


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
