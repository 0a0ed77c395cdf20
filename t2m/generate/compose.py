"""Composition: scene stills + narration (+ music, subtitles) -> one MP4 (DESIGN §6).

One ffmpeg run with one filtergraph, never frame-by-frame Python:

* video: each still is decoded once (one frame), upscaled and cropped to
  cover the frame, then ``zoompan`` turns that single frame into the scene's
  ``d=`` frames with a gentle Ken Burns move (zoom in/out or a pan, chosen
  per scene from ``seed``) whose length comes from the narration durations.
  Scenes are joined by ``xfade`` cross-fades (see :func:`_join_video`);
  ``ass`` burns the subtitles in.
* audio: each narration is padded with silence to its scene's slot and the
  slots are concatenated, so scene *i*'s speech starts exactly at
  ``scene_offsets()[i]`` and the cross-fades fall in the pauses between
  narrations.  Optional music is looped, levelled, ducked under the voice
  with ``sidechaincompress`` keyed by the voice, and summed with ``amix``
  (no normalisation, so the voice keeps its -16 LUFS).
* output: H.264 High yuv420p + AAC, the SRT as a soft ``mov_text`` track,
  ``+faststart``.

Timeline (T = transition): scene *i* speaks during
``[offset_i, offset_i + d_i]``; the cross-fade into scene *i + 1* fills the
silent ``[offset_i + d_i, offset_{i+1}]``.  Total = sum(d) + (n - 1) T.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from t2m.media import ffmpeg

from .errors import GenerationCancelled, GenerationError

SAMPLE_RATE = 48000
# Demuxers for stills we generated ourselves: each reads exactly one image
# from its own file (unlike image2, which expands patterns).  Never used for
# uploads, which go through ``ffmpeg.MEDIA_DEMUXERS``.
STILL_DEMUXERS = {".png": "png_pipe", ".jpg": "jpeg_pipe", ".jpeg": "jpeg_pipe"}
SUBTITLE_DEMUXERS = ("srt",)
# Address space per scene on top of ffmpeg.DEFAULT_MEMORY: ffmpeg 5.1 gives
# every input (a still and a narration per scene) a reader thread (8 MiB
# stack) and decodes every first frame before the graph starts, so each
# scene holds its upscaled still (~25 MiB resident at 720p, ~60 MiB mapped).
MEMORY_PER_SCENE = 96 * 1024**2
ZOOM = 1.15  # how far a scene zooms in (or out from)
MUSIC_FADE = 1.5  # seconds of music fade-in/out
# Ducking: keyed by the voice; 10-15 dB of gain reduction while it speaks.
DUCK = "threshold=0.02:ratio=8:attack=20:release=400:knee=4"


@dataclass(frozen=True)
class SceneInput:
    """One scene: its still, its narration and the narration's measured length."""

    image: Path
    audio: Path
    duration: float


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
    subtitles_ass: Path | None = None  # burned in
    subtitles_srt: Path | None = None  # muxed as a soft track
    seed: int = 0
    crf: int = 23
    preset: str = "veryfast"


def scene_offsets(scenes: Sequence[SceneInput], transition: float) -> list[float]:
    """Start time (seconds) of each scene's narration in the final video.

    Scenes follow each other with a ``transition``-long pause in which the
    picture cross-fades, so subtitles can be timed from these offsets.
    """
    offsets, t = [], 0.0
    for scene in scenes:
        offsets.append(t)
        t += scene.duration + transition
    return offsets


def total_duration(scenes: Sequence[SceneInput], transition: float) -> float:
    """Length of the composed video: all narrations plus the pauses between them."""
    if not scenes:
        return 0.0
    return sum(s.duration for s in scenes) + transition * (len(scenes) - 1)


