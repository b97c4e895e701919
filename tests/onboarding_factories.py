"""A city's settling-in steps page, built by a test instead of read from the demo site.

``SettlingInPageFactory()`` puts the thirteen steps under Shanghai, each with
its statutory clock, in English, Chinese and Arabic (the other languages read
the English text); the registration and permit steps name the city's service
centre, made for it when the city has none.
"""

import json

import factory
from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from talentportal.onboarding.pages import SettlingInPage
from tests.page_factories import CityPageFactory, ServiceCentreFactory, TranslatedPageFactory

SOURCE = {"title": "Exit and Entry Administration Law", "url": "https://www.nia.gov.cn/"}

# step: (clock, title by language, what to do, other places, this city's extra documents)
STEPS = {
    "notice": (
        "permit_notice",
        {
            "en": "Get the work-permit notice",
            "zh-hans": "取得工作许可通知",
            "ar": "احصل على إشعار تصريح العمل",
        },
        "Your employer applies for it online.",
        "",
        [],
    ),
    "visa_z": (
        "",
        {"en": "Apply for the Z visa", "zh-hans": "申请Z字签证", "ar": "قدّم طلب التأشيرة Z"},
        "Apply at a Chinese consulate with the notice.",
        "",
        [],
    ),
    "visa_r": (
        "",
        {"en": "Apply for the R visa", "zh-hans": "申请R字签证", "ar": "قدّم طلب التأشيرة R"},
        "Apply at a Chinese consulate with the confirmation letter.",
        "",
        [],
    ),
    "entry": (
        "",
        {"en": "Arrive in China", "zh-hans": "入境中国", "ar": "ادخل الصين"},
        "Keep your boarding pass.",
        "",
        [],
    ),
    "registration": (
        "registration",
        {"en": "Register where you live", "zh-hans": "办理住宿登记", "ar": "سجّل مكان إقامتك"},
        "Register at the police station near your home.",
        "The local police station.",
        ["Lease of your home"],
    ),
    "medical": (
        "medical_certificate",
        {"en": "Have the medical check", "zh-hans": "进行体检", "ar": "أجرِ الفحص الطبي"},
        "Book the check online.",
        "International Travel Health Care Center",
        [],
    ),
    "work_permit": (
        "work_permit_card",
        {
            "en": "Collect the work-permit card",
            "zh-hans": "领取工作许可证",
            "ar": "استلم بطاقة تصريح العمل",
        },
        "Your employer applies for the card.",
        "",
        [],
    ),
    "residence_permit": (
        "residence_permit",
        {
            "en": "Apply for the residence permit",
            "zh-hans": "申请居留许可",
            "ar": "قدّم طلب تصريح الإقامة",
        },
        "Apply at the exit and entry office.",
        "",
        [],
    ),
    "phone": (
        "",
        {"en": "Get a phone number", "zh-hans": "办理手机号码", "ar": "احصل على رقم هاتف"},
        "Bring your passport to a carrier's shop.",
        "",
        [],
    ),
    "bank": (
        "",
        {"en": "Open a bank account", "zh-hans": "开立银行账户", "ar": "افتح حسابًا مصرفيًا"},
        "Bring your passport and phone number.",
        "",
        [],
    ),
    "payments": (
        "",
        {"en": "Set up payment apps", "zh-hans": "开通移动支付", "ar": "فعّل تطبيقات الدفع"},
        "Link your bank card.",
        "",
        [],
    ),
    "insurance": (
        "",
        {"en": "Join health insurance", "zh-hans": "参加医疗保险", "ar": "اشترك في التأمين الصحي"},
        "Your employer enrols you.",
        "",
        [],
    ),
    "schools": (
        "",
        {
            "en": "Find schools for children",
            "zh-hans": "为子女选择学校",
            "ar": "ابحث عن مدارس للأطفال",
        },
        "Ask early: places fill up.",
        "",
        [],
    ),
}
# The steps that send the reader to the city's service centre.
AT_THE_CENTRE = ("registration", "residence_permit")


def steps(city, language="en"):
    """The steps' stream in ``language`` (English where the table has no text for it)."""
    centre = city.service_centres.first() or ServiceCentreFactory(page=city)
    blocks = []
    for key, (clock, titles, what, where, documents) in STEPS.items():
        blocks.append(
            {
                "type": "step",
                "value": {
                    "step": key,
                    "title": titles.get(language, titles["en"]),
                    "what": f"<p>{what}</p>",
                    "centres": [str(centre.pk)] if key in AT_THE_CENTRE else [],
                    "where": where,
                    "documents": documents,
                    "clock": clock,
                    "typical_duration": "",
                    "sources": [SOURCE] if clock else [],
                },
            }
        )
    return json.dumps(blocks)


class SettlingInPageFactory(TranslatedPageFactory):
    parent = factory.SubFactory(CityPageFactory, title="Shanghai")
    title = "From job offer to settled in"
    slug = "settling-in"
    intro = "The steps after a job offer, in order, with the legal time limits."

    class Meta:
        model = SettlingInPage
        django_get_or_create = ("slug", "parent")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        city = kwargs["parent"]
        for language, _name in settings.LANGUAGES:
            field = build_localized_fieldname("steps", language)
            kwargs.setdefault(field, steps(city, language))
            for name in ("title", "intro"):
                kwargs.setdefault(build_localized_fieldname(name, language), kwargs[name])
        return super()._create(model_class, *args, **kwargs)
