"""ffmpeg arguments for streaming renditions and HLS packaging, and the HLS
master playlist with its RFC 6381 codec strings.

Pure builders: nothing here runs ffmpeg.  Pass the lists to
:func:`t2m.media.ffmpeg.run` (with ``duration=`` for progress).

Renditions (:func:`rendition_args`) are H.264 High + AAC faststart MP4s
with a keyframe exactly every ``KEYFRAME_SECONDS``, the same grid on every
rung, so :func:`hls_args` can cut each into aligned fMP4 segments by stream
copy and a player can switch rungs at any segment boundary.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from . import ffmpeg
from .ladder import Rung

KEYFRAME_SECONDS = 2
MAX_FPS = 60
RENDITION_PRESET = "veryfast"  # one pass per rung on a small box; CRF keeps the quality
HLS_PLAYLIST = "index.m3u8"
HLS_INIT = "init.mp4"
HLS_SEGMENTS = "seg_%05d.m4s"  # seg_00000.m4s, seg_00001.m4s, ...
MUXING_QUEUE = "4096"  # sparse or late audio must not fail the mux

PathLike = str | os.PathLike[str]


def streams(has_audio: bool) -> list[str]:
    """First real video stream (never cover art), first audio if any; no subs, data, tags."""
    maps = ["-map", "0:V:0"] + (["-map", "0:a:0?"] if has_audio else [])
    return [*maps, "-sn", "-dn", "-map_metadata", "-1", "-map_chapters", "-1"]


def aac(bitrate: int) -> list[str]:
    return ["-c:a", "aac", "-b:a", str(bitrate), "-ac", "2", "-ar", "48000"]


# ---------------------------------------------------------------- renditions


def rendition_args(
    src: PathLike,
    dst: PathLike,
    rung: Rung,
    *,
    demuxer: str | None,
    has_audio: bool,
    fps: float | None,
    threads: int = ffmpeg.DEFAULT_THREADS,
) -> list[str]:
    """ffmpeg arguments encoding the original upload into one ladder rung (faststart MP4).

    H.264 High 8-bit 4:2:0 at ``rung.crf`` capped by ``rung.maxrate``/
    ``bufsize``, scaled to the rung's size with square pixels, frame rate
    kept but capped at ``MAX_FPS``, a forced keyframe every
    ``KEYFRAME_SECONDS`` and no scene-cut keyframes (aligned segments on
    every rung), stereo 48 kHz AAC at ``rung.audio_bitrate`` when
    ``has_audio``.  ``fps`` is the source rate (None when unknown).
    """
    out_fps = min(fps, MAX_FPS) if fps and fps > 0 else None
    chain = [f"fps={MAX_FPS}"] if fps and fps > MAX_FPS else []
    chain += [f"scale={rung.width}:{rung.height}", "setsar=1", "format=yuv420p"]
    gop = str(max(1, round(KEYFRAME_SECONDS * (out_fps or 30))))
    video = [
        *("-c:v", "libx264", "-preset", RENDITION_PRESET, "-profile:v", "high"),
        *("-pix_fmt", "yuv420p", "-crf", str(rung.crf)),
        *("-maxrate", str(rung.maxrate), "-bufsize", str(rung.bufsize)),
        *("-g", gop, "-keyint_min", gop, "-sc_threshold", "0"),
        *("-force_key_frames", f"expr:gte(t,n_forced*{KEYFRAME_SECONDS})"),
    ]
    audio = aac(rung.audio_bitrate) if has_audio else ["-an"]
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer, threads=threads)],
        [
            *streams(has_audio),
            *("-vf", ",".join(chain), *video, *audio),
            *("-movflags", "+faststart", "-max_muxing_queue_size", MUXING_QUEUE),
            *ffmpeg.output_args(dst, "mp4", threads=threads),
        ],
        progress=True,
        filter_threads=threads,
    )


def hls_args(rendition: PathLike, out_dir: PathLike, *, segment_seconds: int = 4) -> list[str]:
    """Repackage one rendition MP4 (stream copy) as a VOD HLS playlist of fMP4 segments.

    Writes ``out_dir/index.m3u8`` (relative URIs), ``out_dir/init.mp4`` and
    ``out_dir/seg_00000.m4s``...; ``out_dir`` must exist.  Segments cut at
    keyframes, so ``segment_seconds`` must be a multiple of ``KEYFRAME_SECONDS``.
    """
    if segment_seconds <= 0 or segment_seconds % KEYFRAME_SECONDS:
        raise ValueError(f"segment_seconds must be a multiple of {KEYFRAME_SECONDS}")
    out = os.path.abspath(os.fspath(out_dir))
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(rendition, "mov", threads=1)],
        [
            *("-map", "0", "-c", "copy", "-sn", "-dn", "-map_metadata", "-1"),
            *("-hls_time", str(segment_seconds), "-hls_playlist_type", "vod"),
            *("-hls_flags", "independent_segments", "-hls_segment_type", "fmp4"),
            *("-hls_fmp4_init_filename", HLS_INIT),
            *("-hls_segment_filename", ffmpeg.file_url(os.path.join(out, HLS_SEGMENTS))),
            *ffmpeg.output_args(os.path.join(out, HLS_PLAYLIST), "hls", threads=None),
        ],
        progress=True,
        filter_threads=1,
    )


@dataclass(frozen=True)
class Variant:
    """One entry of the HLS master playlist; ``uri`` is relative to the master."""

    name: str
    width: int
    height: int
    bandwidth: int
    average_bandwidth: int | None
    codecs: str
    uri: str
    frame_rate: float | None


def master_playlist(variants: list[Variant]) -> str:
    """The HLS master playlist text: one ``EXT-X-STREAM-INF`` per variant, lowest first."""
    if not variants:
        raise ValueError("a master playlist needs at least one variant")
    lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for v in sorted(variants, key=lambda v: (v.bandwidth, v.height, v.name)):
        if any(c in v.uri for c in "\r\n") or v.uri.startswith("#") or not v.uri:
            raise ValueError(f"bad variant uri {v.uri!r}")
        if not _codec_list(v.codecs):
            raise ValueError(f"bad codecs {v.codecs!r}")
        attrs = [f"BANDWIDTH={int(v.bandwidth)}"]
        if v.average_bandwidth:
            attrs.append(f"AVERAGE-BANDWIDTH={int(v.average_bandwidth)}")
        attrs += [f"RESOLUTION={int(v.width)}x{int(v.height)}", f'CODECS="{v.codecs}"']
        if v.frame_rate:
            attrs.append(f"FRAME-RATE={v.frame_rate:.3f}")
        lines += ["#EXT-X-STREAM-INF:" + ",".join(attrs), v.uri]
    return "\n".join(lines) + "\n"


def _codec_list(codecs: str) -> bool:
    """A comma-separated list of RFC 6381 names (no quotes, spaces or line breaks)."""
    parts = codecs.split(",")
    return all(p and all(c.isalnum() or c == "." for c in p) for p in parts)


# Profile names as ffprobe prints them -> (profile_idc, constraint flags byte).
_AVC_PROFILES = {
    "Constrained Baseline": (0x42, 0xE0),
    "Baseline": (0x42, 0x00),
    "Main": (0x4D, 0x40),
    "Extended": (0x58, 0x00),
    "High": (0x64, 0x00),
    "High 10": (0x6E, 0x00),
    "High 4:2:2": (0x7A, 0x00),
    "High 4:4:4 Predictive": (0xF4, 0x00),
}
_AAC_OBJECTS = {"LC": 2, "HE-AAC": 5, "HE-AACv2": 29}


def avc1_codec(profile: str | None, level: int | None) -> str:
    """``avc1.PPCCLL`` from ffprobe's H.264 profile and level: ``"High"``, 40 -> avc1.640028."""
    if profile not in _AVC_PROFILES or not level or not 0 < level < 256:
        raise ValueError(f"no avc1 codec string for profile {profile!r} level {level!r}")
    idc, flags = _AVC_PROFILES[profile]
    return f"avc1.{idc:02x}{flags:02x}{level:02x}"


