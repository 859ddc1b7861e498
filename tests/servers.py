"""Real servers for tests: gunicorn workers of this project, Redis, and the database they share."""

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def free_port() -> int:
    """A free port in TEST_SERVER_PORTS (default 8300-8399), for servers the tests start.

    Under pytest-xdist each worker takes its own slice of the range, so two workers never race for a port."""
    low, high = (int(n) for n in os.environ.get("TEST_SERVER_PORTS", "8300-8399").split("-"))
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    size = (high - low + 1) // workers
    low, high = low + worker * size, low + (worker + 1) * size - 1
    for port in range(low, high + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port in {low}-{high}")


def redis_url() -> str:
    """The Redis the cache tests use; they fail (never skip) when it does not answer."""
    import redis

    url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as error:
        raise AssertionError(
            f"Redis does not answer at {url}. Start it with: "
            'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no'
        ) from error
    return url


def database_url_for_other_processes(connection, folder: Path) -> str:
    """A DATABASE_URL through which another process sees what this test committed.

    PostgreSQL: the test database itself. SQLite (in memory in tests): a copy in a file.
    """
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    connection.ensure_connection()
    target = folder / "shared.sqlite3"
    with contextlib.closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
    return f"sqlite:///{target}"


def project_env(**overrides) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "advocacy.settings.test", **overrides}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return {k: v for k, v in env.items() if v is not None}


@contextlib.contextmanager
def gunicorn(env: dict, log: Path, *, workers: int = 1, threads: int = 1):
    """Run ``gunicorn advocacy.wsgi`` on a free port; yields its base URL."""
    port = free_port()
    with log.open("w") as log_file:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "advocacy.wsgi", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", str(workers), "--threads", str(threads), "--timeout", "30"],
            cwd=BASE_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "gunicorn did not start:\n" + log.read_text()
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run_python(code: str, env: dict) -> str:
    """Run Django code in a separate process (another worker, or an editor's request)."""
    prelude = "import django; django.setup()\n"
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", prelude + code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def fetch(url: str, timeout: float = 15, host: str | None = None, binary: bool = False) -> tuple[int, dict, str]:
    headers = {"Accept": "text/html", **({"Host": host} if host else {})}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status, headers, body = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, dict(error.headers), error.read()
    return status, headers, body if binary else body.decode()
