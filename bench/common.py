"""Helpers shared by the benchmarks: servers, accounts, test media, memory sampling.

Everything runs on loopback against real processes started here: T2M's
gunicorn (the ``web`` line of the Procfile, on a migrated throw-away instance
folder), a moto S3 server, nginx and a bare Werkzeug ``send_file`` app under
the same gunicorn settings. Nothing here is a test: figures are printed and
written to ``bench/out/``.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
OUT = BENCH / "out"
BIN = ROOT / ".venv" / "bin"
MiB = 1024 * 1024
GiB = 1024 * MiB
PASSWORD = "correct horse battery staple"  # noqa: S105 - a throw-away bench account
START_TIMEOUT = 60.0
STOP_TIMEOUT = 30.0


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def workdir(keep: bool = False) -> Iterator[Path]:
    """A temporary folder for instances, media and logs (``BENCH_TMP`` picks the parent)."""
    path = Path(tempfile.mkdtemp(prefix="t2m-bench-", dir=os.environ.get("BENCH_TMP")))
    try:
        yield path
    finally:
        if keep:
            log(f"kept {path}")
        else:
            shutil.rmtree(path, ignore_errors=True)


def write_json(name: str, data: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    path.write_text(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n")
    return path


# ---------------------------------------------------------------- test media


def make_wav(path: Path, size: int, *, rate: int = 48_000, channels: int = 2) -> tuple[int, str]:
    """A valid PCM WAV (s16le) of about ``size`` bytes, filled with noise.

    Writing the 44-byte RIFF header ourselves and repeating one block of
    random samples is far faster than encoding, and ffprobe (T2M's sniffer)
    accepts it as audio. A fresh random block per call keeps uploads from
    being deduplicated against each other. Returns the real size and SHA-256.
    """
    frame = 2 * channels
    data_len = (size - 44) // frame * frame
    header = b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * frame, frame, 16)
    header += b"data" + struct.pack("<I", data_len)
    block = os.urandom(MiB)
    digest = hashlib.sha256(header)
    with open(path, "wb") as fh:
        fh.write(header)
        left = data_len
        while left:
            piece = block if left >= len(block) else block[:left]
            fh.write(piece)
            digest.update(piece)
            left -= len(piece)
    return 44 + data_len, digest.hexdigest()


# ------------------------------------------------------------ process memory


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (gunicorn's workers are the master's children)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may contain spaces and parentheses.
        fields = stat[stat.rfind(")") + 2 :].split()
        if int(fields[1]) == pid:
            found.append(int(entry))
    return sorted(found)


def memory(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM, RssAnon, RssFile of a process, in bytes ({} if it is gone)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                    out[key] = int(value.split()[0]) * 1024
    except OSError:
        return {}
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def reset_hwm(pid: int) -> bool:
    """Reset VmHWM to the current RSS (``echo 5 > /proc/PID/clear_refs``, Linux >= 4.0).

    Without it VmHWM keeps the peak of start-up and earlier requests, and a
    spike between two samples would go unseen. False when not permitted.
    """
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


@dataclass
class MemorySampler:
    """Samples the memory of some processes every ``interval`` seconds in a thread."""

    pids: list[int]
    interval: float = 0.05
    samples: dict[int, list[tuple[float, int, int]]] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> MemorySampler:
        self.samples = {pid: [] for pid in self.pids}
        self._t0 = time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _run(self) -> None:
        while True:
            now = time.monotonic() - self._t0
            for pid in self.pids:
                mem = memory(pid)
                if mem:
                    self.samples[pid].append((now, mem["VmRSS"], mem.get("RssAnon", 0)))
            if self._stop.wait(self.interval):
                return

    def peak_rss(self, pid: int) -> int:
        return max((s[1] for s in self.samples.get(pid, [])), default=0)

    def peak_anon(self, pid: int) -> int:
        return max((s[2] for s in self.samples.get(pid, [])), default=0)


# ------------------------------------------------------------------- servers


def procfile_web() -> str:
    """The ``web:`` command of the Procfile (so the bench runs what ``make run`` runs)."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.split(":", 1)[1].strip()
    raise RuntimeError("no web: line in the Procfile")


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment without a developer's T2M_/FLASK_/GUNICORN_ settings (no .env)."""
    drop = ("T2M_", "FLASK_", "GUNICORN_")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(drop) and k not in {"PORT", "HOST", "WEB_CONCURRENCY"}
    }
    env.update({"FLASK_SKIP_DOTENV": "1", "PYTHONUNBUFFERED": "1"})
    env.update(extra or {})
    return env


