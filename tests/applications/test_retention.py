import datetime
import io
import json
import zipfile

import pytest
from django.core.files.storage import storages
from django.utils import timezone

from talentportal.applications.models import Application
from talentportal.applications.retention import apply_retention
from tests.factories import apply_data


@pytest.fixture
def two_applications(client, setting, fresh_login):
    from tests.factories import opening

    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    recent = opening(setting["org"], title_en="Recent", title="Recent")
    client.post(
        f"/en/openings/{recent.pk}/apply/",
        apply_data(setting, **{f"question_{setting['question'].pk}": ""}),
    )
    old = Application.objects.get(opening=setting["job"])
    setting["job"].status = "closed"
    setting["job"].closed_at = timezone.now() - datetime.timedelta(days=400)
    setting["job"].save()
    return old, Application.objects.get(opening=recent)


def test_retention_anonymises_only_what_is_due(two_applications):
    old, recent = two_applications
    cv_name = old.cv.name
    assert apply_retention() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.applicant is None and old.profile == {} and old.cover_letter == ""
    assert not storages["private"].exists(cv_name)
    assert old.history.count() == 1  # the record of what happened stays
    assert recent.profile["name"] == "Lucía Gómez"
    assert apply_retention() == 0


def test_account_deletion_anonymises_applications_and_export_lists_them(client, two_applications):
    response = client.post("/en/accounts/privacy/export/")
    data = json.loads(
        zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).read("my-data.json")
    )
    assert {a["opening"] for a in data["applications"]} == {"Research Engineer", "Recent"}

    client.post(
        "/en/accounts/privacy/delete/", {"password": "correct-horse-battery", "confirm": "on"}
    )
    assert Application.objects.count() == 2
    assert not Application.objects.exclude(profile={}).exists()
    assert not Application.objects.filter(applicant__isnull=False).exists()
