"""Media handling without Flask or a database: plain functions over paths.

- :func:`sniff` — what a file really is, from its bytes (ffprobe for media).
- :func:`probe`, :func:`probe_image`, :func:`pdf_pages` — what it contains.
- :func:`image_thumbnails`, :func:`video_thumbnails`, :func:`placeholder`.
- :mod:`t2m.media.ffmpeg` — the one wrapper that runs ffmpeg/ffprobe.
"""

from .errors import ImageError, MediaError
from .ffmpeg import FFmpegCancelled, FFmpegError, FFmpegTimeout
from .probe import pdf_pages, probe, probe_image
from .sniff import Sniffed, sniff
from .thumbnails import SIZES, image_thumbnails, placeholder, video_thumbnails

__all__ = [
    "SIZES",
    "FFmpegCancelled",
    "FFmpegError",
    "FFmpegTimeout",
    "ImageError",
    "MediaError",
    "Sniffed",
    "image_thumbnails",
    "pdf_pages",
    "placeholder",
    "probe",
    "probe_image",
    "sniff",
    "video_thumbnails",
]