@dataclass
class Server:
    name: str
    url: str
    port: int
    proc: subprocess.Popen
    log_path: Path
    instance: Path | None = None

    @property
    def master(self) -> int:
        return self.proc.pid

    def workers(self) -> list[int]:
        return children(self.proc.pid)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group we started, then SIGKILL what is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _wait_http(server: Server, path: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(
                f"{server.name} exited with {server.proc.returncode}:\n{server.log_tail()}"
            )
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            conn.request("GET", path)
            status = conn.getresponse().status
            conn.close()
            if status < 500:
                return
            last = f"HTTP {status}"
        except OSError as exc:
            last = f"{type(exc).__name__}: {exc}"
        time.sleep(0.2)
    raise RuntimeError(f"{server.name} not up within {timeout:g}s ({last}):\n{server.log_tail()}")


@contextlib.contextmanager
def _spawn(
    name: str, cmd: list[str], env: dict, log_path: Path, ready_path: str, port: int, **kw
) -> Iterator[Server]:
    with open(log_path, "wb") as logf:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=logf,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        server = Server(name, f"http://127.0.0.1:{port}", port, proc, log_path, **kw)
        try:
            _wait_http(server, ready_path)
            yield server
        finally:
            _stop(proc)


@contextlib.contextmanager
def t2m_server(
    base: Path, *, workers: int | None = None, env: dict[str, str] | None = None
) -> Iterator[Server]:
    """Migrate a fresh instance under ``base`` and run the Procfile's web command.

    Only gunicorn runs (no Huey worker): the ``process`` jobs an upload queues
    wait in the SQLite queue instead of competing for the two cores.
    """
    instance = base / "instance"
    instance.mkdir(parents=True, exist_ok=True)
    port = free_port()
    extra = {"T2M_INSTANCE_PATH": str(instance), "PORT": str(port)}
    if workers:
        extra["WEB_CONCURRENCY"] = str(workers)
    extra.update(env or {})
    full_env = clean_env(extra)
    migrate = subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=ROOT,
        env=full_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if migrate.returncode:
        raise RuntimeError(f"flask db upgrade failed:\n{migrate.stdout}\n{migrate.stderr}")
    cmd = ["bash", "-c", "exec " + procfile_web()]
    with _spawn(
        "t2m", cmd, full_env, base / "t2m.log", "/api/v1/auth/health", port, instance=instance
    ) as server:
        yield server


@contextlib.contextmanager
def static_server(
    base: Path, file: Path | None, *, mode: str = "send_file", workers: int | None = None
) -> Iterator[Server]:
    """``bench/static_app.py`` (Werkzeug ``send_file``, no app, no auth, no database)
    under the Procfile's gunicorn command, serving ``file`` at ``/file``; ``mode``
    is its ``BENCH_STATIC_MODE``."""
    port = free_port()
    extra = {"PORT": str(port), "BENCH_STATIC_FILE": str(file or ""), "BENCH_STATIC_MODE": mode}
    if workers:
        extra["WEB_CONCURRENCY"] = str(workers)
    web = procfile_web()
    if not web.endswith("wsgi:app"):
        raise RuntimeError(f"unexpected Procfile web command: {web}")
    web = web.removesuffix("wsgi:app") + "--pythonpath bench static_app:app"
    cmd = ["bash", "-c", "exec " + web]
    log_path = base / f"static-{mode}.log"
    with _spawn(f"static-{mode}", cmd, clean_env(extra), log_path, "/health", port) as server:
        yield server


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )


