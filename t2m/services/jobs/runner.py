"""Running a job in a worker: lease, heartbeat, progress, cancellation, cleanup.

:func:`execute` claims the job row (a compare-and-set, so a task delivered
twice runs once), gives the handler a :class:`JobRun`, and records how it
ended. While the handler works, a heartbeat thread keeps the lease alive; if
the worker dies (SIGKILL, power loss) the heartbeat stops, and once the lease
expires :func:`t2m.services.jobs.core.sweep` hands the job to another worker.

Exactly once: only the lease holder may write progress or finish the job
(every write is ``... WHERE worker = me``), outputs go to keys fixed by the
job (a re-run overwrites, never duplicates), and each attempt starts by
wiping the job's scratch folder (``instance/tmp/jobs/<id>``) of whatever a
dead attempt left there.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from t2m.errors import AppError
from t2m.extensions import db
from t2m.generate.errors import GenerationCancelled
from t2m.media.errors import MediaError
from t2m.media.ffmpeg import FFmpegCancelled
from t2m.media.ffmpeg import run as run_ffmpeg
from t2m.models import Job
from t2m.models.base import utcnow
from t2m.services.jobs import core as jobs
from t2m.services.jobs import state
from t2m.storage import storage

PROGRESS_INTERVAL = 1.0  # seconds between progress writes (the issue asks for ≤ 2 s)
CANCEL_POLL = 0.5  # seconds between reads of cancel_requested


class JobCancelled(Exception):
    """The job's owner asked for it to stop."""


class LeaseLost(Exception):
    """Another worker holds the job now; this attempt must stop without writing."""


def worker_id() -> str:
    """Who is running: host, process and thread."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"[:128]


def scratch_dir(job_id: int) -> Path:
    """The job's own temporary folder (wiped at the start and end of each attempt)."""
    return Path(current_app.config["INSTANCE_PATH"]) / "tmp" / "jobs" / str(job_id)


def ffmpeg_threads() -> int:
    """Threads per ffmpeg process: the setting, or one per CPU."""
    return int(current_app.config.get("FFMPEG_THREADS") or 0) or (os.cpu_count() or 2)


class JobRun:
    """What a job handler works with: its row, logging, progress and cancellation."""

    def __init__(self, job: Job, worker: str, workdir: Path):
        self.job_id = job.id
        self.worker = worker
        self.workdir = workdir
        self.output_keys: list[str] = []  # removed unless the job completes
        self.output_file_id: int | None = None
        # Called after the job is committed as completed (e.g. to enqueue follow-ups).
        self.after_success: list[Callable[[], None]] = []
        self._last_progress = 0.0
        self._last_progress_at = 0.0
        self._last_cancel_check = 0.0
        self._cancelled = False

    @property
    def job(self) -> Job:
        """The job row (re-read after each commit)."""
        return db.session.get(Job, self.job_id)

    # -- writes, all guarded by the lease -------------------------------------

    def _guarded(self, **values) -> None:
        held = state.change(
            self.job_id, where=(Job.worker == self.worker, Job.status == "processing"), **values
        )
        db.session.commit()
        if not held:
            raise LeaseLost(self.job_id)

    def log(self, message: str, level: str = "INFO", **details) -> None:
        """Append a line to the job's log (committed at once)."""
        jobs.log(self.job, message, level, **details)
        db.session.commit()

    def progress(self, percent: float, *, force: bool = False) -> None:
        """Move the progress forward (never back; 100 is kept for success). Writes at
        most once per second unless ``force``; each write renews the heartbeat."""
        percent = max(self._last_progress, min(float(percent), 99.0))
        now = time.monotonic()
        if not force and now - self._last_progress_at < PROGRESS_INTERVAL:
            self._last_progress = percent
            return
        self._last_progress = percent
        self._last_progress_at = now
        self._guarded(progress=round(percent, 2), heartbeat_at=utcnow())

    def should_cancel(self) -> bool:
        """True once cancellation was asked for (read at most every half second)."""
        if self._cancelled:
            return True
        now = time.monotonic()
        if now - self._last_cancel_check < CANCEL_POLL:
            return False
        self._last_cancel_check = now
        row = db.session.execute(
            select(Job.cancel_requested, Job.worker, Job.status).where(Job.id == self.job_id)
        ).one_or_none()
        db.session.commit()  # end the read transaction so the next read sees new rows
        if row is None:
            self._cancelled = True  # the job was deleted
        elif row.worker != self.worker or row.status != "processing":
            raise LeaseLost(self.job_id)
        else:
            self._cancelled = bool(row.cancel_requested)
        return self._cancelled

    def check_cancel(self) -> None:
        """Raise :class:`JobCancelled` if cancellation was asked for."""
        if self.should_cancel():
            raise JobCancelled(self.job_id)

    def ffmpeg(self, args, *, duration: float | None, span: tuple[float, float], timeout=None):
        """Run ffmpeg with its ``-progress`` mapped onto ``span`` of the job's progress,
        killed (the whole process group) as soon as the job is cancelled."""
        low, high = span

        def on_progress(_done: float, fraction: float | None) -> None:
            if fraction is not None:
                self.progress(low + (high - low) * fraction)

        result = run_ffmpeg(
            args,
            timeout=timeout or current_app.config["ENCODE_TIMEOUT"],
            duration=duration,
            on_progress=on_progress,
            should_cancel=self.should_cancel,
        )
        self.progress(high, force=True)
        return result

    def save_output(self, key: str, path: Path, content_type: str) -> int:
        """Store a finished output under ``key``; removed again if the job does not complete."""
        self.output_keys.append(key)
        return storage().save_file(key, path, content_type=content_type)


