"""The first points tables and Apostille parties, loaded by a data migration.

After that, site administrators keep them in the Wagtail admin. Labels carry
their translations (field suffixes as modeltranslation names them); a label
without translations is language-neutral (numbers) and falls back to English.
"""

import datetime

INTERIM_SOURCE = (
    "积分要素计分赋值表（暂行版）, the points table of the work-permit service guide, "
    "as reproduced by SME Brother",
    "https://smebrother.com/blogs/news/%E5%A4%96%E5%9C%8B%E4%BA%BA%E4%BE%86%E8%8F%AF"
    "%E5%B7%A5%E4%BD%9C%E7%A9%8D%E5%88%86%E8%A6%81%E7%B4%A0%E8%A8%88%E5%88%86%E8%B3%A6"
    "%E5%80%BC%E8%A1%A8",
)
GUIDE_SOURCE = (
    "外国人来华工作许可服务指南（暂行）, in force 1 April 2017",
    "https://www.cap.edu.cn/gjjyxy/info/1371/2711.htm",
)
TRIAL_SOURCE = (
    "Earlier trial points table, as described by the Irish Chamber of Commerce in China "
    "and the Dezan Shira calculator (no copy of the original was found)",
    "",
)

# English text → its translations.
T = {
    "Interim points table (maximum 120)": {
        "zh_hans": "积分要素计分赋值表（暂行版，满分120分）",
        "ar": "جدول النقاط المؤقت (الحد الأقصى 120)",
        "ru": "Временная таблица баллов (максимум 120)",
        "es": "Tabla de puntos provisional (máximo 120)",
        "fr": "Barème de points provisoire (maximum 120)",
    },
    "Earlier trial points table": {
        "zh_hans": "早期试行版积分表",
        "ar": "جدول النقاط التجريبي السابق",
        "ru": "Прежняя пробная таблица баллов",
        "es": "Tabla de puntos de prueba anterior",
        "fr": "Ancien barème de points expérimental",
    },
    "The date is that of the service guide that publishes the table; the copies read carry "
    "no date of their own.": {
        "zh_hans": "日期为公布该表的服务指南的日期；所查阅的副本本身未标注日期。",
        "ar": "التاريخ هو تاريخ دليل الخدمة الذي ينشر الجدول؛ النسخ التي اطّلعنا عليها لا تحمل تاريخًا خاصًا بها.",
        "ru": "Дата — это дата руководства, в котором опубликована таблица; в прочитанных копиях своей даты нет.",
        "es": "La fecha es la de la guía de servicio que publica la tabla; las copias consultadas no llevan fecha propia.",
        "fr": "La date est celle du guide de service qui publie le barème ; les copies consultées ne portent pas de date propre.",
    },
    "Differs from the interim table: experience at most 15 points, Chinese language up to "
    "10. Its dates of validity were not found.": {
        "zh_hans": "与暂行版不同：工作年限最高15分，汉语水平最高10分。未找到其有效日期。",
        "ar": "يختلف عن الجدول المؤقت: الخبرة 15 نقطة كحد أقصى، واللغة الصينية حتى 10. لم يُعثر على تواريخ سريانه.",
        "ru": "Отличается от временной таблицы: опыт не более 15 баллов, китайский язык до 10. Даты действия не найдены.",
        "es": "Difiere de la tabla provisional: experiencia como máximo 15 puntos, chino hasta 10. No se encontraron sus fechas de vigencia.",
        "fr": "Diffère du barème provisoire : expérience 15 points au plus, chinois jusqu'à 10. Ses dates de validité n'ont pas été trouvées.",
    },
    "Annual salary paid in China (CNY)": {
        "zh_hans": "境内聘用单位支付的年薪（元）",
        "ar": "الراتب السنوي المدفوع في الصين (يوان)",
        "ru": "Годовая зарплата, выплачиваемая в Китае (юани)",
        "es": "Salario anual pagado en China (CNY)",
        "fr": "Salaire annuel versé en Chine (CNY)",
    },
    "Education": {
        "zh_hans": "受教育程度",
        "ar": "التعليم",
        "ru": "Образование",
        "es": "Formación",
        "fr": "Formation",
    },
    "Related work experience (years)": {
        "zh_hans": "相关工作年限（年）",
        "ar": "الخبرة العملية ذات الصلة (سنوات)",
        "ru": "Опыт работы по специальности (лет)",
        "es": "Experiencia laboral relacionada (años)",
        "fr": "Expérience professionnelle pertinente (années)",
    },
    "Months a year working in China": {
        "zh_hans": "每年在华工作时间（月）",
        "ar": "أشهر العمل في الصين سنويًا",
        "ru": "Месяцев работы в Китае в год",
        "es": "Meses al año trabajando en China",
        "fr": "Mois de travail par an en Chine",
    },
    "Chinese language": {
        "zh_hans": "汉语水平",
        "ar": "اللغة الصينية",
        "ru": "Китайский язык",
        "es": "Idioma chino",
        "fr": "Langue chinoise",
    },
    "Work location": {
        "zh_hans": "工作地点",
        "ar": "مكان العمل",
        "ru": "Место работы",
        "es": "Lugar de trabajo",
        "fr": "Lieu de travail",
    },
    "Age": {"zh_hans": "年龄", "ar": "العمر", "ru": "Возраст", "es": "Edad", "fr": "Âge"},
    "Extra credits (at most 5)": {
        "zh_hans": "附加分（最高5分）",
        "ar": "نقاط إضافية (5 كحد أقصى)",
        "ru": "Дополнительные баллы (не более 5)",
        "es": "Créditos adicionales (máximo 5)",
        "fr": "Points supplémentaires (5 au plus)",
    },
    "Local encouragement bonus": {
        "zh_hans": "地方鼓励性加分",
        "ar": "مكافأة التشجيع المحلية",
        "ru": "Местный поощрительный бонус",
        "es": "Bonificación local de fomento",
        "fr": "Bonus local d'encouragement",
    },
    "Up to 10 points set by each province. The values for Beijing, Shanghai and Shenzhen "
    "were not found in any source, so none are added.": {
        "zh_hans": "最高10分，由各省确定。未在任何来源中找到北京、上海和深圳的分值，因此不加分。",
        "ar": "حتى 10 نقاط تحددها كل مقاطعة. لم يُعثر على قيم بكين وشنغهاي وشنتشن في أي مصدر، لذلك لا تُضاف أي نقاط.",
        "ru": "До 10 баллов, устанавливает каждая провинция. Значения для Пекина, Шанхая и Шэньчжэня не найдены ни в одном источнике, поэтому баллы не добавляются.",
        "es": "Hasta 10 puntos fijados por cada provincia. Los valores de Pekín, Shanghái y Shenzhen no se encontraron en ninguna fuente, así que no se suma nada.",
        "fr": "Jusqu'à 10 points fixés par chaque province. Les valeurs de Pékin, Shanghai et Shenzhen n'ont été trouvées dans aucune source : aucun point n'est ajouté.",
    },
    "Pays for the western region, the north-east's old industrial bases and national poverty "
    "counties; Beijing, Shanghai and Shenzhen are none of these.": {
        "zh_hans": "适用于西部地区、东北等老工业基地和国家级贫困县等；北京、上海和深圳均不属于。",
        "ar": "تُمنح للمنطقة الغربية والقواعد الصناعية القديمة في الشمال الشرقي والمقاطعات الفقيرة الوطنية؛ وليست بكين وشنغهاي وشنتشن منها.",
        "ru": "Начисляются за западный регион, старые промышленные базы северо-востока и национальные бедные уезды; Пекин, Шанхай и Шэньчжэнь к ним не относятся.",
        "es": "Se conceden por la región occidental, las antiguas bases industriales del noreste y los condados pobres nacionales; Pekín, Shanghái y Shenzhen no son ninguno de ellos.",
        "fr": "Accordés pour la région de l'Ouest, les anciennes bases industrielles du Nord-Est et les districts pauvres nationaux ; Pékin, Shanghai et Shenzhen n'en font pas partie.",
    },
    "China's newer HSK has nine levels; no official mapping of them to these points was "
    "found, so choose your level on the six-level scale.": {
        "zh_hans": "新版HSK共九级；未找到其与本表分值的官方对应关系，请按六级制选择您的等级。",
        "ar": "لاختبار HSK الأحدث تسعة مستويات؛ لم يُعثر على مطابقة رسمية بينها وبين هذه النقاط، فاختر مستواك على سلّم المستويات الستة.",
        "ru": "У нового HSK девять уровней; официального соответствия этим баллам не найдено, поэтому выберите свой уровень по шестиуровневой шкале.",
        "es": "El nuevo HSK tiene nueve niveles; no se encontró una correspondencia oficial con estos puntos, así que elija su nivel en la escala de seis.",
        "fr": "Le nouveau HSK compte neuf niveaux ; aucune correspondance officielle avec ces points n'a été trouvée : choisissez votre niveau sur l'échelle à six niveaux.",
    },
    "Doctorate, or the highest international vocational certificate": {
        "zh_hans": "博士；国际通用最高等级职业技能资格证书",
        "ar": "دكتوراه، أو أعلى شهادة مهنية دولية",
        "ru": "Кандидат наук (PhD) или высший международный профессиональный сертификат",
        "es": "Doctorado, o el certificado profesional internacional de mayor nivel",
        "fr": "Doctorat, ou le plus haut certificat professionnel international",
    },
    "Master's degree": {
        "zh_hans": "硕士",
        "ar": "درجة الماجستير",
        "ru": "Степень магистра",
        "es": "Máster",
        "fr": "Master",
    },
    "Bachelor's degree": {
        "zh_hans": "学士",
        "ar": "درجة البكالوريوس",
        "ru": "Степень бакалавра",
        "es": "Grado (licenciatura)",
        "fr": "Licence",
    },
    "Former Chinese national": {
        "zh_hans": "曾经具有中国国籍",
        "ar": "مواطن صيني سابق",
        "ru": "Бывший гражданин Китая",
        "es": "Antiguo nacional chino",
        "fr": "Ancien ressortissant chinois",
    },
    "Degree taught in Chinese": {
        "zh_hans": "以汉语为教学语言的学位",
        "ar": "شهادة دُرِّست باللغة الصينية",
        "ru": "Степень, полученная на китайском языке",
        "es": "Título cursado en chino",
        "fr": "Diplôme obtenu en chinois",
    },
    "HSK 5 or above": {
        "zh_hans": "HSK五级或以上",
        "ar": "HSK 5 أو أعلى",
        "ru": "HSK 5 или выше",
        "es": "HSK 5 o superior",
        "fr": "HSK 5 ou plus",
    },
    "Western region, north-east industrial base or poverty county": {
        "zh_hans": "西部地区、东北等老工业基地或国家级贫困县",
        "ar": "المنطقة الغربية أو قاعدة صناعية في الشمال الشرقي أو مقاطعة فقيرة",
        "ru": "Западный регион, промышленная база северо-востока или бедный уезд",
        "es": "Región occidental, base industrial del noreste o condado pobre",
        "fr": "Région de l'Ouest, base industrielle du Nord-Est ou district pauvre",
    },
    "Graduate of a high-level foreign university": {
        "zh_hans": "毕业于国（境）外高水平大学",
        "ar": "خريج جامعة أجنبية رفيعة المستوى",
        "ru": "Выпускник ведущего зарубежного университета",
        "es": "Titulado por una universidad extranjera de alto nivel",
        "fr": "Diplômé d'une université étrangère de haut niveau",
    },
    "Experience at a Fortune Global 500 company": {
        "zh_hans": "有世界500强企业任职经验",
        "ar": "خبرة في شركة من قائمة فورتشن غلوبال 500",
        "ru": "Опыт работы в компании из Fortune Global 500",
        "es": "Experiencia en una empresa Fortune Global 500",
        "fr": "Expérience dans une entreprise du Fortune Global 500",
    },
    "Patents or other intellectual property": {
        "zh_hans": "具有专利等知识产权",
        "ar": "براءات اختراع أو ملكية فكرية أخرى",
        "ru": "Патенты или иная интеллектуальная собственность",
        "es": "Patentes u otra propiedad intelectual",
        "fr": "Brevets ou autre propriété intellectuelle",
    },
    "5 or more consecutive years working in China": {
        "zh_hans": "已连续在华工作5年及以上",
        "ar": "5 سنوات متتالية أو أكثر من العمل في الصين",
        "ru": "5 и более лет непрерывной работы в Китае",
        "es": "5 o más años seguidos trabajando en China",
        "fr": "5 ans consécutifs ou plus de travail en Chine",
    },
}


