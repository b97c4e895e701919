import pytest
from django.utils import translation

from talentportal.navigator import domain, services
from talentportal.navigator.models import RuleVersion

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
