"""The privacy policy shown to every user and agreed to at sign-up.

Plain-language text written for the Personal Information Protection Law of the
PRC (PIPL, 2021) and the GDPR (Regulation (EU) 2016/679). Raise ``version`` and
``effective_date`` whenever the meaning changes: a new version asks every user
to agree again at their next sign-in.
"""


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _text(html):
    return {"type": "text", "value": html}


def _callout(kind, title, html):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def _faq(title, items):
    return {
        "type": "faq",
        "value": {
            "title": title,
            "items": [{"question": q, "answer": a} for q, a in items],
        },
    }


PRIVACY_POLICY = {
    "slug": "privacy",
    "version": 1,
    "effective_date": "2026-11-22",
    "title": {
        "en": "Privacy policy",
        "zh-hans": "隐私政策",
        "ar": "سياسة الخصوصية",
        "ru": "Политика конфиденциальности",
        "es": "Política de privacidad",
        "fr": "Politique de confidentialité",
    },
    "intro": {
        "en": (
            "What personal information Talent Portal collects, why, who sees it, "
            "how long we keep it, and how you can download, correct or delete it."
        ),
        "zh-hans": "Talent Portal 收集哪些个人信息、为何收集、谁能看到、保存多久，以及您如何下载、更正或删除这些信息。",
        "ar": (
            "ما المعلومات الشخصية التي يجمعها Talent Portal، ولماذا، ومن يطّلع عليها، "
            "وكم من الوقت نحتفظ بها، وكيف يمكنك تنزيلها أو تصحيحها أو حذفها."
        ),
        "ru": (
            "Какие персональные данные собирает Talent Portal, зачем, кто их видит, "
            "сколько мы их храним и как вы можете их скачать, исправить или удалить."
        ),
        "es": (
            "Qué datos personales recoge Talent Portal, para qué, quién los ve, "
            "cuánto tiempo los conservamos y cómo puede descargarlos, corregirlos o eliminarlos."
        ),
        "fr": (
            "Quelles données personnelles Talent Portal collecte, pourquoi, qui les voit, "
            "combien de temps nous les conservons et comment les télécharger, les corriger "
            "ou les supprimer."
        ),
    },
    "body": {},
}

PRIVACY_POLICY["body"]["en"] = [
    _text(
        "<p>This policy explains how Talent Portal handles your personal information when "
        "you create an account, keep a profile and CV, register an organisation or apply to an "
        "opening. It follows the Personal Information Protection Law of the People's Republic "
        "of China (PIPL, 2021) and the EU General Data Protection Regulation (GDPR, Regulation "
        "(EU) 2016/679). To ask a question or use your rights, write to us from your "
        "account's <b>Your data</b> page.</p>"
    ),
    _heading("What we collect"),
    _text(
        "<ul>"
        "<li><b>Your account:</b> your e-mail address, name and preferred language, and "
        "records of your sign-ins (when, from which IP address, and with which browser and "
        "device).</li>"
        "<li><b>Your profile:</b> nationality, country of residence, date of birth (optional), "
        "education, work experience, languages, areas of expertise, the cities you want to "
        "work in, your visa situation, your CV and, if you add one, a photo.</li>"
        "<li><b>Organisations:</b> for universities and companies registered by their HR "
        "teams, the organisation's details and the names, e-mail addresses and roles of its "
        "members.</li>"
        "<li><b>Applications</b>, once applying opens on the portal: what you send to an "
        "organisation, that is your message, your profile and a copy of your CV as they were "
        "when you applied.</li>"
        "</ul>"
    ),
    _heading("Why we use it and on what legal basis"),
    _text(
        "<p>We use your information only to provide the service you ask for: a secure "
        "account, your profile, applications to the organisations you choose, and tools for "
        "HR teams. We do not sell it or use it for advertising.</p>"
        "<p>The legal basis is your consent, which you give when you create your account "
        "(Article 13(1) PIPL; Article 6(1)(a) GDPR), and, under the GDPR, the need to "
        "provide the service you have requested (Article 6(1)(b) GDPR). You can withdraw "
        "your consent at any time; this does not affect what was done before.</p>"
    ),
    _heading("Who sees your information"),
    _text(
        "<ul>"
        "<li><b>You</b> see everything in your account and profile and can change it.</li>"
        "<li><b>Organisations</b> see your profile and CV only when you apply to them, and "
        "only the organisation you applied to sees them. Employers cannot search or browse "
        "profiles.</li>"
        "<li><b>City staff</b> who run the portal in Beijing, Shanghai and Shenzhen see the "
        "details of organisations so that they can verify them.</li>"
        "<li><b>No one else</b>, unless the law requires us to disclose information.</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "Your CV is never public",
        "<p>CVs and photos are kept in private storage, never at a public web address. We "
        "serve a file only to you and to the organisations you have applied to, and we check "
        "who is asking each time.</p>",
    ),
    _heading("Where your data is stored and transfers abroad"),
    _text(
        "<p>The operator of Talent Portal decides where the service and its data are hosted. "
        "Under the PIPL, personal information may leave China only with your separate "
        "consent and legal safeguards, such as a security assessment or a standard contract "
        "(Articles 38 and 39 PIPL). Before any transfer of your information abroad, we will tell you who will receive it, for what purpose and how "
        "you can use your rights with them, and we will ask for your separate consent. If "
        "you say no, the transfer does not happen.</p>"
    ),
    _heading("How long we keep it"),
    _text(
        "<ul>"
        "<li><b>Account and profile</b>, including sign-in records, your CV and your photo: "
        "until you delete your account.</li>"
        "<li><b>Applications</b> and the copies of your CV sent with them: deleted or "
        "anonymised 12 months after the opening closes.</li>"
        "</ul>"
    ),
    _heading("Your rights"),
    _text(
        "<p>Under the PIPL and the GDPR you can:</p>"
        "<ul>"
        "<li><b>See your information and get a copy:</b> “Download my data” on the Your data "
        "page gives you a zip file with your information as JSON and the files you "
        "uploaded.</li>"
        "<li><b>Correct it:</b> edit your profile at any time.</li>"
        "<li><b>Delete it:</b> “Delete my account” on the Your data page deletes your account, "
        "profile, CV and photo.</li>"
        "<li><b>Withdraw your consent:</b> delete your account, or write to us from the Your "
        "data page.</li>"
        "<li><b>Complain to the authority:</b> in China, the Cyberspace Administration of "
        "China (CAC); in the EU, the data-protection authority of your country.</li>"
        "</ul>"
    ),
    _heading("Security"),
    _text(
        "<p>You can protect your account with two-factor authentication, which we "
        "recommend. Rate limits slow down repeated attempts to guess passwords, and every "
        "connection to the site is encrypted in transit (HTTPS).</p>"
    ),
    _heading("Cookies"),
    _text(
        "<p>We use only the cookies the site needs to work: a session cookie that keeps you "
        "signed in and a CSRF cookie that protects forms against forgery. There are no "
        "analytics or advertising cookies, and our pages load nothing from third-party "
        "hosts.</p>"
    ),
    _heading("Changes to this policy"),
    _text(
        "<p>The version and effective date of this policy are shown at the top of this page. "
        "When we publish a new version, we will ask you to read it and agree again at your "
        "next sign-in.</p>"
    ),
    _faq(
        "Common questions",
        [
            (
                "Can an employer find my profile if I have not applied?",
                "<p>No. An organisation sees your profile and CV only after you apply to it.</p>",
            ),
            (
                "Do I have to give my date of birth or a photo?",
                "<p>No. Both are optional, and you can remove them at any time by editing your "
                "profile.</p>",
            ),
        ],
    ),
]

