"""Where a cache miss spends its time: cProfile over repeated requests, in process.

    .venv/bin/python bench/profile_misses.py [PATH ...]

Runs the site with production settings against the demo database and a
throwaway Redis, the page cache off (every request a miss), warms each path
once, then profiles `BENCH_PROFILE_ROUNDS` more requests per path and prints
the functions with the most cumulative and own CPU time, and the queries
per request. Without paths it profiles the misses `make bench` measures.
"""

import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import services  # noqa: E402
from bench.pages import MISSES  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_PROFILE_ROUNDS", "30"))


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
        for path in paths:
            if client.get(path).status_code != 200:
                sys.exit(f"{path} did not answer 200")
            queries: list[str] = []

            def record(execute, sql, *args, queries=queries):
                queries.append(sql)
                return execute(sql, *args)

            with connection.execute_wrapper(record):
                client.get(path)
            # CPU time, not wall time: on a shared machine waiting is someone else's work.
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(ROUNDS):
                client.get(path)
            profiler.disable()
            stats = pstats.Stats(profiler)
            per_request = stats.total_tt / ROUNDS * 1000
            started = time.process_time()
            for _ in range(ROUNDS):
                client.get(path)
            plain = (time.process_time() - started) / ROUNDS * 1000
            print(
                f"\n=== {path}: {plain:.1f} ms CPU per request ({per_request:.1f} ms profiled), "
                f"{len(queries)} queries"
            )
            stats.sort_stats("cumulative").print_stats(
                os.environ.get("BENCH_PROFILE_FILTER", ""), 40
            )
            stats.sort_stats("tottime").print_stats(20)
            if os.environ.get("BENCH_PROFILE_DUMP"):
                # For a closer look: python -m pstats FILE, or snakeviz.
                target = Path(os.environ["BENCH_PROFILE_DUMP"]) / (
                    path.strip("/").replace("/", "_") or "root"
                )
                stats.dump_stats(f"{target}.prof")
            if os.environ.get("BENCH_PROFILE_CALLERS"):
                stats.print_callers(os.environ["BENCH_PROFILE_CALLERS"])
            if os.environ.get("BENCH_PROFILE_SQL"):
                print("\n".join(queries))
    finally:
        services.stop(redis)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:] or list(MISSES.values()))
