"""Range-serving benchmark: T2M's download endpoint against plain static serving.

One ~256 MiB WAV is uploaded to a fresh T2M instance (local storage, the
Procfile's gunicorn: 2 workers x 4 threads). The stored blob - the very same
file on disk - is then served three ways in the same run:

* ``t2m``: ``GET /api/v1/files/{id}/download`` with a bearer token (JWT check,
  database look-up, ``send_file``, access counting written to SQLite);
* ``werkzeug-static``: ``bench/static_app.py``, Werkzeug's ``send_file`` on
  the same gunicorn command, no app, auth or database (T2M's own overhead is
  the difference to this);
* ``fix-seekable`` / ``fix-sendfile``: the Werkzeug baseline with two ways of
  producing a 206 body that do not read the file from byte 0 (see
  ``static_app.py``), measured to size a fix in T2M;
* ``nginx``: nginx with ``sendfile on`` (when installed), the usual yardstick.

Two workloads per server, each for a fixed time after a short warm-up, on
loopback: random 1 MiB ranges (8 connections) and full-file downloads (4
connections). The client is ``wrk`` when installed, else a threaded
``http.client`` keep-alive client (``--client python``). Every server is first
checked to return the right bytes (a 206 range and the full file's SHA-256).

Usage: .venv/bin/python bench/ranges.py [--size 256MiB] [--duration 10] [--client auto]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (
    BENCH,
    MiB,
    account,
    api,
    load_average,
    log,
    machine,
    make_wav,
    mib,
    nginx_binary,
    nginx_server,
    parse_size,
    static_server,
    t2m_server,
    upload_file,
    workdir,
    write_json,
)

WORKLOADS = {
    # name: (range length in bytes, 0 = whole file; connections)
    "range_1mib": (MiB, 8),
    "full_file": (0, 4),
}


# ------------------------------------------------------------------ clients


def _get(port: int, path: str, token: str | None, rng: str | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if rng:
        headers["Range"] = rng
    conn.request("GET", path, headers=headers)
    return conn, conn.getresponse()


def verify(name: str, port: int, path: str, token: str | None, file: Path, sha: str) -> None:
    """The server sends the right bytes: one random 1 MiB range, then the whole file."""
    size = file.stat().st_size
    first = random.randrange(0, size - MiB)
    conn, resp = _get(port, path, token, f"bytes={first}-{first + MiB - 1}")
    body = resp.read()
    conn.close()
    with open(file, "rb") as fh:
        fh.seek(first)
        expected = fh.read(MiB)
    want_range = f"bytes {first}-{first + MiB - 1}/{size}"
    if resp.status != 206 or resp.getheader("Content-Range") != want_range or body != expected:
        raise RuntimeError(
            f"{name}: bad range answer: {resp.status} {resp.getheader('Content-Range')}"
        )
    conn, resp = _get(port, path, token)
    digest, n = hashlib.sha256(), 0
    while chunk := resp.read(MiB):
        digest.update(chunk)
        n += len(chunk)
    conn.close()
    if resp.status != 200 or n != size or digest.hexdigest() != sha:
        raise RuntimeError(f"{name}: bad full answer: {resp.status}, {n} bytes")


def run_wrk(
    port: int, path: str, token: str | None, size: int, rlen: int, conns: int, seconds: float
) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "BENCH_PATH": path,
            "BENCH_SIZE": str(size),
            "BENCH_RANGE": str(rlen),
            "BENCH_TOKEN": token or "",
            "BENCH_SEED": str(random.randrange(1, 1 << 20)),
        }
    )
    threads = min(conns, os.cpu_count() or 2)
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{conns}",
        f"-d{max(1, round(seconds))}s",  # wrk takes whole seconds
        "--timeout",
        "120s",
        "-s",
        str(BENCH / "ranges.lua"),
        f"http://127.0.0.1:{port}{path}",
    ]
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=seconds + 180, check=False
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if out.returncode or line is None:
        raise RuntimeError(f"wrk failed ({out.returncode}): {out.stdout}\n{out.stderr}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    lat = raw["latency_us"]
    return {
        "requests": raw["requests"],
        "bytes": raw["bytes"],  # every byte read, also of responses still running at the end
        "seconds": raw["duration_us"] / 1e6,
        "errors": sum(raw["errors"].values()),
        "latency_ms": {k: round(v / 1000, 2) for k, v in lat.items()},
    }


def run_python(
    port: int, path: str, token: str | None, size: int, rlen: int, conns: int, seconds: float
) -> dict:
    """A keep-alive client per thread; bodies read into one reused buffer."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    counts = {"requests": 0, "errors": 0}

    def worker(seed: int) -> None:
        rnd = random.Random(seed)
        buf = bytearray(MiB)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine, errors = [], 0
        while time.perf_counter() < deadline:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            if rlen:
                first = rnd.randrange(0, size - rlen + 1)
                headers["Range"] = f"bytes={first}-{first + rlen - 1}"
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                while resp.readinto(buf):
                    pass
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                continue
            if resp.status not in (200, 206):
                errors += 1
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            counts["requests"] += len(mine)
            counts["errors"] += errors

    start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2)

    return {
        "requests": counts["requests"],
        "seconds": elapsed,
        "errors": counts["errors"],
        "latency_ms": {
            "mean": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
            "p50": pct(0.5) if latencies else None,
            "p90": pct(0.9) if latencies else None,
            "p99": pct(0.99) if latencies else None,
            "max": round(latencies[-1] * 1000, 2) if latencies else None,
        },
    }