def translations(field, text):
    values = {field: text, f"{field}_en": text}
    for suffix, translated in T.get(text, {}).items():
        values[f"{field}_{suffix}"] = translated
    return values


def _salary_bands():
    edges = [
        (0, "< 50,000", 0),
        (50_000, "50,000 – 69,999", 5),
        (70_000, "70,000 – 149,999", 8),
        (150_000, "150,000 – 249,999", 11),
        (250_000, "250,000 – 349,999", 14),
        (350_000, "350,000 – 449,999", 17),
        (450_000, "≥ 450,000", 20),
    ]
    return [{"lower": lower, "label": label, "points": points} for lower, label, points in edges]


def _experience_bands(cap):
    bands = [{"lower": 0, "label": "< 2", "points": 0}]
    years = 2
    while True:
        points = 5 + years - 2
        last = points >= cap
        bands.append(
            {
                "lower": years,
                "label": f"≥ {years}" if last else str(years),
                "points": min(points, cap),
            }
        )
        if last:
            return bands
        years += 1


MONTH_BANDS = [
    {"lower": 0, "label": "< 3", "points": 0},
    {"lower": 3, "label": "3 – 5", "points": 5},
    {"lower": 6, "label": "6 – 8", "points": 10},
    {"lower": 9, "label": "≥ 9", "points": 15},
]
AGE_BANDS = [
    {"lower": 18, "label": "18 – 25", "points": 10},
    {"lower": 26, "label": "26 – 45", "points": 15},
    {"lower": 46, "label": "46 – 55", "points": 10},
    {"lower": 56, "label": "56 – 60", "points": 5},
    {"lower": 61, "label": "> 60", "points": 0},
]
EDUCATION_BANDS = [
    {
        "code": "phd",
        "label": "Doctorate, or the highest international vocational certificate",
        "points": 20,
    },
    {"code": "master", "label": "Master's degree", "points": 15},
    {"code": "bachelor", "label": "Bachelor's degree", "points": 10},
]


