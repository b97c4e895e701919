"""Demo content for the three city communities: Beijing, Shanghai and Shenzhen.

Every figure here comes from a public source listed beside it. Rents and sizes
that no source gave are marked in the text as indicative estimates to confirm
with the operator. ``cms.demo.loader`` turns this data into pages.
"""

LANGS = ("en", "zh-hans", "ar", "ru", "es", "fr")


def _t(en, zh, ar, ru, es, fr):
    """A translated text: one value per site language."""
    return {"en": en, "zh-hans": zh, "ar": ar, "ru": ru, "es": es, "fr": fr}


def _by_lang(items):
    """Turn a list of dicts whose values are translated texts into one list per language.

    Values that are not dicts (numbers, for example) are copied as they are.
    """
    return {
        code: [
            {
                key: (value[code] if isinstance(value, dict) else value)
                for key, value in item.items()
            }
            for item in items
        ]
        for code in LANGS
    }


def _callout(kind, title, text):
    """One callout block per language, for the ``notes`` StreamField."""
    return {
        code: [
            {"type": "callout", "value": {"kind": kind, "title": title[code], "text": text[code]}}
        ]
        for code in LANGS
    }


def _src(title, url, publisher, verified_on):
    return {"title": title, "url": url, "publisher": publisher, "verified_on": verified_on}


# --- Shared wording ----------------------------------------------------------

METRO = _t("Metro", "地铁", "المترو", "Метро", "Metro", "Métro")
CAR = _t(
    "Car or taxi",
    "驾车或出租车",
    "سيارة أو سيارة أجرة",
    "Автомобиль или такси",
    "Coche o taxi",
    "Voiture ou taxi",
)
BIKE = _t(
    "Bicycle or taxi",
    "自行车或出租车",
    "دراجة أو سيارة أجرة",
    "Велосипед или такси",
    "Bicicleta o taxi",
    "Vélo ou taxi",
)

VIA_HR = _t(
    "Through your employer's HR department",
    "通过用人单位的人力资源部门",
    "عن طريق قسم الموارد البشرية لدى جهة عملك",
    "Через отдел кадров вашего работодателя",
    "A través del departamento de recursos humanos de su empresa",
    "Par le service des ressources humaines de votre employeur",
)

COMMUTE_NOTE = _t(
    "<p>Commute times are approximate and depend on the time of day and traffic.</p>",
    "<p>通勤时间为大致估算，随时段和交通状况而变化。</p>",
    "<p>أوقات التنقل تقريبية وتتغير بحسب الوقت وحركة المرور.</p>",
    "<p>Время в пути указано приблизительно и зависит от времени суток и пробок.</p>",
    "<p>Los tiempos de trayecto son aproximados y dependen de la hora y del tráfico.</p>",
    "<p>Les temps de trajet sont approximatifs et varient selon l'heure et la circulation.</p>",
)

FEES = _t(
    "No fee was checked for the work permit. The residence-permit fee is a national standard: see the national "
    "residence-permit page. The medical check is paid separately.",
    "工作许可的收费未经核实。居留许可收费为全国统一标准，请见全国居留许可页面。体检费用另付。",
    "لم يُتحقق من رسوم تصريح العمل. رسوم تصريح الإقامة معيار وطني: راجع صفحة تصريح الإقامة الوطنية. "
    "يُدفع الفحص الطبي على حدة.",
    "Сбор за разрешение на работу не проверен. Сбор за вид на жительство единый по стране: см. общенациональную "
    "страницу о виде на жительство. Медосмотр оплачивается отдельно.",
    "No se ha comprobado la tasa del permiso de trabajo. La tasa del permiso de residencia es nacional: consulte la "
    "página nacional del permiso de residencia. El examen médico se paga aparte.",
    "Aucun tarif vérifié pour le permis de travail. Les frais du permis de séjour suivent un barème national : "
    "voir la page nationale du permis de séjour. La visite médicale est payée à part.",
)

ESTIMATE_GENERIC = _t(
    "No current price list from the operator was found: the range is an approximation written from the "
    "sources below. Confirm with the operator.",
    "未找到运营方的现行价目表：此范围是根据下列来源估算的大致数字。请向运营方确认。",
    "لم نعثر على قائمة أسعار حالية من المشغّل: النطاق تقدير تقريبي مبني على المصادر أدناه. تأكد من المشغّل.",
    "Действующего прейскуранта оператора найти не удалось: диапазон приблизительно оценён по источникам "
    "ниже. Уточните у оператора.",
    "No se encontró una lista de precios vigente del operador: el rango es una aproximación hecha a partir "
    "de las fuentes de abajo. Confírmelo con el operador.",
    "Aucune grille tarifaire actuelle de l'exploitant n'a été trouvée : la fourchette est une "
    "approximation établie d'après les sources ci-dessous. À confirmer auprès de l'exploitant.",
)
ESTIMATE_QIANHAI = _t(
    "Rent computed from the 2018 benchmark of RMB 32 per m² a month for 35–50 m² flats. Confirm with the "
    "operator.",
    "租金按2018年每平方米每月32元的基准价、35–50平方米的面积计算。请向运营方确认。",
    "حُسب الإيجار من السعر المرجعي لعام 2018 البالغ 32 يوانًا للمتر المربع شهريًا لشقق من 35 إلى 50 مترًا مربعًا. "
    "تأكد من المشغّل.",
    "Аренда рассчитана по базовой ставке 2018 года — 32 юаня за м² в месяц — для квартир 35–50 м². "
    "Уточните у оператора.",
    "Alquiler calculado con la referencia de 2018, 32 RMB por m² al mes, para pisos de 35–50 m². "
    "Confírmelo con el operador.",
    "Loyer calculé d'après le barème 2018 de 32 RMB par m² et par mois pour des logements de 35 à "
    "50 m². À confirmer auprès de l'exploitant.",
)

# Each city's procedure links the national residence-permit page for the fee.
RP_PAGE = "/{code}/visas-and-permits/residence-permit/"
FEE_NOTE = _callout(
    "note",
    _t(
        "Residence-permit fee",
        "居留许可收费",
        "رسوم تصريح الإقامة",
        "Сбор за вид на жительство",
        "Tasa del permiso de residencia",
        "Frais du permis de séjour",
    ),
    {
        code: text.format(url=RP_PAGE.format(code=code))
        for code, text in _t(
            '<p>The fee is the same in every city: see <a href="{url}">the national residence-permit page</a>.</p>',
            '<p>各城市收费标准相同：请见<a href="{url}">全国居留许可页面</a>。</p>',
            '<p>الرسوم واحدة في كل المدن: راجع <a href="{url}">صفحة تصريح الإقامة الوطنية</a>.</p>',
            '<p>Сбор одинаков во всех городах: см. <a href="{url}">общенациональную страницу о виде на жительство</a>.</p>',
            '<p>La tasa es la misma en todas las ciudades: consulte <a href="{url}">la página nacional del permiso de residencia</a>.</p>',
            '<p>Les frais sont les mêmes dans toutes les villes : voir <a href="{url}">la page nationale du permis de séjour</a>.</p>',
        ).items()
    },
)


PASSPORT_NOTE = _callout(
    "warning",
    _t(
        "Your passport is held during processing",
        "办理期间护照会被留存",
        "يُحتجز جواز سفرك أثناء المعالجة",
        "Паспорт остаётся в ведомстве на время оформления",
        "Su pasaporte queda retenido durante el trámite",
        "Votre passeport est conservé pendant l'instruction",
    ),
    _t(
        "<p>Apply for the residence permit within 30 days of entry. The office keeps your passport while it "
        "processes the residence permit, so open your bank account and plan trips beforehand.</p>",
        "<p>入境后30日内须申请居留许可。审批期间出入境部门会留存护照，请提前办好银行开户并安排好出行。</p>",
        "<p>قدّم طلب تصريح الإقامة خلال 30 يومًا من الدخول. تحتفظ الجهة المختصة بجواز سفرك أثناء معالجة الطلب، "
        "لذا افتح حسابك المصرفي ورتّب سفرك قبل ذلك.</p>",
        "<p>Подайте на вид на жительство в течение 30 дней после въезда. На время оформления паспорт остаётся "
        "в ведомстве, поэтому заранее откройте банковский счёт и спланируйте поездки.</p>",
        "<p>Solicite el permiso de residencia en los 30 días siguientes a la entrada. La oficina retiene el "
        "pasaporte mientras lo tramita, así que abra antes su cuenta bancaria y planifique sus viajes.</p>",
        "<p>Demandez le permis de séjour dans les 30 jours suivant l'entrée. Le bureau garde votre passeport "
        "pendant l'instruction : ouvrez votre compte bancaire et organisez vos voyages avant.</p>",
    ),
)

# Documents asked for a work permit and a work-type residence permit (see FACTS.md).
DOCUMENTS = _by_lang(
    [
        {
            "name": _t(
                "Work permit application form",
                "外国人来华工作许可申请表",
                "استمارة طلب تصريح العمل",
                "Заявление на разрешение на работу",
                "Formulario de solicitud del permiso de trabajo",
                "Formulaire de demande de permis de travail",
            ),
            "note": _t(
                "Filled in online, signed by you and sealed by the employer.",
                "在线填写，本人签字并加盖用人单位公章。",
                "تُملأ عبر الإنترنت، وتوقّعها أنت وتختمها جهة العمل.",
                "Заполняется онлайн, подписывается вами и заверяется печатью работодателя.",
                "Se rellena en línea, con su firma y el sello de la empresa.",
                "Rempli en ligne, signé par vous et revêtu du cachet de l'employeur.",
            ),
        },
        {
            "name": _t("Passport", "护照", "جواز السفر", "Паспорт", "Pasaporte", "Passeport"),
            "note": _t(
                "Valid, with your current visa or residence permit.",
                "有效护照，含当前签证或居留许可。",
                "ساري المفعول، مع التأشيرة أو تصريح الإقامة الحالي.",
                "Действующий, с текущей визой или видом на жительство.",
                "Vigente, con su visado o permiso de residencia actual.",
                "En cours de validité, avec votre visa ou permis de séjour actuel.",
            ),
        },
        {
            "name": _t(
                "Registration of residence form",
                "住宿登记表",
                "استمارة تسجيل السكن",
                "Талон регистрации по месту пребывания",
                "Formulario de registro de alojamiento",
                "Fiche de déclaration de résidence",
            ),
            "note": _t(
                "From your hotel or the local police station, within 24 hours of arrival.",
                "入境后24小时内由酒店或当地派出所办理。",
                "من الفندق أو من مركز الشرطة المحلي خلال 24 ساعة من الوصول.",
                "Оформляется гостиницей или местным полицейским участком в течение 24 часов после прибытия.",
                "Lo expide el hotel o la comisaría local en las 24 horas siguientes a la llegada.",
                "Délivrée par l'hôtel ou le poste de police local dans les 24 heures suivant l'arrivée.",
            ),
        },
        {
            "name": _t(
                "Medical certificate",
                "健康证明",
                "الشهادة الطبية",
                "Медицинское заключение",
                "Certificado médico",
                "Certificat médical",
            ),
            "note": _t(
                "From an International Travel Health Care Center; valid 6 months.",
                "由国际旅行卫生保健中心出具，有效期6个月。",
                "من مركز الرعاية الصحية للسفر الدولي، وصالحة 6 أشهر.",
                "Выдаётся Международным центром охраны здоровья путешественников; действует 6 месяцев.",
                "Expedido por un Centro Internacional de Salud para Viajeros; válido 6 meses.",
                "Délivré par un centre international de santé des voyageurs ; valable 6 mois.",
            ),
        },
        {
            "name": _t(
                "Highest degree and proof of related work experience",
                "最高学历证书及相关工作经历证明",
                "أعلى شهادة جامعية وإثبات الخبرة العملية ذات الصلة",
                "Диплом о высшем образовании и подтверждение профильного опыта работы",
                "Título académico más alto y prueba de experiencia laboral relacionada",
                "Diplôme le plus élevé et preuve d'expérience professionnelle liée au poste",
            ),
            "note": _t(
                "Foreign degrees authenticated or verified by CSCSE; the experience letter names a referee who can be contacted.",
                "境外学历须经认证或由留学服务中心认证；工作经历证明须留有可联系的证明人。",
                "تُصدَّق الشهادات الأجنبية أو يتحقق منها مركز CSCSE، ويذكر خطاب الخبرة شخصًا مرجعيًا يمكن التواصل معه.",
                "Иностранные дипломы легализуются или проверяются CSCSE; в справке об опыте указывается контактное лицо.",
                "Los títulos extranjeros se autentican o verifica el CSCSE; la carta de experiencia indica una persona de contacto.",
                "Diplômes étrangers authentifiés ou vérifiés par le CSCSE ; l'attestation d'expérience indique un référent joignable.",
            ),
        },
        {
            "name": _t(
                "Criminal-record certificate",
                "无犯罪记录证明",
                "شهادة خلو السوابق الجنائية",
                "Справка об отсутствии судимости",
                "Certificado de antecedentes penales",
                "Extrait de casier judiciaire",
            ),
            "note": _t(
                "Apostilled (Apostille Convention states) or legalised; issued within the last 6 months.",
                "海牙公约缔约国办理附加证明书，其他国家办理领事认证；出具日期在6个月内。",
                "مصدّقة بالأبوستيل (لدول اتفاقية لاهاي) أو مصدّقة قنصليًا، وصادرة خلال الأشهر الستة الأخيرة.",
                "С апостилем (для стран Гаагской конвенции) или легализованная; выдана не ранее 6 месяцев назад.",
                "Apostillado (Estados del Convenio de la Apostilla) o legalizado; expedido en los últimos 6 meses.",
                "Apostillé (États parties à la Convention Apostille) ou légalisé ; délivré il y a moins de 6 mois.",
            ),
        },
        {
            "name": _t(
                "Employment contract",
                "劳动合同",
                "عقد العمل",
                "Трудовой договор",
                "Contrato de trabajo",
                "Contrat de travail",
            ),
            "note": _t(
                "In Chinese.",
                "中文文本。",
                "باللغة الصينية.",
                "На китайском языке.",
                "En chino.",
                "En chinois.",
            ),
        },
        {
            "name": _t("Photo", "照片", "صورة شخصية", "Фотография", "Fotografía", "Photo"),
            "note": _t(
                "White background; digital file JPG up to 1 MB and at least 354×472 pixels.",
                "白色背景；电子版为JPG格式，不超过1MB，不小于354×472像素。",
                "خلفية بيضاء؛ ملف رقمي بصيغة JPG لا يتجاوز 1 ميغابايت ولا يقل عن 354×472 بكسل.",
                "Белый фон; цифровой файл JPG не больше 1 МБ и не меньше 354×472 пикселей.",
                "Fondo blanco; archivo JPG de 1 MB como máximo y al menos 354×472 píxeles.",
                "Fond blanc ; fichier JPG de 1 Mo au plus et d'au moins 354×472 pixels.",
            ),
        },
        {
            "name": _t(
                "Chinese translations",
                "中文译文",
                "ترجمات صينية",
                "Переводы на китайский язык",
                "Traducciones al chino",
                "Traductions en chinois",
            ),
            "note": _t(
                "Of every document not in Chinese, stamped by the employer.",
                "所有非中文材料均须附中文译文并加盖用人单位公章。",
                "لكل وثيقة بغير الصينية، مختومة من جهة العمل.",
                "Для каждого документа не на китайском языке, с печатью работодателя.",
                "De todo documento que no esté en chino, con el sello de la empresa.",
                "De chaque document non rédigé en chinois, avec le cachet de l'employeur.",
            ),
        },
    ]
)

STEP_REGISTER = {
    "title": _t(
        "Register your residence within 24 hours",
        "24小时内办理住宿登记",
        "سجّل سكنك خلال 24 ساعة",
        "Зарегистрируйтесь по месту пребывания в течение 24 часов",
        "Registre su alojamiento en 24 horas",
        "Déclarez votre résidence sous 24 heures",
    ),
    "text": _t(
        "<p>A hotel registers you automatically. Otherwise go to the local police station with your passport and lease.</p>",
        "<p>住酒店的由酒店登记；否则请携带护照和租房合同到当地派出所登记。</p>",
        "<p>يسجّلك الفندق تلقائيًا. وإلا فاذهب إلى مركز الشرطة المحلي ومعك جواز السفر وعقد الإيجار.</p>",
        "<p>В гостинице регистрация оформляется автоматически. Иначе обратитесь в местный полицейский участок с паспортом и договором аренды.</p>",
        "<p>El hotel le registra automáticamente. Si no, vaya a la comisaría local con el pasaporte y el contrato de alquiler.</p>",
        "<p>L'hôtel vous déclare automatiquement. Sinon, rendez-vous au poste de police local avec votre passeport et votre bail.</p>",
    ),
}

STEP_MEDICAL = {
    "title": _t(
        "Have the medical check",
        "完成体检",
        "أجرِ الفحص الطبي",
        "Пройдите медосмотр",
        "Hágase el examen médico",
        "Passez la visite médicale",
    ),
    "text": _t(
        "<p>At an International Travel Health Care Center, or have a report from abroad verified there. "
        "The certificate is valid for 6 months.</p>",
        "<p>到国际旅行卫生保健中心体检，或将境外体检报告交该中心核验。证明有效期6个月。</p>",
        "<p>في مركز الرعاية الصحية للسفر الدولي، أو اطلب منه التحقق من تقرير طبي صادر في الخارج. "
        "الشهادة صالحة 6 أشهر.</p>",
        "<p>В Международном центре охраны здоровья путешественников; можно также заверить там зарубежное "
        "заключение. Справка действует 6 месяцев.</p>",
        "<p>En un Centro Internacional de Salud para Viajeros, o haga verificar allí un informe del extranjero. "
        "El certificado vale 6 meses.</p>",
        "<p>Dans un centre international de santé des voyageurs, ou faites-y vérifier un rapport établi à "
        "l'étranger. Le certificat est valable 6 mois.</p>",
    ),
}

STEP_MEDICAL_BEIJING = {
    "title": _t(
        "Have the medical check, if it applies to you",
        "如需体检，完成体检",
        "أجرِ الفحص الطبي إن كان مطلوبًا منك",
        "Пройдите медосмотр, если он вам нужен",
        "Hágase el examen médico, si le corresponde",
        "Passez la visite médicale, si elle vous concerne",
    ),
    "text": _t(
        "<p>Beijing asks for it from applicants aged 18–70 whose residence permit will be valid for more than one "
        "year. Take it at an International Travel Health Care Center, or have a report from abroad verified there; "
        "the certificate is valid for 6 months. If you already gave it to the Beijing Overseas Talents Center with "
        "your work-permit application, you need not hand it in again.</p>",
        "<p>北京要求申请有效期一年以上居留许可、年龄在18至70周岁之间的申请人提交。到国际旅行卫生保健中心体检，或将境外"
        "体检报告交该中心核验；证明有效期6个月。申请工作许可时已向北京海外人才中心提交过的，无需再次提交。</p>",
        "<p>تطلبها بكين من المتقدمين الذين تتراوح أعمارهم بين 18 و70 عامًا ويطلبون تصريح إقامة صالحًا لأكثر من سنة. "
        "أجرِ الفحص في مركز الرعاية الصحية للسفر الدولي أو اطلب منه التحقق من تقرير صادر في الخارج؛ الشهادة صالحة 6 أشهر. "
        "وإذا قدّمتها إلى مركز بكين للمواهب الخارجية مع طلب تصريح العمل فلا حاجة إلى تقديمها مجددًا.</p>",
        "<p>В Пекине справку требуют от заявителей в возрасте 18–70 лет, если вид на жительство выдаётся более чем "
        "на год. Пройдите осмотр в Международном центре охраны здоровья путешественников или заверьте там "
        "зарубежное заключение; справка действует 6 месяцев. Если вы уже сдали её в Пекинский центр зарубежных "
        "талантов вместе с заявлением на разрешение на работу, повторно её не требуют.</p>",
        "<p>Pekín lo exige a quienes tienen entre 18 y 70 años y solicitan un permiso de residencia de más de un año. "
        "Hágalo en un Centro Internacional de Salud para Viajeros o haga verificar allí un informe del extranjero; "
        "el certificado vale 6 meses. Si ya lo entregó al Centro de Talento Extranjero de Pekín con la solicitud del "
        "permiso de trabajo, no tiene que presentarlo de nuevo.</p>",
        "<p>Pékin l'exige des demandeurs de 18 à 70 ans dont le permis de séjour sera valable plus d'un an. "
        "Passez-la dans un centre international de santé des voyageurs, ou faites-y vérifier un rapport établi à "
        "l'étranger ; le certificat est valable 6 mois. Si vous l'avez déjà remis au Centre des talents "
        "étrangers de Pékin avec la demande de permis de travail, inutile de le fournir à nouveau.</p>",
    ),
}

RENTING_BODY_END = _t(
    "<p><b>After you move in:</b> register your residence at the local police station within 24 hours (take your "
    "passport and lease). If your address changes, have your residence permit updated at the exit-entry office "
    "within 10 days. The fine for not registering can reach RMB 2,000.</p>",
    "<p><b>入住之后：</b>24小时内携带护照和租房合同到当地派出所办理住宿登记。地址变更的，须在10日内到出入境"
    "管理部门办理居留许可变更。未按规定登记最高可罚款2000元。</p>",
    "<p><b>بعد الانتقال:</b> سجّل سكنك في مركز الشرطة المحلي خلال 24 ساعة (ومعك جواز السفر وعقد الإيجار). "
    "وإذا تغيّر عنوانك فحدّث تصريح إقامتك لدى مكتب الدخول والخروج خلال 10 أيام. قد تصل غرامة عدم التسجيل إلى 2000 يوان.</p>",
    "<p><b>После заселения:</b> в течение 24 часов зарегистрируйтесь в местном полицейском участке (возьмите "
    "паспорт и договор аренды). При смене адреса внесите изменения в вид на жительство в миграционном управлении "
    "в течение 10 дней. Штраф за отсутствие регистрации — до 2000 юаней.</p>",
    "<p><b>Tras mudarse:</b> registre su alojamiento en la comisaría local en 24 horas (lleve el pasaporte y el "
    "contrato). Si cambia de domicilio, actualice el permiso de residencia en la oficina de entrada y salida en "
    "10 días. La multa por no registrarse puede llegar a 2000 RMB.</p>",
    "<p><b>Après l'emménagement :</b> déclarez votre résidence au poste de police local sous 24 heures (avec "
    "passeport et bail). En cas de changement d'adresse, faites mettre à jour votre permis de séjour au bureau "
    "des entrées et sorties sous 10 jours. L'amende pour défaut de déclaration peut atteindre 2 000 RMB.</p>",
)

RENTING_BODY_START = _t(
    "<p>Most flats are rented through an agent on a one-year lease. Landlords usually ask for a deposit and "
    "several months' rent in advance; a common pattern is one month's deposit and three months paid up front. "
    "Agents charge a fee: agree every amount in writing before you sign.</p>"
    "<p>Ask to see the landlord's property certificate and ID, and check that the contract says who pays for "
    "utilities, property management and repairs. Many cities ask for leases to be filed online.</p>",
    "<p>租房大多通过中介，租期通常为一年。房东一般要求押金并预付数月租金，常见的是“押一付三”。中介收取服务费，"
    "签约前请把所有费用写进合同。</p>"
    "<p>请查看房东的房产证和身份证，并确认合同写明水电燃气、物业费和维修由谁承担。许多城市要求租赁合同网上备案。</p>",
    "<p>تُستأجر معظم الشقق عن طريق وسيط بعقد مدته سنة. يطلب الملاك عادةً تأمينًا وإيجار عدة أشهر مقدمًا، "
    "والنمط الشائع هو تأمين شهر واحد ودفع ثلاثة أشهر مقدمًا. يتقاضى الوسيط عمولة، فاتفق على كل المبالغ كتابةً قبل التوقيع.</p>"
    "<p>اطلب رؤية شهادة ملكية العقار وهوية المالك، وتأكد أن العقد يحدد من يدفع المرافق ورسوم إدارة العقار والإصلاحات. "
    "وتشترط مدن كثيرة تسجيل عقود الإيجار إلكترونيًا.</p>",
    "<p>Большинство квартир снимают через агента по договору на год. Хозяева обычно требуют залог и оплату за "
    "несколько месяцев вперёд; распространённая схема — залог за месяц и оплата трёх месяцев сразу. Агент берёт "
    "комиссию: зафиксируйте все суммы письменно до подписания.</p>"
    "<p>Попросите показать свидетельство о собственности и удостоверение личности хозяина и проверьте, что в "
    "договоре указано, кто платит за коммунальные услуги, управление домом и ремонт. Во многих городах договор "
    "аренды нужно зарегистрировать онлайн.</p>",
    "<p>La mayoría de los pisos se alquilan mediante una agencia con contrato de un año. Los propietarios suelen "
    "pedir una fianza y varios meses por adelantado; lo habitual es un mes de fianza y tres meses pagados al "
    "firmar. La agencia cobra comisión: acuerde todas las cantidades por escrito antes de firmar.</p>"
    "<p>Pida ver el certificado de propiedad y el documento de identidad del propietario, y compruebe que el "
    "contrato indica quién paga los suministros, la administración de la finca y las reparaciones. Muchas "
    "ciudades exigen registrar el contrato en línea.</p>",
    "<p>La plupart des logements se louent par une agence, avec un bail d'un an. Les propriétaires demandent "
    "en général un dépôt de garantie et plusieurs mois de loyer d'avance ; la formule courante est un mois de "
    "dépôt et trois mois payés d'avance. L'agence prend des frais : fixez tous les montants par écrit avant de signer.</p>"
    "<p>Demandez à voir le titre de propriété et la pièce d'identité du propriétaire, et vérifiez que le bail "
    "précise qui paie les charges, la gestion de l'immeuble et les réparations. Beaucoup de villes exigent "
    "l'enregistrement du bail en ligne.</p>",
)


def _housing_body(middle):
    """The housing-section body: general renting advice, a city paragraph, registration rules."""
    return {
        code: RENTING_BODY_START[code] + middle[code] + RENTING_BODY_END[code] for code in LANGS
    }


def _with_commute_note(description):
    return {code: description[code] + COMMUTE_NOTE[code] for code in LANGS}


def _commutes(rows):
    """Rows of (destination, minutes, mode) with translated destination and mode."""
    return _by_lang([{"destination": d, "minutes": m, "mode": mode} for d, m, mode in rows])


ESTIMATE_NOTE = _t(
    " Rent and size shown are indicative estimates: confirm with the operator.",
    "所列租金和面积为参考估算，请向运营方确认。",
    " الإيجار والمساحة المذكوران تقديران إرشاديان: تأكد منهما لدى الجهة المشغّلة.",
    " Указанные аренда и площадь — ориентировочная оценка: уточните у оператора.",
    " El alquiler y la superficie son estimaciones orientativas: confírmelas con el operador.",
    " Loyer et surface indiqués à titre indicatif : à confirmer auprès de l'exploitant.",
)


def _with_estimate(summary):
    return {code: summary[code] + ESTIMATE_NOTE[code] for code in LANGS}


# --- Home page ---------------------------------------------------------------

HOME = {
    "title": _t(
        "Talent Portal",
        "人才门户",
        "بوابة المواهب",
        "Портал талантов",
        "Portal del Talento",
        "Portail des talents",
    ),
    "intro": _t(
        "Checked, practical information for foreign professionals who work in Beijing, Shanghai or Shenzhen, "
        "or plan to: permits, housing, local services and where to get help.",
        "为在北京、上海、深圳工作或计划前来工作的外籍专业人才提供经过核实的实用信息：许可办理、住房、本地服务和求助渠道。",
        "معلومات عملية موثّقة للمهنيين الأجانب الذين يعملون أو ينوون العمل في بكين أو شنغهاي أو شنتشن: "
        "التصاريح والسكن والخدمات المحلية وأين تجد المساعدة.",
        "Проверенная практическая информация для иностранных специалистов, которые работают или собираются "
        "работать в Пекине, Шанхае или Шэньчжэне: разрешения, жильё, городские службы и куда обращаться за помощью.",
        "Información práctica y verificada para profesionales extranjeros que trabajan, o piensan trabajar, en "
        "Pekín, Shanghái o Shenzhen: permisos, vivienda, servicios locales y dónde pedir ayuda.",
        "Des informations pratiques et vérifiées pour les professionnels étrangers qui travaillent, ou comptent "
        "travailler, à Pékin, Shanghai ou Shenzhen : permis, logement, services locaux et où trouver de l'aide.",
    ),
    "welcome": _t(
        "<p>Moving to China for work means visiting several offices, in the right order and within tight "
        "deadlines. This portal gathers what each city asks of you, with the official source and the date "
        "someone last checked it.</p>"
        "<p>Choose your city to find its districts and innovation hubs, local permit procedures, housing and "
        "talent apartments, and the service centres that can help. Rules change often: confirm with the office "
        "before you go.</p>",
        "<p>来华工作需要按顺序、在规定时限内跑好几个部门。本站汇总了各城市的具体要求，并注明官方来源和最近一次核实日期。</p>"
        "<p>请选择您所在的城市，查看产业区和创新中心、本地许可办理流程、住房和人才公寓，以及可以提供帮助的服务中心。"
        "政策经常调整，前往办理前请先向相关部门确认。</p>",
        "<p>الانتقال إلى الصين للعمل يعني مراجعة عدة مكاتب بالترتيب الصحيح وضمن مهل قصيرة. تجمع هذه البوابة ما "
        "تطلبه كل مدينة منك، مع المصدر الرسمي وتاريخ آخر تحقق منه.</p>"
        "<p>اختر مدينتك لتتعرف على أحيائها ومراكز الابتكار فيها، وإجراءات التصاريح المحلية، والسكن وشقق المواهب، "
        "ومراكز الخدمة التي يمكنها مساعدتك. تتغير القواعد كثيرًا، فتأكد من الجهة المختصة قبل الذهاب.</p>",
        "<p>Переезд в Китай на работу — это несколько ведомств, которые нужно пройти в правильном порядке и в "
        "сжатые сроки. Портал собирает требования каждого города с указанием официального источника и даты "
        "последней проверки.</p>"
        "<p>Выберите город, чтобы узнать о его районах и инновационных центрах, местном порядке оформления "
        "разрешений, жилье и квартирах для талантов, а также о сервисных центрах, которые помогут. Правила часто "
        "меняются: перед визитом уточните их в ведомстве.</p>",
        "<p>Trasladarse a China para trabajar supone pasar por varias oficinas, en el orden correcto y con plazos "
        "cortos. Este portal reúne lo que exige cada ciudad, con la fuente oficial y la fecha de la última "
        "comprobación.</p>"
        "<p>Elija su ciudad para conocer sus distritos y polos de innovación, los trámites locales de permisos, "
        "la vivienda y los apartamentos para talentos, y los centros de servicio que pueden ayudarle. Las normas "
        "cambian a menudo: confírmelas con la oficina antes de ir.</p>",
        "<p>Venir travailler en Chine, c'est passer par plusieurs administrations, dans le bon ordre et dans des "
        "délais serrés. Ce portail rassemble ce que chaque ville vous demande, avec la source officielle et la "
        "date de la dernière vérification.</p>"
        "<p>Choisissez votre ville pour découvrir ses quartiers et pôles d'innovation, les démarches locales, le "
        "logement et les appartements pour talents, ainsi que les centres de services qui peuvent vous aider. "
        "Les règles changent souvent : vérifiez auprès du bureau avant de vous déplacer.</p>",
    ),
}


# --- Beijing -----------------------------------------------------------------

BJ_ONE_STOP = _src(
    "Guide for expats getting permits for work in Beijing",
    "https://govt.chinadaily.com.cn/s/202309/07/WS65025bf2498ed2d7b7e9b046/guide-for-expats-getting-permits-for-work-in-beijing.html",
    "China Daily",
    "2026-10-15",
)
BJ_RESIDENCE = _src(
    "Work-type residence permit: documents, halls and hours",
    "http://english.beijing.gov.cn/livinginbeijing/workresidencepermit/index.html",
    "Beijing Municipal People's Government",
    "2026-10-15",
)
BJ_ZGC = _src(
    "F visa for foreigners in Zhongguancun: where to apply",
    "https://english.beijing.gov.cn/mostrequested/visaextensionrenewalandreplacement/fvisaforforeignersinzhongguancun",
    "Beijing Municipal People's Government",
    "2026-12-06",
)
BJ_BOTC = _src(
    "Service guide for foreign talents working in Beijing",
    "http://regional.chinadaily.com.cn/WSD/2024-01/09/c_948715.htm",
    "Beijing Overseas Talents Center (published by China Daily)",
    "2026-10-15",
)

HOUSING_LAW = {
    "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English text",
    "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
    "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
    "verified_on": "2026-12-06",
}

