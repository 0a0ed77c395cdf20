"""Run every benchmark (``make bench``) and put the figures in bench/README.md.

Writes ``bench/out/upload.json``, ``bench/out/ranges.json`` and
``bench/out/results.json`` (both plus the machine), then replaces the part of
``bench/README.md`` between the ``bench:results`` markers with tables made
from them. With ``--only``, the other part comes from the last results.json,
or from the README itself when there is none. ``--quick`` runs small sizes as
a smoke test and leaves the README alone. The encode part (``bench/encode.py``)
and then the text-to-video part (``bench/generate.py``) run last and keep their
own JSON (``bench/out/encode-*.json``, ``bench/out/generate-*.json``) and
README blocks.

Usage: .venv/bin/python bench/run.py [--quick] [--only upload|ranges|encode|generate]
                                     [--no-readme]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import encode
import generate
import ranges
import upload
from common import BENCH, OUT, GiB, MiB, log, machine, write_json

README = BENCH / "README.md"
START = "<!-- bench:results:start (written by bench/run.py; edit outside) -->"
END = "<!-- bench:results:end -->"


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:g}{unit}" if isinstance(value, float) else f"{value}{unit}"


def upload_section(res: dict) -> list[str]:
    lines = [
        f"### Upload: one {res['size_bytes'] / GiB:g} GiB multipart upload",
        "",
        "One gunicorn worker (4 threads), body streamed from disk by the client; memory is",
        "the worker's peak RSS increase over its RSS just before the upload (VmHWM reset",
        "with `clear_refs`, plus VmRSS sampled every 50 ms). Target: at most 64 MiB.",
        "",
        "| run | end to end MB/s | body sent MB/s | after body (s) "
        "| worker RSS before (MiB) | peak increase (MiB) | within 64 MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for run in res["runs"]:
        if "error" in run:
            lines.append(f"| {run['name']} | failed: {run['error'][:80]} | | | | | |")
            continue
        lines.append(
            f"| {run['name']} | {_fmt(run['end_to_end_mb_s'])} | {_fmt(run['send_mb_s'])} "
            f"| {_fmt(run['server_after_body_seconds'])} | {_fmt(run['worker']['rss_before_mib'])} "
            f"| **{_fmt(run['peak_increase_mib'])}** | {'yes' if run['within_target'] else 'NO'} |"
        )
    for run in res["runs"]:
        ref = run.get("s3_reference")
        if ref:
            lines += [
                "",
                f"Reference for {run['name']}, on the same moto server right after: boto3's "
                f"`upload_file` of the same file (the copy the request used to make after the "
                f"body) took {_fmt(ref['upload_file_seconds'])} s, of which "
                f"{_fmt(ref['complete_multipart_seconds'])} s was the CompleteMultipartUpload "
                "call, which the request still makes after the body.",
            ]
    t2m = [r for r in res["runs"] if r.get("name", "").startswith("t2m-") and "error" not in r]
    if t2m:
        lines += [
            "",
            "For scale, the T2M worker's RSS at start and its peak (VmHWM) after one",
            "register + login through the API (Argon2id password hashing), before any upload:",
            "",
        ]
        lines += [
            f"- {r['name']}: {_fmt(r['worker'].get('rss_at_start_mib'))} MiB at start, peak "
            f"{_fmt(r['worker'].get('hwm_after_register_login_mib'))} MiB after register + login"
            for r in t2m
        ]
    return lines


def ranges_section(res: dict) -> list[str]:
    size = res["size_bytes"] / MiB
    lines = [
        f"### Range serving: a {size:g} MiB file (client: {res['client']})",
        "",
        "`range_1mib`: random 1 MiB `Range` GETs over 8 connections; `full_file`: whole-file",
        "GETs over 4 connections. All servers read the same stored blob (page cache warm).",
        f"Each workload ran {res.get('rounds', 1)} x {res['duration_s']:g} s, round-robin over "
        "the servers; the best round is shown (MB/s counts every byte received).",
        "",
        "| server | workload | req/s | MB/s | p50 ms | p99 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, server in res["servers"].items():
        for workload in ranges.WORKLOADS:
            if workload not in server:
                continue
            w = server[workload]
            lat = w["latency_ms"]
            lines.append(
                f"| {name} | {workload} | {_fmt(w['req_s'])} | {_fmt(w['mb_s'])} "
                f"| {_fmt(lat['p50'])} | {_fmt(lat['p99'])} | {w['errors']} |"
            )
    lines += [
        "",
        "Single requests, alone on a keep-alive connection (median): the first byte (the",
        "fixed cost of a request), 1 MiB at the start of the file, 1 MiB at its end.",
        "",
        "| server | first byte (ms) | first MiB (ms) | last MiB (ms) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, server in res["servers"].items():
        probe = server.get("offset_probe", {})
        lines.append(
            f"| {name} | {_fmt(probe.get('first_byte_ms'))} | {_fmt(probe.get('first_mib_ms'))} "
            f"| {_fmt(probe.get('last_mib_ms'))} |"
        )
    lines += ["", "T2M's MB/s as a fraction of the others':", ""]
    for other, ratios in res.get("ratios", {}).items():
        parts = ", ".join(f"{w} {r:g}" for w, r in ratios.items())
        lines.append(f"- {other.removeprefix('t2m_vs_')}: {parts}")
    return lines


def machine_section(mach: dict, loads: list) -> list[str]:
    lines = [
        "### Machine",
        "",
        f"- {mach['cpus']} CPUs ({mach['cpu_model']}), {mach['mem_total_mib']} MiB RAM, "
        f"Linux {mach['kernel']}, Python {mach['python']}",
        f"- gunicorn {mach['gunicorn']}, Werkzeug {mach['werkzeug']}, Flask {mach['flask']}, "
        f"boto3 {mach['boto3']}, moto {mach['moto']}, {mach['nginx'] or 'no nginx'}, "
        f"{mach['wrk'] or 'no wrk'}",
        f"- server command (Procfile): `{mach['procfile_web']}`",
        "- client, servers and moto all share the same cores over loopback",
    ]
    if loads:
        shown = ", ".join(f"{label} {load[0]:g}" for label, load in loads if load)
        lines.append(f"- 1-minute load average (other work on the machine): {shown}")
    return lines


_TITLES = {"upload": "### Upload:", "ranges": "### Range serving:"}
_LOAD_LABELS = {"upload": ("before upload",), "ranges": ("before ranges", "after ranges")}


def _previous(text: str) -> dict:
    """From the README's current results block: when each part was measured, its
    section's lines and its load averages, to keep a part that was not rerun
    when ``bench/out/results.json`` is not there (a fresh checkout)."""
    block = text.split(START, 1)[1].split(END, 1)[0] if START in text and END in text else ""
    when = re.search(r"^(?:Measured|Upload measured) (.+?)(?: with|;|,)", block, re.M)
    ranges_when = re.search(r"range serving measured (.+?) with", block)
    loads = dict(re.findall(r"(before upload|before ranges|after ranges) ([\d.]+)", block))
    machine = block.split("### Machine", 1)[1] if "### Machine" in block else ""
    found: dict = {
        "machine": [ln for ln in machine.split("\n") if ln.startswith("- ")][:2],
        "machine_note": next((ln for ln in machine.split("\n") if " run before: " in ln), None),
    }
    for part, title in _TITLES.items():
        if title not in block:
            continue
        section = title + block.split(title, 1)[1].split("\n### ", 1)[0]
        measured = ranges_when.group(1) if part == "ranges" and ranges_when else None
        found[part] = {
            "lines": section.rstrip().split("\n"),
            "measured": measured or (when.group(1) if when else "earlier"),
            "loads": {label: float(loads[label]) for label in _LOAD_LABELS[part] if label in loads},
        }
    return found


def write_readme(results: dict) -> None:
    text = README.read_text() if README.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    kept = _previous(text)
    measured = {}
    sections: list[str] = []
    loads = []
    for part, build in (("upload", upload_section), ("ranges", ranges_section)):
        if part in results:
            measured[part] = results[part].get("measured", results["finished"])
            sections += [*build(results[part]), ""]
            if part == "upload":
                loads.append(("before upload", results["upload"].get("load_average_before")))
            else:
                loads += [
                    ("before ranges", results["ranges"].get("load_average_before")),
                    ("after ranges", results["ranges"].get("load_average_after")),
                ]
        elif part in kept:  # not rerun and no JSON for it: keep what the README shows
            measured[part] = kept[part]["measured"]
            sections += [*kept[part]["lines"], ""]
            loads += [(label, [load]) for label, load in kept[part]["loads"].items()]
    if len(set(measured.values())) <= 1:
        line = f"Measured {next(iter(measured.values()), results['finished'])} with `make bench`."
    else:
        line = (
            f"Upload measured {measured['upload']}, range serving measured "
            f"{measured['ranges']} with `make bench` (`bench/run.py --only` reruns one part)."
        )
    machine = machine_section(results["machine"], loads)
    reused = [part for part in _TITLES if part not in results and part in kept]
    if reused and kept["machine_note"]:  # kept twice: still the same earlier run
        machine.append(kept["machine_note"])
    elif reused and kept["machine"] and kept["machine"] != machine[2:4]:
        # The kept tables came from another run, maybe with other tools installed.
        earlier = "; ".join(ln.removeprefix("- ") for ln in kept["machine"])
        machine.append(f"- the {' and '.join(reused)} run before: {earlier}")
    body = [START, "", line, "", *sections, *machine, "", END]
    if START not in text or END not in text:
        text = text.rstrip() + f"\n\n## Results\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    README.write_text(head + "\n".join(body) + tail)
    log(f"[run] {README} updated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, README untouched")
    parser.add_argument("--only", choices=("upload", "ranges", "encode", "generate"))
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--no-s3", action="store_true", help="upload to local storage only")
    parser.add_argument(
        "--readme-only", action="store_true", help="rewrite the README from bench/out/results.json"
    )
    args = parser.parse_args(argv)
    if args.readme_only:
        write_readme(json.loads((OUT / "results.json").read_text()))
        return 0
    if args.only == "encode":
        return run_encode(args)
    if args.only == "generate":
        return run_generate(args)
    t0 = time.perf_counter()
    results: dict = {"machine": machine()}
    storages = ("local",) if args.no_s3 else ("local", "s3")
    if args.only in (None, "upload"):
        size = 64 * MiB if args.quick else GiB
        results["upload"] = upload.run(size, storages)
    if args.only in (None, "ranges"):
        if args.quick:
            results["ranges"] = ranges.run(32 * MiB, duration=2.0, warmup=1.0, rounds=1)
        else:
            results["ranges"] = ranges.run()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M %Z")
    results["seconds"] = round(time.perf_counter() - t0, 1)
    for part in ("upload", "ranges"):
        if part in results:
            results[part]["measured"] = results["finished"]
    previous = OUT / "results.json"
    if args.only and not args.quick and previous.exists():  # keep the part not rerun
        with contextlib.suppress(ValueError):
            old = json.loads(previous.read_text())
            for part in ("upload", "ranges"):
                if part not in results and part in old:
                    results[part] = old[part]
                    results[part].setdefault("measured", old.get("finished", "earlier"))
    write_json("results.json", results)
    if not (args.quick or args.no_readme):
        write_readme(results)
    failed = any("error" in r for r in results.get("upload", {}).get("runs", []))
    if args.only is None:
        run_encode(args)
        run_generate(args)
    seconds = time.perf_counter() - t0
    log(f"[run] done in {seconds:.1f}s{' (with failures)' if failed else ''}")
    return 1 if failed else 0


def run_encode(args: argparse.Namespace) -> int:
    """The encode part: its own JSON and its own block of the README (bench/encode.py)."""
    res = encode.run(quick=args.quick)
    encode.print_report(res)
    if not (args.quick or args.no_readme):
        encode.write_readme(res)
    return 0


def run_generate(args: argparse.Namespace) -> int:
    """The text-to-video part: its own JSON and README block (bench/generate.py)."""
    res = generate.run(quick=args.quick)
    generate.print_report(res)
    if not (args.quick or args.no_readme):
        generate.write_readme(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
