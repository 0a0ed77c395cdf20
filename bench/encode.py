"""Encode benchmark: a T2M encode job against the same ffmpeg command run directly.

A source clip is made with ffmpeg's lavfi (``testsrc2`` with temporal noise,
so x264 has real work, plus a sine tone; H.264 + AAC MP4). A fresh T2M
instance runs the Procfile's ``web`` (gunicorn) and ``worker`` (Huey
consumer) commands, with renditions and rate limits off (the upload's own
``process`` job then only makes thumbnails; polling is never throttled). A
user registers and logs in through the API and uploads the clip once.

Then, in pairs whose order alternates (direct first, then T2M first, ...):

- direct: the argument list :func:`t2m.media.encode.encode_args` builds for
  the stored upload (the same demuxer, size, audio and threads the worker
  finds), run with ``subprocess`` under ``nice -n 10`` like
  :func:`t2m.media.ffmpeg.run`, writing to a temporary file; its wall time.
- T2M: ``POST /api/v1/jobs`` ``{"source": {"file_id": N}, "codec": "h264",
  "resolution": "720p"}``, then ``GET /api/v1/jobs/{id}/status`` every 0.1 s
  until ``completed``: the client's wall time (queueing, claiming, probing,
  storing, database writes and the poll included), and the job's own
  ``startedAt`` -> ``finishedAt``. Before the next run, the follow-up
  ``process`` job of the output (thumbnails) is waited for.

While a run goes, the ffmpeg process (the worker's child) is sampled from
``/proc`` every 50 ms: its nice value (field 19 of ``stat``), autogroup, CPU
time, start and end, and its argument list, which is compared with the direct
one (all but the output path must match), as are the outputs' SHA-256. The
job's log timestamps place probing and storing on the same timeline. Last,
``GET /api/v1/files`` is timed every 0.2 s while the system is idle and
during one more T2M encode.

Usage: .venv/bin/python bench/encode.py [--pairs 3] [--quick] [--no-readme] [--keep]
       .venv/bin/python bench/encode.py --readme-from bench/out/encode-....json
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (
    BENCH,
    ROOT,
    Server,
    Worker,
    account,
    api,
    cmdline,
    load_average,
    log,
    machine,
    proc_stat,
    t2m_server,
    t2m_worker,
    thread_children,
    upload_file,
    workdir,
    write_json,
)

sys.path.insert(0, str(ROOT))

README = BENCH / "README.md"
START = "<!-- bench:encode:start -->"
END = "<!-- bench:encode:end -->"
RESULTS_END = "<!-- bench:results:end -->"
TARGET_RATIO = 1.10
POLL_SECONDS = 0.1  # how often the client asks for the job's status
PROBE_SECONDS = 0.2  # how often the latency probe times GET /api/v1/files
SAMPLE_SECONDS = 0.05  # /proc sampling of ffmpeg
RUN_TIMEOUT = 1800.0
SERVER_ENV = {"T2M_RENDITIONS_ENABLED": "false", "T2M_RATELIMIT_ENABLED": "false"}
FINISHED = ("completed", "failed", "cancelled")


@dataclass(frozen=True)
class Profile:
    duration: int
    width: int
    height: int
    fps: int
    resolution: str  # the encode job's target
    pairs: int
    idle_probe_seconds: float


FULL = Profile(30, 1920, 1080, 30, "720p", 3, 10.0)
QUICK = Profile(5, 1280, 720, 30, "480p", 1, 3.0)


# ------------------------------------------------------------------- helpers


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _pct(values: list[float], q: float) -> float | None:
    """The q-th percentile (nearest rank) of ``values``."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))], 2)


def _epoch(stamp: str | None) -> float | None:
    return datetime.fromisoformat(stamp).timestamp() if stamp else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _autogroup(pid: int) -> str | None:
    """``/proc/<pid>/autogroup`` ("/autogroup-N nice K"): with autogroups on, a nice
    value only ranks a process against others of its own session."""
    try:
        return Path(f"/proc/{pid}/autogroup").read_text().strip()
    except OSError:
        return None


def _autogroup_enabled() -> bool | None:
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return None


def _ffmpeg_version() -> str:
    out = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True, check=False)
    return (out.stdout.splitlines() or ["ffmpeg (unknown version)"])[0]


