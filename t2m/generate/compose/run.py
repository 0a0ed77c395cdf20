"""Running a composition: segments encoded in worker threads (reused from a
:class:`SegmentCache` when their content key matches), then the mux."""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from t2m.generate.compose.args import (
    _segment_ass,
    audio_args,
    audio_key,
    mux_args,
    segment_args,
    segment_key,
)
from t2m.generate.compose.timeline import (
    MEMORY_PER_CLIP,
    MEMORY_PER_SCENE,
    MUX_SHARE,
    WORKERS,
    ComposeSpec,
    Composition,
    SceneInput,
    plan,
    total_duration,
)
from t2m.generate.errors import GenerationCancelled, GenerationError
from t2m.media import ffmpeg


class SegmentCache(Protocol):
    """Where encoded segments are kept between renders, by content key."""

    def fetch(self, key: str, dest: Path) -> bool:
        """Put the segment ``key`` at ``dest`` and return True, or False if unknown."""

    def store(self, key: str, path: Path) -> None:
        """Keep the segment at ``path`` under ``key``."""


class FolderCache:
    """A :class:`SegmentCache` in a local folder (``<key>.mp4``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def fetch(self, key: str, dest: Path) -> bool:
        src = self.folder / f"{key}.mp4"
        if not src.is_file():
            return False
        shutil.copyfile(src, dest)
        return True

    def store(self, key: str, path: Path) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        part = self.folder / f"{key}.mp4.part"
        shutil.copyfile(path, part)
        os.replace(part, self.folder / f"{key}.mp4")


def compose(
    scenes: Sequence[SceneInput],
    spec: ComposeSpec,
    out_path: Path,
    *,
    cache: SegmentCache | None = None,
    workers: int = WORKERS,
    should_cancel: Callable[[], bool] | None = None,
    on_progress: ffmpeg.ProgressCallback | None = None,
    timeout: float = 600,
) -> Composition:
    """Render the video to ``out_path``.

    Segments found in ``cache`` are reused; the others are encoded
    ``workers`` at a time and stored there.  ``should_cancel`` and
    ``on_progress`` are called in the caller's thread, and cache calls too.
    Works in a temporary folder next to ``out_path`` and writes a ``.part``
    file renamed when complete, so a cancelled or failed run leaves nothing
    behind.  Raises :class:`GenerationCancelled` or :class:`GenerationError`
    (``stage="compose"``).
    """
    out_path = Path(out_path)
    segments = plan(scenes, spec)
    total = total_duration(scenes, spec)
    part = out_path.with_name(out_path.name + ".part")
    work = Path(tempfile.mkdtemp(prefix=".compose-", dir=out_path.parent))
    try:
        jobs = []
        for seg in segments:
            ass = _segment_ass(seg, spec)
            path = work / f"segment-{seg.index:04d}.mp4"
            ass_path = None
            if ass:
                ass_path = path.with_suffix(".ass")
                ass_path.write_text(ass, encoding="utf-8")
            memory = (
                ffmpeg.DEFAULT_MEMORY
                + len(seg.stills) * MEMORY_PER_SCENE
                + sum(clip is not None for clip in seg.clips) * MEMORY_PER_CLIP
            )
            args = segment_args(seg, spec, path, ass_path)
            jobs.append(_Job(segment_key(seg, spec, ass), path, args, seg.frames, memory))
        track = work / "audio.mp4"
        args = audio_args(scenes, spec, track)
        sound = _Job(audio_key(scenes, spec), track, args, 0, ffmpeg.DEFAULT_MEMORY)
        todo = [j for j in [*jobs, sound] if cache is None or not cache.fetch(j.key, j.path)]
        share = (1 - MUX_SHARE) if on_progress else 0
        progress = _Progress(sum(s.frames for s in segments), spec.fps, on_progress, share)
        progress.done.update({id(j): j.frames for j in jobs if j not in todo})
        _encode(todo, spec, cache, workers, should_cancel, progress, timeout)
        listing = work / "segments.ffconcat"
        lines = ["ffconcat version 1.0", *(f"file {j.path.name}" for j in jobs)]
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")

        def muxed(seconds: float, fraction: float | None) -> None:
            if on_progress is not None and fraction is not None:
                on_progress(seconds, 1 - MUX_SHARE + MUX_SHARE * fraction)

        _run(
            mux_args(listing, sound.path, total, spec, part),
            timeout=timeout,
            duration=total,
            on_progress=muxed,
            should_cancel=should_cancel,
        )
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    os.replace(part, out_path)
    encoded = sum(j in todo for j in jobs)
    return Composition(out_path, len(jobs), encoded, [j.key for j in [*jobs, sound]])


@dataclass(eq=False)
class _Job:
    """One ffmpeg run of the composition: a video segment (``frames`` of
    video) or the sound track (``frames == 0``), kept in the cache as ``key``."""

    key: str
    path: Path
    args: list[str]
    frames: int
    memory: int


class _Progress:
    """Frames encoded per segment (written by worker threads), reported as
    one fraction of the whole in the caller's thread."""

    def __init__(self, total: int, fps: int, report, share: float) -> None:
        self.total, self.fps, self.report, self.share = max(total, 1), fps, report, share
        self.done: dict[int, int] = {}

    def tell(self) -> None:
        if self.report is not None:
            frames = sum(self.done.values())
            self.report(frames / self.fps, self.share * min(frames / self.total, 1.0))


def _encode(todo, spec, cache, workers, should_cancel, progress: _Progress, timeout) -> None:
    """Run the jobs of ``todo`` in ``workers`` threads, each one ffmpeg: the
    sound track first (a minute of it takes as long as a few seconds of video),
    then the segments, the longest first, so that no worker is left with a long
    one at the end."""
    stop = threading.Event()

    def encode(job: _Job) -> None:
        def moved(seconds: float, _fraction: float | None) -> None:
            if job.frames:
                progress.done[id(job)] = min(job.frames, round(seconds * spec.fps))

        _run(
            job.args,
            timeout=timeout,
            duration=max(job.frames / spec.fps, 0.1),
            on_progress=moved,
            should_cancel=stop.is_set,
            memory_bytes=job.memory,
        )
        progress.done[id(job)] = job.frames

    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="compose") as pool:
        ordered = sorted(todo, key=lambda j: j.frames or math.inf, reverse=True)
        pending = {pool.submit(encode, job): job for job in ordered}
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if should_cancel is not None and should_cancel():
                    raise GenerationCancelled("composition cancelled")
                for future in finished:
                    job = pending.pop(future)
                    future.result()
                    if cache is not None:
                        cache.store(job.key, job.path)
                progress.tell()
        except BaseException:
            stop.set()
            for future in pending:
                future.cancel()
            raise


def _run(args: list[str], **kwargs) -> None:
    kwargs.setdefault("memory_bytes", ffmpeg.DEFAULT_MEMORY)
    try:
        ffmpeg.run(args, **kwargs)
    except ffmpeg.FFmpegCancelled as exc:
        raise GenerationCancelled("composition cancelled") from exc
    except ffmpeg.FFmpegError as exc:
        raise GenerationError(
            "could not compose the video", stage="compose", detail=exc.stderr_tail
        ) from exc
