"""Upload benchmark: throughput and peak worker memory of one large upload.

For each storage backend (local disk; S3 through a moto server) a fresh T2M
instance runs the Procfile's gunicorn command with ONE worker (so the request
certainly lands in the process being watched; its 4 threads are unchanged).
A user registers and logs in through the API, a small warm-up upload loads
the code paths (sniffing, ffprobe, boto3), then a 1 GiB WAV is streamed from
disk as ``multipart/form-data`` to ``POST /api/v1/files/upload``.

Memory: ``/proc/<pid>/status`` of the master and the worker is sampled every
50 ms (VmRSS, RssAnon). VmHWM (the kernel's peak RSS) is reset to the current
RSS just before the upload (``echo 5 > /proc/PID/clear_refs``) and read
after it, so it catches spikes between samples. The peak increase is
VmHWM(after) - VmRSS(before) when VmHWM rose during the upload, else the
highest sampled VmRSS - VmRSS(before). The target (issue): at most 64 MiB
for a 1 GiB upload.

Usage: .venv/bin/python bench/upload.py [--size 1GiB] [--storage local,s3] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (
    GiB,
    MemorySampler,
    MiB,
    account,
    create_bucket,
    load_average,
    log,
    machine,
    make_wav,
    memory,
    mib,
    moto_server,
    parse_size,
    reset_hwm,
    s3_env,
    static_server,
    t2m_server,
    upload_file,
    workdir,
    write_json,
)

TARGET_MIB = 64
WARMUP_SIZE = 4 * MiB


def _proc_report(pid: int, before: dict, after: dict, sampler: MemorySampler) -> dict:
    peak_rss = max(sampler.peak_rss(pid), after.get("VmRSS", 0))
    hwm_rose = after.get("VmHWM", 0) > before.get("VmHWM", 0)
    peak = max(after["VmHWM"], peak_rss) if hwm_rose else peak_rss
    return {
        "pid": pid,
        "rss_before_mib": mib(before.get("VmRSS", 0)),
        "rss_peak_sampled_mib": mib(peak_rss),
        "rss_after_mib": mib(after.get("VmRSS", 0)),
        "hwm_before_mib": mib(before.get("VmHWM", 0)),
        "hwm_after_mib": mib(after.get("VmHWM", 0)),
        "anon_before_mib": mib(before.get("RssAnon", 0)),
        "anon_peak_sampled_mib": mib(sampler.peak_anon(pid)),
        "peak_increase_mib": mib(peak - before.get("VmRSS", 0)),
        "hwm_rose": hwm_rose,
        "samples": len(sampler.samples.get(pid, [])),
    }


def _timeline(sampler: MemorySampler, pid: int, base_rss: int) -> list[list[float]]:
    """(seconds, RSS increase MiB) every ~0.25 s, for the JSON."""
    out, last = [], -1.0
    for t, rss, _anon in sampler.samples.get(pid, []):
        if t - last >= 0.25:
            out.append([round(t, 2), mib(rss - base_rss)])
            last = t
    return out


def _measure(name: str, server, token: str | None, big: Path, sha: str, target: str) -> dict:
    """Upload ``big`` once to ``target`` while sampling the server's memory."""
    size = big.stat().st_size
    workers = server.workers()
    pids = [server.master, *workers]
    time.sleep(0.5)
    warmed = {pid: memory(pid) for pid in pids}
    reset = all([reset_hwm(pid) for pid in pids])  # noqa: C419 - reset every one
    before = {pid: memory(pid) for pid in pids}
    log(f"[upload/{name}] uploading {mib(size):g} MiB (worker {workers})")
    with MemorySampler(pids, interval=0.05) as sampler:
        result = upload_file(
            server.url,
            token,
            big,
            filename="bench-1gib.wav",
            fields={"file_type": "audio", "description": "bench"},
            target=target,
        )
    after = {pid: memory(pid) for pid in pids}
    if result.status != 201:
        raise RuntimeError(f"{name}: HTTP {result.status} {result.body}\n{server.log_tail()}")
    procs = {pid: _proc_report(pid, before[pid], after[pid], sampler) for pid in pids}
    for pid in pids:
        procs[pid]["hwm_before_reset_mib"] = mib(warmed[pid].get("VmHWM", 0))
        procs[pid]["hwm_reset_before_upload"] = reset
    worker = max(workers, key=lambda p: procs[p]["peak_increase_mib"])
    peak = procs[worker]["peak_increase_mib"]
    out = {
        "name": name,
        "target": target,
        "load_average_after": load_average(),
        "size_bytes": size,
        "status": result.status,
        "send_seconds": round(result.sent_seconds, 2),
        "total_seconds": round(result.total_seconds, 2),
        "send_mb_s": round(size / result.sent_seconds / 1e6, 1),
        "end_to_end_mb_s": round(size / result.total_seconds / 1e6, 1),
        "server_after_body_seconds": round(result.total_seconds - result.sent_seconds, 2),
        "peak_increase_mib": peak,
        "target_mib": TARGET_MIB,
        "within_target": peak <= TARGET_MIB,
        "worker": procs[worker],
        "master": procs[server.master],
        "timeline_worker_mib": _timeline(sampler, worker, before[worker].get("VmRSS", 0)),
    }
    if isinstance(result.body, dict):
        data = result.body["data"]
        if data["size"] != size or data["checksum"] != f"sha256:{sha}":
            raise RuntimeError(f"{name}: stored the wrong bytes: {data}")
        out["file_type"], out["content_type"] = data["file_type"], data["content_type"]
    else:
        out["server_saw_bytes"] = int(result.body)  # the baselines answer with a count
    log(
        f"[upload/{name}] {out['end_to_end_mb_s']} MB/s end to end "
        f"({out['send_mb_s']} MB/s body sent), worker peak +{peak} MiB "
        f"(target {TARGET_MIB} MiB: {'ok' if out['within_target'] else 'OVER'})"
    )
    return out


