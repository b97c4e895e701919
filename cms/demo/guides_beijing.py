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
                                "text": "<p>Beijing asks for it from applicants aged 18–70 whose residence permit will be valid for more than one year. Take it at an International Travel Health Care Center, and ask your employer whether a check done abroad is accepted. The certificate is valid for 6 months.</p>",
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
                                "text": "<p>北京要求申请有效期一年以上居留许可、年龄在18至70周岁之间的申请人提交体检证明。到国际旅行卫生保健中心体检；在国外做的体检是否被接受，请向用人单位确认。体检证明有效期为6个月。</p>",
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
                                "text": "<p>تطلبه بكين من المتقدمين الذين تتراوح أعمارهم بين 18 و70 عامًا ويطلبون تصريح إقامة صالحًا لأكثر من سنة. أجرِ الفحص في أحد مراكز الرعاية الصحية للسفر الدولي، واسأل صاحب العمل هل يُقبل فحص أُجري في الخارج. الشهادة صالحة لمدة 6 أشهر.</p>",
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
                                "text": "<p>В Пекине его требуют от заявителей 18–70 лет, если вид на жительство выдаётся более чем на год. Пройдите его в Международном центре здоровья путешественников (International Travel Health Care Center) и уточните у работодателя, примут ли медосмотр, пройденный за рубежом. Справка действительна 6 месяцев.</p>",
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
                                "text": "<p>Pekín lo exige a quienes tienen entre 18 y 70 años y solicitan un permiso de residencia de más de un año. Hágalo en un Centro Internacional de Salud para Viajeros (International Travel Health Care Center) y pregunte a su empresa si se acepta un examen hecho en el extranjero. El certificado es válido 6 meses.</p>",
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
                                "text": "<p>Pékin l'exige des demandeurs de 18 à 70 ans dont le permis de séjour sera valable plus d'un an. Passez-la dans un centre international de santé des voyageurs (International Travel Health Care Center) et demandez à votre employeur si un examen fait à l'étranger est accepté. Le certificat est valable 6 mois.</p>",
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