def make_source(path: Path, prof: Profile) -> dict:
    """The test clip: testsrc2 with temporal noise (x264 cannot skip it), a sine tone."""
    video = (
        f"testsrc2=size={prof.width}x{prof.height}:rate={prof.fps}:duration={prof.duration},"
        "noise=alls=8:allf=t+u"
    )
    audio = f"sine=frequency=440:sample_rate=48000:duration={prof.duration}"
    cmd = [
        *("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"),
        *("-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio),
        *("-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p"),
        *("-c:a", "aac", "-b:a", "128k", "-shortest", "-movflags", "+faststart", str(path)),
    ]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT)
    return {
        "seconds_to_make": round(time.perf_counter() - t0, 1),
        "size_bytes": path.stat().st_size,
        "description": f"{prof.duration} s {prof.width}x{prof.height} {prof.fps} fps, "
        "H.264 (testsrc2 + temporal noise, x264 veryfast CRF 23) + AAC 128k sine, MP4",
    }


def direct_args(src: Path, dst: Path, resolution: str) -> tuple[list[str], dict]:
    """What the worker's ``_encode`` builds for this source: the same sniff and probe
    (demuxer, size, audio, rotation), the same validated spec, the same threads."""
    from t2m.media.encode import check_spec, encode_args
    from t2m.media.probe import probe
    from t2m.media.sniff import sniff

    found = sniff(src)
    meta = probe(src, fmt=found.demuxer)
    spec, errors = check_spec({"codec": "h264", "resolution": resolution})
    if spec is None:
        raise RuntimeError(f"invalid spec: {errors}")
    # The worker's ffmpeg_threads(): T2M_FFMPEG_THREADS (not set here), else one per CPU.
    threads = os.cpu_count() or 2
    args = encode_args(
        src,
        dst,
        spec,
        demuxer=found.demuxer,
        width=meta["width"],
        height=meta["height"],
        has_audio=bool(meta.get("has_audio")),
        threads=threads,
        rotation=meta.get("rotation") or 0,
    )
    info = {"demuxer": found.demuxer, "threads": threads, "crf": spec.crf, "spec": asdict(spec)}
    return args, {**info, **meta}


def _same_command(direct: list[str], seen: list[str]) -> dict:
    """Compare the worker's ffmpeg argv with the direct one, output paths aside."""
    if not seen:
        return {"same": None, "note": "the worker's ffmpeg was not seen"}
    a, b = direct[:-1], seen[:-1]  # the last argument is the output (file:...)
    diffs = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    same = len(a) == len(b) and not diffs
    return {"same": same, "differences": diffs[:10], "lengths": [len(direct), len(seen)]}


class ProcWatch(threading.Thread):
    """Samples the processes ``find()`` returns every ``SAMPLE_SECONDS``: name, nice,
    CPU seconds, start (epoch) and when last seen; the argv once it is not ``nice``."""

    def __init__(self, find: Callable[[], list[int]]):
        super().__init__(daemon=True)
        self.find = find
        self.seen: dict[int, dict] = {}
        self._stop_event = threading.Event()

    def run(self) -> None:
        while True:
            for pid in self.find():
                st = proc_stat(pid)
                if st is None:
                    continue
                rec = self.seen.setdefault(pid, {"pid": pid, "started": st["started"], "nice": []})
                rec.update(comm=st["comm"], cpu=st["cpu"], last_seen=time.time())
                # setpriv and nice exec into ffmpeg: judge the process once it is ffmpeg.
                if st["comm"] not in ("nice", "setpriv"):
                    if st["nice"] not in rec["nice"]:
                        rec["nice"].append(st["nice"])
                    if "argv" not in rec:
                        rec["argv"] = cmdline(pid)
                        rec["autogroup"] = _autogroup(pid)
            if self._stop_event.wait(SAMPLE_SECONDS):
                return

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    def named(self, comm: str) -> list[dict]:
        return [r for r in self.seen.values() if r.get("comm") == comm]


