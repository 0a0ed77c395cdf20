"""ffmpeg and ffprobe: safe argument lists, progress, and the way to run them.

Argument lists are built by pure functions (``ffmpeg_args``, ``input_args``,
``ffprobe_args``, ...) so they can be tested without running anything, and
executed by :func:`run`: the whitelist check and ``-progress`` parsing here,
the time limit, resource caps, cancellation and error reporting in
:mod:`t2m.media.process`, the runner of every subprocess.

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
import os
from collections.abc import Callable, Sequence

from . import process

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
DEFAULT_MEMORY = process.DEFAULT_MEMORY
STDERR_TAIL = process.STDERR_TAIL
NICE = process.NICE

ProgressCallback = Callable[[float, float | None], None]


# The runner's errors and result under the names ffmpeg's callers use.
FFmpegError = process.ProcessError
FFmpegTimeout = process.ProcessTimeout
FFmpegCancelled = process.ProcessCancelled
FFmpegResult = process.ProcessResult


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
    """Run an ffmpeg/ffprobe argument list through :func:`t2m.media.process.run`.

    The inputs must carry the whitelists (:func:`check_inputs`). With
    ``on_progress``, ``-progress`` reports on stdout become
    ``on_progress(seconds_done, fraction)`` calls in the caller's thread.
    Raises :class:`FFmpegTimeout`, :class:`FFmpegCancelled` or
    :class:`FFmpegError` (the runner's errors) as :func:`process.run` does.
    """
    check_inputs(args)
    parser = ProgressParser(duration) if on_progress else None
    return process.run(
        args,
        timeout=timeout,
        should_cancel=should_cancel,
        parse_line=parser.feed if parser else None,
        on_report=(lambda report: on_progress(*report)) if on_progress else None,
        cpu_seconds=cpu_seconds,
        memory_bytes=memory_bytes,
        max_output=max_output,
        poll_interval=poll_interval,
    )