def mp4a_codec(profile: str | None) -> str:
    """``mp4a.40.N`` from ffprobe's AAC profile (``"LC"`` -> mp4a.40.2; unknown -> LC)."""
    return f"mp4a.40.{_AAC_OBJECTS.get(profile or 'LC', 2)}"


def stream_codec(stream: dict) -> str | None:
    """The RFC 6381 name of one raw ffprobe stream dict (h264 or aac), None for other kinds.

    Raises ``ValueError`` for a video or audio codec HLS renditions never use.
    """
    kind, name = stream.get("codec_type"), stream.get("codec_name")
    if kind not in ("video", "audio") or (stream.get("disposition") or {}).get("attached_pic"):
        return None
    if name == "h264":
        return avc1_codec(stream.get("profile"), whole(stream.get("level")))
    if name == "aac":
        return mp4a_codec(stream.get("profile"))
    raise ValueError(f"no RFC 6381 codec string for {name!r}")


def codecs_string(probe_info: dict) -> str:
    """The ``CODECS`` value for a rendition, e.g. ``avc1.64001f,mp4a.40.2``.

    Takes either :func:`~t2m.media.probe.probe`'s summary (``video_codec``,
    ``video_profile``, ``video_level``, ``audio_codec``, ``audio_profile``) or
    ffprobe's raw JSON (a ``streams`` list; first video, first audio).
    """
    streams = probe_info.get("streams")
    if streams is None:  # probe()'s summary: rebuild the two stream dicts it describes
        streams = [
            {
                "codec_type": kind,
                "codec_name": probe_info.get(f"{kind}_codec"),
                "profile": probe_info.get(f"{kind}_profile"),
                "level": probe_info.get(f"{kind}_level"),
            }
            for kind in ("video", "audio")
            if probe_info.get(f"{kind}_codec")
        ]
    found = [c for s in streams if (c := stream_codec(s))]
    video = next((c for c in found if c.startswith("avc1")), None)
    audio = next((c for c in found if c.startswith("mp4a")), None)
    return ",".join(c for c in (video, audio) if c)


def whole(value: object) -> int | None:
    """An integer from an int, an integral float or a numeric string; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit() and len(text) < 10:
            return int(text)
    return None
