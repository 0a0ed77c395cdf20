"""Text-to-video benchmark: a ~60 s story rendered offline, end to end, and one scene redone.

Everything is the offline engine (no Flask, no server): the story writer,
Pillow stills, espeak-ng narration and ffmpeg (a filtergraph per scene segment,
then a mux), called through
:mod:`t2m.generate.pipeline` as the generation job calls them.

- Full render: :func:`pipeline.render` of ``REQUEST`` (a story topic, 720p,
  16:9), ``--runs`` times (3): its wall time, its own time per stage (script,
  visuals, speech, subtitles, compose), the video's duration as ffprobe reads
  it and the ratio wall / video duration (target: at most ``TARGET_RATIO``).
- Regenerating one scene, from the first render's outputs, as the regeneration
  job redoes it: *image* = :func:`pipeline.make_visual` of the middle scene with a
  new prompt, :func:`pipeline.make_subtitles` (same audio) and
  :func:`pipeline.make_video`; *text* = :func:`pipeline.make_speech` of the
  middle scene's new text (its sentences in reverse order, so about as long),
  subtitles and the video. Each once per round, right after that round's
  full render, so drift in the machine's load falls on all three alike.
- For reference, once each: the same request at 1080p, and at 720p 9:16.

Every video is checked before its time counts: exactly one H.264 video
stream of the requested size and one AAC audio stream, a frame count that
matches, and a duration (ffprobe) within ``DURATION_TOLERANCE`` of
sum(scene durations) + 0.5 s x (scenes - 1). During each render, the
process's children are sampled in ``/proc`` every 50 ms (``VmHWM``, with
:func:`common.memory`): the peak RSS of ffmpeg; CPU seconds come from
``getrusage`` (this process and its reaped children), and the CPU seconds the
rest of the machine used meanwhile from ``/proc/stat`` (other test suites on a
2-core machine slow the render down, all the more as its ffmpeg runs at nice 10).

Usage: .venv/bin/python bench/generate.py [--runs 3] [--quick] [--no-readme] [--keep]
       .venv/bin/python bench/generate.py --readme-from bench/out/generate-....json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (
    BENCH,
    ROOT,
    load_average,
    log,
    machine,
    memory,
    mib,
    proc_stat,
    thread_children,
    workdir,
    write_json,
)

sys.path.insert(0, str(ROOT))

from t2m.generate import compose as composer
from t2m.generate import music as musics
from t2m.generate import pipeline

README = BENCH / "README.md"
START = "<!-- bench:generate:start -->"
END = "<!-- bench:generate:end -->"
ENCODE_END = "<!-- bench:encode:end -->"
RESULTS_END = "<!-- bench:results:end -->"
TARGET_RATIO = 0.15  # wall seconds per second of 720p video (1080p: 0.30)
# The figures on this machine, for comparison (wall / video duration).
MOVIEPY_RATIO = 14.0  # frame-by-frame MoviePy composition
ONE_PASS_RATIO = 0.3  # a straightforward one-pass ffmpeg filtergraph
SAMPLE_SECONDS = 0.05
COMPOSE_MIN_SECONDS = 0.5  # an ffmpeg alive this long is a compose one
DURATION_TOLERANCE = 0.25  # seconds, ffprobe's duration against the scenes'
# A minute asked for; with seed 6 the narrations and transitions come to 59.6 s
# (this topic's stories of 60 s run 59.6-65.7 s over seeds 1-8).
REQUEST = {"story_topic": "interesting_history", "duration": 60, "seed": 6}
QUICK_REQUEST = {"story_topic": "interesting_history", "duration": 20, "seed": 0}
REFERENCES = {"1080p 16:9": {"quality": "1080p"}, "720p 9:16": {"aspect_ratio": "9:16"}}
NEW_PROMPT = "a lighthouse on a rocky coast at dusk, waves breaking below"
STAGES = pipeline.STAGES


@dataclass(frozen=True)
class Profile:
    request: dict
    runs: int


FULL = Profile(REQUEST, 3)
QUICK = Profile(QUICK_REQUEST, 1)


# ------------------------------------------------------------------- helpers


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _version(cmd: list[str]) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return (out.stdout.splitlines() or [f"{cmd[0]} (unknown version)"])[0]


class ChildPeaks(threading.Thread):
    """Samples this process's children (any thread's) every ``SAMPLE_SECONDS``:
    per pid its name and the highest ``VmHWM`` (peak RSS) read. ``VmHWM`` is the
    kernel's own high-water mark, so only growth in a process's last 50 ms, or a
    process shorter than that, can go unseen."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seen: dict[int, dict] = {}
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while True:
            for pid in thread_children(me):
                st, mem = proc_stat(pid), memory(pid)
                if st is None or not mem:
                    continue
                now = time.monotonic()
                rec = self.seen.setdefault(pid, {"comm": st["comm"], "hwm": 0, "first": now})
                # setpriv and nice exec into ffmpeg: keep the name it ends with.
                rec.update(comm=st["comm"], cpu=st["cpu"], nice=st["nice"], last=now)
                rec["hwm"] = max(rec["hwm"], mem.get("VmHWM", 0), mem.get("VmRSS", 0))
            if self._stop_event.wait(SAMPLE_SECONDS):
                return

    def stop(self) -> dict:
        self._stop_event.set()
        self.join()
        ffmpeg = [r for r in self.seen.values() if r["comm"] == "ffmpeg"]
        espeak = [r["hwm"] for r in self.seen.values() if r["comm"].startswith("espeak")]
        # The compose ffmpegs (one per segment, then the mux) live for seconds;
        # the speech stage's for a fraction of one.
        compose = [r for r in ffmpeg if r["last"] - r["first"] >= COMPOSE_MIN_SECONDS]
        span = max((r["last"] for r in compose), default=0) - min(
            (r["first"] for r in compose), default=0
        )
        return {
            "ffmpeg_peak_rss_mib": mib(max(r["hwm"] for r in ffmpeg)) if ffmpeg else None,
            "ffmpeg_processes_seen": len(ffmpeg),
            "compose_ffmpeg_processes": len(compose),
            "compose_ffmpeg_seconds": round(span, 2) if compose else None,
            "compose_ffmpeg_cpu_seconds": round(sum(r["cpu"] for r in compose), 2)
            if compose
            else None,
            "compose_ffmpeg_nice": compose[0]["nice"] if compose else None,
            "espeak_peak_rss_mib": mib(max(espeak)) if espeak else None,
        }


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy (``/proc/stat``: all but idle
    and iowait), to tell how much other work ran next to a measurement."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal (guest time is within user); steal
    # (time the hypervisor gave to others) counts as other work too.
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


