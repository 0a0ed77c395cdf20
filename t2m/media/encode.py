"""ffmpeg arguments for user-chosen encodes (the encode API's jobs): the request
checked into an :class:`EncodeSpec`, the argument list, and a time estimate.

Pure builders: nothing here runs ffmpeg.  Pass the lists to
:func:`t2m.media.ffmpeg.run` (with ``duration=`` for progress).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import ffmpeg
from .hls import MUXING_QUEUE, PathLike, aac, streams, whole
from .ladder import RUNG_HEIGHTS, display_size, fit

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
    if (n := whole(resolution)) is not None:
        resolution = f"{n}p"  # 720 means 720p
    if resolution not in (*RESOLUTIONS, "source"):
        fail("resolution", f"must be one of {', '.join(RESOLUTIONS)} or 'source'")
    fps: int | str | None = _word(get("fps"))
    if fps != "source":
        fps = whole(get("fps"))
        if fps not in FRAME_RATES:
            fail("fps", f"must be one of {', '.join(map(str, FRAME_RATES))} or 'source'")
    quality: int | str | None = _word(get("quality"))
    names = ", ".join(QUALITY_PRESETS["h264"])
    if quality not in QUALITY_PRESETS["h264"]:
        quality = whole(get("quality"))
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
        audio = aac(spec.audio_bitrate)
    else:
        audio = ["-c:a", "libopus", "-b:a", str(spec.audio_bitrate), "-ac", "2", "-ar", "48000"]
    mux = ["-movflags", "+faststart"] if spec.container == "mp4" else []
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer, threads=threads)],
        [
            *streams(has_audio and spec.audio != "none"),
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


def _bitrate(value: object) -> int | None:
    """bit/s from ``128000``, ``"128000"`` or ``"128k"``."""
    if isinstance(value, str) and value.strip().lower().endswith("k"):
        kilo = whole(value.strip()[:-1])
        return kilo * 1000 if kilo is not None else None
    return whole(value)
