"""Composition: scene stills + narration (+ music, subtitles) -> one MP4 (DESIGN §6).

ffmpeg filtergraphs, never frame-by-frame Python, in two steps:

* **Segments** (video only).  Segment *i* is the cross-fade from scene
  *i - 1* into scene *i* followed by the rest of scene *i*, up to where the
  fade into scene *i + 1* begins.  One ffmpeg run per segment: each still is
  decoded once, upscaled and cropped to cover the frame, then ``zoompan``
  turns it into the scene's frames with a gentle Ken Burns move (zoom in/out
  or a pan, chosen per scene from ``seed``) whose length comes from the
  narration.  A scene may instead be the user's own video clip: it plays from
  its start, looped to the scene's length, scaled and cropped to cover the
  frame, without its sound.  ``xfade`` blends the previous scene's last frames into this
  one's first, and ``ass`` burns in the cues that fall in the segment.
  A segment depends only on its two stills, their frame counts and its own
  cues, so each has a content key: with a :class:`SegmentCache`, editing one
  scene re-encodes two segments and reuses the rest.  Segments are encoded
  ``workers`` at a time.
* **Mux.**  The segments are joined by the concat demuxer with stream copy
  (each starts with an IDR frame and has the same encoder settings), while
  the audio is built in one graph: each narration padded with silence to its
  scene's slot and the slots concatenated, so scene *i*'s speech starts
  exactly at its first frame; optional music is looped, levelled, ducked
  under the voice with ``sidechaincompress`` keyed by the voice, and summed
  with ``amix`` (no normalisation, so the voice keeps its -16 LUFS).  H.264
  High yuv420p + AAC, the SRT as a soft ``mov_text`` track, ``+faststart``.

Timeline: every scene's slot is its narration rounded to whole frames plus
the transition (``fade`` frames), so a scene's length in frames depends on
its own narration alone and re-narrating one scene moves the later ones by
whole frames without changing them.  Total = sum(round(d * fps)) + (n - 1)
fade frames: the narrations plus the transitions, within half a frame per scene.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from t2m.media import ffmpeg

from . import subtitles as subs
from .errors import GenerationCancelled, GenerationError

SAMPLE_RATE = 48000
# Demuxers for stills we generated ourselves: each reads exactly one image
# from its own file (unlike image2, which expands patterns).  Never used for
# uploads, which go through ``ffmpeg.MEDIA_DEMUXERS``.
STILL_DEMUXERS = {".png": "png_pipe", ".jpg": "jpeg_pipe", ".jpeg": "jpeg_pipe"}
SUBTITLE_DEMUXERS = ("srt",)
SEGMENT_DEMUXERS = ("concat", "mov")  # our own list of our own segments
# Address space of a segment run on top of ffmpeg.DEFAULT_MEMORY: two stills,
# each upscaled (~25 MiB resident at 720p, ~60 MiB mapped) with a reader thread;
# a clip's decoder (frame threads and reference frames, up to 4K) needs more.
MEMORY_PER_SCENE = 96 * 1024**2
MEMORY_PER_CLIP = 512 * 1024**2
ZOOM = 1.15  # how far a scene zooms in (or out from)
MUSIC_FADE = 1.5  # seconds of music fade-in/out
# Ducking: keyed by the voice; 10-15 dB of gain reduction while it speaks.
DUCK = "threshold=0.02:ratio=8:attack=20:release=400:knee=4"
WORKERS = 2  # segments encoded at once
MUX_SHARE = 0.05  # of the progress bar: the mux after the segments
# Bumped when a change to the segment filtergraph or encoder settings makes
# earlier cached segments wrong.
SEGMENT_FORMAT = 1


@dataclass(frozen=True)
class SceneInput:
    """One scene: its still, its narration and the narration's measured length;
    or, with ``clip``, the user's video shown instead of the still (read with
    ``clip_demuxer``, as sniffed from the upload)."""

    image: Path
    audio: Path
    duration: float
    clip: Path | None = None
    clip_demuxer: str | None = None


@dataclass(frozen=True)
class ComposeSpec:
    """How to render: frame size and rate, transitions, music, subtitles, encoder."""

    width: int
    height: int
    fps: int = 30
    transition: float = 0.5  # cross-fade seconds (0: hard cuts)
    music: Path | None = None
    music_demuxer: str | None = None  # as sniffed from the upload
    music_volume: float = 14.0  # dB under the voice in pauses; ducking adds 10-15 dB
    cues: tuple[subs.Cue, ...] = ()  # burned in, times in the final video
    font: str = subs.DEFAULT_FONT  # for the burned-in cues
    subtitles_srt: Path | None = None  # muxed as a soft track
    seed: int = 0
    crf: int = 23
    preset: str = "veryfast"


class SegmentCache(Protocol):
    """Where encoded segments are kept between renders, by content key."""

    def fetch(self, key: str, dest: Path) -> bool:
        """Put the segment ``key`` at ``dest`` and return True, or False if unknown."""

    def store(self, key: str, path: Path) -> None:
        """Keep the segment at ``path`` under ``key``."""


class FolderCache:
    """A :class:`SegmentCache` in a local folder (``<key>.mp4``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def fetch(self, key: str, dest: Path) -> bool:
        src = self.folder / f"{key}.mp4"
        if not src.is_file():
            return False
        shutil.copyfile(src, dest)
        return True

    def store(self, key: str, path: Path) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        part = self.folder / f"{key}.mp4.part"
        shutil.copyfile(path, part)
        os.replace(part, self.folder / f"{key}.mp4")


@dataclass(frozen=True)
class Motion:
    """One scene's moving picture, or ``count`` frames of it from ``first``."""

    index: int  # scene number (picks the move)
    frames: int  # the whole clip's length
    first: int
    count: int


@dataclass(frozen=True)
class Segment:
    """Frames ``[start, start + frames)`` of the video."""

    index: int
    start: int
    frames: int
    stills: tuple[Path, ...]  # (previous scene's, this scene's) or (this scene's,)
    motions: tuple[Motion, ...]  # one per still
    fade: int  # frames of cross-fade at the start (0: none)
    cues: tuple[subs.Cue, ...]  # times relative to the segment's start
    # One per still: None, or the (clip, demuxer) that scene shows instead.
    clips: tuple[tuple[Path, str | None] | None, ...]


@dataclass
class Composition:
    """What :func:`compose` made: the MP4 and how many segments it encoded."""

    path: Path
    segments: int
    encoded: int
    keys: list[str] = field(default_factory=list)


def frame_starts(durations: Sequence[float], fps: int, transition: float) -> list[int]:
    """First frame of each scene's narration, plus the total frame count.

    Each slot is the narration rounded to whole frames (at least one) plus
    the cross-fade; the last scene has no fade after it and rounds up so its
    narration is never cut.
    """
    fade = round(transition * fps)
    starts = [0]
    for d in durations[:-1]:
        starts.append(starts[-1] + max(round(d * fps), 1) + fade)
    last = durations[-1] if durations else 0
    return [*starts, starts[-1] + max(math.ceil(last * fps - 1e-6), 1)]


def scene_offsets(scenes: Sequence[SceneInput], spec: ComposeSpec) -> list[float]:
    """Start time (seconds) of each scene's narration in the final video,
    the times subtitles are laid out from."""
    if not scenes:
        return []
    starts = frame_starts([s.duration for s in scenes], spec.fps, spec.transition)
    return [s / spec.fps for s in starts[:-1]]


def total_duration(scenes: Sequence[SceneInput], spec: ComposeSpec) -> float:
    """Length of the composed video: all narrations plus the pauses between them."""
    if not scenes:
        return 0.0
    return frame_starts([s.duration for s in scenes], spec.fps, spec.transition)[-1] / spec.fps


def plan(scenes: Sequence[SceneInput], spec: ComposeSpec) -> list[Segment]:
    """The video cut into segments, one per scene (see the module docstring)."""
    _validate(scenes, spec)
    n = len(scenes)
    fps = spec.fps
    starts = frame_starts([s.duration for s in scenes], fps, spec.transition)
    fade = round(spec.transition * fps)
    firsts = [0, *(s - fade for s in starts[1:n])]  # where each scene's clip begins
    clips = [starts[i + 1] - firsts[i] for i in range(n)]
    segments = []
    for i, scene in enumerate(scenes):
        end = firsts[i + 1] if i < n - 1 else starts[n]
        frames = end - firsts[i]
        this = Motion(i, clips[i], 0, frames)
        if i and fade:
            prev = Motion(i - 1, clips[i - 1], clips[i - 1] - fade, fade)
            shown, motions, seg_fade = (scenes[i - 1], scene), (prev, this), fade
        else:
            shown, motions, seg_fade = (scene,), (this,), 0
        cues = _window(spec.cues, firsts[i] / fps, end / fps)
        stills = tuple(s.image for s in shown)
        videos = tuple((s.clip, s.clip_demuxer) if s.clip else None for s in shown)
        segments.append(Segment(i, firsts[i], frames, stills, motions, seg_fade, cues, videos))
    return segments


def segment_key(segment: Segment, spec: ComposeSpec, ass: str) -> str:
    """Content key of an encoded segment: its stills' (or clips') bytes, their
    moves and frame counts, the burned-in ASS script and the encoder settings."""
    digest = hashlib.sha256()
    for still, clip in zip(segment.stills, segment.clips, strict=True):
        seen = f"clip:{clip[1]}:{_file_sha256(clip[0])}" if clip else _file_sha256(still)
        digest.update(seen.encode())
    described = {
        "format": SEGMENT_FORMAT,
        "size": [spec.width, spec.height, spec.fps],
        "seed": spec.seed,
        "encoder": [spec.crf, spec.preset],
        "motions": [[m.index, m.frames, m.first, m.count] for m in segment.motions],
        "fade": segment.fade,
        "frames": segment.frames,
        "ass": ass,
    }
    digest.update(json.dumps(described, sort_keys=True).encode())
    return digest.hexdigest()


def segment_args(
    segment: Segment, spec: ComposeSpec, out_path: Path, ass_path: Path | None = None
) -> list[str]:
    """ffmpeg arguments encoding one segment (video only) to ``out_path``;
    ``ass_path`` holds the segment's cues as an ASS script (pure: reads no file)."""
    inputs, graph = [], []
    shown = zip(segment.stills, segment.motions, segment.clips, strict=True)
    for k, (still, m, clip) in enumerate(shown):
        if clip:
            looped = ffmpeg.input_args(clip[0], clip[1], threads=1)
            inputs.append([*looped[:-2], "-stream_loop", "-1", *looped[-2:]])
            graph.append(f"[{k}:v]{_clip_frames(m, spec)}[m{k}]")
        else:
            inputs.append(
                ffmpeg.input_args(still, _still_demuxer(still), formats=_STILLS, threads=1)
            )
            graph.append(f"[{k}:v]{_motion(m, spec)}[m{k}]")
    source = f"[m{len(segment.motions) - 1}]"
    if segment.fade:
        fade = segment.fade
        graph += [
            "[m1]split=2[head][body]",
            f"[head]trim=end_frame={fade},setpts=PTS-STARTPTS[h]",
            f"[body]trim=start_frame={fade},setpts=PTS-STARTPTS[b]",
            f"[m0][h]xfade=transition=fade:duration={fade / spec.fps:.6f}:offset=0[x]",
            "[x][b]concat=n=2:v=1:a=0[joined]",
        ]
        source = "[joined]"
    burn = ""
    if ass_path is not None:
        burn = f"ass=filename={filter_escape(os.path.abspath(ass_path))},"
    graph.append(f"{source}{burn}format=yuv420p[vout]")
    outputs = ["-map", "[vout]", "-an", "-frames:v", str(segment.frames)]
    outputs += ["-c:v", "libx264", "-preset", spec.preset, "-crf", str(spec.crf)]
    outputs += ["-profile:v", "high", "-pix_fmt", "yuv420p", "-g", str(2 * spec.fps)]
    outputs += ffmpeg.output_args(out_path, "mp4")
    filters = ["-filter_complex_threads", "1", "-filter_complex", ";".join(graph)]
    return ffmpeg.ffmpeg_args(inputs, [*filters, *outputs], progress=True)


def mux_args(
    segments_list: Path, scenes: Sequence[SceneInput], spec: ComposeSpec, out_path: Path
) -> list[str]:
    """ffmpeg arguments joining the segments listed in ``segments_list`` (an
    ffconcat file) with the narration, music and soft subtitles (pure)."""
    _validate(scenes, spec)
    n = len(scenes)
    starts = frame_starts([s.duration for s in scenes], spec.fps, spec.transition)
    inputs = [ffmpeg.input_args(segments_list, "concat", formats=SEGMENT_DEMUXERS, threads=None)]
    graph = []
    for i, scene in enumerate(scenes):
        inputs.append(ffmpeg.input_args(scene.audio, "wav", formats=("wav",), threads=1))
        samples = _samples(starts[i + 1], spec.fps) - _samples(starts[i], spec.fps)
        graph.append(
            f"[{1 + i}:a]{_AUDIO_FORMAT},apad=whole_len={samples},atrim=end_sample={samples}[a{i}]"
        )
    graph.append("".join(f"[a{i}]" for i in range(n)) + f"concat=n={n}:v=0:a=1[voice]")
    total = starts[-1] / spec.fps
    if spec.music is not None:
        music = ffmpeg.input_args(spec.music, spec.music_demuxer)
        inputs.append([*music[:-2], "-stream_loop", "-1", *music[-2:]])
        graph += _music(1 + n, total, spec)
    else:
        graph.append("[voice]anull[aout]")
    outputs = ["-map", "0:v:0", "-map", "[aout]"]
    if spec.subtitles_srt is not None:
        inputs.append(ffmpeg.input_args(spec.subtitles_srt, "srt", formats=SUBTITLE_DEMUXERS))
        outputs += ["-map", f"{len(inputs) - 1}:s:0", "-c:s", "mov_text"]
        outputs += ["-metadata:s:s:0", "handler_name=Subtitles"]
    outputs += ["-c:v", "copy"]
    # The fast coder: a quarter of the default's time (0.6 s against 2.5 s
    # for a minute), no audible loss on narration at 128 kb/s.
    outputs += ["-c:a", "aac", "-aac_coder", "fast", "-b:a", "128k"]
    outputs += ["-ar", str(SAMPLE_RATE), "-ac", "2"]
    outputs += ["-t", f"{total:.3f}", "-movflags", "+faststart"]
    outputs += ffmpeg.output_args(out_path, "mp4")
    filters = ["-filter_complex", ";".join(graph)]
    return ffmpeg.ffmpeg_args(inputs, [*filters, *outputs], progress=True)


def compose(
    scenes: Sequence[SceneInput],
    spec: ComposeSpec,
    out_path: Path,
    *,
    cache: SegmentCache | None = None,
    workers: int = WORKERS,
    should_cancel: Callable[[], bool] | None = None,
    on_progress: ffmpeg.ProgressCallback | None = None,
    timeout: float = 600,
) -> Composition:
    """Render the video to ``out_path``.

    Segments found in ``cache`` are reused; the others are encoded
    ``workers`` at a time and stored there.  ``should_cancel`` and
    ``on_progress`` are called in the caller's thread, and cache calls too.
    Works in a temporary folder next to ``out_path`` and writes a ``.part``
    file renamed when complete, so a cancelled or failed run leaves nothing
    behind.  Raises :class:`GenerationCancelled` or :class:`GenerationError`
    (``stage="compose"``).
    """
    out_path = Path(out_path)
    segments = plan(scenes, spec)
    part = out_path.with_name(out_path.name + ".part")
    work = Path(tempfile.mkdtemp(prefix=".compose-", dir=out_path.parent))
    try:
        jobs = []
        for seg in segments:
            ass = _segment_ass(seg, spec)
            path = work / f"segment-{seg.index:04d}.mp4"
            ass_path = None
            if ass:
                ass_path = path.with_suffix(".ass")
                ass_path.write_text(ass, encoding="utf-8")
            jobs.append(_Job(seg, segment_key(seg, spec, ass), path, ass_path))
        todo = [j for j in jobs if cache is None or not cache.fetch(j.key, j.path)]
        share = (1 - MUX_SHARE) if on_progress else 0
        progress = _Progress(sum(s.frames for s in segments), spec.fps, on_progress, share)
        progress.done.update({j.segment.index: j.segment.frames for j in jobs if j not in todo})
        _encode(todo, spec, cache, workers, should_cancel, progress, timeout)
        listing = work / "segments.ffconcat"
        lines = ["ffconcat version 1.0", *(f"file {j.path.name}" for j in jobs)]
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")

        def muxed(seconds: float, fraction: float | None) -> None:
            if on_progress is not None and fraction is not None:
                on_progress(seconds, 1 - MUX_SHARE + MUX_SHARE * fraction)

        _run(
            mux_args(listing, scenes, spec, part),
            timeout=timeout,
            duration=total_duration(scenes, spec),
            on_progress=muxed,
            should_cancel=should_cancel,
        )
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    os.replace(part, out_path)
    return Composition(out_path, len(jobs), len(todo), [j.key for j in jobs])


# ---------------------------------------------------------------- pieces

_STILLS = tuple(sorted(set(STILL_DEMUXERS.values())))
_AUDIO_FORMAT = (
    f"aresample={SAMPLE_RATE},aformat=sample_fmts=fltp:sample_rates={SAMPLE_RATE}"
    ":channel_layouts=stereo"
)


@dataclass
class _Job:
    segment: Segment
    key: str
    path: Path
    ass: Path | None


class _Progress:
    """Frames encoded per segment (written by worker threads), reported as
    one fraction of the whole in the caller's thread."""

    def __init__(self, total: int, fps: int, report, share: float) -> None:
        self.total, self.fps, self.report, self.share = max(total, 1), fps, report, share
        self.done: dict[int, int] = {}

    def tell(self) -> None:
        if self.report is not None:
            frames = sum(self.done.values())
            self.report(frames / self.fps, self.share * min(frames / self.total, 1.0))


def _encode(todo, spec, cache, workers, should_cancel, progress: _Progress, timeout) -> None:
    """Encode the segments of ``todo`` in ``workers`` threads, each one ffmpeg."""
    stop = threading.Event()

    def encode(job: _Job) -> None:
        seg = job.segment

        def moved(seconds: float, _fraction: float | None) -> None:
            progress.done[seg.index] = min(seg.frames, round(seconds * spec.fps))

        _run(
            segment_args(seg, spec, job.path, job.ass),
            timeout=timeout,
            duration=seg.frames / spec.fps,
            on_progress=moved,
            should_cancel=stop.is_set,
            memory_bytes=ffmpeg.DEFAULT_MEMORY
            + len(seg.stills) * MEMORY_PER_SCENE
            + sum(clip is not None for clip in seg.clips) * MEMORY_PER_CLIP,
        )
        progress.done[seg.index] = seg.frames

    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="compose") as pool:
        pending = {pool.submit(encode, job): job for job in todo}
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if should_cancel is not None and should_cancel():
                    raise GenerationCancelled("composition cancelled")
                for future in finished:
                    job = pending.pop(future)
                    future.result()
                    if cache is not None:
                        cache.store(job.key, job.path)
                progress.tell()
        except BaseException:
            stop.set()
            for future in pending:
                future.cancel()
            raise


