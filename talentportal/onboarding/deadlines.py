"""Deadlines from the person's dates, in China's time zone, and how close they are.

No request and no page text here: the steps and dates come in, plain values go
out, so the views, the reminders, the employer calendar and the feeds agree.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from talentportal.navigator.clocks import CHINA_TZ, CLOCKS
from talentportal.onboarding.steps import (
    CLOCK_STARTS,
    ORDER,
    STEP_LABELS,
    STEPS,
    applies_to_route,
)
from talentportal.onboarding.wallet import RULES, Kind, act_by, expires_on

# A deadline this close is flagged as near.
NEAR = dt.timedelta(days=7)
# The clock each step shows when its city has not published its own steps yet.
DEFAULT_STEP_CLOCKS = {
    "notice": "permit_notice",
    "registration": "registration",
    "medical": "medical_certificate",
    "work_permit": "work_permit_card",
    "residence_permit": "residence_permit",
}


def china_now(now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()).astimezone(CHINA_TZ)


@dataclass
class Deadline:
    clock: str
    due: dt.date | dt.datetime
    status: str  # "done", "past", "near" or "open"
    step: str | None = None
    subject: str = ""  # what the date is about, when not a step (a wallet kind, a duty)

    @property
    def timed(self) -> bool:
        return isinstance(self.due, dt.datetime)

    @property
    def label(self):
        return CLOCKS[self.clock].label

    @property
    def ends_at(self) -> dt.datetime:
        """The last moment: a date deadline lasts to the end of that day in China."""
        if self.timed:
            return self.due
        return dt.datetime.combine(self.due, dt.time(23, 59), tzinfo=CHINA_TZ)

    @property
    def sort_key(self) -> dt.datetime:
        return self.ends_at


def status(due: dt.date | dt.datetime, now: dt.datetime, done: bool = False) -> str:
    if done:
        return "done"
    end = due if isinstance(due, dt.datetime) else None
    if end is None:
        # A date deadline lasts until the end of that day in China.
        end = dt.datetime.combine(due, dt.time.max, tzinfo=CHINA_TZ)
    if now > end:
        return "past"
    return "near" if end - now <= NEAR else "open"


def start_of(clock: str, timeline, wallet: dict) -> dt.date | dt.datetime | None:
    spec = CLOCK_STARTS.get(clock)
    if spec is None:
        return None
    if isinstance(spec, tuple):
        return wallet.get(spec[1])
    return getattr(timeline, spec)


def deadline_for(clock: str, timeline, wallet: dict, now: dt.datetime, done=False, **extra):
    start = start_of(clock, timeline, wallet)
    if start is None:
        return None
    due = CLOCKS[clock].deadline(start)
    return Deadline(clock, due, status(due, now, done), **extra)


@dataclass
class TimelineStep:
    key: str
    content: dict | None  # the city's block value, when the city has written the step
    done_on: dt.date | None
    clock: str | None
    deadline: Deadline | None
    missing_date: str = ""  # the clock's starting point, when the person has not entered it
    centres: list = field(default_factory=list)
    documents: list = field(default_factory=list)  # step_documents.StepDocument rows

    @property
    def label(self):
        return STEP_LABELS[self.key]

    @property
    def clock_rule(self):
        return CLOCKS.get(self.clock or "")

    @property
    def title(self):
        return (self.content or {}).get("title") or self.label


def wallet_dates(user) -> dict:
    return dict(user.wallet.values_list("kind", "date")) if user else {}


def timeline_steps(timeline, page=None, wallet=None, now=None) -> list[TimelineStep]:
    """The person's steps in order, with the deadlines their dates give."""
    now = china_now(now)
    wallet = wallet_dates(timeline.user) if wallet is None else wallet
    done = dict(timeline.done.values_list("step", "done_on"))
    blocks = page.step_blocks() if page else {}
    keys = [key for key, _label in STEPS] if not blocks else sorted(blocks, key=ORDER.get)
    steps = []
    for key in keys:
        if not applies_to_route(key, timeline.route):
            continue
        content = blocks.get(key)
        clock = (content.get("clock") if content else DEFAULT_STEP_CLOCKS.get(key)) or None
        deadline = missing = None
        if clock:
            deadline = deadline_for(clock, timeline, wallet, now, done=key in done, step=key)
            if deadline is None:
                missing = CLOCKS[clock].counts_from
        steps.append(TimelineStep(key, content, done.get(key), clock, deadline, missing or ""))
    return steps


def coming_dates(timeline, wallet=None, now=None, steps=None) -> list[Deadline]:
    """What the employer watches: open step deadlines, renewals and the 10-day duties."""
    now = china_now(now)
    wallet = wallet_dates(timeline.user) if wallet is None else wallet
    steps = steps if steps is not None else timeline_steps(timeline, None, wallet, now)
    found = [s.deadline for s in steps if s.deadline and s.deadline.status != "done"]
    for clock, subject in (
        ("residence_renewal", Kind.RESIDENCE_PERMIT),
        ("work_permit_renewal", Kind.WORK_PERMIT),
        ("report_changes", "report_changes"),
        ("cancel_permit", "cancel_permit"),
    ):
        deadline = deadline_for(clock, timeline, wallet, now, subject=subject)
        if deadline:
            found.append(deadline)
    return sorted(found, key=lambda d: d.sort_key)


def wallet_deadlines(user, now=None) -> list[dict]:
    """Each wallet date with the day it runs out and the day to act by."""
    now = china_now(now)
    rows = []
    for document in user.wallet.all():
        due = act_by(document.kind, document.date)
        rows.append(
            {
                "document": document,
                "rule": RULES[document.kind],
                "expires_on": expires_on(document.kind, document.date),
                "act_by": due,
                "status": status(due, now),
            }
        )
    return sorted(rows, key=lambda row: row["act_by"])
