"""What the page audit checks in `make test` (tests/browser/test_page_audit.py): every
page in English and Arabic, and at least one page of every type in all six languages."""

from tests.browser import test_page_audit as audit

ENGLISH = [
    "/en/",
    "/en/beijing/",
    "/en/shanghai/",
    "/en/beijing/guides/arriving/",
    "/en/shanghai/guides/arriving/",
    "/en/openings/3/",
    "/en/openings/4/",
    "/en/search/?q=visa",
    "/en/search/?q=nothing-matches-this",
]
WAGTAIL_TYPES = {
    "/en/": "HomePage",
    "/en/beijing/": "CityPage",
    "/en/shanghai/": "CityPage",
    "/en/beijing/guides/arriving/": "GuidePage",
    "/en/shanghai/guides/arriving/": "GuidePage",
}
OTHERS = [language for language in audit.LANGUAGES if language not in ("en", "ar")]


def type_of(path):
    return audit.page_type(path, WAGTAIL_TYPES)


def test_make_test_audits_every_page_in_english_and_arabic_and_every_type_in_six(monkeypatch):
    monkeypatch.setattr(audit, "EVERYTHING", False)
    paths = audit.chosen(ENGLISH, type_of)
    for path in ENGLISH:
        assert path in paths
        assert audit.in_language(path, "ar") in paths
    # Two city pages, two guides, two openings share three types; each unlisted
    # page (the two searches) is a type of its own.
    assert len({type_of(path) for path in ENGLISH}) == 6
    for language in OTHERS:
        checked = [path for path in paths if path.startswith(f"/{language}/")]
        assert len(checked) == 6, checked
        assert {type_of(path.replace(f"/{language}/", "/en/", 1)) for path in checked} == {
            type_of(path) for path in ENGLISH
        }


def test_audit_pages_checks_every_page_in_every_language(monkeypatch):
    monkeypatch.setattr(audit, "EVERYTHING", True)
    paths = audit.chosen(ENGLISH, type_of)
    assert len(set(paths)) == len(ENGLISH) * 6
    assert "/zh-hans/shanghai/guides/arriving/" in paths


def test_an_opening_is_typed_by_its_view_and_an_unlisted_page_by_its_address():
    assert type_of("/en/openings/3/") == type_of("/en/openings/4/")
    assert type_of("/en/search/?q=visa") != type_of("/en/search/?q=nothing-matches-this")
    assert type_of("/en/beijing/") == "CityPage"
