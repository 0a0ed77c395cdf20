"""A real webhook receiver on 127.0.0.1 for the tests: it records every request
(headers and raw body) and answers from a script of responses."""

from __future__ import annotations

import http.server
import threading
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"ok"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    size: int = 0  # send this many bytes of body instead (a flood)


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        server = self.server
        server.received.append(Received(self.path, dict(self.headers), raw))
        answer = server.script.popleft() if server.script else server.default
        if answer.delay:
            time.sleep(answer.delay)
        try:
            self.send_response(answer.status)
            for k, v in answer.headers.items():
                self.send_header(k, v)
            if answer.size:
                self.send_header("Content-Length", str(answer.size))
                self.end_headers()
                chunk = b"x" * (1 << 20)
                sent = 0
                while sent < answer.size:
                    self.wfile.write(chunk[: answer.size - sent])
                    sent += len(chunk)
            else:
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should with a flood


class Receiver:
    """``url`` to give a webhook; ``received`` what came; ``script`` what to answer."""

    def __init__(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.received = []
        self.server.script = deque()
        self.server.default = Answer()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/hooks/t2m"

    @property
    def received(self) -> list[Received]:
        return self.server.received

    def answer(self, *answers: Answer) -> None:
        self.server.script.extend(answers)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
