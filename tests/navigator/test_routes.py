"""Answers → route: every route and the edges the issue names."""

import pytest

from talentportal.navigator import domain
from tests.navigator.conftest import WORKED_EXAMPLE

HIGH = WORKED_EXAMPLE.replace(
    salary_cny=450_000, degree="phd", experience_years=7, extras=frozenset()
)  # 20 + 20 + 10 + 15 + 15 = 80 before Chinese
LOW = WORKED_EXAMPLE.replace(
    degree="none", experience_years=0, salary_cny=100_000, extras=frozenset()
)  # 8 + 15 + 15 = 38

CASES = [
    ("worked example", WORKED_EXAMPLE, "z_b", "B"),
    (
        "research or teaching is a work route too",
        WORKED_EXAMPLE.replace(purpose="research"),
        "z_b",
        "B",
    ),
    ("HSK 5 lifts 80 to 85: class A, R visa", HIGH.replace(chinese="hsk5"), "r", "A"),
    ("HSK 4 stops at 84: class B", HIGH.replace(chinese="hsk4"), "z_b", "B"),
    (
        "talent programme skips the points",
        LOW.replace(talent=frozenset({"talent_programme"})),
        "r",
        "A",
    ),
    ("no degree and few points: class C", LOW, "z_c", "C"),
    (
        "no degree but 70 points: class B by points",
        LOW.replace(salary_cny=450_000, experience_years=17),
        "z_b",
        "B",
    ),
    ("age 60 is still within the limit", WORKED_EXAMPLE.replace(age=60), "z_b", "B"),
    ("age 61 outside class A: none of these", WORKED_EXAMPLE.replace(age=61), "none", "B"),
    (
        "age 61 as class A talent: R visa",
        WORKED_EXAMPLE.replace(age=61, talent=frozenset({"recognised_achievement"})),
        "r",
        "A",
    ),
    ("under 18: none of these", WORKED_EXAMPLE.replace(age=17), "none", ""),
    (
        "already in China on another visa",
        WORKED_EXAMPLE.replace(situation="other_visa"),
        "z_b",
        "B",
    ),
    ("changing employer in China", WORKED_EXAMPLE.replace(situation="work_permit"), "z_b", "B"),
    ("no job offer yet", WORKED_EXAMPLE.replace(offer=False), "z_b", "B"),
    ("study over 180 days", domain.Answers(purpose="study", stay="long"), "x1", ""),
    ("study up to 180 days", domain.Answers(purpose="study", stay="short"), "x2", ""),
    ("family of a resident foreigner, long stay", domain.Answers(purpose="family"), "s1", ""),
    (
        "family of a resident foreigner, short visit",
        domain.Answers(purpose="family", stay="short"),
        "s2",
        "",
    ),
    (
        "family of a Chinese citizen: none of these",
        domain.Answers(purpose="family", relative="chinese"),
        "none",
        "",
    ),
    ("business visit", domain.Answers(purpose="business"), "m", ""),
    ("short exchange: none of these", domain.Answers(purpose="exchange"), "none", ""),
]


@pytest.mark.parametrize(
    ("answers", "route", "klass"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_answers_give_the_expected_route(table, answers, route, klass):
    decision = domain.decide(answers, table)
    assert (decision.route, decision.klass) == (route, klass)
    assert decision.reasons, "every answer says why"


def test_every_route_is_covered_by_the_table():
    covered = {route for _name, _answers, route, _klass in CASES}
    assert covered == set(domain.ROUTES) - {"z_a"}  # z_a is offered beside the R visa


def test_class_a_offers_the_z_visa_beside_the_r_visa(table):
    decision = domain.decide(HIGH.replace(chinese="hsk5"), table)
    assert decision.also == ("z_a",)


def test_the_reasons_say_why_in_plain_words(table):
    decision = domain.decide(WORKED_EXAMPLE, table)
    text = " ".join(str(reason) for reason in decision.reasons)
    assert "72 of 120 points" in text
    assert "bachelor's degree and 2 years" in text


def test_age_61_explains_the_limit_and_what_would_change_it(table):
    decision = domain.decide(WORKED_EXAMPLE.replace(age=61), table)
    assert "60" in str(decision.reasons[0]) and "61" in str(decision.reasons[0])
    assert any("class A" in str(change) for change in decision.changes)


def test_someone_in_china_on_another_visa_is_told_how_to_switch(table):
    decision = domain.decide(WORKED_EXAMPLE.replace(situation="other_visa"), table)
    assert any("another visa" in str(note) for note in decision.notes)


def test_without_an_offer_the_reader_learns_the_employer_applies(table):
    decision = domain.decide(WORKED_EXAMPLE.replace(offer=False), table)
    assert any("job offer" in str(change) for change in decision.changes)


def test_shanghai_salary_six_times_the_average_is_class_a(table):
    answers = LOW.replace(city="shanghai", salary_cny=600_000)
    decision = domain.decide(answers, table)
    assert decision.klass == "A"
    salary = next(r for r in decision.direct_routes if r.key == "salary_6x")
    assert salary.status == "met"
    beijing = next(
        r for r in domain.direct_routes(answers.replace(city="beijing")) if r.key == "salary_6x"
    )
    assert beijing.status == "unknown"
