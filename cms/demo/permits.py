"""National work-permit and residence-permit resources (classes A, B, C and the residence permit).

Figures come from /work/shared/FACTS.md; where sources disagree the text says so.
No checked fee figure exists, so none is given.
"""

VERIFIED = "2026-11-01"

SOURCES_WORK = [
    {
        "title": "Foreigner's Work Permit Service System",
        "url": "https://fuwu.most.gov.cn/",
        "publisher": "Ministry of Science and Technology",
        "verified_on": VERIFIED,
    },
    {
        "title": "State Administration of Foreign Experts Affairs",
        "url": "https://www.safea.gov.cn/",
        "publisher": "SAFEA",
        "verified_on": VERIFIED,
    },
]

SOURCE_NIA = {
    "title": "National Immigration Administration",
    "url": "https://www.nia.gov.cn/",
    "publisher": "NIA",
    "verified_on": VERIFIED,
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

RESOURCES.append({
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
        "en": "<p>Points decide the class: <b>A ≥ 85</b>, B 60–84, C below 60. The official wording for A is \"85 points or above\"; some secondary sources write \"over 85\" or \"86+\", so check your score with the local office if it is close.</p><p>Class A is also open <b>without points</b> to:</p><ul><li>people selected for national or provincial talent programmes;</li><li>people with internationally recognised achievements;</li><li>innovative entrepreneurs;</li><li>excellent young talents;</li><li>people paid at least 6 times the local average salary (Shanghai published RMB 600,000 a year with at least RMB 120,000 of individual income tax).</li></ul><p>The age limit is 60 in principle, but it can be relaxed.</p>",
        "zh-hans": "<p>按计点积分分类：<b>A类 ≥ 85分</b>，B类60–84分，C类低于60分。官方对A类的表述为“计点积分在85分以上”；部分二手资料写作“超过85分”或“86分以上”，分数接近时请向当地受理机构确认。</p><p>符合以下条件之一的，<b>无需计点</b>即可申请A类：</p><ul><li>入选国家或省级人才计划；</li><li>取得国际公认的成就；</li><li>创新创业人才；</li><li>优秀青年人才；</li><li>工资性年收入不低于当地平均工资6倍（上海公布的标准为年薪60万元人民币，且年缴个人所得税不低于12万元）。</li></ul><p>年龄原则上不超过60周岁，可适当放宽。</p>",
        "ar": "<p>تحدد النقاط الفئة: <b>A ≥ 85</b>، وB من 60 إلى 84، وC أقل من 60. الصياغة الرسمية للفئة A هي \"85 نقطة فأكثر\"؛ وتكتب بعض المصادر الثانوية \"أكثر من 85\" أو \"86 فأكثر\"، لذا تحقق من نقاطك لدى المكتب المحلي إن كانت قريبة من الحد.</p><p>ويمكن الحصول على الفئة A <b>دون نقاط</b> لكل من:</p><ul><li>المختارين في برامج المواهب الوطنية أو الإقليمية؛</li><li>أصحاب الإنجازات المعترف بها دوليًا؛</li><li>رواد الأعمال المبتكرين؛</li><li>الشباب المتميزين؛</li><li>من يتقاضون 6 أضعاف متوسط الأجر المحلي على الأقل (نشرت شانغهاي 600,000 يوان سنويًا مع ضريبة دخل فردية لا تقل عن 120,000 يوان).</li></ul><p>الحد الأقصى للسن 60 عامًا من حيث المبدأ، ويمكن تخفيفه.</p>",
        "ru": "<p>Категорию определяют баллы: <b>A — от 85</b>, B — 60–84, C — меньше 60. Официально для A сказано «85 баллов и выше»; во вторичных источниках встречается «более 85» или «от 86», поэтому при пограничном результате уточните его в местном органе.</p><p>Категорию A можно получить и <b>без баллов</b>, если вы:</p><ul><li>отобраны в национальную или провинциальную программу привлечения талантов;</li><li>имеете достижения международного уровня;</li><li>инновационный предприниматель;</li><li>выдающийся молодой специалист;</li><li>получаете не менее 6 средних зарплат по региону (Шанхай опубликовал 600 000 юаней в год при подоходном налоге не менее 120 000 юаней).</li></ul><p>Возрастной предел — 60 лет, но из него допускаются исключения.</p>",
        "es": "<p>Los puntos deciden la clase: <b>A ≥ 85</b>, B 60–84, C menos de 60. La redacción oficial para la A es «85 puntos o más»; algunas fuentes secundarias dicen «más de 85» u «86 o más», así que, si su puntuación está en el límite, confírmela con la oficina local.</p><p>También se accede a la clase A <b>sin puntos</b> si se es:</p><ul><li>seleccionado en un programa de talento nacional o provincial;</li><li>autor de logros reconocidos internacionalmente;</li><li>emprendedor innovador;</li><li>joven talento excelente;</li><li>perceptor de al menos 6 veces el salario medio local (Shanghái publicó 600.000 RMB al año con al menos 120.000 RMB de impuesto sobre la renta).</li></ul><p>El límite de edad es, en principio, 60 años, aunque puede flexibilizarse.</p>",
        "fr": "<p>Les points déterminent la catégorie : <b>A ≥ 85</b>, B de 60 à 84, C en dessous de 60. Le texte officiel pour la A dit « 85 points ou plus » ; certaines sources secondaires écrivent « plus de 85 » ou « 86 et plus » : si votre score est limite, vérifiez-le auprès du bureau local.</p><p>La catégorie A est aussi ouverte <b>sans points</b> :</p><ul><li>aux lauréats de programmes de talents nationaux ou provinciaux ;</li><li>aux personnes ayant des réalisations reconnues internationalement ;</li><li>aux entrepreneurs innovants ;</li><li>aux jeunes talents d'excellence ;</li><li>aux personnes payées au moins 6 fois le salaire moyen local (Shanghai a publié 600 000 RMB par an avec au moins 120 000 RMB d'impôt sur le revenu).</li></ul><p>La limite d'âge est en principe de 60 ans, mais elle peut être assouplie.</p>",
    },
    "documents": WORK_DOCUMENTS,
    "steps": {
        "en": [
            {"title": "Check your route", "text": "<p>Either a direct route above or 85 points or more.</p>"},
            {"title": "Gather the documents", "text": "<p>Order the criminal-record certificate and medical certificate early: each is valid 6 months.</p>"},
            {"title": "Your employer applies online", "text": "<p>A decision is due within 20 working days.</p>"},
            {"title": "Apply for your visa", "text": "<p>You have 90 days from the work-permit notice. Class A talent can ask for an R visa instead of a Z visa.</p>"},
            {"title": "After arrival", "text": "<ul><li>Register your residence within 24 hours.</li><li>Collect the work-permit card within 30 days.</li><li>Apply for the residence permit within 30 days.</li></ul>"},
        ],
        "zh-hans": [
            {"title": "确认申请途径", "text": "<p>符合上述直接认定条件之一，或计点积分达到85分以上。</p>"},
            {"title": "准备材料", "text": "<p>尽早办理无犯罪记录证明和体检证明：两者均只有6个月有效期。</p>"},
            {"title": "用人单位在线申请", "text": "<p>审批决定应在20个工作日内作出。</p>"},
            {"title": "申请签证", "text": "<p>须在取得工作许可通知后90天内申请。A类人才可申请R字签证代替Z字签证。</p>"},
            {"title": "入境之后", "text": "<ul><li>24小时内办理住宿登记。</li><li>30天内领取工作许可证。</li><li>30天内申请居留许可。</li></ul>"},
        ],
        "ar": [
            {"title": "تحقق من مسارك", "text": "<p>إما أحد المسارات المباشرة أعلاه أو 85 نقطة فأكثر.</p>"},
            {"title": "اجمع الوثائق", "text": "<p>اطلب شهادة الخلو من السوابق والشهادة الطبية مبكرًا: صلاحية كل منهما 6 أشهر.</p>"},
            {"title": "تقدّم جهة العمل الطلب إلكترونيًا", "text": "<p>يصدر القرار خلال 20 يوم عمل.</p>"},
            {"title": "اطلب التأشيرة", "text": "<p>أمامك 90 يومًا من إشعار تصريح العمل. ويمكن لكفاءات الفئة A طلب تأشيرة R بدلًا من تأشيرة Z.</p>"},
            {"title": "بعد الوصول", "text": "<ul><li>سجّل مكان إقامتك خلال 24 ساعة.</li><li>استلم بطاقة تصريح العمل خلال 30 يومًا.</li><li>قدّم طلب تصريح الإقامة خلال 30 يومًا.</li></ul>"},
        ],
        "ru": [
            {"title": "Определите свой путь", "text": "<p>Один из прямых путей выше или 85 баллов и более.</p>"},
            {"title": "Соберите документы", "text": "<p>Заказывайте справку о несудимости и медицинское заключение заранее: каждое действует 6 месяцев.</p>"},
            {"title": "Работодатель подаёт заявку онлайн", "text": "<p>Решение должно быть принято в течение 20 рабочих дней.</p>"},
            {"title": "Оформите визу", "text": "<p>На это есть 90 дней с даты уведомления о разрешении. Специалисты категории A могут запросить визу R вместо визы Z.</p>"},
            {"title": "После въезда", "text": "<ul><li>Зарегистрируйтесь по месту пребывания в течение 24 часов.</li><li>Получите карту разрешения на работу в течение 30 дней.</li><li>Подайте на вид на жительство в течение 30 дней.</li></ul>"},
        ],
        "es": [
            {"title": "Compruebe su vía de acceso", "text": "<p>Una de las vías directas anteriores o 85 puntos o más.</p>"},
            {"title": "Reúna los documentos", "text": "<p>Pida pronto el certificado de antecedentes penales y el certificado médico: cada uno vale 6 meses.</p>"},
            {"title": "Su empleador presenta la solicitud en línea", "text": "<p>La resolución debe llegar en un plazo de 20 días hábiles.</p>"},
            {"title": "Solicite el visado", "text": "<p>Tiene 90 días desde la notificación del permiso de trabajo. El talento de clase A puede pedir un visado R en lugar de un visado Z.</p>"},
            {"title": "Tras la llegada", "text": "<ul><li>Registre su residencia en 24 horas.</li><li>Recoja la tarjeta de permiso de trabajo en 30 días.</li><li>Solicite el permiso de residencia en 30 días.</li></ul>"},
        ],
        "fr": [
            {"title": "Vérifiez votre voie d'accès", "text": "<p>Une des voies directes ci-dessus, ou 85 points ou plus.</p>"},
            {"title": "Rassemblez les documents", "text": "<p>Demandez tôt l'extrait de casier judiciaire et le certificat médical : chacun est valable 6 mois.</p>"},
            {"title": "Votre employeur dépose la demande en ligne", "text": "<p>La décision doit intervenir sous 20 jours ouvrables.</p>"},
            {"title": "Demandez votre visa", "text": "<p>Vous avez 90 jours à compter de la notification du permis de travail. Les talents de catégorie A peuvent demander un visa R au lieu d'un visa Z.</p>"},
            {"title": "Après l'arrivée", "text": "<ul><li>Déclarez votre lieu de résidence sous 24 heures.</li><li>Retirez la carte de permis de travail sous 30 jours.</li><li>Demandez le permis de séjour sous 30 jours.</li></ul>"},
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
            {"type": "callout", "value": {"kind": "tip", "title": "The R visa", "text": "<p>For class A talent: a confirmation letter within 5 working days, the visa the next day to 2 working days later, valid 5–10 years with multiple entries and stays of up to 180 days. Visa fees are waived for the talent, the spouse and minor children.</p>"}},
        ],
        "zh-hans": [
            {"type": "callout", "value": {"kind": "tip", "title": "R字签证", "text": "<p>适用于A类人才：5个工作日内出具确认函，次日至2个工作日内签发签证，有效期5–10年，多次入境，每次停留最长180天。人才本人及其配偶、未成年子女免缴签证费。</p>"}},
        ],
        "ar": [
            {"type": "callout", "value": {"kind": "tip", "title": "تأشيرة R", "text": "<p>لكفاءات الفئة A: رسالة تأكيد خلال 5 أيام عمل، ثم تصدر التأشيرة في اليوم التالي أو خلال يومَي عمل، صالحة من 5 إلى 10 سنوات، متعددة الدخول، مع إقامة تصل إلى 180 يومًا في كل مرة. وتُعفى الكفاءة وزوجها أو زوجتها وأطفالها القُصّر من رسوم التأشيرة.</p>"}},
        ],
        "ru": [
            {"type": "callout", "value": {"kind": "tip", "title": "Виза R", "text": "<p>Для специалистов категории A: подтверждающее письмо — в течение 5 рабочих дней, виза — на следующий день или в течение 2 рабочих дней; срок 5–10 лет, многократный въезд, до 180 дней за одно пребывание. Визовые сборы не взимаются со специалиста, супруга (супруги) и несовершеннолетних детей.</p>"}},
        ],
        "es": [
            {"type": "callout", "value": {"kind": "tip", "title": "El visado R", "text": "<p>Para el talento de clase A: carta de confirmación en 5 días hábiles y visado al día siguiente o en 2 días hábiles, válido 5–10 años, de entradas múltiples y estancias de hasta 180 días. Las tasas de visado no se cobran al talento, a su cónyuge ni a sus hijos menores.</p>"}},
        ],
        "fr": [
            {"type": "callout", "value": {"kind": "tip", "title": "Le visa R", "text": "<p>Pour les talents de catégorie A : lettre de confirmation sous 5 jours ouvrables, visa délivré le lendemain ou sous 2 jours ouvrables, valable 5 à 10 ans, à entrées multiples, pour des séjours de 180 jours au plus. Les frais de visa sont supprimés pour le talent, son conjoint et ses enfants mineurs.</p>"}},
        ],
    },
    "sources": SOURCES_WORK + [SOURCE_NIA],
})
