"""Opening still images with Pillow safely: known formats only, bombs refused."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import ExifTags, Image, UnidentifiedImageError

from .errors import ImageError

# Pillow parsers we let near uploaded bytes.  Notably absent: EPS (runs
# Ghostscript), and the long tail of rarely used, rarely audited plugins.
IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF")
# 64 megapixels (e.g. 8000 x 8000).  Keep it at or below
# ``Image.MAX_IMAGE_PIXELS`` (~89 M), above which Pillow itself warns.
DEFAULT_MAX_PIXELS = 64_000_000
# EXIF orientations 5-8 are transposed: the displayed width is the stored height.
_SWAPS_AXES = {5, 6, 7, 8}


@contextmanager
def open_image(
    path: str | os.PathLike[str], max_pixels: int = DEFAULT_MAX_PIXELS
) -> Iterator[Image.Image]:
    """Open an image lazily (only the header is read) and refuse oversized ones.

    Raises :class:`ImageError` for unknown/corrupt data and for images with
    more than ``max_pixels`` pixels, before any pixel memory is allocated.
    """
    try:
        im = Image.open(path, formats=IMAGE_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"image too large (possible decompression bomb): {exc}") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ImageError(f"not a readable image: {exc}") from None
    with im:
        width, height = im.size
        if width * height > max_pixels:
            raise ImageError(
                f"image too large: {width}x{height} pixels exceeds the limit of {max_pixels}"
            )
        if width < 1 or height < 1:
            raise ImageError(f"image has no pixels: {width}x{height}")
        yield im


def orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8), 1 when absent or unreadable."""
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # corrupt EXIF must not sink an otherwise good image
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def display_size(size: tuple[int, int], exif_orientation: int) -> tuple[int, int]:
    """``(width, height)`` as shown once the EXIF orientation is applied."""
    width, height = size
    return (height, width) if exif_orientation in _SWAPS_AXES else (width, height)


def decode(im: Image.Image, min_size: int | None = None) -> Image.Image:
    """Decode pixels (first frame), EXIF-transposed, as RGB or RGBA.

    For JPEG, ``min_size`` lets libjpeg decode at a reduced scale while keeping
    both sides at least that large, which saves memory and time for thumbnails.
    """
    try:
        if min_size and im.format == "JPEG":
            im.draft("RGB", (min_size, min_size))
        im.load()
        turned = _transpose(im)
        alpha = turned.mode in ("RGBA", "LA", "PA") or (
            turned.mode == "P" and "transparency" in turned.info
        )
        if turned.mode.startswith("I;16") or turned.mode == "I":
            turned = turned.point(lambda v: v / 256).convert("L")
        return turned.convert("RGBA" if alpha else "RGB")
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(f"could not decode image: {exc}") from None


def _transpose(im: Image.Image) -> Image.Image:
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation(im))
    return im.transpose(method) if method is not None else im
