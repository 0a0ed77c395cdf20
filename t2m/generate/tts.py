"""The speech server client: an OpenAI-compatible ``/v1/audio/speech`` server
(``T2M_TTS_URL``) speaking one piece of text, through the one provider client."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from t2m.generate import providers
from t2m.generate.errors import GenerationCancelled, ProviderError

STAGE = "speech"
MAX_TTS_BYTES = 64 * 1024**2
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
Cancel = Callable[[], bool] | None


@dataclass(frozen=True)
class TtsConfig:
    """An OpenAI-compatible ``/v1/audio/speech`` server (``T2M_TTS_URL``)."""

    url: str
    api_key: str | None = None
    model: str = "tts-1"
    timeout: float = 30.0

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> TtsConfig | None:
        """Build from ``TTS_URL``/``TTS_API_KEY``/``TTS_MODEL``/``TTS_TIMEOUT``; None if unset."""
        url = config.get("TTS_URL")
        if not url:
            return None
        return cls(
            url=str(url),
            api_key=config.get("TTS_API_KEY") or None,
            model=config.get("TTS_MODEL") or "tts-1",
            timeout=float(config.get("TTS_TIMEOUT") or 30.0),
        )


_MAGIC = (
    (lambda b: b[:4] == b"RIFF" and b[8:12] == b"WAVE", "wav"),
    (lambda b: b[:4] == b"OggS", "ogg"),
    (lambda b: b[:4] == b"fLaC", "flac"),
    (lambda b: b[:3] == b"ID3" or (len(b) > 1 and b[0] == 0xFF and b[1] & 0xE0 == 0xE0), "mp3"),
)


def sniff_audio(body: bytes) -> str:
    """The ffmpeg demuxer for a TTS answer, judged from its first bytes.

    Raises :class:`ProviderError` for anything that is not WAV/Ogg/FLAC/MP3.
    """
    for test, fmt in _MAGIC:
        if test(body[:16]):
            return fmt
    raise ProviderError(
        "The speech server did not answer with audio.",
        stage=STAGE,
        detail=repr(body[:80]),
    )


def speech_url(base: str) -> str:
    """``{base}/v1/audio/speech``, not doubling a ``/v1`` already in ``base``."""
    base = base.rstrip("/")
    return base + ("/audio/speech" if base.endswith("/v1") else "/v1/audio/speech")


def tts_speech(text: str, *, voice: str, config: TtsConfig, should_cancel: Cancel = None) -> bytes:
    """POST one piece of text to the TTS server; return the audio bytes.

    The whole exchange is bounded by ``config.timeout``; any failure raises
    :class:`ProviderError` with a readable message.
    """
    headers = {"Content-Type": "application/json", "Accept": "audio/wav"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    payload = {"model": config.model, "input": text, "voice": voice, "response_format": "wav"}
    url = speech_url(config.url)

    def fail(message: str, detail: str | None = None) -> ProviderError:
        return ProviderError(f"Speech server: {message}", stage=STAGE, detail=detail)

    try:
        response = providers.post_json(
            url,
            payload,
            headers=headers,
            timeout=config.timeout,
            max_bytes=MAX_TTS_BYTES,
            should_cancel=should_cancel,
        )
    except providers.Cancelled:
        raise GenerationCancelled() from None
    except providers.TooLarge:
        raise fail("the answer is too large") from None
    except providers.TooSlow:
        raise fail(f"no complete answer within {config.timeout:g} s") from None
    except providers.NoAnswer as exc:
        raise fail(f"no answer within {config.timeout:g} s", exc.detail) from None
    except providers.CallFailed as exc:
        raise fail(f"cannot reach {url}", exc.detail) from None
    body = response.body
    if response.status != 200:
        snippet = _CONTROL.sub("", body[:300].decode("utf-8", "replace")).strip()
        raise fail(f"HTTP {response.status}", snippet or None)
    if not body:
        raise fail("the answer was empty")
    return body