PRIVACY_POLICY["body"]["zh-hans"] = [
    _text(
        "<p>本政策说明当您创建账户、维护个人资料和简历、注册机构或申请职位时，Talent Portal "
        "如何处理您的个人信息。本政策依据《中华人民共和国个人信息保护法》（PIPL，2021 年）"
        "和欧盟《通用数据保护条例》（GDPR，条例 (EU) 2016/679）制定。如有疑问或需要行使您的"
        "权利，请在账户的<b>“您的数据”</b>页面给我们留言。</p>"
    ),
    _heading("我们收集哪些信息"),
    _text(
        "<ul>"
        "<li><b>账户：</b>您的电子邮箱地址、姓名和首选语言，以及登录记录（登录时间、IP 地址、"
        "所用的浏览器和设备）。</li>"
        "<li><b>个人资料：</b>国籍、居住国、出生日期（选填）、教育背景、工作经历、语言能力、"
        "专业领域、您希望工作的城市、签证情况、简历，以及您自愿上传的照片。</li>"
        "<li><b>机构：</b>由人力资源团队注册的高校和企业的机构信息，以及机构成员的姓名、"
        "电子邮箱地址和角色。</li>"
        "<li><b>申请</b>（门户开放申请功能后）：您发送给机构的内容，即您的留言、个人资料，"
        "以及提交申请时简历的副本。</li>"
        "</ul>"
    ),
    _heading("我们为何使用这些信息，法律依据是什么"),
    _text(
        "<p>我们只将您的信息用于提供您所要求的服务：安全的账户、您的个人资料、向您选择的机构"
        "提交申请，以及供人力资源团队使用的工具。我们不会出售您的信息，也不会将其用于广告。</p>"
        "<p>法律依据是您在创建账户时作出的同意（《个人信息保护法》第十三条第一款第（一）项；"
        "GDPR 第 6(1)(a) 条），以及根据 GDPR，为提供您所请求的服务所必需（GDPR 第 6(1)(b) 条）。"
        "您可以随时撤回同意，撤回不影响此前已进行的处理。</p>"
    ),
    _heading("谁能看到您的信息"),
    _text(
        "<ul>"
        "<li><b>您本人</b>可以查看并修改账户和个人资料中的全部内容。</li>"
        "<li><b>机构</b>只有在您向其提交申请后才能看到您的个人资料和简历，而且只有您申请的"
        "那家机构能看到。雇主无法搜索或浏览个人资料。</li>"
        "<li>在北京、上海和深圳运营本门户的<b>城市工作人员</b>可以查看机构信息，以便对机构"
        "进行核实。</li>"
        "<li><b>除此之外，任何人都看不到</b>，除非法律要求我们披露。</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "您的简历绝不公开",
        "<p>简历和照片保存在私有存储中，绝不会放在公开的网址上。我们只向您本人和您申请过的"
        "机构提供这些文件，并且每次都会核实请求者的身份。</p>",
    ),
    _heading("数据存储地点与跨境传输"),
    _text(
        "<p>Talent Portal 的运营方决定服务及其数据的托管地点。根据《个人信息保护法》，向境外"
        "提供个人信息须取得您的单独同意，并具备安全评估或标准合同等法定保障措施（《个人信息"
        "保护法》第三十八条、第三十九条）。在将您的信息传输至境外之前，我们会告知您接收方是谁、"
        "用于什么目的以及您如何向其行使权利，并征求您的单独同意。如果您不同意，就不会进行"
        "传输。</p>"
    ),
    _heading("我们保存多久"),
    _text(
        "<ul>"
        "<li><b>账户和个人资料</b>（包括登录记录、简历和照片）：保存至您删除账户为止。</li>"
        "<li><b>申请</b>及随申请发送的简历副本：在职位截止 12 个月后删除或匿名化处理。</li>"
        "</ul>"
    ),
    _heading("您的权利"),
    _text(
        "<p>根据《个人信息保护法》和 GDPR，您可以：</p>"
        "<ul>"
        "<li><b>查阅信息并获取副本：</b>在“您的数据”页面点击“下载我的数据”，即可获得一个 "
        "zip 文件，其中包含 JSON 格式的信息和您上传的文件。</li>"
        "<li><b>更正：</b>随时编辑您的个人资料。</li>"
        "<li><b>删除：</b>在“您的数据”页面点击“删除我的账户”，即可删除您的账户、个人资料、"
        "简历和照片。</li>"
        "<li><b>撤回同意：</b>删除账户，或在“您的数据”页面给我们留言。</li>"
        "<li><b>向主管部门投诉：</b>在中国，可向国家互联网信息办公室（网信办）投诉；在欧盟，"
        "可向您所在国家的数据保护机构投诉。</li>"
        "</ul>"
    ),
    _heading("安全"),
    _text(
        "<p>您可以开启双重身份验证来保护账户，我们建议您这样做。访问频率限制会减缓反复猜测"
        "密码的尝试，网站的所有连接在传输过程中均经过加密（HTTPS）。</p>"
    ),
    _heading("Cookie"),
    _text(
        "<p>我们只使用网站正常运行所必需的 Cookie：一个让您保持登录状态的会话 Cookie，以及"
        "一个保护表单免遭伪造请求的 CSRF Cookie。我们不使用任何分析或广告 Cookie，页面也不会"
        "从第三方服务器加载任何内容。</p>"
    ),
    _heading("本政策的变更"),
    _text(
        "<p>本政策的版本号和生效日期显示在本页顶部。我们发布新版本后，会在您下次登录时请您"
        "阅读并再次同意。</p>"
    ),
    _faq(
        "常见问题",
        [
            (
                "如果我没有申请，雇主能找到我的个人资料吗？",
                "<p>不能。机构只有在您向其提交申请后，才能看到您的个人资料和简历。</p>",
            ),
            (
                "我必须填写出生日期或上传照片吗？",
                "<p>不必。两者都是选填项，您可以随时通过编辑个人资料将其删除。</p>",
            ),
        ],
    ),
]

