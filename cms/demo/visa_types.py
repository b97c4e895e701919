"""National visa resources (Z, R, X, S, M) and the visa section's own page.

Every figure here comes from ``/work/shared/FACTS.md``; where the sources
disagree the text says so, and anything not checked is left to the Chinese
embassy or consulate. See ``cms.demo`` for the data conventions.
"""

NATIONAL_SECTION = {
    "slug": "visas-and-permits",
    "last_verified": "2026-12-06",
    "sources": [
        {
            "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
            "text",
            "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
            "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
            "verified_on": "2026-12-06",
        },
        {
            "title": "Foreigner's Work Permit: service guide",
            "url": "https://www.sz.gov.cn/en_szgov/services/personal/employment/content/post_11247325.html",
            "publisher": "Science, Technology and Innovation Bureau of Shenzhen Municipality",
            "verified_on": "2026-10-15",
        },
        {
            "title": "Service guide: issuance, extension, change and reissuance of foreigners' residence "
            "permits",
            "url": "http://english.qingdao.gov.cn/services/life/202112/t20211228_4153395.shtml",
            "publisher": "National Immigration Administration guide, published by Qingdao Municipal People's "
            "Government",
            "verified_on": "2026-12-06",
        },
    ],
    "title": {
        "en": "Visas and permits",
        "zh-hans": "签证与许可",
        "ar": "التأشيرات والتصاريح",
        "ru": "Визы и разрешения",
        "es": "Visados y permisos",
        "fr": "Visas et permis",
    },
    "intro": {
        "en": "To work in China you need three things in turn: a visa to enter, a work permit to work and a residence permit to stay. Here is how they fit together, and the clocks that run once you land.",
        "zh-hans": "在中国工作需要依次办理三样证件：入境用的签证、工作用的工作许可，以及居留用的居留许可。本页说明三者如何衔接，以及入境后开始计算的各项期限。",
        "ar": "للعمل في الصين تحتاج إلى ثلاثة أمور بالترتيب: تأشيرة للدخول، وتصريح عمل للعمل، وتصريح إقامة للبقاء. إليك كيف تترابط، والمهل التي تبدأ منذ وصولك.",
        "ru": "Чтобы работать в Китае, нужны три документа по очереди: виза для въезда, разрешение на работу и вид на жительство. Здесь — как они связаны и какие сроки начинают идти после прибытия.",
        "es": "Para trabajar en China necesita tres cosas, por orden: un visado para entrar, un permiso de trabajo para trabajar y un permiso de residencia para quedarse. Así encajan, y estos son los plazos que corren al llegar.",
        "fr": "Pour travailler en Chine, il faut trois documents, dans l'ordre : un visa pour entrer, un permis de travail pour travailler et un permis de séjour pour rester. Voici comment ils s'enchaînent et les délais qui courent dès l'arrivée.",
    },
    "body": {
        "en": [
            {
                "type": "steps",
                "value": {
                    "title": "From job offer to residence permit",
                    "steps": [
                        {
                            "title": "Your employer obtains the work-permit notice",
                            "text": "<p>The employer applies online. The decision is due within 20 working days (up to 10 more in special cases; 5 for work of up to 90 days), though some cities publish 5–10. The notice is valid for <b>90 days</b>: apply for your visa within that time.</p>",
                        },
                        {
                            "title": "Apply for a Z visa abroad",
                            "text": "<p>Take the notice to a Chinese embassy, consulate or visa application centre. The Z visa is single entry and valid for 3 months.</p>",
                        },
                        {
                            "title": "Enter China",
                            "text": "<p>The day you enter starts two 30-day clocks: the work-permit card and the residence permit.</p>",
                        },
                        {
                            "title": "Register your residence within 24 hours",
                            "text": "<p>A hotel does this for you; otherwise go to the local police station. The fine is up to RMB 2,000. One source says 48 hours: do it within 24 to be safe.</p>",
                        },
                        {
                            "title": "Have the medical check",
                            "text": "<p>At an International Travel Health Care Center. The certificate is valid for 6 months.</p>",
                        },
                        {
                            "title": "Collect the work-permit card",
                            "text": "<p>Within 30 days of entry (some employers set 10 days).</p>",
                        },
                        {
                            "title": "Apply for the residence permit",
                            "text": "<p>Within 30 days of entry, at the exit-entry administration. The law allows 15 days for a decision; in practice it takes 7–8 working days. Your passport is held meanwhile. Permits run from 90 days to 5 years; extend at least 30 days before expiry.</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "The visa is only the first step",
                    "text": "<p>A Z visa lets you enter; it does not let you stay or work on its own. Plan no trips abroad while your passport is held for the residence permit. In Shanghai, a single window issues the work and residence permits together in 7 working days (class A since December 2019; class B in pilot zones since 2023).</p>",
                },
            },
        ],
        "zh-hans": [
            {
                "type": "steps",
                "value": {
                    "title": "从录用到居留许可",
                    "steps": [
                        {
                            "title": "用人单位取得工作许可通知",
                            "text": "<p>由用人单位在线申请。审批时限为20个工作日（特殊情况可延长10个工作日；工作不超过90天的为5个工作日），但也有城市公布为5至10个工作日。通知有效期为<b>90天</b>，须在此期限内申请签证。</p>",
                        },
                        {
                            "title": "在境外申请Z字签证",
                            "text": "<p>持通知前往中国驻外使领馆或签证申请服务中心办理。Z字签证为一次入境，有效期3个月。</p>",
                        },
                        {
                            "title": "入境中国",
                            "text": "<p>自入境之日起，两个30天期限开始计算：工作许可证和居留许可。</p>",
                        },
                        {
                            "title": "24小时内办理住宿登记",
                            "text": "<p>住酒店由酒店代为办理；否则须到当地派出所登记。逾期最高可罚款2,000元人民币。有一份资料称时限为48小时，稳妥起见请在24小时内办理。</p>",
                        },
                        {
                            "title": "进行体检",
                            "text": "<p>在国际旅行卫生保健中心体检。体检证明有效期为6个月。</p>",
                        },
                        {
                            "title": "领取工作许可证",
                            "text": "<p>须在入境后30天内办理（有些用人单位要求10天内）。</p>",
                        },
                        {
                            "title": "申请居留许可",
                            "text": "<p>入境后30天内到出入境管理部门申请。法定审批时限为15天，实际通常需要7至8个工作日，期间护照由受理机关留存。居留许可有效期为90天至5年，须在到期前至少30天申请延期。</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "签证只是第一步",
                    "text": "<p>Z字签证只用于入境，本身并不允许长期居留或工作。护照因办理居留许可被留存期间，请勿安排出境。在上海，“单一窗口”可在7个工作日内同时办结工作许可和居留许可（A类人才自2019年12月起适用；B类人才自2023年起在试点区域适用）。</p>",
                },
            },
        ],
        "ar": [
            {
                "type": "steps",
                "value": {
                    "title": "من عرض العمل إلى تصريح الإقامة",
                    "steps": [
                        {
                            "title": "يحصل صاحب العمل على إشعار تصريح العمل",
                            "text": "<p>يقدّم صاحب العمل الطلب عبر الإنترنت. يصدر القرار خلال 20 يوم عمل (تُضاف حتى 10 أيام في حالات خاصة، و5 أيام للعمل الذي لا يتجاوز 90 يومًا)، مع أن بعض المدن تعلن من 5 إلى 10 أيام. الإشعار صالح لمدة <b>90 يومًا</b>: قدّم طلب التأشيرة خلالها.</p>",
                        },
                        {
                            "title": "قدّم طلب تأشيرة Z من الخارج",
                            "text": "<p>خذ الإشعار إلى سفارة صينية أو قنصلية أو مركز لطلبات التأشيرات. تأشيرة Z لدخول واحد وصالحة لمدة 3 أشهر.</p>",
                        },
                        {
                            "title": "ادخل الصين",
                            "text": "<p>يبدأ من يوم دخولك عدّ مهلتين مدة كل منهما 30 يومًا: بطاقة تصريح العمل وتصريح الإقامة.</p>",
                        },
                        {
                            "title": "سجّل مكان إقامتك خلال 24 ساعة",
                            "text": "<p>يتولى الفندق ذلك عنك؛ وإلا فتوجّه إلى مركز الشرطة المحلي. تصل الغرامة إلى 2,000 يوان. يذكر أحد المصادر 48 ساعة: سجّل خلال 24 ساعة احتياطًا.</p>",
                        },
                        {
                            "title": "أجرِ الفحص الطبي",
                            "text": "<p>في مركز الرعاية الصحية للسفر الدولي. الشهادة صالحة لمدة 6 أشهر.</p>",
                        },
                        {
                            "title": "استلم بطاقة تصريح العمل",
                            "text": "<p>خلال 30 يومًا من الدخول (يحدد بعض أصحاب العمل 10 أيام).</p>",
                        },
                        {
                            "title": "قدّم طلب تصريح الإقامة",
                            "text": "<p>خلال 30 يومًا من الدخول، لدى إدارة الدخول والخروج. يمنح القانون 15 يومًا لإصدار القرار، وعمليًا يستغرق الأمر 7 إلى 8 أيام عمل، ويُحتفظ بجواز سفرك خلال ذلك. تتراوح مدة التصريح بين 90 يومًا و5 سنوات، ويجب تمديده قبل انتهائه بـ30 يومًا على الأقل.</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "التأشيرة ليست إلا الخطوة الأولى",
                    "text": "<p>تسمح لك تأشيرة Z بالدخول، لكنها وحدها لا تسمح لك بالبقاء أو العمل. لا تخطط لأي سفر إلى الخارج ما دام جوازك محتجزًا لإصدار تصريح الإقامة. في شنغهاي، تصدر «النافذة الواحدة» تصريحي العمل والإقامة معًا خلال 7 أيام عمل (للفئة A منذ ديسمبر 2019، وللفئة B في المناطق التجريبية منذ 2023).</p>",
                },
            },
        ],
        "ru": [
            {
                "type": "steps",
                "value": {
                    "title": "От приглашения на работу до вида на жительство",
                    "steps": [
                        {
                            "title": "Работодатель получает уведомление о разрешении на работу",
                            "text": "<p>Работодатель подаёт заявку онлайн. Решение принимается в течение 20 рабочих дней (в особых случаях ещё до 10; для работы до 90 дней — 5), хотя некоторые города называют 5–10 дней. Уведомление действительно <b>90 дней</b>: за это время нужно подать на визу.</p>",
                        },
                        {
                            "title": "Оформите визу Z за рубежом",
                            "text": "<p>С уведомлением обратитесь в посольство или консульство Китая либо в визовый центр. Виза Z однократная и действует 3 месяца.</p>",
                        },
                        {
                            "title": "Въезд в Китай",
                            "text": "<p>С даты въезда начинают идти два 30-дневных срока: на карту разрешения на работу и на вид на жительство.</p>",
                        },
                        {
                            "title": "Зарегистрируйтесь по месту пребывания в течение 24 часов",
                            "text": "<p>В гостинице это сделают за вас; в остальных случаях обратитесь в местный полицейский участок. Штраф — до 2 000 юаней. Один источник называет 48 часов: надёжнее уложиться в 24.</p>",
                        },
                        {
                            "title": "Пройдите медосмотр",
                            "text": "<p>В Международном центре охраны здоровья путешественников. Справка действительна 6 месяцев.</p>",
                        },
                        {
                            "title": "Получите карту разрешения на работу",
                            "text": "<p>В течение 30 дней после въезда (некоторые работодатели ставят срок 10 дней).</p>",
                        },
                        {
                            "title": "Подайте на вид на жительство",
                            "text": "<p>В течение 30 дней после въезда, в управление по делам въезда и выезда. По закону решение принимается за 15 дней, на практике — за 7–8 рабочих дней; всё это время паспорт остаётся у ведомства. Срок действия — от 90 дней до 5 лет; продлевать нужно не позднее чем за 30 дней до окончания.</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Виза — только первый шаг",
                    "text": "<p>Виза Z позволяет въехать, но сама по себе не даёт права оставаться в стране или работать. Не планируйте поездок за границу, пока паспорт находится на оформлении вида на жительство. В Шанхае «единое окно» выдаёт разрешение на работу и вид на жительство вместе за 7 рабочих дней (для категории A — с декабря 2019 года, для категории B в пилотных зонах — с 2023 года).</p>",
                },
            },
        ],
        "es": [
            {
                "type": "steps",
                "value": {
                    "title": "De la oferta de empleo al permiso de residencia",
                    "steps": [
                        {
                            "title": "Su empleador obtiene la notificación del permiso de trabajo",
                            "text": "<p>El empleador la solicita en línea. La resolución llega en 20 días hábiles (hasta 10 más en casos especiales; 5 para trabajos de hasta 90 días), aunque algunas ciudades publican de 5 a 10. La notificación es válida <b>90 días</b>: solicite el visado dentro de ese plazo.</p>",
                        },
                        {
                            "title": "Solicite el visado Z en el extranjero",
                            "text": "<p>Lleve la notificación a una embajada o consulado de China o a un centro de solicitud de visados. El visado Z es de una sola entrada y válido 3 meses.</p>",
                        },
                        {
                            "title": "Entre en China",
                            "text": "<p>El día de entrada empiezan a contar dos plazos de 30 días: la tarjeta de permiso de trabajo y el permiso de residencia.</p>",
                        },
                        {
                            "title": "Registre su domicilio en 24 horas",
                            "text": "<p>Si se aloja en un hotel, lo hace el hotel; si no, acuda a la comisaría de su zona. La multa llega a 2.000 yuanes. Una fuente habla de 48 horas: hágalo en 24 para ir sobre seguro.</p>",
                        },
                        {
                            "title": "Pase el examen médico",
                            "text": "<p>En un Centro Internacional de Salud para Viajeros. El certificado es válido 6 meses.</p>",
                        },
                        {
                            "title": "Recoja la tarjeta de permiso de trabajo",
                            "text": "<p>En los 30 días siguientes a la entrada (algunos empleadores fijan 10 días).</p>",
                        },
                        {
                            "title": "Solicite el permiso de residencia",
                            "text": "<p>En los 30 días siguientes a la entrada, en la oficina de entrada y salida. La ley da 15 días para resolver; en la práctica tarda de 7 a 8 días hábiles y su pasaporte queda retenido mientras tanto. El permiso dura de 90 días a 5 años; renuévelo al menos 30 días antes de que caduque.</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "El visado es solo el primer paso",
                    "text": "<p>El visado Z le permite entrar, pero por sí solo no le permite quedarse ni trabajar. No planee viajes al extranjero mientras su pasaporte esté retenido por el permiso de residencia. En Shanghái, una ventanilla única expide juntos el permiso de trabajo y el de residencia en 7 días hábiles (clase A desde diciembre de 2019; clase B en zonas piloto desde 2023).</p>",
                },
            },
        ],
        "fr": [
            {
                "type": "steps",
                "value": {
                    "title": "De l'offre d'emploi au permis de séjour",
                    "steps": [
                        {
                            "title": "Votre employeur obtient la notification de permis de travail",
                            "text": "<p>L'employeur dépose la demande en ligne. La décision est rendue sous 20 jours ouvrés (jusqu'à 10 de plus dans des cas particuliers ; 5 pour un travail de 90 jours au plus), même si certaines villes annoncent 5 à 10 jours. La notification est valable <b>90 jours</b> : demandez votre visa dans ce délai.</p>",
                        },
                        {
                            "title": "Demandez un visa Z à l'étranger",
                            "text": "<p>Présentez la notification à une ambassade ou un consulat de Chine, ou à un centre de demande de visa. Le visa Z est à entrée unique et valable 3 mois.</p>",
                        },
                        {
                            "title": "Entrez en Chine",
                            "text": "<p>Le jour de l'entrée déclenche deux délais de 30 jours : la carte de permis de travail et le permis de séjour.</p>",
                        },
                        {
                            "title": "Déclarez votre lieu de résidence sous 24 heures",
                            "text": "<p>À l'hôtel, c'est l'hôtel qui s'en charge ; sinon, rendez-vous au poste de police du quartier. L'amende peut atteindre 2 000 yuans. Une source parle de 48 heures : faites-le sous 24 heures par prudence.</p>",
                        },
                        {
                            "title": "Passez la visite médicale",
                            "text": "<p>Dans un centre international de santé des voyageurs. Le certificat est valable 6 mois.</p>",
                        },
                        {
                            "title": "Retirez la carte de permis de travail",
                            "text": "<p>Dans les 30 jours suivant l'entrée (certains employeurs fixent 10 jours).</p>",
                        },
                        {
                            "title": "Demandez le permis de séjour",
                            "text": "<p>Dans les 30 jours suivant l'entrée, auprès de l'administration des entrées et sorties. La loi prévoit 15 jours pour statuer ; en pratique, comptez 7 à 8 jours ouvrés, pendant lesquels votre passeport est conservé. Le permis est valable de 90 jours à 5 ans ; demandez sa prolongation au moins 30 jours avant l'échéance.</p>",
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Le visa n'est que la première étape",
                    "text": "<p>Le visa Z permet d'entrer, mais ne permet pas à lui seul de rester ni de travailler. Ne prévoyez aucun voyage à l'étranger tant que votre passeport est retenu pour le permis de séjour. À Shanghai, un guichet unique délivre ensemble le permis de travail et le permis de séjour en 7 jours ouvrés (classe A depuis décembre 2019 ; classe B dans des zones pilotes depuis 2023).</p>",
                },
            },
        ],
    },
}

RESOURCES = []

RESOURCES.append(
    {
        "slug": "z-visa",
        "permit_type": "visa-z",
        "last_verified": "2026-11-01",
        "title": {
            "en": "Z visa (work)",
            "zh-hans": "Z字签证（工作）",
            "ar": "تأشيرة Z (العمل)",
            "ru": "Виза Z (работа)",
            "es": "Visado Z (trabajo)",
            "fr": "Visa Z (travail)",
        },
        "who_for": {
            "en": "Foreign professionals with a job offer in China whose employer has obtained a work-permit notice for them.",
            "zh-hans": "已获得中国境内工作邀请、且用人单位已为其取得外国人工作许可通知的外籍专业人士。",
            "ar": "المهنيون الأجانب الذين لديهم عرض عمل في الصين وحصل صاحب العمل لهم على إشعار تصريح العمل.",
            "ru": "Иностранные специалисты с предложением о работе в Китае, для которых работодатель получил уведомление о разрешении на работу.",
            "es": "Profesionales extranjeros con una oferta de empleo en China cuyo empleador ha obtenido para ellos la notificación del permiso de trabajo.",
            "fr": "Professionnels étrangers ayant une offre d'emploi en Chine, pour qui l'employeur a obtenu la notification de permis de travail.",
        },
        "eligibility": {
            "en": "<p>You need the <b>notification letter of the foreigner's work permit</b> issued through your employer. It is valid for <b>90 days</b>: apply for the visa within that time.</p>",
            "zh-hans": "<p>须持有用人单位为您申请的<b>外国人工作许可通知</b>。通知有效期为<b>90天</b>，须在此期限内申请签证。</p>",
            "ar": "<p>تحتاج إلى <b>إشعار تصريح عمل الأجنبي</b> الصادر عن طريق صاحب العمل. وهو صالح لمدة <b>90 يومًا</b>: قدّم طلب التأشيرة خلالها.</p>",
            "ru": "<p>Нужно <b>уведомление о разрешении на работу иностранцу</b>, полученное через работодателя. Оно действительно <b>90 дней</b>: подайте на визу в этот срок.</p>",
            "es": "<p>Necesita la <b>notificación del permiso de trabajo para extranjeros</b> tramitada por su empleador. Es válida <b>90 días</b>: solicite el visado dentro de ese plazo.</p>",
            "fr": "<p>Il vous faut la <b>notification de permis de travail pour étranger</b> obtenue par votre employeur. Elle est valable <b>90 jours</b> : demandez le visa dans ce délai.</p>",
        },
        "documents": {
            "en": [
                {
                    "name": "Passport",
                    "note": "Required validity and blank pages: check with the Chinese embassy or consulate.",
                },
                {"name": "Visa application form with photo", "note": ""},
                {
                    "name": "Notification letter of the foreigner's work permit",
                    "note": "Valid for 90 days from issue.",
                },
                {
                    "name": "Invitation letter from the employer",
                    "note": "Asked for by some consulates: check with the Chinese embassy or consulate.",
                },
            ],
            "zh-hans": [
                {"name": "护照", "note": "有效期和空白页要求请向中国驻外使领馆核实。"},
                {"name": "签证申请表及照片", "note": ""},
                {"name": "外国人工作许可通知", "note": "自签发之日起90天内有效。"},
                {"name": "用人单位邀请函", "note": "部分使领馆要求提供，请向中国驻外使领馆核实。"},
            ],
            "ar": [
                {
                    "name": "جواز السفر",
                    "note": "مدة الصلاحية المطلوبة والصفحات الفارغة: تحقّق منها لدى السفارة أو القنصلية الصينية.",
                },
                {"name": "استمارة طلب التأشيرة مع صورة", "note": ""},
                {"name": "إشعار تصريح عمل الأجنبي", "note": "صالح لمدة 90 يومًا من تاريخ إصداره."},
                {
                    "name": "خطاب دعوة من صاحب العمل",
                    "note": "تطلبه بعض القنصليات: تحقّق من ذلك لدى السفارة أو القنصلية الصينية.",
                },
            ],
            "ru": [
                {
                    "name": "Паспорт",
                    "note": "Требуемый срок действия и число чистых страниц уточните в посольстве или консульстве Китая.",
                },
                {"name": "Визовая анкета с фотографией", "note": ""},
                {
                    "name": "Уведомление о разрешении на работу иностранцу",
                    "note": "Действительно 90 дней с даты выдачи.",
                },
                {
                    "name": "Приглашение от работодателя",
                    "note": "Его требуют некоторые консульства: уточните в посольстве или консульстве Китая.",
                },
            ],
            "es": [
                {
                    "name": "Pasaporte",
                    "note": "Validez mínima y páginas en blanco: consulte con la embajada o el consulado de China.",
                },
                {"name": "Formulario de solicitud de visado con fotografía", "note": ""},
                {
                    "name": "Notificación del permiso de trabajo para extranjeros",
                    "note": "Válida 90 días desde su emisión.",
                },
                {
                    "name": "Carta de invitación del empleador",
                    "note": "Algunos consulados la piden: consulte con la embajada o el consulado de China.",
                },
            ],
            "fr": [
                {
                    "name": "Passeport",
                    "note": "Validité requise et pages vierges : vérifiez auprès de l'ambassade ou du consulat de Chine.",
                },
                {"name": "Formulaire de demande de visa avec photo", "note": ""},
                {
                    "name": "Notification de permis de travail pour étranger",
                    "note": "Valable 90 jours à compter de sa délivrance.",
                },
                {
                    "name": "Lettre d'invitation de l'employeur",
                    "note": "Demandée par certains consulats : vérifiez auprès de l'ambassade ou du consulat de Chine.",
                },
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Your employer obtains the notice",
                    "text": "<p>Decision within 20 working days (up to 10 more in special cases); some cities publish 5–10.</p>",
                },
                {
                    "title": "Apply for the visa within 90 days",
                    "text": "<p>At the embassy, consulate or visa application centre, before the notice expires.</p>",
                },
                {
                    "title": "Enter China",
                    "text": "<p>The Z visa is single entry and valid for 3 months.</p>",
                },
                {
                    "title": "Convert within 30 days of entry",
                    "text": "<p>Collect the work-permit card and apply for the residence permit within 30 days of entry.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "用人单位取得工作许可通知",
                    "text": "<p>审批时限为20个工作日（特殊情况可延长10个工作日）；部分城市公布为5至10个工作日。</p>",
                },
                {
                    "title": "90天内申请签证",
                    "text": "<p>在通知过期前，到使领馆或签证申请服务中心办理。</p>",
                },
                {"title": "入境中国", "text": "<p>Z字签证为一次入境，有效期3个月。</p>"},
                {
                    "title": "入境后30天内转换",
                    "text": "<p>入境后30天内领取工作许可证并申请居留许可。</p>",
                },
            ],
            "ar": [
                {
                    "title": "يحصل صاحب العمل على الإشعار",
                    "text": "<p>يصدر القرار خلال 20 يوم عمل (تُضاف حتى 10 أيام في حالات خاصة)؛ وتعلن بعض المدن من 5 إلى 10 أيام.</p>",
                },
                {
                    "title": "قدّم طلب التأشيرة خلال 90 يومًا",
                    "text": "<p>لدى السفارة أو القنصلية أو مركز طلبات التأشيرات، قبل انتهاء صلاحية الإشعار.</p>",
                },
                {"title": "ادخل الصين", "text": "<p>تأشيرة Z لدخول واحد وصالحة لمدة 3 أشهر.</p>"},
                {
                    "title": "حوّلها خلال 30 يومًا من الدخول",
                    "text": "<p>استلم بطاقة تصريح العمل وقدّم طلب تصريح الإقامة خلال 30 يومًا من الدخول.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Работодатель получает уведомление",
                    "text": "<p>Решение — в течение 20 рабочих дней (в особых случаях ещё до 10); некоторые города называют 5–10 дней.</p>",
                },
                {
                    "title": "Подайте на визу в течение 90 дней",
                    "text": "<p>В посольство, консульство или визовый центр, пока уведомление действительно.</p>",
                },
                {
                    "title": "Въезд в Китай",
                    "text": "<p>Виза Z однократная и действует 3 месяца.</p>",
                },
                {
                    "title": "Оформите документы в течение 30 дней после въезда",
                    "text": "<p>Получите карту разрешения на работу и подайте на вид на жительство в течение 30 дней после въезда.</p>",
                },
            ],
            "es": [
                {
                    "title": "Su empleador obtiene la notificación",
                    "text": "<p>Resolución en 20 días hábiles (hasta 10 más en casos especiales); algunas ciudades publican de 5 a 10.</p>",
                },
                {
                    "title": "Solicite el visado en 90 días",
                    "text": "<p>En la embajada, el consulado o el centro de solicitud de visados, antes de que caduque la notificación.</p>",
                },
                {
                    "title": "Entre en China",
                    "text": "<p>El visado Z es de una sola entrada y válido 3 meses.</p>",
                },
                {
                    "title": "Haga el cambio en 30 días desde la entrada",
                    "text": "<p>Recoja la tarjeta de permiso de trabajo y solicite el permiso de residencia en los 30 días siguientes a la entrada.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Votre employeur obtient la notification",
                    "text": "<p>Décision sous 20 jours ouvrés (jusqu'à 10 de plus dans des cas particuliers) ; certaines villes annoncent 5 à 10 jours.</p>",
                },
                {
                    "title": "Demandez le visa sous 90 jours",
                    "text": "<p>À l'ambassade, au consulat ou au centre de demande de visa, avant l'expiration de la notification.</p>",
                },
                {
                    "title": "Entrez en Chine",
                    "text": "<p>Le visa Z est à entrée unique et valable 3 mois.</p>",
                },
                {
                    "title": "Faites la conversion sous 30 jours après l'entrée",
                    "text": "<p>Retirez la carte de permis de travail et demandez le permis de séjour dans les 30 jours suivant l'entrée.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Each embassy or consulate sets its own time: no checked figure, so ask when you apply. The work-permit notice before it takes up to 20 working days; some cities publish 5–10.",
            "zh-hans": "签证办理时间由各使领馆自行确定，目前没有核实的数字，请在申请时询问。此前的工作许可通知审批最长为20个工作日，部分城市公布为5至10个工作日。",
            "ar": "تحدد كل سفارة أو قنصلية مدتها الخاصة، ولا يوجد رقم موثّق، فاسأل عند التقديم. أما إشعار تصريح العمل الذي يسبقها فيستغرق حتى 20 يوم عمل، وتعلن بعض المدن من 5 إلى 10 أيام.",
            "ru": "Срок устанавливает каждое посольство или консульство; проверенной цифры нет — уточните при подаче. Предшествующее уведомление о разрешении на работу оформляется до 20 рабочих дней; некоторые города называют 5–10.",
            "es": "Cada embajada o consulado fija su plazo: no hay una cifra comprobada, pregunte al presentar la solicitud. La notificación del permiso de trabajo, previa, tarda hasta 20 días hábiles; algunas ciudades publican de 5 a 10.",
            "fr": "Chaque ambassade ou consulat fixe son délai : aucun chiffre vérifié, renseignez-vous lors de la demande. La notification de permis de travail, en amont, prend jusqu'à 20 jours ouvrés ; certaines villes annoncent 5 à 10 jours.",
        },
        "fees": {
            "en": "Fees depend on your nationality and on reciprocity, and visa centres may add a service charge. Check with the Chinese embassy or consulate.",
            "zh-hans": "签证费因国籍和对等原则而异，签证申请服务中心可能另收服务费。请向中国驻外使领馆核实。",
            "ar": "تختلف الرسوم بحسب جنسيتك ومبدأ المعاملة بالمثل، وقد تضيف مراكز التأشيرات رسوم خدمة. تحقّق من ذلك لدى السفارة أو القنصلية الصينية.",
            "ru": "Сборы зависят от гражданства и принципа взаимности; визовые центры могут брать сервисный сбор. Уточните в посольстве или консульстве Китая.",
            "es": "Las tasas dependen de su nacionalidad y del principio de reciprocidad, y los centros de visados pueden cobrar un cargo por servicio. Consulte con la embajada o el consulado de China.",
            "fr": "Les frais dépendent de votre nationalité et du principe de réciprocité ; les centres de visa peuvent ajouter des frais de service. Vérifiez auprès de l'ambassade ou du consulat de Chine.",
        },
        "where_to_apply": {
            "en": '<p>A Chinese embassy or consulate, or a Chinese Visa Application Service Center where there is one (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>). Check which mission covers the place where you live.</p>',
            "zh-hans": '<p>中国驻外使领馆，或当地设有的中国签证申请服务中心（<a href="https://www.visaforchina.cn/">visaforchina.cn</a>）。请先确认您所在地区由哪个使领馆受理。</p>',
            "ar": '<p>سفارة أو قنصلية صينية، أو مركز خدمة طلبات التأشيرة الصينية حيث يوجد (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>). تحقّق من البعثة المختصة بمكان إقامتك.</p>',
            "ru": '<p>Посольство или консульство Китая либо Китайский визовый сервисный центр, если он есть (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>). Уточните, какое представительство обслуживает ваш регион.</p>',
            "es": '<p>Una embajada o consulado de China, o un Centro de Servicio de Solicitud de Visados para China donde lo haya (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>). Compruebe qué misión corresponde a su lugar de residencia.</p>',
            "fr": '<p>Une ambassade ou un consulat de Chine, ou un centre de service de demande de visa pour la Chine s\'il en existe un (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>). Vérifiez quelle représentation couvre votre lieu de résidence.</p>',
        },
        "notes": {"en": [], "zh-hans": [], "ar": [], "ru": [], "es": [], "fr": []},
        "sources": [
            {
                "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
                "text",
                "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
                "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
                "verified_on": "2026-12-06",
            }
        ],
    }
)

RESOURCES.append(
    {
        "slug": "r-visa",
        "permit_type": "visa-r",
        "last_verified": "2026-11-01",
        "title": {
            "en": "R visa (high-level talent)",
            "zh-hans": "R字签证（高端人才）",
            "ar": "تأشيرة R (الكفاءات العالية)",
            "ru": "Виза R (высококвалифицированные специалисты)",
            "es": "Visado R (talento de alto nivel)",
            "fr": "Visa R (talents de haut niveau)",
        },
        "who_for": {
            "en": "High-level foreign talent who meet the class-A criteria, with their spouse and minor children.",
            "zh-hans": "符合A类标准的外国高端人才，及其配偶和未成年子女。",
            "ar": "الكفاءات الأجنبية العالية التي تستوفي معايير الفئة A، مع الزوج أو الزوجة والأبناء القُصّر.",
            "ru": "Иностранные специалисты высокого уровня, отвечающие критериям категории A, а также их супруги и несовершеннолетние дети.",
            "es": "Talento extranjero de alto nivel que cumple los criterios de la clase A, con su cónyuge e hijos menores.",
            "fr": "Talents étrangers de haut niveau répondant aux critères de la classe A, avec leur conjoint et leurs enfants mineurs.",
        },
        "eligibility": {
            "en": "<p>You must qualify as <b>class-A</b> (high-end) talent and hold a <b>confirmation letter of foreign high-end talent</b>, issued within 5 working days of the application.</p>",
            "zh-hans": "<p>须符合<b>A类</b>（高端）人才标准，并持有<b>外国高端人才确认函</b>。确认函在申请后5个工作日内出具。</p>",
            "ar": "<p>يجب أن تكون من كفاءات <b>الفئة A</b> (العالية) وأن تحمل <b>خطاب تأكيد الكفاءة الأجنبية العالية</b>، الذي يصدر خلال 5 أيام عمل من تقديم الطلب.</p>",
            "ru": "<p>Нужно соответствовать категории <b>A</b> (специалисты высокого уровня) и иметь <b>подтверждающее письмо для иностранного специалиста высокого уровня</b>; его выдают в течение 5 рабочих дней после подачи заявки.</p>",
            "es": "<p>Debe reunir los requisitos de talento de <b>clase A</b> (alto nivel) y contar con la <b>carta de confirmación de talento extranjero de alto nivel</b>, que se expide en 5 días hábiles desde la solicitud.</p>",
            "fr": "<p>Vous devez relever de la <b>classe A</b> (talents de haut niveau) et détenir la <b>lettre de confirmation de talent étranger de haut niveau</b>, délivrée sous 5 jours ouvrés après la demande.</p>",
        },
        "documents": {
            "en": [
                {"name": "Passport", "note": ""},
                {"name": "Visa application form with photo", "note": ""},
                {
                    "name": "Confirmation letter of foreign high-end talent",
                    "note": "Issued within 5 working days of the application.",
                },
                {
                    "name": "Proof of relationship, for a spouse or minor children",
                    "note": "Which certificates and how they must be authenticated: check with the Chinese embassy or consulate.",
                },
            ],
            "zh-hans": [
                {"name": "护照", "note": ""},
                {"name": "签证申请表及照片", "note": ""},
                {"name": "外国高端人才确认函", "note": "申请后5个工作日内出具。"},
                {
                    "name": "配偶或未成年子女的亲属关系证明",
                    "note": "需要哪些证明及认证方式，请向中国驻外使领馆核实。",
                },
            ],
            "ar": [
                {"name": "جواز السفر", "note": ""},
                {"name": "استمارة طلب التأشيرة مع صورة", "note": ""},
                {
                    "name": "خطاب تأكيد الكفاءة الأجنبية العالية",
                    "note": "يصدر خلال 5 أيام عمل من تقديم الطلب.",
                },
                {
                    "name": "إثبات صلة القرابة للزوج أو الزوجة أو الأبناء القُصّر",
                    "note": "الشهادات المطلوبة وطريقة توثيقها: تحقّق منها لدى السفارة أو القنصلية الصينية.",
                },
            ],
            "ru": [
                {"name": "Паспорт", "note": ""},
                {"name": "Визовая анкета с фотографией", "note": ""},
                {
                    "name": "Подтверждающее письмо для иностранного специалиста высокого уровня",
                    "note": "Выдаётся в течение 5 рабочих дней после подачи заявки.",
                },
                {
                    "name": "Документы о родстве — для супруга или несовершеннолетних детей",
                    "note": "Какие свидетельства нужны и как их заверять, уточните в посольстве или консульстве Китая.",
                },
            ],
            "es": [
                {"name": "Pasaporte", "note": ""},
                {"name": "Formulario de solicitud de visado con fotografía", "note": ""},
                {
                    "name": "Carta de confirmación de talento extranjero de alto nivel",
                    "note": "Se expide en 5 días hábiles desde la solicitud.",
                },
                {
                    "name": "Prueba del parentesco, para el cónyuge o los hijos menores",
                    "note": "Qué certificados y cómo deben autenticarse: consulte con la embajada o el consulado de China.",
                },
            ],
            "fr": [
                {"name": "Passeport", "note": ""},
                {"name": "Formulaire de demande de visa avec photo", "note": ""},
                {
                    "name": "Lettre de confirmation de talent étranger de haut niveau",
                    "note": "Délivrée sous 5 jours ouvrés après la demande.",
                },
                {
                    "name": "Justificatif du lien de parenté, pour le conjoint ou les enfants mineurs",
                    "note": "Quels actes et comment les authentifier : vérifiez auprès de l'ambassade ou du consulat de Chine.",
                },
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Obtain the confirmation letter",
                    "text": "<p>Usually through the employer or host institution in China; issued within 5 working days.</p>",
                },
                {
                    "title": "Apply for the R visa",
                    "text": "<p>At a Chinese embassy or consulate. It is issued from the next working day to 2 working days later.</p>",
                },
                {
                    "title": "Travel freely",
                    "text": "<p>The visa is valid 5–10 years, for multiple entries, with stays of up to 180 days each.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "取得确认函",
                    "text": "<p>一般通过在华用人单位或接收单位申请，5个工作日内出具。</p>",
                },
                {
                    "title": "申请R字签证",
                    "text": "<p>向中国驻外使领馆申请，次日至2个工作日内签发。</p>",
                },
                {
                    "title": "多次往返",
                    "text": "<p>签证有效期5至10年，可多次入境，每次停留最长180天。</p>",
                },
            ],
            "ar": [
                {
                    "title": "احصل على خطاب التأكيد",
                    "text": "<p>عادةً عن طريق صاحب العمل أو الجهة المستضيفة في الصين، ويصدر خلال 5 أيام عمل.</p>",
                },
                {
                    "title": "قدّم طلب تأشيرة R",
                    "text": "<p>لدى سفارة أو قنصلية صينية. تصدر في يوم العمل التالي وحتى يومي عمل.</p>",
                },
                {
                    "title": "تنقّل بحرية",
                    "text": "<p>التأشيرة صالحة من 5 إلى 10 سنوات، متعددة الدخول، ولا تتجاوز كل إقامة 180 يومًا.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Получите подтверждающее письмо",
                    "text": "<p>Обычно через работодателя или принимающую организацию в Китае; выдаётся в течение 5 рабочих дней.</p>",
                },
                {
                    "title": "Подайте на визу R",
                    "text": "<p>В посольство или консульство Китая. Визу выдают на следующий рабочий день или в течение 2 рабочих дней.</p>",
                },
                {
                    "title": "Въезжайте и выезжайте свободно",
                    "text": "<p>Виза действует 5–10 лет, многократная, каждое пребывание — до 180 дней.</p>",
                },
            ],
            "es": [
                {
                    "title": "Obtenga la carta de confirmación",
                    "text": "<p>Normalmente a través del empleador o la institución de acogida en China; se expide en 5 días hábiles.</p>",
                },
                {
                    "title": "Solicite el visado R",
                    "text": "<p>En una embajada o consulado de China. Se expide entre el día hábil siguiente y 2 días hábiles después.</p>",
                },
                {
                    "title": "Viaje con libertad",
                    "text": "<p>El visado es válido de 5 a 10 años, de entradas múltiples, con estancias de hasta 180 días cada una.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Obtenez la lettre de confirmation",
                    "text": "<p>En général par l'employeur ou l'institution d'accueil en Chine ; délivrée sous 5 jours ouvrés.</p>",
                },
                {
                    "title": "Demandez le visa R",
                    "text": "<p>À une ambassade ou un consulat de Chine. Il est délivré dès le jour ouvré suivant, au plus tard sous 2 jours ouvrés.</p>",
                },
                {
                    "title": "Voyagez librement",
                    "text": "<p>Le visa est valable 5 à 10 ans, à entrées multiples, avec des séjours de 180 jours au plus chacun.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Confirmation letter within 5 working days; the visa from the next working day to 2 working days.",
            "zh-hans": "确认函5个工作日内出具；签证次日至2个工作日内签发。",
            "ar": "خطاب التأكيد خلال 5 أيام عمل؛ والتأشيرة من يوم العمل التالي حتى يومي عمل.",
            "ru": "Подтверждающее письмо — до 5 рабочих дней; виза — со следующего рабочего дня до 2 рабочих дней.",
            "es": "Carta de confirmación en 5 días hábiles; visado entre el día hábil siguiente y 2 días hábiles.",
            "fr": "Lettre de confirmation sous 5 jours ouvrés ; visa dès le jour ouvré suivant, sous 2 jours ouvrés au plus.",
        },
        "fees": {
            "en": "Visa fees are waived for the talent, their spouse and minor children. For anyone else, fees depend on nationality and reciprocity: check with the Chinese embassy or consulate.",
            "zh-hans": "人才本人及其配偶、未成年子女免收签证费。其他人员的费用因国籍和对等原则而异，请向中国驻外使领馆核实。",
            "ar": "تُعفى الكفاءة وزوجها أو زوجتها وأبناؤها القُصّر من رسوم التأشيرة. أما غيرهم فتختلف الرسوم بحسب الجنسية ومبدأ المعاملة بالمثل: تحقّق لدى السفارة أو القنصلية الصينية.",
            "ru": "Специалист, его супруг и несовершеннолетние дети освобождены от визового сбора. Для остальных сбор зависит от гражданства и принципа взаимности: уточните в посольстве или консульстве Китая.",
            "es": "El talento, su cónyuge y sus hijos menores están exentos de tasas de visado. Para los demás, dependen de la nacionalidad y la reciprocidad: consulte con la embajada o el consulado de China.",
            "fr": "Le talent, son conjoint et ses enfants mineurs sont exemptés des frais de visa. Pour les autres, ils dépendent de la nationalité et de la réciprocité : vérifiez auprès de l'ambassade ou du consulat de Chine.",
        },
        "where_to_apply": {
            "en": "<p>The confirmation letter: the foreign-talent authorities, usually through your employer. The visa: a Chinese embassy or consulate.</p>",
            "zh-hans": "<p>确认函：向外国人才主管部门申请，通常由用人单位办理。签证：向中国驻外使领馆申请。</p>",
            "ar": "<p>خطاب التأكيد: من الجهات المختصة بالكفاءات الأجنبية، عادةً عن طريق صاحب العمل. التأشيرة: من سفارة أو قنصلية صينية.</p>",
            "ru": "<p>Подтверждающее письмо — в ведомстве по делам иностранных специалистов, обычно через работодателя. Виза — в посольстве или консульстве Китая.</p>",
            "es": "<p>La carta de confirmación: ante las autoridades de talento extranjero, normalmente a través del empleador. El visado: en una embajada o consulado de China.</p>",
            "fr": "<p>La lettre de confirmation : auprès des autorités chargées des talents étrangers, généralement par l'employeur. Le visa : auprès d'une ambassade ou d'un consulat de Chine.</p>",
        },
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "Working on an R visa",
                        "text": "<p>If you take up a job in China, ask your employer which work and residence permits you need as well: check with the Chinese embassy or consulate.</p>",
                    },
                }
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "持R字签证工作",
                        "text": "<p>如在华就业，请向用人单位了解是否还需办理工作许可和居留许可，并向中国驻外使领馆核实。</p>",
                    },
                }
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "العمل بتأشيرة R",
                        "text": "<p>إذا توليت وظيفة في الصين، فاسأل صاحب العمل عن تصاريح العمل والإقامة التي تحتاجها أيضًا، وتحقّق لدى السفارة أو القنصلية الصينية.</p>",
                    },
                }
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "Работа по визе R",
                        "text": "<p>Если вы устраиваетесь на работу в Китае, узнайте у работодателя, какие разрешения на работу и проживание нужны дополнительно, и уточните в посольстве или консульстве Китая.</p>",
                    },
                }
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "Trabajar con un visado R",
                        "text": "<p>Si acepta un empleo en China, pregunte a su empleador qué permisos de trabajo y de residencia necesita además, y consulte con la embajada o el consulado de China.</p>",
                    },
                }
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "note",
                        "title": "Travailler avec un visa R",
                        "text": "<p>Si vous prenez un emploi en Chine, demandez à votre employeur quels permis de travail et de séjour il vous faut en plus, et vérifiez auprès de l'ambassade ou du consulat de Chine.</p>",
                    },
                }
            ],
        },
        "sources": [
            {
                "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
                "text",
                "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
                "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
                "verified_on": "2026-12-06",
            }
        ],
    }
)

