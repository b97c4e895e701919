"""Numbers, salaries and dates read as each language writes them (CLDR through Babel)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space
NBSP = "\xa0"
RLM = "\u200f"  # CLDR's Arabic currency pattern starts with a right-to-left mark


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load local_formats %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "400,000"),
        ("zh-hans", "400,000"),
        ("ar", "400,000"),
        ("ru", f"400{NBSP}000"),
        ("es", "400.000"),
        ("fr", f"400{NNBSP}000"),
    ],
)
def test_numbers_are_grouped_as_each_language_groups_them(language, expected):
    assert render("{{ n|number }}", language, n=400000) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "CN¥400,000"),
        ("zh-hans", "¥400,000"),
        ("ar", f"{RLM}400,000{NBSP}CN¥"),
        ("ru", f"400{NBSP}000{NBSP}CN¥"),
        ("es", f"400.000{NBSP}CNY"),
        ("fr", f"400{NNBSP}000{NBSP}CNY"),
    ],
)
def test_money_puts_the_currency_where_each_language_does(language, expected):
    assert render("{{ n|money:'CNY' }}", language, n=400000) == expected


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [
        ("en", "March 5, 2026", f"March 5, 2026, 2:30{NNBSP}PM"),
        ("zh-hans", "2026年3月5日", "2026年3月5日 14:30"),
        ("ar", "5 مارس 2026", "5 مارس 2026، 2:30 م"),
        ("ru", f"5 марта 2026{NNBSP}г.", f"5 марта 2026{NNBSP}г., 14:30"),
        ("fr", "5 mars 2026", "5 mars 2026, 14:30"),
    ],
)
def test_dates_follow_each_languages_order_in_chinas_time_zone(language, day, moment):
    # 06:30 UTC is 14:30 in Beijing, the site's time zone.
    when = datetime.datetime(2026, 3, 5, 6, 30, tzinfo=datetime.UTC)
    assert render("{{ d|day }}", language, d=datetime.date(2026, 3, 5)) == day
    assert render("{{ t|moment }}", language, t=when) == moment


def test_empty_values_render_nothing():
    assert render("{{ n|number }}{{ n|money:'CNY' }}{{ n|day }}{{ n|moment }}", "fr", n=None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "salary"),
    [
        ("en", "CN¥400,000"),
        ("fr", f"400{NNBSP}000{NBSP}CNY"),
        ("ru", f"400{NBSP}000{NBSP}CN¥"),
        ("ar", f"{RLM}400,000{NBSP}CN¥"),
    ],
)
def test_an_openings_salary_reads_in_the_readers_format(client, language, salary):
    CityPageFactory(title="Beijing")
    job = opening(organisation(), salary_min=400_000, salary_max=600_000, salary_currency="CNY")
    html = client.get(f"/{language}/openings/{job.pk}/").content.decode()
    assert salary in html
    # The listing card shows the same figure.
    assert salary in client.get(f"/{language}/openings/").content.decode()


@pytest.mark.django_db
def test_a_guides_review_date_is_in_arabic_order_on_the_arabic_page(client):
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=CityPageFactory(title="Beijing")))
    guide.last_reviewed = datetime.date(2026, 3, 5)
    guide.save_revision().publish()
    html = client.get(guide.get_url().replace("/en/", "/ar/", 1)).content.decode()
    assert "5 مارس 2026" in html
    assert "مارس 5" not in html
