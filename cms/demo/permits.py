"""National work-permit and residence-permit resources (classes A, B, C and the residence permit).

Figures come from /work/shared/FACTS.md; where sources disagree the text says so.
No checked fee figure exists, so none is given.
"""

VERIFIED = "2026-11-01"

SOURCES_WORK = [
    {
        "title": "Foreigner's Work Permit: service guide",
        "url": "https://www.sz.gov.cn/en_szgov/services/personal/employment/content/post_11247325.html",
        "publisher": "Science, Technology and Innovation Bureau of Shenzhen Municipality",
        "verified_on": "2026-10-15",
    },
    {
        "title": "Fujian Province service guide for foreigners' work permits (interim), issued under "
        "外专发〔2017〕36号",
        "url": "https://ja.scribd.com/document/413141739/外籍人员来华办事指南2",
        "publisher": "Fujian Administration of Foreign Experts Affairs (document copy on Scribd)",
        "verified_on": "2026-12-06",
    },
    {
        "title": "Application process for the work permit and work-type residence permit",
        "url": "http://regional.chinadaily.com.cn/WSD/2024-01/05/c_948710.htm",
        "publisher": "Beijing Overseas Talents Center (published by China Daily)",
        "verified_on": "2026-12-06",
    },
]

# Two secondary sources quoting the classification standard: class A is not
# bound by age, class B is "not over 60, relaxable where needed". The official
# guide itself was not available to check.
SOURCES_AGE = [
    {
        "title": "Foreigner's work permit conditions, quoting the Shenzhen HRSS service guide",
        "url": "https://m.64365.com/ask/12389604.aspx",
        "publisher": "64365.com (question-and-answer site)",
        "verified_on": "2026-12-06",
    },
    {
        "title": "Work visas for foreign employees over 60",
        "url": "https://kaizencpa.com/cht/knowledge/info/id/2068.html",
        "publisher": "Kaizen Certified Public Accountants",
        "verified_on": "2026-12-06",
    },
]

SOURCE_RESIDENCE_GUIDE = {
    "title": "Service guide: issuance, extension, change and reissuance of foreigners' residence "
    "permits",
    "url": "http://english.qingdao.gov.cn/services/life/202112/t20211228_4153395.shtml",
    "publisher": "National Immigration Administration guide, published by Qingdao Municipal People's "
    "Government",
    "verified_on": "2026-12-06",
}

RESOURCES = []

# Documents for a work-permit application (FACTS.md), shared by classes A, B and C.
WORK_DOCUMENTS = {
    "en": [
        {"name": "Application form", "note": "Signed, with the employer's seal."},
        {
            "name": "Proof of related work experience",
            "note": "With a referee who can be contacted.",
        },
        {
            "name": "Highest degree certificate",
            "note": "Foreign degrees authenticated by the Chinese mission or verified by CSCSE; Chinese degrees verified through CHSI.",
        },
        {
            "name": "Criminal-record certificate",
            "note": "Apostilled if issued in an Apostille Convention state (since 7 November 2023), otherwise legalised; valid 6 months from its issue date. Creditworthy employers in Shanghai may use a notice-and-pledge instead.",
        },
        {"name": "Medical certificate", "note": "Valid 6 months."},
        {"name": "Employment contract", "note": "In Chinese."},
        {"name": "Passport", "note": ""},
        {"name": "Photo", "note": "JPG, at most 1 MB, at least 354×472 pixels, white background."},
        {
            "name": "Chinese translations",
            "note": "Stamped translations of every document in a foreign language.",
        },
    ],
    "zh-hans": [
        {"name": "申请表", "note": "本人签字并加盖用人单位公章。"},
        {"name": "相关工作经历证明", "note": "须注明可联系的证明人。"},
        {
            "name": "最高学位（学历）证书",
            "note": "境外学位须经中国驻外使领馆认证或经中国留学服务中心认证；国内学位通过学信网认证。",
        },
        {
            "name": "无犯罪记录证明",
            "note": "来自《海牙认证公约》缔约国的，自2023年11月7日起办理附加证明书（Apostille），其他国家的须办理领事认证；自出具之日起6个月内有效。上海信用良好的用人单位可以告知承诺代替。",
        },
        {"name": "体检证明", "note": "有效期6个月。"},
        {"name": "劳动合同", "note": "中文版本。"},
        {"name": "护照", "note": ""},
        {"name": "照片", "note": "JPG格式，不超过1 MB，不小于354×472像素，白色背景。"},
        {"name": "中文译文", "note": "所有外文材料均须附加盖公章的中文译文。"},
    ],
    "ar": [
        {"name": "استمارة الطلب", "note": "موقّعة وعليها ختم جهة العمل."},
        {"name": "إثبات الخبرة العملية ذات الصلة", "note": "مع مرجع يمكن التواصل معه."},
        {
            "name": "شهادة أعلى مؤهل علمي",
            "note": "تُصدَّق الشهادات الأجنبية لدى البعثة الصينية أو يتحقق منها مركز CSCSE؛ وتُتحقق الشهادات الصينية عبر CHSI.",
        },
        {
            "name": "شهادة خلوّ من السوابق الجنائية",
            "note": "عليها أبوستيل إن صدرت في دولة طرف في اتفاقية الأبوستيل (منذ 7 نوفمبر 2023)، وإلا فتُصدَّق قنصليًا؛ صالحة 6 أشهر من تاريخ إصدارها. ويجوز لأصحاب العمل ذوي السجل الائتماني الجيد في شانغهاي تقديم إقرار وتعهّد بدلًا منها.",
        },
        {"name": "شهادة طبية", "note": "صالحة 6 أشهر."},
        {"name": "عقد العمل", "note": "باللغة الصينية."},
        {"name": "جواز السفر", "note": ""},
        {
            "name": "صورة شخصية",
            "note": "بصيغة JPG، لا تتجاوز 1 ميغابايت، لا تقل عن 354×472 بكسل، بخلفية بيضاء.",
        },
        {"name": "ترجمات صينية", "note": "ترجمات مختومة لكل وثيقة بلغة أجنبية."},
    ],
    "ru": [
        {"name": "Заявление", "note": "С подписью и печатью работодателя."},
        {
            "name": "Подтверждение опыта работы по специальности",
            "note": "С контактами лица, которое может дать рекомендацию.",
        },
        {
            "name": "Диплом о высшем полученном образовании",
            "note": "Иностранные дипломы легализуются в представительстве Китая или проверяются в CSCSE; китайские — через CHSI.",
        },
        {
            "name": "Справка об отсутствии судимости",
            "note": "С апостилем, если выдана в стране — участнице Гаагской конвенции (с 7 ноября 2023 года), иначе с консульской легализацией; действительна 6 месяцев с даты выдачи. Добросовестные работодатели в Шанхае могут заменить её уведомлением с обязательством.",
        },
        {"name": "Медицинское заключение", "note": "Действительно 6 месяцев."},
        {"name": "Трудовой договор", "note": "На китайском языке."},
        {"name": "Паспорт", "note": ""},
        {"name": "Фотография", "note": "JPG, не более 1 МБ, не менее 354×472 пикселей, белый фон."},
        {
            "name": "Переводы на китайский язык",
            "note": "Заверенные печатью переводы всех документов на иностранных языках.",
        },
    ],
    "es": [
        {"name": "Formulario de solicitud", "note": "Firmado y con el sello del empleador."},
        {
            "name": "Prueba de experiencia laboral relacionada",
            "note": "Con una persona de referencia localizable.",
        },
        {
            "name": "Título académico más alto",
            "note": "Los títulos extranjeros, autenticados por la misión china o verificados por el CSCSE; los chinos, verificados a través de CHSI.",
        },
        {
            "name": "Certificado de antecedentes penales",
            "note": "Con apostilla si lo expide un Estado parte del Convenio de la Apostilla (desde el 7 de noviembre de 2023); si no, legalizado. Válido 6 meses desde su expedición. Los empleadores solventes de Shanghái pueden sustituirlo por una notificación y compromiso.",
        },
        {"name": "Certificado médico", "note": "Válido 6 meses."},
        {"name": "Contrato de trabajo", "note": "En chino."},
        {"name": "Pasaporte", "note": ""},
        {"name": "Fotografía", "note": "JPG, máximo 1 MB, mínimo 354×472 píxeles, fondo blanco."},
        {
            "name": "Traducciones al chino",
            "note": "Traducciones selladas de todos los documentos en idioma extranjero.",
        },
    ],
    "fr": [
        {"name": "Formulaire de demande", "note": "Signé, avec le cachet de l'employeur."},
        {
            "name": "Justificatif d'expérience professionnelle pertinente",
            "note": "Avec un référent joignable.",
        },
        {
            "name": "Diplôme le plus élevé",
            "note": "Diplômes étrangers authentifiés par la représentation chinoise ou vérifiés par le CSCSE ; diplômes chinois vérifiés via CHSI.",
        },
        {
            "name": "Extrait de casier judiciaire",
            "note": "Apostillé s'il est délivré par un État partie à la Convention Apostille (depuis le 7 novembre 2023), sinon légalisé ; valable 6 mois à compter de sa délivrance. À Shanghai, les employeurs fiables peuvent le remplacer par une déclaration sur l'honneur.",
        },
        {"name": "Certificat médical", "note": "Valable 6 mois."},
        {"name": "Contrat de travail", "note": "En chinois."},
        {"name": "Passeport", "note": ""},
        {"name": "Photo", "note": "JPG, 1 Mo au maximum, au moins 354×472 pixels, fond blanc."},
        {
            "name": "Traductions en chinois",
            "note": "Traductions tamponnées de tous les documents en langue étrangère.",
        },
    ],
}

WORK_FEES = {
    "en": "We have no checked figure for the fee. Ask the local work-permit office (the city's foreign-experts service) before you apply; the employer usually handles payment.",
    "zh-hans": "我们没有核实过的收费标准。申请前请向当地外国人来华工作许可受理机构咨询；费用通常由用人单位办理缴纳。",
    "ar": "لا يتوفر لدينا رقم موثَّق للرسوم. اسأل مكتب تصاريح العمل المحلي (جهة خدمات الخبراء الأجانب في المدينة) قبل التقديم؛ وعادةً ما تتولى جهة العمل الدفع.",
    "ru": "Проверенных данных о пошлине у нас нет. Уточните её в местном органе по разрешениям на работу (служба по делам иностранных специалистов) до подачи; оплатой обычно занимается работодатель.",
    "es": "No tenemos una cifra verificada de la tasa. Consulte a la oficina local de permisos de trabajo (servicio de expertos extranjeros de la ciudad) antes de solicitarlo; el pago suele gestionarlo el empleador.",
    "fr": "Nous n'avons aucun montant vérifié pour les frais. Renseignez-vous auprès du bureau local des permis de travail (service des experts étrangers de la ville) avant de déposer le dossier ; l'employeur règle généralement le paiement.",
}