class Measure:
    """Wall time, CPU seconds (this process, its children), load and child memory
    around a block."""

    def __enter__(self) -> Measure:
        self.load_before = load_average()
        self.peaks = ChildPeaks()
        self.peaks.start()
        self.self0 = resource.getrusage(resource.RUSAGE_SELF)
        self.kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.busy0 = _busy_seconds()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.t0
        busy1 = _busy_seconds()
        self_1 = resource.getrusage(resource.RUSAGE_SELF)
        kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.memory = self.peaks.stop()

        def cpu(a, b) -> float:
            return round((b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime), 2)

        ours = cpu(self.self0, self_1) + cpu(self.kids0, kids1)
        others = None if busy1 is None or self.busy0 is None else busy1 - self.busy0 - ours
        self.facts = {
            "wall_seconds": round(self.wall, 3),
            "cpu_seconds_python": cpu(self.self0, self_1),
            "cpu_seconds_children": cpu(self.kids0, kids1),
            # CPU seconds the rest of the machine used meanwhile (other test suites...).
            "cpu_seconds_others": None if others is None else round(max(others, 0.0), 1),
            # getrusage's children peak is the highest of any child reaped so far
            # by this process (all runs), for reference next to the sampled one.
            "children_maxrss_so_far_mib": round(kids1.ru_maxrss / 1024, 1),
            "load_average_before": self.load_before,
            "load_average_after": load_average(),
            **self.memory,
        }


