"""Pages a test builds for itself (wagtail-factories) instead of reading the demo site.

Text is written in English, the active language while a test builds; pass
``title_ar=…`` and the like for the other languages. ``site()`` gives the home
page that serves the default site, and every factory here puts its page under
the right parent by default, so ``GuidePageFactory()`` alone is a reachable guide.
"""

import datetime
import io
import json

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Collection, Page, Site

from cms.models import (
    CityPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    HousingIndexPage,
    NeighbourhoodPage,
    PortalImage,
    PrivacyPolicyPage,
    ServiceCentre,
    StandardPage,
    TalentApartmentPage,
    VisaIndexPage,
    VisaResourcePage,
)

REVIEWED = datetime.date(2026, 11, 1)


def stream(*paragraphs):
    """A body of text blocks, as a StreamField takes it."""
    return json.dumps([{"type": "text", "value": f"<p>{text}</p>"} for text in paragraphs])


def site():
    """The home page of the default site, built on first use."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a "Welcome" page at the top: the home page replaces it.
        root.get_children().filter(content_type__model="page").delete()
        home = HomePageFactory(parent=root)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"root_page": home, "hostname": "localhost", "site_name": "Talent Portal"},
        )
    return home


def _skyline():
    # The demo's own drawing: a picture as large, and as hard to compress, as the demo's.
    from cms.demo.images import skyline

    return ImageFile(io.BytesIO(skyline("test", ("#1d3557", "#f4a261"))), name="skyline.jpg")


class PortalImageFactory(wagtail_factories.ImageFactory):
    """A 1600×900 skyline, as the demo draws them, with its alt text in English."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = "Skyline"
    alt_text = "The city skyline at dusk"
    file = factory.LazyFunction(_skyline)

    class Meta:
        model = PortalImage


class TranslatedPageFactory(wagtail_factories.PageFactory):
    live = True
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Published as an editor would, so the page has a live revision. A page found by
        # django_get_or_create is returned as it is: publishing it again would announce a
        # change (purges, a new content generation) that a test did not make.
        page = super()._create(model_class, *args, **kwargs)
        if page.live_revision_id is None:
            page.save_revision().publish()
        return page


class HomePageFactory(TranslatedPageFactory):
    title = "Talent Portal"
    slug = "home"
    intro = "Live and work in Beijing, Shanghai and Shenzhen."

    class Meta:
        model = HomePage


class CityPageFactory(TranslatedPageFactory):
    parent = factory.LazyFunction(site)
    title = "Beijing"
    intro = "China's capital, home to its leading universities."
    why_city = "<p>Universities, research institutes and start-ups.</p>"
    hotline = "12345"
    last_verified = REVIEWED

    class Meta:
        model = CityPage
        django_get_or_create = ("slug", "parent")


class ServiceCentreFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CityPageFactory)
    name = "Foreigners' Work Service Centre"
    address = "1 Service Road"
    hours = "Monday to Friday, 9:00–17:00"

    class Meta:
        model = ServiceCentre


class GuideIndexPageFactory(TranslatedPageFactory):
    parent = factory.LazyFunction(site)
    title = "Guides"
    intro = "Practical guides for settling in."

    class Meta:
        model = GuideIndexPage
        django_get_or_create = ("slug", "parent")


class GuidePageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(GuideIndexPageFactory)
    title = factory.Sequence(lambda n: f"Guide {n}")
    topic = "daily"
    intro = "What to know first."
    body = stream("Bring your passport.")
    last_reviewed = REVIEWED

    class Meta:
        model = GuidePage


class VisaIndexPageFactory(TranslatedPageFactory):
    parent = factory.LazyFunction(site)
    title = "Visas and permits"
    intro = "Which visa and permit you need, and how to get them."

    class Meta:
        model = VisaIndexPage
        django_get_or_create = ("slug", "parent")


class VisaResourcePageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(VisaIndexPageFactory)
    title = factory.Sequence(lambda n: f"Work permit {n}")
    permit_type = "permit-b"
    who_for = "Professionals with a job offer."
    eligibility = "<p>A degree and two years of work.</p>"
    processing_time = "About 20 working days."
    fees = "Free of charge."
    where_to_apply = (
        '<p>Online, through the <a href="https://fuwu.most.gov.cn/">foreign talent '
        "service system</a>.</p>"
    )
    last_verified = REVIEWED

    class Meta:
        model = VisaResourcePage


class HousingIndexPageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(CityPageFactory)
    title = "Housing"
    intro = "Where to live, and what it costs."
    last_verified = REVIEWED

    class Meta:
        model = HousingIndexPage
        django_get_or_create = ("slug", "parent")


class NeighbourhoodPageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(HousingIndexPageFactory)
    title = factory.Sequence(lambda n: f"Neighbourhood {n}")
    district = "Haidian"
    summary = "Near the universities."
    description = "<p>Quiet streets and many campuses.</p>"
    rent_min = 6000
    rent_max = 12000
    rent_note = "Estimated from listings for a one-bedroom flat."
    last_verified = REVIEWED

    class Meta:
        model = NeighbourhoodPage


class TalentApartmentPageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(HousingIndexPageFactory)
    title = factory.Sequence(lambda n: f"Talent apartment {n}")
    district = "Haidian"
    summary = "Furnished flats for newly arrived professionals."
    rent_min = 3000
    rent_max = 5000
    size_min = 40
    size_max = 80
    estimate_method = "Estimated from the operator's listings."
    eligibility = "<p>Professionals in their first year in the city.</p>"
    how_to_apply = "<p>Through your employer.</p>"
    contact = "The district talent office"
    last_verified = REVIEWED

    class Meta:
        model = TalentApartmentPage


class StandardPageFactory(TranslatedPageFactory):
    parent = factory.LazyFunction(site)
    title = factory.Sequence(lambda n: f"About {n}")
    body = stream("Who runs this portal.")

    class Meta:
        model = StandardPage


class PrivacyPolicyPageFactory(TranslatedPageFactory):
    parent = factory.LazyFunction(site)
    title = "Privacy policy"
    version = 1
    effective_date = REVIEWED
    body = stream("What we keep about you, and why.")

    class Meta:
        model = PrivacyPolicyPage
        django_get_or_create = ("slug", "parent")


def small_site():
    """One live page of every public page type: Beijing with its guides, local visas and
    housing, the national visa section, and the privacy policy. Returns them by name."""
    beijing = CityPageFactory(title="Beijing")
    ServiceCentreFactory(page=beijing)
    guides = GuideIndexPageFactory(parent=beijing)
    housing = HousingIndexPageFactory(parent=beijing)
    visas = VisaIndexPageFactory()
    return {
        "home": site(),
        "beijing": beijing,
        "guides": guides,
        "guide": GuidePageFactory(parent=guides, title="Arriving", slug="arriving"),
        "visas": visas,
        "visa": VisaResourcePageFactory(parent=visas, title="Work permit", slug="work-permit"),
        "local_visa": VisaResourcePageFactory(
            parent=VisaIndexPageFactory(parent=beijing),
            title="Work permit in Beijing",
            slug="work-permit",
            permit_type="procedure",
        ),
        "housing": housing,
        "neighbourhood": NeighbourhoodPageFactory(parent=housing, title="Haidian"),
        "apartment": TalentApartmentPageFactory(parent=housing, title="Haidian apartments"),
        "privacy": PrivacyPolicyPageFactory(),
    }