BEIJING = {
    "slug": "beijing",
    "title": _t("Beijing", "北京", "بكين", "Пекин", "Pekín", "Pékin"),
    "intro": _t(
        "China's capital and its largest research base: universities, national laboratories, technology firms "
        "and the head offices of banks and large companies. Work and residence permits can be handled together "
        "at one-stop counters.",
        "中国首都和最大的科研基地：高校、国家实验室、科技企业以及银行和大企业总部云集。工作许可和居留许可可在"
        "“一站式”窗口一并办理。",
        "عاصمة الصين وأكبر قاعدة بحثية فيها: جامعات ومختبرات وطنية وشركات تقنية ومقار رئيسية للمصارف والشركات "
        "الكبرى. ويمكن إنجاز تصريحي العمل والإقامة معًا في شبابيك الخدمة الموحدة.",
        "Столица Китая и крупнейший научный центр страны: университеты, государственные лаборатории, "
        "технологические компании, штаб-квартиры банков и крупных корпораций. Разрешение на работу и вид на "
        "жительство можно оформить вместе в окнах «одного окна».",
        "La capital de China y su mayor polo de investigación: universidades, laboratorios nacionales, empresas "
        "tecnológicas y sedes de bancos y grandes compañías. Los permisos de trabajo y de residencia pueden "
        "tramitarse juntos en ventanillas únicas.",
        "La capitale de la Chine et son premier pôle de recherche : universités, laboratoires nationaux, "
        "entreprises technologiques, sièges de banques et de grands groupes. Permis de travail et de séjour "
        "peuvent se demander ensemble à des guichets uniques.",
    ),
    "why_city": _t(
        "<ul>"
        "<li><b>Research and technology.</b> Zhongguancun in Haidian sits beside Peking and Tsinghua "
        "universities and is one of China's oldest technology clusters; Huairou Science City hosts large "
        "national research facilities.</li>"
        "<li><b>Finance and headquarters.</b> Financial Street and the Chaoyang CBD gather banks, insurers, "
        "regulators and the regional offices of multinational companies.</li>"
        "<li><b>Faster permits.</b> Since February 2023 the work permit and the work-type residence permit can "
        "be applied for together at one-stop counters and collected together in five working days (China Daily, "
        "2023).</li>"
        "<li><b>Help in your language.</b> The 12345 city hotline offers multilingual service, and 12367 answers "
        "immigration questions day and night in Chinese and English.</li>"
        "</ul>",
        "<ul>"
        "<li><b>科研与科技。</b>海淀区中关村毗邻北京大学和清华大学，是中国历史最悠久的科技集聚区之一；怀柔科学城"
        "汇集了大型国家科研设施。</li>"
        "<li><b>金融与总部。</b>金融街和朝阳CBD聚集了银行、保险机构、监管部门和跨国公司地区总部。</li>"
        "<li><b>办证更快。</b>自2023年2月起，工作许可和工作类居留许可可在“一站式”窗口一并申请，5个工作日内同时领取"
        "（据《中国日报》2023年报道）。</li>"
        "<li><b>多语种服务。</b>12345市民热线提供多语种服务；12367移民管理服务热线全天候提供中英文咨询。</li>"
        "</ul>",
        "<ul>"
        "<li><b>البحث والتقنية.</b> يقع تشونغقوانتسون في حي هايديان بجوار جامعتي بكين وتسينغهوا، وهو من أقدم "
        "التجمعات التقنية في الصين؛ وتضم مدينة هوايرو العلمية منشآت بحثية وطنية كبرى.</li>"
        "<li><b>المال والمقار الرئيسية.</b> يجمع شارع المال والحي التجاري المركزي في تشاويانغ المصارف وشركات "
        "التأمين والجهات الرقابية والمكاتب الإقليمية للشركات متعددة الجنسيات.</li>"
        "<li><b>تصاريح أسرع.</b> منذ فبراير 2023 يمكن طلب تصريح العمل وتصريح الإقامة للعمل معًا في شبابيك "
        "الخدمة الموحدة واستلامهما معًا خلال خمسة أيام عمل (تشاينا ديلي، 2023).</li>"
        "<li><b>مساعدة بلغتك.</b> يقدم الخط الساخن للمدينة 12345 خدمة متعددة اللغات، ويجيب الخط 12367 عن أسئلة "
        "الهجرة على مدار الساعة بالصينية والإنجليزية.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Наука и технологии.</b> Чжунгуаньцунь в районе Хайдянь соседствует с Пекинским университетом и "
        "Университетом Цинхуа и считается одним из старейших технологических кластеров Китая; в научном городе "
        "Хуайжоу расположены крупные государственные исследовательские установки.</li>"
        "<li><b>Финансы и штаб-квартиры.</b> На Финансовой улице и в деловом центре Чаояна сосредоточены банки, "
        "страховые компании, регуляторы и региональные офисы международных компаний.</li>"
        "<li><b>Быстрее с разрешениями.</b> С февраля 2023 года разрешение на работу и рабочий вид на жительство "
        "можно подать вместе в окнах «одного окна» и получить вместе за пять рабочих дней (China Daily, 2023).</li>"
        "<li><b>Помощь на вашем языке.</b> Городская линия 12345 работает на нескольких языках, а линия 12367 "
        "круглосуточно отвечает на миграционные вопросы на китайском и английском.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Investigación y tecnología.</b> Zhongguancun, en Haidian, está junto a las universidades de "
        "Pekín y Tsinghua y es uno de los polos tecnológicos más antiguos de China; la Ciudad Científica de "
        "Huairou alberga grandes instalaciones nacionales de investigación.</li>"
        "<li><b>Finanzas y sedes.</b> La Calle Financiera y el CBD de Chaoyang reúnen bancos, aseguradoras, "
        "reguladores y oficinas regionales de multinacionales.</li>"
        "<li><b>Permisos más rápidos.</b> Desde febrero de 2023 el permiso de trabajo y el permiso de residencia "
        "por trabajo pueden solicitarse juntos en ventanillas únicas y recogerse juntos en cinco días hábiles "
        "(China Daily, 2023).</li>"
        "<li><b>Ayuda en su idioma.</b> La línea municipal 12345 atiende en varios idiomas, y el 12367 responde a "
        "preguntas de inmigración a cualquier hora en chino e inglés.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Recherche et technologie.</b> Zhongguancun, dans le district de Haidian, jouxte les universités "
        "de Pékin et Tsinghua et compte parmi les plus anciens pôles technologiques de Chine ; la Cité des "
        "sciences de Huairou accueille de grandes installations nationales de recherche.</li>"
        "<li><b>Finance et sièges sociaux.</b> La rue de la Finance et le CBD de Chaoyang concentrent banques, "
        "assureurs, régulateurs et bureaux régionaux de multinationales.</li>"
        "<li><b>Des permis plus rapides.</b> Depuis février 2023, le permis de travail et le permis de séjour "
        "pour travail se demandent ensemble à des guichets uniques et se retirent ensemble en cinq jours "
        "ouvrables (China Daily, 2023).</li>"
        "<li><b>De l'aide dans votre langue.</b> La ligne municipale 12345 répond en plusieurs langues, et le "
        "12367 traite les questions d'immigration jour et nuit en chinois et en anglais.</li>"
        "</ul>",
    ),
    "hubs": _by_lang(
        [
            {
                "name": _t(
                    "Zhongguancun Science Park (core area)",
                    "中关村科技园区（核心区）",
                    "مجمع تشونغقوانتسون العلمي (المنطقة الأساسية)",
                    "Научный парк Чжунгуаньцунь (основная зона)",
                    "Parque Científico de Zhongguancun (zona central)",
                    "Parc scientifique de Zhongguancun (zone centrale)",
                ),
                "district": _t("Haidian", "海淀区", "هايديان", "Хайдянь", "Haidian", "Haidian"),
                "focus": _t(
                    "Software, artificial intelligence, semiconductors, university research",
                    "软件、人工智能、半导体、高校科研",
                    "البرمجيات والذكاء الاصطناعي وأشباه الموصلات والبحث الجامعي",
                    "Программное обеспечение, искусственный интеллект, полупроводники, университетская наука",
                    "Software, inteligencia artificial, semiconductores, investigación universitaria",
                    "Logiciel, intelligence artificielle, semi-conducteurs, recherche universitaire",
                ),
                "description": _t(
                    "Around Peking and Tsinghua universities: technology companies, research institutes and "
                    "start-ups. The Exit-Entry Administration runs a service hall for foreigners here.",
                    "环绕北京大学和清华大学，聚集科技企业、科研院所和初创公司。出入境管理部门在此设有外国人服务大厅。",
                    "حول جامعتي بكين وتسينغهوا: شركات تقنية ومعاهد بحث وشركات ناشئة. وتدير إدارة الدخول والخروج "
                    "هنا قاعة خدمات للأجانب.",
                    "Вокруг Пекинского университета и Университета Цинхуа: технологические компании, НИИ и "
                    "стартапы. Здесь работает зал обслуживания иностранцев миграционного управления.",
                    "En torno a las universidades de Pekín y Tsinghua: empresas tecnológicas, institutos de "
                    "investigación y startups. La administración de entrada y salida tiene aquí una sala para extranjeros.",
                    "Autour des universités de Pékin et Tsinghua : entreprises technologiques, instituts de "
                    "recherche et start-up. L'administration des entrées et sorties y tient un hall pour les étrangers.",
                ),
            },
            {
                "name": _t(
                    "Beijing Central Business District (CBD)",
                    "北京商务中心区（CBD）",
                    "الحي التجاري المركزي في بكين (CBD)",
                    "Центральный деловой район Пекина (CBD)",
                    "Distrito Central de Negocios de Pekín (CBD)",
                    "Quartier central des affaires de Pékin (CBD)",
                ),
                "district": _t("Chaoyang", "朝阳区", "تشاويانغ", "Чаоян", "Chaoyang", "Chaoyang"),
                "focus": _t(
                    "Finance, professional services, regional headquarters, media",
                    "金融、专业服务、地区总部、传媒",
                    "المال والخدمات المهنية والمقار الإقليمية والإعلام",
                    "Финансы, профессиональные услуги, региональные штаб-квартиры, медиа",
                    "Finanzas, servicios profesionales, sedes regionales, medios",
                    "Finance, services aux entreprises, sièges régionaux, médias",
                ),
                "description": _t(
                    "Office towers around Guomao on the East Third Ring Road, close to most embassies. An "
                    "international talent one-stop service centre opened here in 2020.",
                    "以东三环国贸一带写字楼为核心，临近大多数使馆。2020年在此设立了国际人才一站式服务中心。",
                    "أبراج مكاتب حول غوماو على الطريق الدائري الثالث الشرقي، قرب معظم السفارات. افتُتح هنا عام 2020 "
                    "مركز خدمات موحد للمواهب الدولية.",
                    "Офисные башни вокруг Гомао на Восточном третьем кольце, рядом с большинством посольств. В 2020 "
                    "году здесь открылся центр обслуживания иностранных специалистов по принципу «одного окна».",
                    "Torres de oficinas en torno a Guomao, en el Tercer Anillo Este, cerca de la mayoría de las "
                    "embajadas. En 2020 abrió aquí un centro de servicio integral para talento internacional.",
                    "Tours de bureaux autour de Guomao, sur le troisième périphérique est, près de la plupart des "
                    "ambassades. Un centre de services à guichet unique pour les talents internationaux y a ouvert en 2020.",
                ),
            },
            {
                "name": _t(
                    "Financial Street",
                    "金融街",
                    "شارع المال",
                    "Финансовая улица",
                    "Calle Financiera",
                    "Rue de la Finance",
                ),
                "district": _t("Xicheng", "西城区", "شيتشنغ", "Сичэн", "Xicheng", "Xicheng"),
                "focus": _t(
                    "Banking, insurance, asset management, financial regulators",
                    "银行、保险、资产管理、金融监管机构",
                    "المصارف والتأمين وإدارة الأصول والجهات الرقابية المالية",
                    "Банки, страхование, управление активами, финансовые регуляторы",
                    "Banca, seguros, gestión de activos, reguladores financieros",
                    "Banque, assurance, gestion d'actifs, régulateurs financiers",
                ),
                "description": _t(
                    "Inside the Second Ring Road, west of the Forbidden City, with the head offices of major "
                    "financial institutions.",
                    "位于二环内、故宫以西，众多大型金融机构总部设于此。",
                    "داخل الطريق الدائري الثاني غرب المدينة المحرمة، ويضم المقار الرئيسية لمؤسسات مالية كبرى.",
                    "Внутри Второго кольца, к западу от Запретного города; здесь штаб-квартиры крупных финансовых организаций.",
                    "Dentro del Segundo Anillo, al oeste de la Ciudad Prohibida, con las sedes de grandes entidades financieras.",
                    "À l'intérieur du deuxième périphérique, à l'ouest de la Cité interdite, avec les sièges de grandes "
                    "institutions financières.",
                ),
            },
            {
                "name": _t(
                    "Beijing Economic-Technological Development Area (E-Town)",
                    "北京经济技术开发区（亦庄）",
                    "منطقة بكين للتنمية الاقتصادية والتكنولوجية (إي-تاون)",
                    "Пекинская зона экономико-технологического развития (E-Town)",
                    "Zona de Desarrollo Económico y Tecnológico de Pekín (E-Town)",
                    "Zone de développement économique et technologique de Pékin (E-Town)",
                ),
                "district": _t(
                    "Daxing (Yizhuang)",
                    "大兴区（亦庄）",
                    "داشينغ (ييتشوانغ)",
                    "Дасин (Ичжуан)",
                    "Daxing (Yizhuang)",
                    "Daxing (Yizhuang)",
                ),
                "focus": _t(
                    "Information technology, biomedicine, smart vehicles, robotics, advanced manufacturing",
                    "新一代信息技术、生物医药、智能网联汽车、机器人、高端制造",
                    "تقنية المعلومات والطب الحيوي والمركبات الذكية والروبوتات والتصنيع المتقدم",
                    "Информационные технологии, биомедицина, умные автомобили, робототехника, передовое производство",
                    "Tecnologías de la información, biomedicina, vehículos inteligentes, robótica, fabricación avanzada",
                    "Technologies de l'information, biomédecine, véhicules intelligents, robotique, industrie de pointe",
                ),
                "description": _t(
                    "A national development zone in the south-east with its own talent rewards, rent subsidies "
                    "and international talent apartments.",
                    "位于东南部的国家级开发区，有自己的人才奖励、租金补贴和国际人才公寓。",
                    "منطقة تنمية وطنية في الجنوب الشرقي، لها مكافآتها الخاصة للمواهب ودعم للإيجار وشقق للمواهب الدولية.",
                    "Государственная зона развития на юго-востоке со своими премиями для специалистов, субсидиями на "
                    "аренду и международными квартирами для талантов.",
                    "Zona nacional de desarrollo en el sureste, con sus propios premios al talento, ayudas al "
                    "alquiler y apartamentos para talento internacional.",
                    "Zone nationale de développement au sud-est, avec ses propres primes aux talents, aides au "
                    "loyer et appartements pour talents internationaux.",
                ),
            },
            {
                "name": _t(
                    "Huairou Science City",
                    "怀柔科学城",
                    "مدينة هوايرو العلمية",
                    "Научный город Хуайжоу",
                    "Ciudad Científica de Huairou",
                    "Cité des sciences de Huairou",
                ),
                "district": _t("Huairou", "怀柔区", "هوايرو", "Хуайжоу", "Huairou", "Huairou"),
                "focus": _t(
                    "Basic research, national laboratories, large scientific facilities",
                    "基础研究、国家实验室、大科学装置",
                    "البحث الأساسي والمختبرات الوطنية والمنشآت العلمية الكبرى",
                    "Фундаментальные исследования, государственные лаборатории, крупные научные установки",
                    "Investigación básica, laboratorios nacionales, grandes instalaciones científicas",
                    "Recherche fondamentale, laboratoires nationaux, grandes infrastructures scientifiques",
                ),
                "description": _t(
                    "A science city in the green northern suburbs, building an international talent community "
                    "with furnished apartments, an international school and an international hospital department.",
                    "位于北部生态涵养区的科学城，正在建设国际人才社区，配套拎包入住公寓、国际学校和医院国际部。",
                    "مدينة علمية في الضواحي الشمالية الخضراء، تبني مجتمعًا للمواهب الدولية يضم شققًا مفروشة ومدرسة "
                    "دولية وقسمًا دوليًا في المستشفى.",
                    "Научный город в зелёных северных пригородах; здесь создаётся международное сообщество "
                    "специалистов с меблированными квартирами, международной школой и международным отделением больницы.",
                    "Ciudad científica en las verdes afueras del norte, que construye una comunidad de talento "
                    "internacional con pisos amueblados, una escuela internacional y un departamento internacional hospitalario.",
                    "Cité scientifique dans la banlieue nord verdoyante, qui développe une communauté de talents "
                    "internationaux avec logements meublés, école internationale et service hospitalier international.",
                ),
            },
        ]
    ),
    "last_verified": "2026-12-06",
    "sources": [BJ_RESIDENCE, BJ_ZGC, BJ_ONE_STOP, BJ_BOTC],
    "hotline": "12345",
    "image_colours": ["#8c2f39", "#f4d58d"],
    "image_alt": _t(
        "Abstract illustration of the Beijing skyline at dusk: low towers in deep red under a pale gold sky, "
        "with lit windows",
        "北京黄昏天际线的抽象插画：淡金色天空下深红色的楼群，窗户亮着灯",
        "رسم تجريدي لأفق بكين عند الغسق: أبراج منخفضة بلون أحمر داكن تحت سماء ذهبية باهتة ونوافذ مضاءة",
        "Абстрактная иллюстрация панорамы Пекина в сумерках: невысокие тёмно-красные здания под бледно-золотым "
        "небом, светящиеся окна",
        "Ilustración abstracta del perfil de Pekín al atardecer: torres bajas en rojo oscuro bajo un cielo dorado "
        "pálido, con ventanas iluminadas",
        "Illustration abstraite de l'horizon de Pékin au crépuscule : tours basses rouge sombre sous un ciel or "
        "pâle, fenêtres allumées",
    ),
    "service_centres": [
        {
            "name": _t(
                "Exit-Entry Administration Reception Hall, Beijing Municipal Public Security Bureau",
                "北京市公安局出入境管理总队接待大厅",
                "قاعة الاستقبال لإدارة الدخول والخروج، مكتب الأمن العام في بلدية بكين",
                "Приёмный зал Управления въезда и выезда Бюро общественной безопасности Пекина",
                "Sala de atención de la Administración de Entrada y Salida, Oficina de Seguridad Pública de Pekín",
                "Hall d'accueil de l'administration des entrées et sorties, Bureau de la sécurité publique de Pékin",
            ),
            "services": _t(
                "Residence permits, visa extensions and stay permits, permanent residence.",
                "居留许可、签证延期和停留证件、永久居留。",
                "تصاريح الإقامة، وتمديد التأشيرات وتصاريح البقاء، والإقامة الدائمة.",
                "Вид на жительство, продление виз и разрешения на пребывание, постоянное проживание.",
                "Permisos de residencia, prórrogas de visado y permisos de estancia, residencia permanente.",
                "Permis de séjour, prolongations de visa et permis de séjour temporaire, résidence permanente.",
            ),
            "address": _t(
                "2 Andingmen East Street, Dongcheng District (south-east corner of Beixiaojie Bridge, Second Ring Road)",
                "东城区安定门东大街2号（二环路北小街桥东南角）",
                "2 شارع أندينغمن الشرقي، حي دونغتشنغ (الزاوية الجنوبية الشرقية لجسر بيشياوجيه، الطريق الدائري الثاني)",
                "Андинмэнь Дундацзе, 2, район Дунчэн (юго-восточный угол моста Бэйсяоцзе, Второе кольцо)",
                "Andingmen East Street 2, distrito de Dongcheng (esquina sureste del puente Beixiaojie, Segundo Anillo)",
                "2, rue Andingmen Est, district de Dongcheng (angle sud-est du pont Beixiaojie, deuxième périphérique)",
            ),
            "hours": _t(
                "Monday to Saturday 9:00–17:00, closed on public holidays",
                "周一至周六 9:00–17:00，法定节假日除外",
                "من الاثنين إلى السبت 9:00–17:00، ومغلقة في العطل الرسمية",
                "Понедельник–суббота 9:00–17:00, кроме государственных праздников",
                "De lunes a sábado, 9:00–17:00, salvo festivos oficiales",
                "Du lundi au samedi, 9 h–17 h, sauf jours fériés",
            ),
            "phone": "010-8402 0101",
            "website": "http://english.beijing.gov.cn/livinginbeijing/workresidencepermit/index.html",
        },
        {
            "name": _t(
                "Zhongguancun Foreigners Service Hall of the Exit-Entry Administration",
                "北京市公安局出入境管理总队中关村外国人服务大厅",
                "قاعة خدمات الأجانب في تشونغقوانتسون التابعة لإدارة الدخول والخروج",
                "Зал обслуживания иностранцев Чжунгуаньцунь Управления въезда и выезда",
                "Sala de servicios para extranjeros de Zhongguancun de la Administración de Entrada y Salida",
                "Hall de services aux étrangers de Zhongguancun de l'administration des entrées et sorties",
            ),
            "services": _t(
                "Residence permits, visas and permanent residence for foreigners, especially those working in "
                "Zhongguancun.",
                "为外国人（尤其是在中关村工作的外国人）办理居留许可、签证和永久居留。",
                "تصاريح الإقامة والتأشيرات والإقامة الدائمة للأجانب، ولا سيما العاملين في تشونغقوانتسون.",
                "Вид на жительство, визы и постоянное проживание для иностранцев, особенно работающих в Чжунгуаньцуне.",
                "Permisos de residencia, visados y residencia permanente para extranjeros, sobre todo quienes "
                "trabajan en Zhongguancun.",
                "Permis de séjour, visas et résidence permanente pour les étrangers, notamment ceux qui travaillent "
                "à Zhongguancun.",
            ),
            "address": _t(
                "No. Jia 22 (甲22号), Shuangyushu Beili, Haidian District",
                "海淀区双榆树北里甲22号",
                "رقم جيا 22 (甲22号)، شوانغيوشو بيلي، حي هايديان",
                "Шуанъюйшу Бэйли, д. Цзя 22 (甲22号), район Хайдянь",
                "N.º Jia 22 (甲22号), Shuangyushu Beili, distrito de Haidian",
                "N° Jia 22 (甲22号), Shuangyushu Beili, district de Haidian",
            ),
            "hours": _t(
                "Monday to Saturday 9:00–17:00 (as published for Beijing's exit-entry halls); check before you go",
                "周一至周六 9:00–17:00（按北京出入境大厅公布的时间），前往前请确认",
                "من الاثنين إلى السبت 9:00–17:00 (بحسب المواعيد المنشورة لقاعات الدخول والخروج في بكين)؛ تأكد قبل الذهاب",
                "Понедельник–суббота 9:00–17:00 (по опубликованному графику миграционных залов Пекина); уточните перед визитом",
                "De lunes a sábado, 9:00–17:00 (horario publicado para las salas de Pekín); compruébelo antes de ir",
                "Du lundi au samedi, 9 h–17 h (horaires publiés pour les halls de Pékin) ; vérifiez avant de vous déplacer",
            ),
            "phone": "",
            "website": "https://english.beijing.gov.cn/mostrequested/visaextensionrenewalandreplacement/fvisaforforeignersinzhongguancun",
        },
        {
            "name": _t(
                "Beijing Overseas Talents Center",
                "北京海外人才中心",
                "مركز بكين للمواهب الخارجية",
                "Пекинский центр зарубежных талантов",
                "Centro de Talento Extranjero de Pekín",
                "Centre des talents étrangers de Pékin",
            ),
            "services": _t(
                "Foreigner's work permits and notification letters, confirmation letters for high-level foreign "
                "talent (R visa); one-stop counters for the work and residence permits together.",
                "外国人来华工作许可及通知、外国高端人才确认函（R字签证）；工作许可与居留许可“一站式”并联办理。",
                "تصاريح عمل الأجانب وإشعاراتها، وخطابات تأكيد المواهب الأجنبية رفيعة المستوى (تأشيرة R)؛ وشبابيك "
                "موحدة لتصريحي العمل والإقامة معًا.",
                "Разрешения на работу и уведомления о них, подтверждающие письма для высококлассных специалистов "
                "(виза R); окна для совместной подачи на разрешение на работу и вид на жительство.",
                "Permisos de trabajo y cartas de notificación, cartas de confirmación de talento de alto nivel "
                "(visado R); ventanillas únicas para ambos permisos.",
                "Permis de travail et lettres de notification, lettres de confirmation de talent de haut niveau "
                "(visa R) ; guichets uniques pour les deux permis.",
            ),
            "address": _t(
                "Several counters across the city (15 one-stop counters were listed in 2023): check the official "
                "site for the current address of the one that serves your district.",
                "全市设有多个受理窗口（2023年公布15个“一站式”窗口）：请在官方网站查询服务您所在区的窗口的最新地址。",
                "عدة شبابيك في أنحاء المدينة (أُعلن عن 15 شباكًا موحدًا في 2023): راجع الموقع الرسمي لمعرفة العنوان "
                "الحالي للشباك الذي يخدم منطقتك.",
                "Несколько окон по городу (в 2023 году было указано 15 окон «одного окна»): актуальный адрес окна "
                "для вашего района уточните на официальном сайте.",
                "Varias ventanillas en la ciudad (en 2023 se indicaban 15 ventanillas únicas): consulte en el sitio "
                "oficial la dirección actual de la que atiende su distrito.",
                "Plusieurs guichets en ville (15 guichets uniques recensés en 2023) : consultez le site officiel "
                "pour l'adresse actuelle de celui qui dessert votre district.",
            ),
            "hours": _t(
                "Check the official site for current hours",
                "最新办公时间请查询官方网站",
                "راجع الموقع الرسمي لمعرفة المواعيد الحالية",
                "Актуальные часы работы уточняйте на официальном сайте",
                "Consulte el horario actual en el sitio oficial",
                "Consultez le site officiel pour les horaires actuels",
            ),
            "phone": "",
            "website": "",
        },
    ],
    "guide_section": {
        "title": _t(
            "Living in Beijing",
            "在北京生活",
            "العيش في بكين",
            "Жизнь в Пекине",
            "Vivir en Pekín",
            "Vivre à Pékin",
        ),
        "intro": _t(
            "Practical guides for settling in Beijing: registration of residence, phone, bank and mobile "
            "payments, health care and schools.",
            "在北京安家的实用指南：住宿登记、手机号、银行和移动支付、医疗和入学。",
            "أدلة عملية للاستقرار في بكين: تسجيل السكن والهاتف والمصرف والدفع عبر الجوال والرعاية الصحية والمدارس.",
            "Практические советы по обустройству в Пекине: регистрация, телефон, банк и мобильные платежи, "
            "медицина и школы.",
            "Guías prácticas para instalarse en Pekín: registro de alojamiento, teléfono, banco y pagos móviles, "
            "sanidad y colegios.",
            "Guides pratiques pour s'installer à Pékin : déclaration de résidence, téléphone, banque et paiement "
            "mobile, santé et écoles.",
        ),
    },
    "visa_section": {
        "last_verified": "2026-12-06",
        "sources": [BJ_RESIDENCE, BJ_ZGC, BJ_ONE_STOP, BJ_BOTC],
        "title": _t(
            "Permits in Beijing",
            "北京办证指南",
            "التصاريح في بكين",
            "Разрешения в Пекине",
            "Permisos en Pekín",
            "Permis à Pékin",
        ),
        "intro": _t(
            "How work and residence permits are handled in Beijing: where to go, what to bring and how long it "
            "takes. The national rules are in the national visa section.",
            "北京如何办理工作许可和居留许可：去哪里办、带什么材料、需要多长时间。全国性规定见全国签证栏目。",
            "كيف تُعالج تصاريح العمل والإقامة في بكين: أين تذهب، وماذا تحمل، وكم يستغرق الأمر. القواعد الوطنية "
            "موجودة في قسم التأشيرات الوطني.",
            "Как в Пекине оформляют разрешение на работу и вид на жительство: куда идти, что взять и сколько это "
            "занимает. Общенациональные правила — в разделе о визах.",
            "Cómo se tramitan en Pekín los permisos de trabajo y de residencia: adónde ir, qué llevar y cuánto "
            "tarda. Las normas nacionales están en la sección nacional de visados.",
            "Comment Pékin traite les permis de travail et de séjour : où aller, quoi apporter et combien de temps "
            "cela prend. Les règles nationales figurent dans la rubrique nationale des visas.",
        ),
    },
    "visa_resources": [
        {
            "slug": "beijing-one-stop-work-and-residence-permits",
            "permit_type": "procedure",
            "last_verified": "2026-10-15",
            "title": _t(
                "Work and residence permits together in Beijing (one-stop service)",
                "北京工作许可与居留许可“一站式”办理",
                "تصريحا العمل والإقامة معًا في بكين (خدمة الشباك الموحد)",
                "Разрешение на работу и вид на жительство вместе в Пекине («одно окно»)",
                "Permisos de trabajo y de residencia juntos en Pekín (ventanilla única)",
                "Permis de travail et de séjour ensemble à Pékin (guichet unique)",
            ),
            "who_for": _t(
                "Foreign employees of Beijing employers who need a work permit and a work-type residence permit, "
                "whether arriving with a notification letter and Z visa or already in mainland China with a valid "
                "visa or residence permit.",
                "受北京用人单位聘用、需要办理工作许可和工作类居留许可的外籍人员，无论是持工作许可通知和Z字签证入境，"
                "还是已持有效签证或居留许可在境内。",
                "الموظفون الأجانب لدى جهات عمل في بكين ممن يحتاجون تصريح عمل وتصريح إقامة للعمل، سواء وصلوا بإشعار "
                "تصريح العمل وتأشيرة Z أو كانوا داخل البر الرئيسي بتأشيرة أو تصريح إقامة ساريين.",
                "Иностранные сотрудники пекинских работодателей, которым нужны разрешение на работу и рабочий вид "
                "на жительство, — и прибывшие с уведомлением и визой Z, и уже находящиеся в Китае с действующей визой "
                "или видом на жительство.",
                "Empleados extranjeros de empresas de Pekín que necesitan permiso de trabajo y permiso de residencia "
                "por trabajo, tanto si llegan con la carta de notificación y el visado Z como si ya están en China "
                "con visado o permiso válido.",
                "Salariés étrangers d'employeurs pékinois qui ont besoin d'un permis de travail et d'un permis de "
                "séjour pour travail, qu'ils arrivent avec la lettre de notification et un visa Z ou soient déjà en "
                "Chine avec un visa ou un permis valide.",
            ),
            "eligibility": _t(
                "<p>The one-stop service covers applications for both permits filed in mainland China, including:</p>"
                "<ul><li>holders of the Notification Letter of Foreigner's Work Permit who have entered China;</li>"
                "<li>people already in the mainland with a valid visa or residence permit, such as class-A talent, "
                "holders of family-reunion permits and people changing employer.</li></ul>"
                "<p>You must also meet the national conditions for a class A, B or C work permit: see the national "
                "section.</p>",
                "<p>“一站式”服务适用于在境内同时申请两证的情形，包括：</p>"
                "<ul><li>持《外国人来华工作许可通知》入境的人员；</li>"
                "<li>已持有效签证或居留许可在境内的人员，如外国高端人才（A类）、持团聚类证件者以及变更用人单位者。</li></ul>"
                "<p>申请人还须符合全国A、B、C类工作许可条件，详见全国栏目。</p>",
                "<p>تشمل خدمة الشباك الموحد طلبات التصريحين المقدمة داخل البر الرئيسي، ومنها:</p>"
                "<ul><li>حاملو إشعار تصريح عمل الأجانب الذين دخلوا الصين؛</li>"
                "<li>المقيمون داخل البر الرئيسي بتأشيرة أو تصريح إقامة ساريين، مثل مواهب الفئة A وحاملي تصاريح لمّ "
                "الشمل ومن يغيّرون جهة عملهم.</li></ul>"
                "<p>يجب أيضًا استيفاء الشروط الوطنية لتصريح العمل من الفئة A أو B أو C: راجع القسم الوطني.</p>",
                "<p>«Одно окно» охватывает подачу на оба документа внутри страны, в том числе:</p>"
                "<ul><li>обладателей уведомления о разрешении на работу, въехавших в Китай;</li>"
                "<li>тех, кто уже находится в Китае с действующей визой или видом на жительство: специалистов "
                "категории A, обладателей документов для воссоединения семьи, меняющих работодателя.</li></ul>"
                "<p>Кроме того, нужно соответствовать общенациональным условиям для категорий A, B или C — см. "
                "общенациональный раздел.</p>",
                "<p>La ventanilla única cubre las solicitudes de ambos permisos presentadas en China continental, "
                "entre ellas:</p>"
                "<ul><li>titulares de la carta de notificación del permiso de trabajo que ya han entrado en China;</li>"
                "<li>personas que ya están en China con visado o permiso válido, como talento de clase A, titulares "
                "de permisos de reagrupación familiar y quienes cambian de empresa.</li></ul>"
                "<p>Además debe cumplir las condiciones nacionales del permiso de clase A, B o C: véase la sección "
                "nacional.</p>",
                "<p>Le guichet unique couvre les demandes des deux permis déposées en Chine continentale, notamment :</p>"
                "<ul><li>les titulaires de la lettre de notification du permis de travail entrés en Chine ;</li>"
                "<li>les personnes déjà en Chine avec un visa ou un permis valide : talents de catégorie A, "
                "titulaires d'un permis de regroupement familial, personnes qui changent d'employeur.</li></ul>"
                "<p>Vous devez aussi remplir les conditions nationales du permis de catégorie A, B ou C : voir la "
                "rubrique nationale.</p>",
            ),
            "documents": DOCUMENTS,
            "steps": _by_lang(
                [
                    {
                        "title": _t(
                            "Your employer applies online",
                            "用人单位在线申请",
                            "تقدّم جهة العمل الطلب عبر الإنترنت",
                            "Работодатель подаёт заявку онлайн",
                            "La empresa presenta la solicitud en línea",
                            "L'employeur dépose la demande en ligne",
                        ),
                        "text": _t(
                            "<p>The employer registers and files the application in the national Service System "
                            'for Foreigners Working in China, on the Ministry of Science and Technology\'s service platform (<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>).</p>',
                            '<p>用人单位在科学技术部政务服务平台上的全国“外国人来华工作管理服务系统”（<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>）注册并提交申请。</p>',
                            "<p>تسجّل جهة العمل وتقدّم الطلب في النظام الوطني لخدمات الأجانب العاملين في الصين "
                            '(<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>).</p>',
                            "<p>Работодатель регистрируется и подаёт заявку в общенациональной системе обслуживания "
                            'иностранцев, работающих в Китае (<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>).</p>',
                            "<p>La empresa se registra y presenta la solicitud en el sistema nacional de servicios "
                            'para extranjeros que trabajan en China (<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>).</p>',
                            "<p>L'employeur s'inscrit et dépose la demande dans le système national de services aux "
                            'étrangers travaillant en Chine (<a href="https://fuwu.most.gov.cn/">fuwu.most.gov.cn</a>).</p>',
                        ),
                    },
                    STEP_REGISTER,
                    STEP_MEDICAL_BEIJING,
                    {
                        "title": _t(
                            "Submit both applications at a one-stop counter",
                            "到“一站式”窗口同时递交两证申请",
                            "قدّم الطلبين معًا في شباك موحد",
                            "Подайте оба заявления в окне «одного окна»",
                            "Presente ambas solicitudes en una ventanilla única",
                            "Déposez les deux demandes à un guichet unique",
                        ),
                        "text": _t(
                            "<p>Bring the originals to a one-stop counter. The two permits are reviewed at the "
                            "same time.</p>",
                            "<p>携带材料原件到“一站式”窗口递交，两证同步审查。</p>",
                            "<p>أحضر الأصول إلى شباك موحد، ويُدرس التصريحان في الوقت نفسه.</p>",
                            "<p>Принесите оригиналы в окно «одного окна»; оба документа рассматриваются одновременно.</p>",
                            "<p>Lleve los originales a una ventanilla única; ambos permisos se revisan a la vez.</p>",
                            "<p>Apportez les originaux à un guichet unique ; les deux permis sont examinés en même temps.</p>",
                        ),
                    },
                    {
                        "title": _t(
                            "Collect both permits",
                            "同时领取两证",
                            "استلم التصريحين",
                            "Получите оба документа",
                            "Recoja ambos permisos",
                            "Retirez les deux permis",
                        ),
                        "text": _t(
                            "<p>The work permit and the residence permit are issued together.</p>",
                            "<p>工作许可证和居留许可同时发放。</p>",
                            "<p>يصدر تصريح العمل وتصريح الإقامة معًا.</p>",
                            "<p>Разрешение на работу и вид на жительство выдаются вместе.</p>",
                            "<p>El permiso de trabajo y el de residencia se entregan juntos.</p>",
                            "<p>Le permis de travail et le permis de séjour sont délivrés ensemble.</p>",
                        ),
                    },
                ]
            ),
            "processing_time": _t(
                "Both permits together in 5 working days for complete files (China Daily, September 2023). Legal "
                "limits: work permit within 20 working days; residence permit within 15 days.",
                "材料齐全的，两证5个工作日内同时办结（《中国日报》2023年9月）。法定时限：工作许可20个工作日，居留许可15日。",
                "التصريحان معًا خلال 5 أيام عمل للملفات المكتملة (تشاينا ديلي، سبتمبر 2023). المهل القانونية: تصريح "
                "العمل خلال 20 يوم عمل، وتصريح الإقامة خلال 15 يومًا.",
                "Оба документа вместе — за 5 рабочих дней при полном пакете (China Daily, сентябрь 2023). Сроки по "
                "закону: разрешение на работу — до 20 рабочих дней, вид на жительство — до 15 дней.",
                "Ambos permisos juntos en 5 días hábiles si el expediente está completo (China Daily, septiembre de "
                "2023). Plazos legales: permiso de trabajo, 20 días hábiles; residencia, 15 días.",
                "Les deux permis ensemble en 5 jours ouvrables pour un dossier complet (China Daily, septembre 2023). "
                "Délais légaux : 20 jours ouvrables pour le permis de travail, 15 jours pour le séjour.",
            ),
            "fees": FEES,
            "where_to_apply": _t(
                "<p>One-stop counters for both permits operate across Beijing; ask your employer which one serves "
                "your district. Work permits alone are handled by the Beijing Overseas Talents Center; residence "
                "permits alone by the Exit-Entry Administration, 2 Andingmen East Street, Dongcheng District "
                "(Monday to Saturday 9:00–17:00), and its district halls.</p>",
                "<p>北京全市设有两证“一站式”窗口，请向用人单位了解服务您所在区的窗口。单独办理工作许可由北京海外人才中心"
                "受理；单独办理居留许可由市公安局出入境管理总队（东城区安定门东大街2号，周一至周六9:00–17:00）及各区"
                "出入境接待大厅受理。</p>",
                "<p>تعمل شبابيك موحدة للتصريحين في أنحاء بكين؛ اسأل جهة عملك عن الشباك الذي يخدم منطقتك. أما تصريح "
                "العمل وحده فيعالجه مركز بكين للمواهب الخارجية، وتصريح الإقامة وحده تعالجه إدارة الدخول والخروج في "
                "2 شارع أندينغمن الشرقي، حي دونغتشنغ (من الاثنين إلى السبت 9:00–17:00) وقاعاتها في الأحياء.</p>",
                "<p>Окна для совместной подачи работают по всему Пекину; узнайте у работодателя, какое обслуживает "
                "ваш район. Только разрешение на работу оформляет Пекинский центр зарубежных талантов, только вид на "
                "жительство — Управление въезда и выезда (Андинмэнь Дундацзе, 2, район Дунчэн; пн–сб 9:00–17:00) и "
                "его районные залы.</p>",
                "<p>Hay ventanillas únicas para ambos permisos en todo Pekín; pregunte a su empresa cuál atiende su "
                "distrito. Solo el permiso de trabajo lo tramita el Centro de Talento Extranjero de Pekín; solo la "
                "residencia, la Administración de Entrada y Salida (Andingmen East Street 2, Dongcheng; de lunes a "
                "sábado, 9:00–17:00) y sus salas de distrito.</p>",
                "<p>Des guichets uniques pour les deux permis existent dans tout Pékin ; demandez à votre employeur "
                "lequel dessert votre district. Le permis de travail seul relève du Centre des talents étrangers de "
                "Pékin ; le permis de séjour seul, de l'administration des entrées et sorties (2, rue Andingmen Est, "
                "Dongcheng ; du lundi au samedi, 9 h–17 h) et de ses halls de district.</p>",
            ),
            "notes": {code: PASSPORT_NOTE[code] + FEE_NOTE[code] for code in LANGS},
            "sources": [BJ_ONE_STOP, BJ_RESIDENCE, BJ_BOTC],
        }
    ],
    "housing": {
        "last_verified": "2026-12-06",
        "sources": [HOUSING_LAW],
        "title": _t(
            "Housing in Beijing",
            "北京住房",
            "السكن في بكين",
            "Жильё в Пекине",
            "Vivienda en Pekín",
            "Se loger à Pékin",
        ),
        "intro": _t(
            "Where foreign professionals live in Beijing, what a one-bedroom flat typically costs, how leases "
            "work and which talent apartment schemes exist.",
            "外籍专业人才在北京住在哪里、一居室大致租金多少、租房流程如何，以及有哪些人才公寓项目。",
            "أين يسكن المهنيون الأجانب في بكين، وكم تكلّف عادةً شقة بغرفة نوم واحدة، وكيف تجري عقود الإيجار، "
            "وما برامج شقق المواهب المتاحة.",
            "Где живут иностранные специалисты в Пекине, сколько обычно стоит однокомнатная квартира, как "
            "устроена аренда и какие есть программы квартир для талантов.",
            "Dónde viven los profesionales extranjeros en Pekín, cuánto cuesta un piso de un dormitorio, cómo "
            "funcionan los alquileres y qué programas de apartamentos para talentos existen.",
            "Où vivent les professionnels étrangers à Pékin, combien coûte un deux-pièces, comment fonctionnent "
            "les baux et quels programmes d'appartements pour talents existent.",
        ),
        "body": _housing_body(
            _t(
                "<p>In Beijing, ask whether the winter heating fee is included in the rent, and expect prices to "
                "rise towards the city centre and the CBD.</p>",
                "<p>在北京租房，请问清冬季供暖费是否包含在租金内；越靠近市中心和CBD，租金越高。</p>",
                "<p>في بكين، اسأل هل رسوم التدفئة الشتوية مشمولة في الإيجار، وتوقّع ارتفاع الأسعار كلما اقتربت من "
                "وسط المدينة والحي التجاري المركزي.</p>",
                "<p>В Пекине уточните, входит ли в аренду плата за зимнее отопление; ближе к центру и деловому "
                "району цены выше.</p>",
                "<p>En Pekín, pregunte si la calefacción de invierno está incluida en el alquiler; los precios suben "
                "hacia el centro y el CBD.</p>",
                "<p>À Pékin, demandez si le chauffage d'hiver est compris dans le loyer ; les prix montent vers le "
                "centre et le CBD.</p>",
            )
        ),
        "neighbourhoods": [
            {
                "slug": "chaoyang-sanlitun-cbd",
                "title": _t(
                    "Chaoyang: Sanlitun, Liangmaqiao and the CBD",
                    "朝阳：三里屯、亮马桥和CBD",
                    "تشاويانغ: سانليتون وليانغماتشياو والحي التجاري المركزي",
                    "Чаоян: Саньлитунь, Лянмацяо и деловой центр",
                    "Chaoyang: Sanlitun, Liangmaqiao y el CBD",
                    "Chaoyang : Sanlitun, Liangmaqiao et le CBD",
                ),
                "district": "Chaoyang",
                "summary": _t(
                    "The most international part of Beijing: embassies, offices, restaurants and many "
                    "international schools, with high-rise apartments and serviced flats.",
                    "北京最国际化的区域：使馆、写字楼、餐厅和众多国际学校集中，以高层公寓和服务式公寓为主。",
                    "أكثر أجزاء بكين انفتاحًا على العالم: سفارات ومكاتب ومطاعم ومدارس دولية كثيرة، مع أبراج سكنية "
                    "وشقق فندقية.",
                    "Самая международная часть Пекина: посольства, офисы, рестораны и много международных школ; "
                    "высотные дома и сервисные апартаменты.",
                    "La zona más internacional de Pekín: embajadas, oficinas, restaurantes y muchos colegios "
                    "internacionales, con torres de viviendas y apartamentos con servicios.",
                    "Le quartier le plus international de Pékin : ambassades, bureaux, restaurants et nombreuses "
                    "écoles internationales, avec tours d'habitation et résidences avec services.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Chaoyang holds most embassies, the CBD and the Sanlitun shopping and nightlife area; "
                        "Liangmaqiao and the streets around Chaoyang Park are quieter and popular with families. "
                        "Wangjing, further north-east, has many technology companies and was one of Beijing's "
                        "first pilot international talent communities.</p>",
                        "<p>朝阳区集中了大多数使馆、CBD以及三里屯商圈和夜生活区；亮马桥和朝阳公园周边相对安静，受家庭欢迎。"
                        "东北方向的望京聚集了许多科技企业，是北京首批国际人才社区试点之一。</p>",
                        "<p>تضم تشاويانغ معظم السفارات والحي التجاري المركزي ومنطقة سانليتون للتسوق والسهر؛ أما "
                        "ليانغماتشياو والشوارع المحيطة بحديقة تشاويانغ فأهدأ وتفضّلها العائلات. وفي الشمال الشرقي تقع "
                        "وانغجينغ التي تضم شركات تقنية كثيرة، وكانت من أول مجتمعات المواهب الدولية التجريبية في بكين.</p>",
                        "<p>В Чаояне большинство посольств, деловой центр и торгово-развлекательный район "
                        "Саньлитунь; Лянмацяо и окрестности парка Чаоян спокойнее и популярны у семей. Ванцзин на "
                        "северо-востоке — район технологических компаний и одно из первых пилотных международных "
                        "сообществ специалистов в Пекине.</p>",
                        "<p>Chaoyang concentra la mayoría de las embajadas, el CBD y la zona comercial y de ocio de "
                        "Sanlitun; Liangmaqiao y el entorno del parque Chaoyang son más tranquilos y gustan a las "
                        "familias. Wangjing, más al noreste, reúne muchas tecnológicas y fue una de las primeras "
                        "comunidades piloto de talento internacional de Pekín.</p>",
                        "<p>Chaoyang regroupe la plupart des ambassades, le CBD et le quartier commerçant et festif "
                        "de Sanlitun ; Liangmaqiao et les abords du parc Chaoyang sont plus calmes et prisés des "
                        "familles. Wangjing, plus au nord-est, compte de nombreuses entreprises technologiques et "
                        "fut l'une des premières communautés pilotes de talents internationaux de Pékin.</p>",
                    )
                ),
                "rent_min": 6000,
                "rent_max": 12000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for Chaoyang from an expat guide (expatfocus.com); confirm "
                    "current prices with agents.",
                    "朝阳区一居室参考租金区间，来自外籍人士指南（expatfocus.com）；实际价格请向中介确认。",
                    "نطاق إرشادي لإيجار شقة بغرفة نوم في تشاويانغ من دليل للمغتربين (expatfocus.com)؛ تأكد من "
                    "الأسعار الحالية لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры в Чаояне по справочнику для экспатов "
                    "(expatfocus.com); актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en Chaoyang según una guía para expatriados "
                    "(expatfocus.com); confirme los precios actuales con agencias.",
                    "Fourchette indicative pour un deux-pièces à Chaoyang, d'après un guide pour expatriés "
                    "(expatfocus.com) ; vérifiez les prix actuels auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "CBD (Guomao)",
                                "CBD（国贸）",
                                "الحي التجاري المركزي (غوماو)",
                                "Деловой центр (Гомао)",
                                "CBD (Guomao)",
                                "CBD (Guomao)",
                            ),
                            15,
                            METRO,
                        ),
                        (
                            _t("Wangjing", "望京", "وانغجينغ", "Ванцзин", "Wangjing", "Wangjing"),
                            25,
                            METRO,
                        ),
                        (
                            _t(
                                "Financial Street",
                                "金融街",
                                "شارع المال",
                                "Финансовая улица",
                                "Calle Financiera",
                                "Rue de la Finance",
                            ),
                            40,
                            METRO,
                        ),
                        (
                            _t(
                                "Zhongguancun",
                                "中关村",
                                "تشونغقوانتسون",
                                "Чжунгуаньцунь",
                                "Zhongguancun",
                                "Zhongguancun",
                            ),
                            50,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>Western Academy of Beijing (WAB)</li><li>Beijing BISS International School</li>"
                    "<li>British School of Beijing, Sanlitun campus</li><li>Canadian International School of Beijing</li></ul>"
                    "<p>Check campuses, admissions and waiting lists with each school.</p>",
                    "<ul><li>北京京西学校（WAB）</li><li>北京BISS国际学校</li><li>北京英国学校三里屯校区</li>"
                    "<li>北京加拿大国际学校</li></ul><p>校区、招生和候补情况请向各校确认。</p>",
                    "<ul><li>الأكاديمية الغربية في بكين (WAB)</li><li>مدرسة بكين BISS الدولية</li>"
                    "<li>المدرسة البريطانية في بكين، فرع سانليتون</li><li>المدرسة الكندية الدولية في بكين</li></ul>"
                    "<p>تحقق من الفروع والقبول وقوائم الانتظار لدى كل مدرسة.</p>",
                    "<ul><li>Western Academy of Beijing (WAB)</li><li>Beijing BISS International School</li>"
                    "<li>British School of Beijing, кампус Саньлитунь</li><li>Canadian International School of Beijing</li></ul>"
                    "<p>Кампусы, приём и листы ожидания уточняйте в каждой школе.</p>",
                    "<ul><li>Western Academy of Beijing (WAB)</li><li>Beijing BISS International School</li>"
                    "<li>British School of Beijing, campus de Sanlitun</li><li>Canadian International School of Beijing</li></ul>"
                    "<p>Confirme campus, admisiones y listas de espera con cada colegio.</p>",
                    "<ul><li>Western Academy of Beijing (WAB)</li><li>Beijing BISS International School</li>"
                    "<li>British School of Beijing, campus de Sanlitun</li><li>Canadian International School of Beijing</li></ul>"
                    "<p>Vérifiez campus, admissions et listes d'attente auprès de chaque école.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "China – property rental prices",
                        "https://expatfocus.com/china/guide/china-property-rental-prices",
                        "Expat Focus",
                        "2026-10-20",
                    ),
                    _src(
                        "Beijing education and international schools guide",
                        "https://www.goodschoolsguide.co.uk/international/china/beijing-education-international-schools",
                        "The Good Schools Guide",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "haidian-wudaokou-zhongguancun",
                "title": _t(
                    "Haidian: Wudaokou and Zhongguancun",
                    "海淀：五道口和中关村",
                    "هايديان: وداوكو وتشونغقوانتسون",
                    "Хайдянь: Удаокоу и Чжунгуаньцунь",
                    "Haidian: Wudaokou y Zhongguancun",
                    "Haidian : Wudaokou et Zhongguancun",
                ),
                "district": "Haidian",
                "summary": _t(
                    "Beijing's university and technology quarter, near Peking and Tsinghua universities and the "
                    "Zhongguancun offices, with a student atmosphere and good metro links.",
                    "北京的高校和科技聚集区，靠近北大、清华和中关村写字楼，学生氛围浓厚，地铁便利。",
                    "حي الجامعات والتقنية في بكين، قرب جامعتي بكين وتسينغهوا ومكاتب تشونغقوانتسون، بأجواء طلابية "
                    "ومواصلات مترو جيدة.",
                    "Университетский и технологический квартал Пекина рядом с Пекинским университетом, Цинхуа и "
                    "офисами Чжунгуаньцуня; студенческая атмосфера и хорошее метро.",
                    "El barrio universitario y tecnológico de Pekín, cerca de las universidades de Pekín y Tsinghua "
                    "y de las oficinas de Zhongguancun, con ambiente estudiantil y buen metro.",
                    "Le quartier universitaire et technologique de Pékin, près des universités de Pékin et Tsinghua "
                    "et des bureaux de Zhongguancun, à l'ambiance étudiante et bien desservi par le métro.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Wudaokou is busy with students and language schools; Zhongguancun and the streets around "
                        "it house technology companies and research institutes. Housing is mostly older mid-rise and "
                        "newer high-rise compounds, with fewer western-style flats than in Chaoyang. The Zhongguancun "
                        "foreigners' service hall of the Exit-Entry Administration is in the district.</p>",
                        "<p>五道口学生和语言学校众多；中关村及周边聚集科技企业和科研院所。住房以老式多层小区和较新的高层小区为主，"
                        "西式装修公寓少于朝阳。出入境管理部门的中关村外国人服务大厅也在海淀。</p>",
                        "<p>تعجّ وداوكو بالطلاب ومدارس اللغات، بينما تضم تشونغقوانتسون وما حولها شركات تقنية ومعاهد "
                        "بحث. السكن في الغالب مجمعات قديمة متوسطة الارتفاع وأخرى حديثة عالية، والشقق ذات الطراز الغربي "
                        "أقل مما في تشاويانغ. وتقع في الحي قاعة خدمات الأجانب في تشونغقوانتسون التابعة لإدارة الدخول والخروج.</p>",
                        "<p>В Удаокоу много студентов и языковых школ; в Чжунгуаньцуне и вокруг — технологические "
                        "компании и НИИ. Жильё — в основном старые среднеэтажные и новые высотные комплексы; квартир "
                        "с западным ремонтом меньше, чем в Чаояне. В районе находится зал обслуживания иностранцев "
                        "Чжунгуаньцунь миграционного управления.</p>",
                        "<p>Wudaokou está lleno de estudiantes y academias de idiomas; Zhongguancun y su entorno "
                        "albergan tecnológicas e institutos de investigación. La vivienda son sobre todo bloques "
                        "antiguos de altura media y torres más nuevas, con menos pisos de estilo occidental que en "
                        "Chaoyang. En el distrito está la sala de extranjeros de Zhongguancun.</p>",
                        "<p>Wudaokou fourmille d'étudiants et d'écoles de langues ; Zhongguancun et ses abords "
                        "accueillent entreprises technologiques et instituts de recherche. Le logement se compose "
                        "surtout de résidences anciennes de hauteur moyenne et de tours récentes, avec moins "
                        "d'appartements de style occidental qu'à Chaoyang. Le hall des étrangers de Zhongguancun "
                        "se trouve dans le district.</p>",
                    )
                ),
                "rent_min": 5000,
                "rent_max": 10000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative range for a western-style flat around Wudaokou from an older relocation blog; "
                    "confirm current prices with agents.",
                    "五道口一带西式公寓参考区间，来自较早的搬迁服务博客；实际价格请向中介确认。",
                    "نطاق إرشادي لشقة بطراز غربي حول وداوكو من مدونة قديمة لخدمات الانتقال؛ تأكد من الأسعار الحالية "
                    "لدى الوسطاء.",
                    "Ориентировочный диапазон для квартиры с западным ремонтом у Удаокоу по старому блогу "
                    "релокационной компании; актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un piso de estilo occidental en Wudaokou según un blog de reubicación "
                    "antiguo; confirme los precios con agencias.",
                    "Fourchette indicative pour un appartement de style occidental à Wudaokou, d'après un ancien "
                    "blog de relocation ; vérifiez les prix actuels auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Zhongguancun",
                                "中关村",
                                "تشونغقوانتسون",
                                "Чжунгуаньцунь",
                                "Zhongguancun",
                                "Zhongguancun",
                            ),
                            15,
                            BIKE,
                        ),
                        (
                            _t(
                                "Financial Street",
                                "金融街",
                                "شارع المال",
                                "Финансовая улица",
                                "Calle Financiera",
                                "Rue de la Finance",
                            ),
                            35,
                            METRO,
                        ),
                        (
                            _t(
                                "CBD (Guomao)",
                                "CBD（国贸）",
                                "الحي التجاري المركزي (غوماو)",
                                "Деловой центр (Гомао)",
                                "CBD (Guomao)",
                                "CBD (Guomao)",
                            ),
                            55,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<p>There are fewer international schools here than in Chaoyang or Shunyi, and many families "
                    "commute. Check current options and admissions with the schools.</p>",
                    "<p>这里的国际学校少于朝阳和顺义，许多家庭需要跨区上学。当前可选学校和招生情况请向学校确认。</p>",
                    "<p>المدارس الدولية هنا أقل منها في تشاويانغ وشونيي، وكثير من العائلات تتنقل يوميًا. تحقق من "
                    "الخيارات الحالية والقبول لدى المدارس.</p>",
                    "<p>Международных школ здесь меньше, чем в Чаояне или Шуньи, и многие семьи возят детей "
                    "в другие районы. Актуальные варианты и условия приёма уточняйте в школах.</p>",
                    "<p>Hay menos colegios internacionales que en Chaoyang o Shunyi y muchas familias se desplazan. "
                    "Consulte las opciones y admisiones actuales con los colegios.</p>",
                    "<p>Les écoles internationales sont moins nombreuses qu'à Chaoyang ou Shunyi et beaucoup de "
                    "familles font le trajet. Renseignez-vous auprès des écoles sur l'offre et les admissions.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "How expensive are the apartment rents in Beijing?",
                        "http://www.beijingrelocation.com/blog/how-expensive-are-the-apartment-rents-in-beijing/",
                        "Beijing Relocation",
                        "2026-10-20",
                    ),
                    _src(
                        "Beijing – Haidian district overview",
                        "https://www.dichandadang.com/en/office-leasing/beijing/haidian",
                        "Dichandadang",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "shunyi",
                "title": _t(
                    "Shunyi: the villa district near the airport",
                    "顺义：机场附近的别墅区",
                    "شونيي: حي الفلل قرب المطار",
                    "Шуньи: район вилл у аэропорта",
                    "Shunyi: la zona de chalés junto al aeropuerto",
                    "Shunyi : le quartier des villas près de l'aéroport",
                ),
                "district": "Shunyi",
                "summary": _t(
                    "Suburban compounds with gardens near the airport, chosen by families for several large "
                    "international schools; most residents rely on a car or school bus.",
                    "机场附近带花园的郊区社区，因有多所大型国际学校而受家庭青睐；居民出行多依赖汽车或校车。",
                    "مجمعات ضاحية بحدائق قرب المطار، تختارها العائلات لوجود عدة مدارس دولية كبرى؛ ويعتمد معظم "
                    "السكان على السيارة أو حافلة المدرسة.",
                    "Загородные комплексы с садами у аэропорта; семьи выбирают их из-за нескольких крупных "
                    "международных школ. Без машины или школьного автобуса здесь трудно.",
                    "Urbanizaciones con jardín cerca del aeropuerto, elegidas por familias por varios grandes "
                    "colegios internacionales; casi todos dependen del coche o del autobús escolar.",
                    "Résidences avec jardin près de l'aéroport, choisies par les familles pour plusieurs grandes "
                    "écoles internationales ; la plupart des habitants dépendent de la voiture ou du car scolaire.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>North-east of the centre, near Beijing Capital International Airport, Shunyi has gated "
                        "villa compounds and some apartment blocks. Several major international schools are here, so "
                        "it suits families; offices and nightlife in the city are a long drive away.</p>",
                        "<p>顺义位于市中心东北、首都国际机场附近，有封闭式别墅社区和部分公寓楼。多所大型国际学校坐落于此，"
                        "适合有孩子的家庭；但距离市区写字楼和夜生活区车程较远。</p>",
                        "<p>تقع شونيي شمال شرق المركز قرب مطار بكين العاصمة الدولي، وفيها مجمعات فلل مسوّرة وبعض "
                        "العمارات السكنية. توجد فيها عدة مدارس دولية كبرى فتناسب العائلات، لكن مكاتب المدينة وأماكن "
                        "السهر بعيدة بالسيارة.</p>",
                        "<p>Шуньи лежит к северо-востоку от центра, у Столичного международного аэропорта: "
                        "закрытые посёлки вилл и несколько жилых комплексов. Здесь несколько крупных международных "
                        "школ, поэтому район подходит семьям; до офисов и ночной жизни в городе далеко ехать.</p>",
                        "<p>Al noreste del centro, junto al Aeropuerto Internacional de la Capital, Shunyi tiene "
                        "urbanizaciones cerradas de chalés y algunos bloques de pisos. Aquí están varios grandes "
                        "colegios internacionales, así que conviene a familias; las oficinas y el ocio quedan lejos en coche.</p>",
                        "<p>Au nord-est du centre, près de l'aéroport international de la Capitale, Shunyi compte "
                        "des résidences fermées de villas et quelques immeubles. Plusieurs grandes écoles "
                        "internationales s'y trouvent, ce qui convient aux familles ; bureaux et sorties en ville "
                        "sont loin en voiture.</p>",
                    )
                ),
                "rent_min": 3500,
                "rent_max": 6000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for outer districts such as Shunyi from a city guide; villas cost "
                    "far more. Confirm with agents.",
                    "顺义等外围区一居室参考区间，来自城市指南；别墅租金高得多。请向中介确认。",
                    "نطاق إرشادي لشقة بغرفة نوم في الأحياء الطرفية مثل شونيي من دليل للمدينة؛ الفلل أغلى بكثير. "
                    "تأكد لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры во внешних районах, таких как Шуньи, по "
                    "городскому справочнику; виллы намного дороже. Уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en distritos periféricos como Shunyi según una guía de la "
                    "ciudad; los chalés cuestan mucho más. Confírmelo con agencias.",
                    "Fourchette indicative pour un deux-pièces dans les districts périphériques comme Shunyi, "
                    "d'après un guide de la ville ; les villas coûtent bien plus. À vérifier auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Beijing Capital International Airport",
                                "北京首都国际机场",
                                "مطار بكين العاصمة الدولي",
                                "Столичный международный аэропорт",
                                "Aeropuerto Internacional de la Capital",
                                "Aéroport international de la Capitale",
                            ),
                            20,
                            CAR,
                        ),
                        (
                            _t("Wangjing", "望京", "وانغجينغ", "Ванцзин", "Wangjing", "Wangjing"),
                            30,
                            CAR,
                        ),
                        (
                            _t(
                                "CBD (Guomao)",
                                "CBD（国贸）",
                                "الحي التجاري المركزي (غوماو)",
                                "Деловой центр (Гомао)",
                                "CBD (Guomao)",
                                "CBD (Guomao)",
                            ),
                            45,
                            CAR,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>International School of Beijing (ISB)</li><li>Dulwich College Beijing</li>"
                    "<li>British School of Beijing, Shunyi campus</li></ul>"
                    "<p>Check campuses, admissions and waiting lists with each school.</p>",
                    "<ul><li>北京顺义国际学校（ISB）</li><li>北京德威英国国际学校</li><li>北京英国学校顺义校区</li></ul>"
                    "<p>校区、招生和候补情况请向各校确认。</p>",
                    "<ul><li>مدرسة بكين الدولية (ISB)</li><li>كلية دولويتش في بكين</li>"
                    "<li>المدرسة البريطانية في بكين، فرع شونيي</li></ul>"
                    "<p>تحقق من الفروع والقبول وقوائم الانتظار لدى كل مدرسة.</p>",
                    "<ul><li>International School of Beijing (ISB)</li><li>Dulwich College Beijing</li>"
                    "<li>British School of Beijing, кампус Шуньи</li></ul>"
                    "<p>Кампусы, приём и листы ожидания уточняйте в каждой школе.</p>",
                    "<ul><li>International School of Beijing (ISB)</li><li>Dulwich College Beijing</li>"
                    "<li>British School of Beijing, campus de Shunyi</li></ul>"
                    "<p>Confirme campus, admisiones y listas de espera con cada colegio.</p>",
                    "<ul><li>International School of Beijing (ISB)</li><li>Dulwich College Beijing</li>"
                    "<li>British School of Beijing, campus de Shunyi</li></ul>"
                    "<p>Vérifiez campus, admissions et listes d'attente auprès de chaque école.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Beijing cost of living: housing and accommodation",
                        "https://citiesinsider.com/country/china/beijing/cost-of-living/en",
                        "Cities Insider",
                        "2026-10-20",
                    ),
                    _src(
                        "International School of Beijing",
                        "https://en.wikipedia.org/wiki/International_School_of_Beijing",
                        "Wikipedia",
                        "2026-10-20",
                    ),
                ],
            },
        ],
        "apartments": [
            {
                "slug": "e-town-international-talent-apartments",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "E-Town international talent apartments",
                    "亦庄国际人才公寓",
                    "شقق المواهب الدولية في إي-تاون",
                    "Международные квартиры для талантов в E-Town",
                    "Apartamentos para talento internacional de E-Town",
                    "Appartements pour talents internationaux d'E-Town",
                ),
                "district": "Daxing (Beijing Economic-Technological Development Area)",
                "summary": _with_estimate(
                    _t(
                        "Furnished apartments for foreign and Chinese staff of companies in Beijing E-Town, part of "
                        "a larger stock of public rental and subsidised housing in the zone.",
                        "面向亦庄企业中外籍员工的精装公寓，属于开发区公租房和保障性租赁住房体系的一部分。",
                        "شقق مفروشة للموظفين الأجانب والصينيين في شركات إي-تاون، ضمن مخزون أكبر من المساكن العامة "
                        "والمدعومة للإيجار في المنطقة.",
                        "Меблированные квартиры для иностранных и китайских сотрудников компаний E-Town — часть "
                        "большого фонда социального и субсидируемого арендного жилья зоны.",
                        "Pisos amueblados para personal extranjero y chino de empresas de E-Town, dentro de un parque "
                        "más amplio de vivienda pública y subvencionada de alquiler.",
                        "Logements meublés pour les salariés étrangers et chinois des entreprises d'E-Town, dans un "
                        "parc plus large de logements locatifs publics et aidés de la zone.",
                    )
                ),
                "rent_min": 2500,
                "rent_max": 6000,
                "size_min": 35,
                "size_max": 90,
                "eligibility": _t(
                    "<p>For employees of companies registered in the zone. The zone offers international talent "
                    "apartments, white-collar apartments and family units; who qualifies for which is set by its "
                    "talent policies. Ask your employer whether foreign staff in your role are eligible.</p>",
                    "<p>面向在开发区注册企业的员工。开发区提供国际人才公寓、白领公寓和家庭户型等，具体资格由其人才政策确定。"
                    "请向用人单位确认外籍员工是否符合条件。</p>",
                    "<p>لموظفي الشركات المسجلة في المنطقة. تقدّم المنطقة شققًا للمواهب الدولية وشققًا للموظفين ووحدات "
                    "للعائلات، وتحدد سياساتها للمواهب من يستحق كل نوع. اسأل جهة عملك هل يحق للموظفين الأجانب في وظيفتك التقدم.</p>",
                    "<p>Для сотрудников компаний, зарегистрированных в зоне. Есть международные квартиры для "
                    "талантов, квартиры для офисных сотрудников и семейные; кто на что может претендовать, "
                    "определяет кадровая политика зоны. Уточните у работодателя, подходят ли иностранцы на вашей должности.</p>",
                    "<p>Para empleados de empresas registradas en la zona. Hay apartamentos para talento "
                    "internacional, para oficinistas y para familias; las condiciones las fijan sus políticas de "
                    "talento. Pregunte a su empresa si el personal extranjero de su puesto tiene derecho.</p>",
                    "<p>Pour les salariés d'entreprises immatriculées dans la zone. Elle propose des appartements "
                    "pour talents internationaux, pour cadres et pour familles ; les conditions relèvent de sa "
                    "politique des talents. Demandez à votre employeur si les étrangers à votre poste y ont droit.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Applications go through the employer, which submits staff to the zone's talent housing "
                    "service. Ask HR for the current round, the documents needed and the lease length.</p>",
                    "<p>由用人单位向开发区人才住房服务部门统一申报。请向人力资源部门了解当期批次、所需材料和租期。</p>",
                    "<p>يُقدَّم الطلب عن طريق جهة العمل التي ترشّح موظفيها لدى خدمة سكن المواهب في المنطقة. اسأل "
                    "الموارد البشرية عن الدفعة الحالية والوثائق المطلوبة ومدة الإيجار.</p>",
                    "<p>Заявки подаёт работодатель в жилищную службу зоны для специалистов. Узнайте в отделе кадров "
                    "о текущем наборе, нужных документах и сроке аренды.</p>",
                    "<p>La solicitud la presenta la empresa ante el servicio de vivienda para talento de la zona. "
                    "Pregunte a RR. HH. por la convocatoria actual, los documentos y la duración del contrato.</p>",
                    "<p>La demande passe par l'employeur, qui présente ses salariés au service du logement des "
                    "talents de la zone. Demandez aux RH la session en cours, les pièces et la durée du bail.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#2f5d62", "#dfeeea"],
                "image_alt": _t(
                    "Abstract illustration of new apartment towers in teal under a pale sky",
                    "抽象插画：淡色天空下的青绿色新公寓楼",
                    "رسم تجريدي لأبراج سكنية جديدة بلون أخضر مزرق تحت سماء فاتحة",
                    "Абстрактная иллюстрация: новые жилые башни бирюзового цвета под светлым небом",
                    "Ilustración abstracta de nuevas torres de viviendas en verde azulado bajo un cielo claro",
                    "Illustration abstraite de nouvelles tours d'habitation bleu-vert sous un ciel pâle",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Talent, production form virtuous circle (International Talent Apartment)",
                        "http://www.beijingetown.com.cn/2021-10/15/c_668622.htm",
                        "Beijing E-Town",
                        "2026-10-20",
                    ),
                    _src(
                        "Beijing E-Town talents policy",
                        "http://invest.beijingetown.com.cn/2023-10/09/c_931417.htm",
                        "Beijing E-Town",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "financial-street-talent-apartments",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Financial Street talent apartments",
                    "金融街人才公寓",
                    "شقق المواهب في شارع المال",
                    "Квартиры для талантов на Финансовой улице",
                    "Apartamentos para talentos de la Calle Financiera",
                    "Appartements pour talents de la rue de la Finance",
                ),
                "district": "Xicheng",
                "summary": _t(
                    "98 furnished flats of one to three bedrooms (about 68–100 m²) in Wangfucang Hutong, less than "
                    "a kilometre from Financial Street; employers decide who lives there. Rent shown is an "
                    "indicative estimate: confirm with the operator.",
                    "位于王府仓胡同的98套精装公寓，一居至三居（约68–100平方米），距金融街不到1公里，由用人单位决定入住人选。"
                    "所列租金为参考估算，请向运营方确认。",
                    "98 شقة مفروشة من غرفة إلى ثلاث غرف نوم (نحو 68–100 م²) في زقاق وانغفوتسانغ، على أقل من كيلومتر "
                    "من شارع المال؛ وجهات العمل تقرر من يسكنها. الإيجار المذكور تقدير إرشادي: تأكد منه لدى الجهة المشغّلة.",
                    "98 меблированных квартир от одной до трёх спален (около 68–100 м²) в переулке Ванфуцан, меньше "
                    "километра от Финансовой улицы; жильцов выбирают работодатели. Аренда — ориентировочная оценка, "
                    "уточните у оператора.",
                    "98 pisos amueblados de uno a tres dormitorios (unos 68–100 m²) en el hutong Wangfucang, a menos "
                    "de un kilómetro de la Calle Financiera; las empresas deciden quién vive allí. El alquiler es una "
                    "estimación orientativa: confírmelo con el operador.",
                    "98 logements meublés d'une à trois chambres (environ 68 à 100 m²) dans le hutong Wangfucang, à "
                    "moins d'un kilomètre de la rue de la Finance ; les employeurs choisissent les occupants. Loyer "
                    "indicatif : à confirmer auprès de l'exploitant.",
                ),
                "rent_min": 9000,
                "rent_max": 18000,
                "size_min": 68,
                "size_max": 100,
                "eligibility": _t(
                    "<p>Financial institutions on Financial Street allocate the flats to staff they want to recruit "
                    "or keep; Xicheng District handed the choice of tenants to employers. These details come from a "
                    "2022 news report: check the current rules.</p>",
                    "<p>由金融街的金融机构分配给其引进或需留住的人才；西城区将入住人选的决定权交给企业。以上信息来自2022年"
                    "的新闻报道，请核实现行规定。</p>",
                    "<p>تخصّص المؤسسات المالية في شارع المال الشقق لموظفين تريد استقطابهم أو الاحتفاظ بهم، إذ منحت "
                    "منطقة شيتشنغ جهات العمل حق اختيار السكان. هذه التفاصيل من تقرير إخباري عام 2022: تحقق من القواعد الحالية.</p>",
                    "<p>Финансовые организации Финансовой улицы распределяют квартиры среди сотрудников, которых "
                    "хотят привлечь или удержать; район Сичэн передал выбор жильцов работодателям. Сведения взяты из "
                    "новостей 2022 года — проверьте действующие правила.</p>",
                    "<p>Las entidades financieras de la Calle Financiera asignan los pisos al personal que quieren "
                    "atraer o retener; el distrito de Xicheng dejó la elección a las empresas. Datos de una noticia "
                    "de 2022: compruebe las reglas actuales.</p>",
                    "<p>Les institutions financières de la rue de la Finance attribuent les logements aux salariés "
                    "qu'elles veulent recruter ou retenir ; le district de Xicheng a confié le choix aux employeurs. "
                    "Informations tirées d'un article de 2022 : vérifiez les règles actuelles.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Only through your employer: there is no individual application.</p>",
                    "<p>只能通过用人单位申请，不接受个人申请。</p>",
                    "<p>عن طريق جهة عملك فقط، ولا توجد طلبات فردية.</p>",
                    "<p>Только через работодателя: индивидуальные заявки не принимаются.</p>",
                    "<p>Solo a través de su empresa: no hay solicitud individual.</p>",
                    "<p>Uniquement par votre employeur : pas de demande individuelle.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#3d405b", "#e07a5f"],
                "image_alt": _t(
                    "Abstract illustration of a low courtyard building among office towers at sunset",
                    "抽象插画：夕阳下写字楼间的低层院落建筑",
                    "رسم تجريدي لمبنى منخفض بفناء بين أبراج المكاتب عند الغروب",
                    "Абстрактная иллюстрация: невысокое здание с двориком среди офисных башен на закате",
                    "Ilustración abstracta de un edificio bajo con patio entre torres de oficinas al atardecer",
                    "Illustration abstraite d'un bâtiment bas à cour entre des tours de bureaux au coucher du soleil",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Financial Street's first market-oriented talent apartment welcomes tenants (translated news report, 2022)",
                        "http://www.dloid.cn/2022/06/12/House-who-live-in-government-uncertain-standard-enterprises-say-the-final-word-the-financial-street-first-market-talent-apartment-at-the-end-of-March-welcome-guests/",
                        "dloid.cn",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "huairou-international-talent-community",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Huairou international talent community apartments",
                    "怀柔国际人才社区公寓",
                    "شقق مجتمع المواهب الدولية في هوايرو",
                    "Квартиры международного сообщества специалистов Хуайжоу",
                    "Apartamentos de la comunidad de talento internacional de Huairou",
                    "Logements de la communauté des talents internationaux de Huairou",
                ),
                "district": "Huairou",
                "summary": _with_estimate(
                    _t(
                        "Furnished apartments for researchers at Huairou Science City: 260 in converted factory "
                        "buildings, with about 900 more being completed in the Yanqi international community "
                        "(early 2026).",
                        "面向怀柔科学城科研人员的拎包入住公寓：由旧厂房改造的260套已建成，雁栖国际社区约900套正在收尾（2026年初）。",
                        "شقق مفروشة لباحثي مدينة هوايرو العلمية: 260 شقة في مبانٍ صناعية محوّلة، ونحو 900 أخرى قيد "
                        "الإنجاز في مجتمع يانتشي الدولي (مطلع 2026).",
                        "Меблированные квартиры для исследователей научного города Хуайжоу: 260 в перестроенных "
                        "заводских корпусах и около 900 в международном квартале Яньци на стадии завершения (начало 2026 года).",
                        "Pisos amueblados para investigadores de la Ciudad Científica de Huairou: 260 en antiguas "
                        "naves reconvertidas y unos 900 más a punto de terminarse en la comunidad internacional de "
                        "Yanqi (principios de 2026).",
                        "Logements meublés pour les chercheurs de la Cité des sciences de Huairou : 260 dans "
                        "d'anciens bâtiments d'usine reconvertis, et environ 900 en voie d'achèvement dans la "
                        "communauté internationale de Yanqi (début 2026).",
                    )
                ),
                "rent_min": 2000,
                "rent_max": 5000,
                "size_min": 30,
                "size_max": 90,
                "eligibility": _t(
                    "<p>Aimed at researchers and staff of the laboratories, facilities and companies of Huairou "
                    "Science City, including foreign talent. Exact criteria were not published in the source: ask "
                    "your institution.</p>",
                    "<p>主要面向怀柔科学城实验室、科研设施和企业的科研人员及员工，包括外籍人才。来源未公布具体条件，请向所在单位咨询。</p>",
                    "<p>موجهة إلى الباحثين والعاملين في مختبرات مدينة هوايرو العلمية ومنشآتها وشركاتها، ومنهم المواهب "
                    "الأجنبية. لم ينشر المصدر معايير محددة: اسأل مؤسستك.</p>",
                    "<p>Предназначены для исследователей и сотрудников лабораторий, установок и компаний научного "
                    "города Хуайжоу, включая иностранцев. Точные критерии в источнике не опубликованы — уточните в "
                    "своей организации.</p>",
                    "<p>Destinados a investigadores y personal de los laboratorios, instalaciones y empresas de la "
                    "Ciudad Científica de Huairou, incluido el talento extranjero. La fuente no publica criterios "
                    "exactos: pregunte en su institución.</p>",
                    "<p>Destinés aux chercheurs et au personnel des laboratoires, installations et entreprises de la "
                    "Cité des sciences de Huairou, talents étrangers compris. La source ne précise pas les critères : "
                    "renseignez-vous auprès de votre institution.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Through your employing institution, which liaises with the district's talent services.</p>",
                    "<p>通过所在单位与怀柔区人才服务部门对接申请。</p>",
                    "<p>عن طريق المؤسسة التي تعمل لديها، وهي تتواصل مع خدمات المواهب في المنطقة.</p>",
                    "<p>Через вашу организацию, которая взаимодействует с районной службой по работе со специалистами.</p>",
                    "<p>A través de su institución, que se coordina con los servicios de talento del distrito.</p>",
                    "<p>Par votre institution employeuse, en lien avec les services des talents du district.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#344e41", "#a3b18a"],
                "image_alt": _t(
                    "Abstract illustration of low apartment buildings among green hills and a lake",
                    "抽象插画：青山湖畔的低层公寓楼",
                    "رسم تجريدي لمبانٍ سكنية منخفضة بين تلال خضراء وبحيرة",
                    "Абстрактная иллюстрация: невысокие жилые дома среди зелёных холмов и озера",
                    "Ilustración abstracta de edificios bajos de viviendas entre colinas verdes y un lago",
                    "Illustration abstraite d'immeubles bas entre des collines vertes et un lac",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Communauté des talents internationaux de Huairou",
                        "https://french.beijing.gov.cn/specials/talent/service/internationalcommunity/202601/t20260127_4469984.html",
                        "Beijing Municipal People's Government (French edition)",
                        "2026-10-20",
                    ),
                ],
            },
        ],
    },
}


