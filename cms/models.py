from cms.images import PortalImage, PortalRendition
from cms.pages.cities import CityPage, ServiceCentre
from cms.pages.guides import GuideIndexPage, GuidePage
from cms.pages.home import HomePage, StandardPage
from cms.pages.housing import HousingIndexPage, NeighbourhoodPage, TalentApartmentPage
from cms.pages.policies import PrivacyPolicyPage
from cms.pages.visas import VisaIndexPage, VisaResourcePage
from cms.search import SearchDocument

__all__ = [
    "CityPage",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "HousingIndexPage",
    "NeighbourhoodPage",
    "PortalImage",
    "PortalRendition",
    "PrivacyPolicyPage",
    "SearchDocument",
    "ServiceCentre",
    "StandardPage",
    "TalentApartmentPage",
    "VisaIndexPage",
    "VisaResourcePage",
]
