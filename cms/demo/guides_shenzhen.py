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
GUIDES.append({
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
            _text("<p>Your first month in Shenzhen runs on a few clocks that start the day you enter mainland China. Miss one and you risk a fine or a delayed permit, so put these dates in your calendar before you land.</p>"),
            _heading("The order that works"),
            {"type": "steps", "value": {"title": "Your first 30 days, step by step", "steps": [
                {"title": "Register your address within 24 hours", "text": "<p>A hotel registers you automatically. If you stay in a flat or with friends, go to the local police station (or ask your landlord to help) with your passport and lease within 24 hours of arrival.</p>"},
                {"title": "Have your medical check", "text": "<p>Your employer usually books it at an International Travel Health Care Center. The certificate is valid for 6 months.</p>"},
                {"title": "Collect your work-permit card", "text": "<p>Apply within 30 days of entry; some employers set an earlier internal deadline, such as 10 days.</p>"},
                {"title": "Apply for your residence permit", "text": "<p>Apply within 30 days of entry at the exit-entry administration. The legal decision time is 15 days (often 7–8 working days in practice), and your passport is held meanwhile, so plan trips around it.</p>"},
                {"title": "Set up phone, bank and payments", "text": "<p>In this order: a phone number (real-name check with your passport), a bank account, then verifying Alipay or WeChat Pay. See our banking and phone guide.</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "Don't skip the 24-hour registration", "text": "<p>Late registration can be fined up to RMB 2,000. One source gives 48 hours rather than 24; treat 24 hours as the safe rule and check with your local police station.</p>"}},
            _heading("Coming in from Hong Kong"),
            _text("<p>Many people reach Shenzhen through Hong Kong, crossing by land at checkpoints such as Luohu, Futian or Shenzhen Bay. Hong Kong and the mainland run separate immigration controls: clearing Hong Kong does not mean you may enter the mainland.</p><ul><li>Before you travel, check the mainland visa rules for your nationality with the Chinese embassy or consulate, or on 12367.</li><li>A short tourist visa issued at the border is not a work visa: to take up a job you normally need a Z visa (or an R visa for class-A talent), applied for with your work-permit notice.</li><li>The 24-hour and 30-day clocks start on the day you enter the mainland.</li></ul>"),
            _heading("Help lines"),
            _text("<p><b>12345</b> is Shenzhen's city service hotline for questions about public services; check whether English is offered when you call. <b>12367</b> is the national immigration service line, open 24/7 in Chinese and English, for visas, permits and registration.</p>"),
            {"type": "faq", "value": {"title": "Questions", "items": [
                {"question": "Can I work if I entered on a tourist visa?", "answer": "<p>No. Working on a tourist visa is not allowed, and switching to a work status inside China is possible only in limited cases. The usual route is a Z visa applied for with your work-permit notice. Check your case with your employer or 12367 before you travel.</p>"},
                {"question": "Can I travel while my residence permit is being processed?", "answer": "<p>Your passport is held during processing, so you usually cannot leave the mainland, including for Hong Kong. Ask the exit-entry office what the receipt you are given allows.</p>"},
            ]}},
            _source("National Immigration Administration", "https://www.nia.gov.cn/", "National Immigration Administration"),
            _source("12367 immigration service platform", "https://www.12367.cn/", "National Immigration Administration"),
        ],
        "zh-hans": [
            _text("<p>在深圳的第一个月，有几个期限从您进入中国内地当天就开始计算。错过其中任何一个，都可能被罚款或耽误办证，所以请在落地前把这些日期记进日历。</p>"),
            _heading("行之有效的办理顺序"),
            {"type": "steps", "value": {"title": "最初30天，一步一步来", "steps": [
                {"title": "24小时内办理住宿登记", "text": "<p>住酒店的，酒店会自动为您登记。住在租住的公寓或朋友家的，请在抵达后24小时内携带护照和租房合同到当地派出所办理（也可请房东协助）。</p>"},
                {"title": "完成体检", "text": "<p>用人单位通常会在国际旅行卫生保健中心为您预约。体检证明有效期为6个月。</p>"},
                {"title": "领取工作许可证", "text": "<p>须在入境后30天内申请；有些用人单位会设定更早的内部期限，例如10天。</p>"},
                {"title": "申请居留许可", "text": "<p>须在入境后30天内向出入境管理部门申请。法定审批时限为15天（实际通常为7至8个工作日），其间护照由受理机关留存，请据此安排出行。</p>"},
                {"title": "开通手机、银行和支付", "text": "<p>按以下顺序：办理手机号（凭护照实名认证）、开立银行账户，再完成支付宝或微信支付的实名认证。详见我们的银行与手机指南。</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "别忘了24小时内登记", "text": "<p>逾期登记最高可被罚款2,000元人民币。有一个来源称时限为48小时而非24小时；稳妥起见请按24小时办理，并向当地派出所核实。</p>"}},
            _heading("从香港入境"),
            _text("<p>很多人经香港前往深圳，从罗湖、福田或深圳湾等口岸陆路过境。香港与内地实行各自独立的出入境管理：通过香港边检并不代表您可以进入内地。</p><ul><li>出发前，请向中国驻外使领馆或拨打12367核实您所持国籍进入内地的签证要求。</li><li>在口岸签发的短期旅游签证不是工作签证：来深圳就业，通常需要凭工作许可通知申请Z字签证（A类高端人才可申请R字签证）。</li><li>24小时和30天的期限都从您进入内地当天起算。</li></ul>"),
            _heading("服务热线"),
            _text("<p><b>12345</b>是深圳市政务服务便民热线，可咨询各类公共服务问题；致电时请先确认是否提供英语服务。<b>12367</b>是全国移民管理服务热线，全天24小时提供中英文服务，可咨询签证、许可和登记等事宜。</p>"),
            {"type": "faq", "value": {"title": "常见问题", "items": [
                {"question": "持旅游签证入境后可以工作吗？", "answer": "<p>不可以。持旅游签证工作是不允许的，在境内转为工作身份也只在有限情况下可行。通常的做法是凭工作许可通知申请Z字签证。出发前请向用人单位确认，或拨打12367咨询。</p>"},
                {"question": "居留许可办理期间可以出行吗？", "answer": "<p>审批期间护照由受理机关留存，因此通常无法离开内地，包括前往香港。请向出入境办证窗口询问所发回执可用于哪些用途。</p>"},
            ]}},
            _source("国家移民管理局", "https://www.nia.gov.cn/", "国家移民管理局"),
            _source("12367移民管理服务平台", "https://www.12367.cn/", "国家移民管理局"),
        ],
        "ar": [
            _text("<p>يخضع شهرك الأول في شنجن لعدة مهل زمنية تبدأ من يوم دخولك إلى البر الرئيسي الصيني. إن فاتتك إحداها فقد تتعرض لغرامة أو لتأخير في تصريحك، لذا سجّل هذه المواعيد في تقويمك قبل أن تصل.</p>"),
            _heading("الترتيب الذي ينجح"),
            {"type": "steps", "value": {"title": "أيامك الثلاثون الأولى خطوة بخطوة", "steps": [
                {"title": "سجّل عنوانك خلال 24 ساعة", "text": "<p>إذا نزلت في فندق فهو يسجّلك تلقائياً. أما إذا أقمت في شقة أو عند أصدقاء، فتوجّه إلى مركز الشرطة المحلي (أو اطلب مساعدة المالك) ومعك جواز سفرك وعقد الإيجار خلال 24 ساعة من وصولك.</p>"},
                {"title": "أجرِ الفحص الطبي", "text": "<p>يحجز لك صاحب العمل عادةً موعداً في مركز الرعاية الصحية للسفر الدولي. تبقى الشهادة صالحة 6 أشهر.</p>"},
                {"title": "استلم بطاقة تصريح العمل", "text": "<p>قدّم الطلب خلال 30 يوماً من الدخول؛ وبعض أصحاب العمل يحددون موعداً داخلياً أبكر، كعشرة أيام مثلاً.</p>"},
                {"title": "اطلب تصريح الإقامة", "text": "<p>قدّم الطلب خلال 30 يوماً من الدخول لدى إدارة الدخول والخروج. المهلة القانونية للبت 15 يوماً (وغالباً 7–8 أيام عمل في الواقع)، ويُحتفظ بجواز سفرك خلال ذلك، فخطّط لتنقلاتك على هذا الأساس.</p>"},
                {"title": "جهّز الهاتف والمصرف والدفع", "text": "<p>بهذا الترتيب: رقم هاتف (مع التحقق من الهوية بجواز السفر)، ثم حساب مصرفي، ثم توثيق Alipay أو WeChat Pay. راجع دليلنا عن المصارف والهاتف.</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "لا تتجاهل التسجيل خلال 24 ساعة", "text": "<p>قد يُعاقب التأخر في التسجيل بغرامة تصل إلى 2,000 يوان صيني. يذكر أحد المصادر مهلة 48 ساعة بدلاً من 24؛ اعتمد 24 ساعة احتياطاً وتحقق من ذلك لدى مركز الشرطة المحلي.</p>"}},
            _heading("القدوم من هونغ كونغ"),
            _text("<p>يصل كثيرون إلى شنجن عبر هونغ كونغ، فيعبرون براً من منافذ مثل لوهو أو فوتيان أو خليج شنجن. لهونغ كونغ والبر الرئيسي نظاما هجرة منفصلان: اجتيازك مراقبة هونغ كونغ لا يعني أنه يحق لك دخول البر الرئيسي.</p><ul><li>تحقق قبل السفر من متطلبات تأشيرة البر الرئيسي لجنسيتك، لدى السفارة أو القنصلية الصينية أو عبر الرقم 12367.</li><li>التأشيرة السياحية القصيرة التي تُمنح عند المنفذ ليست تأشيرة عمل: لتبدأ وظيفتك تحتاج عادةً إلى تأشيرة Z (أو تأشيرة R لمواهب الفئة A) تُطلب بموجب إشعار تصريح العمل.</li><li>تبدأ مهلتا الـ24 ساعة والـ30 يوماً من يوم دخولك إلى البر الرئيسي.</li></ul>"),
            _heading("خطوط المساعدة"),
            _text("<p><b>12345</b> هو الخط الساخن لخدمات مدينة شنجن للاستفسار عن الخدمات العامة؛ تأكد عند الاتصال من توفر اللغة الإنجليزية. أما <b>12367</b> فهو خط خدمات الهجرة الوطني، ويعمل على مدار الساعة طوال الأسبوع بالصينية والإنجليزية، للاستفسار عن التأشيرات والتصاريح والتسجيل.</p>"),
            {"type": "faq", "value": {"title": "أسئلة شائعة", "items": [
                {"question": "هل يمكنني العمل إذا دخلت بتأشيرة سياحية؟", "answer": "<p>لا. العمل بتأشيرة سياحية غير مسموح، وتحويل وضعك إلى وضع عمل داخل الصين ممكن في حالات محدودة فقط. الطريق المعتاد هو تأشيرة Z تُطلب بموجب إشعار تصريح العمل. تحقق من حالتك مع صاحب العمل أو عبر 12367 قبل السفر.</p>"},
                {"question": "هل يمكنني السفر أثناء معالجة طلب الإقامة؟", "answer": "<p>يُحتفظ بجواز سفرك أثناء معالجة الطلب، لذا لا يمكنك عادةً مغادرة البر الرئيسي، ولو إلى هونغ كونغ. اسأل مكتب الدخول والخروج عمّا يتيحه لك الإيصال الذي تتسلمه.</p>"},
            ]}},
            _source("الإدارة الوطنية للهجرة", "https://www.nia.gov.cn/", "الإدارة الوطنية للهجرة"),
            _source("منصة خدمات الهجرة 12367", "https://www.12367.cn/", "الإدارة الوطنية للهجرة"),
        ],
        "ru": [
            _text("<p>Первый месяц в Шэньчжэне подчинён нескольким срокам, которые начинают идти в день въезда в материковый Китай. Пропустите один — и рискуете получить штраф или задержку с разрешением, поэтому внесите эти даты в календарь ещё до прилёта.</p>"),
            _heading("Порядок, который работает"),
            {"type": "steps", "value": {"title": "Первые 30 дней шаг за шагом", "steps": [
                {"title": "Зарегистрируйтесь в течение 24 часов", "text": "<p>Гостиница регистрирует вас сама. Если вы живёте в квартире или у знакомых, в течение 24 часов после приезда обратитесь в местный полицейский участок с паспортом и договором аренды (можно попросить помочь арендодателя).</p>"},
                {"title": "Пройдите медосмотр", "text": "<p>Обычно работодатель записывает вас в Международный центр охраны здоровья путешественников. Справка действительна 6 месяцев.</p>"},
                {"title": "Получите карту разрешения на работу", "text": "<p>Подайте заявление в течение 30 дней после въезда; некоторые работодатели ставят более ранний внутренний срок, например 10 дней.</p>"},
                {"title": "Подайте на вид на жительство", "text": "<p>Заявление подаётся в управление по делам въезда и выезда в течение 30 дней после въезда. По закону решение принимается за 15 дней (на практике часто за 7–8 рабочих дней), и всё это время паспорт остаётся у ведомства — планируйте поездки с учётом этого.</p>"},
                {"title": "Оформите телефон, банк и платежи", "text": "<p>В таком порядке: номер телефона (проверка личности по паспорту), банковский счёт, затем верификация Alipay или WeChat Pay. Подробнее — в нашем руководстве о банке и телефоне.</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "Не пропустите регистрацию в течение 24 часов", "text": "<p>За опоздание с регистрацией грозит штраф до 2 000 юаней. Один источник называет срок 48 часов, а не 24; надёжнее исходить из 24 часов и уточнить в местном полицейском участке.</p>"}},
            _heading("Въезд из Гонконга"),
            _text("<p>Многие добираются до Шэньчжэня через Гонконг и пересекают границу по суше — например, через пункты пропуска Лоху, Футянь или Шэньчжэньский залив. У Гонконга и материкового Китая раздельный пограничный контроль: пройдя контроль в Гонконге, вы ещё не получаете права въехать на материк.</p><ul><li>Перед поездкой уточните визовые требования материкового Китая для вашего гражданства в посольстве или консульстве КНР либо по номеру 12367.</li><li>Краткосрочная туристическая виза, выдаваемая на границе, — не рабочая: чтобы приступить к работе, обычно нужна виза Z (или виза R для талантов категории A), оформляемая по уведомлению о разрешении на работу.</li><li>Сроки в 24 часа и 30 дней отсчитываются со дня въезда на материк.</li></ul>"),
            _heading("Телефоны помощи"),
            _text("<p><b>12345</b> — городская горячая линия Шэньчжэня по вопросам государственных услуг; при звонке уточните, доступен ли английский. <b>12367</b> — общенациональная линия миграционной службы: круглосуточно, на китайском и английском, по вопросам виз, разрешений и регистрации.</p>"),
            {"type": "faq", "value": {"title": "Вопросы и ответы", "items": [
                {"question": "Можно ли работать, если я въехал по туристической визе?", "answer": "<p>Нет. Работать по туристической визе запрещено, а сменить статус на рабочий внутри Китая можно лишь в ограниченных случаях. Обычный путь — виза Z по уведомлению о разрешении на работу. До поездки уточните свой случай у работодателя или по номеру 12367.</p>"},
                {"question": "Можно ли путешествовать, пока оформляется вид на жительство?", "answer": "<p>На время рассмотрения паспорт остаётся у ведомства, поэтому выехать за пределы материка, в том числе в Гонконг, обычно нельзя. Спросите в управлении по делам въезда и выезда, что позволяет выданная вам расписка.</p>"},
            ]}},
            _source("Государственное управление по делам иммиграции КНР", "https://www.nia.gov.cn/", "Государственное управление по делам иммиграции КНР"),
            _source("Платформа миграционных услуг 12367", "https://www.12367.cn/", "Государственное управление по делам иммиграции КНР"),
        ],
        "es": [
            _text("<p>Tu primer mes en Shenzhen se rige por varios plazos que empiezan a contar el día en que entras en la China continental. Si se te pasa uno, te arriesgas a una multa o a un retraso en tu permiso, así que apunta estas fechas antes de aterrizar.</p>"),
            _heading("El orden que funciona"),
            {"type": "steps", "value": {"title": "Tus primeros 30 días, paso a paso", "steps": [
                {"title": "Registra tu domicilio en 24 horas", "text": "<p>Si te alojas en un hotel, te registra automáticamente. Si vives en un piso o con amigos, acude a la comisaría de tu zona (o pide ayuda al casero) con el pasaporte y el contrato de alquiler en las 24 horas siguientes a tu llegada.</p>"},
                {"title": "Hazte el examen médico", "text": "<p>Normalmente tu empleador te pide cita en un Centro Internacional de Salud para Viajeros. El certificado es válido 6 meses.</p>"},
                {"title": "Recoge tu tarjeta de permiso de trabajo", "text": "<p>Solicítala en los 30 días siguientes a la entrada; algunos empleadores fijan un plazo interno más corto, por ejemplo 10 días.</p>"},
                {"title": "Solicita el permiso de residencia", "text": "<p>Preséntalo ante la administración de entrada y salida en los 30 días siguientes a la entrada. El plazo legal de resolución es de 15 días (en la práctica, a menudo 7–8 días hábiles) y tu pasaporte queda retenido mientras tanto, así que organiza tus viajes en consecuencia.</p>"},
                {"title": "Activa teléfono, banco y pagos", "text": "<p>En este orden: un número de teléfono (verificación de identidad con el pasaporte), una cuenta bancaria y, después, la verificación de Alipay o WeChat Pay. Consulta nuestra guía de banca y teléfono.</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "No te saltes el registro de 24 horas", "text": "<p>Registrarse tarde puede acarrear una multa de hasta 2.000 RMB. Una fuente habla de 48 horas en lugar de 24; toma las 24 horas como regla segura y confírmalo en la comisaría de tu zona.</p>"}},
            _heading("Llegar desde Hong Kong"),
            _text("<p>Muchas personas llegan a Shenzhen a través de Hong Kong y cruzan por tierra por pasos fronterizos como Luohu, Futian o la Bahía de Shenzhen. Hong Kong y el continente tienen controles migratorios separados: pasar el de Hong Kong no significa que puedas entrar en el continente.</p><ul><li>Antes de viajar, comprueba los requisitos de visado de la China continental para tu nacionalidad en la embajada o el consulado chino, o en el 12367.</li><li>El visado turístico corto que se expide en la frontera no es un visado de trabajo: para empezar un empleo sueles necesitar un visado Z (o un visado R para talentos de clase A), solicitado con la notificación de permiso de trabajo.</li><li>Los plazos de 24 horas y de 30 días cuentan desde el día en que entras en el continente.</li></ul>"),
            _heading("Líneas de ayuda"),
            _text("<p>El <b>12345</b> es la línea de atención ciudadana de Shenzhen para consultas sobre servicios públicos; al llamar, pregunta si atienden en inglés. El <b>12367</b> es la línea nacional de servicios de inmigración, disponible las 24 horas, todos los días, en chino e inglés, para visados, permisos y registro.</p>"),
            {"type": "faq", "value": {"title": "Preguntas frecuentes", "items": [
                {"question": "¿Puedo trabajar si entré con un visado de turista?", "answer": "<p>No. Trabajar con un visado de turista no está permitido, y cambiar a una situación laboral dentro de China solo es posible en casos limitados. Lo habitual es un visado Z solicitado con la notificación de permiso de trabajo. Consulta tu caso con tu empleador o en el 12367 antes de viajar.</p>"},
                {"question": "¿Puedo viajar mientras tramitan mi permiso de residencia?", "answer": "<p>Tu pasaporte queda retenido durante la tramitación, así que normalmente no puedes salir del continente, tampoco a Hong Kong. Pregunta en la oficina de entrada y salida qué te permite el resguardo que te entregan.</p>"},
            ]}},
            _source("Administración Nacional de Inmigración de China", "https://www.nia.gov.cn/", "Administración Nacional de Inmigración de China"),
            _source("Plataforma de servicios de inmigración 12367", "https://www.12367.cn/", "Administración Nacional de Inmigración de China"),
        ],
        "fr": [
            _text("<p>Votre premier mois à Shenzhen est rythmé par plusieurs délais qui commencent à courir le jour de votre entrée en Chine continentale. En manquer un peut vous valoir une amende ou retarder votre permis : notez ces dates dans votre agenda avant d'atterrir.</p>"),
            _heading("L'ordre qui fonctionne"),
            {"type": "steps", "value": {"title": "Vos 30 premiers jours, étape par étape", "steps": [
                {"title": "Déclarez votre adresse sous 24 heures", "text": "<p>À l'hôtel, l'établissement vous déclare automatiquement. Si vous logez dans un appartement ou chez des amis, présentez-vous au poste de police de votre quartier (ou demandez l'aide de votre propriétaire) avec votre passeport et votre bail dans les 24 heures suivant votre arrivée.</p>"},
                {"title": "Passez la visite médicale", "text": "<p>Votre employeur prend en général rendez-vous pour vous dans un Centre international de santé des voyageurs. Le certificat est valable 6 mois.</p>"},
                {"title": "Retirez votre carte de permis de travail", "text": "<p>Faites la demande dans les 30 jours suivant l'entrée ; certains employeurs fixent un délai interne plus court, par exemple 10 jours.</p>"},
                {"title": "Demandez votre permis de séjour", "text": "<p>Déposez la demande auprès de l'administration des entrées et sorties dans les 30 jours suivant l'entrée. Le délai légal de décision est de 15 jours (souvent 7 à 8 jours ouvrables en pratique) et votre passeport est conservé pendant ce temps : organisez vos déplacements en conséquence.</p>"},
                {"title": "Mettez en place téléphone, banque et paiements", "text": "<p>Dans cet ordre : un numéro de téléphone (vérification d'identité avec votre passeport), un compte bancaire, puis la vérification d'Alipay ou de WeChat Pay. Voir notre guide banque et téléphone.</p>"},
            ]}},
            {"type": "callout", "value": {"kind": "warning", "title": "Ne négligez pas la déclaration sous 24 heures", "text": "<p>Une déclaration tardive peut être sanctionnée d'une amende allant jusqu'à 2 000 RMB. Une source mentionne 48 heures et non 24 ; par prudence, retenez 24 heures et vérifiez auprès du poste de police de votre quartier.</p>"}},
            _heading("Arriver depuis Hong Kong"),
            _text("<p>Beaucoup de personnes rejoignent Shenzhen via Hong Kong et passent la frontière par voie terrestre, par exemple aux postes de Luohu, Futian ou Shenzhen Bay. Hong Kong et le continent ont des contrôles d'immigration distincts : franchir celui de Hong Kong ne vous autorise pas pour autant à entrer sur le continent.</p><ul><li>Avant de partir, vérifiez les conditions de visa pour la Chine continentale selon votre nationalité auprès de l'ambassade ou du consulat de Chine, ou au 12367.</li><li>Le visa touristique de courte durée délivré à la frontière n'est pas un visa de travail : pour prendre un emploi, il faut en général un visa Z (ou un visa R pour les talents de catégorie A), demandé avec la notification de permis de travail.</li><li>Les délais de 24 heures et de 30 jours courent à partir du jour de votre entrée sur le continent.</li></ul>"),
            _heading("Lignes d'assistance"),
            _text("<p>Le <b>12345</b> est la ligne de services de la ville de Shenzhen pour les questions sur les services publics ; demandez si l'anglais est proposé lors de votre appel. Le <b>12367</b> est la ligne nationale des services d'immigration, ouverte 24 h/24 et 7 j/7 en chinois et en anglais, pour les visas, les permis et la déclaration de résidence.</p>"),
            {"type": "faq", "value": {"title": "Questions fréquentes", "items": [
                {"question": "Puis-je travailler si je suis entré avec un visa de tourisme ?", "answer": "<p>Non. Travailler avec un visa de tourisme est interdit, et passer à un statut de travailleur depuis la Chine n'est possible que dans des cas limités. La voie habituelle est un visa Z demandé avec la notification de permis de travail. Vérifiez votre situation auprès de votre employeur ou du 12367 avant de partir.</p>"},
                {"question": "Puis-je voyager pendant l'instruction de mon permis de séjour ?", "answer": "<p>Votre passeport est conservé pendant l'instruction : vous ne pouvez donc en général pas quitter le continent, y compris pour Hong Kong. Demandez au bureau des entrées et sorties ce que permet le récépissé qui vous est remis.</p>"},
            ]}},
            _source("Administration nationale de l'immigration de Chine", "https://www.nia.gov.cn/", "Administration nationale de l'immigration de Chine"),
            _source("Plateforme de services d'immigration 12367", "https://www.12367.cn/", "Administration nationale de l'immigration de Chine"),
        ],
    },
})
