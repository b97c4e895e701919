from django.conf import settings
from django.utils.translation import get_language

from talentportal.languages.addresses import in_language


def is_bidi(code):
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def languages(request):
    """The language switcher's links: the current page in every language."""
    current = get_language()
    path = request.get_full_path()
    links = [
        {
            "code": code,
            "name": name,
            "url": in_language(path, code),
            "bidi": is_bidi(code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    return {
        "language_links": links,
        "language_bidi": is_bidi(current or settings.LANGUAGE_CODE),
        "site_url": settings.SITE_URL.rstrip("/"),
    }
