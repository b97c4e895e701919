"""The fact-check's corrections, read on the rendered pages a newcomer sees (issue 13)."""

import re

import pytest
from django.test import Client
from django.utils import translation

from cms.models import CityPage, GuidePage, VisaIndexPage, VisaResourcePage
from tests.factories import navigator_answers

pytestmark = pytest.mark.usefixtures("demo_site")


def page_text(page, language="en"):
    # The request activates its language; the override restores ours afterwards.
    with translation.override(language):
        url = page.get_url()
        response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def national(slug):
    section = VisaIndexPage.objects.get(slug="visas-and-permits")
    return VisaResourcePage.objects.child_of(section).get(slug=slug)


def city(slug):
    return CityPage.objects.get(slug=slug)


def procedure(city_slug):
    return VisaResourcePage.objects.descendant_of(city(city_slug)).get()


def guide(city_slug, slug):
    return GuidePage.objects.descendant_of(city(city_slug)).get(slug=slug)


@pytest.mark.django_db
def test_class_a_has_no_upper_age_limit_and_the_60_rule_is_class_bs():
    html = page_text(national("work-permit-class-a"))
    assert "no upper age limit" in html
    assert "The age limit is 60 in principle" not in html
    assert "belongs to class B" in html
    assert "A类<b>不受年龄限制</b>" in page_text(national("work-permit-class-a"), "zh-hans")
    # Class B keeps its rule.
    assert "The age limit is 60 in principle" in page_text(national("work-permit-class-b"))


@pytest.mark.django_db
def test_residence_permit_fee_is_national_and_cities_show_no_agency_figures():
    # The national page states the national fee standard with its notice and sources.
    html = page_text(national("residence-permit"))
    assert "发改价格〔2004〕2230号" in html
    assert (
        "RMB 400 for a permit valid under 1 year" in html and "RMB 1,000 for 3 to 5 years" in html
    )
    assert "creditsailing.com" in html.split('class="source source-other"', 1)[1]
    assert "12367" in html
    assert "有效期不满一年400元" in page_text(national("residence-permit"), "zh-hans")
    for slug in ("beijing", "shanghai", "shenzhen"):
        local = page_text(procedure(slug))
        assert "RMB 400" not in local and "sicas.cn" not in local
        assert 'href="/en/visas-and-permits/residence-permit/"' in local
        assert 'href="/ru/visas-and-permits/residence-permit/"' in page_text(procedure(slug), "ru")


@pytest.mark.django_db
def test_beijing_employer_system_is_the_ministry_of_science_and_technology_platform():
    html = page_text(procedure("beijing"))
    assert "safea" not in html
    assert 'href="https://fuwu.most.gov.cn/"' in html
    assert 'href="https://fuwu.most.gov.cn/"' in page_text(national("work-permit-class-b"))


@pytest.mark.django_db
def test_beijing_zhongguancun_service_centre_address():
    assert "No. Jia 22 (甲22号), Shuangyushu Beili" in page_text(city("beijing"))
    assert "双榆树北里甲22号" in page_text(city("beijing"), "zh-hans")
    assert "Courtyard 22" not in page_text(city("beijing"))


@pytest.mark.django_db
def test_shanghai_no_unsourced_claim_that_school_is_free_for_foreign_children():
    for language in ("en", "zh-hans", "ar", "ru", "es", "fr"):
        html = page_text(guide("shanghai", "schools"), language)
        assert not re.search(r"compulsory education[^<]*are free|义务教育免费", html), language
    assert "ask the district education bureau" in page_text(guide("shanghai", "schools"))


@pytest.mark.django_db
def test_beijing_medical_certificate_only_over_a_year_and_for_ages_18_to_70():
    for page in (procedure("beijing"), guide("beijing", "arriving")):
        html = page_text(page)
        assert "aged 18–70" in html and "more than one year" in html, page.url_path
        assert "18至70周岁" in page_text(page, "zh-hans")
    assert "english.beijing.gov.cn/livinginbeijing/workresidencepermit" in page_text(
        procedure("beijing")
    )


@pytest.mark.django_db
def test_arabic_writes_shenzhen_and_shanghai_one_way():
    # شنجن is also how Arabic often writes "Schengen"; the glossary keeps شنتشن.
    for page in (guide("shenzhen", "arriving"), guide("shenzhen", "schools"), city("shenzhen")):
        html = page_text(page, "ar")
        assert "شنتشن" in html and "شنجن" not in html, page.url_path
    html = page_text(national("work-permit-class-b"), "ar")
    assert "شنغهاي" in html and "شانغهاي" not in html


@pytest.mark.django_db
def test_the_navigator_no_longer_sends_employers_to_the_old_safea_address():
    response = Client().get("/en/navigator/result/", navigator_answers(city="beijing"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "safea" not in html
    assert 'href="https://fuwu.most.gov.cn/"' in html