def verify(video: Path, req: pipeline.Request, durations: list[float]) -> dict:
    """ffprobe the video; raise unless it is what the request and the scenes say."""
    out = subprocess.run(
        [
            *("ffprobe", "-v", "error", "-print_format", "json"),
            *("-show_format", "-show_streams", str(video)),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    info = json.loads(out.stdout)
    streams = info.get("streams", [])
    kinds = [s.get("codec_type") for s in streams]
    videos = [s for s in streams if s.get("codec_type") == "video"]
    audios = [s for s in streams if s.get("codec_type") == "audio"]
    duration = float(info["format"]["duration"])
    expected = sum(durations) + pipeline.TRANSITION * (len(durations) - 1)
    problems = []
    if len(videos) != 1 or len(audios) != 1:
        problems.append(f"streams {kinds}, want one video and one audio")
    if videos:
        v = videos[0]
        if (v.get("width"), v.get("height")) != req.size or v.get("codec_name") != "h264":
            problems.append(f"video {v.get('codec_name')} {v.get('width')}x{v.get('height')}")
        frames = int(v.get("nb_frames") or 0)
        want = composer.frame_starts(durations, pipeline.FPS, pipeline.TRANSITION)[-1]
        if frames != want:
            problems.append(f"{frames} frames, want {want}")
    if audios and audios[0].get("codec_name") != "aac":
        problems.append(f"audio {audios[0].get('codec_name')}")
    if abs(duration - expected) > DURATION_TOLERANCE:
        problems.append(f"duration {duration:.3f} s, want {expected:.3f} s")
    if problems:
        raise RuntimeError(f"bad render {video}: {'; '.join(problems)}")
    return {
        "duration": round(duration, 3),
        "expected_duration": round(expected, 3),
        "streams": kinds,
        "size": f"{videos[0]['width']}x{videos[0]['height']}",
        "frames": int(videos[0].get("nb_frames") or 0),
        "bytes": video.stat().st_size,
    }


# ------------------------------------------------------------------- the runs


def full_render(req: pipeline.Request, folder: Path) -> tuple[dict, pipeline.Rendered]:
    """One :func:`pipeline.render`, measured, then verified."""
    with Measure() as m:
        rendered = pipeline.render(req, folder, cache=composer.FolderCache(folder / "segments"))
    check = verify(rendered.video, req, rendered.durations)
    run = {
        **m.facts,
        "stages": {k: round(v, 3) for k, v in rendered.timings.items()},
        "scenes": len(rendered.durations),
        "scene_durations": [round(d, 3) for d in rendered.durations],
        "video": check,
        "ratio": round(m.wall / check["duration"], 3),
    }
    return run, rendered


def _new_text(text: str) -> str:
    """The scene's sentences in reverse order: new narration of about the same length."""
    sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".")]
    sentences = [s for s in sentences if s]
    if len(sentences) < 2:
        return f"{text} Or so the story goes."
    return ". ".join(reversed(sentences)) + "."


class Scenes:
    """A finished render's scene outputs, as the regeneration job finds them stored:
    stills, narrations, their durations and sentence timings (the cues)."""

    def __init__(self, req: pipeline.Request, rendered: pipeline.Rendered, folder: Path):
        self.req, self.script = req, rendered.script
        self.segments = folder / "segments"  # the full render's, as the job keeps them
        n = len(rendered.script.scenes)
        self.stills = [folder / f"scene-{i:03d}{pipeline.STILL_SUFFIX}" for i in range(n)]
        self.wavs = [folder / f"scene-{i:03d}.wav" for i in range(n)]
        # The job stores each scene's sentence timings; render() does not return
        # them, so narrate the scenes again (not timed; espeak-ng is deterministic).
        self.audio = []
        cues = folder / "cues"
        cues.mkdir(exist_ok=True)
        self.language = rendered.script.language
        for i, scene in enumerate(rendered.script.scenes):
            wav = cues / f"{i}.wav"
            said = pipeline.make_speech(
                req, scene.text, wav, pipeline.Providers(), language=self.language
            )
            self.audio.append(pipeline.SceneAudio(said.duration, said.sentences))
        # The job keeps each narration's own length and fits the slots again.
        slots = [a.duration for a in pipeline.fit(self.audio, req.target)]
        if any(abs(a - b) > 0.01 for a, b in zip(slots, rendered.durations, strict=True)):
            raise RuntimeError(f"narrated again into slots {slots}, rendered {rendered.durations}")
        self.slots = list(rendered.durations)  # the job keeps them for the next render

    def compose(self, stills, wavs, said, folder: Path) -> tuple:
        """fit + make_subtitles + make_video (with the full render's segments,
        hard-linked into ``folder``), as the job does: their times, the video, the
        number of segments encoded and the scenes' slots."""
        shutil.copytree(self.segments, folder / "segments", copy_function=os.link)
        t = time.perf_counter()
        audio = pipeline.fit(said, self.req.target, previous=self.slots)
        subs = pipeline.make_subtitles(self.req, audio, folder, language=self.language)
        t_subs = time.perf_counter() - t
        inputs = [
            composer.SceneInput(still, wav, a.duration)
            for still, wav, a in zip(stills, wavs, audio, strict=True)
        ]
        cache = composer.FolderCache(folder / "segments")
        t = time.perf_counter()
        made = pipeline.make_video(
            self.req, inputs, subs, folder / "video.mp4",
            cues=pipeline.subtitle_cues(audio, size=self.req.size), language=self.language,
            cache=cache, **pipeline.music_bed(self.req, musics.BEDS),
        )  # fmt: skip
        slots = [a.duration for a in audio]
        return t_subs, time.perf_counter() - t, made.path, made, slots