# --- Shanghai ----------------------------------------------------------------

SH_SINGLE_WINDOW = _src(
    "Shanghai optimizes exit-entry services: 12367 hotline and single window for work and residence permits",
    "https://www.shine.cn/news/metro/2306071456/",
    "Shanghai Daily",
    "2026-10-15",
)
SH_SINGLE_WINDOW_2019 = _src(
    "Shanghai announces simultaneous application process for work permits and residence permits",
    "https://wolfsdorf.com/china-shanghai-announces-simultaneous-application-process-for-work-permits-and-residence-permits/",
    "Wolfsdorf Rosenthal",
    "2026-10-15",
)
SH_WORK_PERMIT_NOTICE = _src(
    "Notice on municipal windows for foreigner's work permits in Shanghai",
    "https://www.shanghai.gov.cn/sjzccs/20220330/e697a0eaa10d4b689513e8db64751272.html",
    "Science and Technology Commission of Shanghai Municipality",
    "2026-10-15",
)
SHANGHAI = {
    "slug": "shanghai",
    "title": _t("Shanghai", "上海", "شنغهاي", "Шанхай", "Shanghái", "Shanghai"),
    "intro": _t(
        "China's financial and trading centre, with strong chip, biomedicine and car industries. Eligible "
        "foreign talent can apply for the work and residence permits together through a single window.",
        "中国的金融和贸易中心，集成电路、生物医药和汽车产业实力雄厚。符合条件的外籍人才可通过“单一窗口”同时申请工作许可和居留许可。",
        "مركز الصين المالي والتجاري، وفيها صناعات قوية للرقائق والطب الحيوي والسيارات. ويمكن للمواهب الأجنبية "
        "المؤهلة طلب تصريحي العمل والإقامة معًا عبر نافذة واحدة.",
        "Финансовый и торговый центр Китая с сильной полупроводниковой, биомедицинской и автомобильной "
        "промышленностью. Подходящие специалисты могут подать на разрешение на работу и вид на жительство через «единое окно».",
        "El centro financiero y comercial de China, con una potente industria de chips, biomedicina y automóvil. "
        "El talento extranjero que cumpla requisitos puede pedir ambos permisos en una ventanilla única.",
        "Le centre financier et commercial de la Chine, fort de ses industries des puces, de la biomédecine et "
        "de l'automobile. Les talents éligibles demandent permis de travail et de séjour à un guichet unique.",
    ),
    "why_city": _t(
        "<ul>"
        "<li><b>Finance and trade.</b> Lujiazui in Pudong is home to the Shanghai Stock Exchange and many banks; "
        "the Hongqiao business district gathers trade fairs and company headquarters.</li>"
        "<li><b>Science and industry.</b> Zhangjiang focuses on chips, biomedicine and artificial intelligence; "
        "the Lin-gang Special Area on new-energy vehicles and advanced equipment.</li>"
        "<li><b>A single window for permits.</b> Class-A talent (since December 2019) and class-B professionals "
        "in pilot zones (since 2023) can file both permits at once and receive them in about 7 working days.</li>"
        "<li><b>An international city.</b> Most international schools are in Changning, Minhang and Pudong; the "
        "12345 hotline is multilingual and 12367 answers immigration questions day and night in Chinese and "
        "English.</li>"
        "</ul>",
        "<ul>"
        "<li><b>金融与贸易。</b>浦东陆家嘴汇聚上海证券交易所和众多银行；虹桥商务区聚集会展和企业总部。</li>"
        "<li><b>科技与产业。</b>张江聚焦集成电路、生物医药和人工智能；临港新片区聚焦新能源汽车和高端装备。</li>"
        "<li><b>办证“单一窗口”。</b>A类人才（2019年12月起）和试点区域内的B类人才（2023年起）可同时递交两证申请，约7个工作日办结。</li>"
        "<li><b>国际化城市。</b>国际学校主要分布在长宁、闵行和浦东；12345热线提供多语种服务，12367全天候提供中英文移民咨询。</li>"
        "</ul>",
        "<ul>"
        "<li><b>المال والتجارة.</b> تضم لوجياتسوي في بودونغ بورصة شنغهاي ومصارف كثيرة، ويجمع حي هونغتشياو "
        "التجاري المعارض والمقار الرئيسية للشركات.</li>"
        "<li><b>العلوم والصناعة.</b> تركز تشانغجيانغ على الرقائق والطب الحيوي والذكاء الاصطناعي، وتركز منطقة "
        "لينغانغ الخاصة على مركبات الطاقة الجديدة والمعدات المتقدمة.</li>"
        "<li><b>نافذة واحدة للتصاريح.</b> يمكن لمواهب الفئة A (منذ ديسمبر 2019) ولمهنيي الفئة B في المناطق "
        "التجريبية (منذ 2023) تقديم طلبي التصريحين معًا واستلامهما خلال نحو 7 أيام عمل.</li>"
        "<li><b>مدينة دولية.</b> تقع معظم المدارس الدولية في تشانغنينغ ومينهانغ وبودونغ؛ والخط 12345 متعدد "
        "اللغات، ويجيب الخط 12367 عن أسئلة الهجرة على مدار الساعة بالصينية والإنجليزية.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Финансы и торговля.</b> В Луцзяцзуе (Пудун) находятся Шанхайская фондовая биржа и многие "
        "банки; деловой район Хунцяо объединяет выставки и штаб-квартиры компаний.</li>"
        "<li><b>Наука и промышленность.</b> Чжанцзян специализируется на микросхемах, биомедицине и "
        "искусственном интеллекте, особая зона Линьган — на автомобилях на новых источниках энергии и передовом оборудовании.</li>"
        "<li><b>«Единое окно» для разрешений.</b> Специалисты категории A (с декабря 2019 года) и категории B "
        "в пилотных зонах (с 2023 года) подают оба заявления сразу и получают документы примерно за 7 рабочих дней.</li>"
        "<li><b>Международный город.</b> Большинство международных школ — в Чаннине, Миньхане и Пудуне; линия "
        "12345 работает на нескольких языках, а 12367 круглосуточно отвечает на миграционные вопросы на "
        "китайском и английском.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Finanzas y comercio.</b> Lujiazui, en Pudong, alberga la Bolsa de Shanghái y muchos bancos; el "
        "distrito de negocios de Hongqiao reúne ferias y sedes de empresas.</li>"
        "<li><b>Ciencia e industria.</b> Zhangjiang se centra en chips, biomedicina e inteligencia artificial; "
        "el Área Especial de Lin-gang, en vehículos de nuevas energías y equipos avanzados.</li>"
        "<li><b>Ventanilla única para los permisos.</b> El talento de clase A (desde diciembre de 2019) y los "
        "profesionales de clase B en zonas piloto (desde 2023) presentan ambos permisos a la vez y los reciben "
        "en unos 7 días hábiles.</li>"
        "<li><b>Una ciudad internacional.</b> La mayoría de los colegios internacionales están en Changning, "
        "Minhang y Pudong; el 12345 atiende en varios idiomas y el 12367 responde a cualquier hora en chino e inglés.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Finance et commerce.</b> Lujiazui, à Pudong, abrite la Bourse de Shanghai et de nombreuses "
        "banques ; le quartier d'affaires de Hongqiao rassemble salons et sièges d'entreprises.</li>"
        "<li><b>Sciences et industrie.</b> Zhangjiang mise sur les puces, la biomédecine et l'intelligence "
        "artificielle ; la zone spéciale de Lin-gang sur les véhicules à énergies nouvelles et les équipements de pointe.</li>"
        "<li><b>Un guichet unique pour les permis.</b> Les talents de catégorie A (depuis décembre 2019) et les "
        "professionnels de catégorie B des zones pilotes (depuis 2023) déposent les deux demandes ensemble et "
        "reçoivent les permis en 7 jours ouvrables environ.</li>"
        "<li><b>Une ville internationale.</b> La plupart des écoles internationales sont à Changning, Minhang et "
        "Pudong ; le 12345 répond en plusieurs langues et le 12367 traite jour et nuit les questions "
        "d'immigration en chinois et en anglais.</li>"
        "</ul>",
    ),
    "hubs": _by_lang(
        [
            {
                "name": _t(
                    "Lujiazui Finance and Trade Zone",
                    "陆家嘴金融贸易区",
                    "منطقة لوجياتسوي للمال والتجارة",
                    "Финансово-торговая зона Луцзяцзуй",
                    "Zona Financiera y Comercial de Lujiazui",
                    "Zone financière et commerciale de Lujiazui",
                ),
                "district": _t("Pudong", "浦东新区", "بودونغ", "Пудун", "Pudong", "Pudong"),
                "focus": _t(
                    "Banking, securities, asset management, insurance, headquarters",
                    "银行、证券、资产管理、保险、总部经济",
                    "المصارف والأوراق المالية وإدارة الأصول والتأمين والمقار الرئيسية",
                    "Банки, ценные бумаги, управление активами, страхование, штаб-квартиры",
                    "Banca, valores, gestión de activos, seguros, sedes",
                    "Banque, valeurs mobilières, gestion d'actifs, assurance, sièges",
                ),
                "description": _t(
                    "The skyline across the Huangpu River from the Bund, with the Shanghai Stock Exchange, banks "
                    "and regional headquarters.",
                    "与外滩隔黄浦江相望的天际线，上海证券交易所、银行和地区总部集中于此。",
                    "الأفق المقابل للبوند على الضفة الأخرى لنهر هوانغبو، ويضم بورصة شنغهاي والمصارف والمقار الإقليمية.",
                    "Небоскрёбы на другом берегу Хуанпу напротив Набережной; здесь Шанхайская фондовая биржа, банки "
                    "и региональные штаб-квартиры.",
                    "El perfil de rascacielos frente al Bund, al otro lado del río Huangpu, con la Bolsa de Shanghái, "
                    "bancos y sedes regionales.",
                    "La ligne de gratte-ciel face au Bund, de l'autre côté du Huangpu, avec la Bourse de Shanghai, "
                    "des banques et des sièges régionaux.",
                ),
            },
            {
                "name": _t(
                    "Zhangjiang Science City",
                    "张江科学城",
                    "مدينة تشانغجيانغ العلمية",
                    "Научный город Чжанцзян",
                    "Ciudad Científica de Zhangjiang",
                    "Cité scientifique de Zhangjiang",
                ),
                "district": _t("Pudong", "浦东新区", "بودونغ", "Пудун", "Pudong", "Pudong"),
                "focus": _t(
                    "Integrated circuits, biomedicine, artificial intelligence",
                    "集成电路、生物医药、人工智能",
                    "الدوائر المتكاملة والطب الحيوي والذكاء الاصطناعي",
                    "Интегральные схемы, биомедицина, искусственный интеллект",
                    "Circuitos integrados, biomedicina, inteligencia artificial",
                    "Circuits intégrés, biomédecine, intelligence artificielle",
                ),
                "description": _t(
                    "Shanghai's technology district, with chip makers, drug developers and research institutes. "
                    "An exit-entry service branch here offers the single window for permits.",
                    "上海的科技园区，集成电路企业、医药研发企业和科研院所聚集。此处的出入境服务分中心提供两证“单一窗口”服务。",
                    "حي التقنية في شنغهاي، ويضم مصنّعي رقائق ومطوري أدوية ومعاهد بحث. ويقدّم فرع خدمات الدخول "
                    "والخروج هنا خدمة النافذة الواحدة للتصاريح.",
                    "Технологический район Шанхая: производители микросхем, фармразработчики и НИИ. Местное "
                    "отделение миграционной службы работает по принципу «единого окна».",
                    "El distrito tecnológico de Shanghái, con fabricantes de chips, farmacéuticas e institutos de "
                    "investigación. Su oficina de entrada y salida ofrece la ventanilla única de permisos.",
                    "Le district technologique de Shanghai : fabricants de puces, laboratoires pharmaceutiques et "
                    "instituts de recherche. Son antenne des entrées et sorties propose le guichet unique des permis.",
                ),
            },
            {
                "name": _t(
                    "Lin-gang Special Area",
                    "临港新片区",
                    "منطقة لينغانغ الخاصة",
                    "Особая зона Линьган",
                    "Área Especial de Lin-gang",
                    "Zone spéciale de Lin-gang",
                ),
                "district": _t(
                    "Pudong (Lin-gang)",
                    "浦东新区（临港）",
                    "بودونغ (لينغانغ)",
                    "Пудун (Линьган)",
                    "Pudong (Lin-gang)",
                    "Pudong (Lin-gang)",
                ),
                "focus": _t(
                    "New-energy vehicles, advanced equipment, free-trade services",
                    "新能源汽车、高端装备、自贸服务",
                    "مركبات الطاقة الجديدة والمعدات المتقدمة وخدمات التجارة الحرة",
                    "Автомобили на новых источниках энергии, передовое оборудование, услуги свободной торговли",
                    "Vehículos de nuevas energías, equipos avanzados, servicios de libre comercio",
                    "Véhicules à énergies nouvelles, équipements de pointe, services de libre-échange",
                ),
                "description": _t(
                    "The newest part of the Shanghai Pilot Free Trade Zone, on the coast near Yangshan port, home "
                    "to Tesla's Shanghai Gigafactory and subsidised talent apartments.",
                    "中国（上海）自由贸易试验区的新片区，位于洋山港附近的沿海地带，特斯拉上海超级工厂和人才公寓坐落于此。",
                    "أحدث أجزاء منطقة شنغهاي التجريبية للتجارة الحرة، على الساحل قرب ميناء يانغشان، وفيها مصنع "
                    "تسلا العملاق في شنغهاي وشقق مدعومة للمواهب.",
                    "Новейшая часть Шанхайской пилотной зоны свободной торговли на побережье у порта Яншань; здесь "
                    "шанхайская гигафабрика Tesla и субсидируемые квартиры для специалистов.",
                    "La parte más nueva de la Zona Piloto de Libre Comercio de Shanghái, en la costa junto al puerto "
                    "de Yangshan, con la Gigafactoría de Tesla y apartamentos subvencionados para talento.",
                    "La partie la plus récente de la zone pilote de libre-échange de Shanghai, sur la côte près du "
                    "port de Yangshan, avec la Gigafactory de Tesla et des logements aidés pour talents.",
                ),
            },
            {
                "name": _t(
                    "Hongqiao International Central Business District",
                    "虹桥国际中央商务区",
                    "حي هونغتشياو التجاري المركزي الدولي",
                    "Международный центральный деловой район Хунцяо",
                    "Distrito Central de Negocios Internacional de Hongqiao",
                    "Quartier central des affaires international de Hongqiao",
                ),
                "district": _t(
                    "Minhang, Changning, Qingpu, Jiading",
                    "闵行区、长宁区、青浦区、嘉定区",
                    "مينهانغ وتشانغنينغ وتشينغبو وجيادينغ",
                    "Миньхан, Чаннин, Цинпу, Цзядин",
                    "Minhang, Changning, Qingpu, Jiading",
                    "Minhang, Changning, Qingpu, Jiading",
                ),
                "focus": _t(
                    "Trade, exhibitions, headquarters, transport",
                    "贸易、会展、总部经济、交通枢纽",
                    "التجارة والمعارض والمقار الرئيسية والنقل",
                    "Торговля, выставки, штаб-квартиры, транспорт",
                    "Comercio, ferias, sedes, transporte",
                    "Commerce, salons, sièges, transports",
                ),
                "description": _t(
                    "Around the Hongqiao airport and rail hub and the National Exhibition and Convention Center; "
                    "one of the pilot zones where class-B professionals can use the single window.",
                    "以虹桥机场和铁路枢纽及国家会展中心为核心，是B类人才可使用“单一窗口”的试点区域之一。",
                    "حول مطار هونغتشياو ومحطة القطارات والمركز الوطني للمعارض والمؤتمرات، وهو من المناطق التجريبية "
                    "التي يمكن فيها لمهنيي الفئة B استخدام النافذة الواحدة.",
                    "Вокруг аэропорта и вокзала Хунцяо и Национального выставочного центра; одна из пилотных зон, "
                    "где специалисты категории B могут пользоваться «единым окном».",
                    "En torno al aeropuerto y la estación de Hongqiao y al Centro Nacional de Exposiciones; una de "
                    "las zonas piloto donde la clase B puede usar la ventanilla única.",
                    "Autour de l'aéroport et de la gare de Hongqiao et du Centre national des expositions ; une des "
                    "zones pilotes où la catégorie B peut utiliser le guichet unique.",
                ),
            },
            {
                "name": _t(
                    "Caohejing Hi-Tech Park",
                    "漕河泾新兴技术开发区",
                    "مجمع تساوخهجينغ للتقنية المتقدمة",
                    "Технопарк Цаохэцзин",
                    "Parque de Alta Tecnología de Caohejing",
                    "Parc de haute technologie de Caohejing",
                ),
                "district": _t(
                    "Xuhui, Minhang",
                    "徐汇区、闵行区",
                    "شوهوي ومينهانغ",
                    "Сюйхуэй, Миньхан",
                    "Xuhui, Minhang",
                    "Xuhui, Minhang",
                ),
                "focus": _t(
                    "Electronics, software, information services, R&D centres",
                    "电子信息、软件、信息服务、研发中心",
                    "الإلكترونيات والبرمجيات وخدمات المعلومات ومراكز البحث والتطوير",
                    "Электроника, программное обеспечение, информационные услуги, центры НИОКР",
                    "Electrónica, software, servicios de información, centros de I+D",
                    "Électronique, logiciel, services d'information, centres de R&D",
                ),
                "description": _t(
                    "A long-established technology park in south-west Shanghai, on the metro and close to the "
                    "Xujiahui shopping area.",
                    "位于上海西南部的老牌科技园区，地铁直达，靠近徐家汇商圈。",
                    "مجمع تقني عريق في جنوب غرب شنغهاي، على خط المترو وقريب من منطقة تسوق شوجياهوي.",
                    "Давно сложившийся технопарк на юго-западе Шанхая, у метро и недалеко от торгового района Сюйцзяхуэй.",
                    "Un parque tecnológico consolidado en el suroeste de Shanghái, con metro y cerca de la zona "
                    "comercial de Xujiahui.",
                    "Un parc technologique ancien du sud-ouest de Shanghai, desservi par le métro et proche du "
                    "quartier commerçant de Xujiahui.",
                ),
            },
        ]
    ),
    "last_verified": "2026-10-15",
    "sources": [SH_SINGLE_WINDOW, SH_SINGLE_WINDOW_2019, SH_WORK_PERMIT_NOTICE],
    "hotline": "12345",
    "image_colours": ["#1d3557", "#a8dadc"],
    "image_alt": _t(
        "Abstract illustration of the Shanghai skyline: tall slender towers in navy blue against a pale "
        "turquoise sky, with lit windows",
        "上海天际线的抽象插画：淡青色天空下藏青色的高耸楼群，窗户亮着灯",
        "رسم تجريدي لأفق شنغهاي: أبراج عالية نحيلة بلون أزرق داكن أمام سماء فيروزية فاتحة ونوافذ مضاءة",
        "Абстрактная иллюстрация панорамы Шанхая: высокие тонкие башни тёмно-синего цвета на фоне бледно-"
        "бирюзового неба, светящиеся окна",
        "Ilustración abstracta del perfil de Shanghái: torres altas y esbeltas azul marino sobre un cielo "
        "turquesa pálido, con ventanas iluminadas",
        "Illustration abstraite de l'horizon de Shanghai : hautes tours élancées bleu marine sur un ciel "
        "turquoise pâle, fenêtres allumées",
    ),
    "service_centres": [
        {
            "name": _t(
                "Shanghai Exit-Entry Administration Bureau",
                "上海市公安局出入境管理局",
                "مكتب إدارة الدخول والخروج في شنغهاي",
                "Управление въезда и выезда Шанхая",
                "Oficina de Administración de Entrada y Salida de Shanghái",
                "Bureau d'administration des entrées et sorties de Shanghai",
            ),
            "services": _t(
                "Residence permits, visa extensions, stay permits; single window for the work and residence "
                "permits together.",
                "居留许可、签证延期、停留证件；工作许可与居留许可“单一窗口”。",
                "تصاريح الإقامة وتمديد التأشيرات وتصاريح البقاء؛ ونافذة واحدة لتصريحي العمل والإقامة معًا.",
                "Вид на жительство, продление виз, разрешения на пребывание; «единое окно» для разрешения на "
                "работу и вида на жительство.",
                "Permisos de residencia, prórrogas de visado, permisos de estancia; ventanilla única para ambos permisos.",
                "Permis de séjour, prolongations de visa, permis de séjour temporaire ; guichet unique pour les deux permis.",
            ),
            "address": _t(
                "1500 Minsheng Road, Pudong New Area",
                "浦东新区民生路1500号",
                "1500 طريق مينشنغ، منطقة بودونغ الجديدة",
                "Миньшэн-лу, 1500, новый район Пудун",
                "Minsheng Road 1500, Nueva Área de Pudong",
                "1500, route Minsheng, nouvelle zone de Pudong",
            ),
            "hours": _t(
                "Monday to Saturday 9:00–17:00 (some guides give 16:30): check before you go",
                "周一至周六 9:00–17:00（部分指南为16:30），前往前请确认",
                "من الاثنين إلى السبت 9:00–17:00 (بعض الأدلة تذكر 16:30): تأكد قبل الذهاب",
                "Понедельник–суббота 9:00–17:00 (в некоторых справочниках — до 16:30): уточните перед визитом",
                "De lunes a sábado, 9:00–17:00 (algunas guías indican 16:30): compruébelo antes de ir",
                "Du lundi au samedi, 9 h–17 h (certains guides indiquent 16 h 30) : vérifiez avant de vous déplacer",
            ),
            "phone": "021-2895 1900",
            "website": "",
        },
        {
            "name": _t(
                "Exit-entry service branches with the single window (Zhangjiang, Lin-gang, Waigaoqiao, Minhang, Qingpu)",
                "出入境“单一窗口”服务分中心（张江、临港、外高桥、闵行、青浦）",
                "فروع خدمات الدخول والخروج ذات النافذة الواحدة (تشانغجيانغ، لينغانغ، وايقاوتشياو، مينهانغ، تشينغبو)",
                "Отделения миграционной службы с «единым окном» (Чжанцзян, Линьган, Вайгаоцяо, Миньхан, Цинпу)",
                "Oficinas de entrada y salida con ventanilla única (Zhangjiang, Lin-gang, Waigaoqiao, Minhang, Qingpu)",
                "Antennes des entrées et sorties avec guichet unique (Zhangjiang, Lin-gang, Waigaoqiao, Minhang, Qingpu)",
            ),
            "services": _t(
                "Work and residence permits filed together for employers in the pilot zones, issued in about 7 "
                "working days.",
                "为试点区域用人单位的外籍员工同时受理两证，约7个工作日办结。",
                "تقديم طلبي العمل والإقامة معًا لموظفي جهات العمل في المناطق التجريبية، ويصدران خلال نحو 7 أيام عمل.",
                "Совместная подача на оба документа для работодателей пилотных зон; выдача примерно за 7 рабочих дней.",
                "Ambos permisos solicitados a la vez para empresas de las zonas piloto, entregados en unos 7 días hábiles.",
                "Les deux permis déposés ensemble pour les employeurs des zones pilotes, délivrés en 7 jours ouvrables environ.",
            ),
            "address": _t(
                "Pudong New Area (Zhangjiang, Lin-gang, Waigaoqiao), Minhang and Qingpu districts: check the "
                "official site for the current address of each branch.",
                "浦东新区（张江、临港、外高桥）、闵行区和青浦区：各分中心最新地址请查询官方网站。",
                "منطقة بودونغ الجديدة (تشانغجيانغ ولينغانغ ووايقاوتشياو) وحيّا مينهانغ وتشينغبو: راجع الموقع "
                "الرسمي لمعرفة العنوان الحالي لكل فرع.",
                "Новый район Пудун (Чжанцзян, Линьган, Вайгаоцяо), районы Миньхан и Цинпу: актуальный адрес "
                "каждого отделения уточняйте на официальном сайте.",
                "Nueva Área de Pudong (Zhangjiang, Lin-gang, Waigaoqiao) y distritos de Minhang y Qingpu: consulte "
                "en el sitio oficial la dirección actual de cada oficina.",
                "Nouvelle zone de Pudong (Zhangjiang, Lin-gang, Waigaoqiao), districts de Minhang et Qingpu : "
                "consultez le site officiel pour l'adresse actuelle de chaque antenne.",
            ),
            "hours": _t(
                "Check the official site for current hours",
                "最新办公时间请查询官方网站",
                "راجع الموقع الرسمي لمعرفة المواعيد الحالية",
                "Актуальные часы работы уточняйте на официальном сайте",
                "Consulte el horario actual en el sitio oficial",
                "Consultez le site officiel pour les horaires actuels",
            ),
            "phone": "",
            "website": "",
        },
        {
            "name": _t(
                "Shanghai Administration of Foreign Experts Affairs (Science and Technology Commission of Shanghai Municipality)",
                "上海市外国专家局（上海市科学技术委员会）",
                "إدارة شؤون الخبراء الأجانب في شنغهاي (لجنة العلوم والتكنولوجيا لبلدية شنغهاي)",
                "Шанхайское управление по делам иностранных специалистов (Комитет по науке и технологиям Шанхая)",
                "Administración de Asuntos de Expertos Extranjeros de Shanghái (Comisión de Ciencia y Tecnología)",
                "Administration des experts étrangers de Shanghai (Commission municipale des sciences et technologies)",
            ),
            "services": _t(
                "Foreigner's work permits: employer registration, new permits, extensions, changes and "
                "cancellations, mostly online.",
                "外国人来华工作许可：单位注册、新办、延期、变更和注销，大部分可网上办理。",
                "تصاريح عمل الأجانب: تسجيل جهات العمل، والتصاريح الجديدة، والتمديد، والتعديل، والإلغاء، ومعظمها عبر الإنترنت.",
                "Разрешения на работу: регистрация работодателя, оформление, продление, изменение и аннулирование, "
                "в основном онлайн.",
                "Permisos de trabajo: registro de la empresa, nuevos permisos, prórrogas, cambios y cancelaciones, "
                "casi todo en línea.",
                "Permis de travail : inscription de l'employeur, nouveaux permis, prolongations, modifications et "
                "annulations, surtout en ligne.",
            ),
            "address": _t(
                "Municipal and district acceptance windows: check the official site for the current address of "
                "the window that serves your employer.",
                "市级和区级受理窗口：服务您所在单位的窗口最新地址请查询官方网站。",
                "شبابيك استقبال على مستوى البلدية والأحياء: راجع الموقع الرسمي لمعرفة العنوان الحالي للشباك الذي "
                "يخدم جهة عملك.",
                "Городские и районные окна приёма: актуальный адрес окна для вашего работодателя уточняйте на "
                "официальном сайте.",
                "Ventanillas municipales y de distrito: consulte en el sitio oficial la dirección actual de la que "
                "corresponde a su empresa.",
                "Guichets municipaux et de district : consultez le site officiel pour l'adresse actuelle de celui "
                "dont relève votre employeur.",
            ),
            "hours": _t(
                "Check the official site for current hours",
                "最新办公时间请查询官方网站",
                "راجع الموقع الرسمي لمعرفة المواعيد الحالية",
                "Актуальные часы работы уточняйте на официальном сайте",
                "Consulte el horario actual en el sitio oficial",
                "Consultez le site officiel pour les horaires actuels",
            ),
            "phone": "12345",
            "website": "http://stcsm.sh.gov.cn/wzj/",
        },
    ],
    "guide_section": {
        "title": _t(
            "Living in Shanghai",
            "在上海生活",
            "العيش في شنغهاي",
            "Жизнь в Шанхае",
            "Vivir en Shanghái",
            "Vivre à Shanghai",
        ),
        "intro": _t(
            "Practical guides for settling in Shanghai: registration of residence, phone, bank and mobile "
            "payments, health care and schools.",
            "在上海安家的实用指南：住宿登记、手机号、银行和移动支付、医疗和入学。",
            "أدلة عملية للاستقرار في شنغهاي: تسجيل السكن والهاتف والمصرف والدفع عبر الجوال والرعاية الصحية والمدارس.",
            "Практические советы по обустройству в Шанхае: регистрация, телефон, банк и мобильные платежи, "
            "медицина и школы.",
            "Guías prácticas para instalarse en Shanghái: registro de alojamiento, teléfono, banco y pagos "
            "móviles, sanidad y colegios.",
            "Guides pratiques pour s'installer à Shanghai : déclaration de résidence, téléphone, banque et "
            "paiement mobile, santé et écoles.",
        ),
    },
    "visa_section": {
        "last_verified": "2026-10-15",
        "sources": [SH_SINGLE_WINDOW, SH_SINGLE_WINDOW_2019, SH_WORK_PERMIT_NOTICE],
        "title": _t(
            "Permits in Shanghai",
            "上海办证指南",
            "التصاريح في شنغهاي",
            "Разрешения в Шанхае",
            "Permisos en Shanghái",
            "Permis à Shanghai",
        ),
        "intro": _t(
            "How work and residence permits are handled in Shanghai, including the single window that issues "
            "both together. The national rules are in the national visa section.",
            "上海如何办理工作许可和居留许可，包括两证同时办结的“单一窗口”。全国性规定见全国签证栏目。",
            "كيف تُعالج تصاريح العمل والإقامة في شنغهاي، ومنها النافذة الواحدة التي تصدرهما معًا. القواعد "
            "الوطنية موجودة في قسم التأشيرات الوطني.",
            "Как в Шанхае оформляют разрешение на работу и вид на жительство, в том числе через «единое окно», "
            "выдающее оба документа сразу. Общенациональные правила — в разделе о визах.",
            "Cómo se tramitan en Shanghái los permisos de trabajo y de residencia, incluida la ventanilla única "
            "que los entrega juntos. Las normas nacionales están en la sección nacional de visados.",
            "Comment Shanghai traite les permis de travail et de séjour, y compris le guichet unique qui les "
            "délivre ensemble. Les règles nationales figurent dans la rubrique nationale des visas.",
        ),
    },
    "visa_resources": [
        {
            "slug": "shanghai-single-window-work-and-residence-permits",
            "permit_type": "procedure",
            "last_verified": "2026-10-15",
            "title": _t(
                "Shanghai single window: work and residence permits together",
                "上海外国人工作、居留许可“单一窗口”",
                "النافذة الواحدة في شنغهاي: تصريحا العمل والإقامة معًا",
                "«Единое окно» в Шанхае: разрешение на работу и вид на жительство вместе",
                "Ventanilla única de Shanghái: permisos de trabajo y de residencia juntos",
                "Guichet unique de Shanghai : permis de travail et de séjour ensemble",
            ),
            "who_for": _t(
                "Class-A foreign talent working in Shanghai, and class-B professionals whose employer is in a "
                "pilot zone: Pudong, Lin-gang, the Hongqiao business district or the Yangtze River Delta "
                "demonstration zone.",
                "在上海工作的外国高端人才（A类），以及用人单位位于试点区域（浦东、临港新片区、虹桥国际中央商务区、"
                "长三角一体化示范区）的外国专业人才（B类）。",
                "مواهب الفئة A العاملة في شنغهاي، ومهنيو الفئة B الذين تقع جهة عملهم في منطقة تجريبية: بودونغ أو "
                "لينغانغ أو حي هونغتشياو التجاري أو منطقة دلتا نهر اليانغتسي النموذجية.",
                "Специалисты категории A, работающие в Шанхае, и специалисты категории B, чей работодатель "
                "находится в пилотной зоне: Пудун, Линьган, деловой район Хунцяо или показательная зона дельты Янцзы.",
                "Talento de clase A que trabaja en Shanghái y profesionales de clase B cuya empresa está en una "
                "zona piloto: Pudong, Lin-gang, el distrito de negocios de Hongqiao o la zona de demostración del "
                "delta del Yangtsé.",
                "Talents de catégorie A travaillant à Shanghai, et professionnels de catégorie B dont l'employeur "
                "est dans une zone pilote : Pudong, Lin-gang, le quartier d'affaires de Hongqiao ou la zone de "
                "démonstration du delta du Yangtsé.",
            ),
            "eligibility": _t(
                "<p>The single window lets you file the work-permit and residence-permit applications at the same "
                "time instead of one after the other.</p>"
                "<ul><li>Class A (high-end talent): since December 2019.</li>"
                "<li>Class B (professionals): since 2023, for employers in the pilot zones.</li></ul>"
                "<p>At launch the service covered first applications and moves between Shanghai employers; ask "
                "whether renewals qualify. Class-C applicants and other employers apply for the two permits one "
                "after the other.</p>",
                "<p>“单一窗口”可同时递交工作许可和居留许可申请，无需先后分别办理。</p>"
                "<ul><li>A类（外国高端人才）：2019年12月起适用。</li>"
                "<li>B类（外国专业人才）：2023年起适用于试点区域内的用人单位。</li></ul>"
                "<p>推出时适用于首次申请和在沪变更单位；延期是否适用请事先咨询。C类人员及其他单位仍需先后办理两证。</p>",
                "<p>تتيح النافذة الواحدة تقديم طلبي تصريح العمل وتصريح الإقامة في الوقت نفسه بدلًا من تقديمهما "
                "واحدًا تلو الآخر.</p>"
                "<ul><li>الفئة A (المواهب رفيعة المستوى): منذ ديسمبر 2019.</li>"
                "<li>الفئة B (المهنيون): منذ 2023، لجهات العمل في المناطق التجريبية.</li></ul>"
                "<p>عند إطلاقها شملت الخدمة الطلبات الأولى والانتقال بين جهات عمل في شنغهاي؛ اسأل هل يشمل ذلك "
                "التجديد. أما الفئة C وسائر جهات العمل فيقدّمون الطلبين على التوالي.</p>",
                "<p>«Единое окно» позволяет подать заявления на разрешение на работу и вид на жительство "
                "одновременно, а не по очереди.</p>"
                "<ul><li>Категория A (высококлассные специалисты): с декабря 2019 года.</li>"
                "<li>Категория B (профессионалы): с 2023 года для работодателей пилотных зон.</li></ul>"
                "<p>На старте услуга охватывала первичное оформление и переход между шанхайскими работодателями; "
                "о продлении спросите заранее. Категория C и остальные работодатели оформляют документы по очереди.</p>",
                "<p>La ventanilla única permite presentar a la vez las solicitudes de permiso de trabajo y de "
                "residencia, en lugar de una tras otra.</p>"
                "<ul><li>Clase A (talento de alto nivel): desde diciembre de 2019.</li>"
                "<li>Clase B (profesionales): desde 2023, para empresas de las zonas piloto.</li></ul>"
                "<p>Al lanzarse cubría primeras solicitudes y cambios entre empresas de Shanghái; pregunte si "
                "incluye renovaciones. La clase C y las demás empresas tramitan los dos permisos uno tras otro.</p>",
                "<p>Le guichet unique permet de déposer en même temps les demandes de permis de travail et de "
                "séjour, au lieu de l'une après l'autre.</p>"
                "<ul><li>Catégorie A (talents de haut niveau) : depuis décembre 2019.</li>"
                "<li>Catégorie B (professionnels) : depuis 2023, pour les employeurs des zones pilotes.</li></ul>"
                "<p>Au lancement, le service couvrait les premières demandes et les changements d'employeur à "
                "Shanghai ; demandez si les renouvellements sont inclus. La catégorie C et les autres employeurs "
                "demandent les deux permis l'un après l'autre.</p>",
            ),
            "documents": DOCUMENTS,
            "steps": _by_lang(
                [
                    {
                        "title": _t(
                            "Your employer applies online",
                            "用人单位在线申请",
                            "تقدّم جهة العمل الطلب عبر الإنترنت",
                            "Работодатель подаёт заявку онлайн",
                            "La empresa presenta la solicitud en línea",
                            "L'employeur dépose la demande en ligne",
                        ),
                        "text": _t(
                            "<p>The employer files the work-permit application in the Service System for "
                            "Foreigners Working in China, reached through Government Online-Offline Shanghai.</p>",
                            "<p>用人单位通过“一网通办”进入外国人来华工作管理服务系统提交工作许可申请。</p>",
                            "<p>تقدّم جهة العمل طلب تصريح العمل في نظام خدمات الأجانب العاملين في الصين، عبر "
                            "منصة شنغهاي الحكومية الإلكترونية «حكومة على الإنترنت وخارجه».</p>",
                            "<p>Работодатель подаёт заявку в системе обслуживания иностранцев, работающих в "
                            "Китае, через портал госуслуг Шанхая «Government Online-Offline».</p>",
                            "<p>La empresa presenta la solicitud en el sistema de servicios para extranjeros que "
                            "trabajan en China, a través del portal Government Online-Offline Shanghai.</p>",
                            "<p>L'employeur dépose la demande dans le système de services aux étrangers "
                            "travaillant en Chine, via le portail Government Online-Offline Shanghai.</p>",
                        ),
                    },
                    STEP_REGISTER,
                    STEP_MEDICAL,
                    {
                        "title": _t(
                            "Submit both applications at a single-window counter",
                            "到“单一窗口”同时递交两证申请",
                            "قدّم الطلبين في شباك النافذة الواحدة",
                            "Подайте оба заявления в «едином окне»",
                            "Presente ambas solicitudes en la ventanilla única",
                            "Déposez les deux demandes au guichet unique",
                        ),
                        "text": _t(
                            "<p>Take the originals to 1500 Minsheng Road or, for pilot-zone employers, to the "
                            "Zhangjiang, Lin-gang, Waigaoqiao, Minhang or Qingpu service branch.</p>",
                            "<p>携带原件到民生路1500号，试点区域单位也可到张江、临港、外高桥、闵行或青浦服务分中心递交。</p>",
                            "<p>خذ الأصول إلى 1500 طريق مينشنغ، أو إلى فرع تشانغجيانغ أو لينغانغ أو وايقاوتشياو أو "
                            "مينهانغ أو تشينغبو لجهات العمل في المناطق التجريبية.</p>",
                            "<p>Отнесите оригиналы на Миньшэн-лу, 1500, а работодателям пилотных зон — в отделения "
                            "Чжанцзян, Линьган, Вайгаоцяо, Миньхан или Цинпу.</p>",
                            "<p>Lleve los originales a Minsheng Road 1500 o, si su empresa está en una zona piloto, "
                            "a la oficina de Zhangjiang, Lin-gang, Waigaoqiao, Minhang o Qingpu.</p>",
                            "<p>Apportez les originaux au 1500, route Minsheng ou, pour les employeurs des zones "
                            "pilotes, à l'antenne de Zhangjiang, Lin-gang, Waigaoqiao, Minhang ou Qingpu.</p>",
                        ),
                    },
                    {
                        "title": _t(
                            "Collect both permits",
                            "同时领取两证",
                            "استلم التصريحين",
                            "Получите оба документа",
                            "Recoja ambos permisos",
                            "Retirez les deux permis",
                        ),
                        "text": _t(
                            "<p>The work permit and the residence permit are issued together.</p>",
                            "<p>工作许可证和居留许可同时发放。</p>",
                            "<p>يصدر تصريح العمل وتصريح الإقامة معًا.</p>",
                            "<p>Разрешение на работу и вид на жительство выдаются вместе.</p>",
                            "<p>El permiso de trabajo y el de residencia se entregan juntos.</p>",
                            "<p>Le permis de travail et le permis de séjour sont délivrés ensemble.</p>",
                        ),
                    },
                ]
            ),
            "processing_time": _t(
                "About 7 working days for both permits together. Applied for separately: work permit decision "
                "within 20 working days by rule, residence permit within 15 days.",
                "两证同时办理约7个工作日。分别办理的：工作许可法定20个工作日内作出决定，居留许可15日内。",
                "نحو 7 أيام عمل للتصريحين معًا. عند التقديم المنفصل: قرار تصريح العمل خلال 20 يوم عمل بحسب "
                "القواعد، وتصريح الإقامة خلال 15 يومًا.",
                "Около 7 рабочих дней на оба документа. При раздельной подаче: решение по разрешению на работу — "
                "до 20 рабочих дней, по виду на жительство — до 15 дней.",
                "Unos 7 días hábiles para ambos permisos. Por separado: permiso de trabajo en un máximo de 20 días "
                "hábiles según la norma y residencia en 15 días.",
                "Environ 7 jours ouvrables pour les deux permis. Séparément : décision sur le permis de travail "
                "sous 20 jours ouvrables selon les règles, permis de séjour sous 15 jours.",
            ),
            "fees": FEES,
            "where_to_apply": _t(
                "<p>Shanghai Exit-Entry Administration Bureau, 1500 Minsheng Road, Pudong New Area (tel. "
                "021-2895 1900), and its Zhangjiang, Lin-gang, Waigaoqiao, Minhang and Qingpu service branches for "
                "pilot-zone employers. Check current addresses and which window serves your employer before you go.</p>",
                "<p>上海市公安局出入境管理局（浦东新区民生路1500号，电话021-2895 1900），以及面向试点区域单位的张江、"
                "临港、外高桥、闵行和青浦服务分中心。前往前请确认最新地址以及服务您所在单位的窗口。</p>",
                "<p>مكتب إدارة الدخول والخروج في شنغهاي، 1500 طريق مينشنغ، منطقة بودونغ الجديدة (هاتف "
                "021-2895 1900)، وفروعه في تشانغجيانغ ولينغانغ ووايقاوتشياو ومينهانغ وتشينغبو لجهات العمل في "
                "المناطق التجريبية. تحقق قبل الذهاب من العناوين الحالية ومن الشباك الذي يخدم جهة عملك.</p>",
                "<p>Управление въезда и выезда Шанхая, Миньшэн-лу, 1500, новый район Пудун (тел. 021-2895 1900), "
                "и его отделения Чжанцзян, Линьган, Вайгаоцяо, Миньхан и Цинпу для работодателей пилотных зон. "
                "Перед визитом уточните адреса и то, какое окно обслуживает вашего работодателя.</p>",
                "<p>Oficina de Administración de Entrada y Salida de Shanghái, Minsheng Road 1500, Nueva Área de "
                "Pudong (tel. 021-2895 1900), y sus oficinas de Zhangjiang, Lin-gang, Waigaoqiao, Minhang y Qingpu "
                "para empresas de zonas piloto. Compruebe antes las direcciones y qué ventanilla corresponde a su empresa.</p>",
                "<p>Bureau d'administration des entrées et sorties de Shanghai, 1500, route Minsheng, nouvelle "
                "zone de Pudong (tél. 021-2895 1900), et ses antennes de Zhangjiang, Lin-gang, Waigaoqiao, Minhang "
                "et Qingpu pour les employeurs des zones pilotes. Vérifiez avant les adresses et le guichet dont "
                "relève votre employeur.</p>",
            ),
            "notes": {code: PASSPORT_NOTE[code] + FEE_NOTE[code] for code in LANGS},
            "sources": [SH_SINGLE_WINDOW, SH_SINGLE_WINDOW_2019, SH_WORK_PERMIT_NOTICE],
        }
    ],
    "housing": {
        "last_verified": "2026-12-06",
        "sources": [HOUSING_LAW],
        "title": _t(
            "Housing in Shanghai",
            "上海住房",
            "السكن في شنغهاي",
            "Жильё в Шанхае",
            "Vivienda en Shanghái",
            "Se loger à Shanghai",
        ),
        "intro": _t(
            "Where foreign professionals live in Shanghai, what a one-bedroom flat typically costs, how leases "
            "work and which talent apartment schemes exist.",
            "外籍专业人才在上海住在哪里、一居室大致租金多少、租房流程如何，以及有哪些人才公寓项目。",
            "أين يسكن المهنيون الأجانب في شنغهاي، وكم تكلّف عادةً شقة بغرفة نوم واحدة، وكيف تجري عقود الإيجار، "
            "وما برامج شقق المواهب المتاحة.",
            "Где живут иностранные специалисты в Шанхае, сколько обычно стоит однокомнатная квартира, как "
            "устроена аренда и какие есть программы квартир для талантов.",
            "Dónde viven los profesionales extranjeros en Shanghái, cuánto cuesta un piso de un dormitorio, cómo "
            "funcionan los alquileres y qué programas de apartamentos para talentos existen.",
            "Où vivent les professionnels étrangers à Shanghai, combien coûte un deux-pièces, comment "
            "fonctionnent les baux et quels programmes d'appartements pour talents existent.",
        ),
        "body": _housing_body(
            _t(
                "<p>In Shanghai, decide first which side of the Huangpu River you will work on: crossing between "
                "Puxi and Pudong at rush hour adds a lot of time. Districts also run their own talent apartment "
                "schemes, usually through employers.</p>",
                "<p>在上海租房，先确定工作地点在黄浦江哪一侧：高峰期往返浦西和浦东会多花不少时间。各区还有自己的人才公寓项目，"
                "一般通过用人单位申请。</p>",
                "<p>في شنغهاي، حدّد أولًا على أي ضفة من نهر هوانغبو ستعمل: فالعبور بين بوشي وبودونغ في ساعات "
                "الذروة يستغرق وقتًا طويلًا. ولكل حي أيضًا برامجه الخاصة لشقق المواهب، وغالبًا ما يكون التقديم عن "
                "طريق جهة العمل.</p>",
                "<p>В Шанхае сначала решите, на каком берегу Хуанпу вы будете работать: переезд между Пуси и Пудуном "
                "в час пик отнимает много времени. У районов есть и собственные программы квартир для специалистов, "
                "обычно через работодателей.</p>",
                "<p>En Shanghái, decida primero a qué orilla del Huangpu irá a trabajar: cruzar entre Puxi y Pudong "
                "en hora punta lleva mucho tiempo. Los distritos tienen además sus propios programas de "
                "apartamentos para talentos, normalmente a través de la empresa.</p>",
                "<p>À Shanghai, choisissez d'abord la rive du Huangpu où vous travaillerez : traverser entre Puxi "
                "et Pudong aux heures de pointe prend beaucoup de temps. Les districts ont aussi leurs propres "
                "programmes de logements pour talents, en général via l'employeur.</p>",
            )
        ),
        "neighbourhoods": [
            {
                "slug": "jingan",
                "title": _t("Jing'an", "静安", "جينغآن", "Цзинъань", "Jing'an", "Jing'an"),
                "district": "Jing'an",
                "summary": _t(
                    "Central Puxi around Jing'an Temple and West Nanjing Road: offices, malls, a park and several "
                    "metro lines, with flats from older walk-ups to serviced apartments.",
                    "浦西核心区，以静安寺和南京西路为中心：写字楼、商场、公园和多条地铁线路，房源从老式多层到服务式公寓都有。",
                    "وسط بوشي حول معبد جينغآن وطريق نانجينغ الغربي: مكاتب ومراكز تسوق وحديقة وعدة خطوط مترو، "
                    "وشقق تتراوح بين مبانٍ قديمة بلا مصاعد وشقق فندقية.",
                    "Центр Пуси вокруг храма Цзинъань и Западной Нанкинской улицы: офисы, торговые центры, парк и "
                    "несколько линий метро; жильё — от старых домов без лифта до сервисных апартаментов.",
                    "El centro de Puxi en torno al templo de Jing'an y West Nanjing Road: oficinas, centros "
                    "comerciales, un parque y varias líneas de metro, con pisos desde bloques antiguos hasta "
                    "apartamentos con servicios.",
                    "Le cœur de Puxi autour du temple de Jing'an et de la rue de Nankin Ouest : bureaux, centres "
                    "commerciaux, un parc et plusieurs lignes de métro, avec des logements allant des vieux "
                    "immeubles sans ascenseur aux résidences avec services.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Jing'an is central, lively and well connected, next to the former French Concession and "
                        "the office towers of West Nanjing Road. It suits singles and couples who want to walk to "
                        "work and restaurants; it can be busy and noisy.</p>",
                        "<p>静安地处市中心，热闹便利，毗邻原法租界和南京西路写字楼群。适合希望步行上班、就近吃饭的单身人士和夫妻；"
                        "但比较拥挤嘈杂。</p>",
                        "<p>جينغآن مركزية وحيوية وجيدة المواصلات، بجوار الامتياز الفرنسي السابق وأبراج مكاتب طريق "
                        "نانجينغ الغربي. تناسب العزاب والأزواج الذين يريدون الوصول سيرًا إلى العمل والمطاعم، لكنها "
                        "قد تكون مزدحمة وصاخبة.</p>",
                        "<p>Цзинъань — центральный, оживлённый и удобный район рядом с бывшей Французской концессией "
                        "и офисами Западной Нанкинской улицы. Подходит одиноким и парам, которые хотят ходить на "
                        "работу и в рестораны пешком; бывает людно и шумно.</p>",
                        "<p>Jing'an es céntrico, animado y bien comunicado, junto a la antigua Concesión Francesa y "
                        "las torres de West Nanjing Road. Conviene a personas solas y parejas que quieren ir a pie "
                        "al trabajo y a los restaurantes; puede ser concurrido y ruidoso.</p>",
                        "<p>Jing'an est central, animé et bien relié, à côté de l'ancienne concession française et "
                        "des tours de bureaux de la rue de Nankin Ouest. Il convient aux célibataires et aux "
                        "couples qui veulent aller au travail et au restaurant à pied ; il peut être bruyant.</p>",
                    )
                ),
                "rent_min": 7000,
                "rent_max": 15000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for Jing'an and Xuhui from an expat guide (expatfocus.com); "
                    "confirm current prices with agents.",
                    "静安、徐汇一居室参考区间，来自外籍人士指南（expatfocus.com）；实际价格请向中介确认。",
                    "نطاق إرشادي لشقة بغرفة نوم في جينغآن وشوهوي من دليل للمغتربين (expatfocus.com)؛ تأكد من "
                    "الأسعار الحالية لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры в Цзинъане и Сюйхуэе по справочнику для "
                    "экспатов (expatfocus.com); актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en Jing'an y Xuhui según una guía para expatriados "
                    "(expatfocus.com); confirme los precios con agencias.",
                    "Fourchette indicative pour un deux-pièces à Jing'an et Xuhui, d'après un guide pour expatriés "
                    "(expatfocus.com) ; vérifiez les prix auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Lujiazui",
                                "陆家嘴",
                                "لوجياتسوي",
                                "Луцзяцзуй",
                                "Lujiazui",
                                "Lujiazui",
                            ),
                            20,
                            METRO,
                        ),
                        (
                            _t(
                                "Hongqiao transport hub",
                                "虹桥交通枢纽",
                                "مجمع هونغتشياو للنقل",
                                "Транспортный узел Хунцяо",
                                "Nudo de transporte de Hongqiao",
                                "Pôle de transport de Hongqiao",
                            ),
                            35,
                            METRO,
                        ),
                        (
                            _t(
                                "Zhangjiang",
                                "张江",
                                "تشانغجيانغ",
                                "Чжанцзян",
                                "Zhangjiang",
                                "Zhangjiang",
                            ),
                            45,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<p>Few international schools are in Jing'an itself; most are in Changning, Minhang and "
                    "Pudong. Check admissions and school-bus routes with each school.</p>",
                    "<p>静安区内国际学校很少，多数位于长宁、闵行和浦东。招生和校车线路请向各校确认。</p>",
                    "<p>المدارس الدولية في جينغآن نفسها قليلة، ومعظمها في تشانغنينغ ومينهانغ وبودونغ. تحقق من "
                    "القبول ومسارات الحافلات المدرسية لدى كل مدرسة.</p>",
                    "<p>В самом Цзинъане международных школ мало; большинство — в Чаннине, Миньхане и Пудуне. "
                    "Условия приёма и маршруты школьных автобусов уточняйте в школах.</p>",
                    "<p>Hay pocos colegios internacionales en Jing'an; la mayoría están en Changning, Minhang y "
                    "Pudong. Consulte admisiones y rutas de autobús escolar con cada colegio.</p>",
                    "<p>Jing'an compte peu d'écoles internationales ; la plupart sont à Changning, Minhang et "
                    "Pudong. Renseignez-vous sur les admissions et les lignes de car scolaire.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "China – property rental prices",
                        "https://expatfocus.com/china/guide/china-property-rental-prices",
                        "Expat Focus",
                        "2026-10-20",
                    ),
                    _src(
                        "Where to live in Shanghai",
                        "https://www.echinacities.com/shanghai/city-guide/Where-to-Live-in-Shanghai",
                        "eChinacities",
                        "2026-10-20",
                    ),
                    _src(
                        "International schools provide top-notch education",
                        "http://www.idealshanghai.com/focus/117549/",
                        "iDEAL Shanghai",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "pudong-jinqiao",
                "title": _t(
                    "Jinqiao (Pudong)",
                    "金桥（浦东）",
                    "جينتشياو (بودونغ)",
                    "Цзиньцяо (Пудун)",
                    "Jinqiao (Pudong)",
                    "Jinqiao (Pudong)",
                ),
                "district": "Pudong",
                "summary": _t(
                    "Green, low-density area of Pudong popular with expat families: gated compounds and some "
                    "apartments near international schools, within reach of Lujiazui and Zhangjiang.",
                    "浦东绿化好、密度低的区域，深受外籍家庭欢迎：封闭式社区和部分公寓，靠近国际学校，往返陆家嘴和张江都方便。",
                    "منطقة خضراء قليلة الكثافة في بودونغ تحبها عائلات المغتربين: مجمعات مسوّرة وبعض الشقق قرب "
                    "المدارس الدولية، وعلى مسافة معقولة من لوجياتسوي وتشانغجيانغ.",
                    "Зелёный малоэтажный район Пудуна, популярный у семей экспатов: закрытые комплексы и квартиры "
                    "рядом с международными школами, недалеко от Луцзяцзуя и Чжанцзяна.",
                    "Zona verde y poco densa de Pudong, apreciada por familias expatriadas: urbanizaciones cerradas "
                    "y algunos pisos cerca de colegios internacionales, a mano de Lujiazui y Zhangjiang.",
                    "Quartier vert et peu dense de Pudong, prisé des familles expatriées : résidences fermées et "
                    "quelques appartements près d'écoles internationales, à portée de Lujiazui et Zhangjiang.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Jinqiao has wide streets, compounds with clubhouses and many services aimed at foreign "
                        "residents. Villas are the most common housing, with a few apartment developments. It is "
                        "practical for families with children at Pudong schools, but quieter than the city centre.</p>",
                        "<p>金桥街道宽阔，社区配有会所，面向外籍居民的服务很多。住房以别墅为主，也有少量公寓项目。适合孩子在浦东上学的家庭，"
                        "但比市中心安静。</p>",
                        "<p>في جينتشياو شوارع واسعة ومجمعات بنوادٍ وخدمات كثيرة موجهة للمقيمين الأجانب. الفلل هي "
                        "السكن الأكثر شيوعًا مع بعض المشاريع السكنية. وهي عملية للعائلات التي يدرس أطفالها في مدارس "
                        "بودونغ، لكنها أهدأ من وسط المدينة.</p>",
                        "<p>В Цзиньцяо широкие улицы, комплексы с клубами и много услуг для иностранцев. Больше всего "
                        "вилл, есть и несколько жилых комплексов. Удобно семьям, чьи дети учатся в школах Пудуна, но "
                        "спокойнее, чем в центре.</p>",
                        "<p>Jinqiao tiene calles amplias, urbanizaciones con club social y muchos servicios para "
                        "residentes extranjeros. Predominan los chalés, con algunas promociones de pisos. Es práctico "
                        "para familias con hijos en colegios de Pudong, aunque más tranquilo que el centro.</p>",
                        "<p>Jinqiao offre de larges rues, des résidences avec club-house et de nombreux services pour "
                        "les étrangers. Les villas dominent, avec quelques programmes d'appartements. Pratique pour "
                        "les familles dont les enfants sont scolarisés à Pudong, mais plus calme que le centre.</p>",
                    )
                ),
                "rent_min": 6000,
                "rent_max": 12000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative: citywide one-bedroom range for central Shanghai from a rental guide; no "
                    "Jinqiao-specific figure was checked. Villas cost much more.",
                    "参考值：来自租房指南的上海中心城区一居室区间，未核实金桥的具体数据。别墅租金高得多。",
                    "إرشادي: نطاق عام لشقة بغرفة نوم في وسط شنغهاي من دليل إيجار، ولم يُتحقق من رقم خاص بجينتشياو. "
                    "الفلل أغلى بكثير.",
                    "Ориентир: общегородской диапазон для однокомнатной квартиры в центре Шанхая по справочнику; "
                    "данные по Цзиньцяо не проверялись. Виллы намного дороже.",
                    "Orientativo: rango general para un dormitorio en el centro de Shanghái según una guía; no se "
                    "comprobó una cifra de Jinqiao. Los chalés cuestan mucho más.",
                    "Indicatif : fourchette générale pour un deux-pièces au centre de Shanghai, d'après un guide ; "
                    "aucun chiffre propre à Jinqiao vérifié. Les villas coûtent bien plus.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Lujiazui",
                                "陆家嘴",
                                "لوجياتسوي",
                                "Луцзяцзуй",
                                "Lujiazui",
                                "Lujiazui",
                            ),
                            20,
                            CAR,
                        ),
                        (
                            _t(
                                "Zhangjiang",
                                "张江",
                                "تشانغجيانغ",
                                "Чжанцзян",
                                "Zhangjiang",
                                "Zhangjiang",
                            ),
                            20,
                            CAR,
                        ),
                        (
                            _t(
                                "Pudong International Airport",
                                "浦东国际机场",
                                "مطار بودونغ الدولي",
                                "Международный аэропорт Пудун",
                                "Aeropuerto Internacional de Pudong",
                                "Aéroport international de Pudong",
                            ),
                            35,
                            CAR,
                        ),
                        (
                            _t("Jing'an", "静安", "جينغآن", "Цзинъань", "Jing'an", "Jing'an"),
                            40,
                            CAR,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>Concordia International School Shanghai</li><li>Dulwich College Shanghai Pudong</li></ul>"
                    "<p>Check admissions and waiting lists with each school.</p>",
                    "<ul><li>Concordia International School Shanghai</li><li>上海德威英国国际学校浦东校区</li></ul>"
                    "<p>招生和候补情况请向各校确认。</p>",
                    "<ul><li>مدرسة كونكورديا الدولية في شنغهاي</li><li>كلية دولويتش شنغهاي بودونغ</li></ul>"
                    "<p>تحقق من القبول وقوائم الانتظار لدى كل مدرسة.</p>",
                    "<ul><li>Concordia International School Shanghai</li><li>Dulwich College Shanghai Pudong</li></ul>"
                    "<p>Условия приёма и листы ожидания уточняйте в каждой школе.</p>",
                    "<ul><li>Concordia International School Shanghai</li><li>Dulwich College Shanghai Pudong</li></ul>"
                    "<p>Confirme admisiones y listas de espera con cada colegio.</p>",
                    "<ul><li>Concordia International School Shanghai</li><li>Dulwich College Shanghai Pudong</li></ul>"
                    "<p>Vérifiez admissions et listes d'attente auprès de chaque école.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Jinqiao area guide",
                        "https://www.shanghai-realty.com/jing-qiao",
                        "Shanghai Realty",
                        "2026-10-20",
                    ),
                    _src(
                        "Best schools in Shanghai",
                        "https://www.goodschoolsguide.co.uk/international/china/shanghai/best-schools",
                        "The Good Schools Guide",
                        "2026-10-20",
                    ),
                    _src(
                        "China housing: typical rents by city",
                        "https://richbay.org/china/housing/",
                        "Richbay",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "changning-gubei",
                "title": _t(
                    "Gubei (Changning)",
                    "古北（长宁）",
                    "قوبي (تشانغنينغ)",
                    "Губэй (Чаннин)",
                    "Gubei (Changning)",
                    "Gubei (Changning)",
                ),
                "district": "Changning",
                "summary": _t(
                    "Residential area in west Shanghai near Hongqiao Airport, long popular with Japanese, Korean "
                    "and Western families, with shops, restaurants and schools nearby.",
                    "上海西部靠近虹桥机场的居住区，长期受日韩及欧美家庭欢迎，周边商店、餐厅和学校齐全。",
                    "منطقة سكنية في غرب شنغهاي قرب مطار هونغتشياو، تفضّلها منذ زمن عائلات يابانية وكورية وغربية، "
                    "وحولها متاجر ومطاعم ومدارس.",
                    "Жилой район на западе Шанхая у аэропорта Хунцяо, давно любимый японскими, корейскими и "
                    "западными семьями; рядом магазины, рестораны и школы.",
                    "Zona residencial del oeste de Shanghái, cerca del aeropuerto de Hongqiao, preferida desde hace "
                    "años por familias japonesas, coreanas y occidentales, con tiendas, restaurantes y colegios.",
                    "Quartier résidentiel de l'ouest de Shanghai, près de l'aéroport de Hongqiao, apprécié de longue "
                    "date des familles japonaises, coréennes et occidentales, avec commerces, restaurants et écoles.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Gubei offers family-sized flats in large compounds, a pedestrian promenade and many "
                        "foreign-run shops. It is close to the Hongqiao business district and airport, but far from "
                        "Pudong.</p>",
                        "<p>古北有大型社区里的家庭户型、步行街和许多外国人经营的商店。靠近虹桥商务区和机场，但离浦东较远。</p>",
                        "<p>يقدّم قوبي شققًا عائلية في مجمعات كبيرة وممشى للمشاة ومتاجر كثيرة يديرها أجانب. وهو قريب "
                        "من حي هونغتشياو التجاري والمطار، لكنه بعيد عن بودونغ.</p>",
                        "<p>В Губэе — семейные квартиры в больших комплексах, пешеходный бульвар и много магазинов, "
                        "которые держат иностранцы. Рядом деловой район и аэропорт Хунцяо, но до Пудуна далеко.</p>",
                        "<p>Gubei ofrece pisos familiares en grandes urbanizaciones, un paseo peatonal y muchas tiendas "
                        "de extranjeros. Está cerca del distrito de negocios y del aeropuerto de Hongqiao, pero lejos "
                        "de Pudong.</p>",
                        "<p>Gubei propose des appartements familiaux dans de grandes résidences, une promenade "
                        "piétonne et de nombreux commerces tenus par des étrangers. Proche du quartier d'affaires et "
                        "de l'aéroport de Hongqiao, mais loin de Pudong.</p>",
                    )
                ),
                "rent_min": 6000,
                "rent_max": 12000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative: citywide one-bedroom range for central Shanghai from a rental guide; no "
                    "Gubei-specific figure was checked. Confirm with agents.",
                    "参考值：来自租房指南的上海中心城区一居室区间，未核实古北的具体数据。请向中介确认。",
                    "إرشادي: نطاق عام لشقة بغرفة نوم في وسط شنغهاي من دليل إيجار، ولم يُتحقق من رقم خاص بقوبي. "
                    "تأكد لدى الوسطاء.",
                    "Ориентир: общегородской диапазон для однокомнатной квартиры в центре Шанхая по справочнику; "
                    "данные по Губэю не проверялись. Уточняйте у агентов.",
                    "Orientativo: rango general para un dormitorio en el centro de Shanghái según una guía; no se "
                    "comprobó una cifra de Gubei. Confírmelo con agencias.",
                    "Indicatif : fourchette générale pour un deux-pièces au centre de Shanghai, d'après un guide ; "
                    "aucun chiffre propre à Gubei vérifié. À confirmer auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Hongqiao transport hub",
                                "虹桥交通枢纽",
                                "مجمع هونغتشياو للنقل",
                                "Транспортный узел Хунцяо",
                                "Nudo de transporte de Hongqiao",
                                "Pôle de transport de Hongqiao",
                            ),
                            20,
                            METRO,
                        ),
                        (
                            _t(
                                "Caohejing Hi-Tech Park",
                                "漕河泾开发区",
                                "مجمع تساوخهجينغ للتقنية",
                                "Технопарк Цаохэцзин",
                                "Parque de Caohejing",
                                "Parc de Caohejing",
                            ),
                            25,
                            CAR,
                        ),
                        (
                            _t("Jing'an", "静安", "جينغآن", "Цзинъань", "Jing'an", "Jing'an"),
                            30,
                            METRO,
                        ),
                        (
                            _t(
                                "Lujiazui",
                                "陆家嘴",
                                "لوجياتسوي",
                                "Луцзяцзуй",
                                "Lujiazui",
                                "Lujiazui",
                            ),
                            50,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>Yew Chung International School of Shanghai (Puxi campuses)</li>"
                    "<li>Shanghai Community International School (Hongqiao campus)</li></ul>"
                    "<p>Check campuses and admissions with each school.</p>",
                    "<ul><li>上海耀中外籍人员子女学校（浦西校区）</li><li>上海长宁国际学校（SCIS虹桥校区）</li></ul>"
                    "<p>校区和招生情况请向各校确认。</p>",
                    "<ul><li>مدرسة يو تشونغ الدولية في شنغهاي (فروع بوشي)</li>"
                    "<li>مدرسة شنغهاي المجتمعية الدولية (فرع هونغتشياو)</li></ul>"
                    "<p>تحقق من الفروع والقبول لدى كل مدرسة.</p>",
                    "<ul><li>Yew Chung International School of Shanghai (кампусы в Пуси)</li>"
                    "<li>Shanghai Community International School (кампус Хунцяо)</li></ul>"
                    "<p>Кампусы и условия приёма уточняйте в каждой школе.</p>",
                    "<ul><li>Yew Chung International School of Shanghai (campus de Puxi)</li>"
                    "<li>Shanghai Community International School (campus de Hongqiao)</li></ul>"
                    "<p>Confirme campus y admisiones con cada colegio.</p>",
                    "<ul><li>Yew Chung International School of Shanghai (campus de Puxi)</li>"
                    "<li>Shanghai Community International School (campus de Hongqiao)</li></ul>"
                    "<p>Vérifiez campus et admissions auprès de chaque école.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Where to live in Shanghai",
                        "https://www.echinacities.com/shanghai/city-guide/Where-to-Live-in-Shanghai",
                        "eChinacities",
                        "2026-10-20",
                    ),
                    _src(
                        "China housing: typical rents by city",
                        "https://richbay.org/china/housing/",
                        "Richbay",
                        "2026-10-20",
                    ),
                ],
            },
        ],
        "apartments": [
            {
                "slug": "zhangjiang-talent-apartments",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Zhangjiang talent apartments",
                    "张江人才公寓",
                    "شقق المواهب في تشانغجيانغ",
                    "Квартиры для талантов в Чжанцзяне",
                    "Apartamentos para talentos de Zhangjiang",
                    "Appartements pour talents de Zhangjiang",
                ),
                "district": "Pudong (Zhangjiang)",
                "summary": _with_estimate(
                    _t(
                        "Subsidised, furnished flats for staff of companies in Zhangjiang, with rent below the market "
                        "because the park and employers cover part of it.",
                        "面向张江园区企业员工的带家具补贴公寓，园区和企业分担部分租金，租金低于市场价。",
                        "شقق مفروشة مدعومة لموظفي الشركات في تشانغجيانغ، بإيجار أقل من السوق لأن المجمع وجهات العمل "
                        "يتحملون جزءًا منه.",
                        "Субсидируемые меблированные квартиры для сотрудников компаний Чжанцзяна; аренда ниже рыночной, "
                        "так как часть платят парк и работодатели.",
                        "Pisos amueblados y subvencionados para personal de empresas de Zhangjiang, con alquiler por "
                        "debajo del mercado porque el parque y las empresas pagan una parte.",
                        "Logements meublés et aidés pour les salariés des entreprises de Zhangjiang, au loyer inférieur "
                        "au marché car le parc et les employeurs en paient une partie.",
                    )
                ),
                "rent_min": 2000,
                "rent_max": 5000,
                "size_min": 30,
                "size_max": 90,
                "eligibility": _t(
                    "<p>The scheme has mainly served young employees from outside Shanghai, with stays limited in "
                    "time (two years in the original scheme). Whether foreign staff qualify has been discussed "
                    "publicly but was not confirmed in the sources: ask your employer.</p>",
                    "<p>该项目主要面向外省市来沪的年轻员工，入住有期限（最初方案为两年）。外籍员工是否可申请曾有公开讨论，"
                    "但来源中未予确认，请向用人单位咨询。</p>",
                    "<p>خدم البرنامج أساسًا الموظفين الشباب القادمين من خارج شنغهاي، مع مدة إقامة محدودة (سنتان في "
                    "البرنامج الأصلي). نوقشت أهلية الموظفين الأجانب علنًا لكن المصادر لم تؤكدها: اسأل جهة عملك.</p>",
                    "<p>Программа в основном рассчитана на молодых сотрудников из других регионов, проживание "
                    "ограничено по сроку (два года в первоначальной схеме). Право иностранцев обсуждалось публично, "
                    "но в источниках не подтверждено — спросите работодателя.</p>",
                    "<p>El programa ha atendido sobre todo a empleados jóvenes de fuera de Shanghái, con estancias "
                    "limitadas (dos años en el esquema original). Si el personal extranjero puede acceder se ha "
                    "debatido, pero las fuentes no lo confirman: pregunte a su empresa.</p>",
                    "<p>Le programme a surtout servi de jeunes salariés venus d'autres provinces, pour une durée "
                    "limitée (deux ans dans le dispositif initial). L'accès des étrangers a été débattu mais n'est "
                    "pas confirmé par les sources : renseignez-vous auprès de votre employeur.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Employers in the park apply for units for their staff. Ask HR whether your company has a "
                    "quota and what documents are needed.</p>",
                    "<p>由园区企业为员工申请房源。请向人力资源部门了解单位是否有名额及所需材料。</p>",
                    "<p>تتقدم الشركات في المجمع بطلب وحدات لموظفيها. اسأل الموارد البشرية هل لدى شركتك حصة وما "
                    "الوثائق المطلوبة.</p>",
                    "<p>Квартиры для сотрудников запрашивают компании парка. Узнайте в отделе кадров, есть ли у "
                    "компании квота и какие нужны документы.</p>",
                    "<p>Las empresas del parque solicitan pisos para su personal. Pregunte a RR. HH. si su empresa "
                    "tiene cupo y qué documentos hacen falta.</p>",
                    "<p>Les entreprises du parc demandent des logements pour leurs salariés. Demandez aux RH si "
                    "votre entreprise dispose d'un quota et quelles pièces fournir.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#264653", "#e9c46a"],
                "image_alt": _t(
                    "Abstract illustration of mid-rise apartment blocks beside a science park under a warm sky",
                    "抽象插画：暖色天空下科技园旁的中高层公寓楼",
                    "رسم تجريدي لعمارات سكنية متوسطة الارتفاع بجوار مجمع علمي تحت سماء دافئة",
                    "Абстрактная иллюстрация: среднеэтажные жилые дома рядом с научным парком под тёплым небом",
                    "Ilustración abstracta de bloques de viviendas de altura media junto a un parque científico bajo un cielo cálido",
                    "Illustration abstraite d'immeubles de hauteur moyenne près d'un parc scientifique sous un ciel chaud",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "City's Silicon Valley attracts talent with low-cost housing",
                        "https://archive.shine.cn/business/real-estate/Citys-Silicon-Valley-attracts-talent-with-lowcost-housing/shdaily.shtml",
                        "Shanghai Daily",
                        "2026-10-20",
                    ),
                    _src(
                        "Using housing to hang on to talent in Zhangjiang",
                        "https://www.shanghaieye.com.cn/advisors-suggest-housing-take-priority-in-luring-high-level-professionals/",
                        "Shanghai Eye",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "lin-gang-talent-apartments",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Lin-gang talent apartments",
                    "临港人才公寓",
                    "شقق المواهب في لينغانغ",
                    "Квартиры для талантов в Линьгане",
                    "Apartamentos para talentos de Lin-gang",
                    "Appartements pour talents de Lin-gang",
                ),
                "district": "Pudong (Lin-gang Special Area)",
                "summary": _with_estimate(
                    _t(
                        "Subsidised apartments for people working in the Lin-gang Special Area, rented on yearly "
                        "leases for up to three years in total.",
                        "面向临港新片区工作人员的补贴公寓，按年签约，累计租期最长三年。",
                        "شقق مدعومة للعاملين في منطقة لينغانغ الخاصة، بعقود سنوية لمدة إجمالية أقصاها ثلاث سنوات.",
                        "Субсидируемые квартиры для работающих в особой зоне Линьган: договор на год, всего не более трёх лет.",
                        "Pisos subvencionados para quienes trabajan en el Área Especial de Lin-gang, con contratos "
                        "anuales y un máximo de tres años en total.",
                        "Logements aidés pour les personnes travaillant dans la zone spéciale de Lin-gang, baux "
                        "annuels pour trois ans au plus au total.",
                    )
                ),
                "rent_min": 1500,
                "rent_max": 4500,
                "size_min": 30,
                "size_max": 90,
                "eligibility": _t(
                    "<p>You can apply if you (and your family) own no home in the Lin-gang area, have not used other "
                    "affordable-housing schemes, and hold a bachelor's degree or higher, an intermediate "
                    "professional title, or a level-3 national vocational qualification. The published rules ran "
                    "from July 2022 to December 2025: check whether they have been renewed.</p>",
                    "<p>本人（及家庭）在临港产城融合区无住房、未享受其他保障性住房政策，且具有本科及以上学历、中级职称或国家职业资格三级"
                    "及以上证书的，可以申请。公布的政策有效期为2022年7月至2025年12月，请确认是否已延续。</p>",
                    "<p>يمكنك التقدم إذا لم تكن تملك أنت (وأسرتك) مسكنًا في منطقة لينغانغ، ولم تستفد من برامج سكن "
                    "ميسّر أخرى، وتحمل درجة البكالوريوس أو أعلى أو لقبًا مهنيًا متوسطًا أو مؤهلًا مهنيًا وطنيًا من "
                    "المستوى 3. سرت القواعد المنشورة من يوليو 2022 إلى ديسمبر 2025: تحقق هل جُدّدت.</p>",
                    "<p>Подать заявку можно, если у вас (и вашей семьи) нет жилья в районе Линьгана, вы не "
                    "пользовались другими программами доступного жилья и у вас есть степень бакалавра или выше, "
                    "профессиональное звание среднего уровня или государственная квалификация уровня 3. "
                    "Опубликованные правила действовали с июля 2022 по декабрь 2025 года — проверьте, продлены ли они.</p>",
                    "<p>Puede solicitarlo si usted (y su familia) no tiene vivienda en la zona de Lin-gang, no ha "
                    "usado otros programas de vivienda asequible y tiene un título de grado o superior, una "
                    "categoría profesional intermedia o una cualificación profesional nacional de nivel 3. Las "
                    "normas publicadas regían de julio de 2022 a diciembre de 2025: compruebe si se han renovado.</p>",
                    "<p>Vous pouvez postuler si vous (et votre famille) ne possédez aucun logement dans la zone de "
                    "Lin-gang, n'avez pas bénéficié d'autres aides au logement et êtes titulaire d'une licence ou "
                    "plus, d'un titre professionnel intermédiaire ou d'une qualification professionnelle nationale "
                    "de niveau 3. Les règles publiées couraient de juillet 2022 à décembre 2025 : vérifiez leur "
                    "reconduction.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Employers or employees apply on Lin-gang's online service system, where the list of "
                    "documents is published. Leases are signed and renewed each year; if you change jobs or your "
                    "contract ends, tell the management and move out within three months.</p>",
                    "<p>用人单位或个人通过临港服务系统在线申请，所需材料在系统中公布。租赁合同一年一签；调动或劳动合同终止的，"
                    "应及时告知管理方并在三个月内搬离。</p>",
                    "<p>تتقدم جهات العمل أو الموظفون عبر نظام الخدمات الإلكتروني في لينغانغ، حيث تُنشر قائمة "
                    "الوثائق. تُوقَّع العقود وتُجدَّد سنويًا؛ وإذا غيّرت عملك أو انتهى عقدك فأبلغ الإدارة وأخلِ الشقة "
                    "خلال ثلاثة أشهر.</p>",
                    "<p>Работодатели или сотрудники подают заявку в онлайн-системе Линьгана, где опубликован "
                    "перечень документов. Договор заключается и продлевается ежегодно; при смене работы или "
                    "окончании контракта сообщите управляющей компании и съезжайте в течение трёх месяцев.</p>",
                    "<p>Empresas o empleados lo solicitan en el sistema de servicios en línea de Lin-gang, donde se "
                    "publica la lista de documentos. El contrato se firma y renueva cada año; si cambia de empleo o "
                    "termina su contrato, avise a la administración y deje el piso en tres meses.</p>",
                    "<p>Employeurs ou salariés postulent sur le système de services en ligne de Lin-gang, où figure "
                    "la liste des pièces. Le bail se signe et se renouvelle chaque année ; en cas de changement "
                    "d'emploi ou de fin de contrat, prévenez la gestion et partez sous trois mois.</p>",
                ),
                "contact": _t(
                    "Lin-gang Special Area Administration, switchboard +86-21-6828 3063, or your employer's HR department",
                    "临港新片区管委会总机 +86-21-6828 3063，或用人单位人力资源部门",
                    "إدارة منطقة لينغانغ الخاصة، المقسم +86-21-6828 3063، أو قسم الموارد البشرية لدى جهة عملك",
                    "Администрация особой зоны Линьган, коммутатор +86-21-6828 3063, или отдел кадров работодателя",
                    "Administración del Área Especial de Lin-gang, centralita +86-21-6828 3063, o RR. HH. de su empresa",
                    "Administration de la zone spéciale de Lin-gang, standard +86-21-6828 3063, ou les RH de votre employeur",
                ),
                "image_colours": ["#006d77", "#ffddd2"],
                "image_alt": _t(
                    "Abstract illustration of new apartment buildings by the sea at dawn",
                    "抽象插画：清晨海边的新公寓楼",
                    "رسم تجريدي لمبانٍ سكنية جديدة على شاطئ البحر عند الفجر",
                    "Абстрактная иллюстрация: новые жилые дома у моря на рассвете",
                    "Ilustración abstracta de nuevos edificios de viviendas junto al mar al amanecer",
                    "Illustration abstraite de nouveaux immeubles au bord de la mer à l'aube",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Policies for renting talent apartments in Lin-gang",
                        "https://en.lingang.gov.cn/html/website/lg/English/Policies/Texts/1673127957749665793.html",
                        "Lin-gang Special Area Administration",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "songjiang-g60-talent-apartments",
                "figures_are_estimates": False,
                "estimate_method": _t("", "", "", "", "", ""),
                "title": _t(
                    "Songjiang G60 talent apartments",
                    "松江G60人才公寓",
                    "شقق المواهب G60 في سونغجيانغ",
                    "Квартиры для талантов G60 в Сунцзяне",
                    "Apartamentos para talentos G60 de Songjiang",
                    "Appartements pour talents G60 de Songjiang",
                ),
                "district": "Songjiang",
                "summary": _t(
                    "Furnished talent apartments across Songjiang, along the G60 technology corridor. One operator "
                    "in Sijing rented 35 m² one-bedroom flats for RMB 2,200–2,600 a month in 2022; other layouts exist.",
                    "松江全区分布的精装人才公寓，沿G60科创走廊布局。泗泾一家运营方2022年35平方米一居室月租2200–2600元；也有其他户型。",
                    "شقق مواهب مفروشة في أنحاء سونغجيانغ على ممر G60 التقني. في 2022 أجّر أحد المشغّلين في سيجينغ "
                    "شققًا بغرفة نوم مساحتها 35 م² بين 2200 و2600 يوان شهريًا، وتوجد تصاميم أخرى.",
                    "Меблированные квартиры для специалистов по всему Сунцзяну, вдоль технологического коридора G60. "
                    "В 2022 году оператор в Сыцзине сдавал однокомнатные квартиры 35 м² за 2200–2600 юаней в месяц; есть и другие планировки.",
                    "Pisos amueblados para talentos en todo Songjiang, a lo largo del corredor tecnológico G60. Un "
                    "operador de Sijing alquilaba en 2022 pisos de un dormitorio de 35 m² por 2200–2600 RMB al mes; "
                    "hay otras distribuciones.",
                    "Logements meublés pour talents dans tout Songjiang, le long du corridor technologique G60. Un "
                    "exploitant de Sijing louait en 2022 des deux-pièces de 35 m² entre 2 200 et 2 600 RMB par mois ; "
                    "d'autres surfaces existent.",
                ),
                "rent_min": 2200,
                "rent_max": 2600,
                "size_min": 35,
                "size_max": 35,
                "eligibility": _t(
                    "<p>Tenants are mainly employees of nearby industrial parks, and young teachers and doctors; "
                    "district talent programmes give priority access. Whether foreign staff qualify was not stated "
                    "in the source: ask your employer or the Songjiang Talent Service Center.</p>",
                    "<p>租户主要是周边产业园区员工以及年轻教师和医生，区人才项目入选者可优先入住。来源未说明外籍员工是否符合条件，"
                    "请向用人单位或松江区人才服务中心咨询。</p>",
                    "<p>المستأجرون في الغالب موظفو المجمعات الصناعية المجاورة والمعلمون والأطباء الشباب، وتمنح برامج "
                    "المواهب في الحي أولوية. لم يذكر المصدر هل يحق للموظفين الأجانب التقدم: اسأل جهة عملك أو مركز "
                    "خدمات المواهب في سونغجيانغ.</p>",
                    "<p>Жильцы — в основном сотрудники соседних промышленных парков, молодые учителя и врачи; "
                    "участники районных кадровых программ получают приоритет. Право иностранцев в источнике не "
                    "указано — уточните у работодателя или в Центре по работе со специалистами Сунцзяна.</p>",
                    "<p>Los inquilinos son sobre todo empleados de polígonos cercanos y docentes y médicos jóvenes; "
                    "los programas de talento del distrito dan prioridad. La fuente no indica si el personal "
                    "extranjero puede acceder: pregunte a su empresa o al Centro de Servicios de Talento de Songjiang.</p>",
                    "<p>Les locataires sont surtout des salariés des parcs industriels voisins et de jeunes "
                    "enseignants et médecins ; les programmes de talents du district donnent la priorité. La source "
                    "ne précise pas l'accès des étrangers : demandez à votre employeur ou au Centre des talents de Songjiang.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Through your employer or the Songjiang Talent Service Center; market operators such as the "
                    "one in Sijing also rent directly.</p>",
                    "<p>通过用人单位或松江区人才服务中心申请；泗泾等地的市场化运营方也可直接租赁。</p>",
                    "<p>عن طريق جهة عملك أو مركز خدمات المواهب في سونغجيانغ؛ كما يؤجّر مشغّلون تجاريون، مثل مشغّل "
                    "سيجينغ، مباشرةً.</p>",
                    "<p>Через работодателя или Центр по работе со специалистами Сунцзяна; коммерческие операторы, "
                    "как в Сыцзине, сдают и напрямую.</p>",
                    "<p>A través de su empresa o del Centro de Servicios de Talento de Songjiang; operadores de "
                    "mercado como el de Sijing también alquilan directamente.</p>",
                    "<p>Par votre employeur ou le Centre des talents de Songjiang ; des exploitants privés, comme "
                    "celui de Sijing, louent aussi directement.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#5f0f40", "#fb8b24"],
                "image_alt": _t(
                    "Abstract illustration of a row of apartment towers along a highway at sunset",
                    "抽象插画：夕阳下沿高速公路排列的公寓楼",
                    "رسم تجريدي لصف من الأبراج السكنية على طول طريق سريع عند الغروب",
                    "Абстрактная иллюстрация: ряд жилых башен вдоль шоссе на закате",
                    "Ilustración abstracta de una hilera de torres de viviendas junto a una autopista al atardecer",
                    "Illustration abstraite d'une rangée de tours d'habitation le long d'une autoroute au coucher du soleil",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Well-equipped rental housing for talent in Songjiang",
                        "https://www.shine.cn/feature/district/2210181630/",
                        "Shanghai Daily",
                        "2026-10-20",
                    ),
                ],
            },
        ],
    },
}


