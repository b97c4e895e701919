"""The work-permit points estimator against the interim table stored as data."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentportal.navigator import domain
from tests.navigator.conftest import WORKED_EXAMPLE


def points(table, key, **answers):
    score = domain.estimate(WORKED_EXAMPLE.replace(**answers), table)
    return score.line(key).points


def test_the_worked_example_scores_72_points_and_class_b(table):
    score = domain.estimate(WORKED_EXAMPLE, table)
    by_item = {line.key: line.points for line in score.lines}
    assert by_item == {
        "salary": 14,
        "education": 15,
        "experience": 8,
        "months": 15,
        "chinese": 0,
        "location": 0,
        "age": 15,
        "extras": 5,
        "local_bonus": 0,
    }
    assert score.total == 72
    assert score.points_class == "B"
    decision = domain.decide(WORKED_EXAMPLE, table)
    assert (decision.route, decision.klass) == ("z_b", "B")


@pytest.mark.parametrize(
    ("age", "expected"),
    [(18, 10), (25, 10), (26, 15), (45, 15), (46, 10), (55, 10), (56, 5), (60, 5), (61, 0)],
)
def test_age_band_boundaries(table, age, expected):
    assert points(table, "age", age=age) == expected


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (0, 0),
        (49_999, 0),
        (50_000, 5),
        (69_999, 5),
        (70_000, 8),
        (149_999, 8),
        (150_000, 11),
        (249_999, 11),
        (250_000, 14),
        (349_999, 14),
        (350_000, 17),
        (449_999, 17),
        (450_000, 20),
        (5_000_000, 20),
    ],
)
def test_salary_band_edges(table, salary, expected):
    assert points(table, "salary", salary_cny=salary) == expected


@pytest.mark.parametrize(
    ("years", "expected"), [(0, 0), (1, 0), (2, 5), (3, 6), (16, 19), (17, 20), (40, 20)]
)
def test_experience_starts_at_two_years_and_stops_at_twenty_points(table, years, expected):
    assert points(table, "experience", experience_years=years) == expected


def test_the_trial_table_caps_experience_at_15_and_pays_double_for_chinese(trial_table):
    assert points(trial_table, "experience", experience_years=30) == 15
    assert points(trial_table, "chinese", chinese="hsk5") == 10
    assert points(trial_table, "chinese", chinese="hsk4") == 8


@pytest.mark.parametrize(
    ("months", "expected"), [(0, 0), (2, 0), (3, 5), (5, 5), (6, 10), (8, 10), (9, 15), (12, 15)]
)
def test_months_in_china_bands(table, months, expected):
    assert points(table, "months", months_in_china=months) == expected


@pytest.mark.parametrize(
    ("chinese", "expected"),
    [
        ("none", 0),
        ("hsk1", 1),
        ("hsk4", 4),
        ("hsk5", 5),
        ("chinese_degree", 5),
        ("former_national", 5),
    ],
)
def test_chinese_bands(table, chinese, expected):
    assert points(table, "chinese", chinese=chinese) == expected


@pytest.mark.parametrize(
    ("degree", "expected"), [("none", 0), ("bachelor", 10), ("master", 15), ("phd", 20)]
)
def test_education_bands(table, degree, expected):
    assert points(table, "education", degree=degree) == expected


def test_extra_credits_stop_at_five(table):
    every = frozenset(domain.EXTRAS)
    assert points(table, "extras", extras=every) == 5
    assert points(table, "extras", extras=frozenset()) == 0


def test_the_local_bonus_is_never_invented_for_the_three_cities(table):
    for city in ("beijing", "shanghai", "shenzhen"):
        line = domain.estimate(WORKED_EXAMPLE.replace(city=city), table).line("local_bonus")
        assert line.not_found and line.points == 0
        assert "not found" in str(line.note)


@pytest.mark.parametrize(
    ("total", "klass"), [(59, "C"), (60, "B"), (84, "B"), (85, "A"), (120, "A")]
)
def test_class_thresholds(total, klass):
    assert domain.points_class(total) == klass


def test_85_points_is_class_a_with_the_other_reading_shown(table):
    # 20 salary + 20 PhD + 15 experience + 15 months + 15 age = 85
    answers = WORKED_EXAMPLE.replace(
        salary_cny=450_000, degree="phd", experience_years=12, extras=frozenset()
    )
    decision = domain.decide(answers, table)
    assert decision.score.total == 85
    assert decision.klass == "A"
    assert decision.score.at_disputed_boundary
    assert any("86" in str(note) for note in decision.notes)


def test_what_if_hints_name_the_points_each_change_adds(table):
    answers = WORKED_EXAMPLE.replace(chinese="hsk4", months_in_china=8)
    hints = {hint.key: hint for hint in domain.decide(answers, table).hints}
    assert hints["chinese"].points_added == 1  # HSK 4 → 5
    assert hints["months"].points_added == 5  # 8 → 9 months
    assert hints["salary"].points_added == 3  # 300,000 → 350,000
    assert "HSK 5" in str(hints["chinese"].label)


def test_a_hint_that_reaches_the_next_class_comes_first(table):
    # 58 points: a second year of experience (+5), an extra credit (+5) or one more
    # salary band (+3) reaches class B; one more HSK level (+1) does not.
    answers = WORKED_EXAMPLE.replace(
        extras=frozenset(), experience_years=1, degree="bachelor", chinese="hsk4"
    )
    score = domain.estimate(answers, table)
    assert score.total == 58
    decision = domain.decide(answers, table)
    assert decision.klass == "C"
    reaching = [hint.key for hint in decision.hints if hint.reaches == "B"]
    assert reaching == ["experience", "extras", "salary"]
    assert decision.hints[-1].key == "chinese" and decision.hints[-1].reaches == ""
    assert any("+5 points, class B" in str(change) for change in decision.changes)


answers_strategy = st.builds(
    domain.Answers,
    purpose=st.just("work"),
    city=st.sampled_from(["beijing", "shanghai", "shenzhen"]),
    degree=st.sampled_from(domain.DEGREES),
    degree_from=st.sampled_from(domain.DEGREE_FROM),
    experience_years=st.integers(0, 60),
    salary_cny=st.integers(0, 10_000_000),
    months_in_china=st.integers(0, 12),
    chinese=st.sampled_from(domain.CHINESE),
    age=st.integers(16, 99),
    extras=st.frozensets(st.sampled_from(domain.EXTRAS)),
)
FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(answers=answers_strategy)
def test_no_item_exceeds_its_maximum_and_the_total_never_exceeds_120(table, answers):
    score = domain.estimate(answers, table)
    for line in score.lines:
        assert 0 <= line.points <= line.max_points
    assert score.total <= 120
    assert score.total == min(120, sum(line.points for line in score.lines))


@FAST
@given(
    answers=answers_strategy,
    more_salary=st.integers(0, 1_000_000),
    more_years=st.integers(0, 10),
    more_months=st.integers(0, 12),
    better_degree=st.integers(0, 3),
)
def test_the_score_never_falls_when_salary_education_experience_or_months_rise(
    table, answers, more_salary, more_years, more_months, better_degree
):
    before = domain.estimate(answers, table).total
    degree = domain.DEGREES[min(3, domain.DEGREE_RANK[answers.degree] + better_degree)]
    for changed in (
        answers.replace(salary_cny=answers.salary_cny + more_salary),
        answers.replace(experience_years=answers.experience_years + more_years),
        answers.replace(months_in_china=min(12, answers.months_in_china + more_months)),
        answers.replace(degree=degree),
    ):
        assert domain.estimate(changed, table).total >= before