def regenerate(scenes: Scenes, kind: str, index: int, folder: Path) -> dict:
    """Redo one scene's image (``kind="image"``) or text (``"text"``), then the video."""
    folder.mkdir(parents=True)
    stills, wavs, audio = list(scenes.stills), list(scenes.wavs), list(scenes.audio)
    scene = scenes.script.scenes[index]
    providers = pipeline.Providers()
    stage = {}
    with Measure() as m:
        t = time.perf_counter()
        if kind == "image":
            stills[index] = folder / f"scene-{index:03d}{pipeline.STILL_SUFFIX}"
            pipeline.make_visual(
                scenes.req, scene.text, index, stills[index], providers,
                title=scenes.script.title, prompt=NEW_PROMPT,
            )  # fmt: skip
            stage["visual"] = time.perf_counter() - t
        else:
            wavs[index] = folder / f"scene-{index:03d}.wav"
            said = pipeline.make_speech(
                scenes.req, _new_text(scene.text), wavs[index], providers, language=scenes.language
            )
            audio[index] = pipeline.SceneAudio(said.duration, said.sentences)
            stage["speech"] = time.perf_counter() - t
        stage["subtitles"], stage["compose"], video, made, durations = scenes.compose(
            stills, wavs, audio, folder
        )
    check = verify(video, scenes.req, durations)
    return {
        **m.facts,
        "kind": kind,
        "scene": index,
        "segments_encoded": made.encoded,
        "segments": made.segments,
        "stages": {k: round(v, 3) for k, v in stage.items()},
        "video": check,
        "ratio": round(m.wall / check["duration"], 3),
    }


def _cpu(run: dict) -> float:
    return run["cpu_seconds_python"] + run["cpu_seconds_children"]


def summary(runs: list[dict]) -> dict:
    """Median and range of the wall time, ratio and each stage over ``runs``."""
    walls = [r["wall_seconds"] for r in runs]
    stages = {k for r in runs for k in r["stages"]}
    return {
        "runs": len(runs),
        "wall_seconds": _median(walls),
        "wall_range": [min(walls), max(walls)],
        "ratio": _median([r["ratio"] for r in runs]),
        "ratio_range": [min(r["ratio"] for r in runs), max(r["ratio"] for r in runs)],
        "video_seconds": _median([r["video"]["duration"] for r in runs]),
        "stages": {k: _median([r["stages"][k] for r in runs if k in r["stages"]]) for k in stages},
        "cpu_seconds": _median([_cpu(r) for r in runs]),
        "compose_ffmpeg_cpu_seconds": _median(
            [r["compose_ffmpeg_cpu_seconds"] for r in runs if r.get("compose_ffmpeg_cpu_seconds")]
        ),
        "cpu_per_video_second": _median([_cpu(r) / r["video"]["duration"] for r in runs]),
        "ffmpeg_peak_rss_mib": max((r["ffmpeg_peak_rss_mib"] or 0) for r in runs) or None,
        "segments_encoded": max((r.get("segments_encoded") or 0) for r in runs) or None,
        "segments": runs[0].get("segments"),
    }


