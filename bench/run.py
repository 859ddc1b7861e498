"""`make bench`: the demo site under load, on SQLite (1x content) and PostgreSQL (10x content).

For each database: a fresh database, the demo content (settled: see ``SETTLE``), ``gunicorn`` with 2
sync workers and the production settings (Redis as the shared cache when it answers), then a load
generator (``wrk`` when installed, else a Python client) on every kind of public URL, uncached (a
dummy query parameter no one else uses) and cached, and the checker's POST. Then a trivial WSGI app
in the same run as the yardstick, and 50 clients for 60 seconds against PostgreSQL, counting errors.
On each database a fixed number of downloads by many clients at once checks that every download
served is counted. Prints a Markdown report ending with a table of issue 11's targets (measured,
required, PASS or FAIL), and exits non-zero if any target fails, unless BENCH_REPORT_ONLY=1 (or
``--report-only``): then it only reports.

Settings (environment): BENCH_SECONDS (per measurement, default 10), BENCH_REPEATS (each measurement
taken this many times, the median reported; 3), BENCH_SOAK_SECONDS (60), BENCH_CONNECTIONS (16),
BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/cachexia_bench: dropped and made again), REDIS_URL
(redis://127.0.0.1:6379/0), BENCH_PORTS (8300-8399), BENCH_LOAD_GENERATOR (wrk or python),
BENCH_COUNTED_DOWNLOADS (2000), BENCH_REPORT_ONLY. See docs/scaling.md.
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
PY = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "60"))
# Each measurement is taken this many times and the median (by req/s) reported, as the issue's own
# figures were: a 2-core machine's speed drifts from minute to minute.
REPEATS = max(1, int(os.environ.get("BENCH_REPEATS", "3")))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
COUNTED_DOWNLOADS = int(os.environ.get("BENCH_COUNTED_DOWNLOADS", "2000"))
REPORT_ONLY = os.environ.get("BENCH_REPORT_ONLY", "").lower() in ("1", "true", "yes") or "--report-only" in sys.argv
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/cachexia_bench")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
CHECKER_FORM = {
    "criteria_set": "fearon-2011",
    "units": "metric",
    "current_weight": "60",
    "earlier_weight": "70",
    "months_ago": "6",
    "height_cm": "170",
    "age": "64",
    "appetite_loss": "yes",
}
# The results page, not the form again with errors: the POST measured is a complete answer.
CHECKER_RESULTS_MARK = 'class="stage-result"'

FIND_URLS = """
import json
from advocacy.models import ContentPage, SectionIndexPage
from materials.models import MaterialIndexPage, MaterialPage
from staging.models import StagesPage
material = MaterialPage.objects.live().order_by("path").first()
print(json.dumps({
    "home": "/",
    "section": SectionIndexPage.objects.live().order_by("path").first().url,
    "content": ContentPage.objects.live().order_by("path").first().url,
    "stages": StagesPage.objects.live().first().url,
    "materials index": MaterialIndexPage.objects.live().first().url,
    "material": material.url,
    "search": "/search/?q=weight",
    "download": material.url + "download/",
}))
"""
# Never cached, by design (advocacy/page_cache.py): private searches, streamed files.
NOT_CACHEABLE = {"search": "searches stay private", "download": "streamed"}
PAGES = ("home", "section", "content", "stages", "materials index", "material", "search")
LISTING_PAGES, DETAIL_PAGES = ("section", "materials index", "search"), ("home", "content", "stages", "material")
# After a bulk load, as a database settles in production: statistics for the planner, dead rows gone
# (the 10x copy updates every page), and the write-ahead log flushed, so that autovacuum and a
# checkpoint do not run inside the first measurements.
SETTLE = """
from django.db import connection
with connection.cursor() as cursor:
    if connection.vendor == "postgresql":
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if cursor.fetchone()[0]:  # CHECKPOINT needs a superuser before PostgreSQL 15
            cursor.execute("CHECKPOINT")
    else:
        cursor.execute("ANALYZE")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
