"""The one place that runs ffmpeg and ffprobe.

Argument lists are built by pure functions (``ffmpeg_args``, ``input_args``,
``ffprobe_args``, ...) so they can be tested without running anything, and
executed by :func:`run`, which owns the time limit, resource caps,
``-progress`` parsing, cancellation and error reporting.

Safety: every input carries ``-protocol_whitelist file,pipe`` (no network, no
``concat:``/``subfile:``/``data:`` tricks) and a *demuxer* whitelist (or a
forced ``-f``).  The demuxer whitelist matters as much as the protocol one:
HLS playlists and ffconcat scripts are demuxers that open the files they
name through the allowed ``file`` protocol, so they are simply never allowed
for uploaded content.  :func:`run` refuses an argument list whose inputs lack
these options.
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

from .errors import MediaError

FFMPEG = "ffmpeg"
FFPROBE = "ffprobe"
PROTOCOLS = "file,pipe"
# Demuxers an uploaded file may be read with.  Each opens only its own file:
# hls, dash, concat, image2 (patterns), sdp, rtsp, tty, lavfi ... are absent.
MEDIA_DEMUXERS = (
    "mov",  # mp4, mov, m4a, 3gp
    "matroska",  # mkv, webm
    "avi",
    "mpegts",
    "mpeg",
    "ogg",
    "mp3",
    "wav",
    "flac",
    "aac",
)
DEFAULT_THREADS = 2
DEFAULT_MEMORY = 4 * 1024**3  # address space, bytes
# Decoder, filter and encoder threads (2 each) may all be busy at once.
CPU_PER_WALL_SECOND = 4
STDERR_TAIL = 4096
NICE = 10

ProgressCallback = Callable[[float, float | None], None]


class FFmpegError(MediaError):
    """ffmpeg/ffprobe failed; carries the command, exit code and stderr tail."""

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


class FFmpegTimeout(FFmpegError):
    """The process ran past its time limit and was killed."""


class FFmpegCancelled(FFmpegError):
    """``should_cancel()`` returned true and the process was killed."""


@dataclass(frozen=True)
class FFmpegResult:
    """What a successful run produced."""

    cmd: list[str]
    returncode: int
    stdout: bytes
    stderr_tail: str
    elapsed: float


# ---------------------------------------------------------------- builders


def file_url(path: str | os.PathLike[str]) -> str:
    """``file:`` + absolute path, so a name like ``http:x`` or ``-y`` is only a file."""
    return "file:" + os.path.abspath(os.fspath(path))


def input_args(
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    formats: Sequence[str] = MEDIA_DEMUXERS,
    threads: int | None = DEFAULT_THREADS,
    start: float | None = None,
    duration: float | None = None,
) -> list[str]:
    """Options and ``-i`` for one untrusted input file.

    ``fmt`` forces the demuxer (as found by ``sniff``), skipping probing;
    it must be one of ``formats``.  ``start``/``duration`` seek and limit input.
    """
    if fmt is not None and fmt not in formats:
        raise ValueError(f"demuxer {fmt!r} is not allowed")
    args = ["-protocol_whitelist", PROTOCOLS, "-format_whitelist", ",".join(formats)]
    if fmt:
        args += ["-f", fmt]
    if threads:
        args += ["-threads", str(threads)]
    if start:
        args += ["-ss", f"{start:.3f}"]
    if duration:
        args += ["-t", f"{duration:.3f}"]
    return [*args, "-i", file_url(path)]


def lavfi_input(graph: str) -> list[str]:
    """A generated input (``testsrc``, ``color``, ``anullsrc`` ...).

    Only for graphs written by our own code, never text from a user: lavfi's
    ``movie``/``amovie`` sources can open files.
    """
    return ["-protocol_whitelist", PROTOCOLS, "-f", "lavfi", "-i", graph]


def output_args(
    path: str | os.PathLike[str], fmt: str | None = None, *, threads: int | None = DEFAULT_THREADS
) -> list[str]:
    """The tail of an output: encoder thread cap, muxer (``-f``) and the ``file:`` target.

    Codec options go before these (``[*codec_opts, *output_args(path)]``).
    """
    args = ["-threads", str(threads)] if threads else []
    if fmt:
        args += ["-f", fmt]
    return [*args, file_url(path)]


def ffmpeg_args(
    inputs: Sequence[Sequence[str]],
    outputs: Sequence[str],
    *,
    progress: bool = False,
    stats_period: float = 0.5,
    loglevel: str = "error",
    filter_threads: int = DEFAULT_THREADS,
) -> list[str]:
    """A complete ffmpeg command: global options, inputs, then output options.

    With ``progress`` the machine-readable ``-progress`` report goes to stdout,
    which :func:`run` parses; outputs must then not use ``pipe:1``.
    """
    args = [FFMPEG, "-hide_banner", "-nostdin", "-nostats", "-loglevel", loglevel, "-y"]
    args += ["-filter_threads", str(filter_threads)]
    if progress:
        args += ["-progress", "pipe:1", "-stats_period", f"{stats_period:g}"]
    for one in inputs:
        args += list(one)
    return args + list(outputs)


def ffprobe_args(
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    formats: Sequence[str] = MEDIA_DEMUXERS,
) -> list[str]:
    """ffprobe printing format and streams as JSON for one untrusted file."""
    if fmt is not None and fmt not in formats:
        raise ValueError(f"demuxer {fmt!r} is not allowed")
    args = [FFPROBE, "-hide_banner", "-loglevel", "error"]
    args += ["-protocol_whitelist", PROTOCOLS, "-format_whitelist", ",".join(formats)]
    if fmt:
        args += ["-f", fmt]
    return [*args, "-show_format", "-show_streams", "-of", "json", "-i", file_url(path)]


def check_inputs(args: Sequence[str]) -> None:
    """Raise ``ValueError`` unless every ``-i`` is preceded by the whitelists.

    Each input's options (since the previous ``-i``) must set
    ``-protocol_whitelist file,pipe`` and either ``-format_whitelist`` or ``-f``.
    """
    block_start = 0
    for i, arg in enumerate(args):
        if arg != "-i":
            continue
        block = list(args[block_start:i])
        if not _has_option(block, "-protocol_whitelist", PROTOCOLS):
            raise ValueError(f"input {args[i + 1]!r} lacks -protocol_whitelist {PROTOCOLS}")
        if "-format_whitelist" not in block and "-f" not in block:
            raise ValueError(f"input {args[i + 1]!r} lacks -format_whitelist or -f")
        block_start = i + 2


def _has_option(block: list[str], name: str, value: str) -> bool:
    return any(a == name and block[j + 1 : j + 2] == [value] for j, a in enumerate(block))


# ---------------------------------------------------------------- progress


class ProgressParser:
    """Turns ``-progress`` key=value lines into ``(seconds_done, fraction)``.

    A report is complete at each ``progress=`` line; ``fraction`` is ``None``
    when the total duration is unknown, and 1.0 at ``progress=end``.
    """

    def __init__(self, duration: float | None = None) -> None:
        self.duration = duration if duration and duration > 0 else None
        self.seconds = 0.0

    def feed(self, line: str) -> tuple[float, float | None] | None:
        """Consume one line; return a report when one is complete."""
        key, _, value = line.strip().partition("=")
        if key in ("out_time_us", "out_time_ms"):  # both are microseconds
            with contextlib.suppress(ValueError):
                self.seconds = max(self.seconds, int(value) / 1_000_000)
        elif key == "progress":
            if value == "end":
                return self.seconds, 1.0
            if self.duration:
                return self.seconds, min(self.seconds / self.duration, 1.0)
            return self.seconds, None
        return None


# ---------------------------------------------------------------- runner


def run(
    args: Sequence[str],
    *,
    timeout: float,
    on_progress: ProgressCallback | None = None,
    duration: float | None = None,
    should_cancel: Callable[[], bool] | None = None,
    cpu_seconds: float | None = None,
    memory_bytes: int | None = DEFAULT_MEMORY,
    max_output: int = 16 * 1024**2,
    poll_interval: float = 0.2,
) -> FFmpegResult:
    """Run an ffmpeg/ffprobe argument list and wait for it.

    Raises :class:`FFmpegTimeout` after ``timeout`` wall seconds,
    :class:`FFmpegCancelled` when ``should_cancel()`` (polled every
    ``poll_interval``) returns true, and :class:`FFmpegError` on a non-zero
    exit; the whole process group is killed in the first two cases.
    ``on_progress(seconds_done, fraction)`` and ``should_cancel`` are called in
    the caller's thread.  The process runs under ``nice`` with a CPU-time cap
    (default ``timeout`` x ``CPU_PER_WALL_SECOND``, at least 10 s) and an
    address-space cap (``memory_bytes``).
    Stdout (unless used for progress) is returned, up to ``max_output`` bytes.
    """
    check_inputs(args)
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
        raise FFmpegError(f"cannot start {name}: {exc}", cmd=cmd) from None
    cpu_limit = cpu_seconds or max(10.0, timeout * CPU_PER_WALL_SECOND)
    _limit(proc.pid, cpu_limit, memory_bytes)
    _lower_priority(proc.pid)
    stderr = _TailReader(proc.stderr)
    reports: queue.SimpleQueue[tuple[float, float | None]] = queue.SimpleQueue()
    stdout = _StdoutReader(
        proc.stdout, ProgressParser(duration) if on_progress else None, reports, max_output
    )

    def fail(kind: type[FFmpegError], message: str) -> FFmpegError:
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
            while on_progress and not reports.empty():
                on_progress(*reports.get())
            if proc.returncode is not None:
                break
            if should_cancel and should_cancel():
                raise fail(FFmpegCancelled, f"{name} cancelled")
            if time.monotonic() >= deadline:
                raise fail(FFmpegTimeout, f"{name} timed out after {timeout:g} s")
            if _cpu_time(proc.pid) > cpu_limit:
                raise fail(FFmpegError, f"{name} exceeded its CPU time limit")
            if stdout.overflow:
                raise fail(FFmpegError, f"{name} wrote more than {max_output} bytes")
    except BaseException:  # a callback raised, or KeyboardInterrupt: never leave ffmpeg behind
        _kill(proc)
        raise
    stderr.join()
    stdout.join()
    while on_progress and not reports.empty():
        on_progress(*reports.get())
    if proc.returncode != 0:
        raise FFmpegError(
            _exit_message(cmd[0], proc.returncode),
            cmd=cmd,
            returncode=proc.returncode,
            stderr_tail=stderr.tail(),
            pid=proc.pid,
        )
    return FFmpegResult(
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
    """Collects stdout, or parses it as ``-progress`` reports into a queue."""

    def __init__(self, pipe, parser: ProgressParser | None, reports, limit: int) -> None:
        super().__init__(daemon=True)
        self.pipe, self.parser, self.reports, self.limit = pipe, parser, reports, limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.overflow = False
        self.start()

    def run(self) -> None:
        with self.pipe:
            if self.parser:
                for raw in self.pipe:
                    report = self.parser.feed(raw.decode("ascii", "replace"))
                    if report:
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