# --------------------------------------------------------------------- run


def measure(client, name, workload, port, path, token, size, duration, warmup) -> dict:
    """One timed run (after a warm-up). MB/s counts bytes received when the client
    reports them (wrk: a whole-file GET still running at the end counts too)."""
    rlen, conns = WORKLOADS[workload]
    client(port, path, token, size, rlen, conns, warmup)
    res = client(port, path, token, size, rlen, conns, duration)
    payload = rlen or size
    received = res.get("bytes") or res["requests"] * payload
    res["connections"] = conns
    res["payload_bytes"] = payload
    res["req_s"] = round(res["requests"] / res["seconds"], 1)
    res["mb_s"] = round(received / res["seconds"] / 1e6, 1)
    log(
        f"[ranges] {name:16s} {workload:10s} {res['req_s']:8.1f} req/s "
        f"{res['mb_s']:8.1f} MB/s  p50 {res['latency_ms']['p50']} ms  errors {res['errors']}"
    )
    return res


def best(rounds: list[dict]) -> dict:
    """The round with the most MB/s (other work on the machine only ever slows a run)."""
    top = dict(max(rounds, key=lambda r: r["mb_s"]))
    top["rounds_mb_s"] = [r["mb_s"] for r in rounds]
    top["rounds_req_s"] = [r["req_s"] for r in rounds]
    return top


def _blob_path(instance: Path, sha: str) -> Path:
    found = list((instance / "media").rglob(sha))
    if len(found) != 1:
        raise RuntimeError(f"stored blob {sha} not found under {instance / 'media'}: {found}")
    return found[0]