"""
DOWNLOADS_COUNTED = """
from django.db.models import Sum
from materials.models import DownloadDay
print(DownloadDay.objects.aggregate(n=Sum("count"))["n"] or 0)
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    low, high = (int(n) for n in os.environ.get("BENCH_PORTS", "8300-8399").split("-"))
    for port in range(low, high + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


def redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception:  # noqa: BLE001 (any failure: no Redis for this run)
        return False
    return True


def manage(env: dict, *args: str) -> str:
    done = subprocess.run(  # noqa: S603
        [PY, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def shell(env: dict, code: str) -> str:
    return manage(env, "shell", "-c", code)


def recreate_postgres(url: str) -> None:
    import psycopg2

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"Unexpected database name: {name!r}")
    admin = psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username, password=parts.password, dbname="postgres"
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


@contextlib.contextmanager
def gunicorn(app: str, env: dict, workers: int = 2):
    port = free_port()
    logfile = Path(env.get("BENCH_TMP", tempfile.gettempdir())) / f"gunicorn-{port}.log"
    with logfile.open("w") as out:
        server = subprocess.Popen(  # noqa: S603
            [PY, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
            + ["--worker-class", "sync", "--timeout", "60", "--log-level", "warning"],
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start:\n" + logfile.read_text())
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# --- load generators ---------------------------------------------------------------------------

UNCACHED_LUA = """
local salt = "%s"
local counter = 0
local id = 0
function setup(thread) id = id + 1; thread:set("id", id) end
function request()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  local tag = salt .. "-" .. tostring(id) .. "-" .. counter
  return wrk.format(nil, wrk.path .. sep .. "bench=" .. tag)
end
"""
MIX_LUA = """
local paths = {%s}
local i = 0
local threads = {}
statuses = {}
function setup(thread) table.insert(threads, thread) end
function request() i = i + 1; return wrk.format(nil, paths[(i %% #paths) + 1]) end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do totals[code] = (totals[code] or 0) + n end
  end
  for code, n in pairs(totals) do io.write(string.format("status %%d: %%d\\n", code, n)) end
end
"""


def wrk_script(tmp: Path, name: str, text: str) -> Path:
    path = tmp / f"{name}.lua"
    path.write_text(text)
    return path


def parse_duration(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(url: str, seconds: int, connections: int, script: Path | None) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    latency = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+(\S+)\s*$", out, re.MULTILINE))
    if "99" not in latency:
        raise SystemExit(f"Unexpected wrk output for {url}:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    statuses = {int(code): int(n) for code, n in re.findall(r"^status (\d+): (\d+)$", out, re.MULTILINE)}
    details = [f"{n} x {code}" for code, n in sorted(statuses.items()) if code >= 300]
    if socket_errors:
        details += [
            f"{n} {kind}"
            for kind, n in zip(("connect", "read", "write", "timeout"), socket_errors.groups(), strict=True)
            if n != "0"
        ]
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": parse_duration(latency["50"]),
        "p99": parse_duration(latency["99"]),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0),
        "error_details": ", ".join(details),
    }


def run_python_client(url: str, seconds: int, connections: int, *, uncached=False, paths=None, post=None) -> dict:
    parts = urllib.parse.urlsplit(url)
    deadline = time.monotonic() + seconds
    latencies, errors, lock = [], [0], threading.Lock()
    failures: dict[str, int] = {}
    counter = iter(range(10**12))
    salt = secrets.token_hex(6)  # as in UNCACHED_LUA

    def worker():
        while time.monotonic() < deadline:
            n = next(counter)
            path = paths[n % len(paths)] if paths else parts.path + (f"?{parts.query}" if parts.query else "")
            if uncached:
                path += ("&" if "?" in path else "?") + f"bench={salt}-{n}"
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                if post:
                    conn.request("POST", path, body=post["body"], headers=post["headers"])
                else:
                    conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                conn.close()
                ok, failure = response.status < 400, f"x {response.status}"
            except OSError as error:
                ok, failure = False, type(error).__name__
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok
                if not ok:
                    failures[failure] = failures.get(failure, 0) + 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "rps": len(latencies) / seconds,
        "p50": latencies[len(latencies) // 2] if latencies else 0,
        "p99": latencies[int(len(latencies) * 0.99)] if latencies else 0,
        "requests": len(latencies),
        "errors": errors[0],
        "error_details": ", ".join(f"{n} {failure}" for failure, n in sorted(failures.items())),
    }


def counted_downloads(url: str, total: int, connections: int) -> int:
    """Send ``total`` GETs to ``url`` from ``connections`` clients at once; how many answered 200.

    Every request is read to its end (none is cut off at a deadline, as a timed run does), so the
    server's count of downloads can be compared with it exactly.
    """
    parts = urllib.parse.urlsplit(url)
    remaining, served, lock = [total], [0], threading.Lock()

    def worker():
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
                n = remaining[0]
            try:
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                conn.request("GET", f"{parts.path}?counted={n}")
                response = conn.getresponse()
                response.read()
                conn.close()
            except OSError:
                continue
            with lock:
                served[0] += response.status == 200

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return served[0]


class LoadGenerator:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        wanted = os.environ.get("BENCH_LOAD_GENERATOR", "wrk")
        self.kind = "wrk" if wanted == "wrk" and shutil.which("wrk") else "python"

    def get(self, url, *, uncached=False, seconds=SECONDS, connections=CONNECTIONS):
        if self.kind == "wrk":
            # A new salt for every run: a repeat never meets the entries an earlier run stored.
            script = wrk_script(self.tmp, "uncached", UNCACHED_LUA % secrets.token_hex(6)) if uncached else None
            return run_wrk(url, seconds, connections, script)
        return run_python_client(url, seconds, connections, uncached=uncached)

    def post(self, url, body: str, headers: dict, *, seconds=SECONDS, connections=CONNECTIONS):
        if self.kind == "wrk":
            lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(body)}"]
            lines += [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()]
            return run_wrk(url, seconds, connections, wrk_script(self.tmp, "post", "\n".join(lines)))
        return run_python_client(url, seconds, connections, post={"body": body, "headers": headers})

    def mix(self, base_url, paths, *, seconds, connections):
        if self.kind == "wrk":
            script = wrk_script(self.tmp, "mix", MIX_LUA % ", ".join(json.dumps(p) for p in paths))
            return run_wrk(base_url + "/", seconds, connections, script)
        return run_python_client(base_url + "/", seconds, connections, paths=paths)


# --- the run -----------------------------------------------------------------------------------


def median_of(measure, *args, **kwargs) -> dict:
    """``measure(*args, **kwargs)`` REPEATS times: the run with the median req/s, with every run's req/s in ``runs``
    and the errors of all of them."""
    results = sorted((measure(*args, **kwargs) for _ in range(REPEATS)), key=lambda result: result["rps"])
    median = dict(results[len(results) // 2])
    median["runs"] = [result["rps"] for result in results]
    median["errors"] = sum(result["errors"] for result in results)
    return median


def checker_post(base_url: str, stages_path: str) -> tuple[str, str, dict]:
    # The form (and its CSRF cookie) is on the checker's own page; it posts to the stages page's check/ route.
    with urllib.request.urlopen(base_url + stages_path + "check-your-numbers/", timeout=10) as response:  # noqa: S310 (127.0.0.1)
        cookies = response.headers.get_all("Set-Cookie") or []
    token = next(c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken="))
    body = urllib.parse.urlencode({**CHECKER_FORM, "csrfmiddlewaretoken": token})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={token}"}
    return base_url + stages_path + "check/", body, headers


def check_response(url: str, method="GET", body=None, headers=None, expect=200, contains=None) -> None:
    request = urllib.request.Request(url, data=body.encode() if body else None, headers=headers or {}, method=method)  # noqa: S310
    with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 (127.0.0.1)
        if response.status != expect:
            raise SystemExit(f"{method} {url}: {response.status}")
        if contains and contains not in response.read().decode():
            raise SystemExit(f"{method} {url}: the answer does not contain {contains!r}")


def bench_database(label: str, database_url: str, factor: int, base_env: dict, load: LoadGenerator, soak=False):
    env = {**base_env, "DATABASE_URL": database_url}
    log(f"== {label}: migrate, demo content x{factor}")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    if factor > 1:
        # 10x the pages and files (40 materials); labels and criteria sets stay as they are.
        shell(env, f"from tests.content import multiply_content; multiply_content({factor}, snippets=False)")
    shell(env, SETTLE)
    urls = json.loads(shell(env, FIND_URLS).strip().splitlines()[-1])
    rows, soak_result = [], None
    with gunicorn("advocacy.wsgi", env) as base_url:
        for path in urls.values():
            for _ in range(3):
                check_response(base_url + path)
        for name, path in urls.items():
            log(f"   {name}: {path}")
            rows.append((name, "uncached", median_of(load.get, base_url + path, uncached=True)))
            if name in NOT_CACHEABLE:
                rows.append((name, f"cached: n/a ({NOT_CACHEABLE[name]})", None))
            else:
                rows.append((name, "cached", median_of(load.get, base_url + path)))
        post_url, body, headers = checker_post(base_url, urls["stages"])
        check_response(post_url, "POST", body, headers, contains=CHECKER_RESULTS_MARK)
        log("   checker POST")
        rows.append(("checker POST", "never cached", median_of(load.post, post_url, body, headers)))
        log(f"   {COUNTED_DOWNLOADS} counted downloads")
        before = int(shell(env, DOWNLOADS_COUNTED).strip().splitlines()[-1])
        served = counted_downloads(base_url + urls["download"], COUNTED_DOWNLOADS, CONNECTIONS)
        counted = int(shell(env, DOWNLOADS_COUNTED).strip().splitlines()[-1]) - before
        downloads = {"sent": COUNTED_DOWNLOADS, "served": served, "counted": counted}
        if soak:
            paths = [p for name, p in urls.items() if name != "download"] + [urls["download"]]
            paths += [p + ("&" if "?" in p else "?") + f"soak={i}" for i, p in enumerate(urls.values())]
            log(f"   50 clients for {SOAK_SECONDS} s")
            soak_result = load.mix(base_url, paths, seconds=SOAK_SECONDS, connections=50)
    return rows, soak_result, downloads


def table(title: str, rows) -> str:
    lines = [
        f"### {title}",
        "",
        "| page | mode | req/s | each run | p50 ms | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, mode, result in rows:
        if result is None:
            lines.append(f"| {name} | {mode} | | | | | |")
        else:
            runs = ", ".join(f"{rps:.0f}" for rps in result.get("runs", [result["rps"]]))
            lines.append(
                f"| {name} | {mode} | {result['rps']:.0f} | {runs} | {result['p50']:.1f} | {result['p99']:.1f} | "
                f"{result['errors']} |"
            )
    return "\n".join(lines)


def rps(rows, name: str, mode: str) -> float:
    return next((r["rps"] for n, m, r in rows if n == name and m == mode and r), 0.0)


def targets(sqlite_rows, pg_rows, trivial: float, downloads: dict, soak: dict) -> list[tuple[str, str, str, bool]]:
    """Issue 11's targets: (target, measured, required, met)."""
    checks = []
    for name in LISTING_PAGES + DETAIL_PAGES:
        goal = 255 if name in LISTING_PAGES else 340
        kind = "listing" if name in LISTING_PAGES else "detail"
        measured = rps(sqlite_rows, name, "uncached")
        checks.append(
            (f"{name} ({kind}), uncached, SQLite 1x", f"{measured:.0f} req/s", f">= {goal} req/s", measured >= goal)
        )
    for name in PAGES:
        pg, sqlite = rps(pg_rows, name, "uncached"), rps(sqlite_rows, name, "uncached")
        checks.append(
            (
                f"{name}, uncached: PostgreSQL 10x vs SQLite 1x",
                f"{pg:.0f} vs {sqlite:.0f} req/s ({pg / sqlite:.0%})" if sqlite else f"{pg:.0f} vs 0 req/s",
                ">= 80%",
                bool(sqlite) and pg >= 0.8 * sqlite,
            )
        )
    measured = rps(sqlite_rows, "checker POST", "never cached")
    checks.append(("checker POST, SQLite 1x", f"{measured:.0f} req/s", ">= 360 req/s", measured >= 360))
    measured = rps(sqlite_rows, "download", "uncached")
    checks.append(("2 KB download, SQLite 1x", f"{measured:.0f} req/s", ">= 1,000 req/s", measured >= 1000))
    for label, counts in downloads.items():
        checks.append(
            (
                f"every download counted ({label}, {counts['sent']} by {CONNECTIONS} clients at once)",
                f"{counts['served']} served, {counts['counted']} counted",
                "counted = served = sent",
                counts["served"] == counts["counted"] == counts["sent"],
            )
        )
    for name in PAGES:
        if name in NOT_CACHEABLE:
            continue
        for label, rows in (("SQLite 1x", sqlite_rows), ("PostgreSQL 10x", pg_rows)):
            measured = rps(rows, name, "cached")
            checks.append(
                (
                    f"{name}, cached, {label} vs the trivial app",
                    f"{measured:.0f} req/s ({measured / trivial:.0%})" if trivial else f"{measured:.0f} req/s",
                    f">= 1/3 of {trivial:.0f} req/s",
                    measured >= trivial / 3,
                )
            )
    detail = f" ({soak['error_details']})" if soak.get("error_details") else ""
    checks.append((f"50 clients for {SOAK_SECONDS} s, errors", f"{soak['errors']}{detail}", "0", soak["errors"] == 0))
    return checks


def targets_table(checks) -> str:
    lines = ["| target | measured | required | result |", "|---|---:|---:|---|"]
    lines += [
        f"| {text} | {measured} | {required} | {'PASS' if ok else 'FAIL'} |" for text, measured, required, ok in checks
    ]
    failed = sum(not ok for *_rest, ok in checks)
    lines += ["", f"**{len(checks) - failed} of {len(checks)} targets met; {failed} failed.**"]
    return "\n".join(lines)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="cachexia-bench-"))
    load = LoadGenerator(tmp)
    uptime_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()  # noqa: S607
    use_redis = redis_available()
    prefix = f"bench-{secrets.token_hex(4)}"
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "advocacy.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "FILE_CACHE_DIR": str(tmp / "cache"),
        "CACHE_KEY_PREFIX": prefix,
        "RATE_LIMIT_CHECKER_PER_10_MIN": str(10**9),
        "TASKS_IMMEDIATE": "true",  # the demo content is indexed as it is made: no worker in the bench
        "LOG_LEVEL": "ERROR",
        "BENCH_TMP": str(tmp),
        "PYTHONPATH": str(BASE_DIR),
    }
    if use_redis:
        base_env["REDIS_URL"] = REDIS_URL
    else:
        base_env.pop("REDIS_URL", None)
    try:
        log("== collectstatic")
        manage({**base_env, "DATABASE_URL": f"sqlite:///{tmp / 'static.sqlite3'}"}, "collectstatic", "--noinput", "-v0")
        sqlite_rows, _, sqlite_downloads = bench_database(
            "SQLite", f"sqlite:///{tmp / 'bench.sqlite3'}", 1, base_env, load
        )
        recreate_postgres(PG_URL)
        pg_rows, soak, pg_downloads = bench_database("PostgreSQL", PG_URL, 10, base_env, load, soak=True)
        log("== trivial WSGI app")
        with gunicorn("bench.trivial_wsgi", base_env) as base_url:
            trivial = median_of(load.get, base_url + "/")
    finally:
        if use_redis:
            import redis

            client = redis.Redis.from_url(REDIS_URL)
            for key in client.scan_iter(match=f"{prefix}*", count=1000):
                client.delete(key)
        shutil.rmtree(tmp, ignore_errors=True)
    uptime_after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()  # noqa: S607
    downloads = {"SQLite 1x": sqlite_downloads, "PostgreSQL 10x": pg_downloads}
    checks = targets(sqlite_rows, pg_rows, trivial["rps"], downloads, soak)
    report = [
        "## make bench",
        "",
        f"- load generator: {load.kind}, {CONNECTIONS} connections, {SECONDS} s per measurement, the median of "
        f"{REPEATS}; gunicorn: 2 sync workers, production settings; "
        f"cache: {'Redis' if use_redis else 'file cache (no Redis answered)'}",
        f"- CPUs: {os.cpu_count()}; before: `{uptime_before}`; after: `{uptime_after}`",
        "",
        table("SQLite, demo content (1x)", sqlite_rows),
        "",
        table("PostgreSQL, 10x content", pg_rows),
        "",
        table("Yardstick", [("trivial WSGI app, 20 KB", "", trivial)]),
        "",
        f"### 50 clients for {SOAK_SECONDS} s (PostgreSQL, every URL, cached and uncached)",
        "",
        f"{soak['requests']} requests, {soak['rps']:.0f} req/s, p50 {soak['p50']:.1f} ms, p99 {soak['p99']:.1f} ms, "
        f"**errors: {soak['errors']}**" + (f" ({soak['error_details']})" if soak.get("error_details") else ""),
        "",
        "### Targets (issue 11)",
        "",
        targets_table(checks),
    ]
    print("\n".join(report))
    if REPORT_ONLY:
        return 0
    return 1 if any(not ok for *_rest, ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