RESOURCES.append(
    {
        "slug": "x-visa",
        "permit_type": "visa-x",
        "last_verified": "2026-11-01",
        "title": {
            "en": "X visa (study)",
            "zh-hans": "X字签证（学习）",
            "ar": "تأشيرة X (الدراسة)",
            "ru": "Виза X (учёба)",
            "es": "Visado X (estudios)",
            "fr": "Visa X (études)",
        },
        "who_for": {
            "en": "Foreign students admitted to a Chinese university or school: X1 for long-term study, X2 for short-term study.",
            "zh-hans": "被中国高校或学校录取的外国学生：X1签证用于长期学习，X2签证用于短期学习。",
            "ar": "الطلاب الأجانب المقبولون في جامعة أو مدرسة صينية: X1 للدراسة الطويلة، وX2 للدراسة القصيرة.",
            "ru": "Иностранные студенты, зачисленные в китайский вуз или школу: X1 — для долгосрочной учёбы, X2 — для краткосрочной.",
            "es": "Estudiantes extranjeros admitidos en una universidad o escuela china: X1 para estudios de larga duración, X2 para estudios cortos.",
            "fr": "Étudiants étrangers admis dans une université ou un établissement chinois : X1 pour les études de longue durée, X2 pour les études courtes.",
        },
        "eligibility": {
            "en": "<p>You need an <b>admission letter</b> from a Chinese institution that accepts foreign students. Where the line between long- and short-term study falls: check with the Chinese embassy or consulate.</p>",
            "zh-hans": "<p>须持有可招收外国学生的中国院校出具的<b>录取通知书</b>。长期与短期学习如何划分，请向中国驻外使领馆核实。</p>",
            "ar": "<p>تحتاج إلى <b>خطاب قبول</b> من مؤسسة صينية تقبل الطلاب الأجانب. أما الحد الفاصل بين الدراسة الطويلة والقصيرة فتحقّق منه لدى السفارة أو القنصلية الصينية.</p>",
            "ru": "<p>Нужно <b>письмо о зачислении</b> от китайского учебного заведения, принимающего иностранцев. Где граница между долгосрочной и краткосрочной учёбой, уточните в посольстве или консульстве Китая.</p>",
            "es": "<p>Necesita una <b>carta de admisión</b> de un centro chino autorizado a recibir estudiantes extranjeros. Dónde está el límite entre estudios largos y cortos: consulte con la embajada o el consulado de China.</p>",
            "fr": "<p>Il vous faut une <b>lettre d'admission</b> d'un établissement chinois habilité à accueillir des étudiants étrangers. Où passe la limite entre études longues et courtes : vérifiez auprès de l'ambassade ou du consulat de Chine.</p>",
        },
        "documents": {
            "en": [
                {"name": "Passport", "note": ""},
                {"name": "Visa application form with photo", "note": ""},
                {"name": "Admission letter", "note": "Issued by the school or university."},
                {
                    "name": "Visa application form for study in China (JW201 or JW202)",
                    "note": "Usually needed for an X1 visa: check with the Chinese embassy or consulate.",
                },
            ],
            "zh-hans": [
                {"name": "护照", "note": ""},
                {"name": "签证申请表及照片", "note": ""},
                {"name": "录取通知书", "note": "由录取院校出具。"},
                {
                    "name": "外国留学人员来华签证申请表（JW201或JW202表）",
                    "note": "申请X1签证通常需要提供，请向中国驻外使领馆核实。",
                },
            ],
            "ar": [
                {"name": "جواز السفر", "note": ""},
                {"name": "استمارة طلب التأشيرة مع صورة", "note": ""},
                {"name": "خطاب القبول", "note": "تصدره المدرسة أو الجامعة."},
                {
                    "name": "استمارة طلب تأشيرة الدراسة في الصين (JW201 أو JW202)",
                    "note": "مطلوبة عادةً لتأشيرة X1: تحقّق لدى السفارة أو القنصلية الصينية.",
                },
            ],
            "ru": [
                {"name": "Паспорт", "note": ""},
                {"name": "Визовая анкета с фотографией", "note": ""},
                {"name": "Письмо о зачислении", "note": "Выдаёт школа или университет."},
                {
                    "name": "Анкета на визу для учёбы в Китае (JW201 или JW202)",
                    "note": "Обычно нужна для визы X1: уточните в посольстве или консульстве Китая.",
                },
            ],
            "es": [
                {"name": "Pasaporte", "note": ""},
                {"name": "Formulario de solicitud de visado con fotografía", "note": ""},
                {"name": "Carta de admisión", "note": "La expide la escuela o universidad."},
                {
                    "name": "Formulario de visado para estudiar en China (JW201 o JW202)",
                    "note": "Suele exigirse para el visado X1: consulte con la embajada o el consulado de China.",
                },
            ],
            "fr": [
                {"name": "Passeport", "note": ""},
                {"name": "Formulaire de demande de visa avec photo", "note": ""},
                {"name": "Lettre d'admission", "note": "Délivrée par l'école ou l'université."},
                {
                    "name": "Formulaire de visa pour études en Chine (JW201 ou JW202)",
                    "note": "Généralement exigé pour le visa X1 : vérifiez auprès de l'ambassade ou du consulat de Chine.",
                },
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Get admitted",
                    "text": "<p>The institution sends the admission letter and, for long-term study, the JW form.</p>",
                },
                {
                    "title": "Apply for the visa",
                    "text": "<p>At a Chinese embassy, consulate or visa application centre.</p>",
                },
                {
                    "title": "Register within 24 hours of arrival",
                    "text": "<p>Campus housing or a hotel usually does it; otherwise the local police station.</p>",
                },
                {
                    "title": "X1 holders: residence permit within 30 days",
                    "text": "<p>Apply at the exit-entry administration within 30 days of entry; your school will guide you.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "获得录取",
                    "text": "<p>院校寄发录取通知书；长期学习的还会提供JW表。</p>",
                },
                {"title": "申请签证", "text": "<p>向中国驻外使领馆或签证申请服务中心申请。</p>"},
                {
                    "title": "抵达后24小时内办理住宿登记",
                    "text": "<p>住校内宿舍或酒店一般由其代办；否则到当地派出所登记。</p>",
                },
                {
                    "title": "X1签证持有人：30天内申请居留许可",
                    "text": "<p>入境后30天内到出入境管理部门申请，学校会给予指导。</p>",
                },
            ],
            "ar": [
                {
                    "title": "احصل على القبول",
                    "text": "<p>ترسل المؤسسة خطاب القبول، ومعه استمارة JW للدراسة الطويلة.</p>",
                },
                {
                    "title": "قدّم طلب التأشيرة",
                    "text": "<p>لدى سفارة أو قنصلية صينية أو مركز طلبات التأشيرات.</p>",
                },
                {
                    "title": "سجّل خلال 24 ساعة من وصولك",
                    "text": "<p>يتولى ذلك عادةً السكن الجامعي أو الفندق؛ وإلا فمركز الشرطة المحلي.</p>",
                },
                {
                    "title": "حاملو X1: تصريح الإقامة خلال 30 يومًا",
                    "text": "<p>قدّم الطلب لدى إدارة الدخول والخروج خلال 30 يومًا من الدخول، وسترشدك مدرستك.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Поступите",
                    "text": "<p>Учебное заведение присылает письмо о зачислении, а для долгосрочной учёбы — и анкету JW.</p>",
                },
                {
                    "title": "Подайте на визу",
                    "text": "<p>В посольство, консульство Китая или визовый центр.</p>",
                },
                {
                    "title": "Зарегистрируйтесь в течение 24 часов после прибытия",
                    "text": "<p>Обычно это делает общежитие или гостиница; иначе — местный полицейский участок.</p>",
                },
                {
                    "title": "Для визы X1: вид на жительство в течение 30 дней",
                    "text": "<p>Подайте заявление в управление по делам въезда и выезда в течение 30 дней после въезда; учебное заведение подскажет порядок.</p>",
                },
            ],
            "es": [
                {
                    "title": "Obtenga la admisión",
                    "text": "<p>El centro envía la carta de admisión y, para estudios largos, el formulario JW.</p>",
                },
                {
                    "title": "Solicite el visado",
                    "text": "<p>En una embajada o consulado de China o en un centro de solicitud de visados.</p>",
                },
                {
                    "title": "Regístrese en las 24 horas siguientes a su llegada",
                    "text": "<p>Suele hacerlo la residencia universitaria o el hotel; si no, la comisaría de su zona.</p>",
                },
                {
                    "title": "Titulares de X1: permiso de residencia en 30 días",
                    "text": "<p>Solicítelo en la oficina de entrada y salida en los 30 días siguientes a la entrada; su centro le orientará.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Faites-vous admettre",
                    "text": "<p>L'établissement envoie la lettre d'admission et, pour les études longues, le formulaire JW.</p>",
                },
                {
                    "title": "Demandez le visa",
                    "text": "<p>À une ambassade ou un consulat de Chine, ou à un centre de demande de visa.</p>",
                },
                {
                    "title": "Déclarez votre résidence sous 24 heures après l'arrivée",
                    "text": "<p>La résidence universitaire ou l'hôtel s'en charge en général ; sinon, le poste de police du quartier.</p>",
                },
                {
                    "title": "Titulaires d'un X1 : permis de séjour sous 30 jours",
                    "text": "<p>Déposez la demande auprès de l'administration des entrées et sorties dans les 30 jours suivant l'entrée ; votre établissement vous guidera.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Set by each embassy or consulate; no checked figure. Ask when you apply.",
            "zh-hans": "由各使领馆自行确定，目前没有核实的数字，请在申请时询问。",
            "ar": "تحددها كل سفارة أو قنصلية، ولا يوجد رقم موثّق. اسأل عند التقديم.",
            "ru": "Срок устанавливает каждое посольство или консульство; проверенной цифры нет. Уточните при подаче.",
            "es": "Lo fija cada embajada o consulado; no hay una cifra comprobada. Pregunte al presentar la solicitud.",
            "fr": "Fixé par chaque ambassade ou consulat ; aucun chiffre vérifié. Renseignez-vous lors de la demande.",
        },
        "fees": {
            "en": "Fees depend on your nationality and on reciprocity. Check with the Chinese embassy or consulate.",
            "zh-hans": "签证费因国籍和对等原则而异，请向中国驻外使领馆核实。",
            "ar": "تختلف الرسوم بحسب جنسيتك ومبدأ المعاملة بالمثل. تحقّق لدى السفارة أو القنصلية الصينية.",
            "ru": "Сборы зависят от гражданства и принципа взаимности. Уточните в посольстве или консульстве Китая.",
            "es": "Las tasas dependen de su nacionalidad y de la reciprocidad. Consulte con la embajada o el consulado de China.",
            "fr": "Les frais dépendent de votre nationalité et de la réciprocité. Vérifiez auprès de l'ambassade ou du consulat de Chine.",
        },
        "where_to_apply": {
            "en": '<p>A Chinese embassy or consulate, or a Chinese Visa Application Service Center (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "zh-hans": '<p>中国驻外使领馆，或中国签证申请服务中心（<a href="https://www.visaforchina.cn/">visaforchina.cn</a>）。</p>',
            "ar": '<p>سفارة أو قنصلية صينية، أو مركز خدمة طلبات التأشيرة الصينية (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "ru": '<p>Посольство или консульство Китая либо Китайский визовый сервисный центр (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "es": '<p>Una embajada o consulado de China, o un Centro de Servicio de Solicitud de Visados para China (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "fr": '<p>Une ambassade ou un consulat de Chine, ou un centre de service de demande de visa pour la Chine (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
        },
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Studying is not working",
                        "text": "<p>An X visa does not allow you to work. Part-time jobs or internships need approval from your school and the immigration authorities: ask your school first.</p>",
                    },
                }
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "学习不等于工作",
                        "text": "<p>X字签证不允许就业。勤工助学或实习须经学校和出入境管理部门同意，请先咨询学校。</p>",
                    },
                }
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "الدراسة ليست عملًا",
                        "text": "<p>لا تسمح تأشيرة X بالعمل. تحتاج الوظائف الجزئية أو التدريب العملي إلى موافقة مدرستك وسلطات الهجرة: اسأل مدرستك أولًا.</p>",
                    },
                }
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Учёба — не работа",
                        "text": "<p>Виза X не даёт права работать. Подработка или стажировка возможны только с разрешения учебного заведения и миграционных органов: сначала обратитесь в своё учебное заведение.</p>",
                    },
                }
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Estudiar no es trabajar",
                        "text": "<p>El visado X no permite trabajar. Los empleos a tiempo parcial o las prácticas requieren la aprobación de su centro y de las autoridades de inmigración: pregunte primero en su centro.</p>",
                    },
                }
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Étudier n'est pas travailler",
                        "text": "<p>Le visa X ne permet pas de travailler. Un emploi à temps partiel ou un stage exige l'accord de votre établissement et des autorités d'immigration : adressez-vous d'abord à votre établissement.</p>",
                    },
                }
            ],
        },
        "sources": [
            {
                "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
                "text",
                "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
                "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
                "verified_on": "2026-12-06",
            }
        ],
    }
)