def offset_probe(port: int, path: str, token: str | None, size: int, repeats: int = 5) -> dict:
    """Median time of one request on a keep-alive connection, nothing else
    running: the first byte (the fixed cost of a request), then 1 MiB at the
    start and at the end of the file (a range should not cost more the further
    into the file it starts)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    out = {}
    probes = (
        ("first_byte_ms", 0, 1, 4 * repeats),  # the fixed cost of one request
        ("first_mib_ms", 0, MiB, repeats),
        ("last_mib_ms", size - MiB, MiB, repeats),
    )
    for label, first, length, count in probes:
        headers["Range"] = f"bytes={first}-{first + length - 1}"
        times = []
        for _ in range(count + 1):
            t0 = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            resp.read()
            times.append(time.perf_counter() - t0)
        out[label] = round(statistics.median(times[1:]) * 1000, 2)
    conn.close()
    return out


STATIC_MODES = {
    # mode: (server name, description, workloads)
    "send_file": (
        "werkzeug-static",
        "Werkzeug send_file under the same gunicorn command, no app/auth/DB",
        tuple(WORKLOADS),
    ),
    "seekable": (
        "fix-seekable",
        "as werkzeug-static, Range requests without gunicorn's file wrapper (seek + 8 KiB reads)",
        ("range_1mib",),
    ),
    "sendfile": (
        "fix-sendfile",
        "as werkzeug-static, 206 body = file seeked to the start in gunicorn's wrapper (sendfile)",
        ("range_1mib",),
    ),
}


def run(
    size: int = 256 * MiB,
    duration: float = 8.0,
    warmup: float = 2.0,
    client: str = "auto",
    rounds: int = 2,
    keep: bool = False,
) -> dict:
    """All servers run at once; the workloads go round-robin over them ``rounds``
    times, so load from elsewhere on the machine falls on all of them alike, and
    each server's best round is reported."""
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
    call = run_wrk if client == "wrk" else run_python
    results: dict = {
        "machine": machine(),
        "load_average_before": load_average(),
        "client": client,
        "size_bytes": None,
        "duration_s": duration,
        "rounds": rounds,
        "workloads": {k: {"range_bytes": r, "connections": c} for k, (r, c) in WORKLOADS.items()},
        "servers": {},
    }
    servers = results["servers"]
    with workdir(keep) as base, contextlib.ExitStack() as stack:
        src = base / "media.wav"
        real_size, sha = make_wav(src, size)
        results["size_bytes"] = real_size
        log(
            f"[ranges] {mib(real_size):g} MiB file, client {client}, "
            f"{rounds} x {duration:g}s per workload"
        )
        t2m = stack.enter_context(t2m_server(base))
        token = account(t2m.url)
        up = upload_file(t2m.url, token, src, filename="ranges.wav")
        if up.status != 201:
            raise RuntimeError(f"upload: HTTP {up.status} {up.body}")
        file_id = up.body["data"]["id"]
        blob = _blob_path(t2m.instance, sha)
        src.unlink()  # every server reads the one stored blob
        # name: (description, port, path, token, workloads)
        targets = {
            "t2m": (
                "T2M GET /api/v1/files/{id}/download (JWT, DB, send_file, access counting)",
                t2m.port,
                f"/api/v1/files/{file_id}/download",
                token,
                tuple(WORKLOADS),
            )
        }
        for mode, (name, what, workloads) in STATIC_MODES.items():
            static = stack.enter_context(static_server(base, blob, mode=mode))
            targets[name] = (what, static.port, "/file", None, workloads)
        if nginx_binary():
            nginx = stack.enter_context(nginx_server(base, blob))
            targets["nginx"] = (
                "nginx, sendfile on, 2 workers",
                nginx.port,
                "/file",
                None,
                tuple(WORKLOADS),
            )
        else:
            log("[ranges] nginx not installed: skipped (apt-get install nginx-light)")

        runs: dict[tuple[str, str], list[dict]] = {}
        for name, (what, port, path, tok, _workloads) in targets.items():
            verify(name, port, path, tok, blob, sha)
            servers[name] = {"what": what, "offset_probe": offset_probe(port, path, tok, real_size)}
            log(f"[ranges] {name:16s} offset probe {servers[name]['offset_probe']}")
        for n in range(rounds):
            log(f"[ranges] round {n + 1} of {rounds}")
            for workload in WORKLOADS:
                for name, (_what, port, path, tok, workloads) in targets.items():
                    if workload in workloads:
                        runs.setdefault((name, workload), []).append(
                            measure(
                                call, name, workload, port, path, tok, real_size, duration, warmup
                            )
                        )
        for (name, workload), done in runs.items():
            servers[name][workload] = best(done)
        results["t2m_file_after"] = _stats(t2m.url, token, file_id)
    results["load_average_after"] = load_average()
    results["ratios"] = _ratios(servers)
    path = write_json("ranges.json", results)
    log(f"[ranges] results in {path}")
    return results


def _stats(url: str, token: str, file_id: int) -> dict | None:
    """What T2M counted (downloads start at byte 0; every range adds to bytes served)."""
    with contextlib.suppress(Exception):
        _status, body = api(url, "GET", f"/api/v1/files/{file_id}", token=token)
        return {"download_count": body["data"]["download_count"]}
    return None


def _ratios(servers: dict) -> dict:
    """T2M's throughput (MB/s) as a fraction of each other server's, per workload."""
    out = {}
    t2m = servers.get("t2m", {})
    for other in servers:
        if other == "t2m":
            continue
        out[f"t2m_vs_{other}"] = {
            w: round(t2m[w]["mb_s"] / servers[other][w]["mb_s"], 3)
            for w in WORKLOADS
            if w in t2m and servers[other].get(w, {}).get("mb_s")
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="256MiB")
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per workload")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up")
    parser.add_argument("--rounds", type=int, default=2, help="rounds over all servers")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    run(parse_size(args.size), args.duration, args.warmup, args.client, args.rounds, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
