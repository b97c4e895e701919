"""The statutory clocks of a move to China, as data with their sources.

One home for "how long does a person have": the visa navigator shows them next to
its steps and the onboarding timeline computes deadlines from them. Nothing here
knows about requests or the database, so both can use it and tests can read it.
"""

import calendar
import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Deadlines are counted in China's time zone whatever the reader's own is.
CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Clock:
    key: str
    label: str
    amount: int
    unit: str  # "hours", "days" or "months"
    counts_from: str
    sources: tuple[Source, ...]
    disagreement: str = ""

    def deadline(self, start):
        """The last moment (or day) this clock allows, counted from start.

        A datetime start gives a datetime in China time (hours need the time of
        day); a date start gives a date. Months keep the day of the month and
        fall back to the month's last day (31 January + 1 month = 28 or 29 February).
        """
        if self.unit == "hours":
            if not isinstance(start, dt.datetime):
                raise TypeError("an hour clock needs a date and time")
            return start.astimezone(CHINA_TZ) + dt.timedelta(hours=self.amount)
        if isinstance(start, dt.datetime):
            start = start.astimezone(CHINA_TZ).date()
        if self.unit == "days":
            return start + dt.timedelta(days=self.amount)
        if self.unit == "months":
            return add_months(start, self.amount)
        raise ValueError(self.unit)


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


# The official originals were reachable only through reproductions; each source
# names the document and the copy that was read.
EXIT_ENTRY_LAW = Source(
    "Exit and Entry Administration Law of the People's Republic of China (2012): "
    "article 30 (residence permit within 30 days of entry) and article 39 (registration "
    "within 24 hours), English text as published by China Daily",
    "http://www.qwxb.com.cn/m/fujian/2018-10/16/content_37080856.htm",
)
WORK_PERMIT_GUIDE = Source(
    "外国人来华工作许可服务指南（暂行）, State Administration of Foreign Experts Affairs, "
    "29 March 2017, in force 1 April 2017, as reproduced by a Beijing university",
    "https://www.cap.edu.cn/gjjyxy/info/1371/2711.htm",
)
WORK_PERMIT_SYSTEM = Source(
    "Foreigner's Work Permit Service System, on the Ministry of Science and Technology's "
    "platform (the employer applies online)",
    "https://fuwu.most.gov.cn/",
)
CERTIFICATE_VALIDITY = Source(
    "Which work-permit documents expire (criminal record and medical certificate: "
    "6 months from the issue date)",
    "https://www.sanwenwang.com/ba/uargzfqf.html",
)

CLOCKS = {
    clock.key: clock
    for clock in [
        Clock(
            "registration",
            _("Register your place of residence"),
            24,
            "hours",
            _("arrival at your address in China"),
            (EXIT_ENTRY_LAW,),
            _("One secondary source says 48 hours; the law says 24."),
        ),
        Clock(
            "residence_permit",
            _("Apply for the residence permit"),
            30,
            "days",
            _("entry into China on a Z or R visa"),
            (EXIT_ENTRY_LAW,),
        ),
        Clock(
            "work_permit_card",
            _("Obtain the work-permit card"),
            30,
            "days",
            _("entry into China"),
            (WORK_PERMIT_GUIDE,),
            _("Some employers set themselves 10 days."),
        ),
        Clock(
            "permit_notice",
            _("Apply for the visa with the work-permit notice"),
            90,
            "days",
            _("the issue date of the work-permit notice"),
            (WORK_PERMIT_GUIDE, WORK_PERMIT_SYSTEM),
        ),
        Clock(
            "criminal_record",
            _("Criminal-record certificate is accepted"),
            6,
            "months",
            _("the certificate's issue date"),
            (WORK_PERMIT_GUIDE, CERTIFICATE_VALIDITY),
        ),
        Clock(
            "medical_certificate",
            _("Medical certificate is accepted"),
            6,
            "months",
            _("the date of the medical examination"),
            (WORK_PERMIT_GUIDE, CERTIFICATE_VALIDITY),
        ),
        Clock(
            "report_changes",
            _("Report changes to the work permit"),
            10,
            "days",
            _("the change (employer's name, position, address…)"),
            (WORK_PERMIT_GUIDE,),
        ),
        # Renewals count backwards: a negative amount is the time before the expiry date.
        Clock(
            "residence_renewal",
            _("Apply to extend the residence permit"),
            -30,
            "days",
            _("the residence permit's expiry date"),
            (EXIT_ENTRY_LAW,),
        ),
        Clock(
            "work_permit_renewal",
            _("File the work-permit renewal"),
            -30,
            "days",
            _("the work permit's expiry date"),
            (WORK_PERMIT_GUIDE,),
            _("The renewal may be filed from 90 days before expiry, and no later than 30."),
        ),
        Clock(
            "cancel_permit",
            _("Employer cancels the work permit"),
            10,
            "days",
            _("the end of the employment contract"),
            (WORK_PERMIT_GUIDE,),
        ),
    ]
}
