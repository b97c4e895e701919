"""Two simultaneous applications by one person: the database keeps one."""

import threading

import pytest
from django.db import connection, connections

from talentportal.applications import services
from talentportal.applications.models import Application
from tests.factories import opening, organisation, verified_user
from tests.profiles.test_cv_and_photo import PDF

pytestmark = [
    pytest.mark.transactional,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrency"),
]


def test_double_submit_at_the_same_moment_leaves_one_application():
    job = opening(organisation())
    person = verified_user()
    barrier = threading.Barrier(2)
    outcomes = []

    def submit():
        try:
            barrier.wait()
            services.submit(job, person, "Hello", "cv.pdf", PDF, [])
            outcomes.append("created")
        except services.AlreadyApplied:
            outcomes.append("existing")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["created", "existing"]
    assert Application.objects.filter(opening=job, applicant=person).count() == 1
