"""The document checklist: authentication by country, validity clocks, city differences."""

import datetime

from talentportal.navigator import checklist, services
from talentportal.navigator.clocks import CLOCKS


def test_an_apostille_country_and_a_non_apostille_country_get_different_steps(db):
    france = services.authentication_for("FR", today=datetime.date(2026, 12, 6))
    thailand = services.authentication_for("TH", today=datetime.date(2026, 12, 6))
    assert france.method == "apostille"
    assert france.applies_from == datetime.date(2023, 11, 7)  # China's accession, not France's
    assert thailand.method == "legalisation"
    french = {d.key: d for d in checklist.documents("z_b", "B", "beijing", france)}
    thai = {d.key: d for d in checklist.documents("z_b", "B", "beijing", thailand)}
    assert "Apostille" in str(french["criminal_record"].authentication)
    assert (
        "consular legalisation"
        not in str(french["criminal_record"].authentication).lower().split("no ")[0]
    )
    assert "Consular legalisation" in str(thai["criminal_record"].authentication)
    assert "CSCSE" in str(french["degree"].authentication)


def test_a_state_joining_after_china_counts_from_its_own_date(db):
    canada = services.authentication_for("CA", today=datetime.date(2026, 12, 6))
    assert canada.method == "apostille"
    assert canada.applies_from == datetime.date(2024, 1, 11)
    before = services.authentication_for("CA", today=datetime.date(2023, 12, 1))
    assert before.method == "legalisation"


def test_the_validity_clocks_appear_on_the_documents(db):
    documents = {
        d.key: d
        for d in checklist.documents("z_b", "B", "beijing", checklist.Authentication("unknown"))
    }
    assert documents["criminal_record"].clock is CLOCKS["criminal_record"]
    assert "6 months" in str(documents["criminal_record"].validity)
    assert "6 months" in str(documents["medical"].validity)
    assert "90 days" in str(documents["permit_notice"].validity)
    assert CLOCKS["permit_notice"].deadline(datetime.date(2026, 1, 10)) == datetime.date(
        2026, 4, 10
    )


def test_shanghai_has_its_pledge_and_single_window():
    unknown = checklist.Authentication("unknown")
    shanghai = {d.key: d for d in checklist.documents("z_b", "B", "shanghai", unknown)}
    beijing = {d.key: d for d in checklist.documents("z_b", "B", "beijing", unknown)}
    assert "notice-and-pledge" in str(shanghai["criminal_record"].city_note)
    assert beijing["criminal_record"].city_note == ""
    assert any(
        "single window" in str(n) and "class A" in str(n)
        for n in checklist.city_differences("shanghai", "A")
    )
    assert any("pilot zones" in str(n) for n in checklist.city_differences("shanghai", "B"))
    assert (
        checklist.city_differences("shanghai", "C")
        == checklist.city_differences("shanghai", "C")[:1]
    )
    assert checklist.city_differences("shenzhen", "A") == ()


def test_the_r_route_adds_its_confirmation_letter_and_other_routes_use_their_page():
    unknown = checklist.Authentication("unknown")
    assert "r_confirmation" in {d.key for d in checklist.documents("r", "A", "beijing", unknown)}
    assert checklist.documents("x1", "", "beijing", unknown) == ()
    steps = [str(step.title) for step in checklist.steps("z_b")]
    assert steps[2] == "Register your place of residence"