def compose_args(scenes: Sequence[SceneInput], spec: ComposeSpec, out_path: Path) -> list[str]:
    """The complete ffmpeg argument list for :func:`compose` (pure: reads no file)."""
    _validate(scenes, spec)
    n = len(scenes)
    starts = _frame_starts(scenes, spec)
    fade = round(spec.transition * spec.fps)
    inputs: list[list[str]] = []
    graph: list[str] = []
    for i, scene in enumerate(scenes):
        inputs.append(
            ffmpeg.input_args(scene.image, _still_demuxer(scene.image), formats=_STILLS, threads=1)
        )
        first = starts[i] - fade if i else 0
        graph.append(f"[{i}:v]{_motion(i, starts[i + 1] - first, spec)}[v{i}]")
    for i, scene in enumerate(scenes):
        inputs.append(ffmpeg.input_args(scene.audio, "wav", formats=("wav",), threads=1))
        samples = _samples(starts[i + 1], spec.fps) - _samples(starts[i], spec.fps)
        graph.append(
            f"[{n + i}:a]{_AUDIO_FORMAT},apad=whole_len={samples},atrim=end_sample={samples}[a{i}]"
        )
    graph += _join_video(n, starts, fade, spec)
    graph.append("".join(f"[a{i}]" for i in range(n)) + f"concat=n={n}:v=0:a=1[voice]")
    total = starts[-1] / spec.fps
    if spec.music is not None:
        music = ffmpeg.input_args(spec.music, spec.music_demuxer)
        inputs.append([*music[:-2], "-stream_loop", "-1", *music[-2:]])
        graph += _music(2 * n, total, spec)
    else:
        graph.append("[voice]anull[aout]")
    outputs = ["-map", "[vout]", "-map", "[aout]"]
    if spec.subtitles_srt is not None:
        inputs.append(ffmpeg.input_args(spec.subtitles_srt, "srt", formats=SUBTITLE_DEMUXERS))
        outputs += ["-map", f"{len(inputs) - 1}:s:0", "-c:s", "mov_text"]
        outputs += ["-metadata:s:s:0", "handler_name=Subtitles"]
    outputs += ["-c:v", "libx264", "-preset", spec.preset, "-crf", str(spec.crf)]
    outputs += ["-profile:v", "high", "-pix_fmt", "yuv420p", "-g", str(2 * spec.fps)]
    outputs += ["-c:a", "aac", "-b:a", "128k", "-ar", str(SAMPLE_RATE), "-ac", "2"]
    outputs += ["-t", f"{total:.3f}", "-movflags", "+faststart"]
    outputs += ffmpeg.output_args(out_path, "mp4")
    filters = ["-filter_complex_threads", str(ffmpeg.DEFAULT_THREADS)]
    filters += ["-filter_complex", ";".join(graph)]
    return ffmpeg.ffmpeg_args(inputs, [*filters, *outputs], progress=True)


def compose(
    scenes: Sequence[SceneInput],
    spec: ComposeSpec,
    out_path: Path,
    *,
    should_cancel: Callable[[], bool] | None = None,
    on_progress: ffmpeg.ProgressCallback | None = None,
    timeout: float = 600,
) -> Path:
    """Render the video to ``out_path`` and return it.

    Writes a ``.part`` file next to ``out_path`` and renames it when complete,
    so a cancelled or failed run leaves nothing behind.  Raises
    :class:`GenerationCancelled` or :class:`GenerationError` (``stage="compose"``).
    """
    out_path = Path(out_path)
    part = out_path.with_name(out_path.name + ".part")
    args = compose_args(scenes, spec, part)
    try:
        try:
            ffmpeg.run(
                args,
                timeout=timeout,
                duration=total_duration(scenes, spec.transition),
                on_progress=on_progress,
                should_cancel=should_cancel,
                memory_bytes=ffmpeg.DEFAULT_MEMORY + len(scenes) * MEMORY_PER_SCENE,
            )
        except ffmpeg.FFmpegCancelled as exc:
            raise GenerationCancelled("composition cancelled") from exc
        except ffmpeg.FFmpegError as exc:
            raise GenerationError(
                "could not compose the video", stage="compose", detail=exc.stderr_tail
            ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, out_path)
    return out_path


# ---------------------------------------------------------------- pieces

_STILLS = tuple(sorted(set(STILL_DEMUXERS.values())))
_AUDIO_FORMAT = (
    f"aresample={SAMPLE_RATE},aformat=sample_fmts=fltp:sample_rates={SAMPLE_RATE}"
    ":channel_layouts=stereo"
)


def _validate(scenes: Sequence[SceneInput], spec: ComposeSpec) -> None:
    if not scenes:
        raise ValueError("nothing to compose: no scenes")
    if any(not s.duration > 0 for s in scenes):
        raise ValueError("every scene needs a positive duration")
    if spec.width < 16 or spec.height < 16 or spec.width % 2 or spec.height % 2:
        raise ValueError("width and height must be even and at least 16")
    if not 1 <= spec.fps <= 120 or spec.transition < 0:
        raise ValueError("fps must be 1-120 and transition non-negative")
    for scene in scenes:
        _still_demuxer(scene.image)


def _still_demuxer(path: Path) -> str:
    try:
        return STILL_DEMUXERS[Path(path).suffix.lower()]
    except KeyError:
        raise ValueError(f"scene images must be PNG or JPEG, not {Path(path).name!r}") from None


