"""The four settling-in guides for Shenzhen.

Plain data, read by ``cms.demo.loader``; conventions in ``cms.demo``.
Figures follow /work/shared/FACTS.md; anything uncertain says whom to check with.
"""

VERIFIED_ON = "2026-11-01"


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _text(html):
    return {"type": "text", "value": html}


def _source(title, url, publisher):
    return {
        "type": "source",
        "value": {"title": title, "url": url, "publisher": publisher, "verified_on": VERIFIED_ON},
    }


GUIDES = []

# --- 1. Arriving ---------------------------------------------------------------
GUIDES.append(
    {
        "slug": "arriving",
        "topic": "arriving",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Arriving in Shenzhen: your first 30 days",
            "zh-hans": "抵达深圳：最初30天",
            "ar": "الوصول إلى شنجن: أيامك الثلاثون الأولى",
            "ru": "Приезд в Шэньчжэнь: первые 30 дней",
            "es": "Llegar a Shenzhen: tus primeros 30 días",
            "fr": "Arriver à Shenzhen : vos 30 premiers jours",
        },
        "intro": {
            "en": "What to do, and in what order, in your first month in Shenzhen: registering your address, the medical check, your work and residence permits, then the phone, bank and payment apps that daily life runs on.",
            "zh-hans": "在深圳的第一个月该做什么、按什么顺序做：住宿登记、体检、工作许可和居留许可，以及日常生活离不开的手机、银行和支付应用。",
            "ar": "ما الذي عليك فعله، وبأي ترتيب، في شهرك الأول في شنجن: تسجيل عنوان السكن، والفحص الطبي، وتصريحا العمل والإقامة، ثم الهاتف والحساب المصرفي وتطبيقات الدفع التي تقوم عليها حياتك اليومية.",
            "ru": "Что делать и в каком порядке в первый месяц в Шэньчжэне: регистрация, медосмотр, разрешения на работу и на жительство, а затем телефон, банк и платёжные приложения, без которых не обойтись в быту.",
            "es": "Qué hacer, y en qué orden, en tu primer mes en Shenzhen: el registro de domicilio, el examen médico, los permisos de trabajo y residencia, y luego el teléfono, el banco y las apps de pago del día a día.",
            "fr": "Ce qu'il faut faire, et dans quel ordre, pendant votre premier mois à Shenzhen : déclaration de résidence, visite médicale, permis de travail et de séjour, puis téléphone, banque et applications de paiement.",
        },
        "body": {
            "en": [
                _heading("The order that works"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Your first 30 days, step by step",
                        "steps": [
                            {
                                "title": "Register your address within 24 hours",
                                "text": "<p>A hotel registers you automatically. If you stay in a flat or with friends, go to the local police station (or ask your landlord to help) with your passport and lease within 24 hours of arrival.</p>",
                            },
                            {
                                "title": "Have your medical check",
                                "text": "<p>Your employer usually books it at an International Travel Health Care Center. The certificate is valid for 6 months.</p>",
                            },
                            {
                                "title": "Collect your work-permit card",
                                "text": "<p>Apply within 30 days of entry; some employers set an earlier internal deadline, such as 10 days.</p>",
                            },
                            {
                                "title": "Apply for your residence permit",
                                "text": "<p>Apply within 30 days of entry at the exit-entry administration. The legal decision time is 15 days (often 7–8 working days in practice), and your passport is held meanwhile, so plan trips around it.</p>",
                            },
                            {
                                "title": "Set up phone, bank and payments",
                                "text": "<p>In this order: a phone number (real-name check with your passport), a bank account, then verifying Alipay or WeChat Pay. See our banking and phone guide.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Don't skip the 24-hour registration",
                        "text": "<p>Late registration can be fined up to RMB 2,000. One source gives 48 hours rather than 24; treat 24 hours as the safe rule and check with your local police station.</p>",
                    },
                },
                _heading("Coming in from Hong Kong"),
                _text(
                    "<p>Many people reach Shenzhen through Hong Kong, crossing by land at checkpoints such as Luohu, Futian or Shenzhen Bay. Hong Kong and the mainland run separate immigration controls: clearing Hong Kong does not mean you may enter the mainland.</p><ul><li>Before you travel, check the mainland visa rules for your nationality with the Chinese embassy or consulate, or on 12367.</li><li>A short tourist visa issued at the border is not a work visa: to take up a job you normally need a Z visa (or an R visa for class-A talent), applied for with your work-permit notice.</li><li>The 24-hour and 30-day clocks start on the day you enter the mainland.</li></ul>"
                ),
                _heading("Help lines"),
                _text(
                    "<p><b>12345</b> is Shenzhen's city service hotline for questions about public services; check whether English is offered when you call. <b>12367</b> is the national immigration service line, open 24/7 in Chinese and English, for visas, permits and registration.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Can I work if I entered on a tourist visa?",
                                "answer": "<p>No. Working on a tourist visa is not allowed, and switching to a work status inside China is possible only in limited cases. The usual route is a Z visa applied for with your work-permit notice. Check your case with your employer or 12367 before you travel.</p>",
                            },
                            {
                                "question": "Can I travel while my residence permit is being processed?",
                                "answer": "<p>Your passport is held during processing, so you usually cannot leave the mainland, including for Hong Kong. Ask the exit-entry office what the receipt you are given allows.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "National Immigration Administration",
                    "https://www.nia.gov.cn/",
                    "National Immigration Administration",
                ),
                _source(
                    "12367 immigration service platform",
                    "https://www.12367.cn/",
                    "National Immigration Administration",
                ),
            ],
            "zh-hans": [
                _heading("行之有效的办理顺序"),
                {
                    "type": "steps",
                    "value": {
                        "title": "最初30天，一步一步来",
                        "steps": [
                            {
                                "title": "24小时内办理住宿登记",
                                "text": "<p>住酒店的，酒店会自动为您登记。住在租住的公寓或朋友家的，请在抵达后24小时内携带护照和租房合同到当地派出所办理（也可请房东协助）。</p>",
                            },
                            {
                                "title": "完成体检",
                                "text": "<p>用人单位通常会在国际旅行卫生保健中心为您预约。体检证明有效期为6个月。</p>",
                            },
                            {
                                "title": "领取工作许可证",
                                "text": "<p>须在入境后30天内申请；有些用人单位会设定更早的内部期限，例如10天。</p>",
                            },
                            {
                                "title": "申请居留许可",
                                "text": "<p>须在入境后30天内向出入境管理部门申请。法定审批时限为15天（实际通常为7至8个工作日），其间护照由受理机关留存，请据此安排出行。</p>",
                            },
                            {
                                "title": "开通手机、银行和支付",
                                "text": "<p>按以下顺序：办理手机号（凭护照实名认证）、开立银行账户，再完成支付宝或微信支付的实名认证。详见我们的银行与手机指南。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "别忘了24小时内登记",
                        "text": "<p>逾期登记最高可被罚款2,000元人民币。有一个来源称时限为48小时而非24小时；稳妥起见请按24小时办理，并向当地派出所核实。</p>",
                    },
                },
                _heading("从香港入境"),
                _text(
                    "<p>很多人经香港前往深圳，从罗湖、福田或深圳湾等口岸陆路过境。香港与内地实行各自独立的出入境管理：通过香港边检并不代表您可以进入内地。</p><ul><li>出发前，请向中国驻外使领馆或拨打12367核实您所持国籍进入内地的签证要求。</li><li>在口岸签发的短期旅游签证不是工作签证：来深圳就业，通常需要凭工作许可通知申请Z字签证（A类高端人才可申请R字签证）。</li><li>24小时和30天的期限都从您进入内地当天起算。</li></ul>"
                ),
                _heading("服务热线"),
                _text(
                    "<p><b>12345</b>是深圳市政务服务便民热线，可咨询各类公共服务问题；致电时请先确认是否提供英语服务。<b>12367</b>是全国移民管理服务热线，全天24小时提供中英文服务，可咨询签证、许可和登记等事宜。</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "持旅游签证入境后可以工作吗？",
                                "answer": "<p>不可以。持旅游签证工作是不允许的，在境内转为工作身份也只在有限情况下可行。通常的做法是凭工作许可通知申请Z字签证。出发前请向用人单位确认，或拨打12367咨询。</p>",
                            },
                            {
                                "question": "居留许可办理期间可以出行吗？",
                                "answer": "<p>审批期间护照由受理机关留存，因此通常无法离开内地，包括前往香港。请向出入境办证窗口询问所发回执可用于哪些用途。</p>",
                            },
                        ],
                    },
                },
                _source("国家移民管理局", "https://www.nia.gov.cn/", "国家移民管理局"),
                _source("12367移民管理服务平台", "https://www.12367.cn/", "国家移民管理局"),
            ],
            "ar": [
                _heading("الترتيب الذي ينجح"),
                {
                    "type": "steps",
                    "value": {
                        "title": "أيامك الثلاثون الأولى خطوة بخطوة",
                        "steps": [
                            {
                                "title": "سجّل عنوانك خلال 24 ساعة",
                                "text": "<p>إذا نزلت في فندق فهو يسجّلك تلقائياً. أما إذا أقمت في شقة أو عند أصدقاء، فتوجّه إلى مركز الشرطة المحلي (أو اطلب مساعدة المالك) ومعك جواز سفرك وعقد الإيجار خلال 24 ساعة من وصولك.</p>",
                            },
                            {
                                "title": "أجرِ الفحص الطبي",
                                "text": "<p>يحجز لك صاحب العمل عادةً موعداً في مركز الرعاية الصحية للسفر الدولي. تبقى الشهادة صالحة 6 أشهر.</p>",
                            },
                            {
                                "title": "استلم بطاقة تصريح العمل",
                                "text": "<p>قدّم الطلب خلال 30 يوماً من الدخول؛ وبعض أصحاب العمل يحددون موعداً داخلياً أبكر، كعشرة أيام مثلاً.</p>",
                            },
                            {
                                "title": "اطلب تصريح الإقامة",
                                "text": "<p>قدّم الطلب خلال 30 يوماً من الدخول لدى إدارة الدخول والخروج. المهلة القانونية للبت 15 يوماً (وغالباً 7–8 أيام عمل في الواقع)، ويُحتفظ بجواز سفرك خلال ذلك، فخطّط لتنقلاتك على هذا الأساس.</p>",
                            },
                            {
                                "title": "جهّز الهاتف والمصرف والدفع",
                                "text": "<p>بهذا الترتيب: رقم هاتف (مع التحقق من الهوية بجواز السفر)، ثم حساب مصرفي، ثم توثيق Alipay أو WeChat Pay. راجع دليلنا عن المصارف والهاتف.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "لا تتجاهل التسجيل خلال 24 ساعة",
                        "text": "<p>قد يُعاقب التأخر في التسجيل بغرامة تصل إلى 2,000 يوان صيني. يذكر أحد المصادر مهلة 48 ساعة بدلاً من 24؛ اعتمد 24 ساعة احتياطاً وتحقق من ذلك لدى مركز الشرطة المحلي.</p>",
                    },
                },
                _heading("القدوم من هونغ كونغ"),
                _text(
                    "<p>يصل كثيرون إلى شنجن عبر هونغ كونغ، فيعبرون براً من منافذ مثل لوهو أو فوتيان أو خليج شنجن. لهونغ كونغ والبر الرئيسي نظاما هجرة منفصلان: اجتيازك مراقبة هونغ كونغ لا يعني أنه يحق لك دخول البر الرئيسي.</p><ul><li>تحقق قبل السفر من متطلبات تأشيرة البر الرئيسي لجنسيتك، لدى السفارة أو القنصلية الصينية أو عبر الرقم 12367.</li><li>التأشيرة السياحية القصيرة التي تُمنح عند المنفذ ليست تأشيرة عمل: لتبدأ وظيفتك تحتاج عادةً إلى تأشيرة Z (أو تأشيرة R لمواهب الفئة A) تُطلب بموجب إشعار تصريح العمل.</li><li>تبدأ مهلتا الـ24 ساعة والـ30 يوماً من يوم دخولك إلى البر الرئيسي.</li></ul>"
                ),
                _heading("خطوط المساعدة"),
                _text(
                    "<p><b>12345</b> هو الخط الساخن لخدمات مدينة شنجن للاستفسار عن الخدمات العامة؛ تأكد عند الاتصال من توفر اللغة الإنجليزية. أما <b>12367</b> فهو خط خدمات الهجرة الوطني، ويعمل على مدار الساعة طوال الأسبوع بالصينية والإنجليزية، للاستفسار عن التأشيرات والتصاريح والتسجيل.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكنني العمل إذا دخلت بتأشيرة سياحية؟",
                                "answer": "<p>لا. العمل بتأشيرة سياحية غير مسموح، وتحويل وضعك إلى وضع عمل داخل الصين ممكن في حالات محدودة فقط. الطريق المعتاد هو تأشيرة Z تُطلب بموجب إشعار تصريح العمل. تحقق من حالتك مع صاحب العمل أو عبر 12367 قبل السفر.</p>",
                            },
                            {
                                "question": "هل يمكنني السفر أثناء معالجة طلب الإقامة؟",
                                "answer": "<p>يُحتفظ بجواز سفرك أثناء معالجة الطلب، لذا لا يمكنك عادةً مغادرة البر الرئيسي، ولو إلى هونغ كونغ. اسأل مكتب الدخول والخروج عمّا يتيحه لك الإيصال الذي تتسلمه.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "الإدارة الوطنية للهجرة", "https://www.nia.gov.cn/", "الإدارة الوطنية للهجرة"
                ),
                _source(
                    "منصة خدمات الهجرة 12367", "https://www.12367.cn/", "الإدارة الوطنية للهجرة"
                ),
            ],
            "ru": [
                _heading("Порядок, который работает"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Первые 30 дней шаг за шагом",
                        "steps": [
                            {
                                "title": "Зарегистрируйтесь в течение 24 часов",
                                "text": "<p>Гостиница регистрирует вас сама. Если вы живёте в квартире или у знакомых, в течение 24 часов после приезда обратитесь в местный полицейский участок с паспортом и договором аренды (можно попросить помочь арендодателя).</p>",
                            },
                            {
                                "title": "Пройдите медосмотр",
                                "text": "<p>Обычно работодатель записывает вас в Международный центр охраны здоровья путешественников. Справка действительна 6 месяцев.</p>",
                            },
                            {
                                "title": "Получите карту разрешения на работу",
                                "text": "<p>Подайте заявление в течение 30 дней после въезда; некоторые работодатели ставят более ранний внутренний срок, например 10 дней.</p>",
                            },
                            {
                                "title": "Подайте на вид на жительство",
                                "text": "<p>Заявление подаётся в управление по делам въезда и выезда в течение 30 дней после въезда. По закону решение принимается за 15 дней (на практике часто за 7–8 рабочих дней), и всё это время паспорт остаётся у ведомства — планируйте поездки с учётом этого.</p>",
                            },
                            {
                                "title": "Оформите телефон, банк и платежи",
                                "text": "<p>В таком порядке: номер телефона (проверка личности по паспорту), банковский счёт, затем верификация Alipay или WeChat Pay. Подробнее — в нашем руководстве о банке и телефоне.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Не пропустите регистрацию в течение 24 часов",
                        "text": "<p>За опоздание с регистрацией грозит штраф до 2 000 юаней. Один источник называет срок 48 часов, а не 24; надёжнее исходить из 24 часов и уточнить в местном полицейском участке.</p>",
                    },
                },
                _heading("Въезд из Гонконга"),
                _text(
                    "<p>Многие добираются до Шэньчжэня через Гонконг и пересекают границу по суше — например, через пункты пропуска Лоху, Футянь или Шэньчжэньский залив. У Гонконга и материкового Китая раздельный пограничный контроль: пройдя контроль в Гонконге, вы ещё не получаете права въехать на материк.</p><ul><li>Перед поездкой уточните визовые требования материкового Китая для вашего гражданства в посольстве или консульстве КНР либо по номеру 12367.</li><li>Краткосрочная туристическая виза, выдаваемая на границе, — не рабочая: чтобы приступить к работе, обычно нужна виза Z (или виза R для талантов категории A), оформляемая по уведомлению о разрешении на работу.</li><li>Сроки в 24 часа и 30 дней отсчитываются со дня въезда на материк.</li></ul>"
                ),
                _heading("Телефоны помощи"),
                _text(
                    "<p><b>12345</b> — городская горячая линия Шэньчжэня по вопросам государственных услуг; при звонке уточните, доступен ли английский. <b>12367</b> — общенациональная линия миграционной службы: круглосуточно, на китайском и английском, по вопросам виз, разрешений и регистрации.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы и ответы",
                        "items": [
                            {
                                "question": "Можно ли работать, если я въехал по туристической визе?",
                                "answer": "<p>Нет. Работать по туристической визе запрещено, а сменить статус на рабочий внутри Китая можно лишь в ограниченных случаях. Обычный путь — виза Z по уведомлению о разрешении на работу. До поездки уточните свой случай у работодателя или по номеру 12367.</p>",
                            },
                            {
                                "question": "Можно ли путешествовать, пока оформляется вид на жительство?",
                                "answer": "<p>На время рассмотрения паспорт остаётся у ведомства, поэтому выехать за пределы материка, в том числе в Гонконг, обычно нельзя. Спросите в управлении по делам въезда и выезда, что позволяет выданная вам расписка.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Государственное управление по делам иммиграции КНР",
                    "https://www.nia.gov.cn/",
                    "Государственное управление по делам иммиграции КНР",
                ),
                _source(
                    "Платформа миграционных услуг 12367",
                    "https://www.12367.cn/",
                    "Государственное управление по делам иммиграции КНР",
                ),
            ],
            "es": [
                _heading("El orden que funciona"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Tus primeros 30 días, paso a paso",
                        "steps": [
                            {
                                "title": "Registra tu domicilio en 24 horas",
                                "text": "<p>Si te alojas en un hotel, te registra automáticamente. Si vives en un piso o con amigos, acude a la comisaría de tu zona (o pide ayuda al casero) con el pasaporte y el contrato de alquiler en las 24 horas siguientes a tu llegada.</p>",
                            },
                            {
                                "title": "Hazte el examen médico",
                                "text": "<p>Normalmente tu empleador te pide cita en un Centro Internacional de Salud para Viajeros. El certificado es válido 6 meses.</p>",
                            },
                            {
                                "title": "Recoge tu tarjeta de permiso de trabajo",
                                "text": "<p>Solicítala en los 30 días siguientes a la entrada; algunos empleadores fijan un plazo interno más corto, por ejemplo 10 días.</p>",
                            },
                            {
                                "title": "Solicita el permiso de residencia",
                                "text": "<p>Preséntalo ante la administración de entrada y salida en los 30 días siguientes a la entrada. El plazo legal de resolución es de 15 días (en la práctica, a menudo 7–8 días hábiles) y tu pasaporte queda retenido mientras tanto, así que organiza tus viajes en consecuencia.</p>",
                            },
                            {
                                "title": "Activa teléfono, banco y pagos",
                                "text": "<p>En este orden: un número de teléfono (verificación de identidad con el pasaporte), una cuenta bancaria y, después, la verificación de Alipay o WeChat Pay. Consulta nuestra guía de banca y teléfono.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "No te saltes el registro de 24 horas",
                        "text": "<p>Registrarse tarde puede acarrear una multa de hasta 2.000 RMB. Una fuente habla de 48 horas en lugar de 24; toma las 24 horas como regla segura y confírmalo en la comisaría de tu zona.</p>",
                    },
                },
                _heading("Llegar desde Hong Kong"),
                _text(
                    "<p>Muchas personas llegan a Shenzhen a través de Hong Kong y cruzan por tierra por pasos fronterizos como Luohu, Futian o la Bahía de Shenzhen. Hong Kong y el continente tienen controles migratorios separados: pasar el de Hong Kong no significa que puedas entrar en el continente.</p><ul><li>Antes de viajar, comprueba los requisitos de visado de la China continental para tu nacionalidad en la embajada o el consulado chino, o en el 12367.</li><li>El visado turístico corto que se expide en la frontera no es un visado de trabajo: para empezar un empleo sueles necesitar un visado Z (o un visado R para talentos de clase A), solicitado con la notificación de permiso de trabajo.</li><li>Los plazos de 24 horas y de 30 días cuentan desde el día en que entras en el continente.</li></ul>"
                ),
                _heading("Líneas de ayuda"),
                _text(
                    "<p>El <b>12345</b> es la línea de atención ciudadana de Shenzhen para consultas sobre servicios públicos; al llamar, pregunta si atienden en inglés. El <b>12367</b> es la línea nacional de servicios de inmigración, disponible las 24 horas, todos los días, en chino e inglés, para visados, permisos y registro.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Puedo trabajar si entré con un visado de turista?",
                                "answer": "<p>No. Trabajar con un visado de turista no está permitido, y cambiar a una situación laboral dentro de China solo es posible en casos limitados. Lo habitual es un visado Z solicitado con la notificación de permiso de trabajo. Consulta tu caso con tu empleador o en el 12367 antes de viajar.</p>",
                            },
                            {
                                "question": "¿Puedo viajar mientras tramitan mi permiso de residencia?",
                                "answer": "<p>Tu pasaporte queda retenido durante la tramitación, así que normalmente no puedes salir del continente, tampoco a Hong Kong. Pregunta en la oficina de entrada y salida qué te permite el resguardo que te entregan.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Administración Nacional de Inmigración de China",
                    "https://www.nia.gov.cn/",
                    "Administración Nacional de Inmigración de China",
                ),
                _source(
                    "Plataforma de servicios de inmigración 12367",
                    "https://www.12367.cn/",
                    "Administración Nacional de Inmigración de China",
                ),
            ],
            "fr": [
                _heading("L'ordre qui fonctionne"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Vos 30 premiers jours, étape par étape",
                        "steps": [
                            {
                                "title": "Déclarez votre adresse sous 24 heures",
                                "text": "<p>À l'hôtel, l'établissement vous déclare automatiquement. Si vous logez dans un appartement ou chez des amis, présentez-vous au poste de police de votre quartier (ou demandez l'aide de votre propriétaire) avec votre passeport et votre bail dans les 24 heures suivant votre arrivée.</p>",
                            },
                            {
                                "title": "Passez la visite médicale",
                                "text": "<p>Votre employeur prend en général rendez-vous pour vous dans un Centre international de santé des voyageurs. Le certificat est valable 6 mois.</p>",
                            },
                            {
                                "title": "Retirez votre carte de permis de travail",
                                "text": "<p>Faites la demande dans les 30 jours suivant l'entrée ; certains employeurs fixent un délai interne plus court, par exemple 10 jours.</p>",
                            },
                            {
                                "title": "Demandez votre permis de séjour",
                                "text": "<p>Déposez la demande auprès de l'administration des entrées et sorties dans les 30 jours suivant l'entrée. Le délai légal de décision est de 15 jours (souvent 7 à 8 jours ouvrables en pratique) et votre passeport est conservé pendant ce temps : organisez vos déplacements en conséquence.</p>",
                            },
                            {
                                "title": "Mettez en place téléphone, banque et paiements",
                                "text": "<p>Dans cet ordre : un numéro de téléphone (vérification d'identité avec votre passeport), un compte bancaire, puis la vérification d'Alipay ou de WeChat Pay. Voir notre guide banque et téléphone.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Ne négligez pas la déclaration sous 24 heures",
                        "text": "<p>Une déclaration tardive peut être sanctionnée d'une amende allant jusqu'à 2 000 RMB. Une source mentionne 48 heures et non 24 ; par prudence, retenez 24 heures et vérifiez auprès du poste de police de votre quartier.</p>",
                    },
                },
                _heading("Arriver depuis Hong Kong"),
                _text(
                    "<p>Beaucoup de personnes rejoignent Shenzhen via Hong Kong et passent la frontière par voie terrestre, par exemple aux postes de Luohu, Futian ou Shenzhen Bay. Hong Kong et le continent ont des contrôles d'immigration distincts : franchir celui de Hong Kong ne vous autorise pas pour autant à entrer sur le continent.</p><ul><li>Avant de partir, vérifiez les conditions de visa pour la Chine continentale selon votre nationalité auprès de l'ambassade ou du consulat de Chine, ou au 12367.</li><li>Le visa touristique de courte durée délivré à la frontière n'est pas un visa de travail : pour prendre un emploi, il faut en général un visa Z (ou un visa R pour les talents de catégorie A), demandé avec la notification de permis de travail.</li><li>Les délais de 24 heures et de 30 jours courent à partir du jour de votre entrée sur le continent.</li></ul>"
                ),
                _heading("Lignes d'assistance"),
                _text(
                    "<p>Le <b>12345</b> est la ligne de services de la ville de Shenzhen pour les questions sur les services publics ; demandez si l'anglais est proposé lors de votre appel. Le <b>12367</b> est la ligne nationale des services d'immigration, ouverte 24 h/24 et 7 j/7 en chinois et en anglais, pour les visas, les permis et la déclaration de résidence.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Puis-je travailler si je suis entré avec un visa de tourisme ?",
                                "answer": "<p>Non. Travailler avec un visa de tourisme est interdit, et passer à un statut de travailleur depuis la Chine n'est possible que dans des cas limités. La voie habituelle est un visa Z demandé avec la notification de permis de travail. Vérifiez votre situation auprès de votre employeur ou du 12367 avant de partir.</p>",
                            },
                            {
                                "question": "Puis-je voyager pendant l'instruction de mon permis de séjour ?",
                                "answer": "<p>Votre passeport est conservé pendant l'instruction : vous ne pouvez donc en général pas quitter le continent, y compris pour Hong Kong. Demandez au bureau des entrées et sorties ce que permet le récépissé qui vous est remis.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Administration nationale de l'immigration de Chine",
                    "https://www.nia.gov.cn/",
                    "Administration nationale de l'immigration de Chine",
                ),
                _source(
                    "Plateforme de services d'immigration 12367",
                    "https://www.12367.cn/",
                    "Administration nationale de l'immigration de Chine",
                ),
            ],
        },
    }
)

# --- 2. Banking and phone -------------------------------------------------------
GUIDES.append(
    {
        "slug": "banking-and-phone",
        "topic": "money",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Phone, bank and mobile payments in Shenzhen",
            "zh-hans": "在深圳办理手机、银行卡和移动支付",
            "ar": "الهاتف والمصرف والدفع عبر الجوال في شنجن",
            "ru": "Телефон, банк и мобильные платежи в Шэньчжэне",
            "es": "Teléfono, banco y pagos móviles en Shenzhen",
            "fr": "Téléphone, banque et paiement mobile à Shenzhen",
        },
        "intro": {
            "en": "How to get a Chinese phone number, open a bank account and verify Alipay or WeChat Pay in Shenzhen, and how to break the loop in which each step seems to need the other first.",
            "zh-hans": "在深圳如何办理中国手机号、开立银行账户并完成支付宝或微信支付认证，以及如何走出“互为前提”的死循环。",
            "ar": "كيف تحصل على رقم هاتف صيني، وتفتح حساباً مصرفياً، وتوثّق Alipay أو WeChat Pay في شنجن، وكيف تكسر الحلقة التي يبدو فيها أن كل خطوة تحتاج إلى الأخرى أولاً.",
            "ru": "Как получить китайский номер телефона, открыть банковский счёт и верифицировать Alipay или WeChat Pay в Шэньчжэне — и как разорвать круг, где каждый шаг будто требует другого.",
            "es": "Cómo conseguir un número de teléfono chino, abrir una cuenta bancaria y verificar Alipay o WeChat Pay en Shenzhen, y cómo romper el círculo en el que cada paso parece exigir el otro primero.",
            "fr": "Comment obtenir un numéro chinois, ouvrir un compte bancaire et vérifier Alipay ou WeChat Pay à Shenzhen, et comment sortir du cercle où chaque étape semble exiger l'autre d'abord.",
        },
        "body": {
            "en": [
                _text(
                    "<p>In Shenzhen almost everything, from the metro to a street-food stall, is paid by phone. Getting there takes three linked steps, and doing them in the right order saves repeat visits.</p>"
                ),
                _heading("Three steps, in this order"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Phone, bank, wallet",
                        "steps": [
                            {
                                "title": "Get a phone number",
                                "text": "<p>Go to a China Mobile, China Unicom or China Telecom shop with your passport. The real-name check links the number to your passport; a number registered in someone else's name may be cut off later.</p>",
                            },
                            {
                                "title": "Open a bank account",
                                "text": "<p>Bring your passport, your Chinese phone number and, ideally, your residence permit, work contract or a letter from your employer. Requirements differ between banks and even branches, so ask your HR team which branch usually serves their foreign staff.</p>",
                            },
                            {
                                "title": "Verify Alipay or WeChat Pay",
                                "text": "<p>Link your bank card and complete the identity check in the app. Unverified wallets are capped, so do this as soon as your account is open.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Make sure your name matches",
                        "text": "<p>Banks sometimes record foreign names differently from the passport, for example in a different order or without a middle name. The wallet then cannot match you to your card. Before you leave the counter, check that the name on the account is exactly as in your passport.</p>",
                    },
                },
                _heading("The catch-22, and how to break it"),
                _text(
                    "<p>The bank wants a Chinese phone number, the phone shop may ask for a local address, and the payment apps want a bank card. Break the loop like this:</p><ul><li>Register your address first: the registration slip is often the proof of address others ask for.</li><li>Get the phone number before you go to the bank.</li><li>Until your wallet is verified, carry some cash and a foreign card the apps accept; check the current limits in the app.</li></ul>"
                ),
                _heading("Getting help"),
                _text(
                    "<p>If a bank turns you down, ask why and try another branch or bank; your employer's HR team often knows which branch works. For questions about permits or registration, call 12367 (24/7, Chinese and English); for other city services, call 12345.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Can I open a bank account before my residence permit is ready?",
                                "answer": "<p>Some banks open accounts with a passport and visa alone; others want the residence permit. Ask the branch before you go, and bring every document you have.</p>",
                            },
                            {
                                "question": "Why does my wallet still show a limit?",
                                "answer": "<p>Usually because the identity check is incomplete or the name on your bank card does not match your passport. Redo the verification in the app and, if it still fails, ask the bank to correct how your name is recorded.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Shenzhen Government Online (English)",
                    "https://www.sz.gov.cn/en/",
                    "Shenzhen Municipal People's Government",
                ),
                _source(
                    "People's Bank of China", "http://www.pbc.gov.cn/", "People's Bank of China"
                ),
            ],
            "zh-hans": [
                _text(
                    "<p>在深圳，从地铁到路边小吃，几乎一切都用手机付款。要做到这一点需要三个环环相扣的步骤，按正确顺序办理可以少跑几趟。</p>"
                ),
                _heading("三个步骤，按此顺序"),
                {
                    "type": "steps",
                    "value": {
                        "title": "手机号、银行卡、电子钱包",
                        "steps": [
                            {
                                "title": "办理手机号",
                                "text": "<p>携带护照前往中国移动、中国联通或中国电信营业厅办理。实名制会把号码与您的护照绑定；以他人名义办理的号码日后可能被停用。</p>",
                            },
                            {
                                "title": "开立银行账户",
                                "text": "<p>请携带护照、中国手机号，最好再带上居留许可、劳动合同或用人单位出具的证明。各银行甚至各网点的要求都不尽相同，可先问问公司人事部门，外籍员工通常在哪个网点办理。</p>",
                            },
                            {
                                "title": "完成支付宝或微信支付认证",
                                "text": "<p>在应用内绑定银行卡并完成身份认证。未认证的钱包有额度限制，因此开户后请尽快完成这一步。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "确认姓名一致",
                        "text": "<p>银行登记外国人姓名时，有时与护照不一致，例如姓和名的顺序不同，或漏掉中间名，导致钱包无法与银行卡匹配。离开柜台前，请核对账户上的姓名是否与护照完全一致。</p>",
                    },
                },
                _heading("如何破解“死循环”"),
                _text(
                    "<p>银行要中国手机号，营业厅可能要本地住址，支付应用又要银行卡。可以这样破解：</p><ul><li>先办住宿登记：登记回执往往就是其他机构要求的住址证明。</li><li>先办手机号，再去银行。</li><li>钱包认证完成之前，随身带些现金和一张支付应用支持的境外银行卡；当前额度请在应用内查看。</li></ul>"
                ),
                _heading("寻求帮助"),
                _text(
                    "<p>如果银行拒绝开户，请询问原因，再试试其他网点或其他银行；公司人事部门通常知道哪个网点办得成。有关许可或登记的问题，请拨打12367（全天24小时，中英文服务）；其他城市服务问题，请拨打12345。</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "居留许可办好之前能开银行账户吗？",
                                "answer": "<p>有些银行凭护照和签证即可开户，有些则要求居留许可。去之前先向网点确认，并把手头的证件都带上。</p>",
                            },
                            {
                                "question": "为什么我的钱包仍有额度限制？",
                                "answer": "<p>通常是因为身份认证尚未完成，或银行卡上的姓名与护照不一致。请在应用内重新认证；如仍不成功，请让银行更正您姓名的登记方式。</p>",
                            },
                        ],
                    },
                },
                _source("深圳政府在线（英文版）", "https://www.sz.gov.cn/en/", "深圳市人民政府"),
                _source("中国人民银行", "http://www.pbc.gov.cn/", "中国人民银行"),
            ],
            "ar": [
                _text(
                    "<p>في شنجن يُدفع ثمن كل شيء تقريباً بالهاتف، من المترو إلى أكشاك الطعام في الشارع. الوصول إلى ذلك يتطلب ثلاث خطوات مترابطة، وإنجازها بالترتيب الصحيح يوفّر عليك زيارات متكررة.</p>"
                ),
                _heading("ثلاث خطوات بهذا الترتيب"),
                {
                    "type": "steps",
                    "value": {
                        "title": "الهاتف، ثم المصرف، ثم المحفظة",
                        "steps": [
                            {
                                "title": "احصل على رقم هاتف",
                                "text": "<p>توجّه إلى أحد متاجر China Mobile أو China Unicom أو China Telecom ومعك جواز سفرك. يربط التحقق من الهوية الرقمَ بجواز سفرك؛ أما الرقم المسجّل باسم شخص آخر فقد يُقطع لاحقاً.</p>",
                            },
                            {
                                "title": "افتح حساباً مصرفياً",
                                "text": "<p>أحضر جواز سفرك ورقم هاتفك الصيني، ويُفضَّل أيضاً تصريح الإقامة أو عقد العمل أو خطاب من صاحب العمل. تختلف المتطلبات بين المصارف بل وبين الفروع، فاسأل قسم الموارد البشرية عن الفرع الذي يقصده موظفوه الأجانب عادةً.</p>",
                            },
                            {
                                "title": "وثّق Alipay أو WeChat Pay",
                                "text": "<p>اربط بطاقتك المصرفية وأكمل التحقق من الهوية داخل التطبيق. المحافظ غير الموثّقة محدودة السقف، فأنجز ذلك فور فتح حسابك.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "تأكد من تطابق اسمك",
                        "text": "<p>تسجّل المصارف أحياناً أسماء الأجانب بشكل مختلف عمّا في جواز السفر، كأن تغيّر ترتيب الاسم أو تُسقط الاسم الأوسط، فلا تستطيع المحفظة ربطك ببطاقتك. قبل أن تغادر الشباك، تحقق من أن الاسم في الحساب مطابق تماماً لما في جواز سفرك.</p>",
                    },
                },
                _heading("الحلقة المفرغة وكيف تكسرها"),
                _text(
                    "<p>المصرف يطلب رقم هاتف صينياً، ومتجر الهاتف قد يطلب عنواناً محلياً، وتطبيقات الدفع تطلب بطاقة مصرفية. اكسر الحلقة هكذا:</p><ul><li>سجّل عنوانك أولاً: كثيراً ما يكون إيصال التسجيل هو إثبات العنوان الذي تطلبه الجهات الأخرى.</li><li>احصل على رقم الهاتف قبل الذهاب إلى المصرف.</li><li>إلى أن توثّق محفظتك، احمل بعض النقود وبطاقة أجنبية تقبلها التطبيقات؛ وتحقق من السقوف الحالية داخل التطبيق.</li></ul>"
                ),
                _heading("الحصول على المساعدة"),
                _text(
                    "<p>إذا رفض المصرف طلبك، فاسأل عن السبب وجرّب فرعاً أو مصرفاً آخر؛ فقسم الموارد البشرية لدى صاحب العمل يعرف غالباً أي فرع ينجز الأمر. لأسئلة التصاريح والتسجيل اتصل بالرقم 12367 (على مدار الساعة، بالصينية والإنجليزية)، ولخدمات المدينة الأخرى اتصل بالرقم 12345.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكنني فتح حساب مصرفي قبل صدور تصريح الإقامة؟",
                                "answer": "<p>بعض المصارف تفتح الحساب بجواز السفر والتأشيرة وحدهما، وبعضها يشترط تصريح الإقامة. اسأل الفرع قبل الذهاب، وأحضر كل ما لديك من وثائق.</p>",
                            },
                            {
                                "question": "لماذا ما زالت محفظتي محدودة السقف؟",
                                "answer": "<p>غالباً لأن التحقق من الهوية لم يكتمل، أو لأن الاسم على بطاقتك المصرفية لا يطابق جواز سفرك. أعد التوثيق داخل التطبيق، وإن استمر الفشل فاطلب من المصرف تصحيح طريقة تسجيل اسمك.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "بوابة حكومة شنجن (بالإنجليزية)",
                    "https://www.sz.gov.cn/en/",
                    "حكومة بلدية شنجن الشعبية",
                ),
                _source("بنك الشعب الصيني", "http://www.pbc.gov.cn/", "بنك الشعب الصيني"),
            ],
            "ru": [
                _text(
                    "<p>В Шэньчжэне почти за всё — от метро до уличной еды — платят телефоном. Чтобы это стало возможным, нужны три связанных шага, и правильный порядок избавит вас от лишних визитов.</p>"
                ),
                _heading("Три шага в таком порядке"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Телефон, банк, кошелёк",
                        "steps": [
                            {
                                "title": "Получите номер телефона",
                                "text": "<p>Обратитесь с паспортом в салон China Mobile, China Unicom или China Telecom. Проверка личности привязывает номер к вашему паспорту; номер, оформленный на другого человека, могут позже отключить.</p>",
                            },
                            {
                                "title": "Откройте банковский счёт",
                                "text": "<p>Возьмите паспорт, китайский номер телефона и по возможности вид на жительство, трудовой договор или письмо от работодателя. Требования различаются между банками и даже отделениями, поэтому спросите в отделе кадров, в какое отделение обычно обращаются их иностранные сотрудники.</p>",
                            },
                            {
                                "title": "Верифицируйте Alipay или WeChat Pay",
                                "text": "<p>Привяжите банковскую карту и пройдите проверку личности в приложении. У неверифицированных кошельков есть лимиты, поэтому сделайте это сразу после открытия счёта.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Проверьте, совпадает ли имя",
                        "text": "<p>Банки иногда записывают имена иностранцев не так, как в паспорте: например, в другом порядке или без второго имени. Тогда кошелёк не может сопоставить вас с картой. Прежде чем отойти от окна, убедитесь, что имя на счёте в точности совпадает с паспортным.</p>",
                    },
                },
                _heading("Замкнутый круг и как его разорвать"),
                _text(
                    "<p>Банку нужен китайский номер телефона, салону связи может понадобиться местный адрес, а платёжным приложениям — банковская карта. Разорвать круг можно так:</p><ul><li>Сначала оформите регистрацию: справка о регистрации часто и служит подтверждением адреса.</li><li>Получите номер телефона до похода в банк.</li><li>Пока кошелёк не верифицирован, держите при себе наличные и иностранную карту, которую принимают приложения; действующие лимиты смотрите в приложении.</li></ul>"
                ),
                _heading("Где получить помощь"),
                _text(
                    "<p>Если банк отказал, спросите причину и попробуйте другое отделение или другой банк; в отделе кадров работодателя часто знают, где всё получится. По вопросам разрешений и регистрации звоните 12367 (круглосуточно, на китайском и английском), по другим городским услугам — 12345.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы и ответы",
                        "items": [
                            {
                                "question": "Можно ли открыть счёт до получения вида на жительство?",
                                "answer": "<p>Некоторые банки открывают счёт по паспорту с визой, другие требуют вид на жительство. Уточните в отделении заранее и возьмите с собой все документы, какие есть.</p>",
                            },
                            {
                                "question": "Почему у моего кошелька всё ещё лимит?",
                                "answer": "<p>Обычно потому, что проверка личности не завершена или имя на банковской карте не совпадает с паспортом. Пройдите верификацию в приложении заново, а если не получится, попросите банк исправить запись вашего имени.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Портал правительства Шэньчжэня (на английском)",
                    "https://www.sz.gov.cn/en/",
                    "Народное правительство города Шэньчжэнь",
                ),
                _source("Народный банк Китая", "http://www.pbc.gov.cn/", "Народный банк Китая"),
            ],
            "es": [
                _text(
                    "<p>En Shenzhen casi todo se paga con el móvil, del metro a los puestos de comida callejera. Llegar a ese punto exige tres pasos encadenados, y hacerlos en el orden correcto te ahorra visitas repetidas.</p>"
                ),
                _heading("Tres pasos, en este orden"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Teléfono, banco, billetera",
                        "steps": [
                            {
                                "title": "Consigue un número de teléfono",
                                "text": "<p>Ve con tu pasaporte a una tienda de China Mobile, China Unicom o China Telecom. La verificación de identidad vincula el número a tu pasaporte; un número a nombre de otra persona puede quedar cortado más adelante.</p>",
                            },
                            {
                                "title": "Abre una cuenta bancaria",
                                "text": "<p>Lleva el pasaporte, tu número de teléfono chino y, a ser posible, el permiso de residencia, el contrato de trabajo o una carta de tu empleador. Los requisitos varían entre bancos e incluso entre sucursales, así que pregunta a Recursos Humanos a qué sucursal suelen ir sus empleados extranjeros.</p>",
                            },
                            {
                                "title": "Verifica Alipay o WeChat Pay",
                                "text": "<p>Vincula tu tarjeta bancaria y completa la verificación de identidad en la app. Las billeteras sin verificar tienen límites, así que hazlo en cuanto abras la cuenta.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Comprueba que tu nombre coincida",
                        "text": "<p>A veces los bancos registran los nombres extranjeros de forma distinta al pasaporte, por ejemplo en otro orden o sin el segundo nombre. Entonces la billetera no logra asociarte con tu tarjeta. Antes de dejar la ventanilla, comprueba que el nombre de la cuenta sea exactamente el de tu pasaporte.</p>",
                    },
                },
                _heading("El círculo vicioso y cómo romperlo"),
                _text(
                    "<p>El banco pide un número de teléfono chino, la tienda de telefonía puede pedir una dirección local y las apps de pago piden una tarjeta bancaria. Rompe el círculo así:</p><ul><li>Registra primero tu domicilio: el justificante de registro suele servir como prueba de domicilio.</li><li>Consigue el número de teléfono antes de ir al banco.</li><li>Hasta verificar tu billetera, lleva algo de efectivo y una tarjeta extranjera que acepten las apps; consulta los límites vigentes en la app.</li></ul>"
                ),
                _heading("Dónde pedir ayuda"),
                _text(
                    "<p>Si un banco te rechaza, pregunta el motivo y prueba en otra sucursal u otro banco; Recursos Humanos de tu empresa suele saber dónde funciona. Para dudas sobre permisos o registro, llama al 12367 (24 horas, en chino e inglés); para otros servicios de la ciudad, al 12345.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Puedo abrir una cuenta antes de tener el permiso de residencia?",
                                "answer": "<p>Algunos bancos abren cuentas solo con el pasaporte y el visado; otros exigen el permiso de residencia. Pregunta en la sucursal antes de ir y lleva todos los documentos que tengas.</p>",
                            },
                            {
                                "question": "¿Por qué mi billetera sigue teniendo límite?",
                                "answer": "<p>Normalmente porque la verificación de identidad no está completa o el nombre de tu tarjeta no coincide con tu pasaporte. Repite la verificación en la app y, si sigue fallando, pide al banco que corrija cómo registró tu nombre.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portal del Gobierno de Shenzhen (en inglés)",
                    "https://www.sz.gov.cn/en/",
                    "Gobierno Popular Municipal de Shenzhen",
                ),
                _source(
                    "Banco Popular de China", "http://www.pbc.gov.cn/", "Banco Popular de China"
                ),
            ],
            "fr": [
                _text(
                    "<p>À Shenzhen, presque tout se paie avec le téléphone, du métro aux stands de rue. Pour y arriver, il faut trois étapes liées entre elles ; les faire dans le bon ordre vous évite des allers-retours.</p>"
                ),
                _heading("Trois étapes, dans cet ordre"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Téléphone, banque, portefeuille",
                        "steps": [
                            {
                                "title": "Obtenez un numéro de téléphone",
                                "text": "<p>Rendez-vous avec votre passeport dans une agence China Mobile, China Unicom ou China Telecom. La vérification d'identité rattache le numéro à votre passeport ; un numéro pris au nom d'une autre personne peut être coupé par la suite.</p>",
                            },
                            {
                                "title": "Ouvrez un compte bancaire",
                                "text": "<p>Apportez votre passeport, votre numéro chinois et, si possible, votre permis de séjour, votre contrat de travail ou une lettre de votre employeur. Les exigences varient d'une banque à l'autre, et même d'une agence à l'autre : demandez aux RH dans quelle agence vont d'habitude leurs salariés étrangers.</p>",
                            },
                            {
                                "title": "Vérifiez Alipay ou WeChat Pay",
                                "text": "<p>Associez votre carte bancaire et terminez la vérification d'identité dans l'application. Les portefeuilles non vérifiés sont plafonnés : faites-le dès l'ouverture de votre compte.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Vérifiez que votre nom correspond",
                        "text": "<p>Les banques enregistrent parfois les noms étrangers autrement que dans le passeport, par exemple dans un autre ordre ou sans le deuxième prénom. Le portefeuille ne parvient alors pas à vous associer à votre carte. Avant de quitter le guichet, vérifiez que le nom du compte est exactement celui de votre passeport.</p>",
                    },
                },
                _heading("Le cercle vicieux et comment en sortir"),
                _text(
                    "<p>La banque veut un numéro chinois, l'opérateur peut demander une adresse locale et les applications de paiement veulent une carte bancaire. Pour en sortir :</p><ul><li>Déclarez d'abord votre résidence : le récépissé de déclaration sert souvent de justificatif de domicile.</li><li>Prenez le numéro de téléphone avant d'aller à la banque.</li><li>Tant que votre portefeuille n'est pas vérifié, gardez un peu d'espèces et une carte étrangère acceptée par les applications ; consultez les plafonds en vigueur dans l'application.</li></ul>"
                ),
                _heading("Où trouver de l'aide"),
                _text(
                    "<p>Si une banque refuse, demandez pourquoi et essayez une autre agence ou une autre banque ; les RH de votre employeur savent souvent où cela fonctionne. Pour les permis ou la déclaration de résidence, appelez le 12367 (24 h/24, en chinois et en anglais) ; pour les autres services de la ville, le 12345.</p>"
                ),
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Puis-je ouvrir un compte avant d'avoir mon permis de séjour ?",
                                "answer": "<p>Certaines banques ouvrent un compte sur simple présentation du passeport et du visa ; d'autres exigent le permis de séjour. Renseignez-vous auprès de l'agence avant d'y aller et apportez tous vos documents.</p>",
                            },
                            {
                                "question": "Pourquoi mon portefeuille est-il toujours plafonné ?",
                                "answer": "<p>En général parce que la vérification d'identité n'est pas terminée ou que le nom sur votre carte ne correspond pas à votre passeport. Refaites la vérification dans l'application et, si cela échoue encore, demandez à la banque de corriger l'enregistrement de votre nom.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portail du gouvernement de Shenzhen (en anglais)",
                    "https://www.sz.gov.cn/en/",
                    "Gouvernement populaire municipal de Shenzhen",
                ),
                _source(
                    "Banque populaire de Chine",
                    "http://www.pbc.gov.cn/",
                    "Banque populaire de Chine",
                ),
            ],
        },
    }
)

# --- 3. Healthcare and insurance -------------------------------------------------
GUIDES.append(
    {
        "slug": "healthcare-and-insurance",
        "topic": "health",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Healthcare and insurance in Shenzhen",
            "zh-hans": "深圳的医疗与保险",
            "ar": "الرعاية الصحية والتأمين في شنجن",
            "ru": "Медицина и страхование в Шэньчжэне",
            "es": "Sanidad y seguros en Shenzhen",
            "fr": "Santé et assurance à Shenzhen",
        },
        "intro": {
            "en": "How social insurance through your employer and private health insurance work for foreigners in Shenzhen, which hospitals offer international services, and what to check before you need a doctor.",
            "zh-hans": "在深圳工作的外国人如何通过用人单位参加社会保险、商业医疗保险怎么用、哪些医院设有国际医疗服务，以及看病前应先确认什么。",
            "ar": "كيف يعمل التأمين الاجتماعي عبر صاحب العمل والتأمين الصحي الخاص للأجانب في شنجن، وأي المستشفيات تقدم خدمات دولية، وما الذي يجب التحقق منه قبل أن تحتاج إلى طبيب.",
            "ru": "Как для иностранцев в Шэньчжэне работают соцстрахование через работодателя и частная медстраховка, в каких больницах есть международные службы и что проверить заранее, до визита к врачу.",
            "es": "Cómo funcionan para los extranjeros en Shenzhen la seguridad social a través del empleador y el seguro médico privado, qué hospitales tienen servicios internacionales y qué comprobar antes de necesitar un médico.",
            "fr": "Comment fonctionnent pour les étrangers à Shenzhen l'assurance sociale par l'employeur et l'assurance santé privée, quels hôpitaux ont des services internationaux et que vérifier avant d'avoir besoin d'un médecin.",
        },
        "body": {
            "en": [
                _text(
                    "<p>Shenzhen has large public hospitals and a growing number of services for foreign patients. Knowing in advance what your insurance covers, and where, saves stress when you fall ill.</p>"
                ),
                _heading("Social insurance through your employer"),
                _text(
                    "<p>If you are employed in Shenzhen, your employer normally enrols you in China's social insurance, which includes basic medical insurance; contributions are deducted from your salary. Ask HR for your enrolment details and how to use your medical-insurance card or app at hospitals. Rules for foreigners can differ by nationality, because of social-security agreements between countries, so check your case with HR or 12345.</p>"
                ),
                _heading("Private insurance and international services"),
                _text(
                    "<p>Many employers add commercial health insurance. It is often accepted for direct billing only at some hospitals and clinics, usually their international or VIP departments; elsewhere you pay first and claim later.</p><ul><li><b>The University of Hong Kong-Shenzhen Hospital</b> (Futian) runs an International Medical Center for foreign patients.</li><li><b>Shekou People's Hospital</b> (Nanshan) is a public hospital in the area where many foreigners live, with English-speaking staff in some departments.</li></ul><p>Check opening hours, languages and accepted insurers directly with each hospital.</p>"
                ),
                _heading("Be ready"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "Before you need a doctor",
                        "items": [
                            "Ask your insurer for its list of direct-billing hospitals in Shenzhen",
                            "Save the address of the nearest hospital with an international department",
                            "Keep your passport (or a copy) together with your insurance card",
                            "Set up WeChat or Alipay: many hospitals handle appointments and payment there",
                            "Know the emergency number: 120 for an ambulance",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Ask before you are treated",
                        "text": "<p>If your insurance is not accepted where you are treated, you will usually pay in full at the counter. For planned treatment, ask the hospital and your insurer beforehand whether it is covered and whether direct billing is possible.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Do I need a referral to see a specialist?",
                                "answer": "<p>Public hospitals in China generally let you register directly with a specialist department. Registration is usually at the counter or through the hospital's online service; check how your chosen hospital works.</p>",
                            },
                            {
                                "question": "Is the medical check for my permit the same as a health check-up?",
                                "answer": "<p>No. The permit medical check is done at an International Travel Health Care Center and serves only your work and residence permits. For your own health, book a separate check-up and ask your insurer whether it is covered.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Shenzhen Government Online (English)",
                    "https://www.sz.gov.cn/en/",
                    "Shenzhen Municipal People's Government",
                ),
                _source(
                    "HKU-Shenzhen Hospital International Medical Center",
                    "https://www.hku-szh.org/",
                    "The University of Hong Kong-Shenzhen Hospital",
                ),
            ],
            "zh-hans": [
                _text(
                    "<p>深圳有多家大型公立医院，面向外籍患者的服务也越来越多。提前弄清您的保险保什么、在哪里能用，生病时就能少些慌乱。</p>"
                ),
                _heading("通过用人单位参加社会保险"),
                _text(
                    "<p>在深圳就业的外国人，通常由用人单位为其办理中国社会保险，其中包括基本医疗保险；缴费从工资中扣除。请向人事部门了解您的参保信息，以及在医院如何使用医保卡或医保电子凭证。由于中国与部分国家签有社会保障协定，不同国籍的规定可能有所不同，具体情况请向人事部门或12345咨询。</p>"
                ),
                _heading("商业保险与国际医疗服务"),
                _text(
                    "<p>许多用人单位还会额外购买商业医疗保险。这类保险往往只在部分医院和诊所（通常是国际部或特需门诊）可以直接结算；在其他地方需先自付、后报销。</p><ul><li><b>香港大学深圳医院</b>（福田区）设有面向外籍患者的国际医疗中心。</li><li><b>蛇口人民医院</b>（南山区）是一家公立医院，位于外籍人士聚居的片区，部分科室有会讲英语的医护人员。</li></ul><p>开放时间、服务语言和合作保险公司，请直接向各医院核实。</p>"
                ),
                _heading("提前做好准备"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "看病之前",
                        "items": [
                            "向保险公司索取其在深圳的直付医院名单",
                            "保存离您最近、设有国际部的医院地址",
                            "把护照（或复印件）和保险卡放在一起",
                            "开通微信或支付宝：很多医院通过它们预约挂号和缴费",
                            "记住急救电话：120",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "治疗前先问清楚",
                        "text": "<p>如果就诊医院不接受您的保险，通常需要在窗口全额自付。计划内的治疗，请事先向医院和保险公司确认是否在保障范围内、能否直接结算。</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "看专科需要转诊吗？",
                                "answer": "<p>中国的公立医院一般可以直接挂专科号。挂号通常在窗口或通过医院的线上服务办理；具体方式请以所选医院为准。</p>",
                            },
                            {
                                "question": "办证体检和健康体检是一回事吗？",
                                "answer": "<p>不是。办证体检在国际旅行卫生保健中心进行，仅用于办理工作许可和居留许可。如需了解自身健康状况，请另行预约健康体检，并向保险公司确认能否报销。</p>",
                            },
                        ],
                    },
                },
                _source("深圳政府在线（英文版）", "https://www.sz.gov.cn/en/", "深圳市人民政府"),
                _source(
                    "香港大学深圳医院国际医疗中心", "https://www.hku-szh.org/", "香港大学深圳医院"
                ),
            ],
            "ar": [
                _text(
                    "<p>في شنجن مستشفيات عامة كبيرة وعدد متزايد من الخدمات الموجهة للمرضى الأجانب. معرفتك المسبقة بما يغطيه تأمينك وأين يُقبل توفّر عليك القلق حين تمرض.</p>"
                ),
                _heading("التأمين الاجتماعي عبر صاحب العمل"),
                _text(
                    "<p>إذا كنت موظفاً في شنجن، فصاحب العمل يسجّلك عادةً في نظام التأمين الاجتماعي الصيني الذي يشمل التأمين الطبي الأساسي، وتُقتطع الاشتراكات من راتبك. اسأل قسم الموارد البشرية عن بيانات تسجيلك وعن طريقة استخدام بطاقة التأمين الطبي أو تطبيقه في المستشفيات. قد تختلف القواعد بحسب الجنسية بسبب اتفاقيات الضمان الاجتماعي بين الدول، فتحقق من حالتك لدى الموارد البشرية أو عبر الرقم 12345.</p>"
                ),
                _heading("التأمين الخاص والخدمات الدولية"),
                _text(
                    "<p>يضيف كثير من أصحاب العمل تأميناً صحياً تجارياً. وغالباً لا يُقبل للدفع المباشر إلا في بعض المستشفيات والعيادات، وعادةً في أقسامها الدولية أو أقسام كبار الشخصيات؛ وفي غيرها تدفع أولاً ثم تطالب بالتعويض.</p><ul><li><b>مستشفى جامعة هونغ كونغ في شنجن</b> (حي فوتيان) يدير مركزاً طبياً دولياً للمرضى الأجانب.</li><li><b>مستشفى شيكو الشعبي</b> (حي نانشان) مستشفى عام في المنطقة التي يسكنها كثير من الأجانب، وفي بعض أقسامه طاقم يتحدث الإنجليزية.</li></ul><p>تحقق مباشرةً من كل مستشفى من مواعيد العمل واللغات وشركات التأمين المقبولة.</p>"
                ),
                _heading("استعد مسبقاً"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "قبل أن تحتاج إلى طبيب",
                        "items": [
                            "اطلب من شركة التأمين قائمة المستشفيات التي تتعامل معها بالدفع المباشر في شنجن",
                            "احفظ عنوان أقرب مستشفى فيه قسم دولي",
                            "احتفظ بجواز سفرك، أو نسخة منه، مع بطاقة التأمين",
                            "فعّل WeChat أو Alipay: كثير من المستشفيات تحجز المواعيد وتتقاضى الرسوم عبرهما",
                            "احفظ رقم الطوارئ: 120 للإسعاف",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "اسأل قبل العلاج",
                        "text": "<p>إذا لم يُقبل تأمينك في المكان الذي تتعالج فيه، فستدفع عادةً المبلغ كاملاً عند الشباك. في العلاج المخطط له، اسأل المستشفى وشركة التأمين مسبقاً عمّا إذا كان مشمولاً بالتغطية وهل يمكن الدفع المباشر.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل أحتاج إلى إحالة لمراجعة طبيب مختص؟",
                                "answer": "<p>تسمح المستشفيات العامة في الصين عموماً بالتسجيل مباشرةً في القسم المختص. يتم التسجيل عادةً عند الشباك أو عبر الخدمة الإلكترونية للمستشفى؛ تحقق من الطريقة المتبعة في المستشفى الذي تختاره.</p>",
                            },
                            {
                                "question": "هل الفحص الطبي الخاص بالتصريح هو نفسه الفحص الصحي الدوري؟",
                                "answer": "<p>لا. يُجرى فحص التصريح في مركز الرعاية الصحية للسفر الدولي ولا يخدم إلا تصريحي العمل والإقامة. أما لصحتك أنت، فاحجز فحصاً منفصلاً واسأل شركة التأمين إن كان مغطى.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "بوابة حكومة شنجن (بالإنجليزية)",
                    "https://www.sz.gov.cn/en/",
                    "حكومة بلدية شنجن الشعبية",
                ),
                _source(
                    "المركز الطبي الدولي في مستشفى جامعة هونغ كونغ في شنجن",
                    "https://www.hku-szh.org/",
                    "مستشفى جامعة هونغ كونغ في شنجن",
                ),
            ],
            "ru": [
                _text(
                    "<p>В Шэньчжэне есть крупные государственные больницы и всё больше услуг для иностранных пациентов. Если заранее знать, что покрывает ваша страховка и где её принимают, во время болезни будет куда меньше стресса.</p>"
                ),
                _heading("Социальное страхование через работодателя"),
                _text(
                    "<p>Если вы работаете в Шэньчжэне по найму, работодатель обычно оформляет вас в китайскую систему социального страхования, включающую базовое медицинское страхование; взносы удерживаются из зарплаты. Спросите в отделе кадров, как вы оформлены и как пользоваться картой или приложением медицинского страхования в больницах. Правила для иностранцев могут зависеть от гражданства из-за соглашений о социальном обеспечении между странами, поэтому уточните свой случай в отделе кадров или по номеру 12345.</p>"
                ),
                _heading("Частная страховка и международные услуги"),
                _text(
                    "<p>Многие работодатели дополнительно оформляют коммерческую медицинскую страховку. Прямой расчёт по ней часто возможен лишь в некоторых больницах и клиниках, обычно в их международных или VIP-отделениях; в остальных местах вы платите сами, а затем подаёте на возмещение.</p><ul><li>В <b>Больнице Гонконгского университета в Шэньчжэне</b> (район Футянь) работает Международный медицинский центр для иностранных пациентов.</li><li><b>Народная больница Шэкоу</b> (район Наньшань) — государственная больница в районе, где живёт много иностранцев; в некоторых отделениях есть англоговорящий персонал.</li></ul><p>Часы работы, языки и принимаемые страховые компании уточняйте непосредственно в каждой больнице.</p>"
                ),
                _heading("Подготовьтесь заранее"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "До того как понадобится врач",
                        "items": [
                            "Запросите у страховщика список больниц Шэньчжэня с прямым расчётом",
                            "Сохраните адрес ближайшей больницы с международным отделением",
                            "Держите паспорт (или его копию) вместе со страховой картой",
                            "Настройте WeChat или Alipay: многие больницы ведут через них запись и оплату",
                            "Запомните номер скорой помощи: 120",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Спрашивайте до начала лечения",
                        "text": "<p>Если там, где вы лечитесь, вашу страховку не принимают, обычно придётся оплатить всю сумму в кассе. Перед плановым лечением заранее спросите больницу и страховщика, покрывается ли оно и возможен ли прямой расчёт.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы и ответы",
                        "items": [
                            {
                                "question": "Нужно ли направление к узкому специалисту?",
                                "answer": "<p>В государственных больницах Китая обычно можно записаться прямо в профильное отделение. Запись, как правило, идёт через регистратуру или онлайн-сервис больницы; уточните порядок в выбранной больнице.</p>",
                            },
                            {
                                "question": "Медосмотр для разрешения — это то же, что обычное обследование?",
                                "answer": "<p>Нет. Медосмотр для разрешения проходят в Международном центре охраны здоровья путешественников, и нужен он только для разрешений на работу и на жительство. Ради собственного здоровья запишитесь на отдельное обследование и спросите страховщика, покрывается ли оно.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Портал правительства Шэньчжэня (на английском)",
                    "https://www.sz.gov.cn/en/",
                    "Народное правительство города Шэньчжэнь",
                ),
                _source(
                    "Международный медицинский центр Больницы Гонконгского университета в Шэньчжэне",
                    "https://www.hku-szh.org/",
                    "Больница Гонконгского университета в Шэньчжэне",
                ),
            ],
            "es": [
                _text(
                    "<p>Shenzhen cuenta con grandes hospitales públicos y cada vez más servicios para pacientes extranjeros. Saber de antemano qué cubre tu seguro, y dónde, te ahorra estrés cuando enfermas.</p>"
                ),
                _heading("Seguridad social a través de tu empleador"),
                _text(
                    "<p>Si trabajas por cuenta ajena en Shenzhen, tu empleador normalmente te da de alta en la seguridad social china, que incluye el seguro médico básico; las cotizaciones se descuentan de tu salario. Pide a Recursos Humanos los datos de tu alta y cómo usar la tarjeta o la app del seguro médico en los hospitales. Las normas pueden variar según la nacionalidad, por los convenios de seguridad social entre países, así que consulta tu caso con Recursos Humanos o en el 12345.</p>"
                ),
                _heading("Seguro privado y servicios internacionales"),
                _text(
                    "<p>Muchos empleadores añaden un seguro médico comercial. A menudo solo se acepta con pago directo en algunos hospitales y clínicas, normalmente en sus departamentos internacionales o VIP; en los demás pagas primero y reclamas después.</p><ul><li>El <b>Hospital de la Universidad de Hong Kong-Shenzhen</b> (Futian) cuenta con un Centro Médico Internacional para pacientes extranjeros.</li><li>El <b>Hospital Popular de Shekou</b> (Nanshan) es un hospital público en la zona donde viven muchos extranjeros, con personal que habla inglés en algunos servicios.</li></ul><p>Confirma horarios, idiomas y aseguradoras aceptadas directamente con cada hospital.</p>"
                ),
                _heading("Prepárate con antelación"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "Antes de necesitar un médico",
                        "items": [
                            "Pide a tu aseguradora la lista de hospitales de Shenzhen con pago directo",
                            "Guarda la dirección del hospital más cercano con departamento internacional",
                            "Lleva juntos el pasaporte (o una copia) y la tarjeta del seguro",
                            "Configura WeChat o Alipay: muchos hospitales gestionan citas y pagos por ahí",
                            "Memoriza el número de emergencias: 120 para pedir una ambulancia",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Pregunta antes del tratamiento",
                        "text": "<p>Si tu seguro no se acepta donde te atienden, normalmente pagarás el importe completo en la ventanilla. Para un tratamiento programado, pregunta antes al hospital y a tu aseguradora si está cubierto y si es posible el pago directo.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Necesito un volante para ver a un especialista?",
                                "answer": "<p>Los hospitales públicos chinos suelen permitir registrarse directamente en el servicio de la especialidad. El registro se hace normalmente en ventanilla o a través del servicio en línea del hospital; comprueba cómo funciona el que elijas.</p>",
                            },
                            {
                                "question": "¿El examen médico del permiso es lo mismo que un chequeo?",
                                "answer": "<p>No. El examen del permiso se hace en un Centro Internacional de Salud para Viajeros y solo sirve para los permisos de trabajo y residencia. Para tu propia salud, reserva un chequeo aparte y pregunta a tu aseguradora si lo cubre.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portal del Gobierno de Shenzhen (en inglés)",
                    "https://www.sz.gov.cn/en/",
                    "Gobierno Popular Municipal de Shenzhen",
                ),
                _source(
                    "Centro Médico Internacional del Hospital de la Universidad de Hong Kong-Shenzhen",
                    "https://www.hku-szh.org/",
                    "Hospital de la Universidad de Hong Kong-Shenzhen",
                ),
            ],
            "fr": [
                _text(
                    "<p>Shenzhen compte de grands hôpitaux publics et de plus en plus de services pour les patients étrangers. Savoir à l'avance ce que couvre votre assurance, et où, vous épargne du stress le jour où vous tombez malade.</p>"
                ),
                _heading("L'assurance sociale par votre employeur"),
                _text(
                    "<p>Si vous êtes salarié à Shenzhen, votre employeur vous affilie normalement à l'assurance sociale chinoise, qui comprend l'assurance maladie de base ; les cotisations sont prélevées sur votre salaire. Demandez aux RH les détails de votre affiliation et comment utiliser la carte ou l'application d'assurance maladie à l'hôpital. Les règles peuvent varier selon la nationalité, en raison des accords de sécurité sociale entre pays : vérifiez votre situation auprès des RH ou du 12345.</p>"
                ),
                _heading("Assurance privée et services internationaux"),
                _text(
                    "<p>Beaucoup d'employeurs ajoutent une assurance santé commerciale. Le tiers payant n'est souvent accepté que dans certains hôpitaux et cliniques, en général dans leurs services internationaux ou VIP ; ailleurs, vous payez d'abord et demandez le remboursement ensuite.</p><ul><li>L'<b>Hôpital de l'Université de Hong Kong-Shenzhen</b> (Futian) dispose d'un Centre médical international pour les patients étrangers.</li><li>L'<b>Hôpital populaire de Shekou</b> (Nanshan) est un hôpital public situé dans le quartier où vivent de nombreux étrangers, avec du personnel anglophone dans certains services.</li></ul><p>Vérifiez les horaires, les langues et les assureurs acceptés directement auprès de chaque hôpital.</p>"
                ),
                _heading("Préparez-vous à l'avance"),
                {
                    "type": "checklist",
                    "value": {
                        "title": "Avant d'avoir besoin d'un médecin",
                        "items": [
                            "Demandez à votre assureur la liste des hôpitaux de Shenzhen pratiquant le tiers payant",
                            "Enregistrez l'adresse de l'hôpital le plus proche doté d'un service international",
                            "Gardez ensemble votre passeport (ou une copie) et votre carte d'assurance",
                            "Configurez WeChat ou Alipay : beaucoup d'hôpitaux y gèrent rendez-vous et paiements",
                            "Retenez le numéro d'urgence : le 120 pour une ambulance",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Renseignez-vous avant les soins",
                        "text": "<p>Si votre assurance n'est pas acceptée là où vous êtes soigné, vous paierez en général la totalité au guichet. Pour des soins programmés, demandez à l'avance à l'hôpital et à votre assureur s'ils sont couverts et si le tiers payant est possible.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Faut-il être orienté par un médecin pour consulter un spécialiste ?",
                                "answer": "<p>Les hôpitaux publics chinois permettent en général de s'inscrire directement auprès du service de spécialité. L'inscription se fait le plus souvent au guichet ou via le service en ligne de l'hôpital ; vérifiez le fonctionnement de l'établissement choisi.</p>",
                            },
                            {
                                "question": "La visite médicale du permis est-elle un bilan de santé ?",
                                "answer": "<p>Non. La visite du permis se fait dans un Centre international de santé des voyageurs et ne sert qu'aux permis de travail et de séjour. Pour votre propre santé, prenez rendez-vous pour un bilan à part et demandez à votre assureur s'il est couvert.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portail du gouvernement de Shenzhen (en anglais)",
                    "https://www.sz.gov.cn/en/",
                    "Gouvernement populaire municipal de Shenzhen",
                ),
                _source(
                    "Centre médical international de l'Hôpital de l'Université de Hong Kong-Shenzhen",
                    "https://www.hku-szh.org/",
                    "Hôpital de l'Université de Hong Kong-Shenzhen",
                ),
            ],
        },
    }
)

# --- 4. Schools --------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "schools",
        "topic": "schools",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Schools in Shenzhen: public places and international schools",
            "zh-hans": "深圳上学：公立学校与国际学校",
            "ar": "المدارس في شنجن: المقاعد الحكومية والمدارس الدولية",
            "ru": "Школы в Шэньчжэне: государственные места и международные школы",
            "es": "Colegios en Shenzhen: plazas públicas y colegios internacionales",
            "fr": "L'école à Shenzhen : places publiques et écoles internationales",
        },
        "intro": {
            "en": "The two main routes for foreign children in Shenzhen, public schools and international schools, what each involves, and why you should start applying well before you move.",
            "zh-hans": "外籍子女在深圳就读的两条主要途径——公立学校和国际学校，各自需要办理什么，以及为什么要在搬家之前就开始申请。",
            "ar": "المساران الرئيسيان لتعليم الأطفال الأجانب في شنجن، أي المدارس الحكومية والمدارس الدولية، وما يتطلبه كل منهما، ولماذا ينبغي أن تبدأ التقديم قبل انتقالك بوقت طويل.",
            "ru": "Два основных пути для детей иностранцев в Шэньчжэне — государственные и международные школы: что нужно для каждого и почему подавать заявки стоит задолго до переезда.",
            "es": "Las dos vías principales para los niños extranjeros en Shenzhen, la escuela pública y el colegio internacional, qué exige cada una y por qué conviene solicitar plaza mucho antes de mudarte.",
            "fr": "Les deux grandes voies pour les enfants étrangers à Shenzhen, l'école publique et l'école internationale, ce que chacune implique et pourquoi candidater bien avant votre déménagement.",
        },
        "body": {
            "en": [
                _text(
                    "<p>School places and international-school fees are among the biggest worries for families moving to Shenzhen. Most foreign families choose between a local public school, taught in Chinese, and a private international school.</p>"
                ),
                _heading("Public school places"),
                _text(
                    "<p>Public schools in Shenzhen may accept foreign children, but places are allocated by the district education bureau and depend on where you live and on available capacity. Teaching is in Mandarin, so this route suits younger children or those who already speak some Chinese. Ask your district's education bureau, or 12345, which documents they need and when applications open.</p>"
                ),
                _heading("International schools"),
                _text(
                    "<p>Shenzhen has several international schools, many of them in Shekou and the wider Nanshan district, including:</p><ul><li><b>Shekou International School</b> (SIS), founded in 1988, nursery to grade 12.</li><li><b>QSI International School of Shenzhen</b>, with an American curriculum.</li><li><b>Shen Wai International School</b> (SWIS), linked to Shenzhen Foreign Languages School.</li></ul><p>Fees, curricula and admission rules change: check them directly with each school. Some international schools admit only holders of foreign passports.</p>"
                ),
                _heading("Applying"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Applying, step by step",
                        "steps": [
                            {
                                "title": "Shortlist schools",
                                "text": "<p>Weigh curriculum, teaching language, commute and fees. Work out travel times from where you plan to live.</p>",
                            },
                            {
                                "title": "Prepare documents",
                                "text": "<p>Schools usually ask for passports, visas or residence permits, previous school reports and vaccination records. Have translations ready if the school asks for them.</p>",
                            },
                            {
                                "title": "Interview and assessment",
                                "text": "<p>Most international schools hold an interview or placement test; ask whether it can be done online before you arrive.</p>",
                            },
                            {
                                "title": "Confirm fees and who pays",
                                "text": "<p>Ask each school for its current fee schedule, including application, enrolment and bus fees, and check whether your employer contributes.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Apply early",
                        "text": "<p>Contact schools as soon as your move is likely, even before your work permit is final. Popular international schools can have waiting lists, and public places follow a fixed yearly calendar; ask each school about its deadlines.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Can my child attend a public school without speaking Chinese?",
                                "answer": "<p>It depends on the school and your child's age. Some schools support non-native speakers, but most teaching is in Mandarin. Ask the district education bureau and the school directly.</p>",
                            },
                            {
                                "question": "Does my employer pay school fees?",
                                "answer": "<p>Some employment packages include an education allowance; many do not. Agree it in writing before you sign, and ask how it is paid and taxed.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Shenzhen Government Online (English)",
                    "https://www.sz.gov.cn/en/",
                    "Shenzhen Municipal People's Government",
                ),
                _source(
                    "Shekou International School",
                    "https://www.sis-shekou.org/",
                    "Shekou International School",
                ),
            ],
            "zh-hans": [
                _text(
                    "<p>学位和国际学校学费，是举家迁往深圳的家庭最担心的问题之一。多数外籍家庭会在以中文授课的本地公立学校和私立国际学校之间做出选择。</p>"
                ),
                _heading("公立学校学位"),
                _text(
                    "<p>深圳的公立学校可以接收外籍学生，但学位由区教育局统筹安排，取决于您的居住地和学校的空余学位。公立学校以普通话授课，因此更适合年龄较小或已有一定中文基础的孩子。需要哪些材料、何时开始报名，请向所在区教育局或拨打12345咨询。</p>"
                ),
                _heading("国际学校"),
                _text(
                    "<p>深圳有多所国际学校，不少集中在蛇口及南山区一带，例如：</p><ul><li><b>蛇口国际学校</b>（SIS），创办于1988年，覆盖幼儿班至十二年级。</li><li><b>深圳QSI国际学校</b>，采用美式课程。</li><li><b>深外国际学校</b>（SWIS），与深圳外国语学校相关联。</li></ul><p>学费、课程和招生规定都会变化，请直接向各校核实。部分国际学校只招收持外国护照的学生。</p>"
                ),
                _heading("申请步骤"),
                {
                    "type": "steps",
                    "value": {
                        "title": "申请流程，一步一步来",
                        "steps": [
                            {
                                "title": "列出候选学校",
                                "text": "<p>综合考虑课程体系、教学语言、通勤和学费。请按计划居住的地点估算上学路程。</p>",
                            },
                            {
                                "title": "准备材料",
                                "text": "<p>学校通常要求提供护照、签证或居留许可、以往的成绩单和疫苗接种记录。如学校要求，请提前备好译文。</p>",
                            },
                            {
                                "title": "面试与入学评估",
                                "text": "<p>多数国际学校会安排面试或分班测试；可询问能否在抵达前线上完成。</p>",
                            },
                            {
                                "title": "确认学费及由谁支付",
                                "text": "<p>向各校索取最新收费标准，包括报名费、入学费和校车费，并确认用人单位是否承担部分费用。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "尽早申请",
                        "text": "<p>一旦搬迁基本确定就开始联系学校，哪怕工作许可尚未办妥。热门国际学校可能需要排队候补，公立学校学位则按固定的年度时间表分配；请向各校了解截止日期。</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "孩子不会说中文，能上公立学校吗？",
                                "answer": "<p>要看学校和孩子的年龄。有些学校会为非母语学生提供辅导，但大部分课程以普通话讲授。请直接向区教育局和学校咨询。</p>",
                            },
                            {
                                "question": "用人单位会支付学费吗？",
                                "answer": "<p>有些雇佣合同包含子女教育津贴，很多则没有。请在签约前以书面形式约定，并问清津贴如何发放、如何计税。</p>",
                            },
                        ],
                    },
                },
                _source("深圳政府在线（英文版）", "https://www.sz.gov.cn/en/", "深圳市人民政府"),
                _source("蛇口国际学校", "https://www.sis-shekou.org/", "蛇口国际学校"),
            ],
            "ar": [
                _text(
                    "<p>تُعدّ المقاعد المدرسية ورسوم المدارس الدولية من أكبر هموم العائلات المنتقلة إلى شنجن. وتختار معظم العائلات الأجنبية بين مدرسة حكومية محلية تُدرّس بالصينية ومدرسة دولية خاصة.</p>"
                ),
                _heading("المقاعد في المدارس الحكومية"),
                _text(
                    "<p>يمكن للمدارس الحكومية في شنجن قبول الأطفال الأجانب، لكن المقاعد يوزّعها مكتب التعليم في الحي، وهي تتوقف على مكان سكنك وعلى الأماكن الشاغرة. التدريس بلغة الماندرين، لذا يناسب هذا المسار الأطفال الأصغر سناً أو من يتحدثون بعض الصينية. اسأل مكتب التعليم في حيّك، أو اتصل بالرقم 12345، عن الوثائق المطلوبة وموعد فتح باب التقديم.</p>"
                ),
                _heading("المدارس الدولية"),
                _text(
                    "<p>في شنجن عدة مدارس دولية، يتركز كثير منها في شيكو وحي نانشان عموماً، ومنها:</p><ul><li><b>مدرسة شيكو الدولية</b> (SIS)، تأسست عام 1988، من الحضانة حتى الصف الثاني عشر.</li><li><b>مدرسة QSI الدولية في شنجن</b>، وتعتمد المنهج الأمريكي.</li><li><b>مدرسة شن واي الدولية</b> (SWIS)، المرتبطة بمدرسة شنجن للغات الأجنبية.</li></ul><p>الرسوم والمناهج وقواعد القبول تتغير؛ تحقق منها مباشرةً لدى كل مدرسة. بعض المدارس الدولية لا تقبل إلا حاملي جوازات السفر الأجنبية.</p>"
                ),
                _heading("التقديم"),
                {
                    "type": "steps",
                    "value": {
                        "title": "التقديم خطوة بخطوة",
                        "steps": [
                            {
                                "title": "ضع قائمة مختصرة بالمدارس",
                                "text": "<p>وازن بين المنهج ولغة التدريس والمسافة والرسوم. احسب وقت التنقل انطلاقاً من المكان الذي تنوي السكن فيه.</p>",
                            },
                            {
                                "title": "جهّز الوثائق",
                                "text": "<p>تطلب المدارس عادةً جوازات السفر، والتأشيرات أو تصاريح الإقامة، والسجلات المدرسية السابقة، وسجلات التطعيم. جهّز الترجمات إن طلبتها المدرسة.</p>",
                            },
                            {
                                "title": "المقابلة والتقييم",
                                "text": "<p>تُجري معظم المدارس الدولية مقابلة أو اختبار تحديد مستوى؛ اسأل إن كان يمكن إجراؤه عبر الإنترنت قبل وصولك.</p>",
                            },
                            {
                                "title": "تأكد من الرسوم ومن يدفعها",
                                "text": "<p>اطلب من كل مدرسة جدول رسومها الحالي، بما في ذلك رسوم التقديم والتسجيل والحافلة، وتحقق مما إذا كان صاحب العمل يسهم فيها.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "قدّم مبكراً",
                        "text": "<p>ابدأ التواصل مع المدارس حالما يصبح انتقالك مرجحاً، ولو قبل اكتمال تصريح العمل. قد تكون لدى المدارس الدولية المطلوبة قوائم انتظار، أما المقاعد الحكومية فتُوزَّع وفق جدول سنوي ثابت؛ اسأل كل مدرسة عن مواعيدها النهائية.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكن لطفلي الالتحاق بمدرسة حكومية دون أن يتحدث الصينية؟",
                                "answer": "<p>يتوقف ذلك على المدرسة وعلى عمر الطفل. بعض المدارس تقدم دعماً لغير الناطقين بالصينية، لكن معظم التدريس بالماندرين. اسأل مكتب التعليم في الحي والمدرسة مباشرةً.</p>",
                            },
                            {
                                "question": "هل يدفع صاحب العمل الرسوم المدرسية؟",
                                "answer": "<p>تتضمن بعض عروض العمل بدلاً تعليمياً، وكثير منها لا يتضمنه. اتفق على ذلك كتابةً قبل التوقيع، واسأل عن طريقة صرفه وكيف يُعامَل ضريبياً.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "بوابة حكومة شنجن (بالإنجليزية)",
                    "https://www.sz.gov.cn/en/",
                    "حكومة بلدية شنجن الشعبية",
                ),
                _source("مدرسة شيكو الدولية", "https://www.sis-shekou.org/", "مدرسة شيكو الدولية"),
            ],
            "ru": [
                _text(
                    "<p>Места в школах и плата за международные школы — одна из главных забот семей, переезжающих в Шэньчжэнь. Большинство иностранных семей выбирают между местной государственной школой с обучением на китайском и частной международной школой.</p>"
                ),
                _heading("Места в государственных школах"),
                _text(
                    "<p>Государственные школы Шэньчжэня могут принимать иностранных детей, но места распределяет районное управление образования, и всё зависит от места жительства и наличия свободных мест. Обучение ведётся на путунхуа, поэтому этот путь подходит младшим детям или тем, кто уже немного говорит по-китайски. Какие нужны документы и когда начинается приём, узнайте в управлении образования вашего района или по номеру 12345.</p>"
                ),
                _heading("Международные школы"),
                _text(
                    "<p>В Шэньчжэне несколько международных школ, многие из них — в Шэкоу и в целом в районе Наньшань, например:</p><ul><li><b>Международная школа Шэкоу</b> (SIS), основана в 1988 году, от ясельной группы до 12-го класса.</li><li><b>Международная школа QSI в Шэньчжэне</b> с американской программой.</li><li><b>Международная школа Шэньвай</b> (SWIS), связанная со Шэньчжэньской школой иностранных языков.</li></ul><p>Стоимость, программы и правила приёма меняются — уточняйте их непосредственно в каждой школе. Некоторые международные школы принимают только детей с иностранными паспортами.</p>"
                ),
                _heading("Подача заявления"),
                {
                    "type": "steps",
                    "value": {
                        "title": "Поступление шаг за шагом",
                        "steps": [
                            {
                                "title": "Составьте короткий список школ",
                                "text": "<p>Учитывайте программу, язык обучения, дорогу и стоимость. Прикиньте время в пути от того места, где собираетесь жить.</p>",
                            },
                            {
                                "title": "Подготовьте документы",
                                "text": "<p>Обычно школы просят паспорта, визы или виды на жительство, табели из прежней школы и сведения о прививках. Если школа попросит, подготовьте переводы.</p>",
                            },
                            {
                                "title": "Собеседование и тестирование",
                                "text": "<p>Большинство международных школ проводят собеседование или вступительный тест; спросите, можно ли пройти его онлайн до приезда.</p>",
                            },
                            {
                                "title": "Уточните стоимость и кто платит",
                                "text": "<p>Запросите в каждой школе действующий прейскурант, включая сборы за подачу заявления, зачисление и школьный автобус, и выясните, участвует ли работодатель в оплате.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Подавайте заранее",
                        "text": "<p>Связывайтесь со школами, как только переезд станет вероятным, даже если разрешение на работу ещё не оформлено. В популярных международных школах бывают листы ожидания, а места в государственных школах распределяются по фиксированному годовому графику; уточните сроки в каждой школе.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы и ответы",
                        "items": [
                            {
                                "question": "Может ли ребёнок пойти в государственную школу, не зная китайского?",
                                "answer": "<p>Зависит от школы и возраста ребёнка. Некоторые школы поддерживают детей, для которых китайский не родной, но основная часть обучения идёт на путунхуа. Уточните в районном управлении образования и в самой школе.</p>",
                            },
                            {
                                "question": "Оплачивает ли работодатель обучение?",
                                "answer": "<p>В некоторые контракты входит компенсация расходов на образование, во многие — нет. Зафиксируйте это письменно до подписания и спросите, как она выплачивается и облагается налогом.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Портал правительства Шэньчжэня (на английском)",
                    "https://www.sz.gov.cn/en/",
                    "Народное правительство города Шэньчжэнь",
                ),
                _source(
                    "Международная школа Шэкоу",
                    "https://www.sis-shekou.org/",
                    "Международная школа Шэкоу",
                ),
            ],
            "es": [
                _text(
                    "<p>Las plazas escolares y las cuotas de los colegios internacionales están entre las mayores preocupaciones de las familias que se mudan a Shenzhen. La mayoría de las familias extranjeras eligen entre una escuela pública local, con clases en chino, y un colegio internacional privado.</p>"
                ),
                _heading("Plazas en la escuela pública"),
                _text(
                    "<p>Las escuelas públicas de Shenzhen pueden admitir a niños extranjeros, pero las plazas las asigna la oficina de educación del distrito y dependen de dónde vivas y de las vacantes. Las clases son en mandarín, así que esta vía encaja con niños pequeños o con quienes ya hablan algo de chino. Pregunta a la oficina de educación de tu distrito, o en el 12345, qué documentos piden y cuándo se abre el plazo.</p>"
                ),
                _heading("Colegios internacionales"),
                _text(
                    "<p>Shenzhen tiene varios colegios internacionales, muchos en Shekou y en el distrito de Nanshan en general, entre ellos:</p><ul><li><b>Shekou International School</b> (SIS), fundado en 1988, desde infantil hasta el grado 12.</li><li><b>QSI International School of Shenzhen</b>, con currículo estadounidense.</li><li><b>Shen Wai International School</b> (SWIS), vinculado a la Escuela de Lenguas Extranjeras de Shenzhen.</li></ul><p>Las cuotas, los currículos y las normas de admisión cambian: compruébalos directamente con cada colegio. Algunos colegios internacionales solo admiten a titulares de pasaporte extranjero.</p>"
                ),
                _heading("Cómo solicitar plaza"),
                {
                    "type": "steps",
                    "value": {
                        "title": "La solicitud, paso a paso",
                        "steps": [
                            {
                                "title": "Haz una lista corta de colegios",
                                "text": "<p>Valora el currículo, el idioma de enseñanza, el trayecto y las cuotas. Calcula los tiempos de viaje desde donde piensas vivir.</p>",
                            },
                            {
                                "title": "Prepara los documentos",
                                "text": "<p>Los colegios suelen pedir pasaportes, visados o permisos de residencia, informes escolares anteriores y la cartilla de vacunación. Ten listas las traducciones si el colegio las pide.</p>",
                            },
                            {
                                "title": "Entrevista y evaluación",
                                "text": "<p>La mayoría de los colegios internacionales hacen una entrevista o una prueba de nivel; pregunta si se puede hacer en línea antes de llegar.</p>",
                            },
                            {
                                "title": "Confirma las cuotas y quién paga",
                                "text": "<p>Pide a cada colegio sus tarifas vigentes, incluidas las de solicitud, matrícula y autobús, y comprueba si tu empleador contribuye.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Solicita con tiempo",
                        "text": "<p>Contacta con los colegios en cuanto la mudanza sea probable, aunque tu permiso de trabajo no esté cerrado. Los colegios internacionales más demandados pueden tener listas de espera y las plazas públicas siguen un calendario anual fijo; pregunta a cada centro por sus plazos.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Puede mi hijo ir a una escuela pública sin hablar chino?",
                                "answer": "<p>Depende de la escuela y de la edad del niño. Algunas escuelas ofrecen apoyo a alumnos no nativos, pero la mayor parte de la enseñanza es en mandarín. Pregunta directamente a la oficina de educación del distrito y a la escuela.</p>",
                            },
                            {
                                "question": "¿Paga mi empleador las cuotas escolares?",
                                "answer": "<p>Algunos paquetes laborales incluyen una ayuda para educación; muchos no. Déjalo por escrito antes de firmar y pregunta cómo se paga y cómo tributa.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portal del Gobierno de Shenzhen (en inglés)",
                    "https://www.sz.gov.cn/en/",
                    "Gobierno Popular Municipal de Shenzhen",
                ),
                _source(
                    "Shekou International School",
                    "https://www.sis-shekou.org/",
                    "Shekou International School",
                ),
            ],
            "fr": [
                _text(
                    "<p>Les places à l'école et les frais des écoles internationales figurent parmi les principales inquiétudes des familles qui s'installent à Shenzhen. La plupart des familles étrangères choisissent entre une école publique locale, où l'enseignement se fait en chinois, et une école internationale privée.</p>"
                ),
                _heading("Les places dans le public"),
                _text(
                    "<p>Les écoles publiques de Shenzhen peuvent accueillir des enfants étrangers, mais les places sont attribuées par le bureau de l'éducation du district, selon votre lieu de résidence et les places disponibles. L'enseignement se fait en mandarin : cette voie convient aux plus jeunes ou aux enfants qui parlent déjà un peu chinois. Demandez au bureau de l'éducation de votre district, ou au 12345, quels documents sont exigés et quand les inscriptions ouvrent.</p>"
                ),
                _heading("Les écoles internationales"),
                _text(
                    "<p>Shenzhen compte plusieurs écoles internationales, dont beaucoup à Shekou et plus largement dans le district de Nanshan, notamment :</p><ul><li><b>Shekou International School</b> (SIS), fondée en 1988, de la maternelle au grade 12.</li><li><b>QSI International School of Shenzhen</b>, au programme américain.</li><li><b>Shen Wai International School</b> (SWIS), liée à l'École de langues étrangères de Shenzhen.</li></ul><p>Les frais, les programmes et les règles d'admission évoluent : vérifiez-les directement auprès de chaque école. Certaines écoles internationales n'admettent que les titulaires d'un passeport étranger.</p>"
                ),
                _heading("Candidater"),
                {
                    "type": "steps",
                    "value": {
                        "title": "La candidature, étape par étape",
                        "steps": [
                            {
                                "title": "Établissez une courte liste d'écoles",
                                "text": "<p>Tenez compte du programme, de la langue d'enseignement, du trajet et des frais. Calculez les temps de trajet depuis le quartier où vous comptez habiter.</p>",
                            },
                            {
                                "title": "Préparez les documents",
                                "text": "<p>Les écoles demandent en général les passeports, les visas ou permis de séjour, les bulletins scolaires précédents et le carnet de vaccination. Préparez des traductions si l'école les demande.</p>",
                            },
                            {
                                "title": "Entretien et évaluation",
                                "text": "<p>La plupart des écoles internationales organisent un entretien ou un test de niveau ; demandez s'il peut se faire en ligne avant votre arrivée.</p>",
                            },
                            {
                                "title": "Confirmez les frais et qui les paie",
                                "text": "<p>Demandez à chaque école sa grille tarifaire en vigueur, y compris les frais de dossier, d'inscription et de bus, et vérifiez si votre employeur y contribue.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Candidatez tôt",
                        "text": "<p>Contactez les écoles dès que votre déménagement devient probable, même si votre permis de travail n'est pas encore finalisé. Les écoles internationales prisées peuvent avoir des listes d'attente, et les places publiques suivent un calendrier annuel fixe ; renseignez-vous sur les dates limites de chaque école.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Mon enfant peut-il aller à l'école publique sans parler chinois ?",
                                "answer": "<p>Cela dépend de l'école et de l'âge de l'enfant. Certaines écoles proposent un soutien aux élèves non natifs, mais l'essentiel de l'enseignement se fait en mandarin. Renseignez-vous directement auprès du bureau de l'éducation du district et de l'école.</p>",
                            },
                            {
                                "question": "Mon employeur paie-t-il les frais de scolarité ?",
                                "answer": "<p>Certains contrats prévoient une allocation de scolarité ; beaucoup non. Faites-la inscrire par écrit avant de signer et demandez comment elle est versée et imposée.</p>",
                            },
                        ],
                    },
                },
                _source(
                    "Portail du gouvernement de Shenzhen (en anglais)",
                    "https://www.sz.gov.cn/en/",
                    "Gouvernement populaire municipal de Shenzhen",
                ),
                _source(
                    "Shekou International School",
                    "https://www.sis-shekou.org/",
                    "Shekou International School",
                ),
            ],
        },
    }
)