RESOURCES.append(
    {
        "slug": "s-visa",
        "permit_type": "visa-s",
        "last_verified": "2026-11-01",
        "title": {
            "en": "S visa (family of foreigners in China)",
            "zh-hans": "S字签证（在华外国人的家属）",
            "ar": "تأشيرة S (عائلات الأجانب في الصين)",
            "ru": "Виза S (семьи иностранцев в Китае)",
            "es": "Visado S (familiares de extranjeros en China)",
            "fr": "Visa S (famille d'étrangers en Chine)",
        },
        "who_for": {
            "en": "Family members of a foreigner who works or studies in China: S1 for long stays (spouse, parents, minor children, parents-in-law), S2 for short visits.",
            "zh-hans": "在华工作或学习的外国人的家属：S1签证用于长期探亲（配偶、父母、未成年子女、配偶父母），S2签证用于短期探亲。",
            "ar": "أفراد عائلة أجنبي يعمل أو يدرس في الصين: S1 للإقامة الطويلة (الزوج أو الزوجة، الوالدان، الأبناء القُصّر، والدا الزوج أو الزوجة)، وS2 للزيارات القصيرة.",
            "ru": "Члены семьи иностранца, который работает или учится в Китае: S1 — для длительного пребывания (супруг, родители, несовершеннолетние дети, родители супруга), S2 — для коротких визитов.",
            "es": "Familiares de un extranjero que trabaja o estudia en China: S1 para estancias largas (cónyuge, padres, hijos menores, suegros), S2 para visitas cortas.",
            "fr": "Membres de la famille d'un étranger qui travaille ou étudie en Chine : S1 pour les longs séjours (conjoint, parents, enfants mineurs, beaux-parents), S2 pour les visites courtes.",
        },
        "eligibility": {
            "en": "<p>The family member in China must hold a valid <b>residence permit</b> and invite you. Which relatives qualify for S2: check with the Chinese embassy or consulate.</p>",
            "zh-hans": "<p>在华家属须持有有效的<b>居留许可</b>并向您发出邀请。哪些亲属可申请S2签证，请向中国驻外使领馆核实。</p>",
            "ar": "<p>يجب أن يحمل فرد العائلة المقيم في الصين <b>تصريح إقامة</b> ساريًا وأن يرسل إليك دعوة. أما الأقارب المؤهلون لتأشيرة S2 فتحقّق منهم لدى السفارة أو القنصلية الصينية.</p>",
            "ru": "<p>Родственник в Китае должен иметь действующий <b>вид на жительство</b> и пригласить вас. Кто из родственников может получить S2, уточните в посольстве или консульстве Китая.</p>",
            "es": "<p>El familiar en China debe tener un <b>permiso de residencia</b> válido e invitarle. Qué parientes pueden optar al S2: consulte con la embajada o el consulado de China.</p>",
            "fr": "<p>Le membre de la famille en Chine doit détenir un <b>permis de séjour</b> valide et vous inviter. Quels proches peuvent obtenir le S2 : vérifiez auprès de l'ambassade ou du consulat de Chine.</p>",
        },
        "documents": {
            "en": [
                {"name": "Passport", "note": ""},
                {"name": "Visa application form with photo", "note": ""},
                {"name": "Invitation letter from the family member in China", "note": ""},
                {"name": "Copy of their passport and residence permit", "note": ""},
                {
                    "name": "Proof of relationship (marriage or birth certificate)",
                    "note": "Apostilled if issued in an Apostille Convention state (for China since 7 November 2023), otherwise legalised.",
                },
            ],
            "zh-hans": [
                {"name": "护照", "note": ""},
                {"name": "签证申请表及照片", "note": ""},
                {"name": "在华家属的邀请函", "note": ""},
                {"name": "在华家属的护照及居留许可复印件", "note": ""},
                {
                    "name": "亲属关系证明（结婚证或出生证明）",
                    "note": "在《海牙认证公约》缔约国出具的办理附加证明书（该公约自2023年11月7日起对中国生效），否则须办理领事认证。",
                },
            ],
            "ar": [
                {"name": "جواز السفر", "note": ""},
                {"name": "استمارة طلب التأشيرة مع صورة", "note": ""},
                {"name": "خطاب دعوة من فرد العائلة المقيم في الصين", "note": ""},
                {"name": "نسخة من جواز سفره وتصريح إقامته", "note": ""},
                {
                    "name": "إثبات صلة القرابة (عقد الزواج أو شهادة الميلاد)",
                    "note": "تُصدَّق بالأبوستيل إذا صدرت في دولة طرف في اتفاقية الأبوستيل (نافذة في الصين منذ 7 نوفمبر 2023)، وإلا فتُصدَّق قنصليًا.",
                },
            ],
            "ru": [
                {"name": "Паспорт", "note": ""},
                {"name": "Визовая анкета с фотографией", "note": ""},
                {"name": "Приглашение от родственника в Китае", "note": ""},
                {"name": "Копия его паспорта и вида на жительство", "note": ""},
                {
                    "name": "Документ о родстве (свидетельство о браке или о рождении)",
                    "note": "С апостилем, если выдан в государстве — участнике Апостильной конвенции (для Китая действует с 7 ноября 2023 года); иначе — с консульской легализацией.",
                },
            ],
            "es": [
                {"name": "Pasaporte", "note": ""},
                {"name": "Formulario de solicitud de visado con fotografía", "note": ""},
                {"name": "Carta de invitación del familiar en China", "note": ""},
                {"name": "Copia de su pasaporte y de su permiso de residencia", "note": ""},
                {
                    "name": "Prueba del parentesco (certificado de matrimonio o de nacimiento)",
                    "note": "Con apostilla si lo expide un Estado parte del Convenio de la Apostilla (vigente para China desde el 7 de noviembre de 2023); si no, legalizado.",
                },
            ],
            "fr": [
                {"name": "Passeport", "note": ""},
                {"name": "Formulaire de demande de visa avec photo", "note": ""},
                {"name": "Lettre d'invitation du membre de la famille en Chine", "note": ""},
                {"name": "Copie de son passeport et de son permis de séjour", "note": ""},
                {
                    "name": "Justificatif du lien de parenté (acte de mariage ou de naissance)",
                    "note": "Apostillé s'il provient d'un État partie à la Convention Apostille (en vigueur pour la Chine depuis le 7 novembre 2023), sinon légalisé.",
                },
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Prepare the invitation and certificates",
                    "text": "<p>Have relationship certificates apostilled or legalised, with a Chinese translation if asked.</p>",
                },
                {
                    "title": "Apply for the visa",
                    "text": "<p>At a Chinese embassy, consulate or visa application centre.</p>",
                },
                {
                    "title": "Register within 24 hours of arrival",
                    "text": "<p>At the local police station if you are not staying in a hotel.</p>",
                },
                {
                    "title": "S1 holders: residence permit within 30 days",
                    "text": "<p>Apply at the exit-entry administration within 30 days of entry.</p>",
                },
            ],
            "zh-hans": [
                {
                    "title": "准备邀请函和证明文件",
                    "text": "<p>亲属关系证明须办理附加证明书或领事认证，如有要求须附中文译文。</p>",
                },
                {"title": "申请签证", "text": "<p>向中国驻外使领馆或签证申请服务中心申请。</p>"},
                {
                    "title": "抵达后24小时内办理住宿登记",
                    "text": "<p>不住酒店的，须到当地派出所登记。</p>",
                },
                {
                    "title": "S1签证持有人：30天内申请居留许可",
                    "text": "<p>入境后30天内到出入境管理部门申请。</p>",
                },
            ],
            "ar": [
                {
                    "title": "جهّز الدعوة والشهادات",
                    "text": "<p>صدّق شهادات القرابة بالأبوستيل أو قنصليًا، مع ترجمة صينية إن طُلبت.</p>",
                },
                {
                    "title": "قدّم طلب التأشيرة",
                    "text": "<p>لدى سفارة أو قنصلية صينية أو مركز طلبات التأشيرات.</p>",
                },
                {
                    "title": "سجّل خلال 24 ساعة من وصولك",
                    "text": "<p>في مركز الشرطة المحلي إذا لم تكن مقيمًا في فندق.</p>",
                },
                {
                    "title": "حاملو S1: تصريح الإقامة خلال 30 يومًا",
                    "text": "<p>قدّم الطلب لدى إدارة الدخول والخروج خلال 30 يومًا من الدخول.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Подготовьте приглашение и документы",
                    "text": "<p>Поставьте апостиль или легализуйте документы о родстве, при необходимости с переводом на китайский.</p>",
                },
                {
                    "title": "Подайте на визу",
                    "text": "<p>В посольство, консульство Китая или визовый центр.</p>",
                },
                {
                    "title": "Зарегистрируйтесь в течение 24 часов после прибытия",
                    "text": "<p>В местном полицейском участке, если вы живёте не в гостинице.</p>",
                },
                {
                    "title": "Для визы S1: вид на жительство в течение 30 дней",
                    "text": "<p>Подайте заявление в управление по делам въезда и выезда в течение 30 дней после въезда.</p>",
                },
            ],
            "es": [
                {
                    "title": "Prepare la invitación y los certificados",
                    "text": "<p>Apostille o legalice los certificados de parentesco, con traducción al chino si se la piden.</p>",
                },
                {
                    "title": "Solicite el visado",
                    "text": "<p>En una embajada o consulado de China o en un centro de solicitud de visados.</p>",
                },
                {
                    "title": "Regístrese en las 24 horas siguientes a su llegada",
                    "text": "<p>En la comisaría de su zona si no se aloja en un hotel.</p>",
                },
                {
                    "title": "Titulares de S1: permiso de residencia en 30 días",
                    "text": "<p>Solicítelo en la oficina de entrada y salida en los 30 días siguientes a la entrada.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Préparez l'invitation et les actes",
                    "text": "<p>Faites apostiller ou légaliser les actes de parenté, avec une traduction chinoise si elle est demandée.</p>",
                },
                {
                    "title": "Demandez le visa",
                    "text": "<p>À une ambassade ou un consulat de Chine, ou à un centre de demande de visa.</p>",
                },
                {
                    "title": "Déclarez votre résidence sous 24 heures après l'arrivée",
                    "text": "<p>Au poste de police du quartier si vous ne logez pas à l'hôtel.</p>",
                },
                {
                    "title": "Titulaires d'un S1 : permis de séjour sous 30 jours",
                    "text": "<p>Déposez la demande auprès de l'administration des entrées et sorties dans les 30 jours suivant l'entrée.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Set by each embassy or consulate; no checked figure. Ask when you apply.",
            "zh-hans": "由各使领馆自行确定，目前没有核实的数字，请在申请时询问。",
            "ar": "تحددها كل سفارة أو قنصلية، ولا يوجد رقم موثّق. اسأل عند التقديم.",
            "ru": "Срок устанавливает каждое посольство или консульство; проверенной цифры нет. Уточните при подаче.",
            "es": "Lo fija cada embajada o consulado; no hay una cifra comprobada. Pregunte al presentar la solicitud.",
            "fr": "Fixé par chaque ambassade ou consulat ; aucun chiffre vérifié. Renseignez-vous lors de la demande.",
        },
        "fees": {
            "en": "Fees depend on your nationality and on reciprocity. Check with the Chinese embassy or consulate.",
            "zh-hans": "签证费因国籍和对等原则而异，请向中国驻外使领馆核实。",
            "ar": "تختلف الرسوم بحسب جنسيتك ومبدأ المعاملة بالمثل. تحقّق لدى السفارة أو القنصلية الصينية.",
            "ru": "Сборы зависят от гражданства и принципа взаимности. Уточните в посольстве или консульстве Китая.",
            "es": "Las tasas dependen de su nacionalidad y de la reciprocidad. Consulte con la embajada o el consulado de China.",
            "fr": "Les frais dépendent de votre nationalité et de la réciprocité. Vérifiez auprès de l'ambassade ou du consulat de Chine.",
        },
        "where_to_apply": {
            "en": '<p>A Chinese embassy or consulate, or a Chinese Visa Application Service Center (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "zh-hans": '<p>中国驻外使领馆，或中国签证申请服务中心（<a href="https://www.visaforchina.cn/">visaforchina.cn</a>）。</p>',
            "ar": '<p>سفارة أو قنصلية صينية، أو مركز خدمة طلبات التأشيرة الصينية (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "ru": '<p>Посольство или консульство Китая либо Китайский визовый сервисный центр (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "es": '<p>Una embajada o consulado de China, o un Centro de Servicio de Solicitud de Visados para China (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "fr": '<p>Une ambassade ou un consulat de Chine, ou un centre de service de demande de visa pour la Chine (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
        },
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Family of class-A talent",
                        "text": "<p>The spouse and minor children of R-visa talent can travel on the R visa, with visa fees waived. An S visa does not allow you to work.</p>",
                    },
                }
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "A类人才的家属",
                        "text": "<p>持R字签证人才的配偶和未成年子女可申办R字签证，并免收签证费。S字签证不允许就业。</p>",
                    },
                }
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "عائلات كفاءات الفئة A",
                        "text": "<p>يمكن لزوج أو زوجة صاحب تأشيرة R وأبنائه القُصّر السفر بتأشيرة R مع الإعفاء من رسومها. ولا تسمح تأشيرة S بالعمل.</p>",
                    },
                }
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Семьи специалистов категории A",
                        "text": "<p>Супруг и несовершеннолетние дети обладателя визы R могут получить визу R без визового сбора. Виза S не даёт права работать.</p>",
                    },
                }
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Familia del talento de clase A",
                        "text": "<p>El cónyuge y los hijos menores del titular de un visado R pueden viajar con visado R, exentos de tasas. El visado S no permite trabajar.</p>",
                    },
                }
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Famille des talents de classe A",
                        "text": "<p>Le conjoint et les enfants mineurs d'un titulaire de visa R peuvent voyager avec un visa R, sans frais de visa. Le visa S ne permet pas de travailler.</p>",
                    },
                }
            ],
        },
        "sources": [
            {
                "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
                "text",
                "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
                "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
                "verified_on": "2026-12-06",
            }
        ],
    }
)