PRIVACY_POLICY["body"]["ar"] = [
    _text(
        "<p>توضّح هذه السياسة كيف يتعامل Talent Portal مع معلوماتك الشخصية عندما تنشئ حسابًا، "
        "أو تحتفظ بملف شخصي وسيرة ذاتية، أو تسجّل مؤسسة، أو تتقدّم إلى وظيفة شاغرة. وهي تتّبع "
        "قانون حماية المعلومات الشخصية لجمهورية الصين الشعبية (PIPL، 2021) واللائحة العامة "
        "لحماية البيانات في الاتحاد الأوروبي (GDPR، اللائحة (EU) 2016/679). لطرح سؤال أو "
        "لممارسة حقوقك، راسلنا من صفحة <b>«بياناتك»</b> في حسابك.</p>"
    ),
    _heading("ما الذي نجمعه"),
    _text(
        "<ul>"
        "<li><b>حسابك:</b> عنوان بريدك الإلكتروني واسمك ولغتك المفضّلة، وسجلات تسجيل دخولك "
        "(الوقت، وعنوان IP، والمتصفّح والجهاز المستخدَمان).</li>"
        "<li><b>ملفك الشخصي:</b> الجنسية، وبلد الإقامة، وتاريخ الميلاد (اختياري)، والتعليم، "
        "والخبرة المهنية، واللغات، ومجالات التخصّص، والمدن التي تريد العمل فيها، ووضع "
        "تأشيرتك، وسيرتك الذاتية، وصورتك إن أضفتها.</li>"
        "<li><b>المؤسسات:</b> بيانات الجامعات والشركات التي تسجّلها فرق الموارد البشرية فيها، "
        "وأسماء أعضائها وعناوين بريدهم الإلكتروني وأدوارهم.</li>"
        "<li><b>الطلبات</b>، بعد إتاحة التقديم على البوابة: ما ترسله إلى مؤسسة ما، أي رسالتك "
        "وملفك الشخصي ونسخة من سيرتك الذاتية كما كانت عند التقديم.</li>"
        "</ul>"
    ),
    _heading("لماذا نستخدمها وعلى أي أساس قانوني"),
    _text(
        "<p>لا نستخدم معلوماتك إلا لتقديم الخدمة التي تطلبها: حساب آمن، وملفك الشخصي، وطلبات "
        "التقديم إلى المؤسسات التي تختارها، وأدوات لفرق الموارد البشرية. لا نبيع معلوماتك ولا "
        "نستخدمها للإعلانات.</p>"
        "<p>الأساس القانوني هو موافقتك التي تمنحها عند إنشاء حسابك (المادة 13(1) من قانون حماية "
        "المعلومات الشخصية؛ المادة 6(1)(a) من اللائحة العامة لحماية البيانات)، وكذلك، بموجب "
        "اللائحة العامة لحماية البيانات، ضرورة تقديم الخدمة التي طلبتها (المادة 6(1)(b)). "
        "يمكنك سحب موافقتك في أي وقت، ولا يؤثّر ذلك فيما تمّ قبل سحبها.</p>"
    ),
    _heading("من يطّلع على معلوماتك"),
    _text(
        "<ul>"
        "<li><b>أنت</b> ترى كل ما في حسابك وملفك الشخصي ويمكنك تعديله.</li>"
        "<li><b>المؤسسات</b> لا ترى ملفك الشخصي وسيرتك الذاتية إلا عندما تتقدّم إليها، ولا "
        "يطّلع عليهما سوى المؤسسة التي تقدّمت إليها. ولا يستطيع أصحاب العمل البحث في الملفات "
        "الشخصية أو تصفّحها.</li>"
        "<li><b>موظفو المدن</b> الذين يديرون البوابة في بكين وشنغهاي وشنتشن يطّلعون على بيانات "
        "المؤسسات للتحقّق منها.</li>"
        "<li><b>ولا أحد غيرهم</b>، إلا إذا ألزمنا القانون بالإفصاح عن معلومات.</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "سيرتك الذاتية ليست علنية أبدًا",
        "<p>تُحفظ السير الذاتية والصور في مساحة تخزين خاصة، ولا توضع أبدًا على عنوان ويب عام. "
        "لا نقدّم الملف إلا لك وللمؤسسات التي تقدّمت إليها، ونتحقّق في كل مرة من هوية من "
        "يطلبه.</p>",
    ),
    _heading("مكان تخزين بياناتك ونقلها إلى الخارج"),
    _text(
        "<p>يحدّد مشغّل Talent Portal مكان استضافة الخدمة وبياناتها. وبموجب قانون حماية "
        "المعلومات الشخصية، لا يجوز نقل المعلومات الشخصية إلى خارج الصين إلا بموافقتك المنفصلة "
        "ومع ضمانات قانونية، مثل تقييم أمني أو عقد نموذجي (المادتان 38 و39 من قانون حماية "
        "المعلومات الشخصية). وقبل أي نقل لمعلوماتك إلى الخارج، سنخبرك بالجهة التي ستتلقّاها "
        "والغرض من ذلك وكيف يمكنك ممارسة حقوقك تجاهها، وسنطلب موافقتك المنفصلة. وإذا رفضت، "
        "فلن يتمّ النقل.</p>"
    ),
    _heading("مدة الاحتفاظ بها"),
    _text(
        "<ul>"
        "<li><b>الحساب والملف الشخصي</b>، بما في ذلك سجلات تسجيل الدخول وسيرتك الذاتية "
        "وصورتك: إلى أن تحذف حسابك.</li>"
        "<li><b>الطلبات</b> ونسخ سيرتك الذاتية المرسلة معها: تُحذف أو تُجعل مجهولة الهوية بعد "
        "12 شهرًا من إغلاق الوظيفة الشاغرة.</li>"
        "</ul>"
    ),
    _heading("حقوقك"),
    _text(
        "<p>بموجب قانون حماية المعلومات الشخصية واللائحة العامة لحماية البيانات، يمكنك:</p>"
        "<ul>"
        "<li><b>الاطلاع على معلوماتك والحصول على نسخة منها:</b> يمنحك زر «تنزيل بياناتي» في "
        "صفحة «بياناتك» ملفًا مضغوطًا (zip) يتضمّن معلوماتك بصيغة JSON والملفات التي "
        "رفعتها.</li>"
        "<li><b>تصحيحها:</b> عدّل ملفك الشخصي في أي وقت.</li>"
        "<li><b>حذفها:</b> يحذف زر «حذف حسابي» في صفحة «بياناتك» حسابك وملفك الشخصي وسيرتك "
        "الذاتية وصورتك.</li>"
        "<li><b>سحب موافقتك:</b> احذف حسابك، أو راسلنا من صفحة «بياناتك».</li>"
        "<li><b>تقديم شكوى إلى الجهة المختصة:</b> في الصين، إلى إدارة الفضاء الإلكتروني "
        "الصينية (CAC)؛ وفي الاتحاد الأوروبي، إلى هيئة حماية البيانات في بلدك.</li>"
        "</ul>"
    ),
    _heading("الأمان"),
    _text(
        "<p>يمكنك حماية حسابك بالمصادقة الثنائية، وننصحك بتفعيلها. وتُبطئ حدود معدّل الطلبات "
        "المحاولات المتكرّرة لتخمين كلمات المرور، وكل اتصال بالموقع مشفّر أثناء النقل "
        "(HTTPS).</p>"
    ),
    _heading("ملفات تعريف الارتباط"),
    _text(
        "<p>لا نستخدم إلا ملفات تعريف الارتباط التي يحتاجها الموقع ليعمل: ملف جلسة يُبقيك "
        "مسجّلًا للدخول، وملف CSRF يحمي النماذج من التزوير. لا توجد ملفات تعريف ارتباط "
        "للتحليلات أو الإعلانات، ولا تحمّل صفحاتنا أي شيء من خوادم جهات خارجية.</p>"
    ),
    _heading("التغييرات على هذه السياسة"),
    _text(
        "<p>يظهر رقم إصدار هذه السياسة وتاريخ سريانها في أعلى هذه الصفحة. وعندما ننشر إصدارًا "
        "جديدًا، سنطلب منك قراءته والموافقة عليه مجددًا عند تسجيل دخولك التالي.</p>"
    ),
    _faq(
        "أسئلة شائعة",
        [
            (
                "هل يمكن لصاحب عمل العثور على ملفي الشخصي إذا لم أتقدّم إليه؟",
                "<p>لا. لا ترى المؤسسة ملفك الشخصي وسيرتك الذاتية إلا بعد أن تتقدّم إليها.</p>",
            ),
            (
                "هل عليّ أن أذكر تاريخ ميلادي أو أضيف صورة؟",
                "<p>لا. كلاهما اختياري، ويمكنك حذفهما في أي وقت بتعديل ملفك الشخصي.</p>",
            ),
        ],
    ),
]

