"""The one place that runs a subprocess: ffmpeg, ffprobe, espeak-ng, version probes.

:func:`run` starts the program niced (its autogroup too), in a process group of
its own, killed with its parent thread (``setpriv --pdeathsig``), under a
CPU-time cap and an address-space cap; it waits with a wall-clock deadline,
polls a cancel callback, keeps the tail of stderr, collects stdout (or hands
its lines to a parser) and kills the whole group on timeout, cancel, overflow
or an exception in a callback. A pid is only signalled while the child is
unreaped, so a reused pid is never hit.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import resource
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import MediaError

DEFAULT_MEMORY = 4 * 1024**3  # address space, bytes
# Decoder, filter and encoder threads (2 each) may all be busy at once.
CPU_PER_WALL_SECOND = 4
STDERR_TAIL = 4096
NICE = 10


class ProcessError(MediaError):
    """A program failed; carries the command, exit code and stderr tail."""

    def __init__(
        self,
        message: str,
        *,
        cmd: Sequence[str] = (),
        returncode: int | None = None,
        stderr_tail: str = "",
        pid: int | None = None,
    ) -> None:
        self.message = message
        self.cmd = list(cmd)
        self.returncode = returncode
        self.stderr_tail = stderr_tail
        self.pid = pid
        # The last few stderr lines say what went wrong (the first says where).
        detail = " | ".join(line.strip() for line in stderr_tail.strip().splitlines()[-3:])
        super().__init__(f"{message}: {detail}" if detail else message)


class ProcessTimeout(ProcessError):
    """The process ran past its time limit and was killed."""


class ProcessCancelled(ProcessError):
    """``should_cancel()`` returned true and the process was killed."""


@dataclass(frozen=True)
class ProcessResult:
    """What a successful run produced."""

    cmd: list[str]
    returncode: int
    stdout: bytes
    stderr_tail: str
    elapsed: float


def run(
    args: Sequence[str],
    *,
    timeout: float,
    should_cancel: Callable[[], bool] | None = None,
    parse_line: Callable[[str], Any] | None = None,
    on_report: Callable[[Any], None] | None = None,
    cpu_seconds: float | None = None,
    memory_bytes: int | None = DEFAULT_MEMORY,
    max_output: int = 16 * 1024**2,
    poll_interval: float = 0.2,
) -> ProcessResult:
    """Run ``args`` (the program first) and wait for it.

    Raises :class:`ProcessTimeout` after ``timeout`` wall seconds,
    :class:`ProcessCancelled` when ``should_cancel()`` (polled every
    ``poll_interval``) returns true, and :class:`ProcessError` when it cannot
    start or exits non-zero; the whole process group is killed in the first two
    cases. With ``parse_line``, each stdout line goes through it and every
    non-``None`` result is passed to ``on_report``; ``on_report`` and
    ``should_cancel`` are called in the caller's thread. The CPU-time cap
    defaults to ``timeout`` x ``CPU_PER_WALL_SECOND`` (at least 10 s).
    Otherwise stdout is returned, up to ``max_output`` bytes.
    """
    cmd = list(args)
    nice = shutil.which("nice")
    argv = [nice, "-n", str(NICE), *cmd] if nice else cmd
    # Killed with the thread that started it (a worker killed with SIGKILL
    # leaves no encoder running); setpriv sets it before exec, so no
    # preexec_fn is needed (unsafe with threads).
    setpriv = shutil.which("setpriv")
    if setpriv:
        argv = [setpriv, "--pdeathsig", "KILL", *argv]
    name = Path(cmd[0]).name
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # own process group, killed as a whole
        )
    except OSError as exc:
        raise ProcessError(f"cannot start {name}: {exc}", cmd=cmd) from None
    cpu_limit = cpu_seconds or max(10.0, timeout * CPU_PER_WALL_SECOND)
    _limit(proc.pid, cpu_limit, memory_bytes)
    _lower_priority(proc.pid)
    stderr = _TailReader(proc.stderr)
    reports: queue.SimpleQueue[Any] = queue.SimpleQueue()
    stdout = _StdoutReader(proc.stdout, parse_line, reports, max_output)

    def deliver() -> None:
        while not reports.empty():
            report = reports.get()
            if on_report:
                on_report(report)

    def fail(kind: type[ProcessError], message: str) -> ProcessError:
        _kill(proc)
        stderr.join()
        stdout.join()
        return kind(
            message, cmd=cmd, returncode=proc.returncode, stderr_tail=stderr.tail(), pid=proc.pid
        )

    deadline = started + timeout
    try:
        while True:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.0, min(poll_interval, deadline - time.monotonic())))
            deliver()
            if proc.returncode is not None:
                break
            if should_cancel and should_cancel():
                raise fail(ProcessCancelled, f"{name} cancelled")
            if time.monotonic() >= deadline:
                raise fail(ProcessTimeout, f"{name} timed out after {timeout:g} s")
            if _cpu_time(proc.pid) > cpu_limit:
                raise fail(ProcessError, f"{name} exceeded its CPU time limit")
            if stdout.overflow:
                raise fail(ProcessError, f"{name} wrote more than {max_output} bytes")
    except BaseException:  # a callback raised, or KeyboardInterrupt: never leave it behind
        _kill(proc)
        raise
    stderr.join()
    stdout.join()
    deliver()
    if proc.returncode != 0:
        raise ProcessError(
            _exit_message(cmd[0], proc.returncode),
            cmd=cmd,
            returncode=proc.returncode,
            stderr_tail=stderr.tail(),
            pid=proc.pid,
        )
    return ProcessResult(
        cmd, proc.returncode, stdout.data(), stderr.tail(), time.monotonic() - started
    )


def _lower_priority(pid: int) -> None:
    """Make ``nice`` count against the web process too (Linux, best effort).

    With scheduler autogroups (the default on most distributions) CPU time is
    shared between sessions first, and ffmpeg runs in a session of its own,
    so its nice value alone would only rank it against itself. Setting the
    session's autogroup nice puts the whole encode behind everyone else.
    """
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/autogroup").write_text(f"{NICE}\n")


def _exit_message(binary: str, code: int) -> str:
    name = Path(binary).name
    if code < 0:
        return f"{name} was killed by signal {-code}"
    return f"{name} failed with exit code {code}"


def _limit(pid: int, cpu_seconds: float, memory_bytes: int | None) -> None:
    """Cap the child from outside (no ``preexec_fn``, which is unsafe with threads).

    Limits survive the ``nice`` -> ffmpeg exec; the moments before they apply
    do not matter for caps measured in seconds and gigabytes.  The CPU limit
    is enforced by :func:`run` polling; the rlimit (SIGKILL a little later)
    is the backstop should the parent itself be stuck.
    """
    cpu = math.ceil(cpu_seconds) + 2
    limits = [(resource.RLIMIT_CPU, (cpu, cpu)), (resource.RLIMIT_CORE, (0, 0))]
    if memory_bytes:
        limits.append((resource.RLIMIT_AS, (memory_bytes, memory_bytes)))
    for which, value in limits:
        with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
            _, hard = resource.prlimit(pid, which)
            if hard != resource.RLIM_INFINITY:  # never try to raise an inherited cap
                value = (min(value[0], hard), min(value[1], hard))
            resource.prlimit(pid, which, value)


def _cpu_time(pid: int) -> float:
    """User + system CPU seconds used so far by ``pid`` (all threads), 0 if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rpartition(")")[2].split()  # the command name may contain spaces
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the process group and reap the leader."""
    if proc.returncode is None:  # once reaped, the pid may belong to someone else
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


class _TailReader(threading.Thread):
    """Drains a pipe, keeping only its last ``STDERR_TAIL`` bytes."""

    def __init__(self, pipe) -> None:
        super().__init__(daemon=True)
        self.pipe = pipe
        self.buf = bytearray()
        self.start()

    def run(self) -> None:
        with self.pipe:
            while chunk := self.pipe.read1(65536):
                self.buf += chunk
                del self.buf[: -2 * STDERR_TAIL]

    def tail(self) -> str:
        return bytes(self.buf[-STDERR_TAIL:]).decode("utf-8", "replace")


class _StdoutReader(threading.Thread):
    """Collects stdout, or parses its lines into reports on a queue."""

    def __init__(self, pipe, parse_line, reports, limit: int) -> None:
        super().__init__(daemon=True)
        self.pipe, self.parse_line, self.reports, self.limit = pipe, parse_line, reports, limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.overflow = False
        self.start()

    def run(self) -> None:
        with self.pipe:
            if self.parse_line:
                for raw in self.pipe:
                    report = self.parse_line(raw.decode("utf-8", "replace"))
                    if report is not None:
                        self.reports.put(report)
                return
            while chunk := self.pipe.read1(65536):
                if self.size + len(chunk) > self.limit:
                    self.overflow = True  # keep draining so the child never blocks
                    continue
                self.chunks.append(chunk)
                self.size += len(chunk)

    def data(self) -> bytes:
        return b"".join(self.chunks)
