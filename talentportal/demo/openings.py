"""Realistic demo openings, and as many more as a benchmark asks for."""

import datetime
import random

from django.utils import timezone

from talentportal.openings.models import Opening, OpeningLanguage, ScreeningQuestion

# (kind, field, employment, English title, Chinese title, salary range in CNY a year)
POSITIONS = [
    (
        "faculty",
        "natural-sciences",
        "full-time",
        "Associate Professor of Condensed Matter Physics",
        "凝聚态物理副教授",
        (400_000, 700_000),
    ),
    (
        "faculty",
        "computing",
        "full-time",
        "Assistant Professor in Machine Learning",
        "机器学习助理教授",
        (350_000, 600_000),
    ),
    (
        "postdoc",
        "life-sciences",
        "contract",
        "Postdoctoral Fellow in Structural Biology",
        "结构生物学博士后",
        (300_000, 400_000),
    ),
    (
        "postdoc",
        "engineering",
        "contract",
        "Postdoctoral Researcher, Battery Materials",
        "电池材料博士后研究员",
        (280_000, 380_000),
    ),
    (
        "researcher",
        "computing",
        "full-time",
        "Research Scientist, Natural Language Processing",
        "自然语言处理研究科学家",
        (500_000, 900_000),
    ),
    (
        "researcher",
        "natural-sciences",
        "full-time",
        "Principal Investigator, Quantum Optics",
        "量子光学课题组长",
        (700_000, 1_200_000),
    ),
    (
        "engineer",
        "engineering",
        "full-time",
        "Senior Robotics Control Engineer",
        "高级机器人控制工程师",
        (450_000, 750_000),
    ),
    (
        "engineer",
        "computing",
        "full-time",
        "Backend Engineer (Go, distributed systems)",
        "后端工程师（Go，分布式系统）",
        (400_000, 650_000),
    ),
    (
        "engineer",
        "life-sciences",
        "full-time",
        "Bioprocess Engineer",
        "生物工艺工程师",
        (300_000, 480_000),
    ),
    (
        "teacher",
        "education",
        "full-time",
        "English Language Lecturer",
        "英语语言讲师",
        (220_000, 320_000),
    ),
    (
        "teacher",
        "education",
        "part-time",
        "French Teacher (part-time)",
        "法语教师（兼职）",
        (120_000, 180_000),
    ),
    (
        "management",
        "business",
        "full-time",
        "International Partnerships Manager",
        "国际合作经理",
        (400_000, 600_000),
    ),
    (
        "medical",
        "life-sciences",
        "full-time",
        "Attending Physician, International Medical Department",
        "国际医疗部主治医师",
        (500_000, 800_000),
    ),
    (
        "other",
        "arts",
        "contract",
        "Industrial Designer (contract)",
        "工业设计师（合同制）",
        (250_000, 400_000),
    ),
    (
        "researcher",
        "humanities",
        "full-time",
        "Researcher in Comparative Literature",
        "比较文学研究员",
        (250_000, 380_000),
    ),
    (
        "engineer",
        "computing",
        "internship",
        "Computer Vision Intern",
        "计算机视觉实习生",
        (96_000, 144_000),
    ),
]
DESCRIPTION_EN = (
    "<p>Join a team of {team} in {city}. You will {work}, mentor junior colleagues and "
    "take part in international collaborations.</p><ul><li>Competitive salary and annual bonus</li>"
    "<li>Social insurance and supplementary health insurance</li><li>Help with the work permit and "
    "residence permit for you and your family</li></ul>"
)
DESCRIPTION_ZH = (
    "<p>加入我们在{city}的{team}团队。您将{work}，指导年轻同事，并参与国际合作。</p>"
    "<ul><li>有竞争力的薪酬和年终奖</li><li>社会保险和补充医疗保险</li><li>协助您及家人办理工作许可和居留许可</li></ul>"
)
REQUIREMENTS_EN = (
    "<p>{degree}, at least {years} years of relevant experience, and good written English.</p>"
)
REQUIREMENTS_ZH = "<p>{degree_zh}，至少{years}年相关经验，良好的英文写作能力。</p>"
WORK = [
    ("lead your own projects", "主持自己的项目", 25),
    ("build production systems used by millions", "构建服务数百万用户的系统", 40),
    ("run experiments at our new laboratory", "在新实验室开展实验", 30),
    ("teach undergraduate and graduate courses", "讲授本科和研究生课程", 20),
]
DISTRICTS = {
    "beijing": ["Haidian", "Chaoyang", "Changping", "Yizhuang"],
    "shanghai": ["Pudong", "Xuhui", "Minhang", "Yangpu"],
    "shenzhen": ["Nanshan", "Futian", "Bao'an", "Longgang"],
}
QUESTIONS = [
    ("Do you hold a doctorate?", "yesno", "", True),
    ("When could you start?", "short", "", True),
    ("Which of our research groups interests you most?", "choice", "Materials\nAI\nBiology", False),
]


