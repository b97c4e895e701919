"""The two small scripts, driven in a browser: the CV upload's progress bar and
"Add another question" in the opening form.

No test waits for time to pass: the upload is slowed by Chromium's own network
emulation, and every step waits for an element or a value to appear.
"""

import re

import pytest

from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser

# Over the script's 512 KB threshold, under the CV limit.
LARGE_PDF = b"%PDF-1.4\n" + b"% padding\n" * 150_000 + b"%%EOF\n"


def test_a_large_cv_upload_shows_its_progress_then_the_result(live_site, browser):
    base = live_site["url"]
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    sign_in(page, base, "professional@example.com")
    page.goto(base + "/en/profile/")
    status = page.locator("#cv-form .upload-progress")
    assert status.is_hidden()  # nothing shows until something is sent

    # 1.5 MB at 256 KB/s: several seconds of upload events to watch.
    network = context.new_cdp_session(page)
    network.send("Network.enable")
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 262_144},
    )
    page.set_input_files(
        "#cv-form input[type=file]",
        files=[{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": LARGE_PDF}],
    )
    page.locator("#cv-form button[type=submit]").click()

    status.wait_for(state="visible")
    # The bar moves, is labelled, and the count is announced in words.
    # (A <progress>'s value is reflected in its attribute: no script needed to watch it.)
    page.locator("#cv-form progress:not([value='0']):not([value='100'])").wait_for()
    page.locator("#cv-form [role=status]", has_text="Sent so far:").wait_for()
    assert page.get_by_label("Uploading your CV").count() == 1
    assert re.match(r"Sent so far: \d+%", page.locator("#cv-form [role=status]").inner_text())
    assert page.locator("#cv-form button[type=submit]").is_disabled()  # no second submission

    # The server's answer replaces the page, as a plain submission would.
    page.get_by_text("Your CV is uploaded.").wait_for()
    assert page.url.endswith("/en/profile/")
    assert "Current CV: cv.pdf" in page.locator("main").inner_text()
    context.close()


def test_a_small_cv_goes_up_as_a_plain_form(live_site, browser):
    base = live_site["url"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, base, "professional@example.com")
    page.goto(base + "/en/profile/")
    page.set_input_files(
        "#cv-form input[type=file]",
        files=[
            {"name": "short.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}
        ],
    )
    with page.expect_navigation():
        page.locator("#cv-form button[type=submit]").click()
    page.get_by_text("Your CV is uploaded.").wait_for()
    assert "Current CV: short.pdf" in page.locator("main").inner_text()
    context.close()


def test_hr_adds_several_questions_without_saving_between_them(live_site, browser):
    base = live_site["url"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    hr = context.new_page()
    sign_in(hr, base, "shenzhen.company.recruiter@example.com")
    hr.goto(base + "/en/employer/")
    hr.get_by_role("link", name=re.compile("Qianhai Robotics")).click()
    hr.get_by_role("link", name="Openings", exact=True).last.click()
    hr.get_by_role("link", name="Post an opening").click()

    questions = hr.locator("[data-formset-rows] > .question-row")
    total = hr.locator("input[name$='-TOTAL_FORMS']").last
    add = hr.get_by_role("button", name="Add another question")
    assert questions.count() == 3  # the empty rows a plain form offers
    assert total.input_value() == "3"
    for number in (4, 5, 6):
        add.click()
        questions.nth(number - 1).wait_for()
        assert total.input_value() == str(number)
        # The keyboard moves to the new row's first field, numbered for its row.
        focused = hr.locator(":focus").get_attribute("name")
        assert re.fullmatch(rf"\w+-{number - 1}-text_en", focused), focused
        # Its label still points at its own field.
        field_id = hr.locator(":focus").get_attribute("id")
        assert hr.locator(f"label[for='{field_id}']").count() == 1

    title = "Underwater Robotics Engineer (several questions)"
    hr.fill("#id_title_en", title)
    hr.fill("#id_description_en", "<p>Design underwater robots.</p>")
    hr.select_option("#id_kind", "engineer")
    hr.select_option("#id_field", "engineering")
    hr.select_option("#id_employment_type", "full-time")
    texts = [f"Question typed in row {n}?" for n in range(1, 7)]
    for index, text in enumerate(texts):
        questions.nth(index).locator("input[name$='-text_en']").fill(text)
    hr.locator("main form button[type=submit]:not([name=then])").last.click()
    hr.wait_for_url(re.compile(r"/openings/$"))

    hr.get_by_role("link", name=title).click()
    for text in texts:
        assert hr.locator(f"input[value='{text}']").count() == 1, text
    # Ten at most: the button leaves once the rows reach the limit.
    for _ in range(10 - questions.count()):
        add.click()
    assert questions.count() == 10
    assert add.is_hidden()
    context.close()