WORK_WHERE = {
    "en": '<p>The <b>employer</b> applies online through the <a href="https://fuwu.most.gov.cn/">Foreigner\'s Work Permit Service System</a>, then the local work-permit office reviews the file. The residence permit is a separate application at the exit-entry administration of the local public security bureau.</p>',
    "zh-hans": '<p>由<b>用人单位</b>通过<a href="https://fuwu.most.gov.cn/">外国人来华工作管理服务系统</a>在线申请，再由当地受理机构审查。居留许可需另行向当地公安机关出入境管理部门申请。</p>',
    "ar": '<p>تقدّم <b>جهة العمل</b> الطلب إلكترونيًا عبر <a href="https://fuwu.most.gov.cn/">نظام خدمة تصاريح عمل الأجانب</a>، ثم يراجع مكتب تصاريح العمل المحلي الملف. أما تصريح الإقامة فطلب منفصل يُقدَّم إلى إدارة الدخول والخروج في مكتب الأمن العام المحلي.</p>',
    "ru": '<p><b>Работодатель</b> подаёт заявку онлайн через <a href="https://fuwu.most.gov.cn/">систему обслуживания разрешений на работу для иностранцев</a>, после чего её рассматривает местный орган. Вид на жительство оформляется отдельно в управлении по въезду и выезду местного бюро общественной безопасности.</p>',
    "es": '<p>El <b>empleador</b> presenta la solicitud en línea a través del <a href="https://fuwu.most.gov.cn/">Sistema de Servicio de Permisos de Trabajo para Extranjeros</a> y la oficina local la revisa. El permiso de residencia se solicita aparte en la administración de entrada y salida de la oficina local de seguridad pública.</p>',
    "fr": '<p>L\'<b>employeur</b> dépose la demande en ligne sur le <a href="https://fuwu.most.gov.cn/">système de service des permis de travail pour étrangers</a>, puis le bureau local examine le dossier. Le permis de séjour se demande à part, auprès du service des entrées et sorties du bureau local de la sécurité publique.</p>',
}

RESOURCES.append(
    {
        "slug": "work-permit-class-a",
        "permit_type": "permit-a",
        "last_verified": VERIFIED,
        "title": {
            "en": "Work permit, class A (high-end talent)",
            "zh-hans": "外国人工作许可A类（外国高端人才）",
            "ar": "تصريح العمل من الفئة A (الكفاءات العليا)",
            "ru": "Разрешение на работу категории A (специалисты высшего уровня)",
            "es": "Permiso de trabajo clase A (talento de alto nivel)",
            "fr": "Permis de travail de catégorie A (talents de haut niveau)",
        },
        "who_for": {
            "en": "Foreign high-end talent: people on recognised talent programmes, leading researchers and entrepreneurs, excellent young talents, very high earners, or anyone scoring 85 points or more.",
            "zh-hans": "外国高端人才：入选认可的人才计划者、顶尖科研人员和创业者、优秀青年人才、高收入者，或计点积分达到85分以上的人员。",
            "ar": "الكفاءات الأجنبية العليا: المشمولون ببرامج مواهب معترف بها، وكبار الباحثين ورواد الأعمال، والشباب المتميزون، وأصحاب الدخل المرتفع جدًا، أو كل من يحصل على 85 نقطة فأكثر.",
            "ru": "Иностранные специалисты высшего уровня: участники признанных программ привлечения талантов, ведущие учёные и предприниматели, выдающиеся молодые специалисты, люди с очень высоким доходом или набравшие 85 баллов и более.",
            "es": "Talento extranjero de alto nivel: personas de programas de talento reconocidos, investigadores y emprendedores destacados, jóvenes talentos excelentes, personas con ingresos muy altos o quien obtenga 85 puntos o más.",
            "fr": "Talents étrangers de haut niveau : lauréats de programmes de talents reconnus, chercheurs et entrepreneurs de premier plan, jeunes talents d'excellence, très hauts revenus, ou toute personne obtenant 85 points ou plus.",
        },
        "eligibility": {
            "en": '<p>Points decide the class: <b>A ≥ 85</b>, B 60–84, C below 60. The official wording for A is "85 points or above"; some secondary sources write "over 85" or "86+", so check your score with the local office if it is close.</p><p>Class A is also open <b>without points</b> to:</p><ul><li>people selected for national or provincial talent programmes;</li><li>people with internationally recognised achievements;</li><li>innovative entrepreneurs;</li><li>excellent young talents;</li><li>people paid at least 6 times the local average salary (Shanghai published RMB 600,000 a year with at least RMB 120,000 of individual income tax).</li></ul><p>Class A has <b>no upper age limit</b>. The limit of 60 (which can be relaxed where needed) belongs to class B.</p>',
            "zh-hans": "<p>按计点积分分类：<b>A类 ≥ 85分</b>，B类60–84分，C类低于60分。官方对A类的表述为“计点积分在85分以上”；部分二手资料写作“超过85分”或“86分以上”，分数接近时请向当地受理机构确认。</p><p>符合以下条件之一的，<b>无需计点</b>即可申请A类：</p><ul><li>入选国家或省级人才计划；</li><li>取得国际公认的成就；</li><li>创新创业人才；</li><li>优秀青年人才；</li><li>工资性年收入不低于当地平均工资6倍（上海公布的标准为年薪60万元人民币，且年缴个人所得税不低于12万元）。</li></ul><p>A类<b>不受年龄限制</b>。“不超过60周岁，确有需要的可适当放宽”是B类的规定。</p>",
            "ar": '<p>تحدد النقاط الفئة: <b>A ≥ 85</b>، وB من 60 إلى 84، وC أقل من 60. الصياغة الرسمية للفئة A هي "85 نقطة فأكثر"؛ وتكتب بعض المصادر الثانوية "أكثر من 85" أو "86 فأكثر"، لذا تحقق من نقاطك لدى المكتب المحلي إن كانت قريبة من الحد.</p><p>ويمكن الحصول على الفئة A <b>دون نقاط</b> لكل من:</p><ul><li>المختارين في برامج المواهب الوطنية أو الإقليمية؛</li><li>أصحاب الإنجازات المعترف بها دوليًا؛</li><li>رواد الأعمال المبتكرين؛</li><li>الشباب المتميزين؛</li><li>من يتقاضون 6 أضعاف متوسط الأجر المحلي على الأقل (نشرت شانغهاي 600,000 يوان سنويًا مع ضريبة دخل فردية لا تقل عن 120,000 يوان).</li></ul><p>لا يوجد <b>حد أقصى للسن</b> في الفئة A. أما حد الستين عامًا (القابل للتخفيف عند الحاجة) فيخص الفئة B.</p>',
            "ru": "<p>Категорию определяют баллы: <b>A — от 85</b>, B — 60–84, C — меньше 60. Официально для A сказано «85 баллов и выше»; во вторичных источниках встречается «более 85» или «от 86», поэтому при пограничном результате уточните его в местном органе.</p><p>Категорию A можно получить и <b>без баллов</b>, если вы:</p><ul><li>отобраны в национальную или провинциальную программу привлечения талантов;</li><li>имеете достижения международного уровня;</li><li>инновационный предприниматель;</li><li>выдающийся молодой специалист;</li><li>получаете не менее 6 средних зарплат по региону (Шанхай опубликовал 600 000 юаней в год при подоходном налоге не менее 120 000 юаней).</li></ul><p>Для категории A <b>верхнего возрастного предела нет</b>. Предел в 60 лет (с исключениями при необходимости) относится к категории B.</p>",
            "es": "<p>Los puntos deciden la clase: <b>A ≥ 85</b>, B 60–84, C menos de 60. La redacción oficial para la A es «85 puntos o más»; algunas fuentes secundarias dicen «más de 85» u «86 o más», así que, si su puntuación está en el límite, confírmela con la oficina local.</p><p>También se accede a la clase A <b>sin puntos</b> si se es:</p><ul><li>seleccionado en un programa de talento nacional o provincial;</li><li>autor de logros reconocidos internacionalmente;</li><li>emprendedor innovador;</li><li>joven talento excelente;</li><li>perceptor de al menos 6 veces el salario medio local (Shanghái publicó 600.000 RMB al año con al menos 120.000 RMB de impuesto sobre la renta).</li></ul><p>La clase A <b>no tiene límite máximo de edad</b>. El límite de 60 años (flexible si es necesario) corresponde a la clase B.</p>",
            "fr": "<p>Les points déterminent la catégorie : <b>A ≥ 85</b>, B de 60 à 84, C en dessous de 60. Le texte officiel pour la A dit « 85 points ou plus » ; certaines sources secondaires écrivent « plus de 85 » ou « 86 et plus » : si votre score est limite, vérifiez-le auprès du bureau local.</p><p>La catégorie A est aussi ouverte <b>sans points</b> :</p><ul><li>aux lauréats de programmes de talents nationaux ou provinciaux ;</li><li>aux personnes ayant des réalisations reconnues internationalement ;</li><li>aux entrepreneurs innovants ;</li><li>aux jeunes talents d'excellence ;</li><li>aux personnes payées au moins 6 fois le salaire moyen local (Shanghai a publié 600 000 RMB par an avec au moins 120 000 RMB d'impôt sur le revenu).</li></ul><p>La catégorie A <b>n'a pas de limite d'âge supérieure</b>. La limite de 60 ans (qui peut être assouplie si nécessaire) concerne la catégorie B.</p>",
        },
        "documents": WORK_DOCUMENTS,
        "steps": {
            "en": [
                {
                    "title": "Check your route",
                    "text": "<p>Either a direct route above or 85 points or more.</p>",
                },
                {
                    "title": "Gather the documents",
                    "text": "<p>Order the criminal-record certificate and medical certificate early: each is valid 6 months.</p>",
                },
                {
                    "title": "Your employer applies online",
                    "text": "<p>A decision is due within 20 working days.</p>",
                },
                {
                    "title": "Apply for your visa",
                    "text": "<p>You have 90 days from the work-permit notice. Class A talent can ask for an R visa instead of a Z visa.</p>",
                },
                {
                    "title": "After arrival",
                    "text": "<ul><li>Register your residence within 24 hours.</li><li>Collect the work-permit card within 30 days.</li><li>Apply for the residence permit within 30 days.</li></ul>",
                },
            ],
            "zh-hans": [
                {
                    "title": "确认申请途径",
                    "text": "<p>符合上述直接认定条件之一，或计点积分达到85分以上。</p>",
                },
                {
                    "title": "准备材料",
                    "text": "<p>尽早办理无犯罪记录证明和体检证明：两者均只有6个月有效期。</p>",
                },
                {"title": "用人单位在线申请", "text": "<p>审批决定应在20个工作日内作出。</p>"},
                {
                    "title": "申请签证",
                    "text": "<p>须在取得工作许可通知后90天内申请。A类人才可申请R字签证代替Z字签证。</p>",
                },
                {
                    "title": "入境之后",
                    "text": "<ul><li>24小时内办理住宿登记。</li><li>30天内领取工作许可证。</li><li>30天内申请居留许可。</li></ul>",
                },
            ],
            "ar": [
                {
                    "title": "تحقق من مسارك",
                    "text": "<p>إما أحد المسارات المباشرة أعلاه أو 85 نقطة فأكثر.</p>",
                },
                {
                    "title": "اجمع الوثائق",
                    "text": "<p>اطلب شهادة الخلو من السوابق والشهادة الطبية مبكرًا: صلاحية كل منهما 6 أشهر.</p>",
                },
                {
                    "title": "تقدّم جهة العمل الطلب إلكترونيًا",
                    "text": "<p>يصدر القرار خلال 20 يوم عمل.</p>",
                },
                {
                    "title": "اطلب التأشيرة",
                    "text": "<p>أمامك 90 يومًا من إشعار تصريح العمل. ويمكن لكفاءات الفئة A طلب تأشيرة R بدلًا من تأشيرة Z.</p>",
                },
                {
                    "title": "بعد الوصول",
                    "text": "<ul><li>سجّل مكان إقامتك خلال 24 ساعة.</li><li>استلم بطاقة تصريح العمل خلال 30 يومًا.</li><li>قدّم طلب تصريح الإقامة خلال 30 يومًا.</li></ul>",
                },
            ],
            "ru": [
                {
                    "title": "Определите свой путь",
                    "text": "<p>Один из прямых путей выше или 85 баллов и более.</p>",
                },
                {
                    "title": "Соберите документы",
                    "text": "<p>Заказывайте справку о несудимости и медицинское заключение заранее: каждое действует 6 месяцев.</p>",
                },
                {
                    "title": "Работодатель подаёт заявку онлайн",
                    "text": "<p>Решение должно быть принято в течение 20 рабочих дней.</p>",
                },
                {
                    "title": "Оформите визу",
                    "text": "<p>На это есть 90 дней с даты уведомления о разрешении. Специалисты категории A могут запросить визу R вместо визы Z.</p>",
                },
                {
                    "title": "После въезда",
                    "text": "<ul><li>Зарегистрируйтесь по месту пребывания в течение 24 часов.</li><li>Получите карту разрешения на работу в течение 30 дней.</li><li>Подайте на вид на жительство в течение 30 дней.</li></ul>",
                },
            ],
            "es": [
                {
                    "title": "Compruebe su vía de acceso",
                    "text": "<p>Una de las vías directas anteriores o 85 puntos o más.</p>",
                },
                {
                    "title": "Reúna los documentos",
                    "text": "<p>Pida pronto el certificado de antecedentes penales y el certificado médico: cada uno vale 6 meses.</p>",
                },
                {
                    "title": "Su empleador presenta la solicitud en línea",
                    "text": "<p>La resolución debe llegar en un plazo de 20 días hábiles.</p>",
                },
                {
                    "title": "Solicite el visado",
                    "text": "<p>Tiene 90 días desde la notificación del permiso de trabajo. El talento de clase A puede pedir un visado R en lugar de un visado Z.</p>",
                },
                {
                    "title": "Tras la llegada",
                    "text": "<ul><li>Registre su residencia en 24 horas.</li><li>Recoja la tarjeta de permiso de trabajo en 30 días.</li><li>Solicite el permiso de residencia en 30 días.</li></ul>",
                },
            ],
            "fr": [
                {
                    "title": "Vérifiez votre voie d'accès",
                    "text": "<p>Une des voies directes ci-dessus, ou 85 points ou plus.</p>",
                },
                {
                    "title": "Rassemblez les documents",
                    "text": "<p>Demandez tôt l'extrait de casier judiciaire et le certificat médical : chacun est valable 6 mois.</p>",
                },
                {
                    "title": "Votre employeur dépose la demande en ligne",
                    "text": "<p>La décision doit intervenir sous 20 jours ouvrables.</p>",
                },
                {
                    "title": "Demandez votre visa",
                    "text": "<p>Vous avez 90 jours à compter de la notification du permis de travail. Les talents de catégorie A peuvent demander un visa R au lieu d'un visa Z.</p>",
                },
                {
                    "title": "Après l'arrivée",
                    "text": "<ul><li>Déclarez votre lieu de résidence sous 24 heures.</li><li>Retirez la carte de permis de travail sous 30 jours.</li><li>Demandez le permis de séjour sous 30 jours.</li></ul>",
                },
            ],
        },
        "processing_time": {
            "en": "Decision within 20 working days (plus 10 in special cases); some cities publish 5–10. Shanghai's single window issues work and residence permits together in 7 working days for class A.",
            "zh-hans": "20个工作日内作出决定（特殊情况可延长10个工作日）；部分城市公布为5–10个工作日。上海“单一窗口”可在7个工作日内为A类人才同时办结工作许可和居留许可。",
            "ar": "يصدر القرار خلال 20 يوم عمل (تُضاف 10 أيام في حالات خاصة)؛ وتعلن بعض المدن 5–10 أيام. وتصدر النافذة الموحدة في شانغهاي تصريحَي العمل والإقامة معًا خلال 7 أيام عمل للفئة A.",
            "ru": "Решение — в течение 20 рабочих дней (в особых случаях ещё 10); некоторые города указывают 5–10. «Единое окно» Шанхая оформляет для категории A разрешение на работу и вид на жительство вместе за 7 рабочих дней.",
            "es": "Resolución en 20 días hábiles (10 más en casos especiales); algunas ciudades publican 5–10. La ventanilla única de Shanghái emite juntos los permisos de trabajo y residencia en 7 días hábiles para la clase A.",
            "fr": "Décision sous 20 jours ouvrables (10 de plus dans des cas particuliers) ; certaines villes annoncent 5 à 10. Le guichet unique de Shanghai délivre ensemble permis de travail et de séjour en 7 jours ouvrables pour la catégorie A.",
        },
        "fees": WORK_FEES,
        "where_to_apply": WORK_WHERE,
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "The R visa",
                        "text": "<p>For class A talent: a confirmation letter within 5 working days, the visa the next day to 2 working days later, valid 5–10 years with multiple entries and stays of up to 180 days. Visa fees are waived for the talent, the spouse and minor children.</p>",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "R字签证",
                        "text": "<p>适用于A类人才：5个工作日内出具确认函，次日至2个工作日内签发签证，有效期5–10年，多次入境，每次停留最长180天。人才本人及其配偶、未成年子女免缴签证费。</p>",
                    },
                },
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "تأشيرة R",
                        "text": "<p>لكفاءات الفئة A: رسالة تأكيد خلال 5 أيام عمل، ثم تصدر التأشيرة في اليوم التالي أو خلال يومَي عمل، صالحة من 5 إلى 10 سنوات، متعددة الدخول، مع إقامة تصل إلى 180 يومًا في كل مرة. وتُعفى الكفاءة وزوجها أو زوجتها وأطفالها القُصّر من رسوم التأشيرة.</p>",
                    },
                },
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Виза R",
                        "text": "<p>Для специалистов категории A: подтверждающее письмо — в течение 5 рабочих дней, виза — на следующий день или в течение 2 рабочих дней; срок 5–10 лет, многократный въезд, до 180 дней за одно пребывание. Визовые сборы не взимаются со специалиста, супруга (супруги) и несовершеннолетних детей.</p>",
                    },
                },
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "El visado R",
                        "text": "<p>Para el talento de clase A: carta de confirmación en 5 días hábiles y visado al día siguiente o en 2 días hábiles, válido 5–10 años, de entradas múltiples y estancias de hasta 180 días. Las tasas de visado no se cobran al talento, a su cónyuge ni a sus hijos menores.</p>",
                    },
                },
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Le visa R",
                        "text": "<p>Pour les talents de catégorie A : lettre de confirmation sous 5 jours ouvrables, visa délivré le lendemain ou sous 2 jours ouvrables, valable 5 à 10 ans, à entrées multiples, pour des séjours de 180 jours au plus. Les frais de visa sont supprimés pour le talent, son conjoint et ses enfants mineurs.</p>",
                    },
                },
            ],
        },
        "sources": [*SOURCES_WORK, SOURCE_RESIDENCE_GUIDE, *SOURCES_AGE],
    }
)