PRIVACY_POLICY["body"]["ru"] = [
    _text(
        "<p>Эта политика объясняет, как Talent Portal обращается с вашими персональными данными, "
        "когда вы создаёте учётную запись, ведёте профиль и резюме, регистрируете организацию "
        "или откликаетесь на вакансию. Она составлена в соответствии с Законом КНР о защите "
        "персональной информации (PIPL, 2021) и Общим регламентом ЕС по защите данных (GDPR, "
        "Регламент (ЕС) 2016/679). Чтобы задать вопрос или воспользоваться своими правами, "
        "напишите нам со страницы <b>«Ваши данные»</b> в своей учётной записи.</p>"
    ),
    _heading("Какие данные мы собираем"),
    _text(
        "<ul>"
        "<li><b>Учётная запись:</b> адрес электронной почты, имя и предпочитаемый язык, а также "
        "записи о входах (время, IP-адрес, браузер и устройство).</li>"
        "<li><b>Профиль:</b> гражданство, страна проживания, дата рождения (по желанию), "
        "образование, опыт работы, языки, области специализации, города, в которых вы хотите "
        "работать, ваш визовый статус, резюме и, если вы его добавите, фото.</li>"
        "<li><b>Организации:</b> сведения об университетах и компаниях, которые регистрируют их "
        "кадровые службы, а также имена, адреса электронной почты и роли их сотрудников на "
        "портале.</li>"
        "<li><b>Отклики</b>, когда на портале появится такая возможность: то, что вы "
        "отправляете организации, то есть ваше сообщение, профиль и копия резюме в том виде, "
        "в каком они были в момент отклика.</li>"
        "</ul>"
    ),
    _heading("Зачем мы используем данные и на каком основании"),
    _text(
        "<p>Мы используем ваши данные только для того, чтобы оказывать услугу, о которой вы "
        "просите: защищённая учётная запись, ваш профиль, отклики в выбранные вами организации "
        "и инструменты для кадровых служб. Мы не продаём ваши данные и не используем их для "
        "рекламы.</p>"
        "<p>Правовое основание — ваше согласие, которое вы даёте при создании учётной записи "
        "(ст. 13(1) PIPL; ст. 6(1)(a) GDPR), а также, согласно GDPR, необходимость оказать "
        "запрошенную вами услугу (ст. 6(1)(b) GDPR). Вы можете отозвать согласие в любой "
        "момент; это не влияет на то, что было сделано до отзыва.</p>"
    ),
    _heading("Кто видит ваши данные"),
    _text(
        "<ul>"
        "<li><b>Вы</b> видите всё в своей учётной записи и профиле и можете это изменить.</li>"
        "<li><b>Организации</b> видят ваш профиль и резюме, только если вы подали им отклик, и "
        "видит их только та организация, в которую вы откликнулись. Работодатели не могут "
        "искать и просматривать профили.</li>"
        "<li><b>Сотрудники городских команд</b>, которые ведут портал в Пекине, Шанхае и "
        "Шэньчжэне, видят сведения об организациях, чтобы их проверять.</li>"
        "<li><b>Больше никто</b>, если только закон не обязывает нас раскрыть информацию.</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "Ваше резюме никогда не публикуется",
        "<p>Резюме и фотографии хранятся в закрытом хранилище и никогда не размещаются по "
        "общедоступному веб-адресу. Мы отдаём файл только вам и организациям, в которые вы "
        "откликнулись, и каждый раз проверяем, кто его запрашивает.</p>",
    ),
    _heading("Где хранятся данные и передача за рубеж"),
    _text(
        "<p>Где размещаются сервис и его данные, решает оператор Talent Portal. Согласно PIPL, "
        "персональная информация может покинуть Китай только с вашего отдельного согласия и "
        "при наличии правовых гарантий, например оценки безопасности или типового договора "
        "(ст. 38 и 39 PIPL). Перед любой передачей ваших данных за рубеж мы сообщим вам, кто "
        "их получит, с какой целью и как вы сможете осуществлять свои права в отношении "
        "получателя, и попросим вашего отдельного согласия. Если вы откажетесь, передачи не "
        "будет.</p>"
    ),
    _heading("Сколько мы храним данные"),
    _text(
        "<ul>"
        "<li><b>Учётная запись и профиль</b>, включая записи о входах, резюме и фото: пока вы "
        "не удалите учётную запись.</li>"
        "<li><b>Отклики</b> и отправленные с ними копии резюме: удаляются или обезличиваются "
        "через 12 месяцев после закрытия вакансии.</li>"
        "</ul>"
    ),
    _heading("Ваши права"),
    _text(
        "<p>Согласно PIPL и GDPR вы можете:</p>"
        "<ul>"
        "<li><b>Ознакомиться со своими данными и получить их копию:</b> кнопка «Скачать мои "
        "данные» на странице «Ваши данные» выдаёт zip-архив с вашими данными в формате JSON и "
        "загруженными вами файлами.</li>"
        "<li><b>Исправить их:</b> редактируйте профиль в любое время.</li>"
        "<li><b>Удалить их:</b> кнопка «Удалить мою учётную запись» на странице «Ваши данные» "
        "удаляет учётную запись, профиль, резюме и фото.</li>"
        "<li><b>Отозвать согласие:</b> удалите учётную запись или напишите нам со страницы "
        "«Ваши данные».</li>"
        "<li><b>Пожаловаться в надзорный орган:</b> в Китае — в Администрацию киберпространства "
        "Китая (CAC), в ЕС — в орган по защите данных вашей страны.</li>"
        "</ul>"
    ),
    _heading("Безопасность"),
    _text(
        "<p>Вы можете защитить учётную запись двухфакторной аутентификацией — мы рекомендуем её "
        "включить. Ограничения частоты запросов замедляют повторные попытки подобрать пароль, "
        "а все соединения с сайтом шифруются при передаче (HTTPS).</p>"
    ),
    _heading("Файлы cookie"),
    _text(
        "<p>Мы используем только те файлы cookie, без которых сайт не работает: сессионный "
        "cookie, благодаря которому вы остаётесь в системе, и cookie CSRF, который защищает "
        "формы от подделки запросов. Аналитических и рекламных cookie нет, а наши страницы "
        "ничего не загружают со сторонних серверов.</p>"
    ),
    _heading("Изменения этой политики"),
    _text(
        "<p>Версия и дата вступления в силу этой политики указаны в начале страницы. Когда мы "
        "опубликуем новую версию, мы попросим вас прочитать её и снова дать согласие при "
        "следующем входе.</p>"
    ),
    _faq(
        "Частые вопросы",
        [
            (
                "Может ли работодатель найти мой профиль, если я не откликался на его вакансии?",
                "<p>Нет. Организация видит ваш профиль и резюме только после того, как вы "
                "подадите ей отклик.</p>",
            ),
            (
                "Обязательно ли указывать дату рождения или добавлять фото?",
                "<p>Нет. И то и другое необязательно, и вы можете удалить их в любой момент, "
                "отредактировав профиль.</p>",
            ),
        ],
    ),
]

