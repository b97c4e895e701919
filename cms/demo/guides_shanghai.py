"""The four settling-in guides for Shanghai.

Facts come from ``/work/shared/FACTS.md``; where a rule or figure was not
checked, the text tells the reader whom to ask instead of stating it.
"""

GUIDES = []

# --------------------------------------------------------------------------
# 1. Arriving
# --------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "arriving",
        "topic": "arriving",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Arriving in Shanghai: your first 30 days",
            "zh-hans": "初到上海：最初30天",
            "ar": "الوصول إلى شنغهاي: أيامك الثلاثون الأولى",
            "ru": "Приезд в Шанхай: первые 30 дней",
            "es": "Llegar a Shanghái: tus primeros 30 días",
            "fr": "Arriver à Shanghai : vos 30 premiers jours",
        },
        "intro": {
            "en": "The first month in Shanghai runs on fixed deadlines: register where you live within 24 hours, then get a phone, a bank account and your permits in the right order. Here is the sequence that saves repeat trips.",
            "zh-hans": "在上海的第一个月有几个固定期限：抵达后24小时内办理住宿登记，然后按正确顺序办理手机号、银行账户和各类许可。按照下面的顺序办，可以少跑冤枉路。",
            "ar": "يسير شهرك الأول في شنغهاي وفق مواعيد ثابتة: سجّل مكان إقامتك خلال 24 ساعة من الوصول، ثم احصل على رقم هاتف وحساب مصرفي وتصاريحك بالترتيب الصحيح. إليك التسلسل الذي يوفّر عليك الزيارات المتكررة.",
            "ru": "Первый месяц в Шанхае подчинён жёстким срокам: зарегистрируйтесь по месту проживания в течение 24 часов, затем в правильном порядке оформите телефон, банковский счёт и разрешения. Вот последовательность, которая избавит от лишних визитов.",
            "es": "El primer mes en Shanghái se rige por plazos fijos: registra tu domicilio en las 24 horas siguientes a la llegada y después consigue teléfono, cuenta bancaria y permisos en el orden correcto. Esta es la secuencia que te ahorra visitas repetidas.",
            "fr": "Le premier mois à Shanghai obéit à des délais fixes : déclarez votre lieu de résidence dans les 24 heures, puis obtenez téléphone, compte bancaire et permis dans le bon ordre. Voici l'enchaînement qui vous évite des allers-retours.",
        },
        "body": {
            "en": [
                {"type": "heading", "value": {"text": "The order that works", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Your first 30 days",
                        "steps": [
                            {
                                "title": "Register your residence (within 24 hours)",
                                "text": "<p>A hotel registers you automatically. If you stay in a flat or with friends, go to the local police station with your passport and your lease. The fine for missing it can reach RMB 2,000. One source gives 48 hours; do not rely on it.</p>",
                            },
                            {
                                "title": "Get a phone number",
                                "text": "<p>Buy a SIM card with your passport: operators must check your real name. See our guide to banking and phones.</p>",
                            },
                            {
                                "title": "Open a bank account and verify Alipay or WeChat Pay",
                                "text": "<p>Unverified wallets have low limits, so link your new bank card as soon as the account is open.</p>",
                            },
                            {
                                "title": "Do the medical check",
                                "text": "<p>Go to an International Travel Health Care Center. The certificate is valid for 6 months. If you had an exam abroad, check with the center whether it can be accepted.</p>",
                            },
                            {
                                "title": "Get your work-permit card and residence permit (within 30 days of entry)",
                                "text": "<p>Your employer applies for the work-permit card; some ask for your papers within 10 days. The residence permit must be applied for within 30 days of entry. By law the decision takes up to 15 days; in practice it is often 7–8 working days.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Your passport is held during processing",
                        "text": "<p>The exit-entry office keeps your passport while it processes the residence permit. Avoid planning trips in that window, and ask the office which document you can use as ID in the meantime, for example at hotels or train stations.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Shanghai's single window", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Shanghai lets some foreign professionals apply for the work permit and the residence permit together, at one window, with a result in 7 working days. It has been open to class-A talent since December 2019 and, since 2023, to class-B professionals in pilot zones. Eligibility and the list of pilot zones change: ask your employer's HR, or check with 12345, before you count on it.</p>",
                },
                {"type": "heading", "value": {"text": "Who to call", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b>: Shanghai's city service hotline, with help in several languages, for questions about local offices and procedures.</li><li><b>12367</b>: the national immigration service line, 24 hours a day, in Chinese and English, for visas, registration and residence permits.</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "What happens if I miss the 24-hour registration?",
                                "answer": "<p>You can be fined up to RMB 2,000. Go to the police station as soon as you can and explain: registering late is better than not registering, and you will usually need the registration record for your residence-permit application.</p>",
                            },
                            {
                                "question": "How long does my Z visa let me stay?",
                                "answer": "<p>The Z visa is single-entry. Within 30 days of entry you must turn it into a residence permit, which is valid for 90 days to 5 years. If in doubt, check the exact date on your visa with 12367.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "National Immigration Administration",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "National Immigration Administration of China",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "12367 immigration service platform",
                        "url": "https://www.12367.cn/",
                        "publisher": "National Immigration Administration",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {"type": "heading", "value": {"text": "行之有效的办事顺序", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "最初30天",
                        "steps": [
                            {
                                "title": "办理住宿登记（24小时内）",
                                "text": "<p>住酒店的话，酒店会自动为你登记。如果住在租住的公寓或朋友家，请携带护照和租房合同到当地派出所办理。逾期未登记最高可罚款2000元人民币。有资料称期限为48小时，请不要以此为准。</p>",
                            },
                            {
                                "title": "办理手机号",
                                "text": "<p>凭护照购买SIM卡，运营商必须进行实名核验。详见我们的银行与手机指南。</p>",
                            },
                            {
                                "title": "开立银行账户并完成支付宝或微信支付认证",
                                "text": "<p>未认证的钱包限额较低，因此账户一开好就绑定新的银行卡。</p>",
                            },
                            {
                                "title": "完成体检",
                                "text": "<p>前往国际旅行卫生保健中心体检，体检证明有效期为6个月。如果你在国外做过体检，请向该中心确认能否认可。</p>",
                            },
                            {
                                "title": "领取工作许可证和居留许可（入境后30天内）",
                                "text": "<p>工作许可证由雇主申请，有些雇主要求你在10天内交齐材料。居留许可须在入境后30天内申请。按法律规定，审批期限最长为15天；实际上通常为7至8个工作日。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "办理期间护照会被留存",
                        "text": "<p>出入境管理部门在审批居留许可期间会留存你的护照。这段时间尽量不要安排出行，并向该部门询问期间可以用哪种证件证明身份，例如入住酒店或乘坐火车时。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "上海“单一窗口”", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>上海允许部分外籍专业人士在同一个窗口同时申请工作许可和居留许可，7个工作日内出结果。自2019年12月起面向A类人才开放，自2023年起在试点区域面向B类专业人才开放。适用条件和试点区域名单会有变化：在指望这项服务之前，请先询问雇主的人事部门，或拨打12345核实。</p>",
                },
                {"type": "heading", "value": {"text": "有事打这些电话", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b>：上海市民服务热线，提供多语种服务，可咨询本地办事机构和办事流程。</li><li><b>12367</b>：国家移民管理服务热线，24小时服务，提供中英文咨询，涉及签证、住宿登记和居留许可。</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "如果错过了24小时内的住宿登记怎么办？",
                                "answer": "<p>可能被处以最高2000元人民币的罚款。请尽快到派出所说明情况并补办登记：晚登记总比不登记好，而且申请居留许可时通常需要住宿登记记录。</p>",
                            },
                            {
                                "question": "Z字签证允许我停留多久？",
                                "answer": "<p>Z字签证为一次入境签证。你必须在入境后30天内将其转为居留许可，居留许可有效期为90天至5年。如有疑问，请拨打12367核实签证上的具体日期。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "国家移民管理局",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "国家移民管理局",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "12367移民管理服务平台",
                        "url": "https://www.12367.cn/",
                        "publisher": "国家移民管理局",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {"type": "heading", "value": {"text": "الترتيب الذي ينجح", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "أيامك الثلاثون الأولى",
                        "steps": [
                            {
                                "title": "سجّل إقامتك (خلال 24 ساعة)",
                                "text": "<p>يسجّلك الفندق تلقائيًا. أما إذا أقمت في شقة أو عند أصدقاء، فتوجّه إلى مركز الشرطة المحلي ومعك جواز سفرك وعقد الإيجار. قد تصل غرامة التأخر إلى 2000 يوان. يذكر أحد المصادر مهلة 48 ساعة، فلا تعتمد عليها.</p>",
                            },
                            {
                                "title": "احصل على رقم هاتف",
                                "text": "<p>اشترِ شريحة اتصال بجواز سفرك؛ فشركات الاتصالات ملزمة بالتحقق من هويتك الحقيقية. راجع دليلنا عن المصارف والهاتف.</p>",
                            },
                            {
                                "title": "افتح حسابًا مصرفيًا ووثّق Alipay أو WeChat Pay",
                                "text": "<p>للمحافظ غير الموثّقة حدود منخفضة، لذا اربط بطاقتك المصرفية الجديدة فور فتح الحساب.</p>",
                            },
                            {
                                "title": "أجرِ الفحص الطبي",
                                "text": "<p>توجّه إلى مركز الرعاية الصحية للسفر الدولي. الشهادة صالحة 6 أشهر. إذا أجريت فحصًا في الخارج، فاستفسر من المركز عمّا إذا كان يمكن قبوله.</p>",
                            },
                            {
                                "title": "احصل على بطاقة تصريح العمل وتصريح الإقامة (خلال 30 يومًا من الدخول)",
                                "text": "<p>يتقدّم صاحب العمل بطلب بطاقة تصريح العمل، وبعض أصحاب العمل يطلبون أوراقك خلال 10 أيام. ويجب تقديم طلب تصريح الإقامة خلال 30 يومًا من الدخول. ينص القانون على صدور القرار خلال 15 يومًا كحد أقصى، وفي الواقع يستغرق غالبًا 7 إلى 8 أيام عمل.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "يُحتفظ بجواز سفرك أثناء المعالجة",
                        "text": "<p>يحتفظ مكتب الدخول والخروج بجواز سفرك أثناء معالجة طلب تصريح الإقامة. تجنّب التخطيط للسفر خلال هذه الفترة، واسأل المكتب عن الوثيقة التي يمكنك استخدامها لإثبات هويتك في الأثناء، في الفنادق أو محطات القطار مثلًا.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "الشباك الموحّد في شنغهاي", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>تتيح شنغهاي لبعض المهنيين الأجانب التقدّم بطلب تصريح العمل وتصريح الإقامة معًا عبر شباك واحد، مع صدور النتيجة خلال 7 أيام عمل. أصبح ذلك متاحًا لمواهب الفئة A منذ ديسمبر 2019، ولمهنيي الفئة B في المناطق التجريبية منذ 2023. تتغيّر شروط الأهلية وقائمة المناطق التجريبية: اسأل قسم الموارد البشرية لدى صاحب العمل أو تحقّق عبر الرقم 12345 قبل أن تعتمد على ذلك.</p>",
                },
                {"type": "heading", "value": {"text": "بمن تتصل", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b>: الخط الساخن لخدمات مدينة شنغهاي، ويقدّم المساعدة بعدة لغات، للاستفسار عن المكاتب والإجراءات المحلية.</li><li><b>12367</b>: خط خدمات الهجرة الوطني، على مدار 24 ساعة، بالصينية والإنجليزية، للتأشيرات وتسجيل الإقامة وتصاريح الإقامة.</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "ماذا يحدث إذا فاتتني مهلة التسجيل البالغة 24 ساعة؟",
                                "answer": "<p>قد تُفرض عليك غرامة تصل إلى 2000 يوان. توجّه إلى مركز الشرطة في أقرب وقت واشرح وضعك؛ فالتسجيل المتأخر أفضل من عدم التسجيل، وعادةً ما ستحتاج إلى سجل التسجيل عند طلب تصريح الإقامة.</p>",
                            },
                            {
                                "question": "كم من الوقت تسمح لي تأشيرة Z بالبقاء؟",
                                "answer": "<p>تأشيرة Z صالحة لدخول واحد. يجب أن تحوّلها إلى تصريح إقامة خلال 30 يومًا من الدخول، وتتراوح صلاحية تصريح الإقامة بين 90 يومًا و5 سنوات. إذا ساورك شك، فتحقّق من التاريخ الدقيق على تأشيرتك عبر الرقم 12367.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "الإدارة الوطنية للهجرة",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "الإدارة الوطنية للهجرة في الصين",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "منصة خدمات الهجرة 12367",
                        "url": "https://www.12367.cn/",
                        "publisher": "الإدارة الوطنية للهجرة",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {"type": "heading", "value": {"text": "Порядок, который работает", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Ваши первые 30 дней",
                        "steps": [
                            {
                                "title": "Зарегистрируйтесь по месту проживания (в течение 24 часов)",
                                "text": "<p>Гостиница регистрирует вас автоматически. Если вы живёте в квартире или у друзей, обратитесь в местный полицейский участок с паспортом и договором аренды. Штраф за пропуск срока — до 2000 юаней. В одном источнике указан срок 48 часов; не полагайтесь на него.</p>",
                            },
                            {
                                "title": "Получите номер телефона",
                                "text": "<p>Купите SIM-карту по паспорту: операторы обязаны проверить ваше настоящее имя. См. наш гид о банках и телефоне.</p>",
                            },
                            {
                                "title": "Откройте банковский счёт и подтвердите Alipay или WeChat Pay",
                                "text": "<p>У неподтверждённых кошельков низкие лимиты, поэтому привяжите новую банковскую карту сразу после открытия счёта.</p>",
                            },
                            {
                                "title": "Пройдите медосмотр",
                                "text": "<p>Обратитесь в Международный центр охраны здоровья путешественников. Справка действительна 6 месяцев. Если вы проходили обследование за границей, уточните в центре, могут ли его принять.</p>",
                            },
                            {
                                "title": "Получите карту разрешения на работу и вид на жительство (в течение 30 дней после въезда)",
                                "text": "<p>Карту разрешения на работу оформляет работодатель; некоторые просят ваши документы в течение 10 дней. Вид на жительство нужно запросить в течение 30 дней после въезда. По закону решение принимается в срок до 15 дней, на практике обычно за 7–8 рабочих дней.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "На время оформления паспорт остаётся в службе",
                        "text": "<p>Служба въезда и выезда хранит ваш паспорт, пока рассматривает заявление на вид на жительство. Не планируйте поездок на этот период и спросите в службе, каким документом можно удостоверять личность тем временем, например в гостиницах или на вокзалах.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "«Единое окно» Шанхая", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>В Шанхае некоторые иностранные специалисты могут подать заявления на разрешение на работу и вид на жительство одновременно, в одном окне, и получить результат за 7 рабочих дней. С декабря 2019 года это доступно талантам категории A, а с 2023 года — специалистам категории B в пилотных зонах. Условия и список пилотных зон меняются: прежде чем на это рассчитывать, спросите отдел кадров работодателя или уточните по номеру 12345.</p>",
                },
                {"type": "heading", "value": {"text": "Куда звонить", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b> — городская горячая линия Шанхая с помощью на нескольких языках: вопросы о местных учреждениях и процедурах.</li><li><b>12367</b> — национальная линия миграционной службы, круглосуточно, на китайском и английском: визы, регистрация и вид на жительство.</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы",
                        "items": [
                            {
                                "question": "Что будет, если я пропущу 24-часовой срок регистрации?",
                                "answer": "<p>Вам могут назначить штраф до 2000 юаней. Как можно скорее придите в полицейский участок и объясните ситуацию: поздняя регистрация лучше, чем никакой, а запись о регистрации обычно требуется при подаче заявления на вид на жительство.</p>",
                            },
                            {
                                "question": "Сколько я могу находиться в стране по визе Z?",
                                "answer": "<p>Виза Z однократная. В течение 30 дней после въезда её нужно заменить видом на жительство, который выдаётся на срок от 90 дней до 5 лет. Если сомневаетесь, уточните точную дату по вашей визе по номеру 12367.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Национальное управление по делам иммиграции",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Национальное управление по делам иммиграции КНР",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Платформа миграционных услуг 12367",
                        "url": "https://www.12367.cn/",
                        "publisher": "Национальное управление по делам иммиграции",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {"type": "heading", "value": {"text": "El orden que funciona", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Tus primeros 30 días",
                        "steps": [
                            {
                                "title": "Registra tu domicilio (en 24 horas)",
                                "text": "<p>Si te alojas en un hotel, el hotel te registra automáticamente. Si vives en un piso o con amigos, ve a la comisaría de tu zona con el pasaporte y el contrato de alquiler. La multa por no hacerlo puede llegar a 2.000 RMB. Una fuente habla de 48 horas; no cuentes con ello.</p>",
                            },
                            {
                                "title": "Consigue un número de teléfono",
                                "text": "<p>Compra una tarjeta SIM con tu pasaporte: los operadores deben verificar tu nombre real. Consulta nuestra guía sobre bancos y teléfono.</p>",
                            },
                            {
                                "title": "Abre una cuenta bancaria y verifica Alipay o WeChat Pay",
                                "text": "<p>Los monederos sin verificar tienen límites bajos, así que vincula tu nueva tarjeta bancaria en cuanto abras la cuenta.</p>",
                            },
                            {
                                "title": "Hazte el reconocimiento médico",
                                "text": "<p>Acude a un Centro Internacional de Salud para Viajeros. El certificado es válido durante 6 meses. Si te hiciste un examen en el extranjero, consulta con el centro si pueden aceptarlo.</p>",
                            },
                            {
                                "title": "Obtén la tarjeta de permiso de trabajo y el permiso de residencia (en 30 días desde la entrada)",
                                "text": "<p>Tu empleador solicita la tarjeta de permiso de trabajo; algunos te piden los documentos en 10 días. El permiso de residencia debe solicitarse en los 30 días siguientes a la entrada. Por ley, la resolución tarda como máximo 15 días; en la práctica suele tardar de 7 a 8 días hábiles.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Retienen tu pasaporte durante el trámite",
                        "text": "<p>La oficina de entrada y salida se queda con tu pasaporte mientras tramita el permiso de residencia. Evita planear viajes en ese periodo y pregunta en la oficina qué documento puedes usar para identificarte mientras tanto, por ejemplo en hoteles o estaciones de tren.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "La ventanilla única de Shanghái", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Shanghái permite a algunos profesionales extranjeros solicitar a la vez el permiso de trabajo y el de residencia, en una sola ventanilla, con resolución en 7 días hábiles. Está abierta al talento de clase A desde diciembre de 2019 y, desde 2023, a los profesionales de clase B en zonas piloto. Los requisitos y la lista de zonas piloto cambian: antes de contar con ello, pregunta a recursos humanos de tu empresa o consulta en el 12345.</p>",
                },
                {"type": "heading", "value": {"text": "A quién llamar", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b>: línea de atención ciudadana de Shanghái, con ayuda en varios idiomas, para dudas sobre oficinas y trámites locales.</li><li><b>12367</b>: línea nacional de inmigración, 24 horas al día, en chino e inglés, para visados, registro de domicilio y permisos de residencia.</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas",
                        "items": [
                            {
                                "question": "¿Qué pasa si no me registro en las primeras 24 horas?",
                                "answer": "<p>Te pueden multar con hasta 2.000 RMB. Ve a la comisaría cuanto antes y explica la situación: registrarse tarde es mejor que no hacerlo, y normalmente necesitarás el comprobante de registro para solicitar el permiso de residencia.</p>",
                            },
                            {
                                "question": "¿Cuánto tiempo me permite quedarme el visado Z?",
                                "answer": "<p>El visado Z es de una sola entrada. En los 30 días siguientes a la entrada debes convertirlo en un permiso de residencia, válido de 90 días a 5 años. Si tienes dudas, confirma la fecha exacta de tu visado en el 12367.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Administración Nacional de Inmigración",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Administración Nacional de Inmigración de China",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Plataforma de servicios de inmigración 12367",
                        "url": "https://www.12367.cn/",
                        "publisher": "Administración Nacional de Inmigración",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": {"text": "L'ordre qui fonctionne", "level": "h2"}},
                {
                    "type": "steps",
                    "value": {
                        "title": "Vos 30 premiers jours",
                        "steps": [
                            {
                                "title": "Déclarez votre lieu de résidence (sous 24 heures)",
                                "text": "<p>À l'hôtel, la déclaration est faite automatiquement. Si vous logez dans un appartement ou chez des amis, rendez-vous au poste de police du quartier avec votre passeport et votre bail. L'amende en cas d'oubli peut atteindre 2 000 RMB. Une source parle de 48 heures : n'y comptez pas.</p>",
                            },
                            {
                                "title": "Obtenez un numéro de téléphone",
                                "text": "<p>Achetez une carte SIM avec votre passeport : les opérateurs doivent vérifier votre identité réelle. Voir notre guide sur la banque et le téléphone.</p>",
                            },
                            {
                                "title": "Ouvrez un compte bancaire et vérifiez Alipay ou WeChat Pay",
                                "text": "<p>Les portefeuilles non vérifiés ont des plafonds bas : liez votre nouvelle carte bancaire dès l'ouverture du compte.</p>",
                            },
                            {
                                "title": "Passez la visite médicale",
                                "text": "<p>Rendez-vous dans un Centre international de santé des voyageurs. Le certificat est valable 6 mois. Si vous avez passé un examen à l'étranger, demandez au centre s'il peut être accepté.</p>",
                            },
                            {
                                "title": "Obtenez la carte de permis de travail et le permis de séjour (sous 30 jours après l'entrée)",
                                "text": "<p>Votre employeur demande la carte de permis de travail ; certains réclament vos documents sous 10 jours. Le permis de séjour doit être demandé dans les 30 jours suivant l'entrée. La loi prévoit une décision sous 15 jours au plus ; en pratique, comptez souvent 7 à 8 jours ouvrés.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Votre passeport est conservé pendant l'instruction",
                        "text": "<p>Le service des entrées et sorties garde votre passeport pendant l'instruction du permis de séjour. Évitez de prévoir des voyages pendant cette période et demandez au service quel document vous permettra de justifier de votre identité entre-temps, par exemple à l'hôtel ou à la gare.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Le guichet unique de Shanghai", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Shanghai permet à certains professionnels étrangers de demander ensemble le permis de travail et le permis de séjour, à un seul guichet, avec une réponse en 7 jours ouvrés. Il est ouvert aux talents de catégorie A depuis décembre 2019 et, depuis 2023, aux professionnels de catégorie B dans des zones pilotes. Les conditions et la liste des zones pilotes évoluent : avant de compter dessus, interrogez le service RH de votre employeur ou vérifiez auprès du 12345.</p>",
                },
                {"type": "heading", "value": {"text": "Qui appeler", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<ul><li><b>12345</b> : la ligne de services de la ville de Shanghai, avec une aide en plusieurs langues, pour vos questions sur les administrations et démarches locales.</li><li><b>12367</b> : la ligne nationale de l'immigration, 24 h/24, en chinois et en anglais, pour les visas, la déclaration de résidence et les permis de séjour.</li></ul>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Que se passe-t-il si je dépasse le délai de 24 heures ?",
                                "answer": "<p>Vous risquez une amende pouvant aller jusqu'à 2 000 RMB. Présentez-vous au poste de police au plus vite et expliquez votre situation : mieux vaut une déclaration tardive que pas de déclaration du tout, et le justificatif vous sera en général demandé pour le permis de séjour.</p>",
                            },
                            {
                                "question": "Combien de temps le visa Z me permet-il de rester ?",
                                "answer": "<p>Le visa Z est à entrée unique. Dans les 30 jours suivant l'entrée, vous devez le transformer en permis de séjour, valable de 90 jours à 5 ans. En cas de doute, vérifiez la date exacte de votre visa auprès du 12367.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Administration nationale de l'immigration",
                        "url": "https://www.nia.gov.cn/",
                        "publisher": "Administration nationale de l'immigration de Chine",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Plateforme de services de l'immigration 12367",
                        "url": "https://www.12367.cn/",
                        "publisher": "Administration nationale de l'immigration",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)

# --------------------------------------------------------------------------
# 2. Banking, phone and payments
# --------------------------------------------------------------------------
GUIDES.append(
    {
        "slug": "banking-and-phone",
        "topic": "money",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Banking, phone and payments in Shanghai",
            "zh-hans": "在上海办理银行卡、手机与支付",
            "ar": "المصارف والهاتف والدفع في شنغهاي",
            "ru": "Банк, телефон и платежи в Шанхае",
            "es": "Banco, teléfono y pagos en Shanghái",
            "fr": "Banque, téléphone et paiements à Shanghai",
        },
        "intro": {
            "en": "Your phone number, bank account, Alipay and WeChat Pay depend on one another. Set them up in the right order, with your name written the same way everywhere, and you avoid the loop that traps many newcomers.",
            "zh-hans": "手机号、银行账户、支付宝和微信支付环环相扣。按正确顺序办理，并确保各处登记的姓名写法一致，就能避开许多新来者遇到的“死循环”。",
            "ar": "يعتمد رقم الهاتف والحساب المصرفي وتطبيقا Alipay وWeChat Pay بعضها على بعض. أنجزها بالترتيب الصحيح، مع كتابة اسمك بالطريقة نفسها في كل مكان، وستتجنب الحلقة المفرغة التي يقع فيها كثير من القادمين الجدد.",
            "ru": "Номер телефона, банковский счёт, Alipay и WeChat Pay зависят друг от друга. Оформляйте их в правильном порядке и следите, чтобы имя везде было записано одинаково, — так вы избежите замкнутого круга, в который попадают многие новички.",
            "es": "El número de teléfono, la cuenta bancaria, Alipay y WeChat Pay dependen unos de otros. Gestiónalos en el orden correcto, con tu nombre escrito igual en todas partes, y evitarás el círculo vicioso en el que caen muchos recién llegados.",
            "fr": "Numéro de téléphone, compte bancaire, Alipay et WeChat Pay dépendent les uns des autres. Réglez-les dans le bon ordre, avec votre nom écrit partout de la même façon, et vous éviterez le cercle vicieux où tombent beaucoup de nouveaux arrivants.",
        },
        "body": {
            "en": [
                {
                    "type": "text",
                    "value": "<p>Many newcomers hit a catch-22: the bank asks for a Chinese phone number in your name, the payment apps want a Chinese bank card, and some services want the apps before they will register you. The way out is to start with the phone and to make sure your name is recorded identically at every step.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Phone, bank, wallet: in that order", "level": "h2"},
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "Setting up, step by step",
                        "steps": [
                            {
                                "title": "Get a SIM card in your own name",
                                "text": "<p>Go to a store run directly by one of the operators (China Mobile, China Unicom or China Telecom) with your passport. The real-name check ties the number to your passport; a number registered to someone else will cause problems with the bank later.</p>",
                            },
                            {
                                "title": "Open a bank account",
                                "text": "<p>Bring your passport and your new phone number. Branches differ on what else they want, such as your work permit, a letter from your employer or proof of address: call before you go, or ask HR which branch your colleagues use.</p>",
                            },
                            {
                                "title": "Check how the bank wrote your name",
                                "text": "<p>Before you leave the counter, ask to see your name as recorded. It should match your passport exactly, in the same order and spelling.</p>",
                            },
                            {
                                "title": "Link the card to Alipay or WeChat Pay and verify",
                                "text": "<p>Add the card in the app and complete identity verification with your passport. Unverified wallets are capped, so do this straight away.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "When the wallet does not recognise your name",
                        "text": "<p>Banks may record foreign names differently, for example with the surname first, without spaces or with a middle name cut off. The wallet then cannot match your card to your passport. Ask the bank to correct the record rather than trying other cards.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Until everything works", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Keep some cash and your home bank card for the first days. Alipay and WeChat Pay also let you link some foreign-issued cards; limits and fees are shown in the app and can change, so check them there. Your employer's HR team often knows which bank branch near the office is used to foreign clients.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Why does the bank ask for a phone number before I have an account?",
                                "answer": "<p>Banks send security codes by text message, so they want a number registered in your name. Get your SIM card first; it only needs your passport.</p>",
                            },
                            {
                                "question": "The app says my name does not match. What should I do?",
                                "answer": "<p>Compare the name on your bank record with your passport. If they differ, ask your branch to correct it, then try the verification again. If it still fails, contact the app's customer service and ask whether a manual check is possible.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Shanghai Municipal People's Government: English portal",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Shanghai Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "text",
                    "value": "<p>很多新来的人会陷入一个“死循环”：银行要求你提供本人名下的中国手机号，支付应用要求绑定中国的银行卡，而有些服务又要先有支付应用才能注册。解决办法是先办手机号，并确保每一步登记的姓名完全一致。</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "手机、银行、钱包：按这个顺序", "level": "h2"},
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "分步办理",
                        "steps": [
                            {
                                "title": "办理本人名下的SIM卡",
                                "text": "<p>携带护照前往运营商（中国移动、中国联通或中国电信）的自营营业厅。实名核验会把号码与你的护照绑定；用别人名下的号码，以后在银行办事时会遇到麻烦。</p>",
                            },
                            {
                                "title": "开立银行账户",
                                "text": "<p>带上护照和新手机号。不同网点对其他材料的要求不一样，例如工作许可、雇主证明信或住址证明：去之前先打电话问清楚，或问问人事部门同事们常去哪个网点。</p>",
                            },
                            {
                                "title": "核对银行登记的姓名",
                                "text": "<p>离开柜台前，请工作人员给你看系统里登记的姓名。它应与护照完全一致，顺序和拼写都相同。</p>",
                            },
                            {
                                "title": "在支付宝或微信支付中绑卡并完成认证",
                                "text": "<p>在应用中添加银行卡，并用护照完成身份认证。未认证的钱包有额度限制，所以请马上办理。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "钱包认不出你的姓名时",
                        "text": "<p>银行登记外国人姓名的方式可能各不相同，例如姓在前、去掉空格，或截掉中间名。这样钱包就无法把你的银行卡和护照对应起来。请让银行更正登记信息，而不是换别的卡反复尝试。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "一切办妥之前", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>头几天请备些现金，并带上你在本国的银行卡。支付宝和微信支付也支持绑定部分境外银行卡；限额和手续费以应用内显示为准，而且可能变化，请在应用里查看。雇主的人事部门通常知道公司附近哪家银行网点熟悉外籍客户的业务。</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "为什么还没开户，银行就要我提供手机号？",
                                "answer": "<p>银行通过短信发送验证码，所以需要一个登记在你本人名下的号码。请先办SIM卡，只需护照即可。</p>",
                            },
                            {
                                "question": "应用提示姓名不一致，该怎么办？",
                                "answer": "<p>把银行登记的姓名和护照上的姓名对比一下。如果不同，请到开户网点要求更正，然后重新认证。如果仍然失败，请联系应用客服，询问能否人工审核。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "上海市人民政府英文门户网站",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "上海市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {
                    "type": "text",
                    "value": "<p>يواجه كثير من القادمين الجدد حلقة مفرغة: المصرف يطلب رقم هاتف صينيًا باسمك، وتطبيقات الدفع تريد بطاقة مصرفية صينية، وبعض الخدمات تشترط وجود التطبيقات قبل تسجيلك. والمخرج هو البدء بالهاتف، والتأكد من تسجيل اسمك بالطريقة نفسها تمامًا في كل خطوة.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "الهاتف ثم المصرف ثم المحفظة", "level": "h2"},
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "الإعداد خطوة بخطوة",
                        "steps": [
                            {
                                "title": "احصل على شريحة اتصال باسمك",
                                "text": "<p>توجّه بجواز سفرك إلى متجر تابع مباشرة لإحدى شركات الاتصالات (China Mobile أو China Unicom أو China Telecom). يربط التحقق من الهوية الحقيقية الرقمَ بجواز سفرك؛ أما الرقم المسجّل باسم شخص آخر فسيسبب لك مشكلات مع المصرف لاحقًا.</p>",
                            },
                            {
                                "title": "افتح حسابًا مصرفيًا",
                                "text": "<p>أحضر جواز سفرك ورقم هاتفك الجديد. تختلف الفروع في ما تطلبه إضافةً إلى ذلك، مثل تصريح العمل أو خطاب من صاحب العمل أو إثبات العنوان: اتصل بالفرع قبل الذهاب، أو اسأل قسم الموارد البشرية عن الفرع الذي يتعامل معه زملاؤك.</p>",
                            },
                            {
                                "title": "تحقّق من طريقة كتابة المصرف لاسمك",
                                "text": "<p>قبل مغادرة الشباك، اطلب الاطلاع على اسمك كما سُجّل. يجب أن يطابق جواز سفرك تمامًا، بالترتيب والتهجئة نفسيهما.</p>",
                            },
                            {
                                "title": "اربط البطاقة بتطبيق Alipay أو WeChat Pay ووثّق هويتك",
                                "text": "<p>أضف البطاقة في التطبيق وأكمل التحقق من الهوية بجواز سفرك. للمحافظ غير الموثّقة سقف محدود، لذا افعل ذلك فورًا.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "عندما لا تتعرّف المحفظة على اسمك",
                        "text": "<p>قد تسجّل المصارف الأسماء الأجنبية بطرق مختلفة، كأن تضع اسم العائلة أولًا، أو تحذف المسافات، أو تقتطع الاسم الأوسط. عندئذٍ لا تستطيع المحفظة مطابقة بطاقتك مع جواز سفرك. اطلب من المصرف تصحيح السجل بدلًا من تجربة بطاقات أخرى.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "إلى أن يعمل كل شيء", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>احتفظ ببعض النقود وببطاقتك المصرفية من بلدك في الأيام الأولى. يتيح Alipay وWeChat Pay أيضًا ربط بعض البطاقات الصادرة في الخارج؛ تظهر الحدود والرسوم في التطبيق وقد تتغيّر، فتحقّق منها هناك. وغالبًا ما يعرف قسم الموارد البشرية لدى صاحب العمل أيّ فرع مصرفي قريب من المكتب معتاد على التعامل مع العملاء الأجانب.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "لماذا يطلب المصرف رقم هاتف قبل أن يكون لدي حساب؟",
                                "answer": "<p>ترسل المصارف رموز الأمان برسائل نصية، لذا تحتاج إلى رقم مسجّل باسمك. احصل على شريحة الاتصال أولًا؛ فهي لا تتطلب سوى جواز سفرك.</p>",
                            },
                            {
                                "question": "يقول التطبيق إن اسمي غير مطابق. ماذا أفعل؟",
                                "answer": "<p>قارن الاسم في سجلك المصرفي بجواز سفرك. إذا اختلفا، فاطلب من فرع المصرف تصحيحه ثم أعد محاولة التحقق. وإذا استمر الفشل، فتواصل مع خدمة عملاء التطبيق واسأل عمّا إذا كان التحقق اليدوي ممكنًا.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "البوابة الإنجليزية لحكومة شنغهاي الشعبية البلدية",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "حكومة شنغهاي الشعبية البلدية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {
                    "type": "text",
                    "value": "<p>Многие новички попадают в замкнутый круг: банк требует китайский номер телефона на ваше имя, платёжным приложениям нужна китайская банковская карта, а некоторые сервисы не регистрируют без этих приложений. Выход — начать с телефона и следить, чтобы на каждом шаге ваше имя записывали одинаково.</p>",
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Телефон, банк, кошелёк — именно в таком порядке",
                        "level": "h2",
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "Шаг за шагом",
                        "steps": [
                            {
                                "title": "Оформите SIM-карту на своё имя",
                                "text": "<p>Придите с паспортом в фирменный салон одного из операторов (China Mobile, China Unicom или China Telecom). Проверка по настоящему имени привязывает номер к паспорту; номер, оформленный на другого человека, позже создаст проблемы в банке.</p>",
                            },
                            {
                                "title": "Откройте банковский счёт",
                                "text": "<p>Возьмите паспорт и новый номер телефона. Отделения по-разному решают, что ещё требовать: разрешение на работу, письмо от работодателя или подтверждение адреса. Перед визитом позвоните в отделение или спросите в отделе кадров, в какое отделение ходят коллеги.</p>",
                            },
                            {
                                "title": "Проверьте, как банк записал ваше имя",
                                "text": "<p>Прежде чем отойти от окошка, попросите показать, как записано ваше имя. Оно должно точно совпадать с паспортом — в том же порядке и написании.</p>",
                            },
                            {
                                "title": "Привяжите карту к Alipay или WeChat Pay и пройдите проверку",
                                "text": "<p>Добавьте карту в приложении и подтвердите личность по паспорту. У неподтверждённых кошельков есть лимиты, поэтому сделайте это сразу.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Если кошелёк не узнаёт ваше имя",
                        "text": "<p>Банки могут записывать иностранные имена по-разному: фамилией вперёд, без пробелов или без второго имени. Тогда кошелёк не может сопоставить карту с паспортом. Попросите банк исправить запись, а не пробуйте другие карты.</p>",
                    },
                },
                {"type": "heading", "value": {"text": "Пока всё не заработает", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>В первые дни держите при себе немного наличных и карту своего банка. Alipay и WeChat Pay позволяют также привязать некоторые зарубежные карты; лимиты и комиссии указаны в приложении и могут меняться, поэтому сверяйтесь с ним. Отдел кадров работодателя часто знает, какое отделение банка рядом с офисом привыкло работать с иностранцами.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы",
                        "items": [
                            {
                                "question": "Почему банк требует номер телефона ещё до открытия счёта?",
                                "answer": "<p>Банки присылают коды подтверждения по SMS, поэтому им нужен номер, оформленный на ваше имя. Сначала оформите SIM-карту — для неё нужен только паспорт.</p>",
                            },
                            {
                                "question": "Приложение пишет, что имя не совпадает. Что делать?",
                                "answer": "<p>Сравните имя в банковской записи с паспортом. Если есть расхождения, попросите отделение банка исправить запись и пройдите проверку заново. Если и после этого не получается, обратитесь в службу поддержки приложения и спросите, возможна ли ручная проверка.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Англоязычный портал Народного правительства Шанхая",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Народное правительство Шанхая",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {
                    "type": "text",
                    "value": "<p>Muchos recién llegados caen en un círculo vicioso: el banco pide un número de teléfono chino a tu nombre, las aplicaciones de pago quieren una tarjeta bancaria china y algunos servicios exigen las aplicaciones antes de registrarte. La salida es empezar por el teléfono y asegurarte de que tu nombre se registra exactamente igual en cada paso.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Teléfono, banco y monedero: en ese orden", "level": "h2"},
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "Paso a paso",
                        "steps": [
                            {
                                "title": "Consigue una tarjeta SIM a tu nombre",
                                "text": "<p>Ve con tu pasaporte a una tienda propia de uno de los operadores (China Mobile, China Unicom o China Telecom). La verificación de nombre real vincula el número a tu pasaporte; un número a nombre de otra persona te dará problemas con el banco más adelante.</p>",
                            },
                            {
                                "title": "Abre una cuenta bancaria",
                                "text": "<p>Lleva el pasaporte y tu nuevo número de teléfono. Cada sucursal pide documentos adicionales distintos, como el permiso de trabajo, una carta de la empresa o un justificante de domicilio: llama antes o pregunta a recursos humanos a qué sucursal van tus compañeros.</p>",
                            },
                            {
                                "title": "Comprueba cómo ha escrito el banco tu nombre",
                                "text": "<p>Antes de dejar la ventanilla, pide ver tu nombre tal como quedó registrado. Debe coincidir exactamente con el pasaporte, en el mismo orden y con la misma ortografía.</p>",
                            },
                            {
                                "title": "Vincula la tarjeta a Alipay o WeChat Pay y verifícate",
                                "text": "<p>Añade la tarjeta en la aplicación y completa la verificación de identidad con tu pasaporte. Los monederos sin verificar tienen límites, así que hazlo enseguida.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Cuando el monedero no reconoce tu nombre",
                        "text": "<p>Los bancos pueden registrar los nombres extranjeros de formas distintas: con el apellido delante, sin espacios o sin el segundo nombre. Entonces el monedero no puede relacionar tu tarjeta con tu pasaporte. Pide al banco que corrija el registro en lugar de probar con otras tarjetas.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Mientras todo se pone en marcha", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Lleva algo de efectivo y la tarjeta de tu banco de origen los primeros días. Alipay y WeChat Pay también permiten vincular algunas tarjetas emitidas en el extranjero; los límites y comisiones aparecen en la aplicación y pueden cambiar, así que consúltalos allí. Recursos humanos de tu empresa suele saber qué sucursal cercana a la oficina está acostumbrada a clientes extranjeros.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas",
                        "items": [
                            {
                                "question": "¿Por qué el banco me pide un teléfono antes de tener cuenta?",
                                "answer": "<p>Los bancos envían códigos de seguridad por SMS, así que necesitan un número registrado a tu nombre. Consigue primero la tarjeta SIM; solo necesitas el pasaporte.</p>",
                            },
                            {
                                "question": "La aplicación dice que mi nombre no coincide. ¿Qué hago?",
                                "answer": "<p>Compara el nombre que figura en el banco con el de tu pasaporte. Si no coinciden, pide a tu sucursal que lo corrija y vuelve a intentar la verificación. Si sigue fallando, contacta con el servicio de atención de la aplicación y pregunta si es posible una revisión manual.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Portal en inglés del Gobierno Popular Municipal de Shanghái",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Shanghái",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {
                    "type": "text",
                    "value": "<p>Beaucoup de nouveaux arrivants tombent dans un cercle vicieux : la banque exige un numéro de téléphone chinois à votre nom, les applications de paiement veulent une carte bancaire chinoise, et certains services demandent ces applications avant de vous inscrire. Pour en sortir, commencez par le téléphone et veillez à ce que votre nom soit enregistré exactement de la même façon à chaque étape.</p>",
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Téléphone, banque, portefeuille : dans cet ordre",
                        "level": "h2",
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "title": "Étape par étape",
                        "steps": [
                            {
                                "title": "Prenez une carte SIM à votre nom",
                                "text": "<p>Rendez-vous avec votre passeport dans une boutique gérée directement par un opérateur (China Mobile, China Unicom ou China Telecom). Le contrôle d'identité réelle rattache le numéro à votre passeport ; un numéro au nom de quelqu'un d'autre vous posera ensuite des problèmes à la banque.</p>",
                            },
                            {
                                "title": "Ouvrez un compte bancaire",
                                "text": "<p>Apportez votre passeport et votre nouveau numéro. Les agences ne demandent pas toutes les mêmes pièces en plus, comme le permis de travail, une lettre de l'employeur ou un justificatif de domicile : appelez avant, ou demandez aux RH dans quelle agence vont vos collègues.</p>",
                            },
                            {
                                "title": "Vérifiez comment la banque a écrit votre nom",
                                "text": "<p>Avant de quitter le guichet, demandez à voir votre nom tel qu'il a été saisi. Il doit correspondre exactement à votre passeport, dans le même ordre et avec la même orthographe.</p>",
                            },
                            {
                                "title": "Liez la carte à Alipay ou WeChat Pay et faites la vérification",
                                "text": "<p>Ajoutez la carte dans l'application et vérifiez votre identité avec votre passeport. Les portefeuilles non vérifiés sont plafonnés : faites-le tout de suite.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Quand le portefeuille ne reconnaît pas votre nom",
                        "text": "<p>Les banques peuvent enregistrer les noms étrangers de diverses façons : nom de famille en premier, sans espaces ou sans deuxième prénom. Le portefeuille ne peut alors pas rapprocher votre carte de votre passeport. Demandez à la banque de corriger la fiche plutôt que d'essayer d'autres cartes.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "En attendant que tout fonctionne", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Gardez un peu d'espèces et la carte de votre banque d'origine les premiers jours. Alipay et WeChat Pay permettent aussi de lier certaines cartes émises à l'étranger ; les plafonds et les frais sont indiqués dans l'application et peuvent changer, vérifiez-les là. Le service RH de votre employeur sait souvent quelle agence proche du bureau a l'habitude des clients étrangers.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Pourquoi la banque veut-elle un numéro de téléphone avant que j'aie un compte ?",
                                "answer": "<p>Les banques envoient des codes de sécurité par SMS : elles ont donc besoin d'un numéro enregistré à votre nom. Prenez d'abord la carte SIM ; seul votre passeport est nécessaire.</p>",
                            },
                            {
                                "question": "L'application dit que mon nom ne correspond pas. Que faire ?",
                                "answer": "<p>Comparez le nom enregistré par la banque avec celui de votre passeport. S'ils diffèrent, demandez à votre agence de le corriger, puis recommencez la vérification. Si cela échoue encore, contactez le service client de l'application et demandez si une vérification manuelle est possible.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Portail en anglais du gouvernement populaire municipal de Shanghai",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Shanghai",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)

# --------------------------------------------------------------------------
# 3. Healthcare and insurance
# --------------------------------------------------------------------------
_HEALTH_URL = (
    "https://english.shanghai.gov.cn/en-Healthcare/20250227/54af530f3bd4400da6a6fa8111bd308f.html"
)

GUIDES.append(
    {
        "slug": "healthcare-and-insurance",
        "topic": "health",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Healthcare and insurance in Shanghai",
            "zh-hans": "上海的医疗与保险",
            "ar": "الرعاية الصحية والتأمين في شنغهاي",
            "ru": "Медицина и страховка в Шанхае",
            "es": "Sanidad y seguros en Shanghái",
            "fr": "Santé et assurance à Shanghai",
        },
        "intro": {
            "en": "Most foreign employees are covered by the city's social insurance through their employer, often topped up by a commercial plan. Which one pays depends on the hospital and department you choose, so check before you book.",
            "zh-hans": "大多数外籍员工通过雇主参加上海的社会保险，很多人还另有商业保险。由哪种保险支付取决于你选择的医院和科室，所以预约前请先确认。",
            "ar": "يشمل التأمين الاجتماعي في المدينة معظم الموظفين الأجانب عن طريق صاحب العمل، ويُضاف إليه غالبًا تأمين تجاري. أيّهما يدفع يتوقف على المستشفى والقسم اللذين تختارهما، فتحقّق قبل الحجز.",
            "ru": "Большинство иностранных сотрудников застрахованы в городской системе социального страхования через работодателя, часто с дополнительным коммерческим полисом. Кто платит, зависит от выбранной больницы и отделения, поэтому уточняйте до записи.",
            "es": "La mayoría de los empleados extranjeros están cubiertos por la seguridad social de la ciudad a través de su empresa, a menudo con un seguro privado adicional. Quién paga depende del hospital y del departamento: compruébalo antes de pedir cita.",
            "fr": "La plupart des salariés étrangers sont couverts par la sécurité sociale de la ville via leur employeur, souvent complétée par une assurance privée. Qui paie dépend de l'hôpital et du service choisis : vérifiez avant de prendre rendez-vous.",
        },
        "body": {
            "en": [
                {
                    "type": "text",
                    "value": "<p>Shanghai has excellent hospitals, but what you pay depends on how you are covered and where you go. Two systems sit side by side: public social insurance, arranged by your employer, and private commercial insurance, which many employers add for foreign staff.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Social insurance through your employer", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Employers in China must enrol foreign employees in social insurance, and in Shanghai HR normally handles the paperwork once your work permit is issued. Contributions come from both you and the employer. The medical part is designed around the ordinary departments of public hospitals: before you rely on it, ask HR what it covers, how to use it, and whether it applies at international or VIP departments.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Commercial insurance and where it works", "level": "h2"},
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Before you need a doctor",
                        "items": [
                            "Ask your insurer for its list of Shanghai hospitals with direct billing.",
                            "Check whether your plan covers international or VIP departments of public hospitals.",
                            "Save the policy number and the insurer's claims contact on your phone.",
                            "Carry your passport or residence permit: hospitals register patients by ID.",
                            "Keep itemised receipts and medical reports for any bill you pay yourself.",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Your insurance card is not accepted everywhere",
                        "text": "<p>Commercial insurance is accepted only at some hospitals, and sometimes only in certain departments. Confirm direct billing with both the insurer and the hospital before the appointment; otherwise expect to pay first and claim later.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "International departments of public hospitals",
                        "level": "h2",
                    },
                },
                {
                    "type": "text",
                    "value": "<p>Several leading public hospitals run international or VIP departments with English-speaking staff, appointments and help with insurance paperwork. Huashan Hospital's International Medical Center, which has served foreign patients since 1989, is one of the best known; Zhongshan Hospital and Huadong Hospital also run services for international patients, and Huadong has direct billing with some foreign insurers. The Shanghai Health Commission has chosen 13 public and 20 private hospitals as pilots for international medical services. Prices are higher than in ordinary departments: ask for an estimate. In an emergency, call 120.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Can I use city medical insurance in an international department?",
                                "answer": "<p>Do not assume so. These departments are often outside what the city scheme pays for. Ask HR and the hospital's international department before your visit.</p>",
                            },
                            {
                                "question": "Do I need an appointment?",
                                "answer": "<p>International departments usually work by appointment, so book ahead through the hospital's own channels. In an emergency, go straight to the emergency department or call 120.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Shanghai: a city embracing international patients",
                        "url": _HEALTH_URL,
                        "publisher": "Shanghai Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "text",
                    "value": "<p>上海有很好的医院，但你要付多少钱，取决于你的保障方式和就诊地点。这里有两套体系并存：由雇主办理的社会保险，以及许多雇主为外籍员工额外购买的商业保险。</p>",
                },
                {"type": "heading", "value": {"text": "通过雇主参加社会保险", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>在中国，用人单位必须为外籍员工办理社会保险；在上海，工作许可办好后，一般由人事部门负责相关手续。保险费由你和雇主共同缴纳。其中的医疗保险主要面向公立医院的普通科室：在依赖它之前，请向人事部门问清保障范围、使用方法，以及能否在国际部或特需部使用。</p>",
                },
                {"type": "heading", "value": {"text": "商业保险及其适用范围", "level": "h2"}},
                {
                    "type": "checklist",
                    "value": {
                        "title": "看病之前要做的准备",
                        "items": [
                            "向保险公司索取其在上海可直接结算的医院名单。",
                            "确认你的保险是否覆盖公立医院的国际部或特需部。",
                            "把保单号和保险公司的理赔联系方式存在手机里。",
                            "随身携带护照或居留许可：医院凭证件登记患者。",
                            "自付的费用请保留明细收据和病历，以便理赔。",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "保险卡并非处处可用",
                        "text": "<p>商业保险只在部分医院可用，有时仅限特定科室。就诊前请同时向保险公司和医院确认能否直接结算；否则要做好先自付、后理赔的准备。</p>",
                    },
                },
                {"type": "heading", "value": {"text": "公立医院的国际医疗部", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>多家知名公立医院设有国际部或特需部，配有会说英语的医护人员，提供预约服务并协助办理保险手续。华山医院国际医疗中心自1989年起接待外籍患者，是其中最知名的之一；中山医院和华东医院也为国际患者提供服务，华东医院还与部分境外保险公司实现了直接结算。上海市卫生健康委员会已选定13家公立医院和20家民营医院作为国际医疗服务试点。这些科室的价格高于普通科室，请先询问费用估算。遇到紧急情况，请拨打120。</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "在国际部能用上海的医保吗？",
                                "answer": "<p>不要想当然。这些科室往往不在医保支付范围内。就诊前请先询问人事部门和医院国际部。</p>",
                            },
                            {
                                "question": "需要预约吗？",
                                "answer": "<p>国际部通常实行预约制，请通过医院的官方渠道提前预约。遇到急症，请直接前往急诊科或拨打120。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "上海：一座拥抱国际患者的城市",
                        "url": _HEALTH_URL,
                        "publisher": "上海市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {
                    "type": "text",
                    "value": "<p>في شنغهاي مستشفيات ممتازة، لكن ما تدفعه يتوقف على نوع تغطيتك والمكان الذي تقصده. هناك نظامان متجاوران: التأمين الاجتماعي العام الذي يرتّبه صاحب العمل، والتأمين التجاري الخاص الذي يضيفه كثير من أصحاب العمل لموظفيهم الأجانب.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "التأمين الاجتماعي عن طريق صاحب العمل", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>يُلزَم أصحاب العمل في الصين بتسجيل موظفيهم الأجانب في التأمين الاجتماعي، وفي شنغهاي يتولى قسم الموارد البشرية عادةً الإجراءات بعد صدور تصريح العمل. تُدفع الاشتراكات منك ومن صاحب العمل معًا. صُمّم الشق الطبي منه أساسًا للأقسام العادية في المستشفيات العامة؛ فاسأل قسم الموارد البشرية، قبل أن تعتمد عليه، عمّا يغطيه وكيف تستخدمه، وهل يسري في الأقسام الدولية أو أقسام كبار الشخصيات.</p>",
                },
                {"type": "heading", "value": {"text": "التأمين التجاري وأين يُقبل", "level": "h2"}},
                {
                    "type": "checklist",
                    "value": {
                        "title": "قبل أن تحتاج إلى طبيب",
                        "items": [
                            "اطلب من شركة التأمين قائمة مستشفيات شنغهاي التي تتعامل معها بالدفع المباشر.",
                            "تحقّق مما إذا كانت وثيقتك تغطي الأقسام الدولية أو أقسام كبار الشخصيات في المستشفيات العامة.",
                            "احفظ في هاتفك رقم الوثيقة وجهة الاتصال الخاصة بالمطالبات لدى شركة التأمين.",
                            "احمل جواز سفرك أو تصريح إقامتك، فالمستشفيات تسجّل المرضى بوثيقة الهوية.",
                            "احتفظ بالإيصالات المفصّلة والتقارير الطبية لكل فاتورة تدفعها بنفسك.",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "بطاقة تأمينك لا تُقبل في كل مكان",
                        "text": "<p>لا يُقبل التأمين التجاري إلا في بعض المستشفيات، وأحيانًا في أقسام معيّنة فقط. تأكّد من الدفع المباشر مع شركة التأمين والمستشفى كليهما قبل الموعد، وإلا فتوقّع أن تدفع أولًا ثم تطالب بالتعويض لاحقًا.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "الأقسام الدولية في المستشفيات العامة", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>تدير عدة مستشفيات عامة رائدة أقسامًا دولية أو أقسامًا لكبار الشخصيات، فيها طواقم تتحدث الإنجليزية، ونظام مواعيد، ومساعدة في أوراق التأمين. ومن أشهرها المركز الطبي الدولي في مستشفى هواشان، الذي يستقبل المرضى الأجانب منذ عام 1989؛ كما يقدّم مستشفى تشونغشان ومستشفى هوادونغ خدمات للمرضى الدوليين، ولدى هوادونغ دفع مباشر مع بعض شركات التأمين الأجنبية. وقد اختارت لجنة الصحة في شنغهاي 13 مستشفى عامًا و20 مستشفى خاصًا مواقعَ تجريبية للخدمات الطبية الدولية. الأسعار فيها أعلى من الأقسام العادية، فاطلب تقديرًا للتكلفة. وفي حالات الطوارئ، اتصل بالرقم 120.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يمكنني استخدام التأمين الطبي للمدينة في قسم دولي؟",
                                "answer": "<p>لا تفترض ذلك. فهذه الأقسام غالبًا ما تقع خارج ما يدفعه نظام المدينة. اسأل قسم الموارد البشرية والقسم الدولي في المستشفى قبل زيارتك.</p>",
                            },
                            {
                                "question": "هل أحتاج إلى موعد؟",
                                "answer": "<p>تعمل الأقسام الدولية عادةً بنظام المواعيد، فاحجز مسبقًا عبر القنوات الرسمية للمستشفى. وفي الحالات الطارئة، توجّه مباشرة إلى قسم الطوارئ أو اتصل بالرقم 120.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "شنغهاي: مدينة ترحّب بالمرضى الدوليين",
                        "url": _HEALTH_URL,
                        "publisher": "حكومة شنغهاي الشعبية البلدية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {
                    "type": "text",
                    "value": "<p>В Шанхае отличные больницы, но сколько вы заплатите, зависит от вашей страховки и от того, куда вы обратитесь. Здесь действуют две системы: государственное социальное страхование, которое оформляет работодатель, и частное коммерческое страхование, которое многие работодатели добавляют для иностранных сотрудников.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Социальное страхование через работодателя", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Работодатели в Китае обязаны включать иностранных сотрудников в систему социального страхования; в Шанхае оформлением обычно занимается отдел кадров после выдачи разрешения на работу. Взносы платите и вы, и работодатель. Медицинская часть рассчитана прежде всего на обычные отделения государственных больниц: прежде чем на неё полагаться, спросите в отделе кадров, что она покрывает, как ею пользоваться и действует ли она в международных и VIP-отделениях.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Коммерческая страховка и где она действует", "level": "h2"},
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Пока вам не понадобился врач",
                        "items": [
                            "Запросите у страховщика список больниц Шанхая с прямой оплатой.",
                            "Уточните, покрывает ли полис международные или VIP-отделения государственных больниц.",
                            "Сохраните в телефоне номер полиса и контакты страховщика для выплат.",
                            "Носите с собой паспорт или вид на жительство: больницы регистрируют пациентов по документу.",
                            "Сохраняйте подробные чеки и медицинские заключения по всем счетам, которые оплачиваете сами.",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Страховую карту принимают не везде",
                        "text": "<p>Коммерческую страховку принимают только в некоторых больницах, а иногда лишь в отдельных отделениях. До приёма подтвердите прямую оплату и у страховщика, и в больнице; иначе будьте готовы заплатить сами, а потом подать заявление на возмещение.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Международные отделения государственных больниц",
                        "level": "h2",
                    },
                },
                {
                    "type": "text",
                    "value": "<p>Ряд ведущих государственных больниц имеет международные или VIP-отделения с англоговорящим персоналом, записью на приём и помощью со страховыми документами. Одно из самых известных — Международный медицинский центр больницы Хуашань, принимающий иностранных пациентов с 1989 года; услуги для иностранцев есть также в больницах Чжуншань и Хуадун, причём Хуадун работает с некоторыми зарубежными страховщиками по прямой оплате. Комиссия здравоохранения Шанхая выбрала 13 государственных и 20 частных больниц для пилотного проекта международных медицинских услуг. Цены там выше, чем в обычных отделениях, — попросите предварительную оценку. В экстренной ситуации звоните 120.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы",
                        "items": [
                            {
                                "question": "Можно ли пользоваться городской медстраховкой в международном отделении?",
                                "answer": "<p>Не рассчитывайте на это. Такие отделения часто не входят в то, что оплачивает городская система. Перед визитом спросите в отделе кадров и в международном отделении больницы.</p>",
                            },
                            {
                                "question": "Нужна ли запись?",
                                "answer": "<p>Международные отделения обычно принимают по записи, поэтому записывайтесь заранее через официальные каналы больницы. В экстренных случаях сразу идите в отделение неотложной помощи или звоните 120.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Шанхай — город, открытый для иностранных пациентов",
                        "url": _HEALTH_URL,
                        "publisher": "Народное правительство Шанхая",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {
                    "type": "text",
                    "value": "<p>Shanghái tiene hospitales excelentes, pero lo que pagas depende de tu cobertura y de adónde acudas. Conviven dos sistemas: la seguridad social pública, que gestiona tu empresa, y el seguro privado comercial, que muchas empresas añaden para su personal extranjero.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Seguridad social a través de tu empresa", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>En China las empresas deben dar de alta a sus empleados extranjeros en la seguridad social; en Shanghái, recursos humanos suele encargarse de los trámites una vez emitido el permiso de trabajo. Las cotizaciones las pagáis tú y la empresa. La parte médica está pensada para los departamentos ordinarios de los hospitales públicos: antes de contar con ella, pregunta a recursos humanos qué cubre, cómo usarla y si sirve en los departamentos internacionales o VIP.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "El seguro privado y dónde funciona", "level": "h2"},
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Antes de necesitar un médico",
                        "items": [
                            "Pide a tu aseguradora la lista de hospitales de Shanghái con pago directo.",
                            "Comprueba si tu póliza cubre los departamentos internacionales o VIP de los hospitales públicos.",
                            "Guarda en el móvil el número de póliza y el contacto de la aseguradora para reclamaciones.",
                            "Lleva el pasaporte o el permiso de residencia: los hospitales registran a los pacientes con su documento.",
                            "Guarda los recibos detallados y los informes médicos de todo lo que pagues tú.",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Tu tarjeta del seguro no se acepta en todas partes",
                        "text": "<p>El seguro privado solo se acepta en algunos hospitales y, a veces, solo en ciertos departamentos. Confirma el pago directo con la aseguradora y con el hospital antes de la cita; si no, cuenta con pagar primero y reclamar después.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Departamentos internacionales de los hospitales públicos",
                        "level": "h2",
                    },
                },
                {
                    "type": "text",
                    "value": "<p>Varios grandes hospitales públicos tienen departamentos internacionales o VIP con personal que habla inglés, cita previa y ayuda con los trámites del seguro. El Centro Médico Internacional del Hospital Huashan, que atiende a pacientes extranjeros desde 1989, es uno de los más conocidos; el Hospital Zhongshan y el Hospital Huadong también ofrecen servicios para pacientes internacionales, y Huadong tiene pago directo con algunas aseguradoras extranjeras. La Comisión de Salud de Shanghái ha elegido 13 hospitales públicos y 20 privados como centros piloto de servicios médicos internacionales. Los precios son más altos que en los departamentos ordinarios: pide un presupuesto. En una urgencia, llama al 120.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas",
                        "items": [
                            {
                                "question": "¿Puedo usar el seguro médico de la ciudad en un departamento internacional?",
                                "answer": "<p>No lo des por hecho. Estos departamentos suelen quedar fuera de lo que paga el sistema de la ciudad. Pregunta a recursos humanos y al departamento internacional del hospital antes de ir.</p>",
                            },
                            {
                                "question": "¿Necesito cita previa?",
                                "answer": "<p>Los departamentos internacionales suelen funcionar con cita, así que resérvala con antelación por los canales oficiales del hospital. En una urgencia, ve directamente al servicio de urgencias o llama al 120.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Shanghái, una ciudad que acoge a pacientes internacionales",
                        "url": _HEALTH_URL,
                        "publisher": "Gobierno Popular Municipal de Shanghái",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {
                    "type": "text",
                    "value": "<p>Shanghai compte d'excellents hôpitaux, mais ce que vous payez dépend de votre couverture et de l'endroit où vous allez. Deux systèmes coexistent : la sécurité sociale publique, gérée par votre employeur, et l'assurance privée, que beaucoup d'employeurs ajoutent pour leurs salariés étrangers.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "La sécurité sociale par votre employeur", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>En Chine, les employeurs doivent affilier leurs salariés étrangers à la sécurité sociale ; à Shanghai, les RH s'occupent en général des formalités une fois le permis de travail délivré. Les cotisations sont partagées entre vous et l'employeur. Le volet maladie est conçu pour les services ordinaires des hôpitaux publics : avant de compter dessus, demandez aux RH ce qu'il couvre, comment l'utiliser et s'il s'applique dans les services internationaux ou VIP.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "L'assurance privée et où elle est acceptée", "level": "h2"},
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Avant d'avoir besoin d'un médecin",
                        "items": [
                            "Demandez à votre assureur la liste des hôpitaux de Shanghai pratiquant le tiers payant.",
                            "Vérifiez si votre contrat couvre les services internationaux ou VIP des hôpitaux publics.",
                            "Enregistrez dans votre téléphone le numéro de contrat et le contact de l'assureur pour les remboursements.",
                            "Ayez sur vous votre passeport ou votre permis de séjour : les hôpitaux enregistrent les patients sur pièce d'identité.",
                            "Gardez les reçus détaillés et les comptes rendus médicaux de tout ce que vous payez vous-même.",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "warning",
                        "title": "Votre carte d'assurance n'est pas acceptée partout",
                        "text": "<p>L'assurance privée n'est acceptée que dans certains hôpitaux, et parfois seulement dans certains services. Confirmez le tiers payant auprès de l'assureur et de l'hôpital avant le rendez-vous ; sinon, attendez-vous à avancer les frais et à demander le remboursement ensuite.</p>",
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Les services internationaux des hôpitaux publics",
                        "level": "h2",
                    },
                },
                {
                    "type": "text",
                    "value": "<p>Plusieurs grands hôpitaux publics ont des services internationaux ou VIP, avec un personnel anglophone, des rendez-vous et une aide pour les formalités d'assurance. Le Centre médical international de l'hôpital Huashan, qui accueille des patients étrangers depuis 1989, est l'un des plus connus ; les hôpitaux Zhongshan et Huadong proposent aussi des services aux patients internationaux, et Huadong pratique le tiers payant avec certains assureurs étrangers. La Commission de la santé de Shanghai a retenu 13 hôpitaux publics et 20 hôpitaux privés comme sites pilotes pour les services médicaux internationaux. Les tarifs y sont plus élevés que dans les services ordinaires : demandez un devis. En cas d'urgence, appelez le 120.</p>",
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Puis-je utiliser l'assurance maladie de la ville dans un service international ?",
                                "answer": "<p>Ne le supposez pas. Ces services sont souvent hors de ce que prend en charge le régime de la ville. Renseignez-vous auprès des RH et du service international de l'hôpital avant votre visite.</p>",
                            },
                            {
                                "question": "Faut-il prendre rendez-vous ?",
                                "answer": "<p>Les services internationaux fonctionnent en général sur rendez-vous : réservez à l'avance par les canaux officiels de l'hôpital. En cas d'urgence, allez directement aux urgences ou appelez le 120.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Shanghai, une ville qui accueille les patients internationaux",
                        "url": _HEALTH_URL,
                        "publisher": "Gouvernement populaire municipal de Shanghai",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)

# --------------------------------------------------------------------------
# 4. Schools
# --------------------------------------------------------------------------
_CHANGNING_URL = "https://zwgk.shcn.gov.cn/xxgk/zsrx-jyxx/2023/319/70998.html"

GUIDES.append(
    {
        "slug": "schools",
        "topic": "schools",
        "last_reviewed": "2026-11-01",
        "title": {
            "en": "Schools in Shanghai: public places and international schools",
            "zh-hans": "上海的学校：公立学校学位与国际学校",
            "ar": "المدارس في شنغهاي: المقاعد في المدارس العامة والمدارس الدولية",
            "ru": "Школы в Шанхае: государственные и международные",
            "es": "Colegios en Shanghái: plazas públicas y colegios internacionales",
            "fr": "Écoles à Shanghai : places dans le public et écoles internationales",
        },
        "intro": {
            "en": "Foreign children in Shanghai can attend local public schools, international schools or the international divisions of local schools. Places at popular schools are limited and fees vary widely, so start as soon as your move is certain.",
            "zh-hans": "在上海，外籍子女可以就读本地公立学校、国际学校或本地学校的国际部。热门学校学位有限，费用差别很大，所以一旦确定要搬来，就尽早着手。",
            "ar": "يمكن للأطفال الأجانب في شنغهاي الالتحاق بالمدارس العامة المحلية أو المدارس الدولية أو الأقسام الدولية في المدارس المحلية. المقاعد في المدارس المطلوبة محدودة والرسوم متفاوتة جدًا، فابدأ فور تأكّد انتقالك.",
            "ru": "Иностранные дети в Шанхае могут учиться в местных государственных школах, международных школах или международных отделениях местных школ. Мест в популярных школах мало, а плата сильно различается, поэтому начинайте, как только переезд решён.",
            "es": "Los niños extranjeros en Shanghái pueden ir a colegios públicos locales, a colegios internacionales o a las secciones internacionales de colegios locales. Las plazas en los más solicitados son limitadas y las tasas varían mucho: empieza en cuanto el traslado sea seguro.",
            "fr": "À Shanghai, les enfants étrangers peuvent aller à l'école publique locale, dans une école internationale ou dans la section internationale d'une école locale. Les places dans les écoles prisées sont limitées et les frais très variables : commencez dès que le départ est décidé.",
        },
        "body": {
            "en": [
                {
                    "type": "text",
                    "value": "<p>Families have three main options: a local public school, where teaching is in Chinese; an international school for children of foreign residents; or the international division of a local school. Which one suits you depends on your child's age and languages, how long you plan to stay, and what your employer's package covers.</p>",
                },
                {"type": "heading", "value": {"text": "Public school places", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Children of foreign parents who hold a Shanghai residence permit can apply to local kindergartens, primary and secondary schools. We found no official source on whether foreign children pay fees at public schools: ask the district education bureau when you apply. You apply through the education bureau of the district where you live, and your child may first be assessed in Chinese and other subjects. Documents differ by district: Changning, for example, asks for a parent's work permit, a parent's residence permit valid for at least one year, passports, the child's birth certificate and proof of address in the district, such as a registered lease. Check the current list with your district education bureau.</p>",
                },
                {"type": "heading", "value": {"text": "International schools", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Shanghai has many international schools, including Shanghai American School (campuses in Puxi and Pudong), Dulwich College Shanghai (Pudong and Puxi) and Yew Chung International School of Shanghai. Most teach mainly in English, with American, British or IB programmes. Fees are high and differ by school, grade and campus: ask each school for its current fee schedule, including application fees, deposits, bus and lunch, and ask your employer whether an education allowance is part of your package.</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "What schools usually ask for",
                        "items": [
                            "Passports of the child and parents",
                            "A parent's residence permit and work permit",
                            "School reports from recent years",
                            "The child's birth certificate, translated if needed",
                            "Vaccination record",
                            "Proof of address in Shanghai (for public schools, a registered lease or property certificate)",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Apply early",
                        "text": "<p>Well-known international schools often have waiting lists. Apply as soon as your move is certain, ask each school about deadlines, tests and interviews, and try to secure a place before you sign a lease: a long school commute wears a family out.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Does my child need to speak Chinese for a public school?",
                                "answer": "<p>Lessons are in Chinese, and schools may test your child before admission. Ask the district education bureau what language support is offered.</p>",
                            },
                            {
                                "question": "How much do international schools cost?",
                                "answer": "<p>We do not list fees: they change every year and vary by grade and campus. Ask each school for its current fee schedule and what it includes.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Enrollment policies for foreigners and overseas Chinese (Changning District)",
                        "url": _CHANGNING_URL,
                        "publisher": "Changning District Education Bureau, Shanghai",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Shanghai Municipal People's Government: English portal",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Shanghai Municipal People's Government",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "zh-hans": [
                {
                    "type": "text",
                    "value": "<p>家庭主要有三种选择：以中文授课的本地公立学校、面向外籍人员子女的国际学校，以及本地学校的国际部。哪种合适，取决于孩子的年龄和语言、你打算在上海待多久，以及雇主提供的待遇包括哪些。</p>",
                },
                {"type": "heading", "value": {"text": "公立学校学位", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>持有上海居留许可的外籍人士，其子女可以申请就读本地幼儿园、小学和中学。外籍儿童在公办学校是否收费，我们未找到官方依据：申请时请向区教育局咨询。请向居住地所在区的教育局申请，孩子可能需要先参加中文和其他科目的测试。各区要求的材料不同：例如长宁区要求提供父母一方的工作许可、父母一方一年及以上的居留许可、护照、孩子的出生证明，以及在本区的住址证明（如已登记备案的租赁合同）。请向所在区教育局核实最新清单。</p>",
                },
                {"type": "heading", "value": {"text": "国际学校", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>上海有众多国际学校，包括上海美国学校（浦西和浦东校区）、上海德威英国国际学校（浦东和浦西）以及上海耀中国际学校。大多数学校以英语为主要教学语言，开设美式、英式或IB课程。学费高昂，且因学校、年级和校区而异：请向每所学校索取最新收费标准，包括申请费、押金、校车和午餐费用，并询问雇主你的待遇中是否包含子女教育补贴。</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "学校通常要求的材料",
                        "items": [
                            "孩子和父母的护照",
                            "父母一方的居留许可和工作许可",
                            "近几年的成绩单",
                            "孩子的出生证明（必要时附翻译件）",
                            "疫苗接种记录",
                            "在上海的住址证明（公立学校需要已登记备案的租赁合同或房产证）",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "尽早申请",
                        "text": "<p>知名国际学校常常需要排队候位。一旦确定搬迁就尽快申请，向每所学校问清截止日期、入学测试和面试安排，并尽量在签租房合同之前落实学位：上学路途太远，全家都会疲惫不堪。</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "常见问题",
                        "items": [
                            {
                                "question": "孩子上公立学校需要会说中文吗？",
                                "answer": "<p>公立学校用中文授课，入学前学校可能会对孩子进行测试。请向区教育局询问有哪些语言方面的支持。</p>",
                            },
                            {
                                "question": "国际学校要花多少钱？",
                                "answer": "<p>我们不列出学费：学费每年都会调整，并因年级和校区而异。请向每所学校索取最新收费标准，并问清其中包含哪些项目。</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "外籍人员及华侨子女入学政策（长宁区）",
                        "url": _CHANGNING_URL,
                        "publisher": "上海市长宁区教育局",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "上海市人民政府英文门户网站",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "上海市人民政府",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ar": [
                {
                    "type": "text",
                    "value": "<p>أمام العائلات ثلاثة خيارات رئيسية: مدرسة عامة محلية يكون التدريس فيها بالصينية، أو مدرسة دولية لأبناء المقيمين الأجانب، أو القسم الدولي في مدرسة محلية. يتوقف الخيار المناسب على عمر طفلك واللغات التي يتقنها، والمدة التي تنوي البقاء فيها، وما تشمله حزمة صاحب العمل.</p>",
                },
                {"type": "heading", "value": {"text": "المقاعد في المدارس العامة", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>يمكن لأبناء الآباء الأجانب الحاملين لتصريح إقامة في شنغهاي التقدّم إلى رياض الأطفال والمدارس الابتدائية والثانوية المحلية. لم نجد مصدرًا رسميًا يبيّن هل يدفع الأطفال الأجانب رسومًا في المدارس العامة: اسأل مكتب التعليم في المنطقة عند التقديم. يُقدَّم الطلب إلى مكتب التعليم في الحي الذي تسكنه، وقد يخضع طفلك أولًا لاختبار في اللغة الصينية ومواد أخرى. تختلف الوثائق المطلوبة من حي إلى آخر: فحي تشانغنينغ مثلًا يطلب تصريح عمل أحد الوالدين، وتصريح إقامة لأحدهما صالحًا لسنة على الأقل، وجوازات السفر، وشهادة ميلاد الطفل، وإثبات السكن في الحي مثل عقد إيجار مسجّل. تحقّق من القائمة الحالية لدى مكتب التعليم في حيّك.</p>",
                },
                {"type": "heading", "value": {"text": "المدارس الدولية", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>في شنغهاي مدارس دولية كثيرة، منها مدرسة شنغهاي الأمريكية (بحرمَين في بوشي وبودونغ)، وكلية دولويتش شنغهاي (بودونغ وبوشي)، ومدرسة يو تشونغ الدولية في شنغهاي. يدرّس معظمها بالإنجليزية أساسًا، وفق مناهج أمريكية أو بريطانية أو مناهج البكالوريا الدولية. الرسوم مرتفعة وتختلف باختلاف المدرسة والصف والحرم: اطلب من كل مدرسة جدول رسومها الحالي، بما في ذلك رسوم التقديم والتأمينات والحافلة والغداء، واسأل صاحب العمل عمّا إذا كانت حزمتك تتضمن بدلًا للتعليم.</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "ما تطلبه المدارس عادةً",
                        "items": [
                            "جوازات سفر الطفل والوالدين",
                            "تصريح الإقامة وتصريح العمل لأحد الوالدين",
                            "الشهادات المدرسية للسنوات الأخيرة",
                            "شهادة ميلاد الطفل، مترجمة عند الحاجة",
                            "سجل التطعيمات",
                            "إثبات السكن في شنغهاي (للمدارس العامة: عقد إيجار مسجّل أو سند ملكية)",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "قدّم طلبك مبكرًا",
                        "text": "<p>كثيرًا ما تكون لدى المدارس الدولية المعروفة قوائم انتظار. قدّم طلبك فور تأكّد انتقالك، واسأل كل مدرسة عن المواعيد النهائية والاختبارات والمقابلات، وحاول ضمان مقعد قبل توقيع عقد الإيجار: فالطريق الطويلة إلى المدرسة ترهق العائلة كلها.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "هل يحتاج طفلي إلى التحدث بالصينية للالتحاق بمدرسة عامة؟",
                                "answer": "<p>الدروس بالصينية، وقد تختبر المدرسة طفلك قبل القبول. اسأل مكتب التعليم في الحي عن الدعم اللغوي المتاح.</p>",
                            },
                            {
                                "question": "كم تكلّف المدارس الدولية؟",
                                "answer": "<p>لا ننشر الرسوم: فهي تتغيّر كل عام وتختلف بحسب الصف والحرم. اطلب من كل مدرسة جدول رسومها الحالي وما يشمله.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "سياسات التسجيل للأجانب والصينيين المغتربين (حي تشانغنينغ)",
                        "url": _CHANGNING_URL,
                        "publisher": "مكتب التعليم في حي تشانغنينغ، شنغهاي",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "البوابة الإنجليزية لحكومة شنغهاي الشعبية البلدية",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "حكومة شنغهاي الشعبية البلدية",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "ru": [
                {
                    "type": "text",
                    "value": "<p>У семей три основных варианта: местная государственная школа с обучением на китайском, международная школа для детей иностранцев или международное отделение местной школы. Выбор зависит от возраста ребёнка и языков, которыми он владеет, от того, надолго ли вы приехали, и от того, что входит в пакет работодателя.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Места в государственных школах", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Дети иностранцев, у которых есть вид на жительство в Шанхае, могут поступать в местные детские сады, начальные и средние школы. Официального источника о том, платят ли иностранные дети за обучение в государственных школах, мы не нашли: уточните в районном управлении образования при подаче заявления. Заявление подают в управление образования района, где вы живёте; ребёнка могут сначала протестировать по китайскому языку и другим предметам. Документы в разных районах различаются: в районе Чаннин, например, требуют разрешение на работу одного из родителей, вид на жительство одного из родителей сроком не менее года, паспорта, свидетельство о рождении ребёнка и подтверждение адреса в районе, например зарегистрированный договор аренды. Актуальный список уточняйте в районном управлении образования.</p>",
                },
                {"type": "heading", "value": {"text": "Международные школы", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>В Шанхае много международных школ, среди них Shanghai American School (кампусы в Пуси и Пудуне), Dulwich College Shanghai (Пудун и Пуси) и Yew Chung International School of Shanghai. Большинство преподаёт в основном на английском по американским, британским программам или программам IB. Плата высокая и зависит от школы, класса и кампуса: запросите в каждой школе действующий прейскурант, включая вступительный взнос, депозит, автобус и обеды, и спросите работодателя, входит ли в ваш пакет компенсация расходов на обучение.</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Что обычно просят школы",
                        "items": [
                            "Паспорта ребёнка и родителей",
                            "Вид на жительство и разрешение на работу одного из родителей",
                            "Табели успеваемости за последние годы",
                            "Свидетельство о рождении ребёнка, при необходимости с переводом",
                            "Сведения о прививках",
                            "Подтверждение адреса в Шанхае (для государственных школ — зарегистрированный договор аренды или свидетельство о собственности)",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Подавайте заявление заранее",
                        "text": "<p>В известных международных школах часто есть листы ожидания. Подавайте заявление, как только переезд решён, узнайте в каждой школе сроки, экзамены и собеседования и постарайтесь получить место до подписания договора аренды: долгая дорога в школу выматывает всю семью.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Вопросы",
                        "items": [
                            {
                                "question": "Должен ли ребёнок говорить по-китайски, чтобы учиться в государственной школе?",
                                "answer": "<p>Уроки идут на китайском, и школа может протестировать ребёнка перед зачислением. Спросите в районном управлении образования, какая языковая поддержка предлагается.</p>",
                            },
                            {
                                "question": "Сколько стоят международные школы?",
                                "answer": "<p>Мы не публикуем цены: они меняются каждый год и зависят от класса и кампуса. Запросите в каждой школе действующий прейскурант и узнайте, что в него входит.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Правила зачисления иностранцев и зарубежных китайцев (район Чаннин)",
                        "url": _CHANGNING_URL,
                        "publisher": "Управление образования района Чаннин, Шанхай",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Англоязычный портал Народного правительства Шанхая",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Народное правительство Шанхая",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "es": [
                {
                    "type": "text",
                    "value": "<p>Las familias tienen tres opciones principales: un colegio público local, donde se enseña en chino; un colegio internacional para hijos de residentes extranjeros; o la sección internacional de un colegio local. La adecuada depende de la edad y los idiomas de tu hijo, del tiempo que pienses quedarte y de lo que cubra el paquete de tu empresa.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Plazas en colegios públicos", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Los hijos de padres extranjeros con permiso de residencia en Shanghái pueden solicitar plaza en escuelas infantiles y en colegios de primaria y secundaria locales. No hemos encontrado ninguna fuente oficial sobre si los niños extranjeros pagan tasas en los colegios públicos: pregunte a la oficina de educación del distrito al presentar la solicitud. La solicitud se presenta en la oficina de educación del distrito donde vives, y es posible que tu hijo haga antes una prueba de chino y de otras materias. Los documentos varían según el distrito: Changning, por ejemplo, pide el permiso de trabajo de uno de los padres, el permiso de residencia de uno de ellos con validez de al menos un año, los pasaportes, el certificado de nacimiento del niño y un justificante de domicilio en el distrito, como un contrato de alquiler registrado. Confirma la lista vigente con la oficina de educación de tu distrito.</p>",
                },
                {"type": "heading", "value": {"text": "Colegios internacionales", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Shanghái tiene muchos colegios internacionales, entre ellos Shanghai American School (campus en Puxi y Pudong), Dulwich College Shanghai (Pudong y Puxi) y Yew Chung International School of Shanghai. La mayoría enseña principalmente en inglés, con programas estadounidenses, británicos o del Bachillerato Internacional. Las tasas son altas y varían según el colegio, el curso y el campus: pide a cada colegio su tarifa vigente, con la tasa de solicitud, el depósito, el autobús y el comedor, y pregunta a tu empresa si tu paquete incluye una ayuda para la educación.</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Lo que suelen pedir los colegios",
                        "items": [
                            "Pasaportes del niño y de los padres",
                            "Permiso de residencia y permiso de trabajo de uno de los padres",
                            "Boletines de notas de los últimos cursos",
                            "Certificado de nacimiento del niño, traducido si hace falta",
                            "Cartilla de vacunación",
                            "Justificante de domicilio en Shanghái (para colegios públicos, un contrato de alquiler registrado o un título de propiedad)",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Solicita plaza pronto",
                        "text": "<p>Los colegios internacionales más conocidos suelen tener listas de espera. Presenta la solicitud en cuanto el traslado sea seguro, pregunta a cada colegio por plazos, pruebas y entrevistas, e intenta asegurar la plaza antes de firmar el alquiler: un trayecto largo al colegio agota a toda la familia.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Preguntas",
                        "items": [
                            {
                                "question": "¿Mi hijo necesita hablar chino para ir a un colegio público?",
                                "answer": "<p>Las clases son en chino y el colegio puede evaluar a tu hijo antes de admitirlo. Pregunta a la oficina de educación del distrito qué apoyo lingüístico ofrecen.</p>",
                            },
                            {
                                "question": "¿Cuánto cuestan los colegios internacionales?",
                                "answer": "<p>No publicamos tasas: cambian cada año y varían según el curso y el campus. Pide a cada colegio su tarifa vigente y qué incluye.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Políticas de matriculación para extranjeros y chinos de ultramar (distrito de Changning)",
                        "url": _CHANGNING_URL,
                        "publisher": "Oficina de Educación del distrito de Changning, Shanghái",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Portal en inglés del Gobierno Popular Municipal de Shanghái",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Gobierno Popular Municipal de Shanghái",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
            "fr": [
                {
                    "type": "text",
                    "value": "<p>Les familles ont trois options principales : une école publique locale, où l'enseignement se fait en chinois ; une école internationale pour les enfants de résidents étrangers ; ou la section internationale d'une école locale. Le bon choix dépend de l'âge et des langues de votre enfant, de la durée prévue de votre séjour et de ce que prévoit le contrat de votre employeur.</p>",
                },
                {
                    "type": "heading",
                    "value": {"text": "Les places dans l'enseignement public", "level": "h2"},
                },
                {
                    "type": "text",
                    "value": "<p>Les enfants de parents étrangers titulaires d'un permis de séjour à Shanghai peuvent s'inscrire dans les écoles maternelles, primaires et secondaires locales. Nous n'avons trouvé aucune source officielle indiquant si les enfants étrangers paient des frais dans les écoles publiques : renseignez-vous auprès du bureau de l'éducation du district lors de la demande. La demande se fait auprès du bureau de l'éducation du district où vous habitez, et votre enfant peut d'abord passer un test de chinois et d'autres matières. Les pièces demandées varient selon le district : Changning, par exemple, exige le permis de travail d'un parent, le permis de séjour d'un parent valable au moins un an, les passeports, l'acte de naissance de l'enfant et un justificatif de domicile dans le district, comme un bail enregistré. Vérifiez la liste en vigueur auprès du bureau de l'éducation de votre district.</p>",
                },
                {"type": "heading", "value": {"text": "Les écoles internationales", "level": "h2"}},
                {
                    "type": "text",
                    "value": "<p>Shanghai compte de nombreuses écoles internationales, dont Shanghai American School (campus à Puxi et à Pudong), Dulwich College Shanghai (Pudong et Puxi) et Yew Chung International School of Shanghai. La plupart enseignent surtout en anglais, selon des programmes américains, britanniques ou du Baccalauréat international. Les frais sont élevés et varient selon l'école, la classe et le campus : demandez à chaque école sa grille tarifaire en vigueur, frais de dossier, caution, bus et cantine compris, et demandez à votre employeur si votre contrat prévoit une aide à la scolarité.</p>",
                },
                {
                    "type": "checklist",
                    "value": {
                        "title": "Ce que les écoles demandent en général",
                        "items": [
                            "Passeports de l'enfant et des parents",
                            "Permis de séjour et permis de travail d'un parent",
                            "Bulletins scolaires des dernières années",
                            "Acte de naissance de l'enfant, traduit si nécessaire",
                            "Carnet de vaccination",
                            "Justificatif de domicile à Shanghai (pour le public, un bail enregistré ou un titre de propriété)",
                        ],
                    },
                },
                {
                    "type": "callout",
                    "value": {
                        "kind": "tip",
                        "title": "Postulez tôt",
                        "text": "<p>Les écoles internationales réputées ont souvent des listes d'attente. Déposez votre dossier dès que le départ est décidé, renseignez-vous auprès de chaque école sur les dates limites, tests et entretiens, et tâchez d'obtenir une place avant de signer un bail : un long trajet jusqu'à l'école épuise toute la famille.</p>",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "title": "Questions",
                        "items": [
                            {
                                "question": "Mon enfant doit-il parler chinois pour aller à l'école publique ?",
                                "answer": "<p>Les cours sont en chinois, et l'école peut évaluer votre enfant avant l'admission. Demandez au bureau de l'éducation du district quel soutien linguistique est proposé.</p>",
                            },
                            {
                                "question": "Combien coûtent les écoles internationales ?",
                                "answer": "<p>Nous ne publions pas de tarifs : ils changent chaque année et varient selon la classe et le campus. Demandez à chaque école sa grille en vigueur et ce qu'elle comprend.</p>",
                            },
                        ],
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Politique d'inscription des étrangers et des Chinois d'outre-mer (district de Changning)",
                        "url": _CHANGNING_URL,
                        "publisher": "Bureau de l'éducation du district de Changning, Shanghai",
                        "verified_on": "2026-11-01",
                    },
                },
                {
                    "type": "source",
                    "value": {
                        "title": "Portail en anglais du gouvernement populaire municipal de Shanghai",
                        "url": "https://english.shanghai.gov.cn/",
                        "publisher": "Gouvernement populaire municipal de Shanghai",
                        "verified_on": "2026-11-01",
                    },
                },
            ],
        },
    }
)
