"""Builds the demo site from the YAML page files in ``content/``.

Pages that already exist are left as they are, so running it again changes
nothing and never overwrites what editors have written.
"""

import json

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection, Page, Site

from cms.demo import content
from cms.demo.images import make_image
from cms.models import (
    CityPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    HousingIndexPage,
    NeighbourhoodPage,
    PrivacyPolicyPage,
    ServiceCentre,
    TalentApartmentPage,
    VisaIndexPage,
    VisaResourcePage,
)
from cms.staff import city_collection

LANGUAGES = [code for code, _name in settings.LANGUAGES]


_date = content.as_date


def translated(obj, field, values):
    for code in LANGUAGES:
        setattr(obj, build_localized_fieldname(field, code), values.get(code) or "")
    # The untranslated attribute is what Wagtail validates and shows in lists.
    setattr(obj, field, values["en"])


def translated_stream(obj, field, values):
    for code in LANGUAGES:
        setattr(obj, build_localized_fieldname(field, code), json.dumps(values.get(code) or []))


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _fill(page, data, text_fields=(), stream_fields=(), plain_fields=()):
    translated(page, "title", data["title"])
    page.slug = data["slug"]
    for field in text_fields:
        translated(page, field, data[field])
    for field in stream_fields:
        translated_stream(page, field, data[field])
    for field in plain_fields:
        value = data[field]
        if field in ("last_verified", "last_reviewed", "effective_date"):
            value = _date(value)
        setattr(page, field, value)
    if "last_verified" in data and "last_verified" not in plain_fields:
        page.last_verified = _date(data["last_verified"])
    if "sources" in data:
        page.sources = json.dumps(
            [{"type": "source", "value": source} for source in data["sources"]]
        )
    return page


def ensure_home():
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a "Welcome" placeholder at the top: replace it.
    for placeholder in root.get_children().filter(content_type__model="page", numchild=0):
        placeholder.delete()
    data = dict(content.home(), slug="home")
    home = _fill(HomePage(), data, text_fields=("intro", "welcome"))
    collection = Collection.get_first_root_node()
    home.hero_image = make_image(
        "Talent Portal", "home", ["#0b5a7a", "#f2c14e"], data["image_alt"], collection
    )
    _publish(root, home)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.site_name = "Talent Portal"
    site.save()
    return home


def ensure_privacy_policy(home):
    data = content.privacy_policy()
    if _child(home, PrivacyPolicyPage, data["slug"]):
        return
    page = _fill(
        PrivacyPolicyPage(version=data["version"]),
        data,
        text_fields=("intro",),
        stream_fields=("body",),
        plain_fields=("effective_date",),
    )
    _publish(home, page)


def ensure_visa_resource(section, data):
    if _child(section, VisaResourcePage, data["slug"]):
        return
    page = _fill(
        VisaResourcePage(),
        data,
        text_fields=("who_for", "eligibility", "processing_time", "fees", "where_to_apply"),
        stream_fields=("notes",),
        plain_fields=("permit_type", "last_verified"),
    )
    translated_stream(
        page,
        "documents",
        {
            code: [{"type": "document", "value": d} for d in items]
            for code, items in data["documents"].items()
        },
    )
    translated_stream(
        page,
        "steps",
        {
            code: [{"type": "step", "value": s} for s in items]
            for code, items in data["steps"].items()
        },
    )
    _publish(section, page)


def ensure_national_visas(home):
    data, resources = content.national_visas()
    section = _child(home, VisaIndexPage, data["slug"])
    if section is None:
        section = _publish(
            home, _fill(VisaIndexPage(), data, text_fields=("intro",), stream_fields=("body",))
        )
    for resource in resources:
        ensure_visa_resource(section, resource)