PRIVACY_POLICY["body"]["es"] = [
    _text(
        "<p>Esta política explica cómo trata Talent Portal sus datos personales cuando usted crea "
        "una cuenta, mantiene un perfil y un CV, registra una organización o se postula a una "
        "oferta. Se ajusta a la Ley de Protección de la Información Personal de la República "
        "Popular China (PIPL, 2021) y al Reglamento General de Protección de Datos de la UE "
        "(RGPD, Reglamento (UE) 2016/679). Para hacer una consulta o ejercer sus derechos, "
        "escríbanos desde la página <b>«Sus datos»</b> de su cuenta.</p>"
    ),
    _heading("Qué datos recogemos"),
    _text(
        "<ul>"
        "<li><b>Su cuenta:</b> su dirección de correo electrónico, su nombre y su idioma "
        "preferido, y el registro de sus inicios de sesión (cuándo, desde qué dirección IP y con "
        "qué navegador y dispositivo).</li>"
        "<li><b>Su perfil:</b> nacionalidad, país de residencia, fecha de nacimiento (opcional), "
        "formación, experiencia laboral, idiomas, áreas de especialidad, las ciudades en las que "
        "quiere trabajar, su situación de visado, su CV y, si la añade, una foto.</li>"
        "<li><b>Organizaciones:</b> de las universidades y empresas que registran sus equipos de "
        "recursos humanos, los datos de la organización y el nombre, la dirección de correo "
        "electrónico y el rol de sus miembros.</li>"
        "<li><b>Candidaturas</b>, cuando se habilite la postulación en el portal: lo que usted "
        "envía a una organización, es decir, su mensaje, su perfil y una copia de su CV tal como "
        "estaban en el momento de postularse.</li>"
        "</ul>"
    ),
    _heading("Para qué los usamos y con qué base jurídica"),
    _text(
        "<p>Solo usamos sus datos para prestar el servicio que usted solicita: una cuenta segura, "
        "su perfil, las candidaturas a las organizaciones que elija y herramientas para los "
        "equipos de recursos humanos. No vendemos sus datos ni los usamos con fines "
        "publicitarios.</p>"
        "<p>La base jurídica es su consentimiento, que usted da al crear su cuenta (artículo "
        "13(1) de la PIPL; artículo 6(1)(a) del RGPD) y, según el RGPD, la necesidad de prestar "
        "el servicio que ha solicitado (artículo 6(1)(b) del RGPD). Puede retirar su "
        "consentimiento en cualquier momento; ello no afecta a lo realizado antes.</p>"
    ),
    _heading("Quién ve sus datos"),
    _text(
        "<ul>"
        "<li><b>Usted</b> ve todo lo que hay en su cuenta y su perfil, y puede modificarlo.</li>"
        "<li><b>Las organizaciones</b> ven su perfil y su CV solo cuando usted se postula a "
        "ellas, y solo los ve la organización a la que se ha postulado. Los empleadores no "
        "pueden buscar ni explorar perfiles.</li>"
        "<li><b>El equipo de cada ciudad</b> que gestiona el portal en Pekín, Shanghái y "
        "Shenzhen ve los datos de las organizaciones para verificarlas.</li>"
        "<li><b>Nadie más</b>, salvo que la ley nos obligue a comunicar información.</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "Su CV nunca es público",
        "<p>Los CV y las fotos se guardan en un almacenamiento privado, nunca en una dirección "
        "web pública. Solo entregamos un archivo a usted y a las organizaciones a las que se ha "
        "postulado, y cada vez comprobamos quién lo solicita.</p>",
    ),
    _heading("Dónde se guardan sus datos y transferencias al extranjero"),
    _text(
        "<p>El operador de Talent Portal decide dónde se alojan el servicio y sus datos. Según "
        "la PIPL, la información personal solo puede salir de China con su consentimiento por "
        "separado y con garantías legales, como una evaluación de seguridad o un contrato tipo "
        "(artículos 38 y 39 de la PIPL). Antes de cualquier transferencia de sus datos al "
        "extranjero, le indicaremos quién los recibirá, con qué finalidad y cómo puede ejercer "
        "sus derechos ante el destinatario, y le pediremos su consentimiento por separado. Si "
        "usted se niega, la transferencia no se realiza.</p>"
    ),
    _heading("Cuánto tiempo los conservamos"),
    _text(
        "<ul>"
        "<li><b>Cuenta y perfil</b>, incluidos los registros de inicio de sesión, su CV y su "
        "foto: hasta que elimine su cuenta.</li>"
        "<li><b>Candidaturas</b> y las copias de su CV enviadas con ellas: se eliminan o "
        "anonimizan 12 meses después del cierre de la oferta.</li>"
        "</ul>"
    ),
    _heading("Sus derechos"),
    _text(
        "<p>Según la PIPL y el RGPD, usted puede:</p>"
        "<ul>"
        "<li><b>Ver sus datos y obtener una copia:</b> «Descargar mis datos», en la página «Sus "
        "datos», le da un archivo zip con sus datos en formato JSON y los archivos que ha "
        "subido.</li>"
        "<li><b>Corregirlos:</b> edite su perfil en cualquier momento.</li>"
        "<li><b>Eliminarlos:</b> «Eliminar mi cuenta», en la página «Sus datos», elimina su "
        "cuenta, su perfil, su CV y su foto.</li>"
        "<li><b>Retirar su consentimiento:</b> elimine su cuenta o escríbanos desde la página "
        "«Sus datos».</li>"
        "<li><b>Presentar una reclamación ante la autoridad:</b> en China, ante la "
        "Administración del Ciberespacio de China (CAC); en la UE, ante la autoridad de "
        "protección de datos de su país.</li>"
        "</ul>"
    ),
    _heading("Seguridad"),
    _text(
        "<p>Puede proteger su cuenta con la autenticación en dos pasos, que le recomendamos "
        "activar. Los límites de frecuencia frenan los intentos repetidos de adivinar "
        "contraseñas, y todas las conexiones con el sitio van cifradas en tránsito "
        "(HTTPS).</p>"
    ),
    _heading("Cookies"),
    _text(
        "<p>Solo usamos las cookies que el sitio necesita para funcionar: una cookie de sesión "
        "que mantiene su sesión iniciada y una cookie CSRF que protege los formularios contra la "
        "falsificación de solicitudes. No hay cookies de analítica ni de publicidad, y nuestras "
        "páginas no cargan nada desde servidores de terceros.</p>"
    ),
    _heading("Cambios en esta política"),
    _text(
        "<p>La versión y la fecha de entrada en vigor de esta política figuran en la parte "
        "superior de esta página. Cuando publiquemos una nueva versión, le pediremos que la lea "
        "y la acepte de nuevo la próxima vez que inicie sesión.</p>"
    ),
    _faq(
        "Preguntas frecuentes",
        [
            (
                "¿Puede un empleador encontrar mi perfil si no me he postulado?",
                "<p>No. Una organización solo ve su perfil y su CV después de que usted se "
                "postule a ella.</p>",
            ),
            (
                "¿Tengo que indicar mi fecha de nacimiento o añadir una foto?",
                "<p>No. Ambas son opcionales, y puede quitarlas en cualquier momento editando "
                "su perfil.</p>",
            ),
        ],
    ),
]