def run(quick: bool = False, runs: int | None = None, keep: bool = False) -> dict:
    """Every measurement; the results (also written to ``bench/out/generate-*.json``)."""
    prof = QUICK if quick else FULL
    runs = runs or prof.runs
    req = pipeline.validate(prof.request)
    results: dict = {
        "quick": quick,
        "started": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "ffmpeg": _version(["ffmpeg", "-version"]),
        "espeak": _version(["espeak-ng", "--version"]),
        "load_average_start": load_average(),
        "request": prof.request,
        "size": list(req.size),
        "target_ratio": TARGET_RATIO,
        "renders": [],
        "regenerate": {"image": [], "text": []},
        "references": {},
    }
    with workdir(keep) as base:
        # Rounds of: a full render, then the image and the text regeneration (from
        # the first render's outputs), so drift in the machine's load falls on all.
        scenes: Scenes | None = None
        for i in range(runs):
            folder = base / f"render-{i + 1}"
            log(f"[generate] round {i + 1}/{runs}: full render of {prof.request}")
            res, rendered = full_render(req, folder)
            res["round"] = i + 1
            results["renders"].append(res)
            log(
                f"[generate]   {res['wall_seconds']:.2f} s for {res['video']['duration']:.2f} s "
                f"of video ({res['ratio']:.3f}x); stages {res['stages']}; "
                f"ffmpeg peak {res['ffmpeg_peak_rss_mib']} MiB; load {res['load_average_after']}"
            )
            if scenes is None:
                scenes = Scenes(req, rendered, folder)
                index = len(rendered.durations) // 2
                results["regenerate"]["scene"] = index
                results["regenerate"]["new_text"] = _new_text(rendered.script.scenes[index].text)
                results["regenerate"]["new_prompt"] = NEW_PROMPT
            for kind in ("image", "text"):
                log(f"[generate] round {i + 1}/{runs}: regenerate scene {index + 1} ({kind})")
                reg = regenerate(scenes, kind, index, base / f"regen-{kind}-{i + 1}")
                reg["round"] = i + 1
                reg["fraction_of_round_render"] = round(
                    reg["wall_seconds"] / res["wall_seconds"], 3
                )
                results["regenerate"][kind].append(reg)
                log(f"[generate]   {reg['wall_seconds']:.2f} s; stages {reg['stages']}")
        for name, change in REFERENCES.items():
            ref = pipeline.validate({**prof.request, **change})
            log(f"[generate] reference: {name} ({ref.size[0]}x{ref.size[1]})")
            res, _ = full_render(ref, base / f"ref-{name.replace(' ', '-').replace(':', 'x')}")
            res["size"] = list(ref.size)
            results["references"][name] = res
            log(f"[generate]   {res['wall_seconds']:.2f} s ({res['ratio']:.3f}x)")
    results["load_average_end"] = load_average()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M %Z")
    results["summary"] = summarize(results)
    name = f"generate-{time.strftime('%Y%m%d-%H%M%S')}{'-quick' if quick else ''}.json"
    results["json"] = f"bench/out/{name}"
    write_json(name, results)
    return results


def summarize(res: dict) -> dict:
    full = summary(res["renders"])
    out = {"full": full, "within_target": full["ratio"] <= TARGET_RATIO}
    for kind in ("image", "text"):
        if res["regenerate"][kind]:
            s = summary(res["regenerate"][kind])
            s["fraction_of_full"] = round(s["wall_seconds"] / full["wall_seconds"], 3)
            # Each regeneration over the full render of its own round (same conditions).
            rounds = [r.get("fraction_of_round_render") for r in res["regenerate"][kind]]
            s["fraction_of_round_render"] = _median([f for f in rounds if f is not None])
            s["cpu_fraction_of_full"] = round(s["cpu_seconds"] / full["cpu_seconds"], 3)
            out[f"regenerate_{kind}"] = s
    return out


# ------------------------------------------------------------------- report