def _chinese_bands(scale):
    # The trial table's points for former nationals and Chinese-taught degrees were not
    # found: only its HSK bands are known.
    others = [
        {"code": "former_national", "label": "Former Chinese national", "points": 5},
        {"code": "chinese_degree", "label": "Degree taught in Chinese", "points": 5},
    ]
    return (others if scale == 1 else []) + [
        {"code": "hsk5", "label": "HSK 5 or above", "points": 5 * scale},
        {"code": "hsk4", "label": "HSK 4", "points": 4 * scale},
        {"code": "hsk3", "label": "HSK 3", "points": 3 * scale},
        {"code": "hsk2", "label": "HSK 2", "points": 2 * scale},
        {"code": "hsk1", "label": "HSK 1", "points": 1 * scale},
    ]


LOCATION_BANDS = [
    {
        "code": "encouraged_region",
        "label": "Western region, north-east industrial base or poverty county",
        "points": 10,
    },
]
EXTRA_BANDS = [
    {
        "code": "high_level_university",
        "label": "Graduate of a high-level foreign university",
        "points": 5,
    },
    {"code": "fortune500", "label": "Experience at a Fortune Global 500 company", "points": 5},
    {"code": "patents", "label": "Patents or other intellectual property", "points": 5},
    {
        "code": "five_years_china",
        "label": "5 or more consecutive years working in China",
        "points": 5,
    },
]
HSK_NOTE = (
    "China's newer HSK has nine levels; no official mapping of them to these points was "
    "found, so choose your level on the six-level scale."
)
LOCATION_NOTE = (
    "Pays for the western region, the north-east's old industrial bases and national poverty "
    "counties; Beijing, Shanghai and Shenzhen are none of these."
)
BONUS_NOTE = (
    "Up to 10 points set by each province. The values for Beijing, Shanghai and Shenzhen "
    "were not found in any source, so none are added."
)