RESOURCES.append(
    {
        "slug": "m-visa",
        "permit_type": "visa-m",
        "last_verified": "2026-03-02",
        "title": {
            "en": "M visa (business)",
            "zh-hans": "M字签证（商贸）",
            "ar": "تأشيرة M (الأعمال التجارية)",
            "ru": "Виза M (деловая)",
            "es": "Visado M (negocios)",
            "fr": "Visa M (affaires)",
        },
        "who_for": {
            "en": "Foreigners visiting China for business and trade: meetings, negotiations, trade fairs, visits to partners or suppliers. It is not a work visa.",
            "zh-hans": "来华从事商业贸易活动的外国人，如会谈、洽谈、参加交易会、拜访合作伙伴或供应商。M字签证不是工作签证。",
            "ar": "الأجانب الذين يزورون الصين لأغراض تجارية: اجتماعات، مفاوضات، معارض تجارية، زيارات للشركاء أو المورّدين. وهي ليست تأشيرة عمل.",
            "ru": "Иностранцы, приезжающие в Китай по деловым и торговым вопросам: встречи, переговоры, выставки, визиты к партнёрам или поставщикам. Это не рабочая виза.",
            "es": "Extranjeros que visitan China por negocios y comercio: reuniones, negociaciones, ferias, visitas a socios o proveedores. No es un visado de trabajo.",
            "fr": "Étrangers venant en Chine pour affaires : réunions, négociations, salons, visites de partenaires ou de fournisseurs. Ce n'est pas un visa de travail.",
        },
        "eligibility": {
            "en": "<p>You need an <b>invitation</b> from a business partner or trade-fair organiser in China. Some nationalities can make short business trips without a visa: check with the Chinese embassy or consulate.</p>",
            "zh-hans": "<p>须持有中国境内商业伙伴或交易会主办方出具的<b>邀请函</b>。部分国家公民短期商务访问可免签，请向中国驻外使领馆核实。</p>",
            "ar": "<p>تحتاج إلى <b>دعوة</b> من شريك تجاري أو منظّم معرض في الصين. يمكن لمواطني بعض الدول القيام برحلات عمل قصيرة دون تأشيرة: تحقّق لدى السفارة أو القنصلية الصينية.</p>",
            "ru": "<p>Нужно <b>приглашение</b> от делового партнёра или организатора выставки в Китае. Граждане некоторых стран могут совершать короткие деловые поездки без визы: уточните в посольстве или консульстве Китая.</p>",
            "es": "<p>Necesita una <b>invitación</b> de un socio comercial o del organizador de una feria en China. Los ciudadanos de algunos países pueden hacer viajes de negocios cortos sin visado: consulte con la embajada o el consulado de China.</p>",
            "fr": "<p>Il vous faut une <b>invitation</b> d'un partenaire commercial ou de l'organisateur d'un salon en Chine. Les ressortissants de certains pays peuvent effectuer de courts voyages d'affaires sans visa : vérifiez auprès de l'ambassade ou du consulat de Chine.</p>",
        },
        "documents": {
            "en": [
                {"name": "Passport", "note": ""},
                {"name": "Visa application form with photo", "note": ""},
                {
                    "name": "Invitation letter from the business partner or trade-fair organiser",
                    "note": "What it must state (purpose, dates, who pays): check with the Chinese embassy or consulate.",
                },
            ],
            "zh-hans": [
                {"name": "护照", "note": ""},
                {"name": "签证申请表及照片", "note": ""},
                {
                    "name": "商业伙伴或交易会主办方的邀请函",
                    "note": "邀请函须载明哪些内容（来访目的、日期、费用承担方等），请向中国驻外使领馆核实。",
                },
            ],
            "ar": [
                {"name": "جواز السفر", "note": ""},
                {"name": "استمارة طلب التأشيرة مع صورة", "note": ""},
                {
                    "name": "خطاب دعوة من الشريك التجاري أو منظّم المعرض",
                    "note": "ما يجب أن يتضمنه (الغرض، التواريخ، الجهة التي تتحمل النفقات): تحقّق لدى السفارة أو القنصلية الصينية.",
                },
            ],
            "ru": [
                {"name": "Паспорт", "note": ""},
                {"name": "Визовая анкета с фотографией", "note": ""},
                {
                    "name": "Приглашение от делового партнёра или организатора выставки",
                    "note": "Что в нём должно быть указано (цель, даты, кто оплачивает расходы), уточните в посольстве или консульстве Китая.",
                },
            ],
            "es": [
                {"name": "Pasaporte", "note": ""},
                {"name": "Formulario de solicitud de visado con fotografía", "note": ""},
                {
                    "name": "Carta de invitación del socio comercial o del organizador de la feria",
                    "note": "Qué debe indicar (motivo, fechas, quién corre con los gastos): consulte con la embajada o el consulado de China.",
                },
            ],
            "fr": [
                {"name": "Passeport", "note": ""},
                {"name": "Formulaire de demande de visa avec photo", "note": ""},
                {
                    "name": "Lettre d'invitation du partenaire commercial ou de l'organisateur du salon",
                    "note": "Ce qu'elle doit mentionner (objet, dates, prise en charge des frais) : vérifiez auprès de l'ambassade ou du consulat de Chine.",
                },
            ],
        },
        "steps": {
            "en": [
                {
                    "title": "Get the invitation",
                    "text": "<p>From your partner or the trade-fair organiser in China.</p>",
                },
                {
                    "title": "Apply for the visa",
                    "text": "<p>At a Chinese embassy, consulate or visa application centre.</p>",
                },
                {
                    "title": "Register within 24 hours of arrival",
                    "text": "<p>A hotel does it for you; otherwise the local police station.</p>",
                },
            ],
            "zh-hans": [
                {"title": "取得邀请函", "text": "<p>由中国境内的合作伙伴或交易会主办方出具。</p>"},
                {"title": "申请签证", "text": "<p>向中国驻外使领馆或签证申请服务中心申请。</p>"},
                {
                    "title": "抵达后24小时内办理住宿登记",
                    "text": "<p>住酒店由酒店代办；否则到当地派出所登记。</p>",
                },
            ],
            "ar": [
                {"title": "احصل على الدعوة", "text": "<p>من شريكك أو من منظّم المعرض في الصين.</p>"},
                {
                    "title": "قدّم طلب التأشيرة",
                    "text": "<p>لدى سفارة أو قنصلية صينية أو مركز طلبات التأشيرات.</p>",
                },
                {
                    "title": "سجّل خلال 24 ساعة من وصولك",
                    "text": "<p>يتولى الفندق ذلك عنك؛ وإلا فمركز الشرطة المحلي.</p>",
                },
            ],
            "ru": [
                {
                    "title": "Получите приглашение",
                    "text": "<p>От партнёра или организатора выставки в Китае.</p>",
                },
                {
                    "title": "Подайте на визу",
                    "text": "<p>В посольство, консульство Китая или визовый центр.</p>",
                },
                {
                    "title": "Зарегистрируйтесь в течение 24 часов после прибытия",
                    "text": "<p>В гостинице это сделают за вас; иначе — в местном полицейском участке.</p>",
                },
            ],
            "es": [
                {
                    "title": "Consiga la invitación",
                    "text": "<p>De su socio o del organizador de la feria en China.</p>",
                },
                {
                    "title": "Solicite el visado",
                    "text": "<p>En una embajada o consulado de China o en un centro de solicitud de visados.</p>",
                },
                {
                    "title": "Regístrese en las 24 horas siguientes a su llegada",
                    "text": "<p>Si se aloja en un hotel, lo hace el hotel; si no, la comisaría de su zona.</p>",
                },
            ],
            "fr": [
                {
                    "title": "Obtenez l'invitation",
                    "text": "<p>Auprès de votre partenaire ou de l'organisateur du salon en Chine.</p>",
                },
                {
                    "title": "Demandez le visa",
                    "text": "<p>À une ambassade ou un consulat de Chine, ou à un centre de demande de visa.</p>",
                },
                {
                    "title": "Déclarez votre résidence sous 24 heures après l'arrivée",
                    "text": "<p>À l'hôtel, c'est l'hôtel qui s'en charge ; sinon, le poste de police du quartier.</p>",
                },
            ],
        },
        "processing_time": {
            "en": "Set by each embassy or consulate; no checked figure. Ask when you apply.",
            "zh-hans": "由各使领馆自行确定，目前没有核实的数字，请在申请时询问。",
            "ar": "تحددها كل سفارة أو قنصلية، ولا يوجد رقم موثّق. اسأل عند التقديم.",
            "ru": "Срок устанавливает каждое посольство или консульство; проверенной цифры нет. Уточните при подаче.",
            "es": "Lo fija cada embajada o consulado; no hay una cifra comprobada. Pregunte al presentar la solicitud.",
            "fr": "Fixé par chaque ambassade ou consulat ; aucun chiffre vérifié. Renseignez-vous lors de la demande.",
        },
        "fees": {
            "en": "Fees depend on your nationality and on reciprocity. Check with the Chinese embassy or consulate.",
            "zh-hans": "签证费因国籍和对等原则而异，请向中国驻外使领馆核实。",
            "ar": "تختلف الرسوم بحسب جنسيتك ومبدأ المعاملة بالمثل. تحقّق لدى السفارة أو القنصلية الصينية.",
            "ru": "Сборы зависят от гражданства и принципа взаимности. Уточните в посольстве или консульстве Китая.",
            "es": "Las tasas dependen de su nacionalidad y de la reciprocidad. Consulte con la embajada o el consulado de China.",
            "fr": "Les frais dépendent de votre nationalité et de la réciprocité. Vérifiez auprès de l'ambassade ou du consulat de Chine.",
        },
        "where_to_apply": {
            "en": '<p>A Chinese embassy or consulate, or a Chinese Visa Application Service Center (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "zh-hans": '<p>中国驻外使领馆，或中国签证申请服务中心（<a href="https://www.visaforchina.cn/">visaforchina.cn</a>）。</p>',
            "ar": '<p>سفارة أو قنصلية صينية، أو مركز خدمة طلبات التأشيرة الصينية (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "ru": '<p>Посольство или консульство Китая либо Китайский визовый сервисный центр (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "es": '<p>Una embajada o consulado de China, o un Centro de Servicio de Solicitud de Visados para China (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
            "fr": '<p>Une ambassade ou un consulat de Chine, ou un centre de service de demande de visa pour la Chine (<a href="https://www.visaforchina.cn/">visaforchina.cn</a>).</p>',
        },
        "notes": {
            "en": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Not for taking up a job",
                        "text": "<p>An M visa does not allow you to work for an employer in China. To take a job, your employer needs a work-permit notice and you need a Z visa.</p>",
                    },
                }
            ],
            "zh-hans": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "不能用于就业",
                        "text": "<p>持M字签证不得受雇于中国境内的用人单位。如要就业，须由用人单位取得工作许可通知，并由您申请Z字签证。</p>",
                    },
                }
            ],
            "ar": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "ليست للحصول على وظيفة",
                        "text": "<p>لا تسمح تأشيرة M بالعمل لدى صاحب عمل في الصين. لتولي وظيفة، يحتاج صاحب العمل إلى إشعار تصريح العمل وتحتاج أنت إلى تأشيرة Z.</p>",
                    },
                }
            ],
            "ru": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Не для трудоустройства",
                        "text": "<p>Виза M не даёт права работать на работодателя в Китае. Чтобы устроиться на работу, работодателю нужно уведомление о разрешении на работу, а вам — виза Z.</p>",
                    },
                }
            ],
            "es": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "No sirve para aceptar un empleo",
                        "text": "<p>El visado M no permite trabajar para un empleador en China. Para aceptar un empleo, su empleador necesita la notificación del permiso de trabajo y usted, un visado Z.</p>",
                    },
                }
            ],
            "fr": [
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Pas pour occuper un emploi",
                        "text": "<p>Le visa M ne permet pas de travailler pour un employeur en Chine. Pour occuper un emploi, votre employeur doit obtenir la notification de permis de travail et vous, un visa Z.</p>",
                    },
                }
            ],
        },
        "sources": [
            {
                "title": "Exit and Entry Administration Law of the People's Republic of China (2012), English "
                "text",
                "url": "https://subsites.chinadaily.com.cn/guangdong/gdfao/2018-08/21/c_1037375.htm",
                "publisher": "Foreign Affairs Office of Guangdong Province (on China Daily's site)",
                "verified_on": "2026-12-06",
            }
        ],
    }
)