# --- Shenzhen ----------------------------------------------------------------

SZ_WORK_PERMIT = _src(
    "Foreigner's Work Permit: service guide",
    "https://www.sz.gov.cn/en_szgov/services/personal/employment/content/post_11247325.html",
    "Science, Technology and Innovation Bureau of Shenzhen Municipality",
    "2026-10-15",
)
SZ_CIVIC_RESIDENCE = _src(
    "Windows to open at Civic Center to process foreigners' residency",
    "http://www.lg.gov.cn/english/news/latestnews/201905/t20190529_17744638.htm",
    "Shenzhen Daily (Longgang District Government website)",
    "2026-10-15",
)
SZ_COMBINED = _src(
    "Update: applying for work and residence permit in Shenzhen",
    "https://freewechat.com/a/MzU3MjU1OTQyMA==/2247567795/1",
    "WeChat article citing the Shenzhen Exit-Entry Administration",
    "2026-10-15",
)
SZ_ZHAOSHANG = _src(
    "First sub-district work station for granting work permits to foreigners (Zhaoshang)",
    "http://www.sciep.com/content/2020-05/08/content_23397544.htm",
    "SCIEP",
    "2026-10-15",
)
SZ_TALENT_MEASURES = _src(
    "SZ makes new move to attract talents",
    "http://www.sz.gov.cn/en_szgov/news/latest/content/post_10927920.html",
    "Shenzhen Government Online",
    "2026-10-15",
)