class LatencyProbe(threading.Thread):
    """Times ``GET /api/v1/files`` (JWT + a database page) every ``PROBE_SECONDS``,
    each on a new connection, until stopped."""

    def __init__(self, server: Server, token: str):
        super().__init__(daemon=True)
        self.server, self.token = server, token
        self.ms: list[float] = []
        self.errors = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        next_at = time.perf_counter()
        while not self._stop_event.is_set():
            t0 = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
                conn.request(
                    "GET",
                    "/api/v1/files?items_per_page=20",
                    headers={"Authorization": f"Bearer {self.token}"},
                )
                resp = conn.getresponse()
                resp.read()
                conn.close()
                if resp.status != 200:
                    self.errors += 1
                else:
                    self.ms.append((time.perf_counter() - t0) * 1000)
            except OSError:
                self.errors += 1
            next_at += PROBE_SECONDS
            self._stop_event.wait(max(0.0, next_at - time.perf_counter()))

    def stop(self) -> dict:
        self._stop_event.set()
        self.join()
        return {
            "requests": len(self.ms),
            "errors": self.errors,
            "p50_ms": _pct(self.ms, 50),
            "p95_ms": _pct(self.ms, 95),
            "max_ms": round(max(self.ms), 2) if self.ms else None,
        }


def _cpu(pids: list[int]) -> dict[int, dict]:
    return {pid: st for pid in pids if (st := proc_stat(pid)) is not None}


def _cpu_delta(before: dict[int, dict], after: dict[int, dict], key: str = "cpu") -> float:
    return round(sum(after[p][key] - before[p][key] for p in before if p in after), 2)


# ------------------------------------------------------------------- the runs


