"""The errors a generation stage raises (the job runner turns them into a
failed job with a readable reason)."""

from __future__ import annotations

from t2m.media.errors import MediaError


class GenerationError(MediaError):
    """A stage could not produce its output; ``stage`` names it."""

    def __init__(self, message: str, *, stage: str, detail: str | None = None):
        super().__init__(message)
        self.message = message
        self.stage = stage
        self.detail = detail


class ProviderError(GenerationError):
    """A configured provider (LLM, image, speech) failed: timeout, HTTP error,
    or an answer that could not be used."""


class GenerationCancelled(Exception):
    """``should_cancel()`` said stop."""