# ---------------------------------------------------------------------------
# 2. Banking and phone
# ---------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "banking-and-phone",
        "topic": "money",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Phone, bank and mobile payments in Beijing",
            "zh-hans": "在北京办手机号、银行卡和移动支付",
            "ar": "الهاتف والبنك والدفع عبر الجوال في بكين",
            "ru": "Телефон, банк и мобильные платежи в Пекине",
            "es": "Teléfono, banco y pagos móviles en Pekín",
            "fr": "Téléphone, banque et paiement mobile à Pékin",
        },
        "intro": {
            "en": "Beijing runs on mobile payments, and each step depends on the one before: a phone number in your own name, a bank account, then a verified Alipay or WeChat Pay wallet. Here is the order that works.",
            "zh-hans": "北京的日常生活离不开移动支付，而每一步都依赖上一步：实名手机号、银行账户，再到完成验证的支付宝或微信支付。下面是行得通的办理顺序。",
            "ar": "تعتمد الحياة اليومية في بكين على الدفع عبر الجوال، وكل خطوة تتوقف على التي قبلها: رقم هاتف باسمك، ثم حساب مصرفي، ثم محفظة Alipay أو WeChat Pay موثّقة. إليك الترتيب الذي ينجح.",
            "ru": "Пекин живёт мобильными платежами, и каждый шаг зависит от предыдущего: номер телефона на ваше имя, банковский счёт, затем подтверждённый кошелёк Alipay или WeChat Pay. Вот порядок, который работает.",
            "es": "Pekín funciona con pagos móviles y cada paso depende del anterior: un número de teléfono a tu nombre, una cuenta bancaria y, por último, un monedero de Alipay o WeChat Pay verificado. Este es el orden que funciona.",
            "fr": "Pékin vit au rythme du paiement mobile, et chaque étape dépend de la précédente : un numéro à votre nom, un compte bancaire, puis un portefeuille Alipay ou WeChat Pay vérifié. Voici l'ordre qui fonctionne.",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "Why the order matters", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Almost everything — taxis, canteens, rent, hospital bills — is paid by phone. Banks want a Chinese mobile number, and payment apps want a bank card in the same name. So go in this order:</p><ul><li><b>Phone number</b>, once you have registered your residence</li><li><b>Bank account</b>, using that number</li><li><b>Alipay or WeChat Pay</b>, linked to that card</li></ul>",
                },
                {"type": "heading", "value": {"text": "Step by step", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Getting connected",
                        "steps": [
                            {
                                "title": "Get a phone number",
                                "text": "<p>Go to a China Mobile, China Unicom or China Telecom shop with your passport. Every SIM card is sold after a real-name check, so the number is tied to your passport.</p>",
                            },
                            {
                                "title": "Open a bank account",
                                "text": "<p>Take your passport, your new number, the registration slip and, if you already have them, your work permit and contract. Ask your employer which bank pays salaries: that bank's branch is often the easiest. Document lists vary by bank and branch, so check before you go.</p>",
                            },
                            {
                                "title": "Verify your wallet",
                                "text": "<p>Install Alipay or WeChat Pay, sign up with your number and link your bank card. Until your identity is verified, the wallet is capped.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "The name-matching catch-22",
                        "text": "<p>Banks sometimes record a foreign name differently from the passport: a different order, a missing middle name, spaces removed. If the bank's version does not match what the payment app expects, linking fails. Before you leave the counter, ask to see exactly how your name was entered.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "If something goes wrong", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Common questions",
                        "items": [
                            {
                                "question": "Can I link a foreign card to Alipay or WeChat Pay?",
                                "answer": "<p>Both apps accept some international cards, but limits and fees change; check the current terms in the app. For salary and rent, a local account is simpler.</p>",
                            },
                            {
                                "question": "What if the bank refuses to open an account?",
                                "answer": "<p>Ask your employer's HR team for a letter confirming your employment and, ideally, to book you an appointment at the payroll bank. If the branch still says no, try another branch of the same bank, or call 12345 for advice.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: living in Beijing",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Beijing Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Banking and payment services (official site)",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "People's Bank of China",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "为什么顺序很重要", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>打车、食堂、房租、医院账单……几乎一切都用手机支付。银行需要中国手机号，支付应用需要同名的银行卡。所以请按以下顺序办理：</p><ul><li><b>手机号</b>：在办完住宿登记之后</li><li><b>银行账户</b>：用这个手机号开户</li><li><b>支付宝或微信支付</b>：绑定这张银行卡</li></ul>",
                },
                {"type": "heading", "value": {"text": "分步办理", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "开通手机与支付",
                        "steps": [
                            {
                                "title": "办理手机号",
                                "text": "<p>带护照到中国移动、中国联通或中国电信的营业厅。所有电话卡都须实名登记，号码会与你的护照绑定。</p>",
                            },
                            {
                                "title": "开立银行账户",
                                "text": "<p>带上护照、新手机号、住宿登记回执；如已办好，再带上工作许可和劳动合同。可以问雇主工资由哪家银行代发，去那家银行的网点往往最顺利。各银行、各网点要求的材料不尽相同，请提前确认。</p>",
                            },
                            {
                                "title": "验证支付账户",
                                "text": "<p>安装支付宝或微信支付，用手机号注册并绑定银行卡。完成身份验证之前，账户的使用会受到限额。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "姓名匹配的死循环",
                        "text": "<p>银行有时记录外国人姓名的方式与护照不同：顺序颠倒、漏掉中间名或去掉空格。如果银行登记的姓名与支付应用核对的信息不一致，绑卡就会失败。离开柜台前，请工作人员给你看你的姓名究竟是怎样录入的。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "遇到问题时", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "可以在支付宝或微信支付里绑定境外银行卡吗？",
                                "answer": "<p>两款应用都接受部分境外银行卡，但限额和手续费会调整，请在应用内查看最新条款。用于领工资和交房租，本地账户更方便。</p>",
                            },
                            {
                                "question": "银行不给开户怎么办？",
                                "answer": "<p>请雇主的人力资源部门出具在职证明，最好再帮你预约代发工资的银行。如果该网点仍然拒绝，可以试试同一银行的其他网点，或拨打12345咨询。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京市政府国际版：在京生活",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "北京市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "银行与支付服务（官方网站）",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "中国人民银行",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {"type": "heading", "value": {"text": "لماذا يهم الترتيب", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>يُدفع كل شيء تقريبًا بالهاتف: سيارات الأجرة والمطاعم والإيجار وفواتير المستشفى. تطلب البنوك رقم هاتف صينيًا، وتطلب تطبيقات الدفع بطاقة مصرفية بالاسم نفسه. لذا اتبع هذا الترتيب:</p><ul><li><b>رقم الهاتف</b>، بعد تسجيل مكان إقامتك</li><li><b>الحساب المصرفي</b>، باستخدام هذا الرقم</li><li><b>Alipay أو WeChat Pay</b>، مربوطًا بهذه البطاقة</li></ul>",
                },
                {"type": "heading", "value": {"text": "خطوة بخطوة", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "الاتصال والدفع",
                        "steps": [
                            {
                                "title": "احصل على رقم هاتف",
                                "text": "<p>توجّه إلى أحد متاجر China Mobile أو China Unicom أو China Telecom ومعك جواز سفرك. لا تُباع أي شريحة إلا بعد التحقق من الهوية الحقيقية، فيرتبط الرقم بجواز سفرك.</p>",
                            },
                            {
                                "title": "افتح حسابًا مصرفيًا",
                                "text": "<p>خذ معك جواز سفرك ورقمك الجديد وإيصال تسجيل الإقامة، وتصريح العمل وعقد العمل إن توفّرا. اسأل صاحب العمل عن البنك الذي تُصرف عبره الرواتب، فغالبًا ما يكون فرعه الأسهل. تختلف قوائم المستندات من بنك إلى آخر ومن فرع إلى آخر، فتحقّق قبل الذهاب.</p>",
                            },
                            {
                                "title": "وثّق محفظتك",
                                "text": "<p>ثبّت Alipay أو WeChat Pay، وسجّل برقمك، واربط بطاقتك المصرفية. وإلى أن يتم التحقق من هويتك، تبقى المحفظة خاضعة لسقف محدود.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "الحلقة المفرغة لمطابقة الاسم",
                        "text": "<p>تسجّل البنوك أحيانًا الاسم الأجنبي بشكل يختلف عن جواز السفر: ترتيب مختلف، أو حذف الاسم الأوسط، أو إزالة المسافات. وإذا لم يطابق الاسم المسجّل في البنك ما يتوقعه تطبيق الدفع، يفشل الربط. قبل أن تغادر الشباك، اطلب أن ترى كيف أُدخل اسمك بالضبط.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "إذا حدثت مشكلة", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكنني ربط بطاقة أجنبية بـ Alipay أو WeChat Pay؟",
                                "answer": "<p>يقبل التطبيقان بعض البطاقات الدولية، لكن الحدود والرسوم تتغير، فراجع الشروط الحالية داخل التطبيق. أما لاستلام الراتب ودفع الإيجار، فالحساب المحلي أبسط.</p>",
                            },
                            {
                                "question": "ماذا أفعل إذا رفض البنك فتح حساب لي؟",
                                "answer": "<p>اطلب من قسم الموارد البشرية لدى صاحب العمل رسالة تؤكد توظيفك، ويُفضَّل أن يحجزوا لك موعدًا في البنك الذي تُصرف عبره الرواتب. وإذا رفض الفرع مجددًا، فجرّب فرعًا آخر للبنك نفسه أو اتصل بالرقم 12345 لطلب المشورة.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "بكين الدولية: الحياة في بكين",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "حكومة بلدية بكين الشعبية",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "الخدمات المصرفية وخدمات الدفع (الموقع الرسمي)",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "بنك الشعب الصيني",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {"type": "heading", "value": {"text": "Почему важен порядок", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Почти всё — такси, столовые, аренду, счета в больнице — оплачивают телефоном. Банку нужен китайский номер телефона, а платёжным приложениям — банковская карта на то же имя. Поэтому действуйте так:</p><ul><li><b>Номер телефона</b> — после регистрации по месту пребывания</li><li><b>Банковский счёт</b> — с этим номером</li><li><b>Alipay или WeChat Pay</b> — с привязкой к этой карте</li></ul>",
                },
                {"type": "heading", "value": {"text": "Шаг за шагом", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Связь и платежи",
                        "steps": [
                            {
                                "title": "Получите номер телефона",
                                "text": "<p>Придите с паспортом в салон China Mobile, China Unicom или China Telecom. Любая SIM-карта продаётся только после проверки личности, поэтому номер привязывается к вашему паспорту.</p>",
                            },
                            {
                                "title": "Откройте банковский счёт",
                                "text": "<p>Возьмите паспорт, новый номер, справку о регистрации, а если они уже есть — разрешение на работу и трудовой договор. Спросите работодателя, через какой банк выплачивается зарплата: в его отделении обычно проще всего. Списки документов зависят от банка и отделения, так что уточните заранее.</p>",
                            },
                            {
                                "title": "Подтвердите кошелёк",
                                "text": "<p>Установите Alipay или WeChat Pay, зарегистрируйтесь по номеру телефона и привяжите банковскую карту. Пока личность не подтверждена, для кошелька действуют лимиты.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Замкнутый круг с написанием имени",
                        "text": "<p>Банки иногда записывают иностранное имя не так, как в паспорте: в другом порядке, без второго имени или без пробелов. Если запись в банке не совпадает с тем, что ожидает платёжное приложение, карта не привяжется. Прежде чем уйти от окошка, попросите показать, как именно введено ваше имя.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Если что-то пошло не так", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Частые вопросы",
                        "items": [
                            {
                                "question": "Можно ли привязать иностранную карту к Alipay или WeChat Pay?",
                                "answer": "<p>Оба приложения принимают некоторые международные карты, но лимиты и комиссии меняются — проверьте актуальные условия в приложении. Для зарплаты и аренды удобнее местный счёт.</p>",
                            },
                            {
                                "question": "Что делать, если банк отказывается открыть счёт?",
                                "answer": "<p>Попросите отдел кадров работодателя выдать справку с места работы и, лучше всего, записать вас в банк, через который выплачивается зарплата. Если отделение всё равно отказывает, попробуйте другое отделение того же банка или позвоните по номеру 12345 за советом.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: жизнь в Пекине",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Народное правительство Пекина",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Банковские и платёжные услуги (официальный сайт)",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "Народный банк Китая",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "Por qué importa el orden", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Casi todo —taxis, comedores, alquiler, facturas del hospital— se paga con el móvil. Los bancos piden un número de teléfono chino y las aplicaciones de pago, una tarjeta bancaria a tu mismo nombre. Así que sigue este orden:</p><ul><li><b>Número de teléfono</b>, después de registrar tu residencia</li><li><b>Cuenta bancaria</b>, con ese número</li><li><b>Alipay o WeChat Pay</b>, vinculado a esa tarjeta</li></ul>",
                },
                {"type": "heading", "value": {"text": "Paso a paso", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Conectarte y pagar",
                        "steps": [
                            {
                                "title": "Consigue un número de teléfono",
                                "text": "<p>Ve con tu pasaporte a una tienda de China Mobile, China Unicom o China Telecom. Todas las SIM se venden con verificación de identidad, así que el número queda vinculado a tu pasaporte.</p>",
                            },
                            {
                                "title": "Abre una cuenta bancaria",
                                "text": "<p>Lleva tu pasaporte, tu nuevo número, el justificante de registro y, si ya los tienes, tu permiso de trabajo y tu contrato. Pregunta a tu empresa con qué banco paga las nóminas: esa sucursal suele ser la más sencilla. La documentación varía según el banco y la sucursal, así que confírmala antes de ir.</p>",
                            },
                            {
                                "title": "Verifica tu monedero",
                                "text": "<p>Instala Alipay o WeChat Pay, regístrate con tu número y vincula tu tarjeta bancaria. Mientras tu identidad no esté verificada, el monedero tiene límites.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "El círculo vicioso del nombre",
                        "text": "<p>A veces los bancos registran un nombre extranjero de forma distinta al pasaporte: en otro orden, sin el segundo nombre o sin espacios. Si la versión del banco no coincide con lo que espera la aplicación de pago, la vinculación falla. Antes de dejar la ventanilla, pide que te muestren exactamente cómo han escrito tu nombre.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Si algo sale mal", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Puedo vincular una tarjeta extranjera a Alipay o WeChat Pay?",
                                "answer": "<p>Ambas aplicaciones aceptan algunas tarjetas internacionales, pero los límites y las comisiones cambian; consulta las condiciones vigentes en la aplicación. Para cobrar el sueldo y pagar el alquiler, una cuenta local es más sencilla.</p>",
                            },
                            {
                                "question": "¿Qué hago si el banco no me abre una cuenta?",
                                "answer": "<p>Pide al departamento de recursos humanos de tu empresa una carta que confirme tu empleo y, a ser posible, que te consigan cita en el banco de las nóminas. Si la sucursal sigue negándose, prueba en otra sucursal del mismo banco o llama al 12345 para pedir orientación.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: vivir en Pekín",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Servicios bancarios y de pago (sitio oficial)",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "Banco Popular de China",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": {"text": "Pourquoi l'ordre compte", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Presque tout — taxis, cantines, loyer, factures d'hôpital — se paie avec le téléphone. Les banques exigent un numéro chinois, et les applications de paiement une carte bancaire au même nom. Procédez donc dans cet ordre :</p><ul><li><b>Numéro de téléphone</b>, après la déclaration de résidence</li><li><b>Compte bancaire</b>, avec ce numéro</li><li><b>Alipay ou WeChat Pay</b>, relié à cette carte</li></ul>",
                },
                {"type": "heading", "value": {"text": "Étape par étape", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Se connecter et payer",
                        "steps": [
                            {
                                "title": "Obtenir un numéro de téléphone",
                                "text": "<p>Rendez-vous avec votre passeport dans une agence China Mobile, China Unicom ou China Telecom. Toute carte SIM est vendue après vérification d'identité : le numéro est donc lié à votre passeport.</p>",
                            },
                            {
                                "title": "Ouvrir un compte bancaire",
                                "text": "<p>Apportez votre passeport, votre nouveau numéro, le récépissé de déclaration de résidence et, si vous les avez déjà, votre permis de travail et votre contrat. Demandez à votre employeur quelle banque verse les salaires : son agence est souvent la plus simple. Les pièces demandées varient selon la banque et l'agence ; renseignez-vous avant d'y aller.</p>",
                            },
                            {
                                "title": "Faire vérifier votre portefeuille",
                                "text": "<p>Installez Alipay ou WeChat Pay, inscrivez-vous avec votre numéro et reliez votre carte bancaire. Tant que votre identité n'est pas vérifiée, le portefeuille reste plafonné.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Le cercle vicieux du nom",
                        "text": "<p>Les banques enregistrent parfois un nom étranger autrement que sur le passeport : ordre inversé, deuxième prénom omis, espaces supprimées. Si la version de la banque ne correspond pas à ce qu'attend l'application de paiement, la liaison échoue. Avant de quitter le guichet, demandez à voir exactement comment votre nom a été saisi.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "En cas de problème", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Puis-je relier une carte étrangère à Alipay ou WeChat Pay ?",
                                "answer": "<p>Les deux applications acceptent certaines cartes internationales, mais les plafonds et les frais évoluent ; vérifiez les conditions en vigueur dans l'application. Pour le salaire et le loyer, un compte local est plus simple.</p>",
                            },
                            {
                                "question": "Que faire si la banque refuse de m'ouvrir un compte ?",
                                "answer": "<p>Demandez au service des ressources humaines de votre employeur une attestation d'emploi et, idéalement, un rendez-vous à la banque qui verse les salaires. Si l'agence refuse encore, essayez une autre agence de la même banque ou appelez le 12345 pour obtenir des conseils.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International : vivre à Pékin",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Pékin",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Services bancaires et de paiement (site officiel)",
                        "url": "https://www.pbc.gov.cn/",
                        "publisher": "Banque populaire de Chine",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)


# ---------------------------------------------------------------------------
# 3. Healthcare and insurance
# ---------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "healthcare-and-insurance",
        "topic": "health",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Healthcare and insurance in Beijing",
            "zh-hans": "在北京看病与医疗保险",
            "ar": "الرعاية الصحية والتأمين في بكين",
            "ru": "Медицина и страховка в Пекине",
            "es": "Sanidad y seguro médico en Pekín",
            "fr": "Santé et assurance maladie à Pékin",
        },
        "intro": {
            "en": "What to know before you need a doctor in Beijing: social insurance through your employer, commercial insurance that only some hospitals accept, and the international departments of large public hospitals.",
            "zh-hans": "在北京需要看医生之前应了解的事：通过雇主参加的社会保险、只在部分医院通用的商业保险，以及大型公立医院的国际医疗部。",
            "ar": "ما تحتاج إلى معرفته قبل أن تحتاج إلى طبيب في بكين: التأمين الاجتماعي عبر صاحب العمل، والتأمين التجاري الذي لا تقبله إلا بعض المستشفيات، والأقسام الدولية في كبرى المستشفيات العامة.",
            "ru": "Что нужно знать, прежде чем понадобится врач: социальное страхование через работодателя, коммерческая страховка, которую принимают лишь некоторые больницы, и международные отделения крупных государственных больниц.",
            "es": "Lo que conviene saber antes de necesitar un médico en Pekín: la seguridad social a través de tu empresa, el seguro privado que solo aceptan algunos hospitales y los departamentos internacionales de los grandes hospitales públicos.",
            "fr": "Ce qu'il faut savoir avant d'avoir besoin d'un médecin à Pékin : l'assurance sociale par l'employeur, l'assurance privée acceptée seulement dans certains hôpitaux et les départements internationaux des grands hôpitaux publics.",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "How you are covered", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>If you are employed in Beijing, your employer enrols you in China's social insurance, which includes basic medical insurance; your share is deducted from your salary. It is used at designated hospitals; check with your employer or the hospital whether it covers visits to an international department.</p><p>Many employers also buy <b>commercial health insurance</b>, but each insurer has its own list of hospitals it pays directly, and many public hospitals are not on it. Ask HR for the policy and its hospital list in your first week.</p>",
                },
                {"type": "heading", "value": {"text": "International departments", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Several large public hospitals run departments for foreign patients, with English-speaking staff, appointments and help with insurance paperwork. The best known is the <b>International Medical Services of Peking Union Medical College Hospital</b> (PUMCH). Beijing also has private international hospitals and clinics, such as Beijing United Family Hospital. Prices are much higher than in regular departments and we do not publish them: ask for an estimate before treatment.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Book with your passport",
                        "text": "<p>Hospitals use a real-name system: when you book, give your name as it appears in your passport, your passport number and date of birth, and bring the original passport to your first visit. At PUMCH, for example, the hospital then gives you a patient ID linked to your passport.</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Before you need a doctor",
                        "items": [
                            "Ask HR for your social-insurance details and your commercial policy, with its list of direct-billing hospitals",
                            "Check whether your insurer pays the hospital directly or you pay first and claim later",
                            "Save the address of the nearest international department or clinic that accepts your insurance",
                            "Carry your passport (or a copy) and your insurance card",
                            "Remember the emergency number: 120 for an ambulance",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Questions", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Common questions",
                        "items": [
                            {
                                "question": "Will my commercial insurance work at any hospital?",
                                "answer": "<p>No. Insurers pay directly only at the hospitals on their list; elsewhere you may have to pay first and claim afterwards, if a claim is possible at all. Check with your insurer before you book.</p>",
                            },
                            {
                                "question": "What does a visit to an international department cost?",
                                "answer": "<p>We do not publish prices: they vary by hospital, doctor and treatment, and change often. Ask the hospital for a quote and ask your insurer what it will pay.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "PUMCH: medical care for foreign patients",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "Peking Union Medical College Hospital",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: medical guide for foreigners",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Beijing Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "你的保障从哪里来", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>在北京受雇工作的，雇主会为你参加中国的社会保险，其中包括基本医疗保险，个人缴纳部分从工资中扣除。基本医保在定点医院使用；是否覆盖国际医疗部的就诊，请向雇主或医院确认。</p><p>许多雇主还会购买<b>商业医疗保险</b>，但每家保险公司都有自己的直付医院名单，很多公立医院并不在名单上。入职第一周就请人力资源部门提供保单及其医院名单。</p>",
                },
                {"type": "heading", "value": {"text": "国际医疗部", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>一些大型公立医院设有面向外籍患者的部门，提供英语服务、预约以及保险手续方面的协助，其中最知名的是<b>北京协和医院国际医疗部</b>。北京也有私立国际医院和诊所，例如北京和睦家医院。这些地方的价格远高于普通门诊，我们不公布价格：治疗前请先索取费用估算。</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "预约时备好护照",
                        "text": "<p>医院实行实名制：预约时要提供与护照一致的姓名、护照号码和出生日期，首次就诊须携带护照原件。以北京协和医院为例，就诊后医院会为你建立一个与护照对应的患者ID。</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "看病之前先准备",
                        "items": [
                            "向人力资源部门索取社保信息和商业保单，以及直付医院名单",
                            "确认保险公司是直接与医院结算，还是需要你先垫付、再申请报销",
                            "记下离你最近、接受你所持保险的国际医疗部或诊所的地址",
                            "随身携带护照（或复印件）和保险卡",
                            "记住急救电话：120",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "常见问题", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "问与答",
                        "items": [
                            {
                                "question": "商业保险在所有医院都能用吗？",
                                "answer": "<p>不能。保险公司只与名单内的医院直接结算；在其他医院，你可能需要先自付再申请报销，也可能根本无法报销。预约前请先向保险公司确认。</p>",
                            },
                            {
                                "question": "在国际医疗部看一次病要多少钱？",
                                "answer": "<p>我们不公布价格，因为费用因医院、医生和治疗项目而异，而且经常调整。请向医院索取报价，并向保险公司确认可报销的金额。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京协和医院：外籍患者就医指南",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "北京协和医院",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京市政府国际版：外国人就医指南",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "北京市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {"type": "heading", "value": {"text": "كيف تكون مؤمَّنًا", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>إذا كنت موظفًا في بكين، يسجّلك صاحب العمل في نظام التأمين الاجتماعي الصيني، الذي يشمل التأمين الطبي الأساسي، وتُقتطع حصتك من راتبك. يُستخدم هذا التأمين في المستشفيات المعتمدة؛ وتحقّق مع صاحب العمل أو المستشفى مما إذا كان يغطي زيارات الأقسام الدولية.</p><p>كثير من أصحاب العمل يشترون أيضًا <b>تأمينًا صحيًا تجاريًا</b>، لكن لكل شركة تأمين قائمتها الخاصة بالمستشفيات التي تدفع لها مباشرة، وكثير من المستشفيات العامة ليست عليها. اطلب من قسم الموارد البشرية الوثيقة وقائمة مستشفياتها في أسبوعك الأول.</p>",
                },
                {"type": "heading", "value": {"text": "الأقسام الدولية", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>تدير عدة مستشفيات عامة كبرى أقسامًا للمرضى الأجانب، فيها موظفون يتحدثون الإنجليزية، ومواعيد مسبقة، ومساعدة في أوراق التأمين. وأشهرها <b>قسم الخدمات الطبية الدولية في مستشفى كلية بكين الاتحادية الطبية</b> (PUMCH). وفي بكين أيضًا مستشفيات وعيادات دولية خاصة، مثل مستشفى بكين يونايتد فاميلي. الأسعار هناك أعلى بكثير من الأقسام العادية، ولا ننشرها: اطلب تقديرًا للتكلفة قبل العلاج.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "احجز بجواز سفرك",
                        "text": "<p>تعمل المستشفيات بنظام الاسم الحقيقي: عند الحجز، قدّم اسمك كما يظهر في جواز السفر، ورقم الجواز، وتاريخ ميلادك، واحمل جواز السفر الأصلي في زيارتك الأولى. في مستشفى PUMCH مثلًا، يمنحك المستشفى بعد ذلك رقم مريض مرتبطًا بجواز سفرك.</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "قبل أن تحتاج إلى طبيب",
                        "items": [
                            "اطلب من الموارد البشرية بيانات تأمينك الاجتماعي ووثيقة التأمين التجاري مع قائمة المستشفيات ذات الدفع المباشر",
                            "تحقّق مما إذا كانت شركة التأمين تدفع للمستشفى مباشرة أم تدفع أنت أولًا ثم تطالب بالتعويض",
                            "احفظ عنوان أقرب قسم دولي أو عيادة تقبل تأمينك",
                            "احمل معك جواز سفرك (أو نسخة منه) وبطاقة التأمين",
                            "احفظ رقم الطوارئ: 120 لطلب الإسعاف",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "أسئلة", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يُقبل تأميني التجاري في أي مستشفى؟",
                                "answer": "<p>لا. تدفع شركات التأمين مباشرة فقط للمستشفيات المدرجة في قائمتها؛ وفي غيرها قد تضطر إلى الدفع أولًا ثم المطالبة بالتعويض، إن كان ذلك ممكنًا أصلًا. تحقّق مع شركة التأمين قبل الحجز.</p>",
                            },
                            {
                                "question": "كم تكلف زيارة قسم دولي؟",
                                "answer": "<p>لا ننشر الأسعار، لأنها تختلف باختلاف المستشفى والطبيب والعلاج وتتغير كثيرًا. اطلب عرض سعر من المستشفى، واسأل شركة التأمين عما ستدفعه.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "مستشفى PUMCH: الرعاية الطبية للمرضى الأجانب",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "مستشفى كلية بكين الاتحادية الطبية",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "بكين الدولية: دليل العلاج الطبي للأجانب",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "حكومة بلدية بكين الشعبية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {"type": "heading", "value": {"text": "Как вы застрахованы", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Если вы работаете в Пекине по найму, работодатель оформляет вас в китайской системе социального страхования, в которую входит базовое медицинское страхование; ваша доля удерживается из зарплаты. Оно действует в прикреплённых больницах; покрывает ли оно приём в международном отделении, уточните у работодателя или в больнице.</p><p>Многие работодатели также покупают <b>коммерческую медицинскую страховку</b>, но у каждой страховой компании свой список больниц с прямой оплатой, и многих государственных больниц в нём нет. В первую же неделю попросите в отделе кадров полис и список больниц.</p>",
                },
                {"type": "heading", "value": {"text": "Международные отделения", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Ряд крупных государственных больниц имеет отделения для иностранных пациентов: там говорят по-английски, записывают на приём и помогают со страховыми документами. Самое известное — <b>отделение международной медицинской помощи больницы Пекинского союзного медицинского колледжа</b> (PUMCH). В Пекине есть и частные международные больницы и клиники, например Beijing United Family Hospital. Цены там намного выше, чем в обычных отделениях, и мы их не публикуем: перед лечением попросите предварительную смету.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Записывайтесь по паспорту",
                        "text": "<p>В больницах действует система реальных имён: при записи укажите имя так, как оно написано в паспорте, номер паспорта и дату рождения, а на первый приём возьмите оригинал паспорта. В PUMCH, например, после этого вам присвоят номер пациента, привязанный к паспорту.</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Пока врач не понадобился",
                        "items": [
                            "Попросите в отделе кадров данные о социальном страховании и полис коммерческой страховки со списком больниц с прямой оплатой",
                            "Уточните, платит ли страховая больнице напрямую или вы платите сами и потом подаёте на возмещение",
                            "Сохраните адрес ближайшего международного отделения или клиники, где принимают вашу страховку",
                            "Носите с собой паспорт (или копию) и страховую карту",
                            "Запомните номер скорой помощи: 120",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Вопросы", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Частые вопросы",
                        "items": [
                            {
                                "question": "Примут ли мою коммерческую страховку в любой больнице?",
                                "answer": "<p>Нет. Страховые компании платят напрямую только больницам из своего списка; в других, возможно, придётся заплатить самому и потом требовать возмещения — если оно вообще предусмотрено. Перед записью уточните у страховой.</p>",
                            },
                            {
                                "question": "Сколько стоит приём в международном отделении?",
                                "answer": "<p>Мы не публикуем цены: они зависят от больницы, врача и лечения и часто меняются. Запросите стоимость в больнице и узнайте у страховой, какую часть она оплатит.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "PUMCH: медицинская помощь иностранным пациентам",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "Больница Пекинского союзного медицинского колледжа",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: медицинский справочник для иностранцев",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Народное правительство Пекина",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "Cómo estás cubierto", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Si trabajas por cuenta ajena en Pekín, tu empresa te da de alta en la seguridad social china, que incluye el seguro médico básico; tu parte se descuenta del sueldo. Se usa en hospitales concertados; pregunta a tu empresa o al hospital si cubre las consultas en un departamento internacional.</p><p>Muchas empresas contratan además un <b>seguro médico privado</b>, pero cada aseguradora tiene su propia lista de hospitales con pago directo, y muchos hospitales públicos no figuran en ella. Pide a recursos humanos la póliza y su lista de hospitales durante tu primera semana.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Departamentos internacionales", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Varios grandes hospitales públicos tienen departamentos para pacientes extranjeros, con personal que habla inglés, cita previa y ayuda con los trámites del seguro. El más conocido es el <b>departamento de servicios médicos internacionales del Hospital del Colegio Médico de la Unión de Pekín</b> (PUMCH). Pekín cuenta también con hospitales y clínicas internacionales privados, como el Beijing United Family Hospital. Los precios son mucho más altos que en las consultas normales y no los publicamos: pide un presupuesto antes del tratamiento.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Pide cita con tu pasaporte",
                        "text": "<p>Los hospitales aplican un sistema de nombre real: al pedir cita, da tu nombre tal como figura en el pasaporte, el número de pasaporte y tu fecha de nacimiento, y lleva el pasaporte original a la primera consulta. En el PUMCH, por ejemplo, el hospital te asigna después un número de paciente vinculado a tu pasaporte.</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Antes de necesitar un médico",
                        "items": [
                            "Pide a recursos humanos los datos de tu seguridad social y tu póliza privada, con su lista de hospitales de pago directo",
                            "Comprueba si tu aseguradora paga directamente al hospital o si pagas tú y luego reclamas",
                            "Guarda la dirección del departamento internacional o la clínica más cercana que acepte tu seguro",
                            "Lleva contigo el pasaporte (o una copia) y la tarjeta del seguro",
                            "Apunta el número de urgencias: 120 para pedir una ambulancia",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Preguntas", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Mi seguro privado sirve en cualquier hospital?",
                                "answer": "<p>No. Las aseguradoras pagan directamente solo a los hospitales de su lista; en otros puede que tengas que pagar primero y reclamar después, si es que se admite la reclamación. Consulta a tu aseguradora antes de pedir cita.</p>",
                            },
                            {
                                "question": "¿Cuánto cuesta una consulta en un departamento internacional?",
                                "answer": "<p>No publicamos precios, porque varían según el hospital, el médico y el tratamiento, y cambian a menudo. Pide un presupuesto al hospital y pregunta a tu aseguradora cuánto cubrirá.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "PUMCH: atención médica para pacientes extranjeros",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "Hospital del Colegio Médico de la Unión de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: guía médica para extranjeros",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": {"text": "Comment vous êtes couvert", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Si vous êtes salarié à Pékin, votre employeur vous affilie à l'assurance sociale chinoise, qui comprend l'assurance maladie de base ; votre part est prélevée sur votre salaire. Elle s'utilise dans les hôpitaux conventionnés ; vérifiez auprès de votre employeur ou de l'hôpital si elle couvre les consultations dans un département international.</p><p>Beaucoup d'employeurs souscrivent aussi une <b>assurance santé privée</b>, mais chaque assureur a sa propre liste d'hôpitaux à paiement direct, et de nombreux hôpitaux publics n'y figurent pas. Demandez la police et sa liste d'hôpitaux aux ressources humaines dès votre première semaine.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Les départements internationaux", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Plusieurs grands hôpitaux publics disposent de services pour les patients étrangers, avec du personnel anglophone, des rendez-vous et de l'aide pour les formalités d'assurance. Le plus connu est le <b>service médical international de l'hôpital du Peking Union Medical College</b> (PUMCH). Pékin compte aussi des hôpitaux et cliniques internationaux privés, comme le Beijing United Family Hospital. Les tarifs y sont bien plus élevés que dans les services ordinaires et nous ne les publions pas : demandez un devis avant tout traitement.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Prenez rendez-vous avec votre passeport",
                        "text": "<p>Les hôpitaux appliquent le système du nom réel : lors de la prise de rendez-vous, indiquez votre nom tel qu'il figure sur le passeport, le numéro de passeport et votre date de naissance, et apportez le passeport original à la première consultation. Au PUMCH, par exemple, l'hôpital vous attribue ensuite un identifiant patient lié à votre passeport.</p>",
                    },
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Avant d'avoir besoin d'un médecin",
                        "items": [
                            "Demandez aux RH vos informations d'assurance sociale et votre police privée, avec la liste des hôpitaux à paiement direct",
                            "Vérifiez si votre assureur paie directement l'hôpital ou si vous avancez les frais avant d'être remboursé",
                            "Notez l'adresse du département international ou de la clinique la plus proche qui accepte votre assurance",
                            "Gardez sur vous votre passeport (ou une copie) et votre carte d'assurance",
                            "Retenez le numéro d'urgence : 120 pour une ambulance",
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Questions", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Mon assurance privée est-elle acceptée dans tous les hôpitaux ?",
                                "answer": "<p>Non. Les assureurs ne paient directement que les hôpitaux de leur liste ; ailleurs, vous devrez peut-être payer d'abord et demander le remboursement ensuite, quand il est possible. Vérifiez auprès de votre assureur avant de prendre rendez-vous.</p>",
                            },
                            {
                                "question": "Combien coûte une consultation dans un département international ?",
                                "answer": "<p>Nous ne publions pas de tarifs, car ils varient selon l'hôpital, le médecin et le traitement, et changent souvent. Demandez un devis à l'hôpital et renseignez-vous auprès de votre assureur sur ce qu'il prendra en charge.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "PUMCH : soins médicaux pour les patients étrangers",
                        "url": "https://www.pumch.cn/en/medical_care.html",
                        "publisher": "Hôpital du Peking Union Medical College",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International : guide médical pour les étrangers",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Pékin",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)


# ---------------------------------------------------------------------------
# 4. Schools
# ---------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "schools",
        "topic": "schools",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Schools in Beijing for international families",
            "zh-hans": "北京国际家庭择校指南",
            "ar": "المدارس في بكين للعائلات الأجنبية",
            "ru": "Школы в Пекине для иностранных семей",
            "es": "Colegios en Pekín para familias extranjeras",
            "fr": "Écoles à Pékin pour les familles étrangères",
        },
        "intro": {
            "en": "Public school places and international schools in Beijing: how the two routes differ, which documents schools usually ask for, and why applying early matters.",
            "zh-hans": "北京的公立学校学位与国际学校：两条路有何不同、学校通常要求哪些材料，以及为什么要尽早申请。",
            "ar": "المقاعد في المدارس الحكومية والمدارس الدولية في بكين: الفرق بين الطريقين، والمستندات التي تطلبها المدارس عادةً، ولماذا يهم التقديم المبكر.",
            "ru": "Места в государственных школах и международные школы Пекина: чем различаются эти пути, какие документы обычно просят школы и почему подавать заявку нужно заранее.",
            "es": "Plazas en colegios públicos y colegios internacionales en Pekín: en qué se diferencian las dos vías, qué documentos suelen pedir los colegios y por qué conviene solicitar plaza con antelación.",
            "fr": "Places en école publique et écoles internationales à Pékin : ce qui distingue les deux voies, les documents que demandent habituellement les écoles et pourquoi il faut s'y prendre tôt.",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "Public or international?", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p><b>Public schools</b> teach the Chinese national curriculum, almost entirely in Chinese. Foreign children whose parents live and work in Beijing can apply, and some schools have long experience with foreign pupils. Which schools take foreign pupils, the places, fees and documents are decided locally: check with your district education office and the school.</p><p><b>International schools</b> teach in English or another language, with curricula such as the IB, British or American. Well-known examples are the <b>International School of Beijing</b> (ISB) in Shunyi and the <b>Western Academy of Beijing</b> (WAB) in Chaoyang; there are also British, French, German and other schools. Fees are high and vary widely: check them directly with each school, including application, building and bus charges.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Apply early",
                        "text": "<p>Popular international schools often have waiting lists, and some year groups fill up a year ahead. Start as soon as you know you are moving, and ask your employer whether your relocation package contributes to school fees.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Applying", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "How to apply",
                        "steps": [
                            {
                                "title": "Shortlist schools",
                                "text": "<p>Compare curriculum, language, distance from home and fees. Visit or join an online tour, and ask how many places are open in your child's year.</p>",
                            },
                            {
                                "title": "Gather documents",
                                "text": "<p>Schools usually ask for the child's passport and residence permit, previous school reports, vaccination records and a parent's work permit or employer's letter. Have foreign documents translated if the school asks.</p>",
                            },
                            {
                                "title": "Assessment and offer",
                                "text": "<p>Many schools assess the child's English or Chinese, or hold an interview. Once you receive an offer, a deposit usually secures the place; check the deadline and whether it is refundable.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Questions", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Common questions",
                        "items": [
                            {
                                "question": "Can my child attend a local public school without speaking Chinese?",
                                "answer": "<p>In principle yes, but lessons are in Chinese, and younger children adapt more easily. Some schools offer extra Chinese classes; ask the school what support it gives.</p>",
                            },
                            {
                                "question": "How much do international schools cost?",
                                "answer": "<p>We do not publish fees: they vary by school and year group and change every year. Ask each school for its current fee schedule and what it includes.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing Municipal Education Commission (official site)",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "Beijing Municipal Education Commission",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: education",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Beijing Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "公立学校还是国际学校？", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p><b>公立学校</b>按照中国国家课程教学，授课几乎全用中文。父母在北京居住和工作的外籍儿童可以申请入学，一些学校接收外籍学生的经验也很丰富。哪些学校接收外籍学生，以及学位、费用和所需材料，都由当地决定：请向所在区的教育部门和学校咨询。</p><p><b>国际学校</b>用英语或其他语言授课，开设IB、英式或美式等课程。知名的例子有位于顺义的<b>北京顺义国际学校</b>（ISB）和位于朝阳的<b>北京京西学校</b>（WAB）；此外还有英国、法国、德国等国的学校。学费高且差别很大：请直接向各校确认，包括申请费、建设费和校车费。</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "尽早申请",
                        "text": "<p>热门国际学校常有候补名单，有些年级提前一年就已满员。一旦确定要搬来北京就开始申请，并问问雇主的派遣待遇是否包含学费补贴。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "申请流程", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "如何申请",
                        "steps": [
                            {
                                "title": "筛选学校",
                                "text": "<p>比较课程体系、教学语言、离家距离和费用。参加实地或线上参观，并询问孩子所在年级还有多少空位。</p>",
                            },
                            {
                                "title": "准备材料",
                                "text": "<p>学校通常要求提供孩子的护照和居留许可、以往的成绩报告、疫苗接种记录，以及父母一方的工作许可或雇主证明。如学校要求，请为外文材料准备译文。</p>",
                            },
                            {
                                "title": "测评与录取",
                                "text": "<p>许多学校会测试孩子的英语或中文水平，或安排面试。收到录取通知后，通常需交纳押金才能保留学位；请确认截止日期以及押金能否退还。</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "常见问题", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "问与答",
                        "items": [
                            {
                                "question": "孩子不会中文，可以上本地公立学校吗？",
                                "answer": "<p>原则上可以，但授课用中文，年龄越小适应越快。有些学校提供额外的中文课，请向学校了解能提供哪些帮助。</p>",
                            },
                            {
                                "question": "国际学校的学费是多少？",
                                "answer": "<p>我们不公布学费，因为各校、各年级都不同，而且每年调整。请向每所学校索取最新的收费标准，并问清包含哪些项目。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京市教育委员会（官方网站）",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "北京市教育委员会",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "北京市政府国际版：教育",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "北京市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {"type": "heading", "value": {"text": "مدرسة حكومية أم دولية؟", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>تدرّس <b>المدارس الحكومية</b> المنهج الوطني الصيني، وتكاد تدرّس كل شيء باللغة الصينية. يمكن للأطفال الأجانب الذين يقيم آباؤهم ويعملون في بكين التقدم إليها، ولبعض المدارس خبرة طويلة مع التلاميذ الأجانب. أما المدارس التي تقبل الأجانب، والمقاعد، والرسوم، والمستندات المطلوبة، فتحددها الجهات المحلية: استفسر من إدارة التعليم في منطقتك ومن المدرسة.</p><p>أما <b>المدارس الدولية</b> فتدرّس بالإنجليزية أو بلغة أخرى، وفق مناهج مثل البكالوريا الدولية أو المنهج البريطاني أو الأمريكي. ومن أشهرها <b>المدرسة الدولية في بكين</b> (ISB) في شونيي، و<b>أكاديمية بكين الغربية</b> (WAB) في تشاويانغ، إلى جانب مدارس بريطانية وفرنسية وألمانية وغيرها. الرسوم مرتفعة وتتفاوت كثيرًا: تحقّق منها مباشرة لدى كل مدرسة، بما في ذلك رسوم التقديم والمباني والحافلات.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "قدّم مبكرًا",
                        "text": "<p>كثيرًا ما يكون لدى المدارس الدولية المرغوبة قوائم انتظار، وتمتلئ بعض الصفوف قبل عام. ابدأ حالما تعرف أنك ستنتقل، واسأل صاحب العمل هل تتضمن حزمة الانتقال مساهمة في الرسوم الدراسية.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "التقديم", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "كيف تتقدّم",
                        "steps": [
                            {
                                "title": "اختر قائمة مختصرة من المدارس",
                                "text": "<p>قارن بين المنهج ولغة التدريس والمسافة من المنزل والرسوم. زُر المدرسة أو شارك في جولة عبر الإنترنت، واسأل عن عدد المقاعد المتاحة في صف طفلك.</p>",
                            },
                            {
                                "title": "اجمع المستندات",
                                "text": "<p>تطلب المدارس عادةً جواز سفر الطفل وتصريح إقامته، وتقارير المدرسة السابقة، وسجل التطعيمات، وتصريح عمل أحد الوالدين أو خطابًا من صاحب العمل. جهّز ترجمات للمستندات الأجنبية إذا طلبت المدرسة ذلك.</p>",
                            },
                            {
                                "title": "التقييم وعرض القبول",
                                "text": "<p>تقيّم مدارس كثيرة مستوى الطفل في الإنجليزية أو الصينية، أو تجري معه مقابلة. وعند تلقي عرض القبول، يُحجز المقعد عادةً بدفع عربون؛ تحقّق من الموعد النهائي ومن إمكانية استرداده.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "أسئلة", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكن لطفلي الالتحاق بمدرسة حكومية محلية دون أن يتحدث الصينية؟",
                                "answer": "<p>نعم من حيث المبدأ، لكن الدروس بالصينية، والأطفال الأصغر سنًا يتأقلمون أسرع. تقدّم بعض المدارس دروسًا إضافية في الصينية؛ اسأل المدرسة عن الدعم الذي توفّره.</p>",
                            },
                            {
                                "question": "كم تبلغ رسوم المدارس الدولية؟",
                                "answer": "<p>لا ننشر الرسوم، لأنها تختلف من مدرسة إلى أخرى ومن صف إلى آخر وتتغير كل عام. اطلب من كل مدرسة جدول رسومها الحالي وما يشمله.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "لجنة التعليم في بلدية بكين (الموقع الرسمي)",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "لجنة التعليم في بلدية بكين",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "بكين الدولية: التعليم",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "حكومة بلدية بكين الشعبية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {
                    "type": "heading",
                    "value": {"text": "Государственная или международная?", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p><b>Государственные школы</b> учат по китайской национальной программе, почти полностью на китайском языке. Иностранные дети, чьи родители живут и работают в Пекине, могут туда поступать, а у некоторых школ большой опыт работы с иностранными учениками. Какие школы принимают иностранцев, сколько мест, какова плата и какие нужны документы, решают на месте: уточните в районном отделе образования и в самой школе.</p><p><b>Международные школы</b> преподают на английском или другом языке по программам IB, британской, американской и другим. Среди известных — <b>International School of Beijing</b> (ISB) в районе Шуньи и <b>Western Academy of Beijing</b> (WAB) в районе Чаоян; есть также британские, французские, немецкие и другие школы. Плата высокая и сильно различается: уточняйте её напрямую в каждой школе, включая взносы за подачу заявки, строительный фонд и школьный автобус.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Подавайте заранее",
                        "text": "<p>В популярных международных школах часто есть листы ожидания, а некоторые классы заполняются за год. Начинайте, как только узнаете о переезде, и спросите работодателя, покрывает ли релокационный пакет часть платы за обучение.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Подача заявки", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Как поступить",
                        "steps": [
                            {
                                "title": "Составьте список школ",
                                "text": "<p>Сравните программу, язык обучения, расстояние от дома и стоимость. Посетите школу или онлайн-экскурсию и спросите, сколько свободных мест в классе вашего ребёнка.</p>",
                            },
                            {
                                "title": "Соберите документы",
                                "text": "<p>Обычно школы просят паспорт ребёнка и его вид на жительство, табели из прежней школы, сведения о прививках, а также разрешение на работу одного из родителей или письмо от работодателя. Если школа попросит, подготовьте переводы иностранных документов.</p>",
                            },
                            {
                                "title": "Тестирование и зачисление",
                                "text": "<p>Многие школы проверяют уровень английского или китайского языка ребёнка или проводят собеседование. После получения предложения место обычно закрепляют задатком; уточните срок оплаты и можно ли его вернуть.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Вопросы", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Частые вопросы",
                        "items": [
                            {
                                "question": "Может ли ребёнок пойти в местную государственную школу без знания китайского?",
                                "answer": "<p>В принципе да, но уроки идут на китайском, и младшим детям адаптироваться легче. Некоторые школы дают дополнительные занятия по китайскому; спросите в школе, какую поддержку они предлагают.</p>",
                            },
                            {
                                "question": "Сколько стоят международные школы?",
                                "answer": "<p>Мы не публикуем цены: они зависят от школы и класса и меняются каждый год. Запросите в каждой школе актуальный прейскурант и узнайте, что в него входит.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Комиссия по образованию Пекина (официальный сайт)",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "Комиссия по образованию г. Пекина",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: образование",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Народное правительство Пекина",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "¿Público o internacional?", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Los <b>colegios públicos</b> siguen el plan de estudios nacional chino y enseñan casi todo en chino. Los niños extranjeros cuyos padres viven y trabajan en Pekín pueden solicitar plaza, y algunos colegios tienen una larga experiencia con alumnos extranjeros. Qué colegios admiten extranjeros, las plazas, las tasas y los documentos se deciden a nivel local: consulta a la oficina de educación de tu distrito y al propio colegio.</p><p>Los <b>colegios internacionales</b> enseñan en inglés u otro idioma, con programas como el IB, el británico o el estadounidense. Entre los más conocidos están la <b>International School of Beijing</b> (ISB), en Shunyi, y la <b>Western Academy of Beijing</b> (WAB), en Chaoyang; también hay colegios británicos, franceses, alemanes y de otros países. Las cuotas son altas y muy variables: confírmalas directamente con cada colegio, incluidas las tasas de solicitud, de instalaciones y de autobús.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Solicita plaza pronto",
                        "text": "<p>Los colegios internacionales más demandados suelen tener listas de espera, y algunos cursos se llenan con un año de antelación. Empieza en cuanto sepas que te mudas y pregunta a tu empresa si el paquete de traslado contribuye a las cuotas escolares.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "La solicitud", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Cómo solicitar plaza",
                        "steps": [
                            {
                                "title": "Haz una lista de colegios",
                                "text": "<p>Compara el plan de estudios, el idioma, la distancia desde casa y las cuotas. Visita el colegio o haz una visita virtual, y pregunta cuántas plazas quedan en el curso de tu hijo.</p>",
                            },
                            {
                                "title": "Reúne los documentos",
                                "text": "<p>Los colegios suelen pedir el pasaporte y el permiso de residencia del niño, los boletines de notas anteriores, la cartilla de vacunación y el permiso de trabajo de uno de los padres o una carta de la empresa. Si el colegio lo pide, prepara traducciones de los documentos extranjeros.</p>",
                            },
                            {
                                "title": "Evaluación y admisión",
                                "text": "<p>Muchos colegios evalúan el inglés o el chino del niño o hacen una entrevista. Cuando recibes la oferta, la plaza suele reservarse con un depósito; comprueba el plazo y si es reembolsable.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Preguntas", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Puede mi hijo ir a un colegio público local sin hablar chino?",
                                "answer": "<p>En principio sí, pero las clases son en chino y a los más pequeños les cuesta menos adaptarse. Algunos colegios ofrecen clases extra de chino; pregunta qué apoyo ofrece el colegio.</p>",
                            },
                            {
                                "question": "¿Cuánto cuestan los colegios internacionales?",
                                "answer": "<p>No publicamos cuotas: varían según el colegio y el curso y cambian cada año. Pide a cada colegio su tabla de cuotas vigente y qué incluye.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Comisión de Educación Municipal de Pekín (sitio oficial)",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "Comisión de Educación Municipal de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International: educación",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Pekín",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": {"text": "Public ou international ?", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Les <b>écoles publiques</b> suivent le programme national chinois et enseignent presque tout en chinois. Les enfants étrangers dont les parents vivent et travaillent à Pékin peuvent y postuler, et certaines écoles ont une longue expérience des élèves étrangers. Les écoles qui accueillent des étrangers, les places, les frais et les pièces demandées sont fixés localement : renseignez-vous auprès du service de l'éducation de votre district et de l'école.</p><p>Les <b>écoles internationales</b> enseignent en anglais ou dans une autre langue, selon des programmes comme l'IB, le programme britannique ou américain. Parmi les plus connues figurent l'<b>International School of Beijing</b> (ISB), à Shunyi, et la <b>Western Academy of Beijing</b> (WAB), à Chaoyang ; il existe aussi des écoles britanniques, françaises, allemandes et d'autres encore. Les frais de scolarité sont élevés et très variables : vérifiez-les directement auprès de chaque école, y compris les frais de dossier, d'infrastructure et de bus.</p>",
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Postulez tôt",
                        "text": "<p>Les écoles internationales les plus demandées ont souvent des listes d'attente, et certaines classes sont complètes un an à l'avance. Commencez dès que vous savez que vous déménagez, et demandez à votre employeur si votre package d'expatriation participe aux frais de scolarité.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Postuler", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Comment postuler",
                        "steps": [
                            {
                                "title": "Présélectionner des écoles",
                                "text": "<p>Comparez le programme, la langue d'enseignement, la distance depuis le domicile et les frais. Visitez l'école ou suivez une visite en ligne, et demandez combien de places restent dans la classe de votre enfant.</p>",
                            },
                            {
                                "title": "Réunir les documents",
                                "text": "<p>Les écoles demandent généralement le passeport et le titre de séjour de l'enfant, ses bulletins scolaires précédents, son carnet de vaccination et le permis de travail d'un parent ou une attestation de l'employeur. Si l'école le demande, faites traduire les documents étrangers.</p>",
                            },
                            {
                                "title": "Évaluation et admission",
                                "text": "<p>Beaucoup d'écoles évaluent l'anglais ou le chinois de l'enfant, ou organisent un entretien. Une fois l'offre reçue, un acompte réserve généralement la place ; vérifiez la date limite et s'il est remboursable.</p>",
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Questions", "level": "h2"}},
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Mon enfant peut-il aller dans une école publique locale sans parler chinois ?",
                                "answer": "<p>En principe oui, mais les cours sont en chinois, et les plus jeunes s'adaptent plus facilement. Certaines écoles proposent des cours de chinois supplémentaires ; demandez à l'école quel accompagnement elle offre.</p>",
                            },
                            {
                                "question": "Combien coûtent les écoles internationales ?",
                                "answer": "<p>Nous ne publions pas de tarifs : ils varient selon l'école et le niveau, et changent chaque année. Demandez à chaque école sa grille tarifaire en vigueur et ce qu'elle comprend.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Commission municipale de l'éducation de Pékin (site officiel)",
                        "url": "https://jw.beijing.gov.cn/",
                        "publisher": "Commission municipale de l'éducation de Pékin",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Beijing International : éducation",
                        "url": "https://english.beijing.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Pékin",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)