def bench_t2m(storage: str, base: Path, big: Path, sha: str, small: Path) -> dict:
    """A fresh T2M instance on ``storage``: account, warm-up upload, then the big one."""
    with _backend(storage, base) as env, t2m_server(base, workers=1, env=env) as server:
        pids = [server.master, *server.workers()]
        at_start = {pid: memory(pid) for pid in pids}
        token = account(server.url)
        logged_in = {pid: memory(pid) for pid in pids}
        warm = upload_file(server.url, token, small, filename="warmup.wav")
        if warm.status != 201:
            raise RuntimeError(f"warm-up upload: HTTP {warm.status} {warm.body}")
        out = _measure(f"t2m-{storage}", server, token, big, sha, "/api/v1/files/upload")
        out["spool_files_left"] = sorted(p.name for p in (server.instance / "tmp").glob("*"))
        if storage == "s3":
            out["s3_reference"] = _s3_reference(env, big)
        for role, pid in (("master", server.master), ("worker", out["worker"]["pid"])):
            out[role]["rss_at_start_mib"] = mib(at_start[pid].get("VmRSS", 0))
            out[role]["hwm_after_register_login_mib"] = mib(logged_in[pid].get("VmHWM", 0))
    out["storage"] = storage
    return out


def bench_baseline(mode: str, base: Path, big: Path, sha: str, small: Path) -> dict:
    """The same body to ``bench/static_app.py`` under the same gunicorn command."""
    with static_server(base, None, workers=1) as server:
        upload_file(server.url, None, small, target=f"/{mode}")
        return _measure(f"baseline-{mode}", server, None, big, sha, f"/{mode}")