def _run(args: list[str], **kwargs) -> None:
    kwargs.setdefault("memory_bytes", ffmpeg.DEFAULT_MEMORY)
    try:
        ffmpeg.run(args, **kwargs)
    except ffmpeg.FFmpegCancelled as exc:
        raise GenerationCancelled("composition cancelled") from exc
    except ffmpeg.FFmpegError as exc:
        raise GenerationError(
            "could not compose the video", stage="compose", detail=exc.stderr_tail
        ) from exc


def _segment_ass(segment: Segment, spec: ComposeSpec) -> str:
    if not segment.cues:
        return ""
    return subs.to_ass(segment.cues, width=spec.width, height=spec.height, font=spec.font)


def _window(cues: Sequence[subs.Cue], start: float, end: float) -> tuple[subs.Cue, ...]:
    """The cues shown in ``[start, end)``, clipped to it and timed from ``start``."""
    out = []
    for cue in cues:
        a, b = max(cue.start, start), min(cue.end, end)
        if b - a > 0.001:
            out.append(subs.Cue(round(a - start, 3), round(b - start, 3), cue.text))
    return tuple(out)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _validate(scenes: Sequence[SceneInput], spec: ComposeSpec) -> None:
    if not scenes:
        raise ValueError("nothing to compose: no scenes")
    if any(not s.duration > 0 for s in scenes):
        raise ValueError("every scene needs a positive duration")
    if spec.width < 16 or spec.height < 16 or spec.width % 2 or spec.height % 2:
        raise ValueError("width and height must be even and at least 16")
    if not 1 <= spec.fps <= 120 or spec.transition < 0:
        raise ValueError("fps must be 1-120 and transition non-negative")
    if spec.music_demuxer is not None and spec.music_demuxer not in ffmpeg.MEDIA_DEMUXERS:
        raise ValueError(f"music demuxer {spec.music_demuxer!r} is not allowed")
    for scene in scenes:
        _still_demuxer(scene.image)
        if scene.clip_demuxer is not None and scene.clip_demuxer not in ffmpeg.MEDIA_DEMUXERS:
            raise ValueError(f"clip demuxer {scene.clip_demuxer!r} is not allowed")


