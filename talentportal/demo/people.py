"""Demo people and organisations for `seed_demo`, created only when DEBUG is on."""

import io

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from cms.models import CityPage
from talentportal.accounts.policy import current_policy, record_consent
from talentportal.organisations.models import Membership, Organisation
from talentportal.organisations.uscc import check_character
from talentportal.profiles.models import Education, Experience, LanguageSkill, Profile

DEMO_PROFESSIONAL = "professional@example.com"

# Fictional organisations, one university and one company per city, and one
# waiting for verification; marked "(demo)" so nobody mistakes them for real ones.
ORGANISATIONS = {
    "beijing": [
        (
            "university",
            "Beijing Institute of Advanced Materials (demo)",
            "北京先进材料学院（演示）",
            "Higher education",
            "",
            "Haidian District, Beijing",
        ),
        (
            "company",
            "Yanshan Quantum Software (demo)",
            "燕山量子软件（演示）",
            "Software",
            "91110108MA01ABCD1X",
            "Zhongguancun, Haidian District, Beijing",
        ),
    ],
    "shanghai": [
        (
            "university",
            "Pudong University of Life Sciences (demo)",
            "浦东生命科学大学（演示）",
            "Higher education",
            "",
            "Zhangjiang, Pudong New Area, Shanghai",
        ),
        (
            "company",
            "Huangpu River Biotech (demo)",
            "黄浦江生物科技（演示）",
            "Biotechnology",
            "91310115MA1HXYW12K",
            "Zhangjiang Hi-Tech Park, Shanghai",
        ),
    ],
    "shenzhen": [
        (
            "university",
            "Shenzhen Bay Institute of Technology (demo)",
            "深圳湾理工学院（演示）",
            "Higher education",
            "",
            "Nanshan District, Shenzhen",
        ),
        (
            "company",
            "Qianhai Robotics (demo)",
            "前海机器人（演示）",
            "Robotics",
            "91440300MA5FQRPT3P",
            "Qianhai, Nanshan District, Shenzhen",
        ),
    ],
}
PENDING = (
    "company",
    "Lotus Hill Data Services (demo)",
    "莲花山数据服务（演示）",
    "Data services",
    "",
    "Futian District, Shenzhen",
)


def demo_user(email, first, last, password, **extra):
    """A demo account with a verified address that has agreed to the policy; its password set once."""
    users = get_user_model().objects
    user, created = users.get_or_create(
        email=email, defaults={"first_name": first, "last_name": last, **extra}
    )
    if created:
        user.set_password(password)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    agree_to_policy(user)
    return user


def agree_to_policy(user):
    """Demo people have agreed to the privacy policy, as at a real sign-up."""
    policy = current_policy()
    if policy:
        record_consent(user, policy)


def give_totp(user):
    """A second factor, so demo staff and owners can reach what needs one."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())


def _fix_uscc(code):
    return code[:17] + check_character(code[:17]) if code else ""


def _organisation(kind, name_en, name_zh, sector, uscc, address, city, status):
    organisation = Organisation.objects.filter(name_en=name_en).first()
    if organisation:
        return organisation
    return Organisation.objects.create(
        kind=kind,
        name=name_en,
        name_en=name_en,
        name_zh_hans=name_zh,
        description=f"{name_en} is a fictional organisation for trying out Talent Portal.",
        description_en=f"{name_en} is a fictional organisation for trying out Talent Portal.",
        description_zh_hans=f"{name_zh}是用于体验人才门户的虚构机构。",
        city=city,
        address=address,
        website="",
        size=Organisation.Size.LARGE if kind == "university" else Organisation.Size.MEDIUM,
        sector=sector,
        uscc=_fix_uscc(uscc),
        status=status,
    )


def cv_pdf(name):
    """A one-page CV as a real PDF, drawn with Pillow."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    lines = [
        name,
        "Materials scientist — PhD, 8 years of research experience",
        "",
        "Education: PhD Materials Science, University of Lyon (2017)",
        "Experience: Research fellow, Fraunhofer Institute (2018–2024)",
        "Languages: English (C2), French (native), Chinese (HSK 4)",
    ]
    for n, line in enumerate(lines):
        draw.text((100, 120 + n * 48), line, fill="black")
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150)
    return out.getvalue()


def seed(cities, password):
    """Create the demo people; return (role, e-mail) pairs to print."""
    logins = []
    professional = demo_user(
        DEMO_PROFESSIONAL,
        "Camille",
        "Martin",
        password,
        is_professional=True,
        preferred_language="fr",
    )
    profile, created = Profile.objects.get_or_create(user=professional)
    if created:
        profile.headline = "Materials scientist looking for a research post"
        profile.nationality = "FR"
        profile.country_of_residence = "DE"
        profile.summary = (
            "Eight years of research on battery materials; I would like to lead a lab in China."
        )
        profile.expertise = "materials science, batteries, electron microscopy"
        profile.visa_situation = Profile.VisaSituation.NOT_YET
        profile.cv.save("cv.pdf", ContentFile(cv_pdf("Camille Martin")), save=False)
        profile.cv_name = "Camille-Martin-CV.pdf"
        profile.cv_uploaded_at = timezone.now()
        profile.save()
        profile.target_cities.set(CityPage.objects.filter(slug__in=["shanghai", "shenzhen"]))
        Education.objects.create(
            profile=profile,
            degree="doctorate",
            field="Materials science",
            institution="University of Lyon",
            country="FR",
            year=2017,
        )
        Experience.objects.create(
            profile=profile,
            title="Research fellow",
            organisation="Fraunhofer Institute",
            country="DE",
            start_year=2018,
            end_year=2024,
        )
        LanguageSkill.objects.create(profile=profile, language="en", level="C2")
        LanguageSkill.objects.create(profile=profile, language="fr", level="native")
        LanguageSkill.objects.create(profile=profile, language="zh-hans", hsk_level=4)
    logins.append(("professional", DEMO_PROFESSIONAL))

    for city in cities:
        for kind, name_en, name_zh, sector, uscc, address in ORGANISATIONS[city.slug]:
            organisation = _organisation(
                kind, name_en, name_zh, sector, uscc, address, city, Organisation.Status.VERIFIED
            )
            for role in ("owner", "recruiter"):
                email = f"{city.slug}.{kind}.{role}@example.com"
                user = demo_user(email, city.title, role.title(), password, is_hiring=True)
                Membership.objects.get_or_create(
                    organisation=organisation, user=user, defaults={"role": role}
                )
                # Owners and recruiters alike open CVs: both sign in with a code.
                give_totp(user)
                logins.append((f"{organisation.name_en} {role}", email))
    shenzhen = next(c for c in cities if c.slug == "shenzhen")
    pending = _organisation(*PENDING, shenzhen, Organisation.Status.PENDING)
    owner = demo_user("pending.owner@example.com", "Lotus", "Owner", password, is_hiring=True)
    Membership.objects.get_or_create(organisation=pending, user=owner, defaults={"role": "owner"})
    give_totp(owner)
    logins.append((f"{pending.name_en} owner", owner.email))
    return logins