def _frame_starts(scenes: Sequence[SceneInput], spec: ComposeSpec) -> list[int]:
    """Frame at which each scene's narration starts, plus the total frame count.

    Rounded from the exact offsets (no drift); each slot keeps at least one
    frame beyond its cross-fade.
    """
    fade = round(spec.transition * spec.fps)
    offsets = scene_offsets(scenes, spec.transition)
    starts = [0]
    for i in range(1, len(scenes)):
        starts.append(max(round(offsets[i] * spec.fps), starts[-1] + fade + 1))
    end = round(total_duration(scenes, spec.transition) * spec.fps)
    return [*starts, max(end, starts[-1] + 1)]


def _samples(frame: int, fps: int) -> int:
    return round(frame * SAMPLE_RATE / fps)


def _motion(index: int, frames: int, spec: ComposeSpec) -> str:
    """Upscale + crop to cover, then a zoompan move over ``frames`` frames.

    Upscaling first lets zoompan's integer crop positions move in sub-pixel
    steps of the output, which removes the usual zoompan jitter.
    """
    w, h = spec.width, spec.height
    up = 2 if max(w, h) <= 1280 else 1.5
    uw, uh = _even(w * up), _even(h * up)
    # Motion variety, not security: a seeded, reproducible generator.
    rng = random.Random(spec.seed * 1_000_003 + index)  # noqa: S311
    kinds = ["in", "out", "pan", "in", "pan", "out"]
    random.Random(spec.seed).shuffle(kinds)  # noqa: S311
    kind = kinds[index % len(kinds)]
    # Pan positions are fractions of the free margin (iw - iw/zoom).
    centre = (round(rng.uniform(0.3, 0.7), 3), round(rng.uniform(0.3, 0.7), 3))
    if kind == "pan":
        z0 = z1 = ZOOM
        a, b = (0.0, 1.0) if rng.random() < 0.5 else (1.0, 0.0)
        (x0, y0), (x1, y1) = ((a, centre[1]), (b, centre[1])) if w >= h else ((0.5, a), (0.5, b))
    else:
        z0, z1 = (1.0, ZOOM) if kind == "in" else (ZOOM, 1.0)
        (x0, y0) = (x1, y1) = centre
    # Linear progress 0 -> 1 over the scene's frames: an eased move would
    # stand still (identical frames) at both ends of every scene.
    p = f"(on/{max(frames - 1, 1)})"
    zoom = f"{z0}+{round(z1 - z0, 4)}*{p}"
    x = f"(iw-iw/zoom)*({x0}+{round(x1 - x0, 4)}*{p})"
    y = f"(ih-ih/zoom)*({y0}+{round(y1 - y0, 4)}*{p})"
    return (
        f"scale={uw}:{uh}:force_original_aspect_ratio=increase:threads=1,crop={uw}:{uh},"
        f"setsar=1,format=yuv420p,"
        f"zoompan=z='{zoom}':x='{x}':y='{y}':d={frames}:s={w}x{h}:fps={spec.fps},setsar=1"
    )


def _even(value: float) -> int:
    return round(value / 2) * 2


def _join_video(n: int, starts: list[int], fade: int, spec: ComposeSpec) -> list[str]:
    """Join the scene clips with cross-fades (or cuts), then burn the subtitles in.

    A chain of ``xfade`` filters would push every frame through every later
    xfade (which copies it: ~3 s of CPU for 60 s of 720p).  Instead each clip
    is split into head / body / tail with ``trim`` (no copies), only the
    tail + head pairs go through ``xfade``, and one ``concat`` lines up
    body, fade, body, fade, ... body.
    """
    tail = ""
    if spec.subtitles_ass is not None:
        tail = f",ass=filename={filter_escape(os.path.abspath(spec.subtitles_ass))}"
    tail += ",format=yuv420p[vout]"
    if n == 1:
        return ["[v0]null" + tail]
    if fade == 0:
        return ["".join(f"[v{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=0" + tail]
    graph, parts = [], []
    for i in range(n):
        first = starts[i] - fade if i else 0
        frames = starts[i + 1] - first
        cuts = {"b": (fade if i else 0, frames - (fade if i < n - 1 else 0))}
        if i:
            cuts["h"] = (0, fade)
        if i < n - 1:
            cuts["t"] = (frames - fade, frames)
        graph.append(f"[v{i}]split={len(cuts)}" + "".join(f"[{k}{i}in]" for k in cuts))
        for k, (a, b) in cuts.items():
            graph.append(
                f"[{k}{i}in]trim=start_frame={a}:end_frame={b},setpts=PTS-STARTPTS[{k}{i}]"
            )
        if i:
            seconds = f"{fade / spec.fps:.6f}"
            graph.append(f"[t{i - 1}][h{i}]xfade=transition=fade:duration={seconds}:offset=0[x{i}]")
            parts.append(f"[x{i}]")
        parts.append(f"[b{i}]")
    graph.append("".join(parts) + f"concat=n={len(parts)}:v=1:a=0" + tail)
    return graph


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
