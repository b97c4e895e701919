"""gunicorn as deployed, plus tracemalloc in each web worker: what grows under load.

Used by `loadtest/run.py load --trace-memory`. Each worker starts tracing when
it forks, takes a baseline after WARM_UP requests (caches, lazy imports and
pools filled), then every EVERY requests writes the 25 allocation sites that
grew most since the baseline to WORK/memory-PID-N.txt.
"""

import gc
import os
import tracemalloc
from collections import Counter
from pathlib import Path

_here = Path(__file__).resolve().parent.parent / "deploy" / "gunicorn.conf.py"
exec(compile(_here.read_text(), str(_here), "exec"))  # noqa: S102  # nosec B102  # our own deploy file

# Tracing makes every request several times slower: let them finish.
timeout = 300
WARM_UP = int(os.environ.get("TRACE_WARM_UP", "100"))
EVERY = int(os.environ.get("TRACE_EVERY", "250"))
OUT = Path(os.environ["TRACE_DIR"])
_state = {"count": 0, "baseline": None, "types": Counter()}


def object_types() -> Counter:
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def post_fork(server, worker):
    tracemalloc.start(8)


def post_request(worker, req, environ, resp):
    _state["count"] += 1
    count = _state["count"]
    if count == WARM_UP:
        _state["baseline"] = tracemalloc.take_snapshot()
        _state["types"] = object_types()
    elif count > WARM_UP and (count - WARM_UP) % EVERY == 0:
        snapshot = tracemalloc.take_snapshot().filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__)]
        )
        growth = snapshot.compare_to(_state["baseline"], "traceback")
        lines = [
            f"after {count} requests; traced now {tracemalloc.get_traced_memory()[0] >> 20} MB"
        ]
        for stat in growth[:25]:
            lines.append(f"{stat.size_diff / 1024:+.0f} KiB in {stat.count_diff:+} blocks")
            lines.extend("    " + line for line in stat.traceback.format()[-8:])
        (OUT / f"memory-{os.getpid()}-{count}.txt").write_text("\n".join(lines) + "\n")
