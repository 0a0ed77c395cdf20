"""Thumbnails in three widths for images and videos, and typed placeholders."""

from __future__ import annotations

import functools
import io
import os
import struct
import tempfile
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path

from PIL import Image, ImageDraw

from . import ffmpeg
from .images import DEFAULT_MAX_PIXELS, decode, open_image

SIZES = {"small": 160, "medium": 320, "large": 640}  # widths in pixels
FORMATS = {"webp": ("WEBP", {"quality": 80, "method": 4}), "jpeg": ("JPEG", {"quality": 85})}
# Frames darker than this mean luma (8-bit, black is 16 or 0) are skipped
# when choosing a video thumbnail, so fade-ins do not give black thumbnails.
DARK_LUMA = 24
WINDOW_SECONDS = 20.0  # how much of the video is looked at
SAMPLE_FPS = 5  # frames per second considered inside the window
CANDIDATES = 50  # frames the thumbnail filter compares (memory: <= 640 px wide each)


def image_thumbnails(
    src: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "webp",
    sizes: Mapping[str, int] = SIZES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> dict[str, Path]:
    """Write ``{out_dir}/{size}.{fmt}`` for each of ``sizes``; return their paths.

    The image is EXIF-transposed, never enlarged (a 100 px image gives 100 px
    thumbnails), keeps its aspect ratio and loses its metadata (no GPS
    leaks).  ``fmt`` is ``"webp"`` (keeps transparency) or ``"jpeg"``.
    Raises :class:`~t2m.media.errors.ImageError` for unreadable or huge images.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown thumbnail format {fmt!r}")
    with open_image(src, max_pixels) as im:
        picture = decode(im, min_size=max(sizes.values()))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return {
        name: _save(_fit(picture, width), out / f"{name}.{fmt}", fmt)
        for name, width in sizes.items()
    }


def video_thumbnails(
    src: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    duration: float | None = None,
    *,
    demuxer: str | None = None,
    fmt: str = "webp",
    sizes: Mapping[str, int] = SIZES,
    timeout: float = 120.0,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, Path]:
    """Pick a representative frame of a video and write it in each of ``sizes``.

    One ffmpeg run looks at up to ``WINDOW_SECONDS`` starting 10 % into the
    clip (``duration`` from :func:`~t2m.media.probe.probe`), drops near-black
    frames and lets the ``thumbnail`` filter choose the most typical of the
    rest.  If every frame there is dark, a second run takes the most typical
    frame from the start without the darkness filter.  Output as for
    :func:`image_thumbnails`.  Raises :class:`~t2m.media.ffmpeg.FFmpegError`.
    """
    start = duration * 0.1 if duration and duration > 0 else 0.0
    window = min(WINDOW_SECONDS, duration - start) if duration and duration > 0 else WINDOW_SECONDS
    widest = max(sizes.values())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".frame-") as tmp:
        frame = Path(tmp) / "frame.png"
        for attempt in (
            {"start": start, "window": window, "skip_dark": True},
            {"start": 0.0, "window": WINDOW_SECONDS, "skip_dark": False},
        ):
            args = frame_args(src, frame, width=widest, demuxer=demuxer, **attempt)
            ffmpeg.run(args, timeout=timeout, should_cancel=should_cancel)
            if frame.exists() and frame.stat().st_size:
                return image_thumbnails(frame, out, fmt=fmt, sizes=sizes)
    raise ffmpeg.FFmpegError("no video frame could be decoded", cmd=args)


def frame_args(
    src: str | os.PathLike[str],
    out_png: str | os.PathLike[str],
    *,
    width: int,
    start: float = 0.0,
    window: float = WINDOW_SECONDS,
    skip_dark: bool = True,
    demuxer: str | None = None,
) -> list[str]:
    """ffmpeg arguments writing one representative frame, at most ``width`` wide, as PNG.

    Square pixels first (anamorphic sources), shrink early (the filter holds
    ``CANDIDATES`` frames), sample ``SAMPLE_FPS``, optionally drop dark
    frames (``signalstats`` + ``metadata``), then ``thumbnail``.
    """
    chain = [
        "scale=w=iw*sar:h=ih",
        "setsar=1",
        f"scale=w='min({width},iw)':h=-2",
        f"fps={SAMPLE_FPS}",
        "format=yuv420p",
    ]
    if skip_dark:
        chain += [
            "signalstats",
            f"metadata=mode=select:key=lavfi.signalstats.YAVG:function=greater:value={DARK_LUMA}",
        ]
    chain.append(f"thumbnail=n={CANDIDATES}")
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, demuxer, start=start, duration=window)],
        [
            *("-map", "0:V:0", "-vf", ",".join(chain), "-frames:v", "1", "-an", "-sn", "-dn"),
            *("-update", "1", "-c:v", "png", *ffmpeg.output_args(out_png, "image2")),
        ],
    )


def placeholder(kind: str | None, size: str = "medium", *, fmt: str = "webp") -> bytes:
    """A drawn stand-in (document, audio, video, image or generic) ``SIZES[size]`` wide.

    Never raises: unknown kinds or sizes get the generic/medium picture, and
    any drawing failure a fixed tiny PNG.
    """
    try:
        return _placeholder(
            kind if kind in _ICONS else None, size if size in SIZES else "medium", fmt
        )
    except Exception:  # a placeholder must never be the reason a page fails
        return _FALLBACK_PNG


# ------------------------------------------------------------------ helpers


def _fit(picture: Image.Image, width: int) -> Image.Image:
    if picture.width <= width:
        return picture
    height = max(1, round(picture.height * width / picture.width))
    return picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def _save(picture: Image.Image, target: Path, fmt: str) -> Path:
    """Write via a temporary name so readers never see half a file."""
    name, options = FORMATS[fmt]
    if name == "JPEG" and picture.mode != "RGB":
        flat = Image.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A") if "A" in picture.mode else None)
        picture = flat
    tmp = target.with_name(f".{target.name}.tmp")
    picture.save(tmp, name, **options)
    os.replace(tmp, target)
    return target


_BG, _FG = (226, 232, 240), (100, 116, 139)


def _icon_document(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    x0, y0, x1, y1 = w * 0.36, h * 0.2, w * 0.64, h * 0.8
    fold = (x1 - x0) * 0.3
    d.polygon([(x0, y0), (x1 - fold, y0), (x1, y0 + fold), (x1, y1), (x0, y1)], fill=_FG)
    for i in range(4):
        y = y0 + (y1 - y0) * (0.35 + i * 0.14)
        d.line([(x0 + w * 0.04, y), (x1 - w * 0.04, y)], fill=_BG, width=max(1, h // 40))


def _icon_audio(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    r = h * 0.09
    for cx, cy in ((w * 0.42, h * 0.68), (w * 0.62, h * 0.62)):
        d.ellipse([cx - r * 1.2, cy - r, cx + r * 1.2, cy + r], fill=_FG)
        d.rectangle([cx + r * 0.9, cy - h * 0.4, cx + r * 1.2, cy], fill=_FG)
    d.polygon(
        [
            (w * 0.42 + r * 0.9, h * 0.28),
            (w * 0.62 + r * 1.2, h * 0.22),
            (w * 0.62 + r * 1.2, h * 0.3),
            (w * 0.42 + r * 0.9, h * 0.36),
        ],
        fill=_FG,
    )


def _icon_video(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.polygon([(w * 0.4, h * 0.3), (w * 0.4, h * 0.7), (w * 0.65, h * 0.5)], fill=_FG)


def _icon_image(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.polygon([(w * 0.25, h * 0.75), (w * 0.45, h * 0.4), (w * 0.6, h * 0.75)], fill=_FG)
    d.polygon([(w * 0.5, h * 0.75), (w * 0.65, h * 0.5), (w * 0.78, h * 0.75)], fill=_FG)
    d.ellipse([w * 0.62, h * 0.2, w * 0.72, h * 0.33], fill=_FG)


def _icon_generic(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    d.rounded_rectangle(
        [w * 0.35, h * 0.25, w * 0.65, h * 0.75],
        radius=h * 0.05,
        outline=_FG,
        width=max(2, h // 30),
    )


_ICONS = {
    "document": _icon_document,
    "audio": _icon_audio,
    "video": _icon_video,
    "image": _icon_image,
    None: _icon_generic,
}


@functools.lru_cache(maxsize=64)
def _placeholder(kind: str | None, size: str, fmt: str) -> bytes:
    width = SIZES[size]
    height = width * 3 // 4
    picture = Image.new("RGB", (width, height), _BG)
    _ICONS[kind](ImageDraw.Draw(picture), width, height)
    buf = io.BytesIO()
    name, options = FORMATS.get(fmt, FORMATS["webp"])
    picture.save(buf, name, **options)
    return buf.getvalue()


def _tiny_png() -> bytes:
    """A 1x1 light grey PNG built by hand, for when even Pillow fails."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + bytes(_BG))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


_FALLBACK_PNG = _tiny_png()