def _points_table(caption, rows):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": rows,
                "first_row_is_table_header": True,
                "first_col_is_header": False,
            },
        },
    }


# The points table as reproduced by current calculators ("interim" version, maximum 120).
POINTS_TABLE = {
    "en": _points_table(
        "Points table (interim version, maximum 120)",
        [
            ["Item", "Points"],
            [
                "Annual salary paid in China (RMB 10,000)",
                "≥ 45: 20 · 35–<45: 17 · 25–<35: 14 · 15–<25: 11 · 7–<15: 8 · 5–<7: 5 · < 5: 0",
            ],
            [
                "Education",
                "PhD (or a top international vocational certificate): 20 · Master's: 15 · Bachelor's: 10",
            ],
            [
                "Related work experience",
                "2 years: 5, +1 for each further year, at most 20 · under 2 years: 0",
            ],
            ["Working time in China per year", "≥ 9 months: 15 · 6–<9: 10 · 3–<6: 5 · < 3: 0"],
            [
                "Chinese language",
                "HSK 5 or above, a degree taught in Chinese, or a former Chinese national: 5 · HSK 4: 4 · HSK 3: 3 · HSK 2: 2 · HSK 1: 1",
            ],
            [
                "Work location",
                "Western region, north-east old industrial base or national poverty county: 10",
            ],
            ["Age", "18–25: 10 · 26–45: 15 · 46–55: 10 · 56–60: 5 · over 60: 0"],
            [
                "Extra credit (at most 5)",
                "Graduate of a high-level foreign university; Fortune Global 500 experience; patents; 5+ consecutive years working in China",
            ],
            [
                "Local encouragement bonus",
                "Up to 10, set by each province; values for Beijing, Shanghai and Shenzhen not found",
            ],
        ],
    ),
    "zh-hans": _points_table(
        "计点积分表（暂行版本，满分120分）",
        [
            ["项目", "分值"],
            [
                "在华工资性年收入（万元人民币）",
                "≥45：20 · 35–<45：17 · 25–<35：14 · 15–<25：11 · 7–<15：8 · 5–<7：5 · <5：0",
            ],
            ["学历", "博士（或国际顶级职业资格证书）：20 · 硕士：15 · 学士：10"],
            ["相关工作经历", "2年：5分，每增加1年加1分，最高20分 · 不足2年：0"],
            ["年度在华工作时间", "≥9个月：15 · 6–<9个月：10 · 3–<6个月：5 · <3个月：0"],
            [
                "汉语水平",
                "HSK五级及以上、以中文授课取得学位或原中国籍：5 · HSK四级：4 · HSK三级：3 · HSK二级：2 · HSK一级：1",
            ],
            ["工作地点", "西部地区、东北老工业基地或国家级贫困县：10"],
            ["年龄", "18–25岁：10 · 26–45岁：15 · 46–55岁：10 · 56–60岁：5 · 60岁以上：0"],
            [
                "加分项（最高5分）",
                "境外高水平大学毕业；世界500强企业工作经历；专利；在华连续工作5年以上",
            ],
            ["地方鼓励性加分", "最高10分，由各省确定；未查到北京、上海、深圳的具体分值"],
        ],
    ),
    "ar": _points_table(
        "جدول النقاط (النسخة المؤقتة، الحد الأقصى 120)",
        [
            ["البند", "النقاط"],
            [
                "الراتب السنوي المدفوع في الصين (بعشرات آلاف اليوانات)",
                "≥ 45: 20 · 35–<45: 17 · 25–<35: 14 · 15–<25: 11 · 7–<15: 8 · 5–<7: 5 · < 5: 0",
            ],
            [
                "المؤهل العلمي",
                "دكتوراه (أو شهادة مهنية دولية رفيعة): 20 · ماجستير: 15 · بكالوريوس: 10",
            ],
            [
                "الخبرة العملية ذات الصلة",
                "سنتان: 5، مع نقطة لكل سنة إضافية، بحد أقصى 20 · أقل من سنتين: 0",
            ],
            ["مدة العمل في الصين سنويًا", "≥ 9 أشهر: 15 · 6–<9: 10 · 3–<6: 5 · < 3: 0"],
            [
                "اللغة الصينية",
                "HSK 5 فأعلى، أو شهادة دُرِّست بالصينية، أو حامل سابق للجنسية الصينية: 5 · HSK 4: 4 · HSK 3: 3 · HSK 2: 2 · HSK 1: 1",
            ],
            [
                "مكان العمل",
                "المنطقة الغربية، أو قاعدة صناعية قديمة في الشمال الشرقي، أو محافظة فقيرة على المستوى الوطني: 10",
            ],
            ["العمر", "18–25: 10 · 26–45: 15 · 46–55: 10 · 56–60: 5 · أكثر من 60: 0"],
            [
                "نقاط إضافية (5 كحد أقصى)",
                "خريج جامعة أجنبية رفيعة المستوى؛ خبرة في شركة من قائمة Fortune Global 500؛ براءات اختراع؛ 5 سنوات متتالية أو أكثر من العمل في الصين",
            ],
            [
                "مكافأة التشجيع المحلية",
                "حتى 10، تحددها كل مقاطعة؛ لم نعثر على قيم بكين وشانغهاي وشنتشن",
            ],
        ],
    ),
    "ru": _points_table(
        "Таблица баллов (временная редакция, максимум 120)",
        [
            ["Критерий", "Баллы"],
            [
                "Годовая зарплата в Китае (в 10 000 юаней)",
                "≥ 45: 20 · 35–<45: 17 · 25–<35: 14 · 15–<25: 11 · 7–<15: 8 · 5–<7: 5 · < 5: 0",
            ],
            [
                "Образование",
                "Доктор наук / PhD (или ведущий международный профессиональный сертификат): 20 · магистр: 15 · бакалавр: 10",
            ],
            [
                "Опыт работы по специальности",
                "2 года: 5, +1 за каждый следующий год, не более 20 · менее 2 лет: 0",
            ],
            ["Время работы в Китае за год", "≥ 9 месяцев: 15 · 6–<9: 10 · 3–<6: 5 · < 3: 0"],
            [
                "Китайский язык",
                "HSK 5 и выше, диплом с обучением на китайском или бывшее гражданство КНР: 5 · HSK 4: 4 · HSK 3: 3 · HSK 2: 2 · HSK 1: 1",
            ],
            [
                "Место работы",
                "Западный регион, старая промышленная база северо-востока или бедный уезд национального уровня: 10",
            ],
            ["Возраст", "18–25: 10 · 26–45: 15 · 46–55: 10 · 56–60: 5 · старше 60: 0"],
            [
                "Дополнительные баллы (не более 5)",
                "Выпускник ведущего зарубежного вуза; опыт работы в компании из Fortune Global 500; патенты; 5 и более лет непрерывной работы в Китае",
            ],
            [
                "Местный поощрительный бонус",
                "До 10, устанавливает каждая провинция; значения для Пекина, Шанхая и Шэньчжэня не найдены",
            ],
        ],
    ),
    "es": _points_table(
        "Tabla de puntos (versión provisional, máximo 120)",
        [
            ["Concepto", "Puntos"],
            [
                "Salario anual pagado en China (en 10.000 RMB)",
                "≥ 45: 20 · 35–<45: 17 · 25–<35: 14 · 15–<25: 11 · 7–<15: 8 · 5–<7: 5 · < 5: 0",
            ],
            [
                "Formación",
                "Doctorado (o certificado profesional internacional de primer nivel): 20 · máster: 15 · grado: 10",
            ],
            [
                "Experiencia laboral relacionada",
                "2 años: 5, +1 por cada año adicional, máximo 20 · menos de 2 años: 0",
            ],
            ["Tiempo de trabajo en China al año", "≥ 9 meses: 15 · 6–<9: 10 · 3–<6: 5 · < 3: 0"],
            [
                "Idioma chino",
                "HSK 5 o superior, título cursado en chino o antigua nacionalidad china: 5 · HSK 4: 4 · HSK 3: 3 · HSK 2: 2 · HSK 1: 1",
            ],
            [
                "Lugar de trabajo",
                "Región occidental, antigua base industrial del noreste o condado pobre de nivel nacional: 10",
            ],
            ["Edad", "18–25: 10 · 26–45: 15 · 46–55: 10 · 56–60: 5 · más de 60: 0"],
            [
                "Puntos extra (máximo 5)",
                "Titulado de una universidad extranjera de alto nivel; experiencia en Fortune Global 500; patentes; 5 o más años seguidos trabajando en China",
            ],
            [
                "Bonificación local de fomento",
                "Hasta 10, fijada por cada provincia; no se encontraron los valores de Pekín, Shanghái y Shenzhen",
            ],
        ],
    ),
    "fr": _points_table(
        "Grille de points (version provisoire, maximum 120)",
        [
            ["Critère", "Points"],
            [
                "Salaire annuel versé en Chine (en 10 000 RMB)",
                "≥ 45 : 20 · 35–<45 : 17 · 25–<35 : 14 · 15–<25 : 11 · 7–<15 : 8 · 5–<7 : 5 · < 5 : 0",
            ],
            [
                "Diplôme",
                "Doctorat (ou certificat professionnel international de premier plan) : 20 · master : 15 · licence : 10",
            ],
            [
                "Expérience professionnelle pertinente",
                "2 ans : 5, +1 par année supplémentaire, 20 au maximum · moins de 2 ans : 0",
            ],
            ["Temps de travail en Chine par an", "≥ 9 mois : 15 · 6–<9 : 10 · 3–<6 : 5 · < 3 : 0"],
            [
                "Langue chinoise",
                "HSK 5 ou plus, diplôme obtenu en chinois ou ancien ressortissant chinois : 5 · HSK 4 : 4 · HSK 3 : 3 · HSK 2 : 2 · HSK 1 : 1",
            ],
            [
                "Lieu de travail",
                "Région de l'Ouest, ancienne base industrielle du Nord-Est ou district pauvre de niveau national : 10",
            ],
            ["Âge", "18–25 : 10 · 26–45 : 15 · 46–55 : 10 · 56–60 : 5 · plus de 60 : 0"],
            [
                "Points supplémentaires (5 au maximum)",
                "Diplômé d'une grande université étrangère ; expérience dans une entreprise du Fortune Global 500 ; brevets ; 5 ans ou plus de travail consécutif en Chine",
            ],
            [
                "Bonus local d'encouragement",
                "Jusqu'à 10, fixé par chaque province ; valeurs de Pékin, Shanghai et Shenzhen introuvables",
            ],
        ],
    ),
}