SHENZHEN = {
    "slug": "shenzhen",
    "title": _t("Shenzhen", "深圳", "شنتشن", "Шэньчжэнь", "Shenzhen", "Shenzhen"),
    "intro": _t(
        "China's technology and hardware capital, next to Hong Kong: electronics, internet, telecoms and "
        "new-energy companies. Work and residence permits are handled at the Civic Center and in some "
        "sub-districts.",
        "毗邻香港的中国科技和硬件之都：电子、互联网、通信和新能源企业云集。工作许可和居留许可在市民中心及部分街道办理。",
        "عاصمة الصين للتقنية والأجهزة بجوار هونغ كونغ: شركات الإلكترونيات والإنترنت والاتصالات والطاقة "
        "الجديدة. وتُعالج تصاريح العمل والإقامة في المركز المدني وفي بعض الأحياء الفرعية.",
        "Технологическая и «железная» столица Китая рядом с Гонконгом: электроника, интернет, связь и новая "
        "энергетика. Разрешения на работу и вид на жительство оформляют в Гражданском центре и в некоторых "
        "районных подразделениях.",
        "La capital tecnológica y del hardware de China, junto a Hong Kong: electrónica, internet, "
        "telecomunicaciones y nuevas energías. Los permisos se tramitan en el Centro Cívico y en algunos subdistritos.",
        "La capitale chinoise de la technologie et du matériel, voisine de Hong Kong : électronique, internet, "
        "télécoms et énergies nouvelles. Les permis se traitent au Centre civique et dans certains sous-districts.",
    ),
    "why_city": _t(
        "<ul>"
        "<li><b>Technology and hardware.</b> Nanshan is home to the headquarters of large technology companies and "
        "countless start-ups, with electronics supply chains close at hand.</li>"
        "<li><b>Next to Hong Kong.</b> Several border crossings, and two cooperation zones with Hong Kong: Qianhai "
        "for services and Hetao for research.</li>"
        "<li><b>Talent measures.</b> In 2023 the city announced R visas for qualified high-level foreign talent, "
        "easier entry and exit for people working in Hetao, and living allowances for young graduates that also "
        "cover eligible foreigners.</li>"
        "<li><b>Permits close to home.</b> Work permits are promised in 7 working days, both permits can be "
        "requested together, and some sub-districts hand out permits locally. The 12367 line answers "
        "immigration questions day and night in Chinese and English.</li>"
        "</ul>",
        "<ul>"
        "<li><b>科技与硬件。</b>南山聚集了大型科技企业总部和大量初创公司，电子产业链近在咫尺。</li>"
        "<li><b>毗邻香港。</b>多个口岸，以及两个深港合作区：前海侧重服务业，河套侧重科研。</li>"
        "<li><b>人才政策。</b>2023年深圳宣布：向符合条件的外国高层次人才签发R字签证，为在河套工作的人员提供更便利的出入境服务，"
        "并向青年毕业生发放生活补贴，符合条件的外籍人士同样适用。</li>"
        "<li><b>就近办证。</b>工作许可承诺7个工作日办结，两证可一并申请，部分街道可就近发证。12367热线全天候提供中英文移民咨询。</li>"
        "</ul>",
        "<ul>"
        "<li><b>التقنية والأجهزة.</b> يضم نانشان مقار شركات تقنية كبرى وعددًا هائلًا من الشركات الناشئة، مع "
        "سلاسل توريد الإلكترونيات على مقربة.</li>"
        "<li><b>بجوار هونغ كونغ.</b> عدة منافذ حدودية، ومنطقتا تعاون مع هونغ كونغ: تشيانهاي للخدمات وخيتاو للبحث.</li>"
        "<li><b>إجراءات لجذب المواهب.</b> أعلنت المدينة في 2023 منح تأشيرات R للمواهب الأجنبية المؤهلة رفيعة "
        "المستوى، وتسهيل الدخول والخروج للعاملين في خيتاو، وبدلات معيشة للخريجين الشباب تشمل الأجانب المؤهلين.</li>"
        "<li><b>تصاريح قريبة منك.</b> يُوعد بإصدار تصريح العمل خلال 7 أيام عمل، ويمكن طلب التصريحين معًا، "
        "وتسلّم بعض الأحياء الفرعية التصاريح محليًا. ويجيب الخط 12367 عن أسئلة الهجرة على مدار الساعة بالصينية والإنجليزية.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Технологии и «железо».</b> В Наньшане — штаб-квартиры крупных технологических компаний и "
        "множество стартапов, а цепочки поставок электроники под рукой.</li>"
        "<li><b>Рядом Гонконг.</b> Несколько пограничных переходов и две зоны сотрудничества с Гонконгом: "
        "Цяньхай для услуг и Хэтао для исследований.</li>"
        "<li><b>Меры для специалистов.</b> В 2023 году город объявил о визах R для подходящих "
        "высококлассных иностранных специалистов, упрощённом въезде и выезде для работающих в Хэтао и "
        "пособиях молодым выпускникам, в том числе подходящим иностранцам.</li>"
        "<li><b>Разрешения рядом с домом.</b> Разрешение на работу обещают за 7 рабочих дней, оба документа "
        "можно запросить вместе, а в некоторых районах их выдают на месте. Линия 12367 круглосуточно отвечает "
        "на миграционные вопросы на китайском и английском.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Tecnología y hardware.</b> Nanshan acoge sedes de grandes tecnológicas e infinidad de startups, "
        "con las cadenas de suministro electrónico a mano.</li>"
        "<li><b>Junto a Hong Kong.</b> Varios pasos fronterizos y dos zonas de cooperación con Hong Kong: Qianhai "
        "para servicios y Hetao para investigación.</li>"
        "<li><b>Medidas para el talento.</b> En 2023 la ciudad anunció visados R para talento extranjero de alto "
        "nivel que cumpla requisitos, entradas y salidas más fáciles para quien trabaja en Hetao y ayudas de vida "
        "para jóvenes titulados que incluyen a extranjeros que cumplan requisitos.</li>"
        "<li><b>Permisos cerca de casa.</b> El permiso de trabajo se promete en 7 días hábiles, ambos permisos "
        "pueden pedirse juntos y algunos subdistritos los entregan en el barrio. El 12367 responde a cualquier "
        "hora en chino e inglés.</li>"
        "</ul>",
        "<ul>"
        "<li><b>Technologie et matériel.</b> Nanshan accueille les sièges de grands groupes technologiques et "
        "d'innombrables start-up, avec les chaînes d'approvisionnement électroniques à portée de main.</li>"
        "<li><b>Voisine de Hong Kong.</b> Plusieurs points de passage et deux zones de coopération avec Hong "
        "Kong : Qianhai pour les services, Hetao pour la recherche.</li>"
        "<li><b>Mesures pour les talents.</b> En 2023, la ville a annoncé des visas R pour les talents étrangers "
        "de haut niveau éligibles, des entrées et sorties facilitées pour ceux qui travaillent à Hetao et des "
        "allocations pour les jeunes diplômés, étrangers éligibles compris.</li>"
        "<li><b>Des permis près de chez vous.</b> Le permis de travail est promis en 7 jours ouvrables, les deux "
        "permis peuvent être demandés ensemble et certains sous-districts les remettent sur place. Le 12367 "
        "répond jour et nuit en chinois et en anglais.</li>"
        "</ul>",
    ),
    "hubs": _by_lang(
        [
            {
                "name": _t(
                    "Shenzhen Hi-Tech Industrial Park (Nanshan Science and Technology Park)",
                    "深圳高新技术产业园区（南山科技园）",
                    "مجمع شنتشن للصناعات عالية التقنية (مجمع نانشان للعلوم والتكنولوجيا)",
                    "Шэньчжэньский парк высоких технологий (Наньшаньский научно-технологический парк)",
                    "Parque Industrial de Alta Tecnología de Shenzhen (Parque Científico de Nanshan)",
                    "Parc industriel de haute technologie de Shenzhen (parc scientifique de Nanshan)",
                ),
                "district": _t("Nanshan", "南山区", "نانشان", "Наньшань", "Nanshan", "Nanshan"),
                "focus": _t(
                    "Internet, telecoms, electronics, software",
                    "互联网、通信、电子、软件",
                    "الإنترنت والاتصالات والإلكترونيات والبرمجيات",
                    "Интернет, связь, электроника, программное обеспечение",
                    "Internet, telecomunicaciones, electrónica, software",
                    "Internet, télécoms, électronique, logiciel",
                ),
                "description": _t(
                    "Home to the headquarters of Tencent and other large technology companies, and to many "
                    "start-ups and research institutes along metro line 1.",
                    "腾讯等大型科技企业总部所在地，沿地铁1号线还分布着众多初创企业和科研机构。",
                    "مقر شركة تينسنت وشركات تقنية كبرى أخرى، ومعها شركات ناشئة ومعاهد بحث كثيرة على امتداد خط "
                    "المترو 1.",
                    "Здесь штаб-квартиры Tencent и других крупных технологических компаний, а вдоль первой линии "
                    "метро — множество стартапов и НИИ.",
                    "Sede de Tencent y de otras grandes tecnológicas, con muchas startups e institutos de "
                    "investigación a lo largo de la línea 1 del metro.",
                    "Siège de Tencent et d'autres grands groupes technologiques, avec de nombreuses start-up et "
                    "instituts de recherche le long de la ligne 1 du métro.",
                ),
            },
            {
                "name": _t(
                    "Qianhai Shenzhen–Hong Kong Modern Service Industry Cooperation Zone",
                    "前海深港现代服务业合作区",
                    "منطقة تشيانهاي للتعاون بين شنتشن وهونغ كونغ في الخدمات الحديثة",
                    "Зона сотрудничества Шэньчжэня и Гонконга в сфере современных услуг Цяньхай",
                    "Zona de Cooperación Shenzhen–Hong Kong de Servicios Modernos de Qianhai",
                    "Zone de coopération Shenzhen–Hong Kong pour les services modernes de Qianhai",
                ),
                "district": _t(
                    "Nanshan, Bao'an",
                    "南山区、宝安区",
                    "نانشان وباوآن",
                    "Наньшань, Баоань",
                    "Nanshan, Bao'an",
                    "Nanshan, Bao'an",
                ),
                "focus": _t(
                    "Finance, logistics, legal and professional services",
                    "金融、物流、法律和专业服务",
                    "المال والخدمات اللوجستية والخدمات القانونية والمهنية",
                    "Финансы, логистика, юридические и профессиональные услуги",
                    "Finanzas, logística, servicios jurídicos y profesionales",
                    "Finance, logistique, services juridiques et professionnels",
                ),
                "description": _t(
                    "A waterfront zone with special policies for Hong Kong and foreign firms, and its own "
                    "low-rent talent housing.",
                    "滨海片区，对港资和外资企业有特殊政策，并有自己的低租金人才住房。",
                    "منطقة على الواجهة البحرية لها سياسات خاصة لشركات هونغ كونغ والشركات الأجنبية، ولها سكن "
                    "خاص منخفض الإيجار للمواهب.",
                    "Прибрежная зона с особыми условиями для гонконгских и иностранных компаний и собственным "
                    "недорогим жильём для специалистов.",
                    "Zona junto al mar con políticas especiales para empresas de Hong Kong y extranjeras, y su "
                    "propia vivienda de alquiler bajo para talento.",
                    "Zone en front de mer aux politiques spéciales pour les entreprises hongkongaises et "
                    "étrangères, avec ses propres logements à loyer modéré pour talents.",
                ),
            },
            {
                "name": _t(
                    "Futian Central Business District",
                    "福田中心区（CBD）",
                    "الحي التجاري المركزي في فوتيان",
                    "Центральный деловой район Футянь",
                    "Distrito Central de Negocios de Futian",
                    "Quartier central des affaires de Futian",
                ),
                "district": _t("Futian", "福田区", "فوتيان", "Футянь", "Futian", "Futian"),
                "focus": _t(
                    "Finance, headquarters, government services",
                    "金融、总部经济、政务服务",
                    "المال والمقار الرئيسية والخدمات الحكومية",
                    "Финансы, штаб-квартиры, госуслуги",
                    "Finanzas, sedes, servicios públicos",
                    "Finance, sièges, services publics",
                ),
                "description": _t(
                    "Around the Civic Center and the Shenzhen Stock Exchange, close to the Futian and Huanggang "
                    "border crossings.",
                    "以市民中心和深圳证券交易所为核心，靠近福田口岸和皇岗口岸。",
                    "حول المركز المدني وبورصة شنتشن، قرب منفذي فوتيان وهوانغقانغ الحدوديين.",
                    "Вокруг Гражданского центра и Шэньчжэньской фондовой биржи, рядом с погранпереходами Футянь и Хуанган.",
                    "En torno al Centro Cívico y la Bolsa de Shenzhen, cerca de los pasos fronterizos de Futian y Huanggang.",
                    "Autour du Centre civique et de la Bourse de Shenzhen, près des points de passage de Futian et Huanggang.",
                ),
            },
            {
                "name": _t(
                    "Hetao Shenzhen–Hong Kong Science and Technology Innovation Cooperation Zone",
                    "河套深港科技创新合作区",
                    "منطقة خيتاو للتعاون بين شنتشن وهونغ كونغ في الابتكار العلمي والتقني",
                    "Зона научно-технического сотрудничества Шэньчжэня и Гонконга Хэтао",
                    "Zona de Cooperación Shenzhen–Hong Kong en Ciencia e Innovación de Hetao",
                    "Zone de coopération Shenzhen–Hong Kong pour l'innovation scientifique de Hetao",
                ),
                "district": _t("Futian", "福田区", "فوتيان", "Футянь", "Futian", "Futian"),
                "focus": _t(
                    "Cross-border research, life sciences, artificial intelligence",
                    "跨境科研、生命科学、人工智能",
                    "البحث عبر الحدود وعلوم الحياة والذكاء الاصطناعي",
                    "Трансграничные исследования, науки о жизни, искусственный интеллект",
                    "Investigación transfronteriza, ciencias de la vida, inteligencia artificial",
                    "Recherche transfrontalière, sciences de la vie, intelligence artificielle",
                ),
                "description": _t(
                    "On the Shenzhen River facing Hong Kong; the city has promised easier entry and exit for "
                    "talent working here.",
                    "位于深圳河畔、与香港隔河相望；深圳承诺为在此工作的人才提供更便利的出入境服务。",
                    "على نهر شنتشن مقابل هونغ كونغ، وقد وعدت المدينة بتسهيل دخول المواهب العاملة هنا وخروجها.",
                    "На реке Шэньчжэнь напротив Гонконга; город обещал упростить въезд и выезд для работающих здесь специалистов.",
                    "A orillas del río Shenzhen, frente a Hong Kong; la ciudad ha prometido facilitar la entrada y "
                    "salida del talento que trabaja aquí.",
                    "Au bord de la rivière Shenzhen, face à Hong Kong ; la ville a promis de faciliter les entrées "
                    "et sorties des talents qui y travaillent.",
                ),
            },
            {
                "name": _t(
                    "Guangming Science City",
                    "光明科学城",
                    "مدينة غوانغمينغ العلمية",
                    "Научный город Гуанмин",
                    "Ciudad Científica de Guangming",
                    "Cité scientifique de Guangming",
                ),
                "district": _t(
                    "Guangming", "光明区", "غوانغمينغ", "Гуанмин", "Guangming", "Guangming"
                ),
                "focus": _t(
                    "Life sciences, new materials, large research facilities",
                    "生命科学、新材料、大科学装置",
                    "علوم الحياة والمواد الجديدة والمنشآت البحثية الكبرى",
                    "Науки о жизни, новые материалы, крупные исследовательские установки",
                    "Ciencias de la vida, nuevos materiales, grandes instalaciones de investigación",
                    "Sciences de la vie, nouveaux matériaux, grandes infrastructures de recherche",
                ),
                "description": _t(
                    "A science city in the north-west of Shenzhen, built around research facilities and "
                    "university campuses.",
                    "位于深圳西北部的科学城，围绕科研设施和大学校区建设。",
                    "مدينة علمية في شمال غرب شنتشن، مبنية حول منشآت بحثية وحرم جامعية.",
                    "Научный город на северо-западе Шэньчжэня, построенный вокруг исследовательских установок и "
                    "университетских кампусов.",
                    "Ciudad científica en el noroeste de Shenzhen, construida en torno a instalaciones de "
                    "investigación y campus universitarios.",
                    "Cité scientifique au nord-ouest de Shenzhen, bâtie autour d'infrastructures de recherche et de "
                    "campus universitaires.",
                ),
            },
        ]
    ),
    "last_verified": "2026-10-15",
    "sources": [SZ_WORK_PERMIT, SZ_CIVIC_RESIDENCE, SZ_COMBINED, SZ_ZHAOSHANG, SZ_TALENT_MEASURES],
    "hotline": "12345",
    "image_colours": ["#0f4c5c", "#9ef01a"],
    "image_alt": _t(
        "Abstract illustration of the Shenzhen skyline by the bay: glassy towers in dark teal against a bright "
        "green-yellow sky, with lit windows",
        "深圳湾畔天际线的抽象插画：明亮黄绿色天空下深青色的玻璃幕墙楼群，窗户亮着灯",
        "رسم تجريدي لأفق شنتشن على الخليج: أبراج زجاجية بلون أخضر مزرق داكن أمام سماء صفراء مخضرة زاهية "
        "ونوافذ مضاءة",
        "Абстрактная иллюстрация панорамы Шэньчжэня у залива: стеклянные башни тёмно-бирюзового цвета на фоне "
        "яркого жёлто-зелёного неба, светящиеся окна",
        "Ilustración abstracta del perfil de Shenzhen junto a la bahía: torres de cristal verde azulado oscuro "
        "sobre un cielo amarillo verdoso brillante, con ventanas iluminadas",
        "Illustration abstraite de l'horizon de Shenzhen au bord de la baie : tours vitrées bleu-vert sombre sur "
        "un ciel jaune-vert éclatant, fenêtres allumées",
    ),
    "service_centres": [
        {
            "name": _t(
                "Shenzhen Municipal Administrative Service Hall (Civic Center), East Hall",
                "深圳市行政服务大厅（市民中心）东厅",
                "قاعة الخدمات الإدارية لبلدية شنتشن (المركز المدني)، القاعة الشرقية",
                "Административный сервисный зал Шэньчжэня (Гражданский центр), Восточный зал",
                "Sala de Servicios Administrativos de Shenzhen (Centro Cívico), Sala Este",
                "Hall des services administratifs de Shenzhen (Centre civique), hall Est",
            ),
            "services": _t(
                "Foreigner's work permits (windows 57–58), work-type residence permits, and combined applications "
                "for both permits.",
                "外国人来华工作许可（57–58号窗口）、工作类居留许可，以及两证合并申请。",
                "تصاريح عمل الأجانب (الشباكان 57–58)، وتصاريح الإقامة للعمل، والطلبات المشتركة للتصريحين.",
                "Разрешения на работу (окна 57–58), рабочие виды на жительство и совместные заявки на оба документа.",
                "Permisos de trabajo (ventanillas 57–58), permisos de residencia por trabajo y solicitudes "
                "conjuntas de ambos.",
                "Permis de travail (guichets 57–58), permis de séjour pour travail et demandes conjointes des deux permis.",
            ),
            "address": _t(
                "Zone B, Civic Center, Fuzhong 3rd Road, Futian District",
                "福田区福中三路市民中心B区",
                "المنطقة B، المركز المدني، طريق فوتشونغ الثالث، حي فوتيان",
                "Гражданский центр, зона B, Фучжун 3-я дорога, район Футянь",
                "Zona B del Centro Cívico, Fuzhong 3rd Road, distrito de Futian",
                "Zone B du Centre civique, Fuzhong 3rd Road, district de Futian",
            ),
            "hours": _t(
                "Monday to Friday 9:00–12:00 and 14:00–17:45, closed on public holidays (hours published for "
                "the work-permit windows)",
                "周一至周五 9:00–12:00、14:00–17:45，法定节假日除外（工作许可窗口公布的时间）",
                "من الاثنين إلى الجمعة 9:00–12:00 و14:00–17:45، ومغلقة في العطل الرسمية (المواعيد المنشورة "
                "لشبابيك تصاريح العمل)",
                "Понедельник–пятница 9:00–12:00 и 14:00–17:45, кроме праздников (часы, опубликованные для окон "
                "разрешений на работу)",
                "De lunes a viernes, 9:00–12:00 y 14:00–17:45, salvo festivos (horario publicado para las "
                "ventanillas de permisos de trabajo)",
                "Du lundi au vendredi, 9 h–12 h et 14 h–17 h 45, sauf jours fériés (horaires publiés pour les "
                "guichets des permis de travail)",
            ),
            "phone": "0755-8812 1678",
            "website": "https://www.sz.gov.cn/en_szgov/services/personal/employment/content/post_11247325.html",
        },
        {
            "name": _t(
                "Exit-Entry Administration hall, Shenzhen Public Security Bureau (Luohu)",
                "深圳市公安局出入境管理局罗湖办证大厅",
                "قاعة إدارة الدخول والخروج، مكتب الأمن العام في شنتشن (لوهو)",
                "Зал Управления въезда и выезда Бюро общественной безопасности Шэньчжэня (Лоху)",
                "Sala de la Administración de Entrada y Salida, Oficina de Seguridad Pública de Shenzhen (Luohu)",
                "Hall de l'administration des entrées et sorties, Bureau de la sécurité publique de Shenzhen (Luohu)",
            ),
            "services": _t(
                "Visas and residence permits, including urgent residence permits. Immigration questions: 12367, "
                "day and night, in Chinese and English.",
                "签证和居留许可，包括加急居留许可。移民管理咨询请拨12367，全天候中英文服务。",
                "التأشيرات وتصاريح الإقامة، ومنها تصاريح الإقامة العاجلة. لأسئلة الهجرة: 12367 على مدار الساعة "
                "بالصينية والإنجليزية.",
                "Визы и виды на жительство, в том числе срочные. Миграционные вопросы: 12367, круглосуточно, на "
                "китайском и английском.",
                "Visados y permisos de residencia, incluidos los urgentes. Consultas de inmigración: 12367, a "
                "cualquier hora, en chino e inglés.",
                "Visas et permis de séjour, y compris en urgence. Questions d'immigration : 12367, jour et nuit, "
                "en chinois et en anglais.",
            ),
            "address": _t(
                "Jiefang Road, Luohu District: check the official site for the current address.",
                "罗湖区解放路：最新地址请查询官方网站。",
                "طريق جيفانغ، حي لوهو: راجع الموقع الرسمي لمعرفة العنوان الحالي.",
                "Цзефан-лу, район Лоху: актуальный адрес уточняйте на официальном сайте.",
                "Jiefang Road, distrito de Luohu: consulte la dirección actual en el sitio oficial.",
                "Jiefang Road, district de Luohu : consultez le site officiel pour l'adresse actuelle.",
            ),
            "hours": _t(
                "Check the official site for current hours",
                "最新办公时间请查询官方网站",
                "راجع الموقع الرسمي لمعرفة المواعيد الحالية",
                "Актуальные часы работы уточняйте на официальном сайте",
                "Consulte el horario actual en el sitio oficial",
                "Consultez le site officiel pour les horaires actuels",
            ),
            "phone": "",
            "website": "",
        },
        {
            "name": _t(
                "Zhaoshang Sub-district services for foreigners (Shekou)",
                "招商街道外国人服务（蛇口）",
                "خدمات الأجانب في حي تشاوشانغ الفرعي (شيكو)",
                "Услуги для иностранцев подрайона Чжаошан (Шэкоу)",
                "Servicios para extranjeros del subdistrito de Zhaoshang (Shekou)",
                "Services aux étrangers du sous-district de Zhaoshang (Shekou)",
            ),
            "services": _t(
                "A work-permit station that checks originals and hands out permits after online approval, for "
                "employers in the area, and help for expatriates with registration of residence.",
                "工作许可工作站：网上审批通过后在此核验原件并发证，服务辖区用人单位；并协助外籍居民办理住宿登记。",
                "محطة لتصاريح العمل تتحقق من الأصول وتسلّم التصاريح بعد الموافقة عبر الإنترنت لجهات العمل في "
                "المنطقة، ومساعدة المغتربين في تسجيل السكن.",
                "Пункт выдачи разрешений на работу: после одобрения онлайн проверяет оригиналы и выдаёт документы "
                "работодателям района; помощь экспатам с регистрацией по месту пребывания.",
                "Un punto de permisos de trabajo que comprueba originales y entrega permisos tras la aprobación "
                "en línea, para empresas de la zona, y ayuda a expatriados con el registro de alojamiento.",
                "Un poste des permis de travail qui vérifie les originaux et remet les permis après approbation "
                "en ligne, pour les employeurs du secteur, et une aide aux expatriés pour la déclaration de résidence.",
            ),
            "address": _t(
                "Zhaoshang Sub-district, Nanshan District: check the official site for the current address.",
                "南山区招商街道：最新地址请查询官方网站。",
                "حي تشاوشانغ الفرعي، منطقة نانشان: راجع الموقع الرسمي لمعرفة العنوان الحالي.",
                "Подрайон Чжаошан, район Наньшань: актуальный адрес уточняйте на официальном сайте.",
                "Subdistrito de Zhaoshang, distrito de Nanshan: consulte la dirección actual en el sitio oficial.",
                "Sous-district de Zhaoshang, district de Nanshan : consultez le site officiel pour l'adresse actuelle.",
            ),
            "hours": _t(
                "Check the official site for current hours",
                "最新办公时间请查询官方网站",
                "راجع الموقع الرسمي لمعرفة المواعيد الحالية",
                "Актуальные часы работы уточняйте на официальном сайте",
                "Consulte el horario actual en el sitio oficial",
                "Consultez le site officiel pour les horaires actuels",
            ),
            "phone": "",
            "website": "",
        },
    ],
    "guide_section": {
        "title": _t(
            "Living in Shenzhen",
            "在深圳生活",
            "العيش في شنتشن",
            "Жизнь в Шэньчжэне",
            "Vivir en Shenzhen",
            "Vivre à Shenzhen",
        ),
        "intro": _t(
            "Practical guides for settling in Shenzhen: registration of residence, phone, bank and mobile "
            "payments, health care, schools and crossing to Hong Kong.",
            "在深圳安家的实用指南：住宿登记、手机号、银行和移动支付、医疗、入学以及往返香港。",
            "أدلة عملية للاستقرار في شنتشن: تسجيل السكن والهاتف والمصرف والدفع عبر الجوال والرعاية الصحية "
            "والمدارس والعبور إلى هونغ كونغ.",
            "Практические советы по обустройству в Шэньчжэне: регистрация, телефон, банк и мобильные платежи, "
            "медицина, школы и поездки в Гонконг.",
            "Guías prácticas para instalarse en Shenzhen: registro de alojamiento, teléfono, banco y pagos "
            "móviles, sanidad, colegios y viajes a Hong Kong.",
            "Guides pratiques pour s'installer à Shenzhen : déclaration de résidence, téléphone, banque et "
            "paiement mobile, santé, écoles et passages vers Hong Kong.",
        ),
    },
    "visa_section": {
        "last_verified": "2026-10-15",
        "sources": [
            SZ_WORK_PERMIT,
            SZ_CIVIC_RESIDENCE,
            SZ_COMBINED,
            SZ_ZHAOSHANG,
            SZ_TALENT_MEASURES,
        ],
        "title": _t(
            "Permits in Shenzhen",
            "深圳办证指南",
            "التصاريح في شنتشن",
            "Разрешения в Шэньчжэне",
            "Permisos en Shenzhen",
            "Permis à Shenzhen",
        ),
        "intro": _t(
            "How work and residence permits are handled in Shenzhen: the online platform, the Civic Center and "
            "sub-district stations. The national rules are in the national visa section.",
            "深圳如何办理工作许可和居留许可：网上平台、市民中心和街道工作站。全国性规定见全国签证栏目。",
            "كيف تُعالج تصاريح العمل والإقامة في شنتشن: المنصة الإلكترونية والمركز المدني ومحطات الأحياء "
            "الفرعية. القواعد الوطنية موجودة في قسم التأشيرات الوطني.",
            "Как в Шэньчжэне оформляют разрешение на работу и вид на жительство: онлайн-платформа, Гражданский "
            "центр и районные пункты. Общенациональные правила — в разделе о визах.",
            "Cómo se tramitan en Shenzhen los permisos de trabajo y de residencia: la plataforma en línea, el "
            "Centro Cívico y los puntos de subdistrito. Las normas nacionales están en la sección nacional de visados.",
            "Comment Shenzhen traite les permis de travail et de séjour : plateforme en ligne, Centre civique et "
            "postes de sous-district. Les règles nationales figurent dans la rubrique nationale des visas.",
        ),
    },
    "visa_resources": [
        {
            "slug": "shenzhen-work-and-residence-permits",
            "permit_type": "procedure",
            "last_verified": "2026-10-15",
            "title": _t(
                "Work and residence permits in Shenzhen: the Civic Center route",
                "深圳工作许可和居留许可：市民中心办理流程",
                "تصريحا العمل والإقامة في شنتشن: المسار عبر المركز المدني",
                "Разрешение на работу и вид на жительство в Шэньчжэне: через Гражданский центр",
                "Permisos de trabajo y de residencia en Shenzhen: la vía del Centro Cívico",
                "Permis de travail et de séjour à Shenzhen : la filière du Centre civique",
            ),
            "who_for": _t(
                "Foreign employees of Shenzhen employers applying for, renewing or changing a work permit and a "
                "work-type residence permit.",
                "受深圳用人单位聘用、申请、延期或变更工作许可和工作类居留许可的外籍员工。",
                "الموظفون الأجانب لدى جهات عمل في شنتشن ممن يطلبون تصريح عمل وتصريح إقامة للعمل أو يجددونهما أو "
                "يعدّلونهما.",
                "Иностранные сотрудники шэньчжэньских работодателей, которые оформляют, продлевают или изменяют "
                "разрешение на работу и рабочий вид на жительство.",
                "Empleados extranjeros de empresas de Shenzhen que solicitan, renuevan o modifican el permiso de "
                "trabajo y el de residencia por trabajo.",
                "Salariés étrangers d'employeurs de Shenzhen qui demandent, renouvellent ou modifient un permis "
                "de travail et un permis de séjour pour travail.",
            ),
            "eligibility": _t(
                "<p>You must meet the national conditions for a class A, B or C work permit and have a Shenzhen "
                "employer. Work permits are issued by the Science, Technology and Innovation Bureau of Shenzhen "
                "Municipality; residence permits by the Exit-Entry Administration of the Shenzhen Public Security "
                "Bureau.</p>"
                "<p>Through the city's foreigner service platform you can apply for one permit or for both "
                "together.</p>",
                "<p>须符合全国A、B、C类工作许可条件，并有深圳用人单位。工作许可由深圳市科技创新局签发，居留许可由深圳市公安局"
                "出入境管理局签发。</p>"
                "<p>通过深圳外国人服务平台，可单独申请一证，也可两证一并申请。</p>",
                "<p>يجب استيفاء الشروط الوطنية لتصريح العمل من الفئة A أو B أو C ووجود جهة عمل في شنتشن. يصدر "
                "تصريح العمل مكتب العلوم والتكنولوجيا والابتكار لبلدية شنتشن، ويصدر تصريح الإقامة قسم إدارة الدخول "
                "والخروج في مكتب الأمن العام بشنتشن.</p>"
                "<p>عبر منصة خدمات الأجانب في المدينة يمكنك طلب تصريح واحد أو التصريحين معًا.</p>",
                "<p>Нужно соответствовать общенациональным условиям для категорий A, B или C и иметь "
                "работодателя в Шэньчжэне. Разрешение на работу выдаёт Бюро по науке, технологиям и инновациям "
                "Шэньчжэня, вид на жительство — Управление въезда и выезда Бюро общественной безопасности.</p>"
                "<p>Через городскую платформу обслуживания иностранцев можно подать на один документ или на оба сразу.</p>",
                "<p>Debe cumplir las condiciones nacionales del permiso de clase A, B o C y tener una empresa en "
                "Shenzhen. El permiso de trabajo lo expide la Oficina de Ciencia, Tecnología e Innovación de "
                "Shenzhen; el de residencia, la Administración de Entrada y Salida de la Seguridad Pública.</p>"
                "<p>En la plataforma municipal para extranjeros puede pedir un permiso o los dos a la vez.</p>",
                "<p>Vous devez remplir les conditions nationales du permis de catégorie A, B ou C et avoir un "
                "employeur à Shenzhen. Le permis de travail est délivré par le Bureau des sciences, des "
                "technologies et de l'innovation de Shenzhen ; le permis de séjour par l'administration des "
                "entrées et sorties de la Sécurité publique.</p>"
                "<p>Sur la plateforme municipale de services aux étrangers, vous pouvez demander un permis ou les "
                "deux ensemble.</p>",
            ),
            "documents": DOCUMENTS,
            "steps": _by_lang(
                [
                    {
                        "title": _t(
                            "Apply online",
                            "网上申请",
                            "قدّم الطلب عبر الإنترنت",
                            "Подайте заявку онлайн",
                            "Solicítelo en línea",
                            "Déposez la demande en ligne",
                        ),
                        "text": _t(
                            "<p>File the application on the Shenzhen Foreigner Integrated Service Management "
                            "Platform, for one permit or both together, and upload the documents.</p>",
                            "<p>在深圳市外国人综合服务管理平台提交申请（可单独或两证一并申请），并上传材料。</p>",
                            "<p>قدّم الطلب على منصة شنتشن المتكاملة لخدمات الأجانب وإدارتهم، لتصريح واحد أو "
                            "للتصريحين معًا، وارفع الوثائق.</p>",
                            "<p>Подайте заявку на Шэньчжэньской интегрированной платформе обслуживания иностранцев "
                            "— на один документ или на оба — и загрузите документы.</p>",
                            "<p>Presente la solicitud en la Plataforma Integrada de Servicios para Extranjeros de "
                            "Shenzhen, para uno o ambos permisos, y suba los documentos.</p>",
                            "<p>Déposez la demande sur la plateforme intégrée de services aux étrangers de "
                            "Shenzhen, pour un permis ou les deux, et téléversez les pièces.</p>",
                        ),
                    },
                    {
                        "title": STEP_REGISTER["title"],
                        "text": _t(
                            "<p>A hotel registers you automatically. Otherwise go to the local police station with "
                            "your passport and lease; Shenzhen police also accept registration through WeChat by "
                            "scanning a QR code.</p>",
                            "<p>住酒店的由酒店登记；否则请携带护照和租房合同到当地派出所登记。深圳警方也接受通过微信扫码办理登记。</p>",
                            "<p>يسجّلك الفندق تلقائيًا. وإلا فاذهب إلى مركز الشرطة المحلي ومعك جواز السفر وعقد "
                            "الإيجار؛ وتقبل شرطة شنتشن أيضًا التسجيل عبر وي تشات بمسح رمز QR.</p>",
                            "<p>В гостинице регистрация оформляется автоматически. Иначе обратитесь в местный "
                            "участок с паспортом и договором аренды; полиция Шэньчжэня принимает и регистрацию "
                            "через WeChat по QR-коду.</p>",
                            "<p>El hotel le registra automáticamente. Si no, vaya a la comisaría local con el "
                            "pasaporte y el contrato; la policía de Shenzhen también acepta el registro por WeChat "
                            "escaneando un código QR.</p>",
                            "<p>L'hôtel vous déclare automatiquement. Sinon, rendez-vous au poste de police local "
                            "avec passeport et bail ; la police de Shenzhen accepte aussi la déclaration par "
                            "WeChat en scannant un code QR.</p>",
                        ),
                    },
                    STEP_MEDICAL,
                    {
                        "title": _t(
                            "Bring the originals for checking",
                            "携带原件核验",
                            "أحضر الأصول للتحقق منها",
                            "Принесите оригиналы на проверку",
                            "Lleve los originales para su comprobación",
                            "Présentez les originaux",
                        ),
                        "text": _t(
                            "<p>After online pre-approval you receive a text message. Take the originals to the "
                            "East Hall of the Administrative Service Hall at the Civic Center, or to a "
                            "sub-district work-permit station if one serves your employer.</p>",
                            "<p>网上预审通过后会收到短信通知。携带原件到市民中心行政服务大厅东厅，或到服务您所在单位的街道工作许可工作站。</p>",
                            "<p>بعد الموافقة المبدئية عبر الإنترنت تصلك رسالة نصية. خذ الأصول إلى القاعة الشرقية "
                            "لقاعة الخدمات الإدارية في المركز المدني، أو إلى محطة تصاريح العمل في الحي الفرعي إن "
                            "كانت تخدم جهة عملك.</p>",
                            "<p>После предварительного одобрения онлайн придёт SMS. Отнесите оригиналы в Восточный "
                            "зал административного сервисного зала Гражданского центра или в районный пункт, если "
                            "он обслуживает вашего работодателя.</p>",
                            "<p>Tras la aprobación previa en línea recibirá un SMS. Lleve los originales a la Sala "
                            "Este de la Sala de Servicios Administrativos del Centro Cívico, o al punto de "
                            "subdistrito que atienda a su empresa.</p>",
                            "<p>Après la pré-approbation en ligne, vous recevez un SMS. Apportez les originaux au "
                            "hall Est du hall des services administratifs du Centre civique, ou au poste de "
                            "sous-district qui dessert votre employeur.</p>",
                        ),
                    },
                    {
                        "title": _t(
                            "Collect your permits",
                            "领取证件",
                            "استلم تصاريحك",
                            "Получите документы",
                            "Recoja sus permisos",
                            "Retirez vos permis",
                        ),
                        "text": _t(
                            "<p>Collect them in person or choose delivery by post.</p>",
                            "<p>可现场领取，也可选择邮寄。</p>",
                            "<p>استلمها شخصيًا أو اختر التوصيل بالبريد.</p>",
                            "<p>Заберите лично или выберите доставку почтой.</p>",
                            "<p>Recójalos en persona o elija el envío por correo.</p>",
                            "<p>Retirez-les sur place ou choisissez l'envoi par la poste.</p>",
                        ),
                    },
                ]
            ),
            "processing_time": _t(
                "Work permit: 7 working days promised (20 by law). Both permits together: about 7 working days, "
                "as reported by local guides. For an urgent residence permit, ask at the Exit-Entry hall on "
                "Jiefang Road, Luohu.",
                "工作许可：承诺7个工作日（法定20个工作日）。两证一并办理：据本地指南约7个工作日。急需居留许可的，请到罗湖解放路出入境大厅咨询。",
                "تصريح العمل: يُوعد به خلال 7 أيام عمل (20 بحسب القانون). التصريحان معًا: نحو 7 أيام عمل بحسب "
                "أدلة محلية. لتصريح إقامة عاجل، اسأل في قاعة الدخول والخروج بطريق جيفانغ في لوهو.",
                "Разрешение на работу: обещано за 7 рабочих дней (по закону — до 20). Оба документа вместе: "
                "около 7 рабочих дней, по данным местных справочников. Срочный вид на жительство — в зале на "
                "Цзефан-лу в Лоху.",
                "Permiso de trabajo: 7 días hábiles prometidos (20 por ley). Ambos juntos: unos 7 días hábiles, "
                "según guías locales. Para una residencia urgente, pregunte en la sala de Jiefang Road, en Luohu.",
                "Permis de travail : 7 jours ouvrables promis (20 selon la loi). Les deux ensemble : environ "
                "7 jours ouvrables selon des guides locaux. Pour un permis de séjour urgent, voyez le hall de "
                "Jiefang Road, à Luohu.",
            ),
            "fees": FEES,
            "where_to_apply": _t(
                "<p>Work permits: windows 57–58, East Hall, Administrative Service Hall, Zone B, Civic Center, "
                "Fuzhong 3rd Road, Futian District; Monday to Friday 9:00–12:00 and 14:00–17:45; enquiries "
                "0755-8812 1678.</p>"
                "<p>Residence permits: counters for foreign employees in the same hall; urgent cases at the "
                "Exit-Entry hall on Jiefang Road, Luohu District. Some sub-districts, such as Zhaoshang in "
                "Shekou, also check originals and hand out work permits. Check current windows before you go.</p>",
                "<p>工作许可：福田区福中三路市民中心B区行政服务大厅东厅57–58号窗口；周一至周五9:00–12:00、14:00–17:45；"
                "咨询电话0755-8812 1678。</p>"
                "<p>居留许可：同一大厅设有外籍员工窗口；急件到罗湖区解放路出入境大厅办理。部分街道（如蛇口招商街道）也可核验原件"
                "并发放工作许可证。前往前请确认最新窗口信息。</p>",
                "<p>تصاريح العمل: الشباكان 57–58، القاعة الشرقية، قاعة الخدمات الإدارية، المنطقة B، المركز المدني، "
                "طريق فوتشونغ الثالث، حي فوتيان؛ من الاثنين إلى الجمعة 9:00–12:00 و14:00–17:45؛ للاستفسار "
                "0755-8812 1678.</p>"
                "<p>تصاريح الإقامة: شبابيك للموظفين الأجانب في القاعة نفسها، والحالات العاجلة في قاعة الدخول "
                "والخروج بطريق جيفانغ في حي لوهو. وتتحقق بعض الأحياء الفرعية، مثل تشاوشانغ في شيكو، من الأصول "
                "وتسلّم تصاريح العمل أيضًا. تحقق من الشبابيك الحالية قبل الذهاب.</p>",
                "<p>Разрешения на работу: окна 57–58, Восточный зал административного сервисного зала, зона B "
                "Гражданского центра, Фучжун 3-я дорога, район Футянь; пн–пт 9:00–12:00 и 14:00–17:45; справки "
                "0755-8812 1678.</p>"
                "<p>Вид на жительство: окна для иностранных сотрудников в том же зале; срочные случаи — в зале на "
                "Цзефан-лу, район Лоху. Некоторые подрайоны, например Чжаошан в Шэкоу, тоже проверяют оригиналы "
                "и выдают разрешения на работу. Перед визитом уточните актуальные окна.</p>",
                "<p>Permisos de trabajo: ventanillas 57–58, Sala Este de la Sala de Servicios Administrativos, "
                "zona B del Centro Cívico, Fuzhong 3rd Road, distrito de Futian; de lunes a viernes, 9:00–12:00 y "
                "14:00–17:45; consultas 0755-8812 1678.</p>"
                "<p>Residencia: ventanillas para empleados extranjeros en la misma sala; los casos urgentes, en "
                "la sala de Jiefang Road, distrito de Luohu. Algunos subdistritos, como Zhaoshang en Shekou, "
                "también comprueban originales y entregan permisos de trabajo. Compruebe antes las ventanillas.</p>",
                "<p>Permis de travail : guichets 57–58, hall Est du hall des services administratifs, zone B du "
                "Centre civique, Fuzhong 3rd Road, district de Futian ; du lundi au vendredi, 9 h–12 h et "
                "14 h–17 h 45 ; renseignements 0755-8812 1678.</p>"
                "<p>Permis de séjour : guichets pour salariés étrangers dans le même hall ; urgences au hall de "
                "Jiefang Road, district de Luohu. Certains sous-districts, comme Zhaoshang à Shekou, vérifient "
                "aussi les originaux et remettent les permis de travail. Vérifiez les guichets avant de vous déplacer.</p>",
            ),
            "notes": {code: PASSPORT_NOTE[code] + FEE_NOTE[code] for code in LANGS},
            "sources": [
                SZ_WORK_PERMIT,
                SZ_CIVIC_RESIDENCE,
                SZ_COMBINED,
                SZ_ZHAOSHANG,
                SZ_TALENT_MEASURES,
            ],
        }
    ],
    "housing": {
        "last_verified": "2026-12-06",
        "sources": [HOUSING_LAW],
        "title": _t(
            "Housing in Shenzhen",
            "深圳住房",
            "السكن في شنتشن",
            "Жильё в Шэньчжэне",
            "Vivienda en Shenzhen",
            "Se loger à Shenzhen",
        ),
        "intro": _t(
            "Where foreign professionals live in Shenzhen, what a one-bedroom flat typically costs, how leases "
            "work and which talent housing schemes exist.",
            "外籍专业人才在深圳住在哪里、一居室大致租金多少、租房流程如何，以及有哪些人才住房项目。",
            "أين يسكن المهنيون الأجانب في شنتشن، وكم تكلّف عادةً شقة بغرفة نوم واحدة، وكيف تجري عقود الإيجار، "
            "وما برامج سكن المواهب المتاحة.",
            "Где живут иностранные специалисты в Шэньчжэне, сколько обычно стоит однокомнатная квартира, как "
            "устроена аренда и какие есть программы жилья для талантов.",
            "Dónde viven los profesionales extranjeros en Shenzhen, cuánto cuesta un piso de un dormitorio, cómo "
            "funcionan los alquileres y qué programas de vivienda para talentos existen.",
            "Où vivent les professionnels étrangers à Shenzhen, combien coûte un deux-pièces, comment "
            "fonctionnent les baux et quels programmes de logement pour talents existent.",
        ),
        "body": _housing_body(
            _t(
                '<p>In Shenzhen, many young workers rent in "urban villages" for lower rents: check building '
                "safety and that the landlord can help you register. Talent housing and subsidised rental housing "
                "are allocated through employers or district platforms.</p>",
                "<p>在深圳，不少年轻人为节省房租住在城中村：请留意楼栋安全，并确认房东能配合办理住宿登记。人才住房和保障性租赁住房"
                "通过用人单位或区级平台分配。</p>",
                "<p>في شنتشن يستأجر كثير من الشباب في «القرى الحضرية» لانخفاض الإيجار: تحقق من سلامة المبنى ومن أن "
                "المالك يستطيع مساعدتك في التسجيل. ويُوزَّع سكن المواهب والسكن المدعوم للإيجار عن طريق جهات العمل "
                "أو منصات الأحياء.</p>",
                "<p>В Шэньчжэне многие молодые сотрудники снимают жильё в «городских деревнях», где дешевле: "
                "проверьте безопасность здания и то, что хозяин поможет с регистрацией. Жильё для специалистов и "
                "субсидируемое арендное жильё распределяют через работодателей или районные платформы.</p>",
                "<p>En Shenzhen muchos jóvenes alquilan en «aldeas urbanas» por precios más bajos: compruebe la "
                "seguridad del edificio y que el propietario pueda ayudarle con el registro. La vivienda para "
                "talentos y la subvencionada se asignan a través de empresas o plataformas de distrito.</p>",
                "<p>À Shenzhen, beaucoup de jeunes louent dans des « villages urbains » pour des loyers plus bas : "
                "vérifiez la sécurité de l'immeuble et que le propriétaire peut vous aider à vous déclarer. Les "
                "logements pour talents et les logements locatifs aidés sont attribués via les employeurs ou les "
                "plateformes de district.</p>",
            )
        ),
        "neighbourhoods": [
            {
                "slug": "shekou",
                "title": _t(
                    "Shekou (Nanshan)",
                    "蛇口（南山）",
                    "شيكو (نانشان)",
                    "Шэкоу (Наньшань)",
                    "Shekou (Nanshan)",
                    "Shekou (Nanshan)",
                ),
                "district": "Nanshan",
                "summary": _t(
                    "Shenzhen's oldest international community, by the sea in Nanshan: parks, restaurants, "
                    "international schools and quick links to Hong Kong.",
                    "深圳最早的国际社区，位于南山海边：公园、餐厅、国际学校齐全，往返香港便捷。",
                    "أقدم مجتمع دولي في شنتشن، على البحر في نانشان: حدائق ومطاعم ومدارس دولية ومواصلات سريعة إلى "
                    "هونغ كونغ.",
                    "Старейшее международное сообщество Шэньчжэня у моря в Наньшане: парки, рестораны, "
                    "международные школы и быстрая дорога в Гонконг.",
                    "La comunidad internacional más antigua de Shenzhen, junto al mar en Nanshan: parques, "
                    "restaurantes, colegios internacionales y enlaces rápidos con Hong Kong.",
                    "La plus ancienne communauté internationale de Shenzhen, en bord de mer à Nanshan : parcs, "
                    "restaurants, écoles internationales et liaisons rapides avec Hong Kong.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Shekou grew around the port and the oil companies that arrived in the early 1980s, and "
                        "it still has the city's largest foreign community. Housing is mostly apartment compounds, "
                        "several with many foreign tenants. Zhaoshang Sub-district runs services for foreigners, "
                        "including a work-permit station.</p>",
                        "<p>蛇口随着港口和20世纪80年代初到来的石油公司发展起来，至今仍是深圳外籍人士最集中的地方。住房以公寓小区为主，"
                        "有些小区外籍租户很多。招商街道为外籍人士提供服务，包括工作许可工作站。</p>",
                        "<p>نشأت شيكو حول الميناء وشركات النفط التي وصلت في أوائل الثمانينيات، وما زالت تضم أكبر "
                        "جالية أجنبية في المدينة. السكن في الغالب مجمعات شقق، وفي بعضها مستأجرون أجانب كثيرون. ويقدّم "
                        "حي تشاوشانغ الفرعي خدمات للأجانب، منها محطة لتصاريح العمل.</p>",
                        "<p>Шэкоу вырос вокруг порта и нефтяных компаний, пришедших в начале 1980-х, и до сих пор здесь "
                        "крупнейшая иностранная община города. Жильё — в основном жилые комплексы, в некоторых много "
                        "иностранцев. Подрайон Чжаошан оказывает услуги иностранцам, в том числе выдаёт разрешения на работу.</p>",
                        "<p>Shekou creció en torno al puerto y a las petroleras llegadas a principios de los ochenta, "
                        "y sigue teniendo la mayor comunidad extranjera de la ciudad. La vivienda son sobre todo "
                        "urbanizaciones de pisos, varias con muchos inquilinos extranjeros. El subdistrito de "
                        "Zhaoshang ofrece servicios a extranjeros, incluido un punto de permisos de trabajo.</p>",
                        "<p>Shekou s'est développé autour du port et des compagnies pétrolières arrivées au début des "
                        "années 1980, et compte toujours la plus grande communauté étrangère de la ville. On y trouve "
                        "surtout des résidences d'appartements, dont plusieurs très prisées des étrangers. Le "
                        "sous-district de Zhaoshang propose des services aux étrangers, dont un poste des permis de travail.</p>",
                    )
                ),
                "rent_min": 5000,
                "rent_max": 12000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for central Nanshan and Futian from a rental guide; confirm "
                    "current prices with agents.",
                    "南山、福田中心区一居室参考区间，来自租房指南；实际价格请向中介确认。",
                    "نطاق إرشادي لشقة بغرفة نوم في وسط نانشان وفوتيان من دليل إيجار؛ تأكد من الأسعار الحالية لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры в центре Наньшаня и Футяня по справочнику; "
                    "актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en el centro de Nanshan y Futian según una guía; "
                    "confirme los precios con agencias.",
                    "Fourchette indicative pour un deux-pièces au centre de Nanshan et Futian, d'après un guide ; "
                    "vérifiez les prix auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Shenzhen Bay Port (to Hong Kong)",
                                "深圳湾口岸（往香港）",
                                "منفذ خليج شنتشن (إلى هونغ كونغ)",
                                "Погранпереход Шэньчжэньский залив (в Гонконг)",
                                "Paso de la Bahía de Shenzhen (a Hong Kong)",
                                "Poste frontière de la baie de Shenzhen (vers Hong Kong)",
                            ),
                            15,
                            CAR,
                        ),
                        (
                            _t("Qianhai", "前海", "تشيانهاي", "Цяньхай", "Qianhai", "Qianhai"),
                            20,
                            METRO,
                        ),
                        (
                            _t(
                                "Nanshan Science and Technology Park",
                                "南山科技园",
                                "مجمع نانشان للعلوم والتكنولوجيا",
                                "Наньшаньский научно-технологический парк",
                                "Parque Científico de Nanshan",
                                "Parc scientifique de Nanshan",
                            ),
                            25,
                            METRO,
                        ),
                        (
                            _t(
                                "Futian CBD",
                                "福田中心区",
                                "الحي التجاري المركزي في فوتيان",
                                "Деловой район Футянь",
                                "CBD de Futian",
                                "CBD de Futian",
                            ),
                            40,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>Shekou International School (SIS)</li><li>QSI International School of Shenzhen</li></ul>"
                    "<p>Several other international schools are in the area: check campuses and admissions with "
                    "each school.</p>",
                    "<ul><li>蛇口国际学校（SIS）</li><li>深圳QSI国际学校</li></ul>"
                    "<p>周边还有其他国际学校，校区和招生情况请向各校确认。</p>",
                    "<ul><li>مدرسة شيكو الدولية (SIS)</li><li>مدرسة QSI الدولية في شنتشن</li></ul>"
                    "<p>توجد مدارس دولية أخرى في المنطقة: تحقق من الفروع والقبول لدى كل مدرسة.</p>",
                    "<ul><li>Shekou International School (SIS)</li><li>QSI International School of Shenzhen</li></ul>"
                    "<p>В районе есть и другие международные школы: кампусы и условия приёма уточняйте в каждой.</p>",
                    "<ul><li>Shekou International School (SIS)</li><li>QSI International School of Shenzhen</li></ul>"
                    "<p>Hay otros colegios internacionales en la zona: confirme campus y admisiones con cada uno.</p>",
                    "<ul><li>Shekou International School (SIS)</li><li>QSI International School of Shenzhen</li></ul>"
                    "<p>D'autres écoles internationales sont dans le secteur : vérifiez campus et admissions "
                    "auprès de chacune.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "International communities: Shekou",
                        "https://www.eyeshenzhen.com/content/2018-04/08/content_18831771.htm",
                        "EyeShenzhen",
                        "2026-10-20",
                    ),
                    _src(
                        "China housing: typical rents by city",
                        "https://richbay.org/china/housing/",
                        "Richbay",
                        "2026-10-20",
                    ),
                    _src(
                        "Shenzhen to build one more international school",
                        "https://sz2011.org/2009/06/07/shenzhen-to-build-one-more-international-school",
                        "Shenzhen Daily (archived)",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "futian-centre",
                "title": _t(
                    "Futian Centre",
                    "福田中心区",
                    "وسط فوتيان",
                    "Центр Футяня",
                    "Centro de Futian",
                    "Centre de Futian",
                ),
                "district": "Futian",
                "summary": _t(
                    "Shenzhen's administrative and financial centre: the Civic Center, the CBD, large parks and "
                    "metro hubs, close to the Futian and Huanggang border crossings.",
                    "深圳的行政和金融中心：市民中心、CBD、大型公园和地铁枢纽，靠近福田口岸和皇岗口岸。",
                    "المركز الإداري والمالي لشنتشن: المركز المدني والحي التجاري المركزي وحدائق كبيرة ومحطات مترو "
                    "رئيسية، قرب منفذي فوتيان وهوانغقانغ.",
                    "Административный и финансовый центр Шэньчжэня: Гражданский центр, деловой район, большие "
                    "парки и узлы метро рядом с переходами Футянь и Хуанган.",
                    "El centro administrativo y financiero de Shenzhen: el Centro Cívico, el CBD, grandes parques "
                    "y nudos de metro, cerca de los pasos de Futian y Huanggang.",
                    "Le centre administratif et financier de Shenzhen : Centre civique, CBD, grands parcs et nœuds "
                    "de métro, près des passages de Futian et Huanggang.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Futian combines office towers, government services (the Civic Center hall handles work "
                        "and residence permits) and green space such as Lianhuashan Park. It suits people working in "
                        "finance or travelling often to Hong Kong.</p>",
                        "<p>福田集写字楼、政务服务（市民中心大厅受理工作许可和居留许可）和莲花山公园等绿地于一体，"
                        "适合在金融业工作或经常往返香港的人。</p>",
                        "<p>تجمع فوتيان أبراج المكاتب والخدمات الحكومية (تعالج قاعة المركز المدني تصاريح العمل "
                        "والإقامة) والمساحات الخضراء مثل حديقة ليانهواشان. وتناسب العاملين في المال ومن يسافرون كثيرًا "
                        "إلى هونغ كونغ.</p>",
                        "<p>Футянь — это офисные башни, госуслуги (зал Гражданского центра оформляет разрешения на "
                        "работу и виды на жительство) и зелень, например парк Ляньхуашань. Подходит тем, кто работает "
                        "в финансах или часто ездит в Гонконг.</p>",
                        "<p>Futian combina torres de oficinas, servicios públicos (la sala del Centro Cívico tramita "
                        "los permisos de trabajo y residencia) y zonas verdes como el parque Lianhuashan. Conviene a "
                        "quienes trabajan en finanzas o viajan a menudo a Hong Kong.</p>",
                        "<p>Futian associe tours de bureaux, services publics (le hall du Centre civique traite "
                        "permis de travail et de séjour) et espaces verts comme le parc Lianhuashan. Il convient à "
                        "ceux qui travaillent dans la finance ou vont souvent à Hong Kong.</p>",
                    )
                ),
                "rent_min": 5000,
                "rent_max": 12000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for central Nanshan and Futian from a rental guide; confirm "
                    "current prices with agents.",
                    "南山、福田中心区一居室参考区间，来自租房指南；实际价格请向中介确认。",
                    "نطاق إرشادي لشقة بغرفة نوم في وسط نانشان وفوتيان من دليل إيجار؛ تأكد من الأسعار الحالية لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры в центре Наньшаня и Футяня по справочнику; "
                    "актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en el centro de Nanshan y Futian según una guía; "
                    "confirme los precios con agencias.",
                    "Fourchette indicative pour un deux-pièces au centre de Nanshan et Futian, d'après un guide ; "
                    "vérifiez les prix auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t(
                                "Futian CBD",
                                "福田中心区",
                                "الحي التجاري المركزي في فوتيان",
                                "Деловой район Футянь",
                                "CBD de Futian",
                                "CBD de Futian",
                            ),
                            10,
                            METRO,
                        ),
                        (
                            _t(
                                "Hetao cooperation zone",
                                "河套合作区",
                                "منطقة خيتاو للتعاون",
                                "Зона сотрудничества Хэтао",
                                "Zona de cooperación de Hetao",
                                "Zone de coopération de Hetao",
                            ),
                            20,
                            METRO,
                        ),
                        (
                            _t(
                                "Nanshan Science and Technology Park",
                                "南山科技园",
                                "مجمع نانشان للعلوم والتكنولوجيا",
                                "Наньшаньский научно-технологический парк",
                                "Parque Científico de Nanshan",
                                "Parc scientifique de Nanshan",
                            ),
                            30,
                            METRO,
                        ),
                        (
                            _t("Qianhai", "前海", "تشيانهاي", "Цяньхай", "Qianhai", "Qianhai"),
                            30,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<ul><li>Green Oasis School (Tianmian, Futian)</li></ul>"
                    "<p>Many families also use schools in Shekou. Check campuses and admissions with each school.</p>",
                    "<ul><li>城市绿洲学校（福田田面）</li></ul>"
                    "<p>许多家庭也会选择蛇口的学校。校区和招生情况请向各校确认。</p>",
                    "<ul><li>مدرسة غرين أوايسس (تيانميان، فوتيان)</li></ul>"
                    "<p>تستخدم عائلات كثيرة أيضًا مدارس شيكو. تحقق من الفروع والقبول لدى كل مدرسة.</p>",
                    "<ul><li>Green Oasis School (Тяньмянь, Футянь)</li></ul>"
                    "<p>Многие семьи выбирают и школы в Шэкоу. Кампусы и условия приёма уточняйте в каждой школе.</p>",
                    "<ul><li>Green Oasis School (Tianmian, Futian)</li></ul>"
                    "<p>Muchas familias usan también colegios de Shekou. Confirme campus y admisiones con cada colegio.</p>",
                    "<ul><li>Green Oasis School (Tianmian, Futian)</li></ul>"
                    "<p>Beaucoup de familles choisissent aussi des écoles de Shekou. Vérifiez campus et admissions "
                    "auprès de chaque école.</p>",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "China housing: typical rents by city",
                        "https://richbay.org/china/housing/",
                        "Richbay",
                        "2026-10-20",
                    ),
                    _src(
                        "Green Oasis School",
                        "https://alchetron.com/Green-Oasis-School",
                        "Alchetron",
                        "2026-10-20",
                    ),
                    SZ_WORK_PERMIT | {"verified_on": "2026-10-20"},
                ],
            },
            {
                "slug": "baoan-centre",
                "title": _t(
                    "Bao'an Centre (Xin'an)",
                    "宝安中心区（新安）",
                    "وسط باوآن (شينآن)",
                    "Центр Баоаня (Синьань)",
                    "Centro de Bao'an (Xin'an)",
                    "Centre de Bao'an (Xin'an)",
                ),
                "district": "Bao'an",
                "summary": _t(
                    "Newer residential area west of Nanshan, near Qianhai and the airport, with lower rents than "
                    "Shekou or Futian and fast-growing services.",
                    "南山以西的新兴居住区，靠近前海和机场，租金低于蛇口和福田，配套发展迅速。",
                    "منطقة سكنية أحدث غرب نانشان، قرب تشيانهاي والمطار، بإيجارات أقل من شيكو أو فوتيان وخدمات "
                    "تنمو بسرعة.",
                    "Более новый жилой район к западу от Наньшаня, рядом с Цяньхаем и аэропортом: аренда ниже, "
                    "чем в Шэкоу или Футяне, инфраструктура быстро растёт.",
                    "Zona residencial más nueva al oeste de Nanshan, cerca de Qianhai y del aeropuerto, con "
                    "alquileres más bajos que en Shekou o Futian y servicios en rápido crecimiento.",
                    "Quartier résidentiel plus récent à l'ouest de Nanshan, près de Qianhai et de l'aéroport, aux "
                    "loyers plus bas qu'à Shekou ou Futian et aux services en plein essor.",
                ),
                "description": _with_commute_note(
                    _t(
                        "<p>Bao'an Centre, around Xin'an, has newer high-rise compounds, malls and seaside parks, and "
                        "is close to Qianhai and Shenzhen Bao'an International Airport. It has fewer foreign "
                        "residents than Shekou, so English-language services are thinner.</p>",
                        "<p>宝安中心区位于新安一带，有较新的高层小区、商场和滨海公园，靠近前海和深圳宝安国际机场。外籍居民少于蛇口，"
                        "英语服务相对较少。</p>",
                        "<p>يضم وسط باوآن، حول شينآن، مجمعات شاهقة أحدث ومراكز تسوق وحدائق ساحلية، وهو قريب من "
                        "تشيانهاي ومطار شنتشن باوآن الدولي. عدد المقيمين الأجانب فيه أقل من شيكو، فالخدمات "
                        "بالإنجليزية أقل.</p>",
                        "<p>В центре Баоаня, вокруг Синьаня, — новые высотные комплексы, торговые центры и приморские "
                        "парки; рядом Цяньхай и международный аэропорт Баоань. Иностранцев меньше, чем в Шэкоу, "
                        "поэтому услуг на английском тоже меньше.</p>",
                        "<p>El centro de Bao'an, en torno a Xin'an, tiene torres de viviendas más nuevas, centros "
                        "comerciales y parques junto al mar, y está cerca de Qianhai y del aeropuerto internacional "
                        "de Bao'an. Hay menos residentes extranjeros que en Shekou, así que hay menos servicios en inglés.</p>",
                        "<p>Le centre de Bao'an, autour de Xin'an, offre des tours récentes, des centres commerciaux "
                        "et des parcs en bord de mer, près de Qianhai et de l'aéroport international de Bao'an. Les "
                        "étrangers y sont moins nombreux qu'à Shekou, donc les services en anglais aussi.</p>",
                    )
                ),
                "rent_min": 3000,
                "rent_max": 7000,
                "rent_is_estimate": True,
                "rent_note": _t(
                    "Indicative one-bedroom range for Bao'an and Longhua from a rental guide; confirm current "
                    "prices with agents.",
                    "宝安、龙华一居室参考区间，来自租房指南；实际价格请向中介确认。",
                    "نطاق إرشادي لشقة بغرفة نوم في باوآن ولونغهوا من دليل إيجار؛ تأكد من الأسعار الحالية لدى الوسطاء.",
                    "Ориентировочный диапазон для однокомнатной квартиры в Баоане и Лунхуа по справочнику; "
                    "актуальные цены уточняйте у агентов.",
                    "Rango orientativo para un dormitorio en Bao'an y Longhua según una guía; confirme los precios "
                    "con agencias.",
                    "Fourchette indicative pour un deux-pièces à Bao'an et Longhua, d'après un guide ; vérifiez "
                    "les prix auprès des agences.",
                ),
                "commutes": _commutes(
                    [
                        (
                            _t("Qianhai", "前海", "تشيانهاي", "Цяньхай", "Qianhai", "Qianhai"),
                            15,
                            METRO,
                        ),
                        (
                            _t(
                                "Shenzhen Bao'an International Airport",
                                "深圳宝安国际机场",
                                "مطار شنتشن باوآن الدولي",
                                "Международный аэропорт Шэньчжэнь Баоань",
                                "Aeropuerto Internacional de Shenzhen Bao'an",
                                "Aéroport international de Shenzhen Bao'an",
                            ),
                            25,
                            METRO,
                        ),
                        (
                            _t(
                                "Nanshan Science and Technology Park",
                                "南山科技园",
                                "مجمع نانشان للعلوم والتكنولوجيا",
                                "Наньшаньский научно-технологический парк",
                                "Parque Científico de Nanshan",
                                "Parc scientifique de Nanshan",
                            ),
                            30,
                            METRO,
                        ),
                        (
                            _t(
                                "Futian CBD",
                                "福田中心区",
                                "الحي التجاري المركزي في فوتيان",
                                "Деловой район Футянь",
                                "CBD de Futian",
                                "CBD de Futian",
                            ),
                            40,
                            METRO,
                        ),
                    ]
                ),
                "schools_nearby": _t(
                    "<p>Shenzhen American International School has a secondary campus in Hangcheng, Bao'an. Many "
                    "families also use schools in Shekou. Check campuses and admissions with each school.</p>",
                    "<p>深圳美国国际学校在宝安航城设有中学校区。许多家庭也会选择蛇口的学校。校区和招生情况请向各校确认。</p>",
                    "<p>لمدرسة شنتشن الأمريكية الدولية فرع للمرحلة الثانوية في هانغتشنغ بباوآن، وتستخدم عائلات "
                    "كثيرة أيضًا مدارس شيكو. تحقق من الفروع والقبول لدى كل مدرسة.</p>",
                    "<p>У Shenzhen American International School есть кампус для средней и старшей школы в "
                    "Ханчэне (Баоань). Многие семьи выбирают и школы в Шэкоу. Кампусы и приём уточняйте в школах.</p>",
                    "<p>Shenzhen American International School tiene un campus de secundaria en Hangcheng, Bao'an. "
                    "Muchas familias usan también colegios de Shekou. Confirme campus y admisiones con cada colegio.</p>",
                    "<p>Shenzhen American International School a un campus secondaire à Hangcheng, Bao'an. "
                    "Beaucoup de familles choisissent aussi des écoles de Shekou. Vérifiez campus et admissions.</p>",
                ),
                # Deliberately older than the 180-day review window: the stale-facts report lists it.
                "last_verified": "2026-04-10",
                "sources": [
                    _src(
                        "China housing: typical rents by city",
                        "https://richbay.org/china/housing/",
                        "Richbay",
                        "2026-04-10",
                    ),
                    _src(
                        "American-curriculum international schools in Shenzhen compared",
                        "https://join.doris.school/international-schools/china/shenzhen/american-curriculum/compare",
                        "Doris",
                        "2026-04-10",
                    ),
                ],
            },
        ],
        "apartments": [
            {
                "slug": "qianhai-talent-housing",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_QIANHAI,
                "title": _t(
                    "Qianhai talent housing",
                    "前海人才住房",
                    "سكن المواهب في تشيانهاي",
                    "Жильё для талантов в Цяньхае",
                    "Vivienda para talentos de Qianhai",
                    "Logements pour talents de Qianhai",
                ),
                "district": "Nanshan (Qianhai)",
                "summary": _t(
                    "Low-rent flats the Qianhai Authority offers to local and foreign talent working for Qianhai "
                    "employers; earlier batches were 35–50 m². Rent shown is computed from the 2018 benchmark "
                    "(RMB 32 per m² a month): indicative, confirm with the operator.",
                    "前海管理局向在前海单位工作的境内外人才提供的低租金住房，早期批次为35–50平方米。所列租金按2018年"
                    "基准租金（每月每平方米32元）推算，仅供参考，请向运营方确认。",
                    "شقق منخفضة الإيجار تقدّمها هيئة تشيانهاي للمواهب المحلية والأجنبية العاملة لدى جهات عمل في "
                    "تشيانهاي، وكانت الدفعات الأولى بمساحة 35–50 م². الإيجار محسوب من سعر الأساس لعام 2018 (32 يوانًا "
                    "للمتر المربع شهريًا): إرشادي، تأكد لدى الجهة المشغّلة.",
                    "Недорогие квартиры, которые администрация Цяньхая предлагает местным и иностранным "
                    "специалистам работодателей Цяньхая; ранние партии — 35–50 м². Аренда рассчитана по базовой "
                    "ставке 2018 года (32 юаня за м² в месяц): ориентир, уточните у оператора.",
                    "Pisos de alquiler bajo que la Autoridad de Qianhai ofrece a talento local y extranjero de "
                    "empresas de Qianhai; los primeros lotes eran de 35–50 m². El alquiler se calcula con la "
                    "referencia de 2018 (32 RMB por m² al mes): orientativo, confírmelo con el operador.",
                    "Logements à loyer modéré que l'autorité de Qianhai propose aux talents locaux et étrangers des "
                    "employeurs de Qianhai ; les premiers lots faisaient 35 à 50 m². Loyer calculé sur la base 2018 "
                    "(32 RMB par m² et par mois) : indicatif, à confirmer auprès de l'exploitant.",
                ),
                "rent_min": 1120,
                "rent_max": 1600,
                "size_min": 35,
                "size_max": 50,
                "eligibility": _t(
                    "<p>In the 2018 round: companies registered or operating in Qianhai that undertook to stay for "
                    "the next two years, institutions providing public services for Qianhai, and high-calibre "
                    "talent filling skill shortages, including foreigners. Applicants were ranked by category. "
                    "Check the current round's rules.</p>",
                    "<p>2018年批次的申请对象：在前海注册或经营并承诺未来两年留在前海的企业、为前海发展提供公共服务的机构，"
                    "以及紧缺的高层次人才（含外籍人才）。申请人按类别排序。请核实当期规定。</p>",
                    "<p>في جولة 2018: الشركات المسجلة أو العاملة في تشيانهاي التي تعهدت بالبقاء فيها عامين، "
                    "والمؤسسات التي تقدّم خدمات عامة لتشيانهاي، والمواهب رفيعة المستوى التي تسد نقص المهارات، ومنها "
                    "الأجانب. رُتّب المتقدمون حسب الفئة. تحقق من قواعد الجولة الحالية.</p>",
                    "<p>В раунде 2018 года: компании, зарегистрированные или работающие в Цяньхае и обязавшиеся "
                    "остаться на два года, организации, оказывающие Цяньхаю общественные услуги, и "
                    "высококвалифицированные специалисты дефицитных профессий, включая иностранцев. Заявителей "
                    "ранжировали по категориям. Проверьте правила текущего раунда.</p>",
                    "<p>En la convocatoria de 2018: empresas registradas u operativas en Qianhai que se "
                    "comprometían a seguir allí dos años, instituciones que prestan servicios públicos a Qianhai y "
                    "talento de alto nivel en oficios escasos, extranjeros incluidos. Se ordenó a los solicitantes "
                    "por categoría. Compruebe las reglas de la convocatoria actual.</p>",
                    "<p>Lors de la campagne 2018 : entreprises immatriculées ou actives à Qianhai s'engageant à y "
                    "rester deux ans, institutions de service public pour Qianhai et talents de haut niveau dans des "
                    "métiers en pénurie, étrangers compris. Les candidats étaient classés par catégorie. Vérifiez "
                    "les règles de la campagne en cours.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Employers apply online for their staff during an application round. A property management "
                    "fee is added (RMB 3.2 per m² a month in 2018).</p>",
                    "<p>由用人单位在申请期内为员工在线申请。另收物业管理费（2018年为每月每平方米3.2元）。</p>",
                    "<p>تتقدم جهات العمل عبر الإنترنت لموظفيها خلال فترة التقديم. وتُضاف رسوم إدارة العقار "
                    "(3.2 يوان للمتر المربع شهريًا في 2018).</p>",
                    "<p>Работодатели подают заявки онлайн за своих сотрудников в период приёма. Добавляется плата за "
                    "управление домом (3,2 юаня за м² в месяц в 2018 году).</p>",
                    "<p>Las empresas lo solicitan en línea para su personal durante la convocatoria. Se añade una "
                    "cuota de administración (3,2 RMB por m² al mes en 2018).</p>",
                    "<p>Les employeurs postulent en ligne pour leurs salariés pendant la campagne. Des charges de "
                    "gestion s'ajoutent (3,2 RMB par m² et par mois en 2018).</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#03045e", "#48cae4"],
                "image_alt": _t(
                    "Abstract illustration of small apartment towers on a waterfront under a blue sky",
                    "抽象插画：蓝天下滨水区的小型公寓楼",
                    "رسم تجريدي لأبراج سكنية صغيرة على الواجهة البحرية تحت سماء زرقاء",
                    "Абстрактная иллюстрация: небольшие жилые башни на набережной под голубым небом",
                    "Ilustración abstracta de pequeñas torres de viviendas frente al mar bajo un cielo azul",
                    "Illustration abstraite de petites tours d'habitation en front de mer sous un ciel bleu",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Notice on housing normalisation and application for low-rent housing for talents in the Qianhai Co-operation Zone",
                        "https://www.bayarea.gov.hk/en/resource/mainland-policies-measures-20180820.html",
                        "Constitutional and Mainland Affairs Bureau, Hong Kong SAR Government",
                        "2026-10-20",
                    ),
                    _src(
                        "Qianhai buys 770 business apartments for talents",
                        "https://qh.sz.gov.cn/en/What_is_/What_is_News_Promotion_Event/content/post_10538608.html",
                        "Qianhai Authority",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "shenzhen-talent-housing-group",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Shenzhen Talent Housing Group flats",
                    "深圳市人才安居集团人才住房",
                    "شقق مجموعة شنتشن لإسكان المواهب",
                    "Квартиры Шэньчжэньской группы жилья для талантов",
                    "Pisos del Grupo de Vivienda para Talentos de Shenzhen",
                    "Logements du groupe Shenzhen Talent Housing",
                ),
                "district": "Citywide",
                "summary": _with_estimate(
                    _t(
                        "Talent housing built and run by a company the Shenzhen government set up in 2016, mostly "
                        "flats under 90 m²; a 2018 draft policy set rents at about 60% of nearby market rents.",
                        "由深圳市政府2016年组建的企业建设运营的人才住房，以90平方米以下户型为主；2018年的征求意见稿规定租金约为"
                        "周边市场租金的60%。",
                        "سكن للمواهب تبنيه وتديره شركة أسستها حكومة شنتشن عام 2016، وأغلبه شقق أقل من 90 م²؛ وحددت "
                        "مسودة سياسة عام 2018 الإيجار بنحو 60% من إيجارات السوق المجاورة.",
                        "Жильё для специалистов, которое строит и обслуживает компания, созданная правительством "
                        "Шэньчжэня в 2016 году; в основном квартиры до 90 м². Проект правил 2018 года устанавливал "
                        "аренду около 60% от рыночной по соседству.",
                        "Vivienda para talentos de una empresa creada por el gobierno de Shenzhen en 2016, sobre todo "
                        "pisos de menos de 90 m²; un borrador de 2018 fijaba el alquiler en torno al 60% del mercado cercano.",
                        "Logements pour talents construits et gérés par une société créée par la ville en 2016, "
                        "surtout de moins de 90 m² ; un projet de règles de 2018 fixait le loyer à environ 60 % du "
                        "marché voisin.",
                    )
                ),
                "rent_min": 2000,
                "rent_max": 4500,
                "size_min": 35,
                "size_max": 90,
                "eligibility": _t(
                    "<p>Under the draft rules, tenants need a Shenzhen household registration or a valid "
                    "residence document, must pay Shenzhen social insurance and must not own a home in the city. "
                    "How this applies to foreign employees is not stated in the sources: ask your employer.</p>",
                    "<p>根据征求意见稿，承租人须有深圳户籍或有效居住证件，在深圳缴纳社会保险，且在深圳无自有住房。来源未说明对外籍员工"
                    "如何适用，请向用人单位咨询。</p>",
                    "<p>بحسب مسودة القواعد، يجب أن يكون لدى المستأجر تسجيل أسرة في شنتشن أو وثيقة إقامة سارية، وأن "
                    "يدفع التأمين الاجتماعي في شنتشن، وألا يملك مسكنًا في المدينة. لم توضح المصادر كيف ينطبق ذلك على "
                    "الموظفين الأجانب: اسأل جهة عملك.</p>",
                    "<p>По проекту правил арендатору нужны шэньчжэньская прописка или действующий документ о "
                    "проживании, уплата социального страхования в Шэньчжэне и отсутствие собственного жилья в "
                    "городе. Как это применяется к иностранцам, в источниках не указано — спросите работодателя.</p>",
                    "<p>Según el borrador, el inquilino necesita empadronamiento (hukou) en Shenzhen o un documento "
                    "de residencia válido, cotizar a la seguridad social de Shenzhen y no tener vivienda en la "
                    "ciudad. Las fuentes no aclaran cómo se aplica a extranjeros: pregunte a su empresa.</p>",
                    "<p>Selon le projet de règles, le locataire doit avoir un hukou de Shenzhen ou un titre de "
                    "résidence valide, cotiser à la sécurité sociale de Shenzhen et ne posséder aucun logement en "
                    "ville. Les sources ne précisent pas le cas des étrangers : renseignez-vous auprès de votre employeur.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Flats are usually allocated through employers and district housing authorities. Ask HR "
                    "about current projects and application rounds.</p>",
                    "<p>房源一般通过用人单位和区住房主管部门分配。请向人力资源部门了解当前项目和申请批次。</p>",
                    "<p>تُوزَّع الشقق عادةً عن طريق جهات العمل وسلطات الإسكان في الأحياء. اسأل الموارد البشرية عن "
                    "المشاريع وفترات التقديم الحالية.</p>",
                    "<p>Квартиры обычно распределяют через работодателей и районные жилищные органы. Узнайте в отделе "
                    "кадров о текущих проектах и сроках подачи.</p>",
                    "<p>Los pisos suelen asignarse a través de las empresas y de las autoridades de vivienda de "
                    "distrito. Pregunte a RR. HH. por los proyectos y convocatorias actuales.</p>",
                    "<p>Les logements sont en général attribués via les employeurs et les services du logement des "
                    "districts. Demandez aux RH les programmes et campagnes en cours.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#2b2d42", "#ef233c"],
                "image_alt": _t(
                    "Abstract illustration of a cluster of new high-rise apartments at dusk with red accents",
                    "抽象插画：黄昏时带红色点缀的新建高层公寓群",
                    "رسم تجريدي لمجموعة أبراج سكنية جديدة عند الغسق بلمسات حمراء",
                    "Абстрактная иллюстрация: группа новых высотных жилых домов в сумерках с красными акцентами",
                    "Ilustración abstracta de un conjunto de torres de viviendas nuevas al anochecer con toques rojos",
                    "Illustration abstraite d'un ensemble de tours d'habitation neuves au crépuscule, touches de rouge",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Shenzhen hopes to retain talent with housing project",
                        "https://asiatimes.com/2018/03/shenzhen-hopes-retain-talent-housing-project/",
                        "Asia Times",
                        "2026-10-20",
                    ),
                    _src(
                        "Shenzhen to lure talent with 40% housing discount",
                        "https://www.asiatimes.com/2018/06/article/shenzhen-to-lure-talent-with-40-housing-discount/",
                        "Asia Times",
                        "2026-10-20",
                    ),
                    _src(
                        "Shenzhen to launch housing reform to attract talents",
                        "https://www.macauinc.com/shenzhen-to-launch-housing-reform-to-attract-talents-en/",
                        "Macau Business (macauinc.com)",
                        "2026-10-20",
                    ),
                ],
            },
            {
                "slug": "shenzhen-subsidised-rental-housing",
                "figures_are_estimates": True,
                "estimate_method": ESTIMATE_GENERIC,
                "title": _t(
                    "Government-subsidised rental housing",
                    "保障性租赁住房",
                    "السكن المدعوم حكوميًا للإيجار",
                    "Субсидируемое государством арендное жильё",
                    "Vivienda de alquiler subvencionada",
                    "Logements locatifs aidés",
                ),
                "district": "Citywide (by district)",
                "summary": _with_estimate(
                    _t(
                        "Small flats for new residents and young people, let below market rent via district "
                        "platforms. A 2024 draft capped private units at 90% of market rent; a 2025 report puts "
                        "public units at about half.",
                        "面向新市民和青年人的小户型住房，通过各区平台以低于市场价出租。2024年征求意见稿规定社会类房源租金不高于市场价的90%；"
                        "2025年的报道称公共房源约为市场价一半。",
                        "شقق صغيرة للمقيمين الجدد والشباب تؤجَّر بأقل من سعر السوق عبر منصات الأحياء. حددت مسودة 2024 "
                        "سقف الوحدات الخاصة عند 90% من إيجار السوق، ويذكر تقرير لعام 2025 أن الوحدات العامة بنحو النصف.",
                        "Небольшие квартиры для новых жителей и молодёжи ниже рыночной цены через районные платформы. "
                        "Проект 2024 года: частные — не выше 90% рынка; по данным 2025 года, государственные — около половины.",
                        "Pisos pequeños para nuevos residentes y jóvenes, por debajo del mercado, vía plataformas de "
                        "distrito. Un borrador de 2024 limita los privados al 90% del mercado; un informe de 2025 "
                        "sitúa los públicos en la mitad.",
                        "Petits logements pour nouveaux résidents et jeunes, sous le prix du marché, via les "
                        "plateformes de district. Projet 2024 : privé plafonné à 90 % du marché ; selon un article "
                        "de 2025, public à environ la moitié.",
                    )
                ),
                "rent_min": 900,
                "rent_max": 3000,
                "size_min": 25,
                "size_max": 70,
                "eligibility": _t(
                    "<p>Reported criteria: about one year of Shenzhen social insurance and no property in the city; "
                    "some projects are allocated to employers instead of individuals. Whether foreign employees "
                    "qualify depends on district rules: ask before applying.</p>",
                    "<p>据报道的条件：在深圳缴纳社保约满一年，且在深圳无房产；部分项目面向用人单位而非个人配租。外籍员工能否申请取决于"
                    "各区规定，请在申请前咨询。</p>",
                    "<p>المعايير المذكورة في التقارير: نحو سنة من التأمين الاجتماعي في شنتشن وعدم تملك عقار في "
                    "المدينة؛ وتُخصَّص بعض المشاريع لجهات العمل بدلًا من الأفراد. أهلية الموظفين الأجانب تعتمد على "
                    "قواعد كل حي: اسأل قبل التقديم.</p>",
                    "<p>По сообщениям, условия такие: около года уплаты социального страхования в Шэньчжэне и "
                    "отсутствие недвижимости в городе; часть проектов распределяется через работодателей. Могут ли "
                    "претендовать иностранцы, зависит от правил района — уточните заранее.</p>",
                    "<p>Criterios publicados: alrededor de un año cotizando a la seguridad social de Shenzhen y no "
                    "tener propiedades en la ciudad; algunos proyectos se asignan a empresas y no a particulares. Si "
                    "el personal extranjero puede acceder depende del distrito: pregunte antes.</p>",
                    "<p>Critères rapportés : environ un an de cotisations sociales à Shenzhen et aucun bien en "
                    "ville ; certains programmes sont attribués aux employeurs plutôt qu'aux particuliers. L'accès "
                    "des étrangers dépend des règles du district : renseignez-vous avant de postuler.</p>",
                ),
                "how_to_apply": _t(
                    "<p>Apply through your district's housing platform during an allocation round, or through "
                    "your employer if the project is allocated to companies.</p>",
                    "<p>在配租期内通过所在区的住房平台申请；面向企业配租的项目则通过用人单位申请。</p>",
                    "<p>قدّم عبر منصة الإسكان في حيّك خلال فترة التوزيع، أو عن طريق جهة عملك إذا كان المشروع "
                    "مخصصًا للشركات.</p>",
                    "<p>Подайте заявку на жилищной платформе района в период распределения или через работодателя, "
                    "если проект распределяется среди компаний.</p>",
                    "<p>Solicítelo en la plataforma de vivienda de su distrito durante la convocatoria, o a través "
                    "de su empresa si el proyecto se asigna a compañías.</p>",
                    "<p>Postulez sur la plateforme logement de votre district pendant une campagne d'attribution, "
                    "ou par votre employeur si le programme est attribué aux entreprises.</p>",
                ),
                "contact": VIA_HR,
                "image_colours": ["#3a0ca3", "#f72585"],
                "image_alt": _t(
                    "Abstract illustration of compact apartment blocks with balconies under a violet evening sky",
                    "抽象插画：紫色傍晚天空下带阳台的紧凑公寓楼",
                    "رسم تجريدي لعمارات سكنية متراصة بشرفات تحت سماء مسائية بنفسجية",
                    "Абстрактная иллюстрация: компактные жилые дома с балконами под фиолетовым вечерним небом",
                    "Ilustración abstracta de bloques compactos de viviendas con balcones bajo un cielo violeta al anochecer",
                    "Illustration abstraite d'immeubles compacts à balcons sous un ciel violet du soir",
                ),
                "last_verified": "2026-10-20",
                "sources": [
                    _src(
                        "Shenzhen's public rental housing boom: half-price rentals",
                        "https://yuantrends.com/shenzhen-public-rental-housing-boom",
                        "Yuan Trends",
                        "2026-10-20",
                    ),
                    _src(
                        "深圳社会类保租房细则征集：租金不高于市场90%，个人可申请",
                        "https://new.qq.com/rain/a/20240724A07GOZ00",
                        "Tencent News",
                        "2026-10-20",
                    ),
                ],
            },
        ],
    },
}


CITIES = [BEIJING, SHANGHAI, SHENZHEN]
