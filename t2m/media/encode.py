"""ffmpeg arguments for streaming renditions, HLS packaging and user-chosen encodes.

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
from .ladder import RUNG_HEIGHTS, Rung, display_size, fit

KEYFRAME_SECONDS = 2
MAX_FPS = 60
RENDITION_PRESET = "veryfast"  # one pass per rung on a small box; CRF keeps the quality
HLS_PLAYLIST = "index.m3u8"
HLS_INIT = "init.mp4"
HLS_SEGMENTS = "seg_%05d.m4s"  # seg_00000.m4s, seg_00001.m4s, ...
MUXING_QUEUE = "4096"  # sparse or late audio must not fail the mux

PathLike = str | os.PathLike[str]


def _streams(has_audio: bool) -> list[str]:
    """First real video stream (never cover art), first audio if any; no subs, data, tags."""
    maps = ["-map", "0:V:0"] + (["-map", "0:a:0?"] if has_audio else [])
    return [*maps, "-sn", "-dn", "-map_metadata", "-1", "-map_chapters", "-1"]


def _aac(bitrate: int) -> list[str]:
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
    audio = _aac(rung.audio_bitrate) if has_audio else ["-an"]
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer, threads=threads)],
        [
            *_streams(has_audio),
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
        return avc1_codec(stream.get("profile"), _whole(stream.get("level")))
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


# ---------------------------------------------------------------- encode jobs

CODECS = ("h264", "h265", "av1")
CONTAINERS = ("mp4", "webm", "mkv")
AUDIO_CODECS = ("aac", "opus", "none")
FRAME_RATES = (24, 25, 30, 50, 60)
RESOLUTIONS = tuple(RUNG_HEIGHTS)
CODEC_CONTAINERS = {"mp4": {"h264", "h265", "av1"}, "webm": {"av1"}, "mkv": {"h264", "h265", "av1"}}
AUDIO_CONTAINERS = {
    "mp4": {"aac", "opus", "none"},
    "webm": {"opus", "none"},
    "mkv": {"aac", "opus", "none"},
}
# svt-av1 reads CRF 0 as "not set" (its default), so AV1 starts at 1.
CRF_RANGES = {"h264": (0, 51), "h265": (0, 51), "av1": (1, 63)}
# Named qualities as CRFs of roughly equal look across codecs.
QUALITY_PRESETS = {
    "h264": {"low": 28, "medium": 23, "high": 18},
    "h265": {"low": 30, "medium": 26, "high": 22},
    "av1": {"low": 42, "medium": 35, "high": 27},
}
AUDIO_BITRATES = (32_000, 512_000)
SVT_PRESET = "8"  # 0 (slowest) .. 13; 8 is about x264 medium's speed here
SVT_MIN_SIDE = 64  # svt-av1 refuses smaller pictures; pad instead
MUXERS = {"mp4": "mp4", "webm": "webm", "mkv": "matroska"}
DEFAULTS = {
    "codec": "h264",
    "resolution": "source",
    "fps": "source",
    "quality": "medium",
    "audio": "aac",
    "audio_bitrate": 128_000,
    "container": "mp4",
}


@dataclass(frozen=True)
class EncodeSpec:
    """A validated user-chosen encode (build it with :func:`check_spec`).

    ``quality`` is a CRF (int) or one of ``low``/``medium``/``high``;
    ``audio_bitrate`` is in bit/s and ignored when ``audio`` is ``"none"``.
    """

    codec: str = "h264"
    resolution: str = "source"
    fps: int | str = "source"
    quality: int | str = "medium"
    audio: str = "aac"
    audio_bitrate: int = 128_000
    container: str = "mp4"

    @property
    def crf(self) -> int:
        """The CRF ``quality`` stands for with this codec."""
        if isinstance(self.quality, int):
            return self.quality
        return QUALITY_PRESETS[self.codec][self.quality]


def check_spec(raw: dict) -> tuple[EncodeSpec | None, dict[str, list[str]]]:
    """Validate an encode request: ``(spec, {})`` or ``(None, {field: [reasons]})``.

    Fields (absent or null take :data:`DEFAULTS`): ``codec`` (h264, h265,
    av1), ``resolution`` (360p..2160p or ``source``; never upscales),
    ``fps`` (24, 25, 30, 50, 60 or ``source``), ``quality`` (a CRF in the
    codec's :data:`CRF_RANGES`, or ``low``/``medium``/``high``; ``crf`` is
    accepted as another name for it), ``audio`` (aac, opus, none),
    ``audio_bitrate`` (bit/s, 32000-512000, or ``"128k"``), ``container``
    (mp4, webm, mkv; see :data:`CODEC_CONTAINERS`/:data:`AUDIO_CONTAINERS`).
    Other keys are ignored.  Errors are keyed by the field the client sent.
    """
    if not isinstance(raw, dict):
        return None, {"spec": ["must be an object"]}
    errors: dict[str, list[str]] = {}
    quality_key = "crf" if raw.get("quality") is None and raw.get("crf") is not None else "quality"

    def get(key: str) -> object:
        value = raw.get(quality_key if key == "quality" else key)
        return DEFAULTS[key] if value is None else value

    def fail(key: str, message: str) -> None:
        errors.setdefault(quality_key if key == "quality" else key, []).append(message)

    codec = _word(get("codec"))
    if codec not in CODECS:
        fail("codec", f"must be one of {', '.join(CODECS)}")
    container = _word(get("container"))
    if container not in CONTAINERS:
        fail("container", f"must be one of {', '.join(CONTAINERS)}")
    audio = _word(get("audio"))
    if audio not in AUDIO_CODECS:
        fail("audio", f"must be one of {', '.join(AUDIO_CODECS)}")
    resolution = _word(get("resolution"))
    if (n := _whole(resolution)) is not None:
        resolution = f"{n}p"  # 720 means 720p
    if resolution not in (*RESOLUTIONS, "source"):
        fail("resolution", f"must be one of {', '.join(RESOLUTIONS)} or 'source'")
    fps: int | str | None = _word(get("fps"))
    if fps != "source":
        fps = _whole(get("fps"))
        if fps not in FRAME_RATES:
            fail("fps", f"must be one of {', '.join(map(str, FRAME_RATES))} or 'source'")
    quality: int | str | None = _word(get("quality"))
    names = ", ".join(QUALITY_PRESETS["h264"])
    if quality not in QUALITY_PRESETS["h264"]:
        quality = _whole(get("quality"))
        if quality is None:
            fail("quality", f"must be a CRF number or one of {names}")
        elif codec in CRF_RANGES:
            low, high = CRF_RANGES[codec]
            if not low <= quality <= high:
                fail("quality", f"must be a CRF from {low} to {high} for {codec} or one of {names}")
    bitrate = _bitrate(get("audio_bitrate"))
    low_rate, high_rate = AUDIO_BITRATES
    if bitrate is None or not low_rate <= bitrate <= high_rate:
        fail("audio_bitrate", f"must be from {low_rate} to {high_rate} bit/s (e.g. 128000)")
    if container in CONTAINERS and codec in CODECS and codec not in CODEC_CONTAINERS[container]:
        fits = [c for c in CONTAINERS if codec in CODEC_CONTAINERS[c]]
        fail("container", f"{container} cannot hold {codec}; use {' or '.join(fits)}")
    if (
        container in CONTAINERS
        and audio in AUDIO_CODECS
        and audio not in AUDIO_CONTAINERS[container]
    ):
        fits = [a for a in AUDIO_CODECS if a in AUDIO_CONTAINERS[container]]
        fail("audio", f"{container} cannot hold {audio} audio; use {' or '.join(fits)}")
    if errors:
        return None, errors
    spec = EncodeSpec(codec, resolution, fps, quality, audio, bitrate, container)  # type: ignore[arg-type]
    return spec, {}


def encode_args(
    src: PathLike,
    dst: PathLike,
    spec: EncodeSpec,
    *,
    demuxer: str | None,
    width: int,
    height: int,
    has_audio: bool,
    threads: int = ffmpeg.DEFAULT_THREADS,
    rotation: int = 0,
    sar: float | None = None,
) -> list[str]:
    """ffmpeg arguments for one user-chosen encode of ``src`` (coded ``width`` x ``height``).

    The picture fits the chosen resolution's box (see :mod:`t2m.media.ladder`)
    but is never enlarged; square pixels, 8-bit 4:2:0; frame rate changed
    only when ``spec.fps`` is a number.  libx264 (preset medium, High
    profile), libx265 (tagged ``hvc1`` in MP4 so Safari plays it) or
    libsvtav1 (preset ``SVT_PRESET``; pictures under 64 px are padded);
    stereo AAC/Opus or no audio; faststart for MP4.  Progress on stdout.
    """
    shown = display_size(width, height, rotation=rotation, sar=sar)
    w, h = output_size(shown[0], shown[1], spec)
    chain = [f"fps={spec.fps}"] if spec.fps != "source" else []
    chain += [f"scale={w}:{h}", "setsar=1", "format=yuv420p"]
    if spec.codec == "av1" and min(w, h) < SVT_MIN_SIDE:
        side_w, side_h = max(w, SVT_MIN_SIDE), max(h, SVT_MIN_SIDE)
        chain.append(f"pad={side_w}:{side_h}:(ow-iw)/2:(oh-ih)/2")
    crf = str(spec.crf)
    if spec.codec == "h264":
        # Lossless (CRF 0) needs the High 4:4:4 Predictive profile x264 picks itself.
        profile = ["-profile:v", "high"] if spec.crf else []
        video = ["-c:v", "libx264", "-preset", "medium", *profile, "-crf", crf]
    elif spec.codec == "h265":
        video = ["-c:v", "libx265", "-preset", "medium", "-crf", crf]
        video += ["-x265-params", "log-level=error"]
        video += ["-tag:v", "hvc1"] if spec.container == "mp4" else []
    else:
        video = ["-c:v", "libsvtav1", "-preset", SVT_PRESET, "-crf", crf]
    video += ["-pix_fmt", "yuv420p"]
    if not has_audio or spec.audio == "none":
        audio = ["-an"]
    elif spec.audio == "aac":
        audio = _aac(spec.audio_bitrate)
    else:
        audio = ["-c:a", "libopus", "-b:a", str(spec.audio_bitrate), "-ac", "2", "-ar", "48000"]
    mux = ["-movflags", "+faststart"] if spec.container == "mp4" else []
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer, threads=threads)],
        [
            *_streams(has_audio and spec.audio != "none"),
            *("-vf", ",".join(chain), *video, *audio, *mux),
            *("-max_muxing_queue_size", MUXING_QUEUE),
            *ffmpeg.output_args(dst, MUXERS[spec.container], threads=threads),
        ],
        progress=True,
        filter_threads=threads,
    )


def output_size(width: int, height: int, spec: EncodeSpec) -> tuple[int, int]:
    """The (even) picture size an encode of a ``width`` x ``height`` display picture gets."""
    p = RUNG_HEIGHTS.get(spec.resolution, max(width, height))  # "source": a box it fits in
    return fit(width, height, p)


# Wall seconds per output pixel per frame, and per decoded source pixel, with
# 2 threads.  Measured as CPU time on 1080p testsrc2 sources (clean and noisy)
# on a 2-core box, divided by 1.6 for the two threads' overlap.
ENCODE_COST = {"h264": 22e-9, "h265": 38e-9, "av1": 38e-9}
DECODE_COST = 2e-9
STARTUP_SECONDS = 1.0


def estimate_seconds(duration: float, width: int, height: int, spec: EncodeSpec) -> float:
    """A rough wall-time guess (s) for encoding ``duration`` s of a ``width`` x ``height`` video.

    Decoding (per source pixel at 30 fps) + encoding (per output pixel and
    frame, by codec: :data:`ENCODE_COST`) + startup.  Calibrated on an idle
    2-core box; hard footage (grain, 4K HEVC sources) or a busy machine can
    take twice as long.  Good for "about N minutes", not for deadlines.
    """
    if duration <= 0 or width <= 0 or height <= 0:
        return STARTUP_SECONDS
    out_w, out_h = output_size(width, height, spec)
    fps = spec.fps if isinstance(spec.fps, int) else 30
    per_second = width * height * 30 * DECODE_COST + out_w * out_h * fps * ENCODE_COST[spec.codec]
    return round(STARTUP_SECONDS + duration * per_second, 1)


def _word(value: object) -> str | None:
    return value.strip().lower() if isinstance(value, str) else None


def _whole(value: object) -> int | None:
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


def _bitrate(value: object) -> int | None:
    """bit/s from ``128000``, ``"128000"`` or ``"128k"``."""
    if isinstance(value, str) and value.strip().lower().endswith("k"):
        kilo = _whole(value.strip()[:-1])
        return kilo * 1000 if kilo is not None else None
    return _whole(value)