RESOURCES.append(
    {
        "slug": "work-permit-class-b",
        "permit_type": "permit-b",
        "last_verified": VERIFIED,
        "title": {
            "en": "Work permit, class B (professionals)",
            "zh-hans": "外国人工作许可B类（外国专业人才）",
            "ar": "تصريح العمل من الفئة B (المهنيون)",
            "ru": "Разрешение на работу категории B (профессионалы)",
            "es": "Permiso de trabajo clase B (profesionales)",
            "fr": "Permis de travail de catégorie B (professionnels)",
        },
        "who_for": {
            "en": "Foreign professionals: graduates with relevant experience, qualified foreign-language teachers, well-paid specialists, graduates of leading universities, or anyone scoring 60 to 84 points. Most foreign employees hold this class.",
            "zh-hans": "外国专业人才：具有相关工作经历的毕业生、符合条件的外语教师、高薪专业人员、知名高校毕业生，或计点积分在60至84分之间的人员。多数外籍员工持有此类许可。",
            "ar": "المهنيون الأجانب: الخريجون ذوو الخبرة ذات الصلة، ومعلمو اللغات الأجنبية المستوفون للشروط، والمتخصصون ذوو الأجور الجيدة، وخريجو الجامعات الرائدة، أو كل من يحصل على 60 إلى 84 نقطة. ومعظم الموظفين الأجانب يحملون هذه الفئة.",
            "ru": "Иностранные профессионалы: выпускники с опытом по специальности, преподаватели иностранных языков, отвечающие требованиям, высокооплачиваемые специалисты, выпускники ведущих вузов или набравшие от 60 до 84 баллов. Эту категорию имеет большинство иностранных сотрудников.",
            "es": "Profesionales extranjeros: titulados con experiencia relacionada, profesores de idiomas que cumplen los requisitos, especialistas bien pagados, titulados de universidades punteras o quien obtenga de 60 a 84 puntos. La mayoría de los empleados extranjeros tiene esta clase.",
            "fr": "Professionnels étrangers : diplômés ayant une expérience pertinente, professeurs de langues étrangères remplissant les conditions, spécialistes bien rémunérés, diplômés de grandes universités, ou toute personne obtenant 60 à 84 points. La plupart des salariés étrangers relèvent de cette catégorie.",
        },
        "eligibility": {
            "en": "<p>Points decide the class: A ≥ 85, <b>B 60–84</b>, C below 60. The official wording for B is \"60 points or above\".</p><p>Class B is also open <b>without points</b> to people with:</p><ul><li>a bachelor's degree and 2 years' related work experience;</li><li>a post as a foreign-language teacher meeting the rules;</li><li>a salary of at least 4 times the local average;</li><li>a master's degree from a Chinese university or a world top-100 university.</li></ul><p>The age limit is 60 in principle, but it can be relaxed.</p>",
            "zh-hans": "<p>按计点积分分类：A类 ≥ 85分，<b>B类60–84分</b>，C类低于60分。官方对B类的表述为“计点积分在60分以上”。</p><p>符合以下条件之一的，<b>无需计点</b>即可申请B类：</p><ul><li>具有学士学位及2年以上相关工作经历；</li><li>符合规定的外语教师；</li><li>工资性年收入不低于当地平均工资4倍；</li><li>取得中国高校或世界排名前100高校的硕士学位。</li></ul><p>年龄原则上不超过60周岁，可适当放宽。</p>",
            "ar": '<p>تحدد النقاط الفئة: A ≥ 85، و<b>B من 60 إلى 84</b>، وC أقل من 60. الصياغة الرسمية للفئة B هي "60 نقطة فأكثر".</p><p>ويمكن الحصول على الفئة B <b>دون نقاط</b> لمن لديه:</p><ul><li>شهادة بكالوريوس وخبرة عملية ذات صلة لمدة سنتين؛</li><li>وظيفة معلم لغة أجنبية مستوفية للشروط؛</li><li>راتب لا يقل عن 4 أضعاف متوسط الأجر المحلي؛</li><li>ماجستير من جامعة صينية أو من إحدى أفضل 100 جامعة في العالم.</li></ul><p>الحد الأقصى للسن 60 عامًا من حيث المبدأ، ويمكن تخفيفه.</p>',
            "ru": "<p>Категорию определяют баллы: A — от 85, <b>B — 60–84</b>, C — меньше 60. Официально для B сказано «60 баллов и выше».</p><p>Категорию B можно получить и <b>без баллов</b>, если у вас есть:</p><ul><li>степень бакалавра и 2 года опыта по специальности;</li><li>должность преподавателя иностранного языка, отвечающая требованиям;</li><li>зарплата не менее 4 средних по региону;</li><li>степень магистра китайского вуза или вуза из мировой первой сотни.</li></ul><p>Возрастной предел — 60 лет, но из него допускаются исключения.</p>",
            "es": "<p>Los puntos deciden la clase: A ≥ 85, <b>B 60–84</b>, C menos de 60. La redacción oficial para la B es «60 puntos o más».</p><p>También se accede a la clase B <b>sin puntos</b> con:</p><ul><li>un grado universitario y 2 años de experiencia relacionada;</li><li>un puesto de profesor de idiomas extranjeros que cumpla las normas;</li><li>un salario de al menos 4 veces la media local;</li><li>un máster de una universidad china o de una de las 100 mejores del mundo.</li></ul><p>El límite de edad es, en principio, 60 años, aunque puede flexibilizarse.</p>",
            "fr": "<p>Les points déterminent la catégorie : A ≥ 85, <b>B de 60 à 84</b>, C en dessous de 60. Le texte officiel pour la B dit « 60 points ou plus ».</p><p>La catégorie B est aussi ouverte <b>sans points</b> avec :</p><ul><li>une licence et 2 ans d'expérience professionnelle pertinente ;</li><li>un poste de professeur de langue étrangère conforme aux règles ;</li><li>un salaire d'au moins 4 fois la moyenne locale ;</li><li>un master d'une université chinoise ou d'une des 100 meilleures universités du monde.</li></ul><p>La limite d'âge est en principe de 60 ans, mais elle peut être assouplie.</p>",
        },
        "documents": WORK_DOCUMENTS,
        "steps": {
            "en": [
                {
                    "title": "Check your route",
                    "text": "<p>Either a direct route above or 60 points or more.</p>",
                },
                {
                    "title": "Gather the documents",
                    "text": "<p>The criminal-record and medical certificates are each valid 6 months.</p>",
                },
                {
                    "title": "Your employer applies online",
                    "text": "<p>A decision is due within 20 working days.</p>",
                },
                {
                    "title": "Apply for a Z visa",
                    "text": "<p>Within 90 days of the work-permit notice. The Z visa allows one entry within 3 months.</p>",
                },
                {
                    "title": "After arrival",
                    "text": "<ul><li>Register your residence within 24 hours.</li><li>Collect the work-permit card and apply for the residence permit, each within 30 days.</li></ul>",
                },
            ],
            "zh-hans": [
                {
                    "title": "确认申请途径",
                    "text": "<p>符合上述直接认定条件之一，或计点积分达到60分以上。</p>",
                },
                {"title": "准备材料", "text": "<p>无犯罪记录证明和体检证明的有效期均为6个月。</p>"},
                {"title": "用人单位在线申请", "text": "<p>审批决定应在20个工作日内作出。</p>"},
                {
                    "title": "申请Z字签证",
                    "text": "<p>须在取得工作许可通知后90天内申请。Z字签证一次入境，有效期3个月。</p>",
                },
                {
                    "title": "入境之后",
                    "text": "<ul><li>24小时内办理住宿登记。</li><li>30天内领取工作许可证，并在30天内申请居留许可。</li></ul>",
                },
            ],
            "ar": [
                {
                    "title": "تحقق من مسارك",
                    "text": "<p>إما أحد المسارات المباشرة أعلاه أو 60 نقطة فأكثر.</p>",
                },
                {
                    "title": "اجمع الوثائق",
                    "text": "<p>صلاحية كل من شهادة الخلو من السوابق والشهادة الطبية 6 أشهر.</p>",
                },
                {
                    "title": "تقدّم جهة العمل الطلب إلكترونيًا",
                    "text": "<p>يصدر القرار خلال 20 يوم عمل.</p>",
                },
                {
                    "title": "اطلب تأشيرة Z",
                    "text": "<p>خلال 90 يومًا من إشعار تصريح العمل. وتتيح تأشيرة Z دخولًا واحدًا خلال 3 أشهر.</p>",
                },
                {
                    "title": "بعد الوصول",
                    "text": "<ul><li>سجّل مكان إقامتك خلال 24 ساعة.</li><li>استلم بطاقة تصريح العمل وقدّم طلب تصريح الإقامة، كلٌّ منهما خلال 30 يومًا.</li></ul>",
                },
            ],
            "ru": [
                {
                    "title": "Определите свой путь",
                    "text": "<p>Один из прямых путей выше или 60 баллов и более.</p>",
                },
                {
                    "title": "Соберите документы",
                    "text": "<p>Справка о несудимости и медицинское заключение действуют по 6 месяцев.</p>",
                },
                {
                    "title": "Работодатель подаёт заявку онлайн",
                    "text": "<p>Решение должно быть принято в течение 20 рабочих дней.</p>",
                },
                {
                    "title": "Оформите визу Z",
                    "text": "<p>В течение 90 дней с даты уведомления о разрешении. Виза Z даёт один въезд в течение 3 месяцев.</p>",
                },
                {
                    "title": "После въезда",
                    "text": "<ul><li>Зарегистрируйтесь по месту пребывания в течение 24 часов.</li><li>Получите карту разрешения на работу и подайте на вид на жительство — каждое в течение 30 дней.</li></ul>",
                },
            ],
            "es": [
                {
                    "title": "Compruebe su vía de acceso",
                    "text": "<p>Una de las vías directas anteriores o 60 puntos o más.</p>",
                },
                {
                    "title": "Reúna los documentos",
                    "text": "<p>Los certificados de antecedentes penales y médico valen 6 meses cada uno.</p>",
                },
                {
                    "title": "Su empleador presenta la solicitud en línea",
                    "text": "<p>La resolución debe llegar en un plazo de 20 días hábiles.</p>",
                },
                {
                    "title": "Solicite un visado Z",
                    "text": "<p>En los 90 días siguientes a la notificación del permiso de trabajo. El visado Z permite una entrada en 3 meses.</p>",
                },
                {
                    "title": "Tras la llegada",
                    "text": "<ul><li>Registre su residencia en 24 horas.</li><li>Recoja la tarjeta de permiso de trabajo y solicite el permiso de residencia, cada trámite en 30 días.</li></ul>",
                },
            ],
            "fr": [
                {
                    "title": "Vérifiez votre voie d'accès",
                    "text": "<p>Une des voies directes ci-dessus, ou 60 points ou plus.</p>",
                },
                {
                    "title": "Rassemblez les documents",
                    "text": "<p>L'extrait de casier judiciaire et le certificat médical sont chacun valables 6 mois.</p>",
                },
                {
                    "title": "Votre employeur dépose la demande en ligne",
                    "text": "<p>La décision doit intervenir sous 20 jours ouvrables.</p>",
                },
                {
                    "title": "Demandez un visa Z",
                    "text": "<p>Dans les 90 jours suivant la notification du permis de travail. Le visa Z permet une entrée dans les 3 mois.</p>",
                },
                {
                    "title": "Après l'arrivée",
                    "text": "<ul><li>Déclarez votre lieu de résidence sous 24 heures.</li><li>Retirez la carte de permis de travail et demandez le permis de séjour, chacun sous 30 jours.</li></ul>",
                },
            ],
        },
        "processing_time": {
            "en": "Decision within 20 working days (plus 10 in special cases); some cities publish 5–10. In Shanghai's pilot zones, class B has used the single window (both permits in 7 working days) since 2023.",
            "zh-hans": "20个工作日内作出决定（特殊情况可延长10个工作日）；部分城市公布为5–10个工作日。自2023年起，上海试点区域的B类人才可通过“单一窗口”在7个工作日内同时办结两证。",
            "ar": "يصدر القرار خلال 20 يوم عمل (تُضاف 10 أيام في حالات خاصة)؛ وتعلن بعض المدن 5–10 أيام. ومنذ 2023 تستفيد الفئة B في المناطق التجريبية بشانغهاي من النافذة الموحدة (التصريحان معًا خلال 7 أيام عمل).",
            "ru": "Решение — в течение 20 рабочих дней (в особых случаях ещё 10); некоторые города указывают 5–10. С 2023 года в пилотных зонах Шанхая категория B оформляется через «единое окно» (оба документа за 7 рабочих дней).",
            "es": "Resolución en 20 días hábiles (10 más en casos especiales); algunas ciudades publican 5–10. Desde 2023, en las zonas piloto de Shanghái la clase B usa la ventanilla única (ambos permisos en 7 días hábiles).",
            "fr": "Décision sous 20 jours ouvrables (10 de plus dans des cas particuliers) ; certaines villes annoncent 5 à 10. Depuis 2023, dans les zones pilotes de Shanghai, la catégorie B passe par le guichet unique (les deux permis en 7 jours ouvrables).",
        },
        "fees": WORK_FEES,
        "where_to_apply": WORK_WHERE,
        "notes": {
            "en": [
                {"type": "heading", "value": {"text": "How points are counted", "level": "h2"}},
                POINTS_TABLE["en"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "What we could not confirm",
                        "text": "<p>The local bonus (up to 10 points) is set by each province: we did not find the values for Beijing, Shanghai or Shenzhen, so ask the local office. An earlier trial version of the table differed: experience capped at 15 and Chinese worth up to 10 (HSK 5+: 10, HSK 4: 8, HSK 3: 6, HSK 2: 4, HSK 1: 2). No official mapping of the nine-level HSK (since July 2021) to these points was found.</p>",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "积分如何计算", "level": "h2"}},
                POINTS_TABLE["zh-hans"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "尚未核实的内容",
                        "text": "<p>地方鼓励性加分（最高10分）由各省确定：我们未查到北京、上海、深圳的具体分值，请向当地受理机构咨询。早期试行版本的积分表有所不同：工作经历最高15分，汉语水平最高10分（HSK五级及以上：10，四级：8，三级：6，二级：4，一级：2）。2021年7月起实行的九级HSK与上述分值的官方对应关系尚未查到。</p>",
                    },
                },
            ],
            "ar": [
                {"type": "heading", "value": {"text": "كيف تُحتسب النقاط", "level": "h2"}},
                POINTS_TABLE["ar"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "ما لم نتمكن من تأكيده",
                        "text": "<p>تحدد كل مقاطعة مكافأة التشجيع المحلية (حتى 10 نقاط)، ولم نعثر على قيمها في بكين وشانغهاي وشنتشن، لذا اسأل المكتب المحلي. وقد اختلفت نسخة تجريبية سابقة من الجدول: الخبرة بحد أقصى 15 واللغة الصينية حتى 10 (HSK 5 فأعلى: 10، HSK 4: 8، HSK 3: 6، HSK 2: 4، HSK 1: 2). ولم نجد مقابلة رسمية بين مستويات HSK التسعة الجديدة (منذ يوليو 2021) وهذه النقاط.</p>",
                    },
                },
            ],
            "ru": [
                {"type": "heading", "value": {"text": "Как считаются баллы", "level": "h2"}},
                POINTS_TABLE["ru"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Что не удалось подтвердить",
                        "text": "<p>Местный бонус (до 10 баллов) устанавливает каждая провинция: значения для Пекина, Шанхая и Шэньчжэня мы не нашли, уточняйте в местном органе. Ранняя пробная редакция таблицы отличалась: опыт — не более 15, китайский язык — до 10 (HSK 5+: 10, HSK 4: 8, HSK 3: 6, HSK 2: 4, HSK 1: 2). Официального соответствия девяти уровней нового HSK (с июля 2021 года) этим баллам не найдено.</p>",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "Cómo se cuentan los puntos", "level": "h2"}},
                POINTS_TABLE["es"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Lo que no hemos podido confirmar",
                        "text": "<p>La bonificación local (hasta 10 puntos) la fija cada provincia: no encontramos los valores de Pekín, Shanghái ni Shenzhen, así que consulte a la oficina local. Una versión de prueba anterior de la tabla era distinta: experiencia con un máximo de 15 y chino hasta 10 (HSK 5+: 10, HSK 4: 8, HSK 3: 6, HSK 2: 4, HSK 1: 2). No encontramos una equivalencia oficial entre los nueve niveles del nuevo HSK (desde julio de 2021) y estos puntos.</p>",
                    },
                },
            ],
            "fr": [
                {
                    "type": "heading",
                    "value": {"text": "Comment les points sont comptés", "level": "h2"},
                },
                POINTS_TABLE["fr"],
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Ce que nous n'avons pas pu confirmer",
                        "text": "<p>Le bonus local (jusqu'à 10 points) est fixé par chaque province : nous n'avons pas trouvé les valeurs de Pékin, Shanghai et Shenzhen, renseignez-vous auprès du bureau local. Une version d'essai antérieure de la grille différait : expérience plafonnée à 15 et chinois jusqu'à 10 (HSK 5+ : 10, HSK 4 : 8, HSK 3 : 6, HSK 2 : 4, HSK 1 : 2). Aucune correspondance officielle entre les neuf niveaux du nouveau HSK (depuis juillet 2021) et ces points n'a été trouvée.</p>",
                    },
                },
            ],
        },
        "sources": list(SOURCES_WORK),
    }
)

