"""The ffmpeg argument lists of a composition: one per segment (still or clip,
motion, cross-fade, burned cues) and the final mux (audio graph, music, subtitles)."""

from __future__ import annotations

import hashlib
import json
import os
import random
from collections.abc import Sequence
from pathlib import Path

from t2m.generate import subtitles as subs
from t2m.generate.compose.timeline import (
    AUDIO_FORMAT,
    DUCK,
    MUSIC_FADE,
    SAMPLE_RATE,
    SEGMENT_DEMUXERS,
    SEGMENT_FORMAT,
    STILL_DEMUXERS,
    SUBTITLE_DEMUXERS,
    ZOOM,
    ComposeSpec,
    Motion,
    SceneInput,
    Segment,
    _even,
    _samples,
    _still_demuxer,
    _validate,
    frame_starts,
)
from t2m.media import ffmpeg


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
        "encoder": [spec.crf, spec.preset, spec.x264_params],
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
    source = "[m0]"
    if segment.fade:
        graph.append(
            f"[m0][m1]xfade=transition=fade:duration={segment.fade / spec.fps:.6f}:offset=0[x]"
        )
        source = "[x]"
    burn = ""
    if ass_path is not None:
        burn = f"ass=filename={filter_escape(os.path.abspath(ass_path))},"
    graph.append(f"{source}{burn}format=yuv420p[vout]")
    outputs = ["-map", "[vout]", "-an", "-frames:v", str(segment.frames)]
    outputs += ["-c:v", "libx264", "-preset", spec.preset, "-crf", str(spec.crf)]
    if spec.x264_params:
        outputs += ["-x264-params", spec.x264_params]
    outputs += ["-profile:v", "high", "-pix_fmt", "yuv420p", "-g", str(2 * spec.fps)]
    # One encoder thread: segments are encoded side by side, one per core, and
    # x264's frame threads would add their own overhead (bench/README.md).
    outputs += ffmpeg.output_args(out_path, "mp4", threads=1)
    filters = ["-filter_complex_threads", "1", "-filter_complex", ";".join(graph)]
    return ffmpeg.ffmpeg_args(inputs, [*filters, *outputs], progress=True)


def audio_key(scenes: Sequence[SceneInput], spec: ComposeSpec) -> str:
    """Content key of the encoded sound track: the narrations' bytes and slots,
    the music's bytes and level, and the encoder settings."""
    digest = hashlib.sha256()
    for scene in scenes:
        digest.update(_file_sha256(scene.audio).encode())
    if spec.music is not None:
        digest.update(f"music:{_file_sha256(spec.music)}".encode())
    described = {
        "format": AUDIO_FORMAT,
        "starts": frame_starts([s.duration for s in scenes], spec.fps, spec.transition),
        "fps": spec.fps,
        "music_volume": spec.music_volume if spec.music is not None else None,
        "music_lufs": spec.music_lufs if spec.music is not None else None,
    }
    digest.update(json.dumps(described, sort_keys=True).encode())
    return "audio-" + digest.hexdigest()


