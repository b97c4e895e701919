"""Every page file gives the six languages the same structure, and every fact its source."""

from pathlib import Path

import pytest
import yaml
from django.conf import settings

from cms.demo.content import CONTENT_DIR

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FILES = sorted(CONTENT_DIR.rglob("*.yaml"))
# Values that must be identical in every language: links, dates, figures, block kinds.
SHARED_KEYS = {"url", "verified_on", "kind", "level", "minutes", "image", "type"}
FACT_PAGES = {
    "visa_section",
    "visa_resource",
    "city",
    "housing_section",
    "neighbourhood",
    "talent_apartment",
}


def shape(value, key=None):
    """The structure of a value with the words taken out (shared values kept)."""
    if isinstance(value, dict):
        return {k: shape(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, str) and key not in SHARED_KEYS:
        return "text" if value.strip() else "empty"
    return value


def parity_problems(data, where=""):
    """Where the languages of a translated field differ in structure."""
    problems = []
    if isinstance(data, dict):
        if set(data) == set(LANGUAGES):
            shapes = {code: shape(data[code]) for code in LANGUAGES}
            for code in LANGUAGES[1:]:
                if shapes[code] != shapes["en"]:
                    problems.append(f"{where}: {code} differs from en")
            return problems
        for key, value in data.items():
            problems += parity_problems(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            problems += parity_problems(item, f"{where}[{index}]")
    return problems


def sources_in(data):
    if isinstance(data, dict):
        if data.get("type") == "source" and isinstance(data.get("value"), dict):
            yield data["value"]
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                yield from value
            else:
                yield from sources_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from sources_in(item)


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_page_file_is_found():
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CONTENT_DIR)))
def test_languages_have_the_same_blocks_in_the_same_order(path):
    assert parity_problems(load(path)) == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CONTENT_DIR)))
def test_every_fact_has_a_source_and_a_date(path):
    data = load(path)
    for source in sources_in(data):
        assert source.get("url") and source.get("verified_on"), source
    if data["type"] in FACT_PAGES:
        assert data.get("sources"), "a page stating facts lists its sources"
        assert data.get("last_verified"), "and the day they were last checked"
    if data["type"] == "guide":
        for code in LANGUAGES:
            blocks = [b for b in data["body"][code] if b["type"] == "source"]
            assert blocks, f"the {code} guide cites no source"


def test_the_parity_check_catches_a_missing_step_and_a_changed_figure():
    steps = [{"title": "A", "text": "x"}, {"title": "B", "text": "y"}]
    page = {"body": {code: [{"type": "steps", "value": {"steps": steps}}] for code in LANGUAGES}}
    assert parity_problems(page) == []
    page["body"]["fr"] = [{"type": "steps", "value": {"steps": steps[:1]}}]
    assert parity_problems(page) == [".body: fr differs from en"]
    commute = {code: [{"destination": "CBD", "minutes": 15}] for code in LANGUAGES}
    commute["ru"] = [{"destination": "CBD", "minutes": 25}]
    assert parity_problems({"commutes": commute}) == [".commutes: ru differs from en"]