def _items(experience_cap, chinese_scale):
    return [
        ("salary", "threshold", "Annual salary paid in China (CNY)", 20, _salary_bands(), ""),
        ("education", "choice", "Education", 20, EDUCATION_BANDS, ""),
        (
            "experience",
            "threshold",
            "Related work experience (years)",
            experience_cap,
            _experience_bands(experience_cap),
            "",
        ),
        ("months", "threshold", "Months a year working in China", 15, MONTH_BANDS, ""),
        (
            "chinese",
            "choice",
            "Chinese language",
            5 * chinese_scale,
            _chinese_bands(chinese_scale),
            HSK_NOTE,
        ),
        ("location", "choice", "Work location", 10, LOCATION_BANDS, LOCATION_NOTE),
        ("age", "threshold", "Age", 15, AGE_BANDS, ""),
        ("extras", "flags", "Extra credits (at most 5)", 5, EXTRA_BANDS, ""),
        ("local_bonus", "not_found", "Local encouragement bonus", 10, [], BONUS_NOTE),
    ]


VERSIONS = [
    {
        "name": "Earlier trial points table",
        "status": "superseded",
        "valid_from": None,
        "valid_until": None,
        "max_total": 120,
        "source": TRIAL_SOURCE,
        "notes": "Differs from the interim table: experience at most 15 points, Chinese language "
        "up to 10. Its dates of validity were not found.",
        "items": _items(experience_cap=15, chinese_scale=2),
    },
    {
        "name": "Interim points table (maximum 120)",
        "status": "current",
        "valid_from": datetime.date(2017, 4, 1),
        "valid_until": None,
        "max_total": 120,
        "source": INTERIM_SOURCE,
        "notes": "The date is that of the service guide that publishes the table; the copies "
        "read carry no date of their own.",
        "items": _items(experience_cap=20, chinese_scale=1),
    },
]

