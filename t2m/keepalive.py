"""Keep a client's connection usable after a response that left the request
body unread (a 413, a 401 on an upload, ...).

gunicorn answers ``Connection: keep-alive`` and, once the response is sent,
drains at most 64 KiB of a body the application did not read; past that it
closes the socket, so a client that trusted the keep-alive finds its next
request on the connection failing. An application cannot fix that with a
``Connection: close`` header: gunicorn drops hop-by-hop headers an application
sets (``Response.process_headers``).

So, before the response starts, this middleware reads what is left of the body
when that is at most :data:`DRAIN_MAX_BYTES` (within :data:`DRAIN_SECONDS`),
and the connection stays usable. A bigger body (a 3 GB upload refused from its
``Content-Length``) is not read: the server is told to close the connection, so
the response says ``Connection: close``. gunicorn has no public way for that,
so the middleware calls ``force_close()`` on the object whose
``start_response`` it was given (gunicorn's ``Response``); under another server
it only drains.
"""

from __future__ import annotations

import contextlib
import time

from flask import Flask

DRAIN_MAX_BYTES = 8 * 1024 * 1024
DRAIN_SECONDS = 5.0
CHUNK = 64 * 1024


def _content_length(environ) -> int | None:
    try:
        value = int(environ.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None
    return value if value >= 0 else None


class _CountingInput:
    """``wsgi.input`` counting the bytes the application reads (the methods of
    the WSGI input stream, nothing else: werkzeug then reads through ``read``)."""

    def __init__(self, stream):
        self._stream = stream
        self.consumed = 0

    def read(self, *args):
        data = self._stream.read(*args)
        self.consumed += len(data)
        return data

    def readline(self, *args):
        data = self._stream.readline(*args)
        self.consumed += len(data)
        return data

    def readlines(self, *args):
        lines = self._stream.readlines(*args)
        self.consumed += sum(len(line) for line in lines)
        return lines

    def __iter__(self):
        for line in self._stream:
            self.consumed += len(line)
            yield line


def _drain(environ, stream: _CountingInput, length: int | None) -> bool:
    """Read and drop the rest of the body; True when all of it was read."""
    terminated = bool(environ.get("wsgi.input_terminated"))
    if length is None and not terminated:
        return False  # no length and no end-of-body marker: reading could block
    budget = DRAIN_MAX_BYTES
    if length is not None:
        left = length - stream.consumed
        if left <= 0:
            return True
        if left > budget:
            return False  # not worth reading: close instead
        budget = left
    sock = environ.get("gunicorn.socket")
    previous = sock.gettimeout() if sock is not None else None
    deadline = time.monotonic() + DRAIN_SECONDS
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if sock is not None:
                sock.settimeout(remaining)
            # One byte more than the budget tells a body that goes on apart
            # from one that ends exactly there.
            data = stream.read(min(CHUNK, budget + 1))
            if not data:
                return length is None or stream.consumed >= length
            budget -= len(data)
            if budget < 0 or (length is not None and budget == 0):
                return budget == 0
    except (OSError, ValueError):  # a timeout, a reset, a malformed chunk
        return False
    finally:
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.settimeout(previous)


class DrainUnreadBody:
    """WSGI middleware: see the module's docstring."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        stream = _CountingInput(environ["wsgi.input"])
        environ["wsgi.input"] = stream
        length = _content_length(environ)
        expects_body = (
            length is not None or "chunked" in (environ.get("HTTP_TRANSFER_ENCODING") or "").lower()
        )
        if not expects_body:
            return self.app(environ, start_response)

        def start(status, headers, exc_info=None):
            if not _drain(environ, stream, length):
                server_response = getattr(start_response, "__self__", None)
                force_close = getattr(server_response, "force_close", None)
                if callable(force_close):
                    force_close()
            return start_response(status, headers, exc_info)

        return self.app(environ, start)


def init_app(app: Flask) -> None:
    """Wrap the WSGI app (outermost, so it sees the server's ``start_response``)."""
    app.wsgi_app = DrainUnreadBody(app.wsgi_app)