def _heartbeat(app, job_id: int, worker: str, stop: threading.Event) -> None:
    """Renew the lease while the handler works on something that reports no progress."""
    interval = max(0.5, app.config["JOB_LEASE_SECONDS"] / 4)
    while not stop.wait(interval):
        with app.app_context():
            try:
                state.change(
                    job_id,
                    where=(Job.worker == worker, Job.status == "processing"),
                    heartbeat_at=utcnow(),
                )
                db.session.commit()
            except Exception:  # a database hiccup: the next beat tries again
                db.session.rollback()
                app.logger.warning("Heartbeat of job %s failed", job_id, exc_info=True)
            finally:
                db.session.remove()


def _remove_outputs(run: JobRun) -> None:
    for key in run.output_keys:
        try:
            storage().delete(key)
        except Exception:
            current_app.logger.warning("Could not remove output %s", key, exc_info=True)


# Absolute paths (with ffmpeg's "file:" prefix) in tool output: the server's
# folders are nobody's business, so only the last component is kept (URLs stay whole).
_PATH = re.compile(r"(?<![\w:/])(?:file:)?/(?:[\w.\-]+/)+([\w.\-]+)")


# ffmpeg's "<input>: <what went wrong>": for the user the input is the file itself.
_PATH_PREFIX = re.compile(r"(?<![\w:/])(?:file:)?/(?:[\w.\-]+/)+[\w.\-]+:\s+")
# ffmpeg prefixes a line with the component that logged it and that component's
# heap address ("[mov,mp4,m4a,3gp,3g2,mj2 @ 0x5617d15bc280] moov atom not found"):
# the address tells a user nothing and an attacker where the worker's heap is.
_LOG_CONTEXT = re.compile(r"\[([^\[\]\n@]*?)\s*@\s*0x[0-9a-fA-F]+\]\s*")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
# Blobs are stored under their SHA-256, so a path cut to its file name is one.
_DIGEST_PREFIX = re.compile(r"\b[0-9a-fA-F]{64}\b:\s*")
_DIGEST = re.compile(r"\b[0-9a-fA-F]{64}\b")


def scrub_paths(text: str) -> str:
    """``text`` with every absolute path cut down to its file name."""
    return _PATH.sub(r"\1", text)


