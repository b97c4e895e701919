"""RSS and JSON Feed of open openings, optionally for one city."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from talentportal.openings.models import Opening

FEED_SIZE = 50


def _openings(request):
    openings = (
        Opening.objects.open().select_related("organisation", "city").order_by("-published_at")
    )
    city = request.GET.get("city")
    if city:
        openings = openings.filter(city__slug=city)
    return openings[:FEED_SIZE]


class OpeningsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request):
        self.request = request
        return request.GET.get("city", "")

    def title(self, city):
        return _("Openings on Talent Portal")

    def link(self, city):
        return reverse("openings_list")

    def description(self, city):
        return _("New positions at universities and companies in Beijing, Shanghai and Shenzhen.")

    def items(self, city):
        return _openings(self.request)

    def item_title(self, item):
        return f"{item.title} — {item.organisation.name} ({item.city.title})"

    def item_description(self, item):
        return strip_tags(item.description)[:500]

    def item_link(self, item):
        return reverse("openings_detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.published_at


def json_feed(request):
    base = settings.SITE_URL.rstrip("/")
    items = [
        {
            "id": str(o.pk),
            "url": base + reverse("openings_detail", args=[o.pk]),
            "title": o.title,
            "content_text": strip_tags(o.description),
            "date_published": o.published_at.isoformat(),
            "authors": [{"name": o.organisation.name}],
            "tags": [o.city.title, o.get_kind_display(), o.get_field_display()],
            "_talentportal": {
                "city": o.city.slug,
                "deadline": o.deadline.isoformat() if o.deadline else None,
                "work_permit_support": o.work_permit_support,
            },
        }
        for o in _openings(request)
    ]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _("Openings on Talent Portal"),
        "home_page_url": base + reverse("openings_list"),
        "feed_url": base + request.get_full_path(),
        "language": request.LANGUAGE_CODE,
        "items": items,
    }
    return JsonResponse(
        feed, json_dumps_params={"ensure_ascii": False}, content_type="application/feed+json"
    )