@contextlib.contextmanager
def nginx_server(base: Path, file: Path) -> Iterator[Server]:
    """nginx (sendfile on, two workers) serving ``file`` at ``/file``."""
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed")
    port = free_port()
    prefix = base / "nginx"
    for sub in ("logs", "tmp", "conf"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    user = "user root;" if os.geteuid() == 0 else ""  # workers must read the temp folder
    conf = prefix / "conf" / "nginx.conf"
    conf.write_text(
        f"""{user}
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/logs/access.log;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    types {{ audio/wav wav; }}
    server {{
        listen 127.0.0.1:{port};
        location = /health {{ return 200 "ok"; }}
        location = /file {{ default_type audio/wav; alias {file}; }}
    }}
}}
"""
    )
    cmd = [binary, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"]
    with _spawn("nginx", cmd, clean_env(), base / "nginx.log", "/health", port) as server:
        yield server


@contextlib.contextmanager
def moto_server(base: Path) -> Iterator[Server]:
    port = free_port()
    cmd = [str(BIN / "python"), "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with _spawn("moto", cmd, clean_env(), base / "moto.log", "/moto-api/", port) as server:
        yield server


def create_bucket(endpoint: str, bucket: str) -> None:
    import boto3

    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",  # noqa: S106 - moto accepts any key
    ).create_bucket(Bucket=bucket)


def s3_env(endpoint: str, bucket: str) -> dict[str, str]:
    return {
        "T2M_STORAGE": "s3",
        "T2M_S3_BUCKET": bucket,
        "T2M_S3_ENDPOINT_URL": endpoint,
        "T2M_S3_REGION": "us-east-1",
        "T2M_S3_ACCESS_KEY_ID": "bench",
        "T2M_S3_SECRET_ACCESS_KEY": "bench",
    }


def procfile_command(name: str) -> str:
    """Any line of the Procfile by its process name (``web``, ``worker``)."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise RuntimeError(f"no {name}: line in the Procfile")


@dataclass
class Worker:
    """The Huey consumer started by :func:`t2m_worker`."""

    proc: subprocess.Popen
    log_path: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


@contextlib.contextmanager
def t2m_worker(base: Path, *, env: dict[str, str] | None = None) -> Iterator[Worker]:
    """The Procfile's ``worker`` command (the Huey consumer) for the instance that
    :func:`t2m_server` made under ``base``, with the same extra environment.

    Ready once the consumer logs its start; whether it really answers is for
    the caller to check (``GET /api/v1/system/health`` pings it through the queue).
    """
    full_env = clean_env({"T2M_INSTANCE_PATH": str(base / "instance"), **(env or {})})
    log_path = base / "worker.log"
    cmd = ["bash", "-c", "exec " + procfile_command("worker")]
    with open(log_path, "wb") as logf:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=full_env,
            stdin=subprocess.DEVNULL,
            stdout=logf,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        worker = Worker(proc, log_path)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while "consumer started" not in log_path.read_text(errors="replace"):
                if proc.poll() is not None:
                    tail = worker.log_tail()
                    raise RuntimeError(f"worker exited with {proc.returncode}:\n{tail}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"worker not up within {START_TIMEOUT:g}s")
                time.sleep(0.2)
            yield worker
        finally:
            _stop(proc)


# ---------------------------------------------------------------------- API


def api(url: str, method: str, path: str, body: dict | None = None, token: str | None = None):
    """A small JSON call; returns (status, parsed body)."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    conn.request(method, path, body=data, headers=headers)
    resp = conn.getresponse()
    raw = resp.read()
    conn.close()
    try:
        return resp.status, json.loads(raw)
    except ValueError:
        return resp.status, raw.decode(errors="replace")


def account(url: str) -> str:
    """Register a fresh user and log in through the API; returns the access token."""
    return sign_up(url)["access_token"]


def sign_up(url: str) -> dict:
    """Register a fresh user and log in through the API; the sign-in's data
    (``access_token``, ``user``)."""
    username = f"bench_{secrets.token_hex(4)}"
    status, body = api(
        url,
        "POST",
        "/api/v1/auth/register",
        {"email": f"{username}@example.com", "username": username, "password": PASSWORD},
    )
    if status not in (201, 202):  # 202: sign-up answers the same for a taken address
        raise RuntimeError(f"register: HTTP {status} {body}")
    status, body = api(
        url, "POST", "/api/v1/auth/login", {"username": username, "password": PASSWORD}
    )
    if status != 200:
        raise RuntimeError(f"login: HTTP {status} {body}")
    return body["data"]


@dataclass
class UploadResult:
    status: int
    body: dict | str
    size: int
    sent_seconds: float  # until the last body byte was handed to the kernel
    total_seconds: float  # until the response arrived (parse, sniff, store included)


def upload_file(
    url: str,
    token: str | None,
    path: Path,
    *,
    filename: str = "bench.wav",
    fields: dict | None = None,
    target: str = "/api/v1/files/upload",
) -> UploadResult:
    """POST a multipart upload streamed from disk (``socket.sendfile``, never in memory).

    The body length is computed beforehand, so the request carries a plain
    ``Content-Length`` (no chunked encoding), as browsers and curl send it.
    """
    host, port = url.removeprefix("http://").split(":")
    boundary = "t2mbench" + secrets.token_hex(12)
    head = b""
    for name, value in (fields or {}).items():
        head += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        ).encode()
    head += (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = path.stat().st_size
    conn = http.client.HTTPConnection(host, int(port), timeout=900)
    t0 = time.perf_counter()
    conn.putrequest("POST", target)
    if token:
        conn.putheader("Authorization", f"Bearer {token}")
    conn.putheader("Accept", "application/json")
    conn.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    conn.putheader("Content-Length", str(len(head) + size + len(tail)))
    conn.endheaders()
    try:
        conn.sock.sendall(head)
        with open(path, "rb") as fh:
            conn.sock.sendfile(fh)
        conn.sock.sendall(tail)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered early (an error): read that answer below
    sent = time.perf_counter() - t0
    resp = conn.getresponse()
    raw = resp.read()
    total = time.perf_counter() - t0
    conn.close()
    try:
        body = json.loads(raw)
    except ValueError:
        body = raw.decode(errors="replace")[:500]
    return UploadResult(resp.status, body, size, sent, total)


# ------------------------------------------------------------------- machine


def _version(cmd: list[str]) -> str | None:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return None
    text = (out.stdout + out.stderr).strip().splitlines()
    return text[0] if text else None


def machine() -> dict:
    cpu = "unknown"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_total = 0
    with contextlib.suppress(OSError), open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_total = int(line.split()[1]) * 1024
    from importlib.metadata import version

    def pkg(name: str) -> str | None:
        try:
            return version(name)
        except Exception:
            return None

    nginx = nginx_binary()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "mem_total_mib": mem_total // MiB,
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "gunicorn": pkg("gunicorn"),
        "werkzeug": pkg("werkzeug"),
        "flask": pkg("flask"),
        "boto3": pkg("boto3"),
        "moto": pkg("moto"),
        "nginx": _version([nginx, "-v"]) if nginx else None,
        "wrk": (_version(["wrk", "-v"]) or "").split(" [")[0] if shutil.which("wrk") else None,
        "procfile_web": procfile_web(),
    }


def proc_stat(pid: int) -> dict | None:
    """Scheduling facts of a process from ``/proc/<pid>/stat`` (None if it is gone):
    its name, nice value (field 19), own CPU seconds (utime + stime), CPU seconds
    of its reaped children (cutime + cstime) and when it started (epoch seconds)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read()
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
    except OSError:
        return None
    now = time.time()
    comm = stat[stat.find("(") + 1 : stat.rfind(")")]
    fields = stat[stat.rfind(")") + 2 :].split()  # fields[0] is field 3 (state)
    tick = os.sysconf("SC_CLK_TCK")
    return {
        "comm": comm,
        "nice": int(fields[16]),
        "cpu": (int(fields[11]) + int(fields[12])) / tick,
        "children_cpu": (int(fields[13]) + int(fields[14])) / tick,
        "started": now - (uptime - int(fields[19]) / tick),
    }


def thread_children(pid: int) -> list[int]:
    """Children of any thread of ``pid`` (``/proc/<pid>/task/*/children``): a
    threaded worker starts ffmpeg from its task threads, not its main thread."""
    found: set[int] = set()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                found.update(int(p) for p in fh.read().split())
        except OSError:
            continue
    return sorted(found)


def cmdline(pid: int) -> list[str]:
    """A process's argument list ([] if it is gone)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return [a.decode(errors="replace") for a in fh.read().split(b"\0") if a]
    except OSError:
        return []


def load_average() -> list[float]:
    """1, 5 and 15 minute load averages (other work on the machine skews throughput)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def mib(n: float) -> float:
    return round(n / MiB, 1)


_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*([KMG]i?B?)?$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``"1GiB"``, ``"256M"``, ``"1048576"`` -> bytes."""
    m = _SIZE.match(text.strip())
    if not m:
        raise ValueError(f"not a size: {text!r}")
    unit = (m.group(2) or "").upper()[:1]
    return int(float(m.group(1)) * {"": 1, "K": 1024, "M": MiB, "G": GiB}[unit])
