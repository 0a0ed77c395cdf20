"""The composition plan: its inputs (scenes, spec), the timeline in whole frames
and the segments it is cut into (see the package docstring)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from t2m.generate import subtitles as subs
from t2m.media import ffmpeg

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


# A scene's frames after its fade-in are cut into pieces of at most this many
# seconds (equal lengths), so two workers stay busy to the end and a changed
# scene re-encodes its own pieces only. Each piece is one more ffmpeg (about
# 0.2 CPU seconds to start): 4 s pieces made a minute's render 1.1 s slower
# than 6 s ones, 8 s no faster (bench/README.md).
PIECE_SECONDS = 6.0


MUX_SHARE = 0.05  # of the progress bar: the mux after the segments


# Bumped when a change to the segment filtergraph or encoder settings makes
# earlier cached segments wrong.
SEGMENT_FORMAT = 2
AUDIO_FORMAT = 1  # the same, for the encoded sound track


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
    music_lufs: float | None = None  # the music's loudness if known (else measured)
    cues: tuple[subs.Cue, ...] = ()  # burned in, times in the final video
    font: str = subs.DEFAULT_FONT  # for the burned-in cues
    subtitles_srt: Path | None = None  # muxed as a soft track
    seed: int = 0
    crf: int = 23
    preset: str = "veryfast"
    x264_params: str = ""  # added to the preset (``key=value:...``)


@dataclass(frozen=True)
class Motion:
    """One scene's moving picture, or ``count`` frames of it from ``first``."""

    index: int  # scene number (picks the move)
    frames: int  # the whole clip's length
    first: int
    count: int


@dataclass(frozen=True)
class Segment:
    """Frames ``[start, start + frames)`` of the video: a cross-fade from the
    previous scene into ``scene`` (two stills, ``fade == frames``), or a piece of
    ``scene`` alone (one still, ``fade == 0``)."""

    index: int  # place in the video
    scene: int
    start: int
    frames: int
    stills: tuple[Path, ...]  # (previous scene's, this scene's) or (this scene's,)
    motions: tuple[Motion, ...]  # one per still
    fade: int  # frames of cross-fade (0: none; else all of them)
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
    """The video cut into segments (see the module docstring): for each scene
    after the first, the cross-fade into it; then the rest of the scene, in
    pieces of at most :data:`PIECE_SECONDS` (a clip's scene in one piece: a
    piece of a clip would decode it from its start)."""
    _validate(scenes, spec)
    n = len(scenes)
    fps = spec.fps
    starts = frame_starts([s.duration for s in scenes], fps, spec.transition)
    fade = round(spec.transition * fps)
    firsts = [0, *(s - fade for s in starts[1:n])]  # where each scene's clip begins
    clips = [starts[i + 1] - firsts[i] for i in range(n)]
    longest = max(1, round(PIECE_SECONDS * fps))
    segments: list[Segment] = []

    def add(i: int, start: int, frames: int, shown: tuple[int, ...], motions, seg_fade: int):
        cues = _window(spec.cues, start / fps, (start + frames) / fps)
        stills = tuple(scenes[k].image for k in shown)
        videos = tuple(
            (scenes[k].clip, scenes[k].clip_demuxer) if scenes[k].clip else None for k in shown
        )
        segments.append(
            Segment(len(segments), i, start, frames, stills, motions, seg_fade, cues, videos)
        )

    for i, scene in enumerate(scenes):
        end = firsts[i + 1] if i < n - 1 else starts[n]
        head = fade if i and fade else 0
        if head:
            prev = Motion(i - 1, clips[i - 1], clips[i - 1] - fade, fade)
            add(i, firsts[i], fade, (i - 1, i), (prev, Motion(i, clips[i], 0, fade)), fade)
        body = end - firsts[i] - head
        pieces = 1 if scene.clip else math.ceil(body / longest)
        at = head
        for k in range(pieces):
            count = body * (k + 1) // pieces - body * k // pieces
            add(i, firsts[i] + at, count, (i,), (Motion(i, clips[i], at, count),), 0)
            at += count
    return segments


def _window(cues: Sequence[subs.Cue], start: float, end: float) -> tuple[subs.Cue, ...]:
    """The cues shown in ``[start, end)``, clipped to it and timed from ``start``."""
    out = []
    for cue in cues:
        a, b = max(cue.start, start), min(cue.end, end)
        if b - a > 0.001:
            out.append(subs.Cue(round(a - start, 3), round(b - start, 3), cue.text))
    return tuple(out)


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


def _even(value: float) -> int:
    return round(value / 2) * 2