def scrub_tool_output(text: str) -> str:
    """Tool output (ffmpeg's stderr tail) fit for the job log its owner reads:
    paths cut to file names, heap addresses dropped (``[mov,mp4 @ 0x55…]``
    becomes ``[mov,mp4]``), stored files' digest names replaced by ``input``.
    The server log keeps the full text."""
    text = _LOG_CONTEXT.sub(lambda m: f"[{m[1]}] " if m[1] else "", scrub_paths(text))
    return _DIGEST.sub("input", _ADDRESS.sub("", text))


def public_reason(text: str) -> str:
    """A tool's error as a user reads it: the reason, not the pointer.

    ``[component @ 0x…]`` prefixes, hex addresses, absolute paths (with the
    ``path: `` that starts ffmpeg's error lines) and 64-hex digests (blob
    names) are removed; ``ffprobe failed with exit code 1: moov atom not found
    | Invalid data found when processing input`` is what is left.
    """
    text = _PATH_PREFIX.sub("", text)
    text = _LOG_CONTEXT.sub("", scrub_paths(text))
    text = _DIGEST.sub("", _DIGEST_PREFIX.sub("", _ADDRESS.sub("", text)))
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _reason(exc: BaseException) -> tuple[str, str | None]:
    """A readable failure reason and, for ffmpeg, the tail of its stderr."""
    if isinstance(exc, AppError):
        return exc.message, None
    if isinstance(exc, MediaError):
        text = public_reason(str(exc).strip())
        stderr = getattr(exc, "stderr_tail", None)
        return (
            text.splitlines()[0][:500] if text else type(exc).__name__,
            scrub_tool_output(stderr) if stderr else None,
        )
    return public_reason(f"Unexpected error: {type(exc).__name__}: {exc}")[:500], None


def execute(
    job_id: int,
    handler: Callable[[JobRun], dict | None],
    *,
    on_failure: Callable[[JobRun, str], None] | None = None,
    on_success: Callable[[JobRun, dict], None] | None = None,
) -> str | None:
    """Claim and run a job; returns how it ended (or None when it was not ours to run).

    ``handler(run)`` does the work and returns the result dict. ``on_success``
    runs inside the completing transaction (e.g. to create the output file
    row), ``on_failure(run, status)`` after a failure or cancellation (e.g. to
    mark the source file failed).
    """
    worker = worker_id()
    job = jobs.claim(job_id, worker)
    if job is None:
        return None
    workdir = scratch_dir(job_id)
    shutil.rmtree(workdir, ignore_errors=True)  # a dead attempt's leftovers
    workdir.mkdir(parents=True)
    run = JobRun(job, worker, workdir)
    stop = threading.Event()
    beat = threading.Thread(
        target=_heartbeat,
        args=(current_app._get_current_object(), job_id, worker, stop),
        name=f"job-{job_id}-heartbeat",
        daemon=True,
    )
    beat.start()
    try:
        try:
            result = handler(run) or {}
        except (JobCancelled, FFmpegCancelled, GenerationCancelled):
            db.session.rollback()
            _remove_outputs(run)
            status = jobs.finish_cancelled(job_id, worker)
            if status and on_failure:
                on_failure(run, "cancelled")
            return status
        except LeaseLost:
            db.session.rollback()
            current_app.logger.warning("Job %s was taken over by another worker", job_id)
            return None
        except Exception as exc:
            db.session.rollback()
            _remove_outputs(run)
            if not isinstance(exc, AppError):
                current_app.logger.exception("Job %s failed", job_id)
            reason, stderr = _reason(exc)
            status = jobs.finish_failed(job_id, worker, reason, stderr=stderr)
            if status and on_failure:
                on_failure(run, "failed")
            return status
        status = jobs.finish_completed(job_id, worker, result, run, on_success)
        if status is None:
            _remove_outputs(run)
            return None
        for follow_up in run.after_success:
            try:
                follow_up()
            except Exception:  # the job is done; a lost follow-up is swept up later
                current_app.logger.warning("After job %s", job_id, exc_info=True)
        return status
    finally:
        stop.set()
        beat.join(timeout=5)
        shutil.rmtree(workdir, ignore_errors=True)