def _still_demuxer(path: Path) -> str:
    try:
        return STILL_DEMUXERS[Path(path).suffix.lower()]
    except KeyError:
        raise ValueError(f"scene images must be PNG or JPEG, not {Path(path).name!r}") from None


def _samples(frame: int, fps: int) -> int:
    return round(frame * SAMPLE_RATE / fps)


def _motion(m: Motion, spec: ComposeSpec) -> str:
    """Upscale + crop to cover, then frames ``[first, first + count)`` of a
    zoompan move over the clip's ``frames`` frames.

    Upscaling first lets zoompan's integer crop positions move in sub-pixel
    steps of the output, which removes the usual zoompan jitter.
    """
    w, h = spec.width, spec.height
    up = 2 if max(w, h) <= 1280 else 1.5
    uw, uh = _even(w * up), _even(h * up)
    # Motion variety, not security: a seeded, reproducible generator.
    rng = random.Random(spec.seed * 1_000_003 + m.index)  # noqa: S311
    kinds = ["in", "out", "pan", "in", "pan", "out"]
    random.Random(spec.seed).shuffle(kinds)  # noqa: S311
    kind = kinds[m.index % len(kinds)]
    # Pan positions are fractions of the free margin (iw - iw/zoom).
    centre = (round(rng.uniform(0.3, 0.7), 3), round(rng.uniform(0.3, 0.7), 3))
    if kind == "pan":
        z0 = z1 = ZOOM
        a, b = (0.0, 1.0) if rng.random() < 0.5 else (1.0, 0.0)
        (x0, y0), (x1, y1) = ((a, centre[1]), (b, centre[1])) if w >= h else ((0.5, a), (0.5, b))
    else:
        z0, z1 = (1.0, ZOOM) if kind == "in" else (ZOOM, 1.0)
        (x0, y0) = (x1, y1) = centre
    # Linear progress 0 -> 1 over the clip's frames: an eased move would
    # stand still (identical frames) at both ends of every scene.
    on = f"(on+{m.first})" if m.first else "on"
    p = f"({on}/{max(m.frames - 1, 1)})"
    zoom = f"{z0}+{round(z1 - z0, 4)}*{p}"
    x = f"(iw-iw/zoom)*({x0}+{round(x1 - x0, 4)}*{p})"
    y = f"(ih-ih/zoom)*({y0}+{round(y1 - y0, 4)}*{p})"
    return (
        f"scale={uw}:{uh}:force_original_aspect_ratio=increase:threads=1,crop={uw}:{uh},"
        f"setsar=1,format=yuv420p,"
        f"zoompan=z='{zoom}':x='{x}':y='{y}':d={m.count}:s={w}x{h}:fps={spec.fps},setsar=1"
    )