PRIVACY_POLICY["body"]["fr"] = [
    _text(
        "<p>Cette politique explique comment Talent Portal traite vos données personnelles "
        "lorsque vous créez un compte, tenez à jour un profil et un CV, enregistrez une "
        "organisation ou postulez à une offre. Elle suit la loi de la République populaire de "
        "Chine sur la protection des informations personnelles (PIPL, 2021) et le règlement "
        "général de l’UE sur la protection des données (RGPD, règlement (UE) 2016/679). Pour "
        "poser une question ou exercer vos droits, écrivez-nous depuis la page <b>« Vos "
        "données »</b> de votre compte.</p>"
    ),
    _heading("Ce que nous collectons"),
    _text(
        "<ul>"
        "<li><b>Votre compte :</b> votre adresse e-mail, votre nom et votre langue préférée, "
        "ainsi que l’historique de vos connexions (date et heure, adresse IP, navigateur et "
        "appareil utilisés).</li>"
        "<li><b>Votre profil :</b> nationalité, pays de résidence, date de naissance "
        "(facultative), formation, expérience professionnelle, langues, domaines d’expertise, "
        "villes où vous souhaitez travailler, situation en matière de visa, votre CV et, si "
        "vous en ajoutez une, une photo.</li>"
        "<li><b>Organisations :</b> pour les universités et entreprises enregistrées par leurs "
        "équipes RH, les informations sur l’organisation ainsi que le nom, l’adresse e-mail et "
        "le rôle de ses membres.</li>"
        "<li><b>Candidatures</b>, lorsque le portail permettra de postuler : ce que vous envoyez "
        "à une organisation, c’est-à-dire votre message, votre profil et une copie de votre CV "
        "tels qu’ils étaient au moment de votre candidature.</li>"
        "</ul>"
    ),
    _heading("Pourquoi nous les utilisons et sur quelle base juridique"),
    _text(
        "<p>Nous utilisons vos données uniquement pour fournir le service que vous demandez : "
        "un compte sécurisé, votre profil, vos candidatures auprès des organisations de votre "
        "choix et des outils pour les équipes RH. Nous ne vendons pas vos données et ne les "
        "utilisons pas à des fins publicitaires.</p>"
        "<p>La base juridique est votre consentement, que vous donnez en créant votre compte "
        "(article 13(1) de la PIPL ; article 6(1)(a) du RGPD), et, au sens du RGPD, la "
        "nécessité de fournir le service que vous avez demandé (article 6(1)(b) du RGPD). Vous "
        "pouvez retirer votre consentement à tout moment ; cela ne remet pas en cause ce qui a "
        "été fait auparavant.</p>"
    ),
    _heading("Qui voit vos données"),
    _text(
        "<ul>"
        "<li><b>Vous</b> voyez tout ce que contiennent votre compte et votre profil, et pouvez "
        "le modifier.</li>"
        "<li><b>Les organisations</b> ne voient votre profil et votre CV que lorsque vous "
        "postulez chez elles, et seule l’organisation à laquelle vous avez postulé les voit. "
        "Les employeurs ne peuvent ni rechercher ni parcourir les profils.</li>"
        "<li><b>Les équipes de chaque ville</b> qui gèrent le portail à Pékin, Shanghai et "
        "Shenzhen voient les informations des organisations afin de les vérifier.</li>"
        "<li><b>Personne d’autre</b>, sauf si la loi nous oblige à communiquer des "
        "informations.</li>"
        "</ul>"
    ),
    _callout(
        "note",
        "Votre CV n’est jamais public",
        "<p>Les CV et les photos sont conservés dans un stockage privé, jamais à une adresse web "
        "publique. Nous ne transmettons un fichier qu’à vous et aux organisations auxquelles "
        "vous avez postulé, en vérifiant à chaque fois qui le demande.</p>",
    ),
    _heading("Lieu de stockage et transferts à l’étranger"),
    _text(
        "<p>L’exploitant de Talent Portal décide où sont hébergés le service et ses données. "
        "Selon la PIPL, des informations personnelles ne peuvent quitter la Chine qu’avec votre "
        "consentement distinct et des garanties juridiques, comme une évaluation de sécurité ou "
        "un contrat type (articles 38 et 39 de la PIPL). Avant tout transfert de vos données à "
        "l’étranger, nous vous indiquerons qui les recevra, dans quel but et comment exercer vos "
        "droits auprès du destinataire, et nous vous demanderons votre consentement distinct. "
        "Si vous refusez, le transfert n’a pas lieu.</p>"
    ),
    _heading("Durée de conservation"),
    _text(
        "<ul>"
        "<li><b>Compte et profil</b>, y compris l’historique des connexions, votre CV et votre "
        "photo : jusqu’à la suppression de votre compte.</li>"
        "<li><b>Candidatures</b> et copies de votre CV envoyées avec elles : supprimées ou "
        "anonymisées 12 mois après la clôture de l’offre.</li>"
        "</ul>"
    ),
    _heading("Vos droits"),
    _text(
        "<p>En vertu de la PIPL et du RGPD, vous pouvez :</p>"
        "<ul>"
        "<li><b>Consulter vos données et en obtenir une copie :</b> le bouton « Télécharger mes "
        "données » de la page « Vos données » vous fournit un fichier zip contenant vos données "
        "au format JSON et les fichiers que vous avez déposés.</li>"
        "<li><b>Les rectifier :</b> modifiez votre profil à tout moment.</li>"
        "<li><b>Les supprimer :</b> le bouton « Supprimer mon compte » de la page « Vos "
        "données » supprime votre compte, votre profil, votre CV et votre photo.</li>"
        "<li><b>Retirer votre consentement :</b> supprimez votre compte ou écrivez-nous depuis "
        "la page « Vos données ».</li>"
        "<li><b>Saisir l’autorité compétente :</b> en Chine, l’Administration du cyberespace de "
        "Chine (CAC) ; dans l’UE, l’autorité de protection des données de votre pays.</li>"
        "</ul>"
    ),
    _heading("Sécurité"),
    _text(
        "<p>Vous pouvez protéger votre compte par l’authentification à deux facteurs, que nous "
        "vous recommandons d’activer. Des limites de fréquence freinent les tentatives répétées "
        "pour deviner un mot de passe, et toutes les connexions au site sont chiffrées en "
        "transit (HTTPS).</p>"
    ),
    _heading("Cookies"),
    _text(
        "<p>Nous n’utilisons que les cookies nécessaires au fonctionnement du site : un cookie "
        "de session qui vous garde connecté et un cookie CSRF qui protège les formulaires contre "
        "la falsification de requêtes. Il n’y a aucun cookie d’analyse ou de publicité, et nos "
        "pages ne chargent rien depuis des serveurs tiers.</p>"
    ),
    _heading("Modifications de cette politique"),
    _text(
        "<p>La version et la date d’entrée en vigueur de cette politique figurent en haut de "
        "cette page. Lorsque nous publierons une nouvelle version, nous vous demanderons de la "
        "lire et de l’accepter à nouveau lors de votre prochaine connexion.</p>"
    ),
    _faq(
        "Questions fréquentes",
        [
            (
                "Un employeur peut-il trouver mon profil si je n’ai pas postulé chez lui ?",
                "<p>Non. Une organisation ne voit votre profil et votre CV qu’après votre "
                "candidature chez elle.</p>",
            ),
            (
                "Dois-je indiquer ma date de naissance ou ajouter une photo ?",
                "<p>Non. Les deux sont facultatives, et vous pouvez les retirer à tout moment en "
                "modifiant votre profil.</p>",
            ),
        ],
    ),
]