# --- Apostille Convention ---------------------------------------------------------------

CHINA_IN_FORCE = datetime.date(2023, 11, 7)
HCCH_NEWS = (
    "HCCH news: the Apostille Convention enters into force for China (7 November 2023) "
    "and for Canada (11 January 2024)",
    "https://www.hcch.net/en/news-archive/?&tag=conv12&pag=1",
)
DEPOSITARY_RECENT = (
    "Netherlands treaty database (the depositary): recent parties to the Apostille Convention",
    "https://verdragen.nl/en/Treaty/Details/009051_w?page=1",
)
DEPOSITARY_2012 = (
    "Tractatenblad 2012, 56: parties to the Apostille Convention with their dates of entry "
    "into force (the depositary's list as of 2012)",
    "https://zoek.officielebekendmakingen.nl/trb-2012-56.html",
)
MEMBERSHIP_ONLY = (
    "List of Apostille Convention states published by a Belgian translation agency "
    "(membership only, without dates)",
    "http://www.elanlanguages.be/nl/archive/gelegaliseerde-vertalingen",
)
VERIFIED_ON = datetime.date(2026, 12, 6)

# (ISO code, date in force, source)
APOSTILLE_PARTIES = [
    ("CN", CHINA_IN_FORCE, HCCH_NEWS),
    ("CA", datetime.date(2024, 1, 11), HCCH_NEWS),
    ("SN", datetime.date(2023, 3, 23), HCCH_NEWS),
    ("BD", datetime.date(2025, 3, 30), DEPOSITARY_RECENT),
    ("DZ", datetime.date(2026, 7, 9), DEPOSITARY_RECENT),
    ("VN", datetime.date(2026, 9, 11), DEPOSITARY_RECENT),
    ("AL", datetime.date(2004, 5, 9), DEPOSITARY_2012),
    ("AD", datetime.date(1996, 12, 31), DEPOSITARY_2012),
    ("AG", datetime.date(1981, 11, 1), DEPOSITARY_2012),
    ("AR", datetime.date(1988, 2, 18), DEPOSITARY_2012),
    ("AM", datetime.date(1994, 8, 14), DEPOSITARY_2012),
    ("AU", datetime.date(1995, 3, 16), DEPOSITARY_2012),
    ("AZ", datetime.date(2005, 3, 2), DEPOSITARY_2012),
    ("BS", datetime.date(1973, 7, 10), DEPOSITARY_2012),
    ("BB", datetime.date(1966, 11, 30), DEPOSITARY_2012),
    ("BY", datetime.date(1992, 5, 31), DEPOSITARY_2012),
    ("BE", datetime.date(1976, 2, 9), DEPOSITARY_2012),
    ("BZ", datetime.date(1993, 4, 11), DEPOSITARY_2012),
    ("BA", datetime.date(1992, 3, 6), DEPOSITARY_2012),
    ("BW", datetime.date(1966, 9, 30), DEPOSITARY_2012),
    ("BN", datetime.date(1987, 12, 3), DEPOSITARY_2012),
    ("BG", datetime.date(2001, 4, 29), DEPOSITARY_2012),
    ("CO", datetime.date(2001, 1, 30), DEPOSITARY_2012),
    ("CK", datetime.date(2005, 4, 30), DEPOSITARY_2012),
    ("CR", datetime.date(2011, 12, 14), DEPOSITARY_2012),
    ("CY", datetime.date(1973, 4, 30), DEPOSITARY_2012),
    ("DK", datetime.date(2006, 12, 29), DEPOSITARY_2012),
    ("DM", datetime.date(1978, 11, 3), DEPOSITARY_2012),
    ("DO", datetime.date(2009, 8, 30), DEPOSITARY_2012),
    ("DE", datetime.date(1966, 2, 13), DEPOSITARY_2012),
    ("EC", datetime.date(2005, 4, 2), DEPOSITARY_2012),
    ("SV", datetime.date(1996, 5, 31), DEPOSITARY_2012),
    ("EE", datetime.date(2001, 9, 30), DEPOSITARY_2012),
    ("FJ", datetime.date(1970, 10, 10), DEPOSITARY_2012),
    ("FI", datetime.date(1985, 8, 26), DEPOSITARY_2012),
    ("FR", datetime.date(1965, 1, 24), DEPOSITARY_2012),
    ("GE", datetime.date(2007, 5, 14), DEPOSITARY_2012),
    ("GD", datetime.date(2002, 4, 7), DEPOSITARY_2012),
    ("GR", datetime.date(1985, 5, 18), DEPOSITARY_2012),
    ("HN", datetime.date(2004, 9, 30), DEPOSITARY_2012),
    ("HU", datetime.date(1973, 1, 18), DEPOSITARY_2012),
] + [
    (code, None, MEMBERSHIP_ONLY)
    for code in (
        "AT",
        "HR",
        "CZ",
        "IE",
        "IL",
        "IT",
        "JP",
        "KZ",
        "LV",
        "LS",
        "LR",
        "LI",
        "LT",
        "LU",
        "MK",
        "MW",
        "MT",
        "MH",
        "MU",
        "MX",
        "NA",
        "NL",
        "NU",
        "NO",
        "PA",
        "PT",
        "RO",
        "RU",
        "KN",
        "WS",
        "SM",
        "SC",
        "SI",
        "ES",
        "SR",
        "SZ",
        "TO",
        "TT",
        "TR",
        "VE",
        "GB",
        "US",
        "ZA",
        "SE",
        "CH",
    )
]