def ensure_city(home, data, collection):
    city = _child(home, CityPage, data["slug"])
    if city is None:
        city = _fill(
            CityPage(),
            data,
            text_fields=("intro", "why_city"),
            plain_fields=("hotline",),
        )
        translated_stream(
            city,
            "hubs",
            {
                code: [{"type": "hub", "value": h} for h in hubs]
                for code, hubs in data["hubs"].items()
            },
        )
        city.hero_image = make_image(
            f"{data['title']['en']} skyline",
            data["slug"],
            data["image_colours"],
            data["image_alt"],
            collection,
        )
        for order, centre in enumerate(data["service_centres"]):
            item = ServiceCentre(sort_order=order, phone=centre["phone"], website=centre["website"])
            for field in ("name", "services", "address", "hours"):
                translated(item, field, centre[field])
            city.service_centres.add(item)
        _publish(home, city)
    return city


def ensure_guides(parent, section_data, slug, guide_pages):
    guides = _child(parent, GuideIndexPage, slug)
    if guides is None:
        guides = _publish(
            parent,
            _fill(GuideIndexPage(), dict(section_data, slug=slug), text_fields=("intro",)),
        )
    for guide in guide_pages:
        if not _child(guides, GuidePage, guide["slug"]):
            _publish(
                guides,
                _fill(
                    GuidePage(),
                    guide,
                    text_fields=("intro",),
                    stream_fields=("body",),
                    plain_fields=("topic", "last_reviewed"),
                ),
            )


def ensure_city_sections(city, data, collection):
    ensure_guides(city, data["guide_section"], "guides", data["guides"])

    visas = _child(city, VisaIndexPage, "permits")
    if visas is None:
        visas = _publish(
            city,
            _fill(
                VisaIndexPage(), dict(data["visa_section"], slug="permits"), text_fields=("intro",)
            ),
        )
    for resource in data["visa_resources"]:
        ensure_visa_resource(visas, resource)

    housing_data = data["housing"]
    housing = _child(city, HousingIndexPage, "housing")
    if housing is None:
        housing = _publish(
            city,
            _fill(
                HousingIndexPage(),
                dict(housing_data, slug="housing"),
                text_fields=("intro", "body"),
            ),
        )
    for kind, item in housing_data["pages"]:
        if kind == "neighbourhood":
            ensure_neighbourhood(housing, item)
        else:
            ensure_talent_apartment(housing, item, data["slug"], collection)


def ensure_neighbourhood(housing, place):
    if _child(housing, NeighbourhoodPage, place["slug"]):
        return
    page = _fill(
        NeighbourhoodPage(),
        place,
        text_fields=("district", "summary", "description", "rent_note", "schools_nearby"),
        plain_fields=("rent_min", "rent_max", "rent_is_estimate", "last_verified"),
    )
    translated_stream(
        page,
        "commutes",
        {
            code: [{"type": "commute", "value": c} for c in items]
            for code, items in place["commutes"].items()
        },
    )
    _publish(housing, page)


def ensure_talent_apartment(housing, flat, city_slug, collection):
    if _child(housing, TalentApartmentPage, flat["slug"]):
        return
    page = _fill(
        TalentApartmentPage(),
        flat,
        text_fields=(
            "district",
            "summary",
            "eligibility",
            "how_to_apply",
            "contact",
            "estimate_method",
        ),
        plain_fields=(
            "rent_min",
            "rent_max",
            "size_min",
            "size_max",
            "figures_are_estimates",
            "last_verified",
        ),
    )
    photo = make_image(
        flat["title"]["en"],
        f"{city_slug}-{flat['slug']}",
        flat["image_colours"],
        flat["image_alt"],
        collection,
    )
    page.photos = json.dumps([{"type": "photo", "value": {"image": photo.pk, "caption": ""}}])
    _publish(housing, page)


def load():
    """Build every demo page that is missing; return the city pages."""
    home = ensure_home()
    ensure_national_visas(home)
    section, guides = content.national_guides()
    ensure_guides(home, section, section["slug"], guides)
    ensure_privacy_policy(home)
    cities = []
    for data in content.cities():
        # The collection is named after the city, so make it before the page.
        city = _child(home, CityPage, data["slug"])
        collection = city_collection(city) if city else _collection_for(data)
        city = ensure_city(home, data, collection)
        ensure_city_sections(city, data, collection)
        cities.append(city)
    return home, cities


def _collection_for(data):
    root = Collection.get_first_root_node()
    name = data["title"]["en"]
    return root.get_children().filter(name=name).first() or root.add_child(name=name)
