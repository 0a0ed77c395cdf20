"""The adaptive-streaming ladder: which renditions a video gets, at what size and rate.

A rung is named by its "p", the height of the 16:9 box it fits in
(landscape; the box turns with portrait video).  For the usual shapes that
is the video's shorter side: a 1920x1080 film is 1080p, a 1080x1920 phone
video is 1080p too and its 720p rung is 720x1280, a 1440x1080 (4:3) video
is 1080p.  Sources wider than 16:9 are named by their width, as players and
video sites do: a 1920x800 cinemascope film is 1080p (not 800p) and its
720p rung is 1280x534.  Nothing is ever upscaled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

RUNG_HEIGHTS = {"360p": 360, "480p": 480, "720p": 720, "1080p": 1080, "1440p": 1440, "2160p": 2160}
HIGH_RUNGS = ("1440p", "2160p")  # only with allow_high: costly to encode and store
# A source this close to a rung (a 1916x1076 crop, a 1280x672 export) still
# gets that rung, at its own size, instead of dropping to the one below.
RUNG_TOLERANCE = 0.9
BITS_PER_PIXEL = 0.1  # maxrate = bpp x width x height x fps
DEFAULT_FPS = 30.0
MAX_FPS = 60.0
SOURCE_HEADROOM = 1.3  # never spend more than 1.3 x what the source itself used
MIN_MAXRATE = 200_000
AUDIO_BITRATE = 128_000


@dataclass(frozen=True)
class Rung:
    """One rendition of the ladder: display size, CRF and VBV limits (bit/s)."""

    name: str
    width: int
    height: int
    crf: int
    maxrate: int
    bufsize: int
    audio_bitrate: int = AUDIO_BITRATE

    @property
    def bandwidth(self) -> int:
        """Peak bit rate (video maxrate + audio) for the HLS ``BANDWIDTH`` attribute."""
        return self.maxrate + self.audio_bitrate


def display_size(
    width: int, height: int, *, rotation: int = 0, sar: float | None = None
) -> tuple[int, int]:
    """The size a video is shown at: coded size, stretched by ``sar``, turned by ``rotation``.

    ffmpeg applies the rotation itself (autorotate) before our filters run,
    so every size computed here is in display orientation.
    """
    if width <= 0 or height <= 0:
        raise ValueError(f"bad video size {width}x{height}")
    shown_w = width * sar if sar and sar > 0 else float(width)
    if rotation % 180 == 90:
        return height, max(1, round(shown_w))
    return max(1, round(shown_w)), height


def source_p(width: int, height: int) -> float:
    """The height of the 16:9 box (turned for portrait) a display size just fills."""
    short, long = sorted((width, height))
    return max(float(short), long * 9 / 16)


def fit(width: int, height: int, p: int) -> tuple[int, int]:
    """Scale a display size into the ``p`` box, never up; both sides even.

    The box is ``p*16/9`` x ``p`` for landscape, ``p`` x ``p*16/9`` for portrait.
    """
    box_long, box_short = p * 16 / 9, float(p)
    long, short = max(width, height), min(width, height)
    scale = min(1.0, box_long / long, box_short / short)
    return _even(width, scale), _even(height, scale)


def maxrate_for(width: int, height: int, fps: float | None, bitrate: int | None) -> int:
    """VBV maxrate (bit/s): ``BITS_PER_PIXEL`` x pixels x fps (30 if unknown, at most 60).

    Capped at ``SOURCE_HEADROOM`` x the source bit rate when known (re-encoding
    cannot add detail), never below ``MIN_MAXRATE``.
    """
    rate = min(fps, MAX_FPS) if fps and fps > 0 else DEFAULT_FPS
    value = BITS_PER_PIXEL * width * height * rate
    if bitrate and bitrate > 0:
        value = min(value, bitrate * SOURCE_HEADROOM)
    return max(MIN_MAXRATE, int(round(value, -3)))


def crf_for(p: int) -> int:
    """x264 CRF: 23 from 720p up, 24 below (small pictures hide less)."""
    return 23 if p >= 720 else 24


def ladder(
    width: int,
    height: int,
    *,
    fps: float | None,
    bitrate: int | None,
    allow_high: bool = False,
    rotation: int = 0,
    sar: float | None = None,
) -> list[Rung]:
    """The renditions for a video of coded ``width`` x ``height``, smallest first.

    ``rotation`` (degrees, from :func:`~t2m.media.probe.probe`) and ``sar``
    (pixel aspect ratio, for anamorphic sources) give the display size; rungs
    are in display orientation with square pixels.  Only rungs not above the
    source (see the module docstring); 1440p and 2160p only with
    ``allow_high``.  A source below 360p gets one rung at its own size, named
    from its p (``"240p"``).  ``fps`` and ``bitrate`` (bit/s, either may be
    None) set each rung's maxrate (:func:`maxrate_for`); bufsize is twice that.
    """
    shown_w, shown_h = display_size(width, height, rotation=rotation, sar=sar)
    p = source_p(shown_w, shown_h)
    names = [n for n in RUNG_HEIGHTS if allow_high or n not in HIGH_RUNGS]
    chosen = [(n, RUNG_HEIGHTS[n]) for n in names if RUNG_HEIGHTS[n] * RUNG_TOLERANCE <= p]
    if not chosen:
        chosen = [(f"{math.floor(p + 0.5)}p", math.ceil(p))]
    rungs = []
    for name, height_p in chosen:
        w, h = fit(shown_w, shown_h, height_p)
        maxrate = maxrate_for(w, h, fps, bitrate)
        rungs.append(Rung(name, w, h, crf_for(height_p), maxrate, 2 * maxrate))
    return rungs


def _even(side: int, scale: float) -> int:
    """``side * scale`` rounded to an even number, at least 2, never above ``side``."""
    value = 2 * math.floor(side * scale / 2 + 0.5)
    return max(2, min(value, side - side % 2))
