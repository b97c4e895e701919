import pytest
from django.utils import translation

from talentportal.navigator import domain, services
from talentportal.navigator.models import RuleVersion

CITIES = ("Beijing", "Shanghai", "Shenzhen")
WORKED_EXAMPLE = domain.Answers(
    purpose="work",
    city="beijing",
    age=30,
    degree="master",
    experience_years=5,
    salary_cny=300_000,
    months_in_china=12,
    chinese="none",
    extras=frozenset({"high_level_university"}),
)


@pytest.fixture
def table(db):
    """The interim points table as the data migration stored it."""
    return services.rule_table(RuleVersion.current())


@pytest.fixture
def trial_table(db):
    return services.rule_table(RuleVersion.objects.get(status="superseded"))


@pytest.fixture(autouse=True)
def english():
    """Domain texts are lazy: read them in English unless a test asks otherwise."""
    with translation.override("en"):
        yield


@pytest.fixture
def navigator_pages(db):
    """What the navigator's pages link to: the three cities it offers, the national visa and
    permit pages of a class B work permit's route, and Shanghai's local procedure."""
    from tests.page_factories import (
        CityPageFactory,
        VisaIndexPageFactory,
        VisaResourcePageFactory,
    )

    cities = {title.lower(): CityPageFactory(title=title) for title in CITIES}
    national = VisaIndexPageFactory()
    for title, permit_type in (
        ("Z visa", "visa-z"),
        ("Work permit class B", "permit-b"),
        ("Residence permit", "residence"),
    ):
        VisaResourcePageFactory(parent=national, title=title, permit_type=permit_type)
    local = VisaIndexPageFactory(parent=cities["shanghai"], title="Permits")
    VisaResourcePageFactory(
        parent=local, title="Shanghai single window for permits", permit_type="procedure"
    )
    return cities
