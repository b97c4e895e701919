"""Lighthouse (mobile preset) on the pages a newcomer lands on, in every language.

Serves the demo site as production does (gunicorn, hashed and compressed static
files, Redis), runs Lighthouse from tools/page-audit/node_modules in Debian's
Chromium on each language's home page, a guide, the openings listing and an
opening, prints the four category scores and exits non-zero when any is below
the target. Run it with `make audit-pages`.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import services  # noqa: E402 (the bench's way of starting a site)

LIGHTHOUSE = ROOT / "tools/page-audit/node_modules/lighthouse/cli/index.js"
LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGET = 95
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking"
    " --disable-component-update --disable-sync --disable-quic --no-first-run"
)


def start_front(workdir, backend_port, media_root):
    """nginx in front of the site as in deploy/: /media/ from disk, the rest proxied."""
    port = services.free_port()
    conf = workdir / "front.conf"
    conf.write_text(
        f"""
daemon off;
worker_processes 1;
pid {workdir / "front.pid"};
error_log {workdir / "front-error.log"} warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {workdir};
    proxy_temp_path {workdir};
    fastcgi_temp_path {workdir};
    uwsgi_temp_path {workdir};
    scgi_temp_path {workdir};
    include /etc/nginx/mime.types;
    server {{
        listen 127.0.0.1:{port};
        location /media/ {{ alias {media_root}/; expires 30d; }}
        location / {{
            proxy_pass http://127.0.0.1:{backend_port};
            proxy_set_header Host 127.0.0.1:{port};
        }}
    }}
}}
"""
    )
    front = services.spawn(["nginx", "-c", str(conf), "-p", str(workdir)], os.environ, quiet=True)
    return front, f"http://127.0.0.1:{port}"


def first_opening(base):
    with urllib.request.urlopen(base + "/en/openings/", timeout=60) as response:  # noqa: S310
        html = response.read().decode()
    match = re.search(r'href="/en/openings/(\d+/)"', html)
    if match is None:
        sys.exit("The demo has no opening to audit: run `make setup` first.")
    return "openings/" + match.group(1)


# Lighthouse sometimes loses a trace on a busy machine ("Something went wrong with
# recording the trace … Please run Lighthouse again"): a run that fails is run again.
ATTEMPTS = 3


def lighthouse(url, workdir):
    report = workdir / "report.json"
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = dict(os.environ, CHROME_PATH=shutil.which("chromium") or "/usr/bin/chromium")
    for attempt in range(1, ATTEMPTS + 1):
        if subprocess.run(command, env=env).returncode == 0:
            break
        if attempt == ATTEMPTS:
            sys.exit(f"Lighthouse failed {ATTEMPTS} times on {url}")
    result = json.loads(report.read_text())
    categories, audits = result["categories"], result["audits"]
    scores = {name: round(categories[name]["score"] * 100) for name in CATEGORIES}
    # What cost the points, for the categories under the target.
    missed = [
        f"{name}: {ref['id']}"
        for name in CATEGORIES
        if scores[name] < TARGET
        for ref in categories[name]["auditRefs"]
        if ref["weight"] and (audits[ref["id"]]["score"] or 0) < 1
    ]
    return scores, missed


def main():
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-lighthouse-"))
    processes = []
    try:
        redis, redis_url = services.start_redis(workdir)
        processes.append(redis)
        port = services.free_port()
        media_root = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
        front, base = start_front(workdir, port, media_root)
        processes.append(front)
        env = services.production_env(redis_url, base, MEDIA_ROOT=str(media_root))
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        site = services.gunicorn("talentportal.wsgi", port, env, "2")
        processes.append(site)
        services.wait_for(f"http://127.0.0.1:{port}/robots.txt", site)
        services.wait_for(base + "/robots.txt", front)
        pages = {"home": "", "guide": "living-in-china/emergency-numbers/"}
        pages["openings"] = "openings/"
        pages["opening"] = first_opening(base)
        failures = []
        print(f"{'page':<24}" + "".join(f"{name:>16}" for name in CATEGORIES))
        for language in LANGUAGES:
            for kind, path in pages.items():
                scores, missed = lighthouse(f"{base}/{language}/{path}", workdir)
                row = f"{language + ' ' + kind:<24}" + "".join(
                    f"{scores[c]:>16}" for c in CATEGORIES
                )
                print(row + ("    " + "; ".join(missed) if missed else ""), flush=True)
                failures += [f"{language} {kind} {c}" for c in CATEGORIES if scores[c] < TARGET]
        if failures:
            sys.exit(f"Below {TARGET}: " + ", ".join(failures))
    finally:
        services.stop(*processes)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
