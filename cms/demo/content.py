"""Reads the demo site from the YAML page files in ``content/``.

One file per page, named by its slug; a section's ``_section.yaml`` (or a
city's ``_city.yaml``) holds the section page and lists its pages in order.
Translated fields map each language code to its text, side by side, so a
translator edits one file per page. The functions here return plain dicts in
the shape ``cms.demo.loader`` builds pages from.
"""

import datetime
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).with_name("content")
NATIONAL_SECTION = "visas-and-permits"
NATIONAL_GUIDES = "living-in-china"


class ContentError(ValueError):
    """A content file is missing or is not the kind of page its place calls for."""


def read(relative: str, kind: str) -> dict[str, Any]:
    path = CONTENT_DIR / relative
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ContentError(f"{relative}: listed in its section but the file is missing") from error
    if not isinstance(data, dict) or data.get("type") != kind:
        raise ContentError(f"{relative}: expected a page of type {kind!r}")
    data.pop("type")
    return data


def as_date(value: str | datetime.date) -> datetime.date:
    """Dates may be written quoted ('2026-11-01') or bare (YAML then reads a date)."""
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def home() -> dict[str, Any]:
    return read("home.yaml", "home")


def privacy_policy() -> dict[str, Any]:
    return read("privacy-policy.yaml", "privacy_policy")


def _section(folder: str, kind: str, page_kind: str) -> tuple[dict[str, Any], list[dict]]:
    section = read(f"{folder}/_section.yaml", kind)
    pages = [read(f"{folder}/{slug}.yaml", page_kind) for slug in section.pop("pages")]
    return section, pages


def national_visas() -> tuple[dict[str, Any], list[dict]]:
    """The national visa and permit section and its pages."""
    return _section(NATIONAL_SECTION, "visa_section", "visa_resource")


def national_guides() -> tuple[dict[str, Any], list[dict]]:
    """Guides to rules that are the same everywhere in China."""
    return _section(NATIONAL_GUIDES, "guide_section", "guide")


HOUSING_KINDS = ("neighbourhood", "talent_apartment")


def _housing(folder: str) -> dict[str, Any]:
    section = read(f"{folder}/_section.yaml", "housing_section")
    pages = []
    for slug in section.pop("pages"):
        path = CONTENT_DIR / folder / f"{slug}.yaml"
        kind = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("type")
        if kind not in HOUSING_KINDS:
            raise ContentError(f"{folder}/{slug}.yaml: expected one of {HOUSING_KINDS}")
        pages.append((kind, read(f"{folder}/{slug}.yaml", kind)))
    section["pages"] = pages
    return section


def cities() -> list[dict[str, Any]]:
    """Each city with its guides, local procedures and housing, in the home page's order."""
    result = []
    for slug in home()["cities"]:
        city = read(f"{slug}/_city.yaml", "city")
        city["guide_section"], city["guides"] = _section(f"{slug}/guides", "guide_section", "guide")
        city["visa_section"], city["visa_resources"] = _section(
            f"{slug}/permits", "visa_section", "visa_resource"
        )
        city["housing"] = _housing(f"{slug}/housing")
        result.append(city)
    return result
