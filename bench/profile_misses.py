"""Where a cache miss spends its time: cProfile over repeated requests, in process.

    .venv/bin/python bench/profile_misses.py [PATH ...]

Runs the site with production settings against the demo database and a
throwaway Redis, the page cache off (every request a miss), warms each path
once, then profiles `BENCH_PROFILE_ROUNDS` more requests per path and prints
the functions with the most cumulative and own CPU time, and the queries
per request; then a table of CPU ms per miss (best and median of five batches
without the profiler) and queries. `BENCH_PROFILE=0` skips the profiles,
`BENCH_PROFILE_DUMP=DIR` writes them for pstats or snakeviz. Without paths it
profiles the misses `make bench` measures.
"""

import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import services  # noqa: E402
from bench.pages import MISSES  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_PROFILE_ROUNDS", "30"))
# BENCH_PROFILE=0: only the CPU time and queries of each miss, no profile.
PROFILE = os.environ.get("BENCH_PROFILE", "1") != "0"
BATCHES = 5


def _cpu_per_request(client, path: str) -> tuple[float, float]:
    """CPU ms per request: the best and the median of five batches.

    Other processes on a shared machine slow this one's CPU down too (caches,
    hyperthreads); the best batch is the least disturbed.
    """
    batches = []
    for _ in range(BATCHES):
        started = time.process_time()
        for _ in range(ROUNDS):
            client.get(path)
        batches.append((time.process_time() - started) / ROUNDS * 1000)
    return min(batches), statistics.median(batches)


def main(paths: list[str]) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-profile-"))
    redis, redis_url = services.start_redis(workdir)
    try:
        os.environ.update(
            services.production_env(redis_url, "http://127.0.0.1", PAGE_CACHE_ENABLED="false")
        )
        import django

        django.setup()
        from django.db import connection
        from django.test import Client

        client = Client(HTTP_HOST="127.0.0.1")
        summary: list[tuple[str, tuple[float, float], int]] = []
        for path in paths:
            if client.get(path).status_code != 200:
                sys.exit(f"{path} did not answer 200")
            queries: list[str] = []

            def record(execute, sql, *args, queries=queries):
                queries.append(sql)
                return execute(sql, *args)

            with connection.execute_wrapper(record):
                client.get(path)
            plain = _cpu_per_request(client, path)
            summary.append((path, plain, len(queries)))
            if not PROFILE:
                continue
            # CPU time, not wall time: on a shared machine waiting is someone else's work.
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(ROUNDS):
                client.get(path)
            profiler.disable()
            stats = pstats.Stats(profiler)
            per_request = stats.total_tt / ROUNDS * 1000
            print(
                f"\n=== {path}: {plain[0]:.1f} ms CPU per request (best batch; median "
                f"{plain[1]:.1f}; {per_request:.1f} ms profiled), {len(queries)} queries"
            )
            stats.sort_stats("cumulative").print_stats(
                os.environ.get("BENCH_PROFILE_FILTER", ""), 40
            )
            stats.sort_stats("tottime").print_stats(20)
            if os.environ.get("BENCH_PROFILE_DUMP"):
                # For a closer look: python -m pstats FILE, or snakeviz.
                name = path.strip("/").replace("/", "_") or "root"
                stats.dump_stats(Path(os.environ["BENCH_PROFILE_DUMP"]) / f"{name}.prof")
            if os.environ.get("BENCH_PROFILE_CALLERS"):
                stats.print_callers(os.environ["BENCH_PROFILE_CALLERS"])
            if os.environ.get("BENCH_PROFILE_SQL"):
                print("\n".join(queries))
        print(f"\n{'miss':<45}{'CPU ms (best)':>14}{'(median)':>10}{'queries':>9}")
        for path, (best, median), count in summary:
            print(f"{path:<45}{best:>14.1f}{median:>10.1f}{count:>9}")
    finally:
        services.stop(redis)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:] or list(MISSES.values()))
