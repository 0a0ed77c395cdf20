"""The one HTTP client for provider calls: the LLM, the speech and the image server.

:func:`post_json` sends a JSON body and reads the answer within one deadline
for the whole exchange (connect, wait, read), with a cap on the answer's size,
no retries and no redirects, polling a cancel callback while the answer
arrives. Each failure is one exception type; callers turn them into their own
messages (:class:`t2m.generate.errors.ProviderError` and friends).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

import urllib3
from urllib3.exceptions import HTTPError, NewConnectionError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

CONNECT_SECONDS = 10.0
CHUNK = 64 * 1024


class CallFailed(Exception):
    """A provider call went wrong; ``detail`` is urllib3's own words, if any."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or type(self).__name__)
        self.detail = detail


class Unreachable(CallFailed):
    """No connection could be made."""


class Broken(CallFailed):
    """The connection was made but failed (reset, bad HTTP, ...)."""


class NoAnswer(CallFailed):
    """Nothing came back in time: the connection or the first byte timed out."""


class TooSlow(CallFailed):
    """The answer started but did not finish within the deadline."""


class TooLarge(CallFailed):
    """The answer is larger than the cap."""


class Cancelled(CallFailed):
    """``should_cancel()`` said stop while the answer arrived."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes

    def text(self, limit: int = 300) -> str:
        """The start of the body as text (for error details)."""
        return self.body[:limit].decode("utf-8", "replace")


def post_json(
    url: str,
    payload: dict,
    *,
    timeout: float,
    max_bytes: int,
    headers: dict[str, str] | None = None,
    deadline: float | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Answer:
    """POST ``payload`` as JSON to ``url``; return the status and the whole body.

    ``deadline`` (a ``time.monotonic()`` value, default now + ``timeout``)
    bounds the whole exchange. Raises a :class:`CallFailed` subclass.
    """
    deadline = deadline if deadline is not None else time.monotonic() + timeout
    left = max(deadline - time.monotonic(), 0.05)
    sent = {"Content-Type": "application/json", **(headers or {})}
    pool = urllib3.PoolManager(retries=False)
    try:
        response = pool.request(
            "POST",
            url,
            body=json.dumps(payload).encode(),
            headers=sent,
            timeout=urllib3.Timeout(connect=min(left, CONNECT_SECONDS), read=left),
            preload_content=False,
            redirect=False,
        )
        try:
            chunks, size = [], 0
            for chunk in response.stream(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge()
                if time.monotonic() > deadline:
                    raise TooSlow()
                if should_cancel and should_cancel():
                    raise Cancelled()
                chunks.append(chunk)
        finally:
            response.release_conn()
        return Answer(response.status, b"".join(chunks))
    except NewConnectionError as exc:  # before timeouts: urllib3 makes it a subclass of one
        raise Unreachable(str(exc)) from exc
    except Urllib3Timeout as exc:
        raise NoAnswer(str(exc)) from exc
    except HTTPError as exc:
        raise Broken(str(exc)) from exc
    finally:
        pool.clear()