def _opening(rng, organisation, now, index):
    kind, field, employment, title_en, title_zh, (low, high) = POSITIONS[index % len(POSITIONS)]
    work_en, work_zh, team = WORK[index % len(WORK)]
    city = organisation.city
    with_chinese = index % 3 != 0
    published = now - datetime.timedelta(hours=rng.randint(1, 24 * 45))
    status = Opening.Status.PUBLISHED
    deadline = published + datetime.timedelta(days=rng.choice([30, 45, 60, 90]))
    if index % 11 == 5:
        status = Opening.Status.CLOSED
    if index % 13 == 7:
        deadline = now - datetime.timedelta(
            days=rng.randint(1, 10)
        )  # expired, not yet closed by a task
    monthly = employment in ("part-time", "internship")
    salary_min, salary_max = (low // 12, high // 12) if monthly else (low, high)
    if index % 7 == 3:
        salary_min = salary_max = None
    values = {
        "organisation": organisation,
        "kind": kind,
        "field": field,
        "employment_type": employment,
        "city": city,
        "district": rng.choice(DISTRICTS.get(city.slug, [""])),
        "title": title_en,
        "title_en": title_en,
        "title_zh_hans": title_zh if with_chinese else "",
        "description": "",
        "description_en": DESCRIPTION_EN.format(team=team, city=city.title_en, work=work_en),
        "description_zh_hans": DESCRIPTION_ZH.format(
            team=team, city=city.title_zh_hans, work=work_zh
        )
        if with_chinese
        else "",
        "requirements_en": REQUIREMENTS_EN.format(
            degree="A PhD" if kind in ("faculty", "postdoc", "researcher") else "A degree",
            years=rng.randint(2, 6),
        ),
        "requirements_zh_hans": REQUIREMENTS_ZH.format(
            degree_zh="博士学位"
            if kind in ("faculty", "postdoc", "researcher")
            else "学士及以上学位",
            years=rng.randint(2, 6),
        )
        if with_chinese
        else "",
        "original_language": "en",
        "salary_min": salary_min,
        "salary_max": salary_max,
        "salary_currency": "CNY",
        "salary_period": "month" if monthly else "year",
        "work_permit_support": index % 5 != 4,
        "permit_class": "A" if high >= 600_000 else "B",
        "relocation_support": index % 2 == 0,
        "housing_support": "Talent apartment for the first year" if index % 4 == 0 else "",
        "start_date": (now + datetime.timedelta(days=rng.randint(30, 120))).date(),
        "deadline": deadline,
        "positions": rng.randint(1, 3),
        "status": status,
        "published_at": published,
    }
    return Opening(**values)


def seed_openings(organisations, count, seed=2026):
    """Create `count` openings spread over the organisations; returns how many were made."""
    rng = random.Random(seed)  # noqa: S311  (demo data, not secrets)
    now = timezone.now()
    batch = [_opening(rng, organisations[i % len(organisations)], now, i) for i in range(count)]
    for opening in batch:
        # bulk_create skips save(), where these two are normally derived.
        top = opening.salary_max or opening.salary_min
        opening.annual_salary_max = (
            None if top is None else top * (12 if opening.salary_period == "month" else 1)
        )
    created = Opening.objects.bulk_create(batch, batch_size=2000)
    languages, questions = [], []
    for i, opening in enumerate(created):
        languages.append(OpeningLanguage(opening=opening, language="en", level="fluent"))
        if i % 2 == 0:
            languages.append(
                OpeningLanguage(opening=opening, language="zh-hans", level="working", hsk_level=4)
            )
        if i % 4 == 0:
            for order, (text, kind, choices, required) in enumerate(QUESTIONS):
                questions.append(
                    ScreeningQuestion(
                        opening=opening,
                        order=order,
                        text=text,
                        kind=kind,
                        choices=choices,
                        required=required,
                    )
                )
    OpeningLanguage.objects.bulk_create(languages, batch_size=5000)
    ScreeningQuestion.objects.bulk_create(questions, batch_size=5000)
    return len(created)