def audio_args(scenes: Sequence[SceneInput], spec: ComposeSpec, out_path: Path) -> list[str]:
    """ffmpeg arguments encoding the sound track to ``out_path`` (an MP4 with one
    AAC stream): each narration padded to its scene's slot, the slots joined,
    and the music under them (pure)."""
    _validate(scenes, spec)
    n = len(scenes)
    starts = frame_starts([s.duration for s in scenes], spec.fps, spec.transition)
    inputs, graph = [], []
    for i, scene in enumerate(scenes):
        inputs.append(ffmpeg.input_args(scene.audio, "wav", formats=("wav",), threads=1))
        samples = _samples(starts[i + 1], spec.fps) - _samples(starts[i], spec.fps)
        graph.append(
            f"[{i}:a]{_AUDIO_FORMAT},apad=whole_len={samples},atrim=end_sample={samples}[a{i}]"
        )
    graph.append("".join(f"[a{i}]" for i in range(n)) + f"concat=n={n}:v=0:a=1[voice]")
    total = starts[-1] / spec.fps
    if spec.music is not None:
        music = ffmpeg.input_args(spec.music, spec.music_demuxer)
        inputs.append([*music[:-2], "-stream_loop", "-1", *music[-2:]])
        graph += _music(n, total, spec)
    else:
        graph.append("[voice]anull[aout]")
    outputs = ["-map", "[aout]", "-vn"]
    # The fast coder: a quarter of the default's time (0.6 s against 2.5 s
    # for a minute), no audible loss on narration at 128 kb/s.
    outputs += ["-c:a", "aac", "-aac_coder", "fast", "-b:a", "128k"]
    outputs += ["-ar", str(SAMPLE_RATE), "-ac", "2", "-t", f"{total:.3f}"]
    outputs += ffmpeg.output_args(out_path, "mp4", threads=1)
    filters = ["-filter_complex_threads", "1", "-filter_complex", ";".join(graph)]
    return ffmpeg.ffmpeg_args(inputs, [*filters, *outputs], progress=True)


def mux_args(
    segments_list: Path, audio: Path, total: float, spec: ComposeSpec, out_path: Path
) -> list[str]:
    """ffmpeg arguments joining the segments listed in ``segments_list`` (an
    ffconcat file) with the sound track ``audio`` (see :func:`audio_args`) and
    the soft subtitles, all by stream copy, into a ``total``-second MP4 (pure)."""
    inputs = [
        ffmpeg.input_args(segments_list, "concat", formats=SEGMENT_DEMUXERS, threads=None),
        ffmpeg.input_args(audio, "mov", formats=SEGMENT_DEMUXERS, threads=None),
    ]
    outputs = ["-map", "0:v:0", "-map", "1:a:0"]
    if spec.subtitles_srt is not None:
        inputs.append(ffmpeg.input_args(spec.subtitles_srt, "srt", formats=SUBTITLE_DEMUXERS))
        outputs += ["-map", "2:s:0", "-c:s", "mov_text"]
        outputs += ["-metadata:s:s:0", "handler_name=Subtitles"]
    outputs += ["-c:v", "copy", "-c:a", "copy"]
    outputs += ["-t", f"{total:.3f}", "-movflags", "+faststart"]
    outputs += ffmpeg.output_args(out_path, "mp4")
    return ffmpeg.ffmpeg_args(inputs, outputs, progress=True)


_STILLS = tuple(sorted(set(STILL_DEMUXERS.values())))


_AUDIO_FORMAT = (
    f"aresample={SAMPLE_RATE},aformat=sample_fmts=fltp:sample_rates={SAMPLE_RATE}"
    ":channel_layouts=stereo"
)


def _segment_ass(segment: Segment, spec: ComposeSpec) -> str:
    if not segment.cues:
        return ""
    return subs.to_ass(segment.cues, width=spec.width, height=spec.height, font=spec.font)


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


def _music(index: int, total: float, spec: ComposeSpec) -> list[str]:
    """Loop/trim the music, level it to ``music_volume`` dB under the voice,
    duck it while the voice speaks and sum the two."""
    level = max(-16.0 - spec.music_volume, -70.0)
    fade = min(MUSIC_FADE, total / 4)
    # Music of a known loudness (the built-in bed) takes one gain; anything
    # else is measured as it plays (loudnorm: most of the sound track's time).
    if spec.music_lufs is not None:
        levelled = f"volume={level - spec.music_lufs:.2f}dB"
    else:
        levelled = f"loudnorm=I={level:g}:TP=-3:LRA=11,{_AUDIO_FORMAT}"
    music = (
        f"[{index}:a]{_AUDIO_FORMAT},atrim=end_sample={round(total * SAMPLE_RATE)},{levelled},"
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


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
