"""`make bench`: the site under gunicorn beside two references, measured with wrk on loopback.

References, served with the same flags: an empty Django view (`bench/hello.py`,
the framework floor) and nginx serving a byte copy of the home page (the
physical bound). Targets: anonymous cache hits inside Django, the same pages
through the shipped Varnish (deploy/varnish/), cache misses (a second app
server with the page cache off, as signed-in readers are served), cold misses
(a third with its kept fragments off too, as the first reader after a
publish is served), and the openings listing at 100,000 rows.
Each row prints req/s and p50/p99 at each concurrency and the ratio of its
req/s to both references. Uses the database `make setup` prepared
(`DATABASE_URL` to bench PostgreSQL).
"""

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import services  # noqa: E402
from bench.services import free_port  # noqa: E402  (bench/applications.py uses it)

LANGUAGES = ("en", "zh-hans", "ar", "ru", "es", "fr")
# Page types measured in all six languages: one wrk run cycles through them.
CACHED_PAGES = {
    "home": "/{lang}/",
    "city": "/{lang}/shanghai/",
    "guide": "/{lang}/beijing/guides/arriving/",
    "visa": "/{lang}/visas-and-permits/z-visa/",
    "housing": "/{lang}/beijing/housing/chaoyang-sanlitun-cbd/",
}
MISSES = {
    "home": "/en/",
    "city": "/zh-hans/shanghai/",
    "guide": "/ar/beijing/guides/arriving/",
    "search": "/en/search/?q=visa",
    "listing": "/en/openings/",
    "filtered": "/zh-hans/openings/?city=shanghai&permit=on&kind=faculty&sort=deadline",
    "keywords": "/en/openings/?q=engineer&min_salary=300000",
}
# The content pages again with nothing kept: the first reader after a publish.
COLD_MISSES = ("home", "city", "guide", "search")
OPENINGS = int(os.environ.get("BENCH_OPENINGS", "100000"))
CONCURRENCIES = tuple(int(c) for c in os.environ.get("BENCH_CONCURRENCIES", "1,8,32").split(","))
DURATION = os.environ.get("BENCH_DURATION", "5s")
# A subset while working on one part: BENCH_SECTIONS=hits,varnish (references always run).
SECTIONS = set(os.environ.get("BENCH_SECTIONS", "hits,varnish,misses,size").split(","))
WORKERS = os.environ.get("BENCH_WORKERS", "4")
# When wrk stops, the requests its connections left queued are still served:
# at c=1 after a c=8 run of slow misses, the first request waited 50–100 ms
# behind them. Each run starts after this pause.
SETTLE_SECONDS = 1.0


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def run_wrk(url, connections, headers=(), paths=None, duration=None):
    """req/s, p50 ms, p99 ms, non-2xx count; with `paths`, requests cycle through them."""
    time.sleep(SETTLE_SECONDS)
    extra = [arg for header in headers for arg in ("-H", header)]
    script = []
    if paths:
        lua = Path(tempfile.mkstemp(suffix=".lua")[1])
        quoted = ", ".join(f'"{p}"' for p in paths)
        lua.write_text(
            f"local paths = {{{quoted}}}\nlocal i = 0\n"
            "request = function()\n  i = i % #paths + 1\n"
            "  return wrk.format(nil, paths[i])\nend\n"
        )
        script = ["-s", str(lua)]
    out = subprocess.run(
        [
            "wrk",
            *extra,
            *script,
            "--latency",
            # A slow miss on a busy machine still counts (wrk drops replies after 2 s by default).
            "--timeout",
            "30s",
            "-t",
            str(min(connections, 2)),
            "-c",
            str(connections),
            "-d",
            duration or DURATION,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def warm_up(url, headers=(), paths=None):
    """A second of requests from twice as many connections as workers, not counted.

    A gunicorn worker's first request for a page loads its templates, URLs and
    catalogues; warming through one request reached one worker, and at c=1 the
    three cold first requests of the others were the slowest 1 % of a row.
    """
    run_wrk(url, 2 * int(WORKERS), headers=headers, paths=paths, duration="1s")


def ensure_openings(env):
    """Top the database up to OPENINGS openings (once; later runs reuse them)."""
    count = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from talentportal.openings.models import Opening; print(Opening.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    missing = OPENINGS - int(count)
    if missing > 0:
        subprocess.run(
            [sys.executable, "manage.py", "seed_demo", "--openings", str(missing)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return max(OPENINGS, int(count))


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310  # nosec B310  # http on loopback, to servers this script started
    with urllib.request.urlopen(request, timeout=60) as reply:  # noqa: S310  # nosec B310  # http on loopback, to servers this script started
        return reply.read(), reply.headers


def first_view_bytes(base, media_base):
    """What a first anonymous visit to the home page transfers: HTML, CSS, icons, images.

    Images come from /media/, which nginx serves in production.
    """
    html, _headers = fetch(base + "/en/")
    assets = set(re.findall(r'(?:href|src)="(/(?:static|media)/[^"]+)"', html.decode()))
    plain = len(html)
    packed = len(fetch(base + "/en/", {"Accept-Encoding": "gzip"})[0])
    for asset in sorted(assets):
        origin = media_base if asset.startswith("/media/") else base
        try:
            body, _h = fetch(origin + asset)
            plain += len(body)
            body_gz, _headers = fetch(origin + asset, {"Accept-Encoding": "gzip"})
            packed += len(body_gz)
        except OSError:
            continue
    return len(html), len(gzip.compress(html)), plain, packed, len(assets)


class Table:
    """Rows of req/s, p50 and p99 at each concurrency, with their ratio to both references.

    The machine's speed drifts while the bench runs (a shared host: the empty
    view served 4,300 to 5,600 req/s in runs minutes apart), so the reference a
    row's target is set against (`against`: hello for Django, nginx for
    Varnish) is measured again right before each of the row's runs, and that
    ratio uses it. The other ratio uses the references measured at the start.

    A row that cycles through six addresses has wrk call a Lua function for
    every request, which costs wrk itself time: nginx served about 15% fewer
    requests at c=32 asked that way than asked plainly, on the same address.
    So the adjacent reference is asked the same way, cycling through its own
    address as many times, and the ratio compares the servers, not wrk's modes.
    """

    def __init__(self, references=None, urls=None):
        self.references = references
        self.urls = urls or {}
        print(
            f"{'target':<24}{'conc.':>6}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
            f"{'errors':>8}{'× hello':>9}{'× nginx':>9}"
        )

    def row(self, name, url, paths=None, against=None):
        warm_up(url, paths=paths)
        results = {}
        for connections in CONCURRENCIES:
            adjacent = {}
            if against:
                reference = self.urls[against]
                same_mode = [urllib.parse.urlsplit(reference).path] * len(paths) if paths else None
                adjacent[against] = run_wrk(reference, connections, paths=same_mode)[0]
            rps, p50, p99, errors = run_wrk(url, connections, paths=paths)
            results[connections] = rps
            ratios = ""
            if self.references:
                hello = adjacent.get("hello") or self.references["hello"][connections]
                static = (
                    adjacent.get("nginx static") or self.references["nginx static"][connections]
                )
                ratios = (
                    f"{rps / hello:>8.2f}{'*' if 'hello' in adjacent else ' '}"
                    f"{rps / static:>8.2f}{'*' if 'nginx static' in adjacent else ' '}"
                )
            print(
                f"{name:<24}{connections:>6}{rps:>10.1f}{p50:>9.1f}{p99:>9.1f}{errors:>8}{ratios}",
                flush=True,
            )
        return results


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-bench-"))
    processes = []
    try:
        redis, redis_url = services.start_redis(workdir)
        processes.append(redis)
        site_port, miss_port, hello_port = free_port(), free_port(), free_port()
        cold_port = free_port()
        varnish, varnish_port = services.start_varnish(workdir, site_port)
        processes.append(varnish)
        front = f"http://127.0.0.1:{varnish_port}"
        env = services.production_env(redis_url, front, FRONT_CACHE_URL=front)
        # The demo seeding is a development command.
        openings = ensure_openings(dict(env, DJANGO_SETTINGS_MODULE="talentportal.settings.dev"))
        services.collectstatic(env)
        site = services.gunicorn("talentportal.wsgi", site_port, env, WORKERS)
        misses = services.gunicorn(
            "talentportal.wsgi", miss_port, dict(env, PAGE_CACHE_ENABLED="false"), WORKERS
        )
        # Nothing kept at all: what the first reader of each page after a publish waits for.
        cold = services.gunicorn(
            "talentportal.wsgi",
            cold_port,
            dict(env, PAGE_CACHE_ENABLED="false", TEMPLATE_FRAGMENTS_ENABLED="false"),
            WORKERS,
        )
        hello = services.gunicorn("bench.hello:application", hello_port, env, WORKERS)
        processes += [site, misses, cold, hello]
        base, miss_base = f"http://127.0.0.1:{site_port}", f"http://127.0.0.1:{miss_port}"
        cold_base = f"http://127.0.0.1:{cold_port}"
        services.wait_for(base + "/robots.txt", site)
        services.wait_for(miss_base + "/robots.txt", misses)
        services.wait_for(cold_base + "/robots.txt", cold)
        services.wait_for(f"http://127.0.0.1:{hello_port}/", hello)
        services.wait_for(front + "/robots.txt", varnish)

        home_html, _headers = fetch(base + "/en/")
        media_root = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
        nginx, nginx_port = services.start_nginx_static(
            workdir, {"/en/index.html": home_html}, WORKERS, media_root
        )
        processes.append(nginx)
        static_url = f"http://127.0.0.1:{nginx_port}/en/"
        services.wait_for(static_url, nginx)

        # Warm every cached page once (the cache is Redis, shared by the workers).
        for template in CACHED_PAGES.values():
            for lang in LANGUAGES:
                fetch(base + template.format(lang=lang))
                fetch(front + template.format(lang=lang))
        for path in MISSES.values():
            fetch(miss_base + path)

        load_before = os.getloadavg()
        print(
            f"gunicorn, {WORKERS} sync workers for the site and for hello; nginx with the same "
            f"number of workers; {os.cpu_count()} cores; wrk {DURATION} per row; "
            f"{openings} openings; load average before: {load_before[0]:.2f} {load_before[1]:.2f} "
            f"{load_before[2]:.2f}"
        )
        print("\nReferences")
        urls = {"hello": f"http://127.0.0.1:{hello_port}/", "nginx static": static_url}
        table = Table()
        references = {
            "hello": table.row("hello (empty view)", urls["hello"]),
            "nginx static": table.row("nginx static home", urls["nginx static"]),
        }

        print(
            "\n* the ratio to a reference measured again right before the row's run at "
            "that concurrency, asked the same way (a row cycling through six addresses has it "
            "cycle through its own); the other ratio is to the references above"
        )
        table = Table(references, urls)
        if "hits" in SECTIONS:
            print("\nAnonymous cache hits inside Django (each row cycles through six languages)")
            for name, template in CACHED_PAGES.items():
                paths = [template.format(lang=lang) for lang in LANGUAGES]
                table.row(f"hit {name}", base + paths[0], paths=paths, against="hello")

        if "varnish" in SECTIONS:
            print("\nBehind the shipped front cache (Varnish, deploy/varnish/)")
            for name, template in CACHED_PAGES.items():
                paths = [template.format(lang=lang) for lang in LANGUAGES]
                table.row(f"varnish {name}", front + paths[0], paths=paths, against="nginx static")

        if "misses" in SECTIONS:
            print("\nCache misses (page cache off; page bodies, header and footer kept)")
            for name, path in MISSES.items():
                table.row(f"miss {name}", miss_base + path, against="hello")
            print("\nCold misses (page cache and kept fragments off)")
            for name in COLD_MISSES:
                table.row(f"cold {name}", cold_base + MISSES[name])

        if "size" in SECTIONS:
            html, html_gz, total, total_gz, assets = first_view_bytes(
                base, f"http://127.0.0.1:{nginx_port}"
            )
            print(
                f"\nHome page, first anonymous view: HTML {html:,} B ({html_gz:,} B gzip); "
                f"with {assets} assets {total:,} B uncompressed, {total_gz:,} B as sent to a "
                f"browser accepting gzip"
            )
        load_after = os.getloadavg()
        print(f"Load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    finally:
        services.stop(*reversed(processes))
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
