#!/usr/bin/env python3
"""What a web worker's memory grows by, request after request: tracemalloc, in one process.

    .venv/bin/python loadtest/memory_growth.py --warm-up 150 --requests 600

Runs against the load-test database (`loadtest/run.py prepare`) with the
production settings, in this one process and through Django's own handler, so
that nothing else on a busy machine slows the tracing down. The requests are
the load profile's reading, searching (Latin and Chinese) and signed-in pages,
in turn. After the warm-up (caches, catalogues and lazy imports loaded) it
takes a snapshot; at the end it prints how much traced memory grew per
request, the allocation sites that grew most and the object types that grew
in number.
"""

import argparse
import gc
import itertools
import os
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "loadtest"))

PATHS = [
    "/en/",
    "/zh-hans/",
    "/en/beijing/",
    "/ar/shanghai/",
    "/en/shenzhen/",
    "/en/openings/",
    "/en/openings/?q=engineer",
    "/en/search/?q=visa",
    "/en/openings/?q=研究",
    "/zh-hans/search/?q=工作许可",
    "/en/accounts/login/",
    "/ru/",
    "/fr/openings/",
]
SIGNED_IN = ["/en/accounts/", "/en/openings/", "/en/profile/"]


def object_types() -> Counter:
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm-up", type=int, default=150)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--frames", type=int, default=8)
    arguments = parser.parse_args()

    from run import WORK, env  # the load runner's settings: its database, Redis and folders

    os.environ.update(env())
    import django

    django.setup()
    from django.test import Client

    from talentportal.accounts.models import User

    # A failing page counts as its status, as a browser would see it.
    anonymous = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    person = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    person.force_login(User.objects.get(email="load1@loadtest.example.org"))
    plan = itertools.cycle(
        [(anonymous, path) for path in PATHS] + [(person, path) for path in SIGNED_IN]
    )
    statuses = Counter()

    def run(count: int) -> None:
        for _ in range(count):
            client, path = next(plan)
            statuses[client.get(path).status_code] += 1

    tracemalloc.start(arguments.frames)
    run(arguments.warm_up)
    gc.collect()
    before, types = tracemalloc.take_snapshot(), object_types()
    traced_before = tracemalloc.get_traced_memory()[0]
    run(arguments.requests)
    gc.collect()
    after = tracemalloc.take_snapshot()
    traced_after = tracemalloc.get_traced_memory()[0]
    grew = object_types()
    grew.subtract(types)

    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]
    growth = after.filter_traces(ignore).compare_to(before.filter_traces(ignore), "traceback")
    print(f"statuses: {dict(statuses)}; work folder {WORK}")
    print(
        f"traced memory: {traced_before / 2**20:.1f} MB after {arguments.warm_up} requests,"
        f" {traced_after / 2**20:.1f} MB after {arguments.requests} more"
        f" ({(traced_after - traced_before) / arguments.requests / 1024:+.1f} KiB per request)"
    )
    print("object types that grew in number:", grew.most_common(12))
    for stat in growth[:12]:
        print(f"\n{stat.size_diff / 1024:+.0f} KiB in {stat.count_diff:+} blocks")
        for line in stat.traceback.format()[-2 * arguments.frames :]:
            print("   ", line)


if __name__ == "__main__":
    main()
