"""Seek-bar previews: one JPEG sprite sheet of small frames plus a WebVTT index.

The sprite holds one tile per ``interval`` seconds, ``columns`` tiles to a
row; the WebVTT "thumbnails" track maps each time range to a tile with a
``#xywh=`` media fragment (the format Video.js, Plyr and JW Player read).
Build the ffmpeg arguments with :func:`storyboard_args` and the track with
:func:`storyboard_vtt`, passing both the same ``duration``, ``interval``,
``columns`` and ``tile_width`` so the grids agree.
"""

from __future__ import annotations

import math
import os

from . import ffmpeg

MAX_TILES = 100  # one sheet: 10 x 10 tiles of 160 x 90 is about 1600 x 900 pixels
INTERVALS = (1, 2, 3, 5, 10, 15, 20, 30, 60)  # seconds, round numbers first
JPEG_QUALITY = 5  # mjpeg -q:v, 2 (best) .. 31


def choose_interval(duration: float) -> float:
    """Seconds between tiles: the smallest of ``INTERVALS`` giving at most ``MAX_TILES``.

    1 s for clips up to 100 s, 10 s up to about 17 minutes; longer videos get
    ``duration / MAX_TILES`` rounded up to a whole second.
    """
    for interval in INTERVALS:
        if tile_count(duration, interval) <= MAX_TILES:
            return float(interval)
    return float(math.ceil(duration / MAX_TILES))


def tile_count(duration: float, interval: float) -> int:
    """Tiles covering ``duration``: one per started ``interval``, at least one."""
    if interval <= 0:
        raise ValueError("interval must be positive")
    # A hair of slack so 10.0000001 s at 1 s does not ask for an eleventh frame.
    return max(1, math.ceil(duration / interval - 1e-6))


def grid(duration: float, interval: float, columns: int = 10) -> tuple[int, int]:
    """``(columns, rows)`` of the sheet; short clips get fewer columns, not empty ones."""
    if columns < 1:
        raise ValueError("columns must be at least 1")
    tiles = tile_count(duration, interval)
    cols = min(columns, tiles)
    return cols, math.ceil(tiles / cols)


def tile_height(width: int, height: int, tile_width: int = 160, *, sar: float | None = None) -> int:
    """The tile height ffmpeg will make for a ``width`` x ``height`` display picture.

    Mirrors the scale expression in :func:`storyboard_args`: the display
    aspect kept, rounded to an even number, at least 2.
    """
    dar = width * (sar if sar and sar > 0 else 1.0) / height
    return max(2, 2 * math.floor(tile_width / dar / 2 + 0.5))


def storyboard_args(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    *,
    demuxer: str | None,
    duration: float,
    interval: float,
    columns: int = 10,
    tile_width: int = 160,
) -> list[str]:
    """ffmpeg arguments writing the whole sprite sheet as one JPEG at ``dst``.

    One frame per ``interval`` (``fps`` filter), each ``tile_width`` wide with
    the display aspect (anamorphic pixels made square), laid out by
    :func:`grid`.  Only the first video stream is decoded; progress on stdout.
    """
    cols, rows = grid(duration, interval, columns)
    chain = [
        f"fps=1/{interval:g}",
        f"scale=w={tile_width}:h='max(2,2*floor({tile_width}/dar/2+0.5))'",
        "setsar=1",
        f"tile={cols}x{rows}",
    ]
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer)],
        [
            *("-map", "0:V:0", "-an", "-sn", "-dn", "-vf", ",".join(chain)),
            *("-frames:v", "1", "-update", "1", "-c:v", "mjpeg", "-q:v", str(JPEG_QUALITY)),
            *ffmpeg.output_args(dst, "image2"),
        ],
        progress=True,
    )


def storyboard_vtt(
    duration: float,
    interval: float,
    columns: int,
    tile_width: int,
    tile_height: int,
    sprite_url: str,
) -> str:
    """The WebVTT thumbnails track for a sheet made by :func:`storyboard_args`.

    One cue per tile, ``start --> end`` then ``sprite_url#xywh=x,y,w,h``; the
    last cue ends at ``duration``.  ``sprite_url`` is written as given
    (relative to the VTT file, or absolute).
    """
    if duration <= 0:
        raise ValueError("duration must be positive")
    if any(c in sprite_url for c in "\r\n") or "-->" in sprite_url:
        raise ValueError("sprite_url must be one line without '-->'")
    cols, _ = grid(duration, interval, columns)
    lines = ["WEBVTT", ""]
    for index in range(tile_count(duration, interval)):
        start = index * interval
        end = min(duration, start + interval)
        x, y = (index % cols) * tile_width, (index // cols) * tile_height
        lines += [
            f"{_timestamp(start)} --> {_timestamp(end)}",
            f"{sprite_url}#xywh={x},{y},{tile_width},{tile_height}",
            "",
        ]
    return "\n".join(lines)


def _timestamp(seconds: float) -> str:
    """``HH:MM:SS.mmm`` (WebVTT requires hours once past an hour; always writing them is valid)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