RESOURCES.append(
    {
        "slug": "work-permit-class-c",
        "permit_type": "permit-c",
        "last_verified": VERIFIED,
        "title": {
            "en": "Work permit, class C (temporary and seasonal work)",
            "zh-hans": "外国人工作许可C类（临时性、季节性工作）",
            "ar": "تصريح العمل من الفئة C (العمل المؤقت والموسمي)",
            "ru": "Разрешение на работу категории C (временная и сезонная работа)",
            "es": "Permiso de trabajo clase C (trabajo temporal y de temporada)",
            "fr": "Permis de travail de catégorie C (travail temporaire et saisonnier)",
        },
        "who_for": {
            "en": "Foreigners doing temporary or seasonal work, and applicants who score below 60 points. Class C is managed by quota, so places are limited.",
            "zh-hans": "从事临时性、季节性工作的外国人，以及计点积分低于60分的申请人。C类实行配额管理，名额有限。",
            "ar": "الأجانب الذين يؤدون عملًا مؤقتًا أو موسميًا، والمتقدمون الحاصلون على أقل من 60 نقطة. وتخضع الفئة C لنظام الحصص، لذا فالأماكن محدودة.",
            "ru": "Иностранцы на временной или сезонной работе, а также заявители, набравшие менее 60 баллов. Категория C выдаётся в пределах квот, поэтому мест немного.",
            "es": "Extranjeros con trabajos temporales o de temporada y solicitantes con menos de 60 puntos. La clase C se gestiona por cupos, así que las plazas son limitadas.",
            "fr": "Étrangers effectuant un travail temporaire ou saisonnier, et candidats obtenant moins de 60 points. La catégorie C est gérée par quotas : les places sont limitées.",
        },
        "eligibility": {
            "en": "<p>Points decide the class: A ≥ 85, B 60–84, <b>C below 60</b>.</p><p>Class C covers temporary, seasonal and other quota-managed work. Because of the quota, an application can fail even when the file is complete: ask the local office about available places early.</p><p>The age limit is 60 in principle, but it can be relaxed.</p>",
            "zh-hans": "<p>按计点积分分类：A类 ≥ 85分，B类60–84分，<b>C类低于60分</b>。</p><p>C类适用于临时性、季节性及其他实行配额管理的工作。由于实行配额，即使材料齐全也可能无法获批：请尽早向当地受理机构了解名额情况。</p><p>年龄原则上不超过60周岁，可适当放宽。</p>",
            "ar": "<p>تحدد النقاط الفئة: A ≥ 85، وB من 60 إلى 84، و<b>C أقل من 60</b>.</p><p>تشمل الفئة C العمل المؤقت والموسمي وغيره من الأعمال الخاضعة للحصص. وبسبب الحصص قد يُرفض الطلب حتى لو كان الملف مكتملًا، فاسأل المكتب المحلي مبكرًا عن الأماكن المتاحة.</p><p>الحد الأقصى للسن 60 عامًا من حيث المبدأ، ويمكن تخفيفه.</p>",
            "ru": "<p>Категорию определяют баллы: A — от 85, B — 60–84, <b>C — меньше 60</b>.</p><p>Категория C охватывает временную, сезонную и другую работу в пределах квот. Из-за квот заявку могут отклонить даже при полном комплекте документов, поэтому заранее узнайте в местном органе о свободных местах.</p><p>Возрастной предел — 60 лет, но из него допускаются исключения.</p>",
            "es": "<p>Los puntos deciden la clase: A ≥ 85, B 60–84, <b>C menos de 60</b>.</p><p>La clase C abarca el trabajo temporal, de temporada y otros sujetos a cupo. Por el cupo, una solicitud puede no prosperar aunque el expediente esté completo: pregunte pronto a la oficina local si quedan plazas.</p><p>El límite de edad es, en principio, 60 años, aunque puede flexibilizarse.</p>",
            "fr": "<p>Les points déterminent la catégorie : A ≥ 85, B de 60 à 84, <b>C en dessous de 60</b>.</p><p>La catégorie C couvre le travail temporaire, saisonnier et les autres emplois soumis à quota. À cause du quota, une demande peut échouer même avec un dossier complet : interrogez tôt le bureau local sur les places disponibles.</p><p>La limite d'âge est en principe de 60 ans, mais elle peut être assouplie.</p>",
        },
        "documents": WORK_DOCUMENTS,
        "steps": {
            "en": [
                {
                    "title": "Ask about the quota",
                    "text": "<p>Your employer checks with the local office whether class C places are available.</p>",
                },
                {
                    "title": "Gather the documents",
                    "text": "<p>The criminal-record and medical certificates are each valid 6 months.</p>",
                },
                {
                    "title": "Your employer applies online",
                    "text": "<p>For work of up to 90 days a decision is due within 5 working days; otherwise within 20.</p>",
                },
                {
                    "title": "Apply for your visa",
                    "text": "<p>Within 90 days of the work-permit notice.</p>",
                },
                {
                    "title": "After arrival",
                    "text": "<p>Register your residence within 24 hours, then follow the deadlines your local office gives you.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "了解配额",
                    "text": "<p>由用人单位向当地受理机构确认是否还有C类名额。</p>",
                },
                {"title": "准备材料", "text": "<p>无犯罪记录证明和体检证明的有效期均为6个月。</p>"},
                {
                    "title": "用人单位在线申请",
                    "text": "<p>工作期限在90天以内的，5个工作日内作出决定；其他情况为20个工作日内。</p>",
                },
                {"title": "申请签证", "text": "<p>须在取得工作许可通知后90天内申请。</p>"},
                {
                    "title": "入境之后",
                    "text": "<p>24小时内办理住宿登记，之后按当地受理机构告知的时限办理其他手续。</p>",
                },
            ],
            "ar": [
                {
                    "title": "اسأل عن الحصة",
                    "text": "<p>تتحقق جهة العمل لدى المكتب المحلي من توفر أماكن في الفئة C.</p>",
                },
                {
                    "title": "اجمع الوثائق",
                    "text": "<p>صلاحية كل من شهادة الخلو من السوابق والشهادة الطبية 6 أشهر.</p>",
                },
                {
                    "title": "تقدّم جهة العمل الطلب إلكترونيًا",
                    "text": "<p>للعمل الذي لا يتجاوز 90 يومًا يصدر القرار خلال 5 أيام عمل، وفي غير ذلك خلال 20 يومًا.</p>",
                },
                {"title": "اطلب التأشيرة", "text": "<p>خلال 90 يومًا من إشعار تصريح العمل.</p>"},
                {
                    "title": "بعد الوصول",
                    "text": "<p>سجّل مكان إقامتك خلال 24 ساعة، ثم التزم بالمواعيد التي يحددها لك المكتب المحلي.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Узнайте о квоте",
                    "text": "<p>Работодатель уточняет в местном органе, есть ли свободные места категории C.</p>",
                },
                {
                    "title": "Соберите документы",
                    "text": "<p>Справка о несудимости и медицинское заключение действуют по 6 месяцев.</p>",
                },
                {
                    "title": "Работодатель подаёт заявку онлайн",
                    "text": "<p>Для работы сроком до 90 дней решение принимается в течение 5 рабочих дней, в остальных случаях — в течение 20.</p>",
                },
                {
                    "title": "Оформите визу",
                    "text": "<p>В течение 90 дней с даты уведомления о разрешении.</p>",
                },
                {
                    "title": "После въезда",
                    "text": "<p>Зарегистрируйтесь по месту пребывания в течение 24 часов, а дальше соблюдайте сроки, которые назовёт местный орган.</p>",
                },
            ],
            "es": [
                {
                    "title": "Pregunte por el cupo",
                    "text": "<p>Su empleador consulta con la oficina local si quedan plazas de clase C.</p>",
                },
                {
                    "title": "Reúna los documentos",
                    "text": "<p>Los certificados de antecedentes penales y médico valen 6 meses cada uno.</p>",
                },
                {
                    "title": "Su empleador presenta la solicitud en línea",
                    "text": "<p>Para trabajos de hasta 90 días la resolución llega en 5 días hábiles; en los demás casos, en 20.</p>",
                },
                {
                    "title": "Solicite el visado",
                    "text": "<p>En los 90 días siguientes a la notificación del permiso de trabajo.</p>",
                },
                {
                    "title": "Tras la llegada",
                    "text": "<p>Registre su residencia en 24 horas y después respete los plazos que le indique la oficina local.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Renseignez-vous sur le quota",
                    "text": "<p>Votre employeur vérifie auprès du bureau local s'il reste des places en catégorie C.</p>",
                },
                {
                    "title": "Rassemblez les documents",
                    "text": "<p>L'extrait de casier judiciaire et le certificat médical sont chacun valables 6 mois.</p>",
                },
                {
                    "title": "Votre employeur dépose la demande en ligne",
                    "text": "<p>Pour un travail de 90 jours au plus, la décision intervient sous 5 jours ouvrables ; sinon sous 20.</p>",
                },
                {
                    "title": "Demandez votre visa",
                    "text": "<p>Dans les 90 jours suivant la notification du permis de travail.</p>",
                },
                {
                    "title": "Après l'arrivée",
                    "text": "<p>Déclarez votre lieu de résidence sous 24 heures, puis respectez les délais indiqués par le bureau local.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Decision within 5 working days for work of up to 90 days; otherwise within 20 working days (plus 10 in special cases). Some cities publish 5–10 working days.",
            "zh-hans": "工作期限在90天以内的，5个工作日内作出决定；其他情况为20个工作日内（特殊情况可延长10个工作日）。部分城市公布为5–10个工作日。",
            "ar": "يصدر القرار خلال 5 أيام عمل للعمل الذي لا يتجاوز 90 يومًا، وفي غير ذلك خلال 20 يوم عمل (تُضاف 10 أيام في حالات خاصة). وتعلن بعض المدن 5–10 أيام عمل.",
            "ru": "Решение — в течение 5 рабочих дней для работы сроком до 90 дней, иначе в течение 20 рабочих дней (в особых случаях ещё 10). Некоторые города указывают 5–10 рабочих дней.",
            "es": "Resolución en 5 días hábiles para trabajos de hasta 90 días; si no, en 20 días hábiles (10 más en casos especiales). Algunas ciudades publican 5–10 días hábiles.",
            "fr": "Décision sous 5 jours ouvrables pour un travail de 90 jours au plus ; sinon sous 20 jours ouvrables (10 de plus dans des cas particuliers). Certaines villes annoncent 5 à 10 jours ouvrables.",
        },
        "fees": WORK_FEES,
        "where_to_apply": WORK_WHERE,
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Below 60 points?",
                        "text": "<p>Check the direct routes to class B first: a bachelor's degree with 2 years' related experience, or a master's from a Chinese or world top-100 university, qualifies without points.</p>",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "积分不足60分？",
                        "text": "<p>请先看看能否直接认定为B类：具有学士学位及2年相关工作经历，或取得中国高校、世界排名前100高校的硕士学位，均无需计点。</p>",
                    },
                },
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "أقل من 60 نقطة؟",
                        "text": "<p>تحقق أولًا من المسارات المباشرة إلى الفئة B: شهادة بكالوريوس مع خبرة ذات صلة لمدة سنتين، أو ماجستير من جامعة صينية أو من أفضل 100 جامعة في العالم، تكفي دون نقاط.</p>",
                    },
                },
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Меньше 60 баллов?",
                        "text": "<p>Сначала проверьте прямые пути в категорию B: степень бакалавра с 2 годами опыта по специальности или магистратура китайского вуза либо вуза из мировой первой сотни дают право на неё без баллов.</p>",
                    },
                },
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "¿Menos de 60 puntos?",
                        "text": "<p>Revise primero las vías directas a la clase B: un grado con 2 años de experiencia relacionada, o un máster de una universidad china o de las 100 mejores del mundo, bastan sin puntos.</p>",
                    },
                },
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Moins de 60 points ?",
                        "text": "<p>Vérifiez d'abord les voies directes vers la catégorie B : une licence avec 2 ans d'expérience pertinente, ou un master d'une université chinoise ou du top 100 mondial, suffit sans points.</p>",
                    },
                },
            ],
        },
        "sources": list(SOURCES_WORK),
    }
)