def run_direct(args: list[str], dst: Path, web_pids: list[int], worker: Worker) -> dict:
    """The encode's ffmpeg argument list, run by hand at the worker's nice level."""
    from t2m.media.ffmpeg import NICE

    dst.unlink(missing_ok=True)
    others = _cpu([*web_pids, worker.pid])
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [shutil.which("nice") or "nice", "-n", str(NICE), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    watch = ProcWatch(lambda: [proc.pid])
    watch.start()
    _, stderr = proc.communicate(timeout=RUN_TIMEOUT)
    wall = time.perf_counter() - t0
    watch.stop()
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise RuntimeError(f"direct ffmpeg failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    after = _cpu([*web_pids, worker.pid])
    seen = watch.named("ffmpeg")
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    return {
        "kind": "direct",
        "wall_seconds": round(wall, 3),
        "ffmpeg_cpu_seconds": round(cpu, 2),
        "ffmpeg_nice": seen[0]["nice"] if seen else [],
        "ffmpeg_autogroup": seen[0].get("autogroup") if seen else None,
        "web_cpu_seconds": _cpu_delta({p: others[p] for p in web_pids if p in others}, after),
        "worker_cpu_seconds": _cpu_delta({worker.pid: others[worker.pid]}, after),
        "output_bytes": dst.stat().st_size,
        "output_sha256": _sha256(dst),
    }


def _job_logs(server: Server, token: str, job_id: int) -> list[dict]:
    status, body = api(server.url, "GET", f"/api/v1/jobs/{job_id}/logs?limit=100", token=token)
    if status != 200:
        raise RuntimeError(f"logs: HTTP {status} {body}")
    return body["data"]["logs"]


def _wait_file(server: Server, token: str, file_id: int, timeout: float = 600.0) -> dict:
    """Wait until a file's ``process`` job (probe, thumbnails) has finished."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, body = api(server.url, "GET", f"/api/v1/files/{file_id}", token=token)
        if status != 200:
            raise RuntimeError(f"file {file_id}: HTTP {status} {body}")
        if body["data"]["status"] in ("ready", "failed"):
            return body["data"]
        time.sleep(0.2)
    raise RuntimeError(f"file {file_id} not processed within {timeout:g}s")


def _timeline(t0: float, data: dict, logs: list[dict], ffmpeg: dict | None, seen: float) -> dict:
    """Seconds since the POST was sent, for each step the API and /proc show."""

    def first(prefix: str) -> float | None:
        for entry in logs:
            if entry["message"].startswith(prefix):
                return _epoch(entry["timestamp"])
        return None

    marks = {
        "created": _epoch(data["createdAt"]),
        "claimed": _epoch(data["startedAt"]),
        "probed": first("Probed the source"),
        "ffmpeg_start": ffmpeg["started"] if ffmpeg else None,
        "ffmpeg_end": ffmpeg["last_seen"] if ffmpeg else None,
        "stored": first("Stored the output"),
        "finished": _epoch(data["finishedAt"]),
    }
    out = {k: (round(v - t0, 3) if v is not None else None) for k, v in marks.items()}
    out["client_saw_completed"] = round(seen, 3)
    return out


def steps(run: dict) -> dict:
    """A T2M run split into consecutive steps (seconds), from its timeline."""
    tl = {**run["timeline"], "posted": run["post_seconds"]}
    order = [
        ("request", None, "posted"),
        ("queue_pickup", "posted", "claimed"),
        ("claim_sniff_probe", "claimed", "probed"),
        ("until_ffmpeg_starts", "probed", "ffmpeg_start"),
        ("ffmpeg", "ffmpeg_start", "ffmpeg_end"),
        ("hash_and_store", "ffmpeg_end", "stored"),
        ("record_output_and_finish", "stored", "finished"),
        ("until_client_sees_it", "finished", "client_saw_completed"),
    ]
    out = {}
    for name, start, end in order:
        a = 0.0 if start is None else tl.get(start)
        b = tl.get(end)
        out[name] = round(b - a, 3) if a is not None and b is not None else None
    return out


def run_t2m(
    server: Server,
    token: str,
    worker: Worker,
    file_id: int,
    resolution: str,
    *,
    latency: bool = False,
) -> dict:
    """One encode job through the API, timed as a client sees it."""
    web_pids = [server.master, *server.workers()]
    before = _cpu([*web_pids, worker.pid])
    watch = ProcWatch(lambda: thread_children(worker.pid))
    watch.start()
    probe = LatencyProbe(server, token) if latency else None
    if probe:
        probe.start()
    body = {"source": {"file_id": file_id}, "codec": "h264", "resolution": resolution}
    t0_epoch, t0 = time.time(), time.perf_counter()
    status, reply = api(server.url, "POST", "/api/v1/jobs", body, token)
    posted = time.perf_counter() - t0
    if status != 201:
        watch.stop()
        raise RuntimeError(f"POST /jobs: HTTP {status} {reply}")
    job_id = reply["data"]["jobId"]
    polls, next_at = 0, t0
    while True:
        status, reply = api(server.url, "GET", f"/api/v1/jobs/{job_id}/status", token=token)
        polls += 1
        if status != 200:
            raise RuntimeError(f"status: HTTP {status} {reply}")
        if reply["data"]["status"] in FINISHED:
            break
        if time.perf_counter() - t0 > RUN_TIMEOUT:
            raise RuntimeError(f"job {job_id} not finished within {RUN_TIMEOUT:g}s")
        next_at += POLL_SECONDS
        time.sleep(max(0.0, next_at - time.perf_counter()))
    wall = time.perf_counter() - t0
    watch.stop()
    latency_during = probe.stop() if probe else None
    after = _cpu([*web_pids, worker.pid])
    data = reply["data"]
    if data["status"] != "completed":
        raise RuntimeError(
            f"job {job_id} {data['status']}: {data['failureMessage']}\n{worker.log_tail()}"
        )
    logs = _job_logs(server, token, job_id)
    ffmpegs = watch.named("ffmpeg")
    ffmpeg = ffmpegs[0] if len(ffmpegs) == 1 else None
    tl = _timeline(t0_epoch, data, logs, ffmpeg, wall)
    in_worker = _epoch(data["finishedAt"]) - _epoch(data["startedAt"])
    t_follow = time.perf_counter()
    output_id = data["output"]["file_id"]
    output = _wait_file(server, token, output_id)
    web_before = {p: before[p] for p in web_pids if p in before}
    return {
        "kind": "t2m",
        "job_id": job_id,
        "wall_seconds": round(wall, 3),
        "in_worker_seconds": round(in_worker, 3),
        "post_seconds": round(posted, 3),
        "status_polls": polls,
        "timeline": tl,
        "ffmpeg_wall_seconds": round(ffmpeg["last_seen"] - ffmpeg["started"], 3)
        if ffmpeg
        else None,
        "ffmpeg_cpu_seconds": round(ffmpeg["cpu"], 2) if ffmpeg else None,
        "ffmpeg_nice": ffmpeg["nice"] if ffmpeg else [],
        "ffmpeg_autogroup": ffmpeg.get("autogroup") if ffmpeg else None,
        "ffmpeg_argv": ffmpeg.get("argv", []) if ffmpeg else [],
        "ffprobe_runs_seen": len(watch.named("ffprobe")),
        "web_cpu_seconds": _cpu_delta(web_before, after),
        "worker_cpu_seconds": _cpu_delta({worker.pid: before[worker.pid]}, after),
        "worker_children_cpu_seconds": _cpu_delta(
            {worker.pid: before[worker.pid]}, after, "children_cpu"
        ),
        "output_file_id": output_id,
        "output_bytes": output["size"],
        "output_sha256": output["checksum"].removeprefix("sha256:"),
        "follow_up_process_seconds": round(time.perf_counter() - t_follow, 2),
        "latency_during": latency_during,
    }


def _stored_path(instance: Path, size: int, sha: str) -> Path:
    """The uploaded blob on local storage (what the worker hands ffmpeg)."""
    for path in sorted((instance / "media").rglob("*")):
        if path.is_file() and path.stat().st_size == size and _sha256(path) == sha:
            return path
    raise RuntimeError("the uploaded blob was not found under instance/media")


def _wait_queue(server: Server, timeout: float = 60.0) -> None:
    """Until the health check's ping went through the queue and a worker answered."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        _, last = api(server.url, "GET", "/api/v1/system/health")
        if isinstance(last, dict) and last["data"]["checks"]["queue"]["status"] == "ok":
            return
        time.sleep(0.5)
    raise RuntimeError(f"no worker answered the queue within {timeout:g}s: {last}")


def _pair_summary(index: int, order: str, direct: dict, t2m: dict) -> dict:
    d = direct["wall_seconds"]
    return {
        "pair": index + 1,
        "order": order,
        "direct_seconds": d,
        "t2m_seconds": t2m["wall_seconds"],
        "t2m_in_worker_seconds": t2m["in_worker_seconds"],
        "ratio_end_to_end": round(t2m["wall_seconds"] / d, 3),
        "ratio_in_worker": round(t2m["in_worker_seconds"] / d, 3),
        "t2m_ffmpeg_seconds": t2m["ffmpeg_wall_seconds"],
        "ratio_ffmpeg_alone": round(t2m["ffmpeg_wall_seconds"] / d, 3)
        if t2m["ffmpeg_wall_seconds"]
        else None,
        "t2m_overhead_seconds": round(t2m["wall_seconds"] - (t2m["ffmpeg_wall_seconds"] or 0), 3),
        "direct_cpu_seconds": direct["ffmpeg_cpu_seconds"],
        "t2m_ffmpeg_cpu_seconds": t2m["ffmpeg_cpu_seconds"],
        "identical_output": direct["output_sha256"] == t2m["output_sha256"],
    }


def run(quick: bool = False, pairs: int | None = None, keep: bool = False) -> dict:
    """The whole benchmark; returns the results (also written to bench/out/)."""
    prof = QUICK if quick else FULL
    pairs = pairs or prof.pairs
    results: dict = {
        "quick": quick,
        "started": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "ffmpeg": _ffmpeg_version(),
        "bench_nice": os.nice(0),
        "sched_autogroup_enabled": _autogroup_enabled(),
        "load_average_start": load_average(),
        "profile": asdict(prof) | {"pairs": pairs},
        "server_env": SERVER_ENV,
        "runs": [],
        "pairs": [],
    }
    with workdir(keep) as base:
        src = base / "source.mp4"
        log(f"[encode] making the source ({prof.duration} s {prof.width}x{prof.height})")
        results["source"] = make_source(src, prof)
        log(f"[encode] source made: {results['source']}")
        with (
            t2m_server(base, env=SERVER_ENV) as server,
            t2m_worker(base, env=SERVER_ENV) as worker,
        ):
            _wait_queue(server)
            token = account(server.url)
            up = upload_file(server.url, token, src, filename="bench-source.mp4")
            if up.status != 201:
                raise RuntimeError(f"upload: HTTP {up.status} {up.body}")
            file_id = up.body["data"]["id"]
            _wait_file(server, token, file_id)
            stored = _stored_path(server.instance, up.size, _sha256(src))
            dst = base / "direct" / "output.mp4"
            dst.parent.mkdir()
            args, meta = direct_args(stored, dst, prof.resolution)
            results["direct_command"] = args
            results["source_meta"] = meta
            web_pids = [server.master, *server.workers()]
            results["web_pids"] = web_pids
            log(f"[encode] idle latency: GET /api/v1/files for {prof.idle_probe_seconds:g}s")
            probe = LatencyProbe(server, token)
            probe.start()
            time.sleep(prof.idle_probe_seconds)
            results["latency_idle"] = probe.stop()
            for i in range(pairs):
                order = "direct, t2m" if i % 2 == 0 else "t2m, direct"
                done: dict[str, dict] = {}
                for kind in order.split(", "):
                    log(f"[encode] pair {i + 1}/{pairs}: {kind}")
                    if kind == "direct":
                        done[kind] = run_direct(args, dst, web_pids, worker)
                    else:
                        done[kind] = run_t2m(server, token, worker, file_id, prof.resolution)
                    done[kind].update(pair=i + 1, load_average=load_average())
                    results["runs"].append(done[kind])
                    log(f"[encode]   {kind}: {done[kind]['wall_seconds']:.2f}s")
                summary = _pair_summary(i, order, done["direct"], done["t2m"])
                results["pairs"].append(summary)
                log(
                    f"[encode] pair {i + 1}: ratio {summary['ratio_end_to_end']} end to end, "
                    f"{summary['ratio_in_worker']} in worker"
                )
            log("[encode] one more T2M encode, timing GET /api/v1/files every 0.2 s")
            extra = run_t2m(server, token, worker, file_id, prof.resolution, latency=True)
            extra["load_average"] = load_average()
            results["latency_run"] = extra
            results["latency_during_encode"] = extra["latency_during"]
            t2m_runs = [r for r in results["runs"] if r["kind"] == "t2m"] + [extra]
            results["command_check"] = _same_command(args, t2m_runs[0]["ffmpeg_argv"])
            results["ffmpeg_nice_seen"] = sorted(
                {n for r in [*results["runs"], extra] for n in r["ffmpeg_nice"]}
            )
    results["load_average_end"] = load_average()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M %Z")
    results["medians"] = medians(results)
    name = f"encode-{time.strftime('%Y%m%d-%H%M%S')}{'-quick' if quick else ''}.json"
    results["json"] = f"bench/out/{name}"
    write_json(name, results)
    return results


def medians(res: dict) -> dict:
    """Medians over the pairs, and of each T2M step (recomputed from the runs)."""
    pairs = res["pairs"]
    t2m = [r for r in res["runs"] if r["kind"] == "t2m"]
    split = [steps(r) for r in t2m]
    by_step = {
        name: _median([s[name] for s in split if s[name] is not None])
        for name in (split[0] if split else {})
    }

    def med(key: str, rows: list[dict]) -> float | None:
        return _median([r[key] for r in rows if r.get(key) is not None])

    ratio = med("ratio_end_to_end", pairs)
    direct, overhead = med("direct_seconds", pairs), med("t2m_overhead_seconds", pairs)
    return {
        "direct_seconds": med("direct_seconds", pairs),
        "t2m_seconds": med("t2m_seconds", pairs),
        "t2m_in_worker_seconds": med("t2m_in_worker_seconds", pairs),
        "ratio_end_to_end": ratio,
        "ratio_in_worker": med("ratio_in_worker", pairs),
        "ratio_ffmpeg_alone": med("ratio_ffmpeg_alone", pairs),
        "t2m_overhead_seconds": med("t2m_overhead_seconds", pairs),
        "within_target": ratio is not None and ratio <= TARGET_RATIO,
        "t2m_steps": by_step,
        # The direct time plus T2M's steps outside ffmpeg, over the direct time:
        # what the ratio would be if ffmpeg ran as fast in both (for reference only).
        "direct_plus_overhead_ratio": round((direct + overhead) / direct, 3)
        if direct and overhead is not None
        else None,
        "t2m_web_cpu_seconds": med("web_cpu_seconds", t2m),
        "t2m_worker_cpu_seconds": med("worker_cpu_seconds", t2m),
        "direct_web_cpu_seconds": med(
            "web_cpu_seconds", [r for r in res["runs"] if r["kind"] == "direct"]
        ),
    }


# ------------------------------------------------------------------- report


def _f(value, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


STEP_TITLES = {
    "request": "`POST /jobs`: validate, insert the job, commit, enqueue",
    "queue_pickup": "until a worker thread polls the SQLite queue and claims the job",
    "claim_sniff_probe": "claim, scratch folder, sniff (one ffprobe run), log",
    "until_ffmpeg_starts": "progress write, log, start ffmpeg",
    "ffmpeg": "ffmpeg (its lifetime as sampled in /proc)",
    "hash_and_store": "ffmpeg's exit seen, SHA-256 of the output, hard link into storage, log",
    "record_output_and_finish": "output blob + file rows, follow-up job, mark completed",
    "until_client_sees_it": "until the next status poll (every 0.1 s) returns it",
}


def _runs_of(res: dict, pair: int) -> dict[str, dict]:
    return {r["kind"]: r for r in res["runs"] if r.get("pair") == pair}


def table(res: dict) -> list[str]:
    """The per-pair table (markdown), medians last."""
    lines = [
        "| pair | order | direct (s) | T2M end to end (s) | T2M in worker (s) "
        "| **ratio end to end** | ratio in worker | ffmpeg inside T2M (s) "
        "| T2M outside ffmpeg (s) | ffmpeg CPU s (direct / T2M) "
        "| load after (direct / T2M) | same output bytes |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for p in res["pairs"]:
        runs = _runs_of(res, p["pair"])
        loads = " / ".join(_f(runs[k]["load_average"][0]) for k in ("direct", "t2m"))
        lines.append(
            f"| {p['pair']} | {p['order']} | {_f(p['direct_seconds'])} | {_f(p['t2m_seconds'])} "
            f"| {_f(p['t2m_in_worker_seconds'])} | **{_f(p['ratio_end_to_end'], 3)}** "
            f"| {_f(p['ratio_in_worker'], 3)} | {_f(p['t2m_ffmpeg_seconds'])} "
            f"| {_f(p['t2m_overhead_seconds'])} "
            f"| {_f(p['direct_cpu_seconds'], 1)} / {_f(p['t2m_ffmpeg_cpu_seconds'], 1)} "
            f"| {loads} | {'yes' if p['identical_output'] else 'no'} |"
        )
    m = res["medians"]
    lines.append(
        f"| **median** | | {_f(m['direct_seconds'])} | {_f(m['t2m_seconds'])} "
        f"| {_f(m['t2m_in_worker_seconds'])} | **{_f(m['ratio_end_to_end'], 3)}** "
        f"| {_f(m['ratio_in_worker'], 3)} | | {_f(m['t2m_overhead_seconds'])} | | | |"
    )
    return lines


def _nice_line(res: dict) -> str:
    nice = ", ".join(map(str, res["ffmpeg_nice_seen"])) or "?"
    groups = {r.get("ffmpeg_autogroup") for r in res["runs"] if r["kind"] == "t2m"}
    groups.discard(None)
    if not groups:
        return f"nice {nice}"
    enabled = res.get("sched_autogroup_enabled")
    return (
        f"nice {nice}, each in a new session and so in an autogroup of its own "
        f"(`/proc/<pid>/autogroup`: "
        f"{', '.join(f'`{g}`' for g in sorted(groups))}; "
        f"`kernel.sched_autogroup_enabled` = {'1' if enabled else '0'})"
    )


def section(res: dict) -> list[str]:
    """The README block (markers included) for one run."""
    prof, m = res["profile"], res["medians"]
    src, meta = res["source"], res["source_meta"]
    ok = "**met**" if m["within_target"] else "**not met**"
    check = res["command_check"]
    idle, busy = res["latency_idle"], res["latency_during_encode"]
    extra = res["latency_run"]
    same = (
        "is the direct one but for the output path"
        if check.get("same")
        else f"differs from the direct one: {check}"
    )
    lines = [
        START,
        "",
        f"### Encode: a T2M encode job against the same ffmpeg command ({res['finished']})",
        "",
        f"Source: {src['description']}, {src['size_bytes'] / 1e6:.1f} MB. Job: "
        f'`{{"codec": "h264", "resolution": "{prof["resolution"]}"}}` (libx264 medium, '
        f"CRF {meta['crf']}, AAC 128k, faststart MP4), {meta['threads']} ffmpeg threads, "
        f"nice {', '.join(map(str, res['ffmpeg_nice_seen'])) or '?'} for both. "
        f"{prof['pairs']} pairs, order alternating; *ratio* = T2M / direct; "
        "load = 1-minute load average when the run ended.",
        "",
        *table(res),
        "",
        f"Target (median end-to-end ratio at most {TARGET_RATIO:.2f}): {ok} in this run. "
        f"The worker's ffmpeg argument list (`/proc/<pid>/cmdline`) {same}; "
        '"same output bytes" compares the SHA-256 of both outputs. For reference: '
        f"ffmpeg's own wall time inside T2M over the direct run, median ratio "
        f"{_f(m['ratio_ffmpeg_alone'], 3)}; the direct time plus T2M's median time outside "
        f"ffmpeg, over the direct time: {_f(m['direct_plus_overhead_ratio'], 3)}.",
        "",
        "Where a T2M run's time goes (median of the T2M runs, seconds; from the client's "
        "clock, the job's timestamps, its log and `/proc`):",
        "",
        "| step | seconds |",
        "| --- | ---: |",
    ]
    lines += [
        f"| {STEP_TITLES.get(name, name)} | {_f(value, 3)} |"
        for name, value in m["t2m_steps"].items()
    ]
    lines += [
        "",
        f"CPU seconds used by the web processes (gunicorn) during a T2M run, mostly "
        f"answering the 0.1 s status polls: {_f(m['t2m_web_cpu_seconds'])} (during a "
        f"direct run: {_f(m['direct_web_cpu_seconds'])}); by the worker's Python process: "
        f"{_f(m['t2m_worker_cpu_seconds'])}.",
        "",
        "**The web process during an encode**: `GET /api/v1/files` (JWT, one database page) "
        f"every {PROBE_SECONDS:g} s on a new connection, while idle and during one more T2M "
        f"encode; the worker's ffmpeg ran at {_nice_line(res)}.",
        "",
        "| when | requests | p50 ms | p95 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| idle | {idle['requests']} | {_f(idle['p50_ms'])} | {_f(idle['p95_ms'])} "
        f"| {_f(idle['max_ms'])} |",
        f"| during a T2M encode ({_f(extra['wall_seconds'], 1)} s) | {busy['requests']} "
        f"| {_f(busy['p50_ms'])} | {_f(busy['p95_ms'])} | {_f(busy['max_ms'])} |",
        "",
        f"Machine: {res['machine']['cpus']} CPUs ({res['machine']['cpu_model']}), "
        f"{res['ffmpeg'].split(' Copyright')[0]}; 1-minute load average (other work on the "
        f"machine) {_f(res['load_average_start'][0])} at start, "
        f"{_f(res['load_average_end'][0])} at end; figures in `{res['json']}`.",
        "",
        END,
    ]
    return lines


def write_readme(res: dict) -> None:
    """Replace the encode block of bench/README.md (added after the results block)."""
    text = README.read_text()
    block = "\n".join(section(res))
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    elif RESULTS_END in text:
        head, tail = text.split(RESULTS_END, 1)
        text = head + RESULTS_END + "\n\n" + block + tail
    else:
        text = text.rstrip() + "\n\n## Results\n\n" + block + "\n"
    README.write_text(text)
    log(f"[encode] {README} updated")


def print_report(res: dict) -> None:
    """The table and the breakdown on stdout."""
    print()
    print("\n".join(table(res)))
    m = res["medians"]
    print(
        f"\nmedian ratio end to end {m['ratio_end_to_end']} "
        f"({'within' if m['within_target'] else 'OVER'} {TARGET_RATIO}), "
        f"in worker {m['ratio_in_worker']}, ffmpeg alone {m['ratio_ffmpeg_alone']}; "
        f"direct + T2M's time outside ffmpeg over direct {m['direct_plus_overhead_ratio']}"
    )
    print("T2M steps (median s):")
    for name, value in m["t2m_steps"].items():
        print(f"  {name:26} {value}")
    print(f"ffmpeg: {_nice_line(res)}; command check: {res['command_check']}")
    print(f"latency idle: {res['latency_idle']}")
    print(f"latency during encode: {res['latency_during_encode']}")
    print(f"load average start {res['load_average_start']}, end {res['load_average_end']}")
    print(f"JSON: {res['json']}")


def main(argv: list[str] | None = None) -> int:
    """Command line: run (or re-render a saved run), print, update the README."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=None, help="pairs (default 3; quick 1)")
    parser.add_argument("--quick", action="store_true", help="5 s 720p -> 480p, README untouched")
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--readme-from", metavar="JSON", help="rewrite the README block from a saved run"
    )
    args = parser.parse_args(argv)
    if args.readme_from:
        path = Path(args.readme_from).resolve()
        res = json.loads(path.read_text())
        res.setdefault("json", str(path.relative_to(ROOT)))
        res["medians"] = medians(res)  # the report's summaries, from the measured runs
        print_report(res)
        write_readme(res)
        return 0
    res = run(quick=args.quick, pairs=args.pairs, keep=args.keep)
    print_report(res)
    if not (args.quick or args.no_readme):
        write_readme(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
