"""Fixtures for the end-to-end tests.

``live_server`` runs the application the way ``make run`` does: migrate a
fresh instance folder with ``flask --app wsgi db upgrade``, then
``honcho start --no-prefix -f Procfile -p PORT`` (gunicorn + the Huey
worker), in its own process group, and waits until the health endpoint says
a worker answered the queue. ``browser``/``page`` drive the system Chromium
through Playwright (``playwright install`` is never needed).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
HEALTH = "/api/v1/system/health"
START_TIMEOUT = 60.0  # seconds for migrate + honcho + gunicorn + worker to be healthy
STOP_TIMEOUT = 20.0
PASSWORD = "correct horse battery"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@dataclass(frozen=True)
class LiveServer:
    url: str
    instance: Path
    log_path: Path

    def log_tail(self, lines: int = 60) -> str:
        return _tail(self.log_path, lines)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test that used a live server gets the end of that server's log
    (gunicorn and the worker) in its report: what the server saw is usually
    what explains a browser that waited in vain."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    for name, value in getattr(item, "funcargs", {}).items():
        if isinstance(value, LiveServer):
            report.sections.append((f"live server log ({name})", value.log_tail(120)))


def _tail(path: Path, lines: int = 60) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(instance: Path, port: int, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of ``make run`` for a throw-away instance folder.

    Inherited ``T2M_*``/``FLASK_*``/``GUNICORN_*`` variables are dropped so a
    developer's settings (say, a PostgreSQL ``T2M_DATABASE_URL``) never leak
    into the test server, and ``.env`` files are not read for the same reason.
    """
    drop = ("T2M_", "FLASK_", "GUNICORN_")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(drop) and k not in {"PORT", "HOST", "WEB_CONCURRENCY"}
    }
    env.update(
        {
            "T2M_INSTANCE_PATH": str(instance),
            "PORT": str(port),
            "FLASK_SKIP_DOTENV": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra or {})
    return env


def _health(url: str) -> tuple[int | None, dict | None, str]:
    try:
        r = requests.get(url + HEALTH, timeout=10)
    except requests.RequestException as exc:
        return None, None, f"{type(exc).__name__}: {exc}"
    try:
        body = r.json()
    except ValueError:
        body = None
    return r.status_code, body, r.text[:500]


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the whole process group (honcho, gunicorn, worker), then SIGKILL."""
    pgid = proc.pid  # start_new_session=True: the group id is honcho's pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT)
    # honcho is gone; give its children a moment, then make sure none is left.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


@contextlib.contextmanager
def run_live_server(base: Path, extra_env: dict[str, str] | None = None) -> Iterator[LiveServer]:
    """Migrate a fresh instance under ``base`` and run the Procfile on a free port."""
    instance = base / "instance"
    instance.mkdir(parents=True)
    log_path = base / "server.log"
    port = free_port()
    env = server_env(instance, port, extra_env)

    migrate = subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if migrate.returncode != 0:
        pytest.fail(
            f"flask db upgrade failed ({migrate.returncode}):\n{migrate.stdout}\n{migrate.stderr}",
            pytrace=False,
        )

    server = LiveServer(url=f"http://127.0.0.1:{port}", instance=instance, log_path=log_path)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(BIN / "honcho"), "start", "--no-prefix", "-f", "Procfile", "-p", str(port)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            _wait_until_healthy(proc, server)
            yield server
        finally:
            _stop(proc)


def _wait_until_healthy(proc: subprocess.Popen, server: LiveServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    last = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(
                f"honcho exited with {proc.returncode} before the server was healthy.\n"
                f"--- {server.log_path} ---\n{server.log_tail()}",
                pytrace=False,
            )
        status, body, text = _health(server.url)
        if status == 200 and body:
            queue = (body.get("data") or {}).get("checks", {}).get("queue", {})
            if queue.get("status") == "ok":
                return
        last = f"{status}: {text}"
        time.sleep(0.5)
    pytest.fail(
        f"The live server was not healthy within {START_TIMEOUT:g}s (last: {last}).\n"
        f"--- {server.log_path} ---\n{server.log_tail()}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def live(tmp_path_factory) -> Iterator[LiveServer]:
    """The real thing, as ``make run`` starts it (default settings, rate limits on)."""
    with run_live_server(tmp_path_factory.mktemp("live")) as server:
        yield server


@pytest.fixture(scope="session")
def live_server(live) -> str:
    """Base URL of the live server, e.g. ``http://127.0.0.1:41234``."""
    return live.url


@dataclass(frozen=True)
class LiveS3Server(LiveServer):
    """A live server whose media live in a bucket of the suite's moto S3 server."""

    s3: object = None  # a boto3 client for the test S3 server
    bucket: str = ""

    def object_keys(self) -> list[str]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        return [item["Key"] for page in pages for item in page.get("Contents", ())]


@pytest.fixture(scope="module")
def live_s3(tmp_path_factory, s3_server) -> Iterator[LiveS3Server]:
    """The live server with ``T2M_STORAGE=s3`` on a fresh bucket, serving media by
    presigned redirects (the default ``T2M_S3_SERVE``), so the browser fetches
    video and pictures from S3 itself."""
    with _live_s3_server(
        tmp_path_factory.mktemp("live-s3"), s3_server, {"T2M_S3_SERVE": "redirect"}
    ) as server:
        yield server


@contextlib.contextmanager
def _live_s3_server(base: Path, s3_server: str, extra: dict[str, str]) -> Iterator[LiveS3Server]:
    """A live server on a fresh bucket of the suite's moto server (dropped after)."""
    from tests import s3server

    client = s3server.client(s3_server)
    bucket = s3server.create_bucket(client)
    env = {
        "T2M_STORAGE": "s3",
        "T2M_S3_BUCKET": bucket,
        "T2M_S3_ENDPOINT_URL": s3_server,
        "T2M_S3_REGION": s3server.REGION,
        "T2M_S3_ACCESS_KEY_ID": "testing",
        "T2M_S3_SECRET_ACCESS_KEY": "testing",
        **extra,
    }
    try:
        with run_live_server(base, env) as server:
            yield LiveS3Server(
                url=server.url,
                instance=server.instance,
                log_path=server.log_path,
                s3=client,
                bucket=bucket,
            )
    finally:
        s3server.drop_bucket(client, bucket)


@pytest.fixture(scope="module")
def live_s3_small_parts(tmp_path_factory, s3_server) -> Iterator[LiveS3Server]:
    """The live server on S3 with 5 MiB parts (``T2M_S3_MULTIPART_MB=5``), so a
    few MiB of body already send a part while the upload arrives; media are
    served through the app (``T2M_S3_SERVE=proxy``)."""
    with _live_s3_server(
        tmp_path_factory.mktemp("live-s3-parts"),
        s3_server,
        {"T2M_S3_MULTIPART_MB": "5", "T2M_S3_SERVE": "proxy"},
    ) as server:
        yield server


@pytest.fixture(scope="module")
def live_unlimited(tmp_path_factory) -> Iterator[LiveServer]:
    """A second live server without rate limits, for tests that send many requests."""
    with run_live_server(
        tmp_path_factory.mktemp("live-unlimited"), {"T2M_RATELIMIT_ENABLED": "false"}
    ) as server:
        yield server


# ---- API helpers ----------------------------------------------------------------


def unique_name(prefix: str = "e2e") -> str:
    """A fresh, valid username (3 to 32 of ``[A-Za-z0-9_.-]``)."""
    return f"{prefix}_{secrets.token_hex(5)}"


def register_via_api(base_url: str, username: str | None = None, password: str = PASSWORD) -> dict:
    """Register an account through the JSON API, sign in, and return the sign-in
    envelope's data (tokens and user)."""
    username = username or unique_name()
    r = requests.post(
        base_url + "/api/v1/auth/register",
        json={"email": f"{username}@example.com", "username": username, "password": password},
        timeout=30,
    )
    assert r.status_code == 202, (r.status_code, r.text)
    r = requests.post(
        base_url + "/api/v1/auth/login",
        json={"username": username, "password": password},
        timeout=30,
    )
    assert r.status_code == 200, (r.status_code, r.text)
    return r.json()["data"]


# ---- browser --------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """One headless system Chromium for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# What Chromium says when a page's Content-Security-Policy refuses something
# ("Refused to load the script ... because it violates the following Content
# Security Policy directive", "Refused to evaluate a string as JavaScript ...").
CSP_MARK = "Content Security Policy"
# Violations are events too (workers, report-only): put them on the console as well.
CSP_LISTENER = """document.addEventListener("securitypolicyviolation", (e) => console.error(
  `Content Security Policy violation: ${e.violatedDirective} refused ${e.blockedURI || "inline"}`
  + ` at ${e.sourceFile}:${e.lineNumber}`));"""


@contextlib.contextmanager
def new_page(browser, base_url: str):
    """A fresh browser context (no cookies) with ``base_url`` set, and its page.

    Every page of the context is watched for Content-Security-Policy
    violations (console messages and uncaught errors): any fails the test
    when the block ends.
    """
    context = browser.new_context(base_url=base_url)
    context.set_default_timeout(15_000)
    violations: list[str] = []

    def record(where: str, text: str) -> None:
        if CSP_MARK in text:
            violations.append(f"{where}: {text}")

    context.on("console", lambda msg: record(msg.page.url if msg.page else "worker", msg.text))
    context.on("weberror", lambda err: record(err.page.url if err.page else "?", str(err.error)))
    context.add_init_script(CSP_LISTENER)
    try:
        yield context.new_page()
    finally:
        context.close()
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page per test against the default live server."""
    with new_page(browser, live_server) as page:
        yield page
