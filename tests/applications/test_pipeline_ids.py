"""Found by the page audit's Nu checker: an id written twice, and a date field's
value in the reader's date format, which a date input refuses."""

import datetime
import re
from collections import Counter

from django.utils import translation

from talentportal.openings.forms import OpeningForm
from tests.applications.test_hr_pipeline import applied, pipeline_url  # noqa: F401 (fixture)


def test_the_pipeline_filters_and_the_bulk_move_have_their_own_ids(client, applied):  # noqa: F811
    html = client.get(pipeline_url(applied).format("en")).content.decode()
    ids = Counter(re.findall(r'\bid="([^"]+)"', html))
    assert ids["id_stage"] == 1
    assert not [name for name, count in ids.items() if count > 1]


def test_an_openings_start_date_is_iso_in_every_language():
    widget = OpeningForm._meta.widgets["start_date"]
    for language in ("fr", "ru", "zh-hans", "ar"):
        with translation.override(language):
            assert 'value="2027-02-19"' in widget.render("start_date", datetime.date(2027, 2, 19))