RESOURCES.append(
    {
        "slug": "residence-permit",
        "permit_type": "residence",
        "last_verified": VERIFIED,
        "title": {
            "en": "Residence permit for work",
            "zh-hans": "工作类居留许可",
            "ar": "تصريح الإقامة لغرض العمل",
            "ru": "Вид на жительство для работы",
            "es": "Permiso de residencia por trabajo",
            "fr": "Permis de séjour pour travail",
        },
        "who_for": {
            "en": "Foreign employees who entered China on a Z visa with a work permit. The Z visa is only for entry: the residence permit lets you stay and travel in and out.",
            "zh-hans": "持Z字签证并已取得工作许可入境的外籍员工。Z字签证仅用于入境，居留许可才允许您在华居留并多次出入境。",
            "ar": "الموظفون الأجانب الذين دخلوا الصين بتأشيرة Z مع تصريح عمل. فتأشيرة Z للدخول فقط، أما تصريح الإقامة فيتيح لك البقاء والدخول والخروج.",
            "ru": "Иностранные сотрудники, въехавшие в Китай по визе Z с разрешением на работу. Виза Z нужна только для въезда: вид на жительство позволяет жить в стране, выезжать и возвращаться.",
            "es": "Empleados extranjeros que entraron en China con un visado Z y un permiso de trabajo. El visado Z solo sirve para entrar: el permiso de residencia le permite quedarse, salir y volver.",
            "fr": "Salariés étrangers entrés en Chine avec un visa Z et un permis de travail. Le visa Z ne sert qu'à entrer : le permis de séjour vous permet de rester, de sortir et de revenir.",
        },
        "eligibility": {
            "en": "<p>You need:</p><ul><li>a work permit (class A, B or C) for your employer in the city;</li><li>entry on a Z visa, with the application made <b>within 30 days of entry</b>;</li><li>your residence registered with the police.</li></ul><p>The permit is valid from 90 days to 5 years, usually in line with the work permit.</p>",
            "zh-hans": "<p>您需要：</p><ul><li>持有在当地用人单位工作的工作许可（A、B或C类）；</li><li>持Z字签证入境，并<b>在入境后30天内</b>提出申请；</li><li>已向公安机关办理住宿登记。</li></ul><p>居留许可有效期为90天至5年，通常与工作许可一致。</p>",
            "ar": "<p>تحتاج إلى:</p><ul><li>تصريح عمل (فئة A أو B أو C) لدى جهة عملك في المدينة؛</li><li>الدخول بتأشيرة Z وتقديم الطلب <b>خلال 30 يومًا من الدخول</b>؛</li><li>تسجيل مكان إقامتك لدى الشرطة.</li></ul><p>يكون التصريح صالحًا من 90 يومًا إلى 5 سنوات، وعادةً ما يتوافق مع تصريح العمل.</p>",
            "ru": "<p>Вам нужны:</p><ul><li>разрешение на работу (категории A, B или C) у работодателя в этом городе;</li><li>въезд по визе Z и подача заявления <b>в течение 30 дней после въезда</b>;</li><li>регистрация по месту пребывания в полиции.</li></ul><p>Вид на жительство выдаётся на срок от 90 дней до 5 лет, обычно в соответствии с разрешением на работу.</p>",
            "es": "<p>Necesita:</p><ul><li>un permiso de trabajo (clase A, B o C) con su empleador en la ciudad;</li><li>haber entrado con un visado Z y presentar la solicitud <b>en los 30 días siguientes a la entrada</b>;</li><li>su residencia registrada ante la policía.</li></ul><p>El permiso vale de 90 días a 5 años, normalmente en línea con el permiso de trabajo.</p>",
            "fr": "<p>Il vous faut :</p><ul><li>un permis de travail (catégorie A, B ou C) chez votre employeur dans la ville ;</li><li>une entrée avec un visa Z et une demande déposée <b>dans les 30 jours suivant l'entrée</b> ;</li><li>votre lieu de résidence déclaré à la police.</li></ul><p>Le permis est valable de 90 jours à 5 ans, en général en phase avec le permis de travail.</p>",
        },
        "documents": {
            "en": [
                {"name": "Application form", "note": ""},
                {
                    "name": "Passport",
                    "note": "The office keeps it while your application is processed.",
                },
                {"name": "Work-permit card", "note": "Collected within 30 days of entry."},
                {
                    "name": "Registration of residence form",
                    "note": "From your hotel or the local police station.",
                },
                {
                    "name": "Medical certificate",
                    "note": "From an International Travel Health Care Center; valid 6 months.",
                },
                {"name": "Photo", "note": "Ask the local office for its photo requirements."},
            ],
            "zh-hans": [
                {"name": "申请表", "note": ""},
                {"name": "护照", "note": "审批期间由受理机关留存。"},
                {"name": "工作许可证", "note": "入境后30天内领取。"},
                {"name": "住宿登记表", "note": "由酒店或当地派出所出具。"},
                {"name": "体检证明", "note": "由国际旅行卫生保健中心出具，有效期6个月。"},
                {"name": "照片", "note": "照片要求请向当地受理机关咨询。"},
            ],
            "ar": [
                {"name": "استمارة الطلب", "note": ""},
                {"name": "جواز السفر", "note": "يحتفظ به المكتب أثناء معالجة طلبك."},
                {"name": "بطاقة تصريح العمل", "note": "تُستلم خلال 30 يومًا من الدخول."},
                {"name": "استمارة تسجيل الإقامة", "note": "من الفندق أو من مركز الشرطة المحلي."},
                {
                    "name": "شهادة طبية",
                    "note": "من مركز الرعاية الصحية للسفر الدولي؛ صالحة 6 أشهر.",
                },
                {"name": "صورة شخصية", "note": "اسأل المكتب المحلي عن مواصفات الصورة."},
            ],
            "ru": [
                {"name": "Заявление", "note": ""},
                {
                    "name": "Паспорт",
                    "note": "Остаётся в управлении, пока рассматривается заявление.",
                },
                {
                    "name": "Карта разрешения на работу",
                    "note": "Получается в течение 30 дней после въезда.",
                },
                {
                    "name": "Бланк регистрации по месту пребывания",
                    "note": "Из гостиницы или местного полицейского участка.",
                },
                {
                    "name": "Медицинское заключение",
                    "note": "Из Международного центра охраны здоровья путешественников; действует 6 месяцев.",
                },
                {"name": "Фотография", "note": "Требования к фото уточните в местном управлении."},
            ],
            "es": [
                {"name": "Formulario de solicitud", "note": ""},
                {
                    "name": "Pasaporte",
                    "note": "La oficina lo retiene mientras tramita su solicitud.",
                },
                {
                    "name": "Tarjeta de permiso de trabajo",
                    "note": "Se recoge en los 30 días siguientes a la entrada.",
                },
                {
                    "name": "Formulario de registro de residencia",
                    "note": "Del hotel o de la comisaría local.",
                },
                {
                    "name": "Certificado médico",
                    "note": "De un Centro Internacional de Salud para Viajeros; válido 6 meses.",
                },
                {
                    "name": "Fotografía",
                    "note": "Pregunte a la oficina local los requisitos de la foto.",
                },
            ],
            "fr": [
                {"name": "Formulaire de demande", "note": ""},
                {
                    "name": "Passeport",
                    "note": "Le bureau le conserve pendant l'examen de votre demande.",
                },
                {
                    "name": "Carte de permis de travail",
                    "note": "Retirée dans les 30 jours suivant l'entrée.",
                },
                {
                    "name": "Fiche de déclaration de résidence",
                    "note": "Délivrée par l'hôtel ou le poste de police local.",
                },
                {
                    "name": "Certificat médical",
                    "note": "D'un centre international de santé des voyageurs ; valable 6 mois.",
                },
                {"name": "Photo", "note": "Demandez au bureau local ses exigences pour la photo."},
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Register your residence",
                    "text": "<p>Within 24 hours of arrival (one source says 48). A hotel does it for you; otherwise go to the local police station. The fine is up to RMB 2,000.</p>",
                },
                {
                    "title": "Get the medical certificate",
                    "text": "<p>From an International Travel Health Care Center; it is valid 6 months.</p>",
                },
                {
                    "title": "Collect the work-permit card",
                    "text": "<p>Within 30 days of entry; some employers set 10 days.</p>",
                },
                {
                    "title": "Apply at the exit-entry office",
                    "text": "<p>Within 30 days of entry. Your passport is held meanwhile, so do not plan trips.</p>",
                },
                {
                    "title": "Keep it valid",
                    "text": "<p>Extend it at least 30 days before expiry; the work permit is renewed 30–90 days before its own expiry.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "办理住宿登记",
                    "text": "<p>抵达后24小时内办理（有资料称48小时）。住酒店的由酒店代办，否则请到当地派出所办理。逾期最高可罚款2000元人民币。</p>",
                },
                {
                    "title": "取得体检证明",
                    "text": "<p>由国际旅行卫生保健中心出具，有效期6个月。</p>",
                },
                {
                    "title": "领取工作许可证",
                    "text": "<p>入境后30天内领取；部分用人单位要求10天内办妥。</p>",
                },
                {
                    "title": "到出入境管理部门申请",
                    "text": "<p>入境后30天内申请。审批期间护照由受理机关留存，请勿安排出行。</p>",
                },
                {
                    "title": "保持证件有效",
                    "text": "<p>居留许可须在到期前至少30天申请延期；工作许可须在到期前30–90天申请延期。</p>",
                },
            ],
            "ar": [
                {
                    "title": "سجّل مكان إقامتك",
                    "text": "<p>خلال 24 ساعة من الوصول (يذكر أحد المصادر 48 ساعة). يتولى الفندق ذلك نيابة عنك، وإلا فتوجّه إلى مركز الشرطة المحلي. وتصل الغرامة إلى 2,000 يوان.</p>",
                },
                {
                    "title": "احصل على الشهادة الطبية",
                    "text": "<p>من مركز الرعاية الصحية للسفر الدولي، وهي صالحة 6 أشهر.</p>",
                },
                {
                    "title": "استلم بطاقة تصريح العمل",
                    "text": "<p>خلال 30 يومًا من الدخول؛ وتحدد بعض جهات العمل 10 أيام.</p>",
                },
                {
                    "title": "قدّم الطلب في مكتب الدخول والخروج",
                    "text": "<p>خلال 30 يومًا من الدخول. يُحتجز جوازك أثناء ذلك، فلا تخطط للسفر.</p>",
                },
                {
                    "title": "حافظ على صلاحيته",
                    "text": "<p>جدّده قبل انتهائه بـ30 يومًا على الأقل؛ ويُجدَّد تصريح العمل قبل انتهائه بـ30 إلى 90 يومًا.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Зарегистрируйтесь по месту пребывания",
                    "text": "<p>В течение 24 часов после прибытия (в одном источнике — 48). Гостиница делает это сама; иначе обратитесь в местный полицейский участок. Штраф — до 2000 юаней.</p>",
                },
                {
                    "title": "Получите медицинское заключение",
                    "text": "<p>В Международном центре охраны здоровья путешественников; оно действует 6 месяцев.</p>",
                },
                {
                    "title": "Получите карту разрешения на работу",
                    "text": "<p>В течение 30 дней после въезда; некоторые работодатели ставят срок 10 дней.</p>",
                },
                {
                    "title": "Подайте заявление в управление по въезду и выезду",
                    "text": "<p>В течение 30 дней после въезда. Паспорт на это время остаётся в управлении, поэтому не планируйте поездок.</p>",
                },
                {
                    "title": "Следите за сроками",
                    "text": "<p>Продлевайте вид на жительство не позднее чем за 30 дней до окончания; разрешение на работу продлевают за 30–90 дней до окончания его срока.</p>",
                },
            ],
            "es": [
                {
                    "title": "Registre su residencia",
                    "text": "<p>En las 24 horas siguientes a la llegada (una fuente dice 48). Si se aloja en un hotel, lo hace el hotel; si no, acuda a la comisaría local. La multa llega a 2.000 RMB.</p>",
                },
                {
                    "title": "Obtenga el certificado médico",
                    "text": "<p>En un Centro Internacional de Salud para Viajeros; es válido 6 meses.</p>",
                },
                {
                    "title": "Recoja la tarjeta de permiso de trabajo",
                    "text": "<p>En los 30 días siguientes a la entrada; algunos empleadores fijan 10 días.</p>",
                },
                {
                    "title": "Presente la solicitud en la oficina de entrada y salida",
                    "text": "<p>En los 30 días siguientes a la entrada. Le retienen el pasaporte mientras tanto, así que no planee viajes.</p>",
                },
                {
                    "title": "Manténgalo vigente",
                    "text": "<p>Prorróguelo al menos 30 días antes de que caduque; el permiso de trabajo se renueva entre 30 y 90 días antes de su propio vencimiento.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Déclarez votre lieu de résidence",
                    "text": "<p>Dans les 24 heures suivant l'arrivée (une source indique 48). À l'hôtel, c'est l'hôtel qui s'en charge ; sinon, allez au poste de police local. L'amende peut atteindre 2 000 RMB.</p>",
                },
                {
                    "title": "Obtenez le certificat médical",
                    "text": "<p>Dans un centre international de santé des voyageurs ; il est valable 6 mois.</p>",
                },
                {
                    "title": "Retirez la carte de permis de travail",
                    "text": "<p>Dans les 30 jours suivant l'entrée ; certains employeurs fixent 10 jours.</p>",
                },
                {
                    "title": "Déposez la demande au service des entrées et sorties",
                    "text": "<p>Dans les 30 jours suivant l'entrée. Votre passeport est conservé pendant ce temps : ne prévoyez pas de voyage.</p>",
                },
                {
                    "title": "Gardez-le valide",
                    "text": "<p>Prolongez-le au moins 30 jours avant son expiration ; le permis de travail se renouvelle 30 à 90 jours avant sa propre échéance.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "By law a decision within 15 days; in practice usually 7–8 working days. Shanghai's single window issues work and residence permits together in 7 working days (class A; class B in pilot zones).",
            "zh-hans": "依法应在15日内作出决定，实际通常为7–8个工作日。上海“单一窗口”可在7个工作日内同时办结工作许可和居留许可（A类；B类限试点区域）。",
            "ar": "ينص القانون على صدور القرار خلال 15 يومًا، وفي الواقع عادةً خلال 7–8 أيام عمل. وتصدر النافذة الموحدة في شانغهاي تصريحَي العمل والإقامة معًا خلال 7 أيام عمل (الفئة A، والفئة B في المناطق التجريبية).",
            "ru": "По закону решение принимается в течение 15 дней, на практике обычно за 7–8 рабочих дней. «Единое окно» Шанхая оформляет разрешение на работу и вид на жительство вместе за 7 рабочих дней (категория A; категория B — в пилотных зонах).",
            "es": "Por ley, resolución en 15 días; en la práctica, normalmente 7–8 días hábiles. La ventanilla única de Shanghái emite juntos los permisos de trabajo y residencia en 7 días hábiles (clase A; clase B en zonas piloto).",
            "fr": "Selon la loi, décision sous 15 jours ; en pratique, généralement 7 à 8 jours ouvrables. Le guichet unique de Shanghai délivre ensemble permis de travail et de séjour en 7 jours ouvrables (catégorie A ; catégorie B dans les zones pilotes).",
        },
        "fees": {
            "en": "A national standard, the same in every city, set by the National Development and Reform Commission and the Ministry of Finance by length of validity. We could not check the notice itself, so we give no amount: the exit-entry office states it when you apply (questions: 12367).",
            "zh-hans": "全国统一标准，由国家发展和改革委员会、财政部按有效期长短制定。我们未能核对该收费文件原文，因此不列金额：受理申请时出入境管理部门会告知（咨询：12367）。",
            "ar": "معيار وطني واحد في كل المدن، تحدده اللجنة الوطنية للتنمية والإصلاح ووزارة المالية بحسب مدة الصلاحية. لم نتمكن من مراجعة نص الإشعار نفسه، لذا لا نذكر مبلغًا: يبلغك به مكتب الدخول والخروج عند التقديم (للاستفسار: 12367).",
            "ru": "Единый для всей страны сбор: его устанавливают Госкомитет по развитию и реформе и Минфин в зависимости от срока действия. Сам документ мы проверить не смогли, поэтому сумму не приводим: её назовут при подаче (вопросы: 12367).",
            "es": "Tasa nacional, igual en todas las ciudades, fijada por la Comisión Nacional de Desarrollo y Reforma y el Ministerio de Finanzas según la validez. No hemos podido consultar la circular, así que no damos importe: se lo indican al presentar la solicitud (dudas: 12367).",
            "fr": "Barème national, identique partout, fixé par la Commission nationale du développement et de la réforme et le ministère des Finances selon la durée de validité. Circulaire non consultée : aucun montant donné ; il est indiqué au dépôt (questions : 12367).",
        },
        "where_to_apply": {
            "en": "<p>In person at the <b>exit-entry administration of the local public security bureau</b> in the city where you live and work. Immigration hotline: <b>12367</b> (24/7, Chinese and English).</p>",
            "zh-hans": "<p>本人到居住和工作所在城市的<b>公安机关出入境管理部门</b>办理。移民管理服务热线：<b>12367</b>（全天24小时，中英文服务）。</p>",
            "ar": "<p>حضوريًا لدى <b>إدارة الدخول والخروج في مكتب الأمن العام المحلي</b> في المدينة التي تعيش وتعمل فيها. الخط الساخن للهجرة: <b>12367</b> (على مدار الساعة، بالصينية والإنجليزية).</p>",
            "ru": "<p>Лично в <b>управлении по въезду и выезду местного бюро общественной безопасности</b> в городе, где вы живёте и работаете. Горячая линия иммиграционной службы: <b>12367</b> (круглосуточно, на китайском и английском).</p>",
            "es": "<p>En persona en la <b>administración de entrada y salida de la oficina local de seguridad pública</b> de la ciudad donde vive y trabaja. Línea de inmigración: <b>12367</b> (24 horas, en chino e inglés).</p>",
            "fr": "<p>En personne au <b>service des entrées et sorties du bureau local de la sécurité publique</b> de la ville où vous vivez et travaillez. Ligne d'immigration : <b>12367</b> (24 h/24, en chinois et en anglais).</p>",
        },
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Changing or leaving your job",
                        "text": "<p>Changes to your work permit must be reported within 10 days, and the employer cancels it within 10 days of the contract's end. Your residence permit depends on it, so ask the exit-entry office what to do next.</p>",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "变更或离职",
                        "text": "<p>工作许可信息变更须在10日内申报，劳动合同终止后用人单位须在10日内注销工作许可。居留许可以工作许可为依据，请向出入境管理部门咨询后续手续。</p>",
                    },
                },
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "تغيير الوظيفة أو تركها",
                        "text": "<p>يجب الإبلاغ عن أي تغيير في تصريح العمل خلال 10 أيام، وتلغيه جهة العمل خلال 10 أيام من انتهاء العقد. ولأن تصريح الإقامة يعتمد عليه، اسأل مكتب الدخول والخروج عن الخطوة التالية.</p>",
                    },
                },
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Смена или уход с работы",
                        "text": "<p>Об изменениях в разрешении на работу нужно сообщить в течение 10 дней, а по окончании договора работодатель аннулирует его в течение 10 дней. Вид на жительство зависит от разрешения, поэтому узнайте в управлении по въезду и выезду, что делать дальше.</p>",
                    },
                },
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Si cambia de empleo o lo deja",
                        "text": "<p>Los cambios en el permiso de trabajo deben comunicarse en 10 días, y el empleador lo cancela en los 10 días siguientes al fin del contrato. Su permiso de residencia depende de él, así que pregunte en la oficina de entrada y salida qué hacer.</p>",
                    },
                },
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Changer d'emploi ou le quitter",
                        "text": "<p>Les changements concernant le permis de travail doivent être déclarés sous 10 jours, et l'employeur l'annule dans les 10 jours suivant la fin du contrat. Votre permis de séjour en dépend : demandez au service des entrées et sorties la marche à suivre.</p>",
                    },
                },
            ],
        },
        "sources": [
            SOURCE_RESIDENCE_GUIDE,
            {
                "title": "Work-type residence permit: documents, halls and hours",
                "url": "http://english.beijing.gov.cn/livinginbeijing/workresidencepermit/index.html",
                "publisher": "Beijing Municipal People's Government",
                "verified_on": "2026-12-06",
            },
        ],
    }
)
