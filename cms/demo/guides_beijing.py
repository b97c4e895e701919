"""Beijing's four settling-in guides (arriving, money, health, schools).

Plain data for ``cms.demo.loader``; see ``cms.demo`` for the conventions.
Facts follow /work/shared/FACTS.md; anything uncertain is phrased as
"check with ..." rather than stated.
"""

GUIDES = []


# ---------------------------------------------------------------------------
# 1. Arriving
# ---------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "arriving",
        "topic": "arriving",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Arriving in Beijing: your first 30 days",
            "zh-hans": "初到北京：最初30天",
            "ar": "الوصول إلى بكين: أيامك الثلاثون الأولى",
            "ru": "Приезд в Пекин: первые 30 дней",
            "es": "Llegar a Pekín: tus primeros 30 días",
            "fr": "Arriver à Pékin : vos 30 premiers jours",
        },
        "intro": {
            "en": "What to do, and in what order, from the day you land: registering where you live, the medical check, the work-permit card and the residence permit, plus the hotlines to call when you are stuck.",
            "zh-hans": "从落地当天开始该做什么、按什么顺序做：住宿登记、体检、工作许可证和居留许可，以及遇到困难时可以拨打的热线。",
            "ar": "ما عليك فعله وبأي ترتيب منذ يوم وصولك: تسجيل مكان الإقامة، والفحص الطبي، وبطاقة تصريح العمل، وتصريح الإقامة، إضافة إلى الخطوط الساخنة التي يمكنك الاتصال بها عند الحاجة.",
            "ru": "Что делать и в каком порядке с первого дня: регистрация по месту пребывания, медосмотр, карточка разрешения на работу и вид на жительство, а также горячие линии на случай затруднений.",
            "es": "Qué hacer, y en qué orden, desde el día en que aterrizas: el registro de residencia, el examen médico, la tarjeta del permiso de trabajo y el permiso de residencia, además de las líneas de ayuda.",
            "fr": "Ce qu'il faut faire, et dans quel ordre, dès votre arrivée : la déclaration de résidence, la visite médicale, la carte de permis de travail et le titre de séjour, ainsi que les numéros d'aide utiles.",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "The first 24 hours", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Every foreigner must register their place of residence within <b>24 hours</b> of arriving. A hotel does this for you at check-in. If you stay in a flat or with friends, take your passport and tenancy agreement to the local police station (派出所); your landlord may need to come too. Keep the registration slip: your bank, the residence-permit office and your employer will all ask for it.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Do not let the deadline slip",
                        "text": "<p>Late registration can be fined up to RMB 2,000. One source speaks of 48 hours rather than 24; count on 24. Register again every time you move.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "The 30-day clock", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "From Z visa to residence permit",
                        "steps": [
                            {
                                "title": "Medical check",
                                "text": "<p>Take it at an International Travel Health Care Center, and ask your employer whether a check done abroad is accepted. The certificate is valid for 6 months.</p>",
                            },
                            {
                                "title": "Work-permit card",
                                "text": "<p>Your employer applies for the card within 30 days of your entry; some employers want your papers within 10 days, so answer quickly.</p>",
                            },
                            {
                                "title": "Residence permit",
                                "text": "<p>Apply at the exit-entry office of the Beijing Public Security Bureau within 30 days of entry. The law allows 15 days for a decision (often 7–8 working days in practice), and your passport is held meanwhile, so plan no travel.</p>",
                            },
                            {
                                "title": "Then: phone, bank, payments",
                                "text": "<p>With your registration slip in hand, get a phone number, then a bank account, then verify Alipay or WeChat Pay. Our banking and phone guide explains each step.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Getting help", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Common questions",
                        "items": [
                            {
                                "question": "Who can I call if I am stuck?",
                                "answer": "<p>Dial <b>12345</b>, the Beijing city hotline, which helps in several languages, or <b>12367</b>, the national immigration service line, open 24/7 in Chinese and English.</p>",
                            },
                            {
                                "question": "How long does a residence permit last?",
                                "answer": "<p>Between 90 days and 5 years, usually in line with your work permit and contract. Apply to extend it at least 30 days before it expires.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Exit and entry services for foreigners",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "National Immigration Administration",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: services for foreigners",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Beijing Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "最初24小时", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>所有外国人都必须在抵达后<b>24小时</b>内办理住宿登记。住酒店的，酒店会在入住时代为办理。如果住在租来的公寓或朋友家，请带上护照和租房合同到当地派出所办理，房东可能也需要一同前往。请保管好登记回执：银行、居留许可受理机构和雇主都会要求查看。</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "别错过期限",
                        "text": "<p>逾期登记最高可处2,000元罚款。有资料称期限为48小时，但请按24小时计算。每次搬家后都要重新登记。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "30天倒计时", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "从Z字签证到居留许可",
                        "steps": [
                            {
                                "title": "体检",
                                "text": "<p>到国际旅行卫生保健中心体检；在国外做的体检是否被接受，请向雇主确认。体检证明有效期为6个月。</p>",
                            },
                            {
                                "title": "工作许可证",
                                "text": "<p>雇主须在你入境后30天内为你申请工作许可证；有些雇主要求10天内交齐材料，请尽快回复。</p>",
                            },
                            {
                                "title": "居留许可",
                                "text": "<p>入境后30天内向北京市公安局出入境管理部门申请。法定审批时限为15天（实际通常为7至8个工作日），其间护照由受理机构留存，请勿安排出行。</p>",
                            },
                            {
                                "title": "接下来：手机、银行、支付",
                                "text": "<p>拿到住宿登记回执后，先办手机号，再开银行账户，然后完成支付宝或微信支付的实名验证。我们的银行与手机指南会逐步说明。</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "获取帮助", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "遇到困难可以打哪个电话？",
                                "answer": "<p>拨打北京市民服务热线<b>12345</b>，可提供多语种服务；或拨打国家移民管理局服务热线<b>12367</b>，全天24小时提供中英文服务。</p>",
                            },
                            {
                                "question": "居留许可有效期多长？",
                                "answer": "<p>90天至5年不等，通常与工作许可和劳动合同期限一致。请至少在到期前30天申请延期。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "外国人出入境服务",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "国家移民管理局",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京市政府国际版：外国人服务",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "北京市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {
                    "type": "heading",
                    "value": {"text": "الساعات الأربع والعشرون الأولى", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>يجب على كل أجنبي تسجيل مكان إقامته خلال <b>24 ساعة</b> من وصوله. إذا نزلت في فندق، يتولى الفندق ذلك عند تسجيل الدخول. أما إذا أقمت في شقة أو لدى أصدقاء، فاذهب بجواز سفرك وعقد الإيجار إلى مركز الشرطة المحلي (派出所)، وقد يُطلب حضور المالك أيضًا. احتفظ بإيصال التسجيل، فسيطلبه منك البنك ومكتب تصاريح الإقامة وصاحب العمل.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "لا تتأخر عن المهلة",
                        "text": "<p>قد يُعاقَب التأخر في التسجيل بغرامة تصل إلى 2,000 يوان. يذكر أحد المصادر مهلة 48 ساعة بدلًا من 24، لكن اعتمد على 24 ساعة. وأعد التسجيل في كل مرة تنتقل فيها إلى سكن جديد.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "مهلة الثلاثين يومًا", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "من تأشيرة Z إلى تصريح الإقامة",
                        "steps": [
                            {
                                "title": "الفحص الطبي",
                                "text": "<p>أجرِ الفحص في أحد مراكز الرعاية الصحية للسفر الدولي، واسأل صاحب العمل هل يُقبل فحص أُجري في الخارج. الشهادة صالحة لمدة 6 أشهر.</p>",
                            },
                            {
                                "title": "بطاقة تصريح العمل",
                                "text": "<p>يتقدم صاحب العمل بطلب البطاقة خلال 30 يومًا من دخولك، وبعض أصحاب العمل يطلبون أوراقك خلال 10 أيام، فاستجب بسرعة.</p>",
                            },
                            {
                                "title": "تصريح الإقامة",
                                "text": "<p>قدّم الطلب لدى إدارة الدخول والخروج التابعة لمكتب الأمن العام في بكين خلال 30 يومًا من دخولك. يمنح القانون 15 يومًا لإصدار القرار (وغالبًا 7–8 أيام عمل في الواقع)، ويُحتفظ بجواز سفرك خلال هذه المدة، فلا تخطط للسفر.</p>",
                            },
                            {
                                "title": "بعد ذلك: الهاتف والبنك والدفع",
                                "text": "<p>بعد الحصول على إيصال التسجيل، احصل على رقم هاتف، ثم افتح حسابًا مصرفيًا، ثم وثّق حسابك في Alipay أو WeChat Pay. يشرح دليلنا عن البنوك والهواتف كل خطوة.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "الحصول على المساعدة", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "بمن أتصل إذا واجهتني مشكلة؟",
                                "answer": "<p>اتصل بالرقم <b>12345</b>، الخط الساخن لمدينة بكين، الذي يقدم المساعدة بعدة لغات، أو بالرقم <b>12367</b>، خط خدمة الهجرة الوطني، المتاح على مدار الساعة طوال الأسبوع باللغتين الصينية والإنجليزية.</p>",
                            },
                            {
                                "question": "ما مدة صلاحية تصريح الإقامة؟",
                                "answer": "<p>من 90 يومًا إلى 5 سنوات، وعادةً ما تتوافق مع مدة تصريح العمل وعقد العمل. قدّم طلب التمديد قبل انتهاء الصلاحية بـ30 يومًا على الأقل.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "خدمات الدخول والخروج للأجانب",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "الإدارة الوطنية للهجرة",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "بكين الدولية: خدمات للأجانب",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "حكومة بلدية بكين الشعبية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {"type": "heading", "value": {"text": "Первые 24 часа", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Каждый иностранец обязан зарегистрироваться по месту пребывания в течение <b>24 часов</b> после приезда. Если вы живёте в гостинице, она сделает это при заселении. Если вы сняли квартиру или остановились у друзей, придите с паспортом и договором аренды в местный полицейский участок (派出所); возможно, понадобится и присутствие арендодателя. Сохраните справку о регистрации: её попросят банк, служба, выдающая вид на жительство, и работодатель.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Не пропустите срок",
                        "text": "<p>За опоздание с регистрацией грозит штраф до 2000 юаней. В одном источнике указан срок 48 часов, но рассчитывайте на 24. После каждого переезда регистрируйтесь заново.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Отсчёт 30 дней", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "От визы Z до вида на жительство",
                        "steps": [
                            {
                                "title": "Медосмотр",
                                "text": "<p>Пройдите его в Международном центре здоровья путешественников (International Travel Health Care Center) и уточните у работодателя, примут ли медосмотр, пройденный за рубежом. Справка действительна 6 месяцев.</p>",
                            },
                            {
                                "title": "Карточка разрешения на работу",
                                "text": "<p>Работодатель подаёт заявление на карточку в течение 30 дней после вашего въезда; некоторые просят документы уже в течение 10 дней, так что отвечайте быстро.</p>",
                            },
                            {
                                "title": "Вид на жительство",
                                "text": "<p>Подайте заявление в управление въезда и выезда Бюро общественной безопасности Пекина в течение 30 дней после въезда. По закону решение принимается за 15 дней (на практике обычно за 7–8 рабочих дней); всё это время паспорт остаётся у них, так что не планируйте поездок.</p>",
                            },
                            {
                                "title": "Затем: телефон, банк, платежи",
                                "text": "<p>Получив справку о регистрации, оформите номер телефона, затем откройте банковский счёт и после этого подтвердите Alipay или WeChat Pay. Каждый шаг описан в нашем руководстве о банках и телефонах.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Где получить помощь", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Частые вопросы",
                        "items": [
                            {
                                "question": "Куда звонить, если возникли трудности?",
                                "answer": "<p>Наберите <b>12345</b> — городскую горячую линию Пекина с поддержкой нескольких языков — или <b>12367</b> — национальную линию миграционной службы, которая работает круглосуточно на китайском и английском языках.</p>",
                            },
                            {
                                "question": "На какой срок выдаётся вид на жительство?",
                                "answer": "<p>От 90 дней до 5 лет, обычно в соответствии со сроком разрешения на работу и трудового договора. Подавайте на продление не позднее чем за 30 дней до окончания срока.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Услуги по въезду и выезду для иностранцев",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Национальное иммиграционное управление КНР",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: услуги для иностранцев",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Народное правительство Пекина",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "Las primeras 24 horas", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Todo extranjero debe registrar su lugar de residencia en las <b>24 horas</b> siguientes a su llegada. Si te alojas en un hotel, lo hace el hotel al registrarte. Si vives en un piso o en casa de amigos, acude con tu pasaporte y tu contrato de alquiler a la comisaría de tu barrio (派出所); puede que tu casero también tenga que ir. Guarda el justificante: te lo pedirán el banco, la oficina de permisos de residencia y tu empresa.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "No dejes pasar el plazo",
                        "text": "<p>Registrarse tarde puede acarrear una multa de hasta 2.000 yuanes. Una fuente habla de 48 horas en lugar de 24; cuenta con 24. Vuelve a registrarte cada vez que te mudes.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "El plazo de 30 días", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Del visado Z al permiso de residencia",
                        "steps": [
                            {
                                "title": "Examen médico",
                                "text": "<p>Hazlo en un Centro Internacional de Salud para Viajeros (International Travel Health Care Center) y pregunta a tu empresa si se acepta un examen hecho en el extranjero. El certificado es válido 6 meses.</p>",
                            },
                            {
                                "title": "Tarjeta del permiso de trabajo",
                                "text": "<p>Tu empresa la solicita dentro de los 30 días siguientes a tu entrada; algunas piden tus documentos en 10 días, así que responde rápido.</p>",
                            },
                            {
                                "title": "Permiso de residencia",
                                "text": "<p>Solicítalo en la oficina de entrada y salida de la Oficina de Seguridad Pública de Pekín dentro de los 30 días siguientes a tu entrada. La ley fija 15 días para resolver (en la práctica suelen ser 7–8 días hábiles) y retienen tu pasaporte mientras tanto, así que no planees viajes.</p>",
                            },
                            {
                                "title": "Después: teléfono, banco y pagos",
                                "text": "<p>Con el justificante de registro, consigue un número de teléfono, luego abre una cuenta bancaria y después verifica Alipay o WeChat Pay. Nuestra guía de bancos y teléfonos explica cada paso.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Dónde pedir ayuda", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿A quién llamo si me atasco?",
                                "answer": "<p>Marca el <b>12345</b>, la línea de atención ciudadana de Pekín, que ofrece ayuda en varios idiomas, o el <b>12367</b>, la línea nacional de inmigración, disponible las 24 horas del día en chino e inglés.</p>",
                            },
                            {
                                "question": "¿Cuánto dura el permiso de residencia?",
                                "answer": "<p>Entre 90 días y 5 años, normalmente en línea con tu permiso de trabajo y tu contrato. Pide la prórroga al menos 30 días antes de que caduque.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Servicios de entrada y salida para extranjeros",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Administración Nacional de Inmigración",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: servicios para extranjeros",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": {"text": "Les premières 24 heures", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Tout étranger doit déclarer son lieu de résidence dans les <b>24 heures</b> suivant son arrivée. À l'hôtel, la réception s'en charge à l'enregistrement. Si vous logez dans un appartement ou chez des amis, rendez-vous avec votre passeport et votre bail au commissariat de votre quartier (派出所) ; votre propriétaire devra peut-être vous accompagner. Conservez le récépissé : la banque, le service des titres de séjour et votre employeur vous le demanderont.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Ne laissez pas passer le délai",
                        "text": "<p>Une déclaration tardive peut coûter jusqu'à 2 000 yuans d'amende. Une source évoque 48 heures au lieu de 24 ; comptez sur 24. Déclarez-vous de nouveau à chaque déménagement.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Le compte à rebours de 30 jours", "level": "h2"},
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "Du visa Z au titre de séjour",
                        "steps": [
                            {
                                "title": "Visite médicale",
                                "text": "<p>Passez-la dans un centre international de santé des voyageurs (International Travel Health Care Center) et demandez à votre employeur si un examen fait à l'étranger est accepté. Le certificat est valable 6 mois.</p>",
                            },
                            {
                                "title": "Carte de permis de travail",
                                "text": "<p>Votre employeur la demande dans les 30 jours suivant votre entrée ; certains réclament vos documents sous 10 jours, alors répondez vite.</p>",
                            },
                            {
                                "title": "Titre de séjour",
                                "text": "<p>Déposez la demande au service des entrées et sorties du Bureau de la sécurité publique de Pékin dans les 30 jours suivant votre entrée. La loi prévoit une décision sous 15 jours (souvent 7 à 8 jours ouvrés en pratique) et votre passeport est conservé pendant ce temps : ne prévoyez pas de voyage.</p>",
                            },
                            {
                                "title": "Ensuite : téléphone, banque, paiements",
                                "text": "<p>Muni du récépissé de déclaration, prenez un numéro de téléphone, puis ouvrez un compte bancaire, puis faites vérifier Alipay ou WeChat Pay. Notre guide sur la banque et le téléphone détaille chaque étape.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Obtenir de l'aide", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Qui appeler en cas de difficulté ?",
                                "answer": "<p>Composez le <b>12345</b>, la ligne d'assistance de la ville de Pékin, qui répond en plusieurs langues, ou le <b>12367</b>, la ligne nationale de l'immigration, ouverte 24 h/24 et 7 j/7 en chinois et en anglais.</p>",
                            },
                            {
                                "question": "Combien de temps le titre de séjour est-il valable ?",
                                "answer": "<p>De 90 jours à 5 ans, généralement en cohérence avec votre permis de travail et votre contrat. Demandez la prolongation au moins 30 jours avant l'expiration.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Services d'entrée et de sortie pour les étrangers",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Administration nationale de l'immigration",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International : services aux étrangers",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Pékin",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)
