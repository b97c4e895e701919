"""One voice per language: no wrong variant from the glossaries in content or catalogue."""

import re
from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings

from cms.demo.content import CONTENT_DIR

LANGUAGES = [code for code, _name in settings.LANGUAGES]
GLOSSARY_DIR = Path(settings.BASE_DIR) / "docs" / "glossary"
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def glossary(language):
    return yaml.safe_load((GLOSSARY_DIR / f"{language}.yaml").read_text(encoding="utf-8"))


def content_texts(language):
    """(file, text) for every text written in the language, in every page file."""

    def walk(data, inside=False):
        if isinstance(data, dict):
            if data.get("type") == "source":
                # A citation keeps the title its publisher gave it, in its own language.
                return
            if set(data) == set(LANGUAGES):
                yield from walk(data[language], True)
            else:
                for key, value in data.items():
                    if key not in ("url", "type", "kind", "level"):
                        yield from walk(value, inside)
        elif isinstance(data, list):
            for item in data:
                yield from walk(item, inside)
        elif isinstance(data, str) and inside:
            yield data

    for path in sorted(CONTENT_DIR.rglob("*.yaml")):
        for text in walk(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield str(path.relative_to(CONTENT_DIR)), text


def catalogue_texts(language):
    if language == settings.LANGUAGE_CODE:
        po = polib.pofile(str(LOCALE_DIR / "fr" / "LC_MESSAGES" / "django.po"))
        return [("msgid", e.msgid) for e in po if not e.obsolete and "fuzzy" not in e.flags]
    folder = "zh_Hans" if language == "zh-hans" else language
    po = polib.pofile(str(LOCALE_DIR / folder / "LC_MESSAGES" / "django.po"))
    texts = []
    for entry in po:
        # Fuzzy entries are never shown to readers.
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                texts.append((f"msgid {entry.msgid[:60]!r}", text))
    return texts


def violations(language, texts):
    found = []
    for term in glossary(language)["terms"]:
        for pattern in term.get("avoid", []):
            regex = re.compile(pattern)
            for where, text in texts:
                match = regex.search(text)
                if match:
                    context = text[max(0, match.start() - 30) : match.end() + 30]
                    found.append(f"{where}: {pattern!r} in …{context}…")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_glossary_with_its_brand(language):
    data = glossary(language)
    assert data["language"] == language
    assert data["brand"] and data["register"] and data["terms"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_content_uses_no_listed_wrong_variant(language):
    assert violations(language, list(content_texts(language))) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_uses_no_listed_wrong_variant(language):
    assert violations(language, catalogue_texts(language)) == []


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_interface_uses_the_glossary_brand(language):
    folder = "zh_Hans" if language == "zh-hans" else language
    po = polib.pofile(str(LOCALE_DIR / folder / "LC_MESSAGES" / "django.po"))
    assert po.find("Talent Portal").msgstr == glossary(language)["brand"]


def test_the_check_finds_a_wrong_variant():
    assert violations("fr", [("x", "Sous 5 jours ouvrables : voir")]) == [
        "x: 'jours ouvrables' in …Sous 5 jours ouvrables : voir…",
        "x: ' [;:!?»]' in …Sous 5 jours ouvrables : voir…",
    ]
