"""The navigator's rules: which route, how many points, which class.

Plain dataclasses in, a result dataclass out. Nothing here reads a request or
the database: the points table arrives as a `RuleTable` (built from the stored
version by `services.rule_table`), so the rules can be tested with any table and
reused by the onboarding timeline.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from talentportal.languages.fallback import join_shown

# --- What the reader tells us ------------------------------------------------------------

PURPOSES = ("work", "research", "study", "family", "business", "exchange")
SITUATIONS = ("abroad", "work_permit", "other_visa")
DEGREES = ("none", "bachelor", "master", "phd")
DEGREE_FROM = ("foreign", "top100", "china")
CHINESE = ("none", "hsk1", "hsk2", "hsk3", "hsk4", "hsk5", "chinese_degree", "former_national")
EXTRAS = ("high_level_university", "fortune500", "patents", "five_years_china")
TALENT = (
    "talent_programme",
    "recognised_achievement",
    "entrepreneur",
    "young_talent",
    "language_teacher",
)
STAYS = ("long", "short")
RELATIVES = ("foreigner", "chinese")
ROUTES = ("r", "z_a", "z_b", "z_c", "x1", "x2", "s1", "s2", "m", "none")
WORK_PURPOSES = ("work", "research")

# Class thresholds. The official wording is "85分以上" (85 or more); some secondary
# sources read it as "more than 85", i.e. 86. We use 85 and show the other reading.
CLASS_A_MIN = 85
CLASS_A_MIN_OTHER_READING = 86
CLASS_B_MIN = 60
AGE_LIMIT = 60


@dataclass(frozen=True)
class Answers:
    purpose: str = "work"
    nationality: str = ""
    city: str = ""
    situation: str = "abroad"
    offer: bool = True
    degree: str = "bachelor"
    degree_from: str = "foreign"
    experience_years: int = 0
    salary_cny: int = 0
    months_in_china: int = 12
    chinese: str = "none"
    age: int = 30
    extras: frozenset[str] = frozenset()
    talent: frozenset[str] = frozenset()
    stay: str = "long"
    relative: str = "foreigner"

    def replace(self, **changes) -> Answers:
        return dataclasses.replace(self, **changes)


# --- The points table, as plain data ------------------------------------------------------


@dataclass(frozen=True)
class Band:
    code: str
    label: str
    points: int
    lower: Decimal | None = None
    source: str = ""


@dataclass(frozen=True)
class Item:
    key: str  # which answer it reads: salary, education, experience, months, chinese, …
    label: str
    kind: str  # threshold, choice, flags or not_found
    max_points: int
    bands: tuple[Band, ...]
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class RuleTable:
    version_id: int | None
    name: str
    max_total: int
    items: tuple[Item, ...]
    valid_from: object = None
    valid_until: object = None
    status: str = "current"
    source: str = ""

    def item(self, key: str) -> Item | None:
        return next((item for item in self.items if item.key == key), None)


# --- What we tell the reader --------------------------------------------------------------


@dataclass(frozen=True)
class ScoreLine:
    key: str
    label: str
    band: str  # the reader's band, "" when none applies
    points: int
    max_points: int
    source: str
    note: str = ""
    not_found: bool = False


@dataclass(frozen=True)
class Score:
    lines: tuple[ScoreLine, ...]
    total: int
    max_total: int
    points_class: str  # A, B or C from points alone
    at_disputed_boundary: bool  # exactly 85: class B under the other reading

    def line(self, key: str) -> ScoreLine | None:
        return next((line for line in self.lines if line.key == key), None)


@dataclass(frozen=True)
class DirectRoute:
    key: str
    klass: str
    label: str
    status: str  # met, not_met or unknown
    detail: str = ""


@dataclass(frozen=True)
class Hint:
    key: str
    label: str
    points_added: int
    new_total: int
    reaches: str  # the class this change alone reaches, "" if none higher


@dataclass(frozen=True)
class Decision:
    route: str
    reasons: tuple[str, ...]
    changes: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    score: Score | None = None
    klass: str = ""
    direct_routes: tuple[DirectRoute, ...] = ()
    hints: tuple[Hint, ...] = field(default=())

    @property
    def is_work(self) -> bool:
        return self.route in ("r", "z_a", "z_b", "z_c")


# --- Points --------------------------------------------------------------------------------

# The work-location item pays for the western region, the north-east's old industrial
# bases and national poverty counties; none of the portal's three cities is one.
CITY_LOCATION_CODES: dict[str, str] = {"beijing": "", "shanghai": "", "shenzhen": ""}


def _numeric_value(key: str, answers: Answers) -> Decimal | None:
    values = {
        "salary": answers.salary_cny,
        "experience": answers.experience_years,
        "months": answers.months_in_china,
        "age": answers.age,
    }
    return Decimal(values[key]) if key in values else None


def _choice_code(key: str, answers: Answers) -> str:
    if key == "education":
        return answers.degree
    if key == "chinese":
        return answers.chinese
    if key == "location":
        return CITY_LOCATION_CODES.get(answers.city, "")
    return ""


def score_line(item: Item, answers: Answers) -> ScoreLine:
    band: Band | None = None
    points = 0
    label = ""
    if item.kind == "threshold":
        value = _numeric_value(item.key, answers)
        fitting = [b for b in item.bands if b.lower is not None and value is not None]
        fitting = [b for b in fitting if value >= b.lower]
        band = max(fitting, key=lambda b: b.lower, default=None)
    elif item.kind == "choice":
        code = _choice_code(item.key, answers)
        band = next((b for b in item.bands if code and b.code == code), None)
    elif item.kind == "flags":
        matched = [b for b in item.bands if b.code in answers.extras]
        points = min(item.max_points, sum(b.points for b in matched))
        label = join_shown([b.label for b in matched])
        source = next((b.source for b in matched if b.source), item.source)
        return ScoreLine(item.key, item.label, label, points, item.max_points, source, item.note)
    elif item.kind == "not_found":
        return ScoreLine(
            item.key, item.label, "", 0, item.max_points, item.source, item.note, not_found=True
        )
    if band is not None:
        points, label = min(band.points, item.max_points), band.label
    source = band.source if band is not None and band.source else item.source
    return ScoreLine(item.key, item.label, label, points, item.max_points, source, item.note)


def points_class(total: int) -> str:
    if total >= CLASS_A_MIN:
        return "A"
    if total >= CLASS_B_MIN:
        return "B"
    return "C"


def estimate(answers: Answers, table: RuleTable) -> Score:
    lines = tuple(score_line(item, answers) for item in table.items)
    total = min(table.max_total, sum(line.points for line in lines))
    return Score(
        lines=lines,
        total=total,
        max_total=table.max_total,
        points_class=points_class(total),
        at_disputed_boundary=CLASS_A_MIN <= total < CLASS_A_MIN_OTHER_READING,
    )


# --- Routes that skip the points -----------------------------------------------------------

# Six times the local average salary: only Shanghai's published figure was found
# (RMB 600,000 a year, with at least RMB 120,000 individual income tax).
SIX_TIMES_AVERAGE: dict[str, int] = {"shanghai": 600_000}
DEGREE_RANK = {code: rank for rank, code in enumerate(DEGREES)}


def direct_routes(answers: Answers) -> tuple[DirectRoute, ...]:
    def flag(key):
        return "met" if key in answers.talent else "not_met"

    six_times = SIX_TIMES_AVERAGE.get(answers.city)
    if six_times is None:
        salary_a = DirectRoute(
            "salary_6x",
            "A",
            _("A salary at least six times the local average"),
            "unknown",
            _("We have no checked figure for this city's average salary; ask the employer."),
        )
    else:
        salary_a = DirectRoute(
            "salary_6x",
            "A",
            _("A salary at least six times the local average"),
            "met" if answers.salary_cny >= six_times else "not_met",
            format_lazy(
                _("{city} published CNY {amount} a year, with at least CNY 120,000 income tax."),
                city=_("Shanghai"),
                amount=f"{six_times:,}",
            ),
        )
    degree = DEGREE_RANK.get(answers.degree, 0)
    bachelor_and_two = degree >= DEGREE_RANK["bachelor"] and answers.experience_years >= 2
    master_top = degree >= DEGREE_RANK["master"] and answers.degree_from in ("china", "top100")
    return (
        DirectRoute(
            "talent_programme",
            "A",
            _("Selected for a national or provincial talent programme"),
            flag("talent_programme"),
        ),
        DirectRoute(
            "recognised_achievement",
            "A",
            _("Internationally recognised achievements (awards, leading posts)"),
            flag("recognised_achievement"),
        ),
        DirectRoute(
            "entrepreneur",
            "A",
            _("Innovative entrepreneur or excellent young talent"),
            "met" if {"entrepreneur", "young_talent"} & answers.talent else "not_met",
        ),
        salary_a,
        DirectRoute(
            "bachelor_two_years",
            "B",
            _("A bachelor's degree and 2 years of related experience"),
            "met" if bachelor_and_two else "not_met",
        ),
        DirectRoute(
            "language_teacher",
            "B",
            _("Foreign-language teacher who meets the rules"),
            flag("language_teacher"),
        ),
        DirectRoute(
            "salary_4x",
            "B",
            _("A salary at least four times the local average"),
            "unknown",
            _("We have no checked figure for four times the average; ask the employer."),
        ),
        DirectRoute(
            "master_top",
            "B",
            _("A master's degree from a Chinese or a world top-100 university"),
            "met" if master_top else "not_met",
        ),
    )


def best_class(score: Score, routes: tuple[DirectRoute, ...]) -> str:
    met = {route.klass for route in routes if route.status == "met"}
    for klass in ("A", "B"):
        if score.points_class == klass or klass in met:
            return klass
    return "C"


# --- "What if" -----------------------------------------------------------------------------


def _band_points(item: Item, value) -> int:
    fitting = [b for b in item.bands if b.lower is not None and value >= b.lower]
    best = max(fitting, key=lambda b: b.lower, default=None)
    return best.points if best is not None else 0


def _next_threshold(item: Item | None, value: int) -> int | None:
    """The smallest value above this one that pays more points."""
    if item is None:
        return None
    current = _band_points(item, value)
    for lower in sorted({b.lower for b in item.bands if b.lower is not None and b.lower > value}):
        if _band_points(item, lower) > current:
            return int(lower)
    return None


def what_if(answers: Answers, table: RuleTable, score: Score, klass: str) -> tuple[Hint, ...]:
    """The single changes that add points, best first, with the class each reaches."""
    candidates: list[tuple[str, str, Answers]] = []
    hsk = ("none", "hsk1", "hsk2", "hsk3", "hsk4", "hsk5")
    if answers.chinese in hsk[:-1]:
        following = hsk[hsk.index(answers.chinese) + 1]
        level = following.removeprefix("hsk")
        candidates.append(
            (
                "chinese",
                format_lazy(_("Pass HSK {level}"), level=level),
                answers.replace(chinese=following),
            )
        )
    months = _next_threshold(table.item("months"), answers.months_in_china)
    if months is not None:
        candidates.append(
            (
                "months",
                format_lazy(_("Work at least {months} months a year in China"), months=months),
                answers.replace(months_in_china=months),
            )
        )
    salary = _next_threshold(table.item("salary"), answers.salary_cny)
    if salary is not None:
        candidates.append(
            (
                "salary",
                format_lazy(_("A salary of CNY {amount} a year"), amount=f"{salary:,}"),
                answers.replace(salary_cny=salary),
            )
        )
    candidates.append(
        (
            "experience",
            _("One more year of related experience"),
            answers.replace(experience_years=answers.experience_years + 1),
        )
    )
    if not answers.extras:
        candidates.append(
            (
                "extras",
                _("One of the extra credits (e.g. a patent)"),
                answers.replace(extras=frozenset({"patents"})),
            )
        )
    hints = []
    for key, label, changed in candidates:
        new = estimate(changed, table)
        added = new.total - score.total
        if added <= 0:
            continue
        reaches = new.points_class if new.points_class < klass else ""
        hints.append(Hint(key, label, added, new.total, reaches))
    hints.sort(key=lambda hint: (hint.reaches == "", -hint.points_added))
    return tuple(hints)


# --- The route -----------------------------------------------------------------------------


def _work_decision(answers: Answers, table: RuleTable) -> Decision:
    score = estimate(answers, table)
    routes = direct_routes(answers)
    klass = best_class(score, routes)
    hints = what_if(answers, table, score, klass) if klass != "A" else ()
    reasons: list = []
    changes: list = []
    notes: list = []
    also: tuple[str, ...] = ()
    reasons.append(
        format_lazy(
            _("Your estimated score is {total} of {maximum} points."),
            total=score.total,
            maximum=score.max_total,
        )
    )
    met = [route for route in routes if route.status == "met"]
    for route in met:
        reasons.append(
            format_lazy(
                _("You qualify for class {klass} directly: {route}."),
                klass=route.klass,
                route=route.label,
            )
        )
    if not met:
        reasons.append(
            format_lazy(_("By points alone that is class {klass}."), klass=score.points_class)
        )
    if answers.age < 18:
        return Decision(
            "none",
            (_("A work permit needs the applicant to be at least 18 years old."),),
            (_("Turning 18 would open the work routes."),),
            score=score,
            klass="",
            direct_routes=routes,
        )
    if answers.age > AGE_LIMIT and klass != "A":
        return Decision(
            "none",
            (
                format_lazy(
                    _("The age limit for classes B and C is {limit} in principle; you are {age}."),
                    limit=AGE_LIMIT,
                    age=answers.age,
                ),
                _("Class A talent is not limited by age."),
            ),
            (
                _("Qualifying for class A (85 points, or a direct route) would open the R visa."),
                _("The limit can be relaxed where there is a real need: ask the employer."),
            ),
            score=score,
            klass=klass,
            direct_routes=routes,
            hints=hints,
        )
    if klass == "A":
        route = "r"
        also = ("z_a",)
        reasons.append(
            _("Class A talent can get the R visa: multiple entry, fees waived for the family.")
        )
    else:
        route = "z_b" if klass == "B" else "z_c"
        if klass == "C":
            reasons.append(
                _("Class C is for temporary, seasonal or quota-managed work; places are limited.")
            )
    if answers.age > AGE_LIMIT:
        notes.append(_("Class A talent is not limited by age."))
    if score.at_disputed_boundary and score.points_class == "A":
        notes.append(
            format_lazy(
                _(
                    "Your {total} points meet class A as we read the rule (85 or more); "
                    "under the other reading (86 or more) they give class B."
                ),
                total=score.total,
            )
        )
    if not answers.offer:
        changes.append(
            _("You need a job offer first: the employer applies for the work permit, not you.")
        )
    if answers.situation == "work_permit":
        notes.append(
            _(
                "You are changing employer in China: with the same occupation and a valid "
                "work residence permit, the new employer can apply in China."
            )
        )
    elif answers.situation == "other_visa":
        if klass == "A":
            notes.append(_("Class A talent who entered on another visa can apply in China."))
        else:
            notes.append(
                _(
                    "You are in China on another visa: classes B and C normally apply from abroad "
                    "and enter on a Z visa, unless you are the spouse or child of a Chinese "
                    "citizen or of a foreigner working in China."
                )
            )
    for hint in hints:
        if hint.reaches:
            changes.append(
                format_lazy(
                    _("{change}: +{points} points, class {klass}."),
                    change=hint.label,
                    points=hint.points_added,
                    klass=hint.reaches,
                )
            )
    if klass != "A":
        changes.append(_("Any direct route to a higher class (listed below) would change it."))
    return Decision(
        route=route,
        reasons=tuple(reasons),
        changes=tuple(changes),
        notes=tuple(notes),
        also=also,
        score=score,
        klass=klass,
        direct_routes=routes,
        hints=hints,
    )


def decide(answers: Answers, table: RuleTable) -> Decision:
    if answers.purpose in WORK_PURPOSES:
        return _work_decision(answers, table)
    long_stay = answers.stay == "long"
    if answers.purpose == "study":
        return Decision(
            "x1" if long_stay else "x2",
            (
                _("You come to study for more than 180 days: X1 visa, then a residence permit.")
                if long_stay
                else _("You come to study for 180 days or less: X2 visa.")
            ),
            (_("The length of your studies decides between X1 and X2."),),
        )
    if answers.purpose == "family":
        if answers.relative == "chinese":
            return Decision(
                "none",
                (
                    _(
                        "The S visa is for relatives of foreigners who work or study in China; "
                        "relatives of Chinese citizens need another visa, which this "
                        "navigator does not cover."
                    ),
                ),
                (_("If your relative is a foreigner living in China, the S visa applies."),),
            )
        return Decision(
            "s1" if long_stay else "s2",
            (
                _("You join a foreign relative living in China for more than 180 days: S1 visa.")
                if long_stay
                else _("You visit a foreign relative in China for 180 days or less: S2 visa.")
            ),
            (_("The length of your stay decides between S1 and S2."),),
        )
    if answers.purpose == "business":
        return Decision(
            "m",
            (_("Business and trade visits without employment in China use the M visa."),),
            (_("If a Chinese employer will pay you for work in China, you need a work permit."),),
        )
    return Decision(
        "none",
        (
            _(
                "A short exchange, visit or study tour is none of these routes: the inviting "
                "institution tells you which visa it supports."
            ),
        ),
        (_("Paid work in China, even for a few weeks, needs a work permit."),),
    )