def load(apps):
    """Create the tables and parties unless they exist (a second run changes nothing)."""
    RuleVersion = apps.get_model("navigator", "RuleVersion")
    RuleItem = apps.get_model("navigator", "RuleItem")
    RuleBand = apps.get_model("navigator", "RuleBand")
    ApostilleParty = apps.get_model("navigator", "ApostilleParty")
    if not RuleVersion.objects.exists():
        for data in VERSIONS:
            title, url = data["source"]
            version = RuleVersion.objects.create(
                status=data["status"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
                max_total=data["max_total"],
                source_title=title,
                source_url=url,
                **translations("name", data["name"]),
                **translations("notes", data["notes"]),
            )
            item_source = data["source"] if data["status"] == "superseded" else INTERIM_SOURCE
            for order, (key, kind, label, maximum, bands, note) in enumerate(data["items"]):
                item = RuleItem.objects.create(
                    version=version,
                    key=key,
                    kind=kind,
                    max_points=maximum,
                    source_title=item_source[0],
                    source_url=item_source[1],
                    sort_order=order,
                    **translations("label", label),
                    **translations("note", note),
                )
                for band_order, band in enumerate(bands):
                    RuleBand.objects.create(
                        item=item,
                        code=band.get("code", ""),
                        lower=band.get("lower"),
                        points=band["points"],
                        sort_order=band_order,
                        **translations("label", band["label"]),
                    )
    for code, in_force, (title, url) in APOSTILLE_PARTIES:
        ApostilleParty.objects.get_or_create(
            country=code,
            defaults={
                "in_force_from": in_force,
                "source_title": title,
                "source_url": url,
                "verified_on": VERIFIED_ON,
            },
        )
