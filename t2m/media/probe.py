"""What a media file contains: ffprobe for audio/video, Pillow for images."""

from __future__ import annotations

import json
import mmap
import os
import re
from fractions import Fraction
from typing import Any

from . import ffmpeg
from .images import DEFAULT_MAX_PIXELS, display_size, open_image, orientation


def probe(
    path: str | os.PathLike[str], *, fmt: str | None = None, timeout: float = 30.0
) -> dict[str, Any]:
    """Probe an audio/video file with ffprobe (whitelisted, time-limited).

    ``fmt`` forces the demuxer (``Sniffed.demuxer``).  Returns the dict built
    by :func:`summarize`.  Raises :class:`~t2m.media.ffmpeg.FFmpegError`
    (or ``FFmpegTimeout``) when the file cannot be read.
    """
    if not os.path.isfile(path):  # a FIFO or device would block or never end
        raise ffmpeg.FFmpegError(f"not a regular file: {os.fspath(path)}")
    result = ffmpeg.run(ffmpeg.ffprobe_args(path, fmt), timeout=timeout, memory_bytes=2 * 1024**3)
    try:
        return summarize(json.loads(result.stdout))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ffmpeg.FFmpegError(
            f"unreadable ffprobe output: {exc}", cmd=result.cmd, stderr_tail=result.stderr_tail
        ) from None


def summarize(data: dict[str, Any]) -> dict[str, Any]:
    """Reduce ffprobe's ``-show_format -show_streams`` JSON to what T2M uses.

    Keys: ``format_name``, ``duration`` (s), ``bitrate`` (bit/s), ``has_video``
    (a real video stream, not cover art), ``has_audio``, ``video_codec``,
    ``width``/``height`` (coded), ``rotation`` (degrees),
    ``display_width``/``display_height`` (as shown), ``fps``, ``pix_fmt``,
    ``audio_codec``, ``sample_rate``, ``channels``; absent values are None.
    Also ``video_profile`` (e.g. ``"High"``), ``video_level`` (e.g. ``31``),
    ``audio_profile`` (e.g. ``"LC"``), which the HLS ``CODECS`` string needs,
    and ``sample_aspect_ratio`` (pixel shape as a float, None when unknown)
    for anamorphic sources, and ``video_bitrate``/``audio_bitrate`` (bit/s, as
    the container states them per stream).
    """
    fmt = data.get("format") or {}
    streams = data.get("streams") or []
    video = next((s for s in streams if _is_video(s)), None)
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    info: dict[str, Any] = {
        "format_name": fmt.get("format_name"),
        "duration": _duration(fmt, streams),
        "bitrate": _int(fmt.get("bit_rate")),
        "has_video": video is not None,
        "has_audio": audio is not None,
        "video_codec": None,
        "width": None,
        "height": None,
        "rotation": 0,
        "display_width": None,
        "display_height": None,
        "fps": None,
        "pix_fmt": None,
        "audio_codec": None,
        "sample_rate": None,
        "channels": None,
        "video_profile": None,
        "video_level": None,
        "audio_profile": None,
        "sample_aspect_ratio": None,
        "video_bitrate": None,
        "audio_bitrate": None,
    }
    if video:
        width, height = _int(video.get("width")), _int(video.get("height"))
        rotation = _rotation(video)
        turned = rotation % 180 == 90
        info |= {
            "video_codec": video.get("codec_name"),
            "width": width,
            "height": height,
            "rotation": rotation,
            "display_width": height if turned else width,
            "display_height": width if turned else height,
            "fps": _rate(video.get("avg_frame_rate")) or _rate(video.get("r_frame_rate")),
            "pix_fmt": video.get("pix_fmt"),
            "video_profile": _profile(video),
            "video_level": _level(video),
            "sample_aspect_ratio": _ratio(video.get("sample_aspect_ratio")),
            "video_bitrate": _int(video.get("bit_rate")),
        }
    if audio:
        info |= {
            "audio_codec": audio.get("codec_name"),
            "sample_rate": _int(audio.get("sample_rate")),
            "channels": _int(audio.get("channels")),
            "audio_bitrate": _int(audio.get("bit_rate")),
            "audio_profile": _profile(audio),
        }
    return info


def probe_image(
    path: str | os.PathLike[str], *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> dict[str, Any]:
    """Describe an image from its header, without decoding pixels.

    Returns ``format`` (Pillow's name, e.g. ``"PNG"``), ``mime``, ``width``,
    ``height`` (stored), ``mode``, ``orientation`` (EXIF, 1-8),
    ``display_width``/``display_height`` (after orientation), ``frames`` and
    ``animated``.  Raises :class:`~t2m.media.errors.ImageError` for unreadable
    images and for more than ``max_pixels`` pixels (decompression bombs).
    """
    with open_image(path, max_pixels) as im:
        turn = orientation(im)
        shown = display_size(im.size, turn)
        frames = getattr(im, "n_frames", 1)
        return {
            "format": im.format,
            "mime": im.get_format_mimetype() if hasattr(im, "get_format_mimetype") else None,
            "width": im.width,
            "height": im.height,
            "mode": im.mode,
            "orientation": turn,
            "display_width": shown[0],
            "display_height": shown[1],
            "frames": frames,
            "animated": frames > 1,
        }


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_pages(path: str | os.PathLike[str], *, max_bytes: int = 64 * 1024**2) -> int | None:
    """Count ``/Type /Page`` objects: cheap and usually right.

    ``None`` when the file is larger than ``max_bytes`` or no page object is
    visible (pages hidden inside compressed object streams).
    """
    size = os.path.getsize(path)
    if not size or size > max_bytes:
        return None
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        count = sum(1 for _ in _PAGE.finditer(data))
    return count or None


def _is_video(stream: dict[str, Any]) -> bool:
    disposition = stream.get("disposition") or {}
    return stream.get("codec_type") == "video" and not (
        disposition.get("attached_pic") or disposition.get("timed_thumbnails")
    )


def _duration(fmt: dict[str, Any], streams: list[dict[str, Any]]) -> float | None:
    value = _float(fmt.get("duration"))
    if value is None:
        found = [d for s in streams if (d := _float(s.get("duration"))) is not None]
        value = max(found) if found else None
    return value


def _rotation(stream: dict[str, Any]) -> int:
    for side in stream.get("side_data_list") or []:
        if "rotation" in side:  # the display matrix angle is counter-clockwise
            return round(-(_float(side["rotation"]) or 0.0)) % 360
    return (_int((stream.get("tags") or {}).get("rotate")) or 0) % 360


def _rate(value: Any) -> float | None:
    try:
        rate = Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        return None
    return round(float(rate), 3) if rate > 0 else None


def _profile(stream: dict[str, Any]) -> str | None:
    value = stream.get("profile")
    return value if isinstance(value, str) and value not in ("", "unknown") else None


def _level(stream: dict[str, Any]) -> int | None:
    level = _int(stream.get("level"))
    return level if level is not None and level > 0 else None  # -99 means unknown


def _ratio(value: Any) -> float | None:
    """``"4:3"`` -> 1.333; ``"0:1"``, ``"N/A"`` or nonsense -> None."""
    num, sep, den = str(value).partition(":")
    rate = _rate(f"{num}/{den}") if sep else None
    return rate if rate and 0.1 <= rate <= 10 else None


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and number not in (float("inf"), float("-inf")) else None


def _int(value: Any) -> int | None:
    number = _float(value)
    return int(number) if number is not None else None
