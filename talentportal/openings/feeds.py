"""RSS and JSON Feed of open openings, optionally for one city."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cms.models import CityPage
from cms.text import html_to_text
from talentportal.openings.models import Opening

FEED_SIZE = 50
DESCRIPTION_LENGTH = 500


def _city(request):
    """The city a feed is filtered to, or None; an unknown city is a 404."""
    slug = request.GET.get("city")
    if not slug:
        return None
    city = CityPage.objects.live().filter(slug=slug).first()
    if city is None:
        raise Http404
    return city


def _openings(city):
    openings = (
        Opening.objects.open().select_related("organisation", "city").order_by("-published_at")
    )
    if city:
        openings = openings.filter(city=city)
    return openings[:FEED_SIZE]


def _title(city):
    if city:
        return _("Openings in %(city)s on Talent Portal") % {"city": city.title}
    return _("Openings on Talent Portal")


def _with_city(url, city):
    return f"{url}?{urlencode({'city': city.slug})}" if city else url


class OpeningsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request):
        return _city(request)

    def title(self, city):
        return _title(city)

    def link(self, city):
        return _with_city(reverse("openings_list"), city)

    def feed_url(self, city):
        # The feed's own address (atom:link rel="self"), filter included.
        return _with_city(reverse("openings_rss"), city)

    def description(self, city):
        if city:
            return _("New positions at universities and companies in %(city)s.") % {
                "city": city.title
            }
        return _("New positions at universities and companies in Beijing, Shanghai and Shenzhen.")

    def items(self, city):
        return _openings(city)

    def item_title(self, item):
        return f"{item.title} — {item.organisation.name} ({item.city.title})"

    def item_description(self, item):
        return Truncator(html_to_text(item.description)).chars(DESCRIPTION_LENGTH)

    def item_link(self, item):
        return reverse("openings_detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.published_at


def json_feed(request):
    base = settings.SITE_URL.rstrip("/")
    city = _city(request)
    items = [
        {
            "id": str(o.pk),
            "url": base + reverse("openings_detail", args=[o.pk]),
            "title": o.title,
            "content_text": html_to_text(o.description),
            "date_published": o.published_at.isoformat(),
            "authors": [{"name": o.organisation.name}],
            "tags": [o.city.title, o.get_kind_display(), o.get_field_display()],
            "_talentportal": {
                "city": o.city.slug,
                "deadline": o.deadline.isoformat() if o.deadline else None,
                "work_permit_support": o.work_permit_support,
            },
        }
        for o in _openings(city)
    ]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _title(city),
        "home_page_url": base + _with_city(reverse("openings_list"), city),
        "feed_url": base + _with_city(reverse("openings_json_feed"), city),
        "language": request.LANGUAGE_CODE,
        "items": items,
    }
    return JsonResponse(
        feed, json_dumps_params={"ensure_ascii": False}, content_type="application/feed+json"
    )