def _clip_frames(m: Motion, spec: ComposeSpec) -> str:
    """Frames ``[first, first + count)`` of a looped clip at the video's rate,
    scaled and cropped to cover the frame (its own motion, no zoompan)."""
    w, h = spec.width, spec.height
    return (
        f"fps={spec.fps},scale={w}:{h}:force_original_aspect_ratio=increase:threads=1,"
        f"crop={w}:{h},setsar=1,format=yuv420p,"
        f"trim=start_frame={m.first}:end_frame={m.first + m.count},setpts=PTS-STARTPTS"
    )


def _even(value: float) -> int:
    return round(value / 2) * 2


def _music(index: int, total: float, spec: ComposeSpec) -> list[str]:
    """Loop/trim the music, level it to ``music_volume`` dB under the voice,
    duck it while the voice speaks and sum the two."""
    level = max(-16.0 - spec.music_volume, -70.0)
    fade = min(MUSIC_FADE, total / 4)
    music = (
        f"[{index}:a]{_AUDIO_FORMAT},atrim=end_sample={round(total * SAMPLE_RATE)},"
        f"loudnorm=I={level:g}:TP=-3:LRA=11,{_AUDIO_FORMAT},"
        f"afade=t=in:d={fade:.3f},afade=t=out:st={total - fade:.3f}:d={fade:.3f}[music]"
    )
    return [
        music,
        "[voice]asplit=2[vmix][vkey]",
        f"[music][vkey]sidechaincompress={DUCK}[ducked]",
        "[vmix][ducked]amix=inputs=2:duration=first:normalize=0[aout]",
    ]


def filter_escape(value: str) -> str:
    """Quote ``value`` as one filter option value inside a filtergraph.

    Two levels: the option value (``\\``, ``'``, ``:``) and then the graph
    (``\\``, ``'``, ``[``, ``]``, ``,``, ``;``), as ffmpeg-filters(1) describes.
    """
    for ch in "\\':":
        value = value.replace(ch, "\\" + ch)
    out = []
    for ch in value:
        out.append("\\" + ch if ch in "\\'[],;" else ch)
    return "".join(out)