def _s3_reference(env: dict[str, str], big: Path) -> dict:
    """What the copy alone costs on this S3 server: boto3's ``upload_file`` of the
    same file with T2M's transfer settings (16 MiB parts, two at a time), which is
    what the request did after the body before parts were streamed while it
    arrived; and, within it, the CompleteMultipartUpload call, which the request
    still makes after the body (moto assembles and checksums the object then)."""
    import boto3
    from boto3.s3.transfer import TransferConfig

    client = boto3.client(
        "s3",
        endpoint_url=env["T2M_S3_ENDPOINT_URL"],
        region_name=env["T2M_S3_REGION"],
        aws_access_key_id=env["T2M_S3_ACCESS_KEY_ID"],
        aws_secret_access_key=env["T2M_S3_SECRET_ACCESS_KEY"],
    )
    marks: dict[str, float] = {}
    events = client.meta.events
    events.register(
        "before-call.s3.CompleteMultipartUpload",
        lambda **_: marks.__setitem__("start", time.perf_counter()),
    )
    events.register(
        "after-call.s3.CompleteMultipartUpload",
        lambda **_: marks.__setitem__("end", time.perf_counter()),
    )
    bucket, key = env["T2M_S3_BUCKET"], "bench-reference/copy.wav"
    config = TransferConfig(
        multipart_threshold=16 * MiB, multipart_chunksize=16 * MiB, max_concurrency=2
    )
    log("[upload/t2m-s3] reference: boto3 upload_file of the same file to the same moto")
    t0 = time.perf_counter()
    client.upload_file(str(big), bucket, key, Config=config)
    total = time.perf_counter() - t0
    client.delete_object(Bucket=bucket, Key=key)
    client.close()
    out = {
        "upload_file_seconds": round(total, 2),
        "complete_multipart_seconds": round(marks["end"] - marks["start"], 2),
    }
    log(f"[upload/t2m-s3] reference: {out}")
    return out


class _backend:
    """Context: the extra T2M environment for a storage backend (moto for s3)."""

    def __init__(self, storage: str, base: Path):
        self.storage, self.base, self._cm = storage, base, None

    def __enter__(self) -> dict:
        if self.storage == "local":
            return {}
        self._cm = moto_server(self.base)
        moto = self._cm.__enter__()
        create_bucket(moto.url, "t2m-bench")
        return s3_env(moto.url, "t2m-bench")

    def __exit__(self, *exc):
        if self._cm is not None:
            return self._cm.__exit__(*exc)
        return None


def run(
    size: int = GiB,
    storages: tuple[str, ...] = ("local", "s3"),
    baselines: bool = True,
    keep: bool = False,
) -> dict:
    results = {
        "machine": machine(),
        "load_average_before": load_average(),
        "size_bytes": size,
        "runs": [],
    }
    jobs = [(f"t2m-{s}", lambda b, *a, s=s: bench_t2m(s, b, *a)) for s in storages]
    if baselines:
        jobs += [
            (f"baseline-{m}", lambda b, *a, m=m: bench_baseline(m, b, *a))
            for m in ("sink", "parse")
        ]
    with workdir(keep) as base:
        big, small = base / "big.wav", base / "small.wav"
        t0 = time.perf_counter()
        real_size, sha = make_wav(big, size)
        make_wav(small, WARMUP_SIZE)
        results["size_bytes"] = real_size
        log(f"[upload] {mib(real_size):g} MiB WAV written in {time.perf_counter() - t0:.1f}s")
        for name, job in jobs:
            sub = base / name
            sub.mkdir()
            try:
                results["runs"].append(job(sub, big, sha, small))
            except Exception as exc:  # report the others even when one fails
                log(f"[upload/{name}] FAILED: {exc}")
                results["runs"].append({"name": name, "error": str(exc)[:4000]})
            finally:
                shutil.rmtree(sub, ignore_errors=True)  # 1 GiB per run
    path = write_json("upload.json", results)
    log(f"[upload] results in {path}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1GiB", help="upload size (default 1GiB)")
    parser.add_argument("--storage", default="local,s3", help="local, s3 or both")
    parser.add_argument(
        "--no-baselines", action="store_true", help="skip the gunicorn/Werkzeug baselines"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    res = run(
        parse_size(args.size), tuple(args.storage.split(",")), not args.no_baselines, args.keep
    )
    return 1 if any("error" in r for r in res["runs"]) else 0


if __name__ == "__main__":
    sys.exit(main())