def _f(value, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _pct(fraction: float | None) -> str:
    return "-" if fraction is None else f"{100 * fraction:.0f} %"


def _range(pair: list[float], digits: int = 2) -> str:
    return f"{_f(pair[0], digits)}-{_f(pair[1], digits)}"


RENDER_HEAD = [
    "| run | size | video (s) | **wall (s)** | **wall / video** | "
    + " | ".join(STAGES)
    + " | CPU s (all / compose ffmpeg) | others' CPU s | ffmpeg peak RSS (MiB) "
    "| load before / after |",
    "| --- | --- | ---: | ---: | ---: | "
    + " | ".join("---:" for _ in STAGES)
    + " | ---: | ---: | ---: | ---: |",
]


def _render_row(name: str, r: dict) -> str:
    stages = " | ".join(_f(r["stages"].get(k), 2) for k in STAGES)
    cpu = r["cpu_seconds_python"] + r["cpu_seconds_children"]
    load = f"{_f(r['load_average_before'][0])} / {_f(r['load_average_after'][0])}"
    return (
        f"| {name} | {r['video']['size']} | {_f(r['video']['duration'])} "
        f"| **{_f(r['wall_seconds'])}** | **{_f(r['ratio'], 3)}** | {stages} "
        f"| {_f(cpu, 1)} / {_f(r.get('compose_ffmpeg_cpu_seconds'), 1)} "
        f"| {_f(r.get('cpu_seconds_others'), 1)} | {_f(r['ffmpeg_peak_rss_mib'], 1)} | {load} |"
    )


def tables(res: dict) -> list[str]:
    s = res["summary"]
    full = s["full"]
    lines = [*RENDER_HEAD]
    for i, r in enumerate(res["renders"]):
        lines.append(_render_row(str(i + 1), r))
    lines.append(
        f"| **median** | | {_f(full['video_seconds'])} | **{_f(full['wall_seconds'])}** "
        f"| **{_f(full['ratio'], 3)}** | "
        + " | ".join(_f(full["stages"].get(k), 2) for k in STAGES)
        + f" | {_f(full['cpu_seconds'], 1)} / {_f(full.get('compose_ffmpeg_cpu_seconds'), 1)} "
        "| | | |"
    )
    lines += ["", "Once each, for reference (the same request and narration):", "", *RENDER_HEAD]
    lines += [_render_row(name, r) for name, r in res["references"].items()]
    reg = res["regenerate"]
    lines += [
        "",
        f"Regenerating scene {reg['scene'] + 1} of {len(res['renders'][-1]['scene_durations'])} "
        f"from the first render's outputs, in rounds with the renders ({full['runs']} "
        f"run{'s' if full['runs'] > 1 else ''} each; median, range):",
        "",
        "| what | redone | segments encoded | **wall (s)** | range (s) | that stage (s) "
        "| subtitles (s) | compose (s) | **wall, of a full render's** | same round's "
        "| CPU s (of a full render's) |",
        "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    what = {
        "image": ("regenerate image", "`make_visual` (new prompt)", "visual"),
        "text": ("edit text", "`make_speech` (new text)", "speech"),
    }
    for kind, (title, redone, stage) in what.items():
        r = s.get(f"regenerate_{kind}")
        if not r:
            continue
        lines.append(
            f"| {title} | {redone} + `make_subtitles` + `make_video` "
            f"| {r.get('segments_encoded', '?')} of {r.get('segments', '?')} "
            f"| **{_f(r['wall_seconds'])}** | {_range(r['wall_range'])} "
            f"| {_f(r['stages'].get(stage), 3)} | {_f(r['stages'].get('subtitles'), 3)} "
            f"| {_f(r['stages'].get('compose'))} | **{_pct(r['fraction_of_full'])}** "
            f"| {_pct(r.get('fraction_of_round_render'))} "
            f"| {_f(r['cpu_seconds'], 1)} ({_pct(r.get('cpu_fraction_of_full'))}) |"
        )
    return lines


def section(res: dict) -> list[str]:
    """The README block (markers included) for one run."""
    s, full = res["summary"], res["summary"]["full"]
    first = res["renders"][0]
    ok = "**met**" if s["within_target"] else "**not met**"
    mach = res["machine"]
    lines = [
        START,
        "",
        f"### Text to video: a ~60 s story rendered offline ({res['finished']})",
        "",
        f"Request: `{json.dumps(res['request'])}` (720p 16:9, photorealistic, offline story "
        f"writer, espeak-ng voice, the built-in music bed): {first['scenes']} scenes, "
        f"{_f(full['video_seconds'])} s of video. `pipeline.render` {full['runs']} times; "
        "stage times are render's own; CPU s = this process plus its children "
        "(espeak-ng, ffmpeg), and the compose ffmpegs' own (one per scene segment, then the "
        "mux; sampled in `/proc`, which also "
        f"shows it at nice {_f(first.get('compose_ffmpeg_nice'))}, as `t2m.media.ffmpeg.run` "
        "starts them); ffmpeg peak RSS = highest `VmHWM` of any ffmpeg, "
        "sampled every 50 ms; others' CPU s = what the rest of the machine used meanwhile "
        "(`/proc/stat` busy time, steal included, minus ours: other work competing for the "
        f"{mach['cpus']} cores); "
        "load = 1-minute load average (the render's own threads count in it).",
        "",
        *tables(res),
        "",
        f"Target (median wall / video duration at most {TARGET_RATIO:g}, i.e. "
        f"{TARGET_RATIO * full['video_seconds']:.1f} s for this video): {ok} in this run "
        f"(median {_f(full['ratio'], 3)}, range {_range(full['ratio_range'], 3)}; wall "
        f"{_range(full['wall_range'])} s). The render used {_f(full['cpu_per_video_second'], 3)} "
        f"CPU seconds per second of video, so even with both of the {mach['cpus']} cores to "
        f"itself it cannot go below about "
        f"{_f(full['cpu_per_video_second'] / (mach['cpus'] or 1), 3)} x. Every video was "
        "checked with ffprobe before its time counted: one H.264 video stream of the "
        "requested size, one AAC audio stream "
        "(the subtitles burned into the picture, as by default), the frame count, "
        "and the duration within "
        f"{DURATION_TOLERANCE:g} s of sum(scene durations) + {pipeline.TRANSITION:g} s x "
        f"(scenes - 1) (first render: {_f(first['video']['duration'], 3)} s against "
        f"{_f(first['video']['expected_duration'], 3)} s).",
        "",
        f"Machine: {mach['cpus']} CPUs ({mach['cpu_model']}), "
        f"{res['ffmpeg'].split(' Copyright')[0]}, {res['espeak'].split('  Data')[0]}; "
        f"1-minute load average {_f(res['load_average_start'][0])} at start, "
        f"{_f(res['load_average_end'][0])} at end; figures in `{res['json']}`.",
        "",
        END,
    ]
    return lines


def write_readme(res: dict) -> None:
    """Replace the generate block of bench/README.md (after the encode block)."""
    text = README.read_text()
    block = "\n".join(section(res))
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        anchor = ENCODE_END if ENCODE_END in text else RESULTS_END
        if anchor in text:
            head, tail = text.split(anchor, 1)
            text = head + anchor + "\n\n" + block + tail
        else:
            text = text.rstrip() + "\n\n## Results\n\n" + block + "\n"
    README.write_text(text)
    log(f"[generate] {README} updated")


def print_report(res: dict) -> None:
    print()
    print("\n".join(tables(res)))
    full = res["summary"]["full"]
    print(
        f"\nmedian wall {full['wall_seconds']} s for {full['video_seconds']} s of video: "
        f"{full['ratio']}x ({'within' if res['summary']['within_target'] else 'OVER'} "
        f"{TARGET_RATIO}); load average start {res['load_average_start']}, "
        f"end {res['load_average_end']}"
    )
    print(f"JSON: {res['json']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=None, help="runs of each (default 3)")
    parser.add_argument("--quick", action="store_true", help="a ~20 s story, 1 run, no README")
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
        res["summary"] = summarize(res)
        print_report(res)
        write_readme(res)
        return 0
    res = run(quick=args.quick, runs=args.runs, keep=args.keep)
    print_report(res)
    if not (args.quick or args.no_readme):
        write_readme(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
