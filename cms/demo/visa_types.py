"""National visa resources (Z, R, X, S, M) and the visa section's own page.

Every figure here comes from ``/work/shared/FACTS.md``; where the sources
disagree the text says so, and anything not checked is left to the Chinese
embassy or consulate. See ``cms.demo`` for the data conventions.
"""

NATIONAL_SECTION = {
    "slug": "visas-and-permits",
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
