"""The media package's exception roots, so callers can catch one type."""


class MediaError(Exception):
    """Base of every error raised by ``t2m.media``."""


class ImageError(MediaError):
    """An image that cannot or must not be decoded (corrupt, unsupported, too big)."""
