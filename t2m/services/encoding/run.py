"""Running an encode job: fetch or open the source, check it is a video, encode
it with ffmpeg (progress and cancel through the job runner) and record the
output as a new library file."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from flask import current_app

from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File, Job
from t2m.services.encoding.request import (
    CONTAINER_TYPES,
    ENCODERS,
    KIND,
    SourceUnavailable,
    allow_list,
    resolver,
    s3_store,
)
from t2m.services.jobs import runner
from t2m.services.jobs.kinds import DeletedJob, JobKind
from t2m.services.jobs.runner import ffmpeg_threads
from t2m.services.library import files
from t2m.services.library.files import UnsupportedMedia, display_name
from t2m.services.processing import outputs
from t2m.storage import ObjectMissing, storage


@contextlib.contextmanager
def _source(run, params: dict) -> Iterator[Path]:
    """A local path to the source, wherever it lives; downloads go to the scratch folder."""
    from t2m.net.fetch import fetch

    source = params["source"]
    if "file_id" in source:
        file = db.session.get(File, source["file_id"])
        if file is None:
            raise SourceUnavailable("The source file was deleted.")
        with storage().local_path(file.blob.storage_key) as path:
            yield path
        return
    dest = run.workdir / "source"
    if "url" in source:
        run.log("Downloading the source", step="ingest", url=source["url"])
        limit = int(current_app.config["MAX_UPLOAD_MB"]) * 1024 * 1024

        def progress(done: int, total: int | None) -> None:
            if total:
                run.progress(10 * done / total)

        result = fetch(
            source["url"],
            dest,
            max_bytes=limit,
            allow=allow_list(),
            resolver=resolver(),
            timeout=float(current_app.config["URL_INGEST_TIMEOUT"]),
            should_cancel=run.should_cancel,
            on_progress=progress,
        )
        run.log(
            f"Downloaded {result.size} bytes",
            step="ingest",
            size=result.size,
            final_url=result.final_url,
        )
    else:
        ref = source["s3"]
        run.log("Copying the source from S3", step="ingest", bucket=ref["bucket"], key=ref["key"])
        try:
            with s3_store(ref["bucket"]).local_path(ref["key"]) as path:
                shutil.move(path, dest)
        except ObjectMissing:
            raise SourceUnavailable(
                f"There is no object {ref['key']!r} in bucket {ref['bucket']!r} any more."
            ) from None
    run.check_cancel()
    yield dest


def _sniff_and_probe(path: Path) -> dict:
    """What the source is; anything but a video is refused with UNSUPPORTED_MEDIA."""
    from t2m.media.probe import probe
    from t2m.media.sniff import sniff

    found = sniff(path)
    if found.kind != "video":
        reason = found.reason or (f"it is {found.kind} content" if found.kind else "unknown type")
        raise UnsupportedMedia(f"The source is not a video: {reason}.")
    # Sniffing a media file already ran ffprobe on it: use that answer.
    meta = dict(found.info) if found.info else None
    if meta is None:
        meta = probe(path, fmt=found.demuxer, timeout=current_app.config["PROBE_TIMEOUT"])
    if not meta.get("has_video"):
        raise UnsupportedMedia("The source has no video stream.")
    meta["demuxer"] = found.demuxer
    return meta


def _encode(run) -> dict:
    from t2m.media.encode import EncodeSpec, encode_args

    job = run.job
    params = job.parameters
    spec = EncodeSpec(**params["spec"])
    with _source(run, params) as src:
        meta = _sniff_and_probe(src)
        run.log("Probed the source", step="probe", metadata=meta)
        run.progress(10, force=True)
        out = run.workdir / f"output.{spec.container}"
        run.log(
            f"Encoding with {ENCODERS[spec.codec]}",
            step="encode",
            codec=spec.codec,
            resolution=spec.resolution,
            container=spec.container,
        )
        run.ffmpeg(
            encode_args(
                src,
                out,
                spec,
                demuxer=meta.get("demuxer"),
                width=meta["width"],
                height=meta["height"],
                has_audio=bool(meta.get("has_audio")),
                threads=ffmpeg_threads(),
                rotation=meta.get("rotation") or 0,
            ),
            duration=meta.get("duration"),
            span=(10.0, 95.0),
        )
    size = out.stat().st_size
    sha = outputs.file_sha256(out)
    content_type = CONTAINER_TYPES[spec.container]
    key = f"outputs/{job.owner_id}/{job.id}.{spec.container}"
    run.save_output(key, out, content_type)
    run.log("Stored the output", step="output", size=size)
    output = params.get("output") or {}
    s3 = output.get("s3")
    if s3:
        run.log("Copying the output to S3", step="output", bucket=s3["bucket"], key=s3["key"])
        s3_store(s3["bucket"]).save_file(s3["key"], out, content_type=content_type)
    run.progress(99, force=True)
    return {
        "key": key,
        "file_size": size,
        "sha256": sha,
        "content_type": content_type,
        "encoder": ENCODERS[spec.codec],
        "source_duration": meta.get("duration"),
        "s3": s3,
    }


CODEC_LABELS = {"h264": "H.264", "h265": "H.265", "av1": "AV1"}


def _default_name(job: Job, container: str) -> str:
    """``clip (H.265 480p).mp4`` for an encode of ``clip.mp4``: never the
    source's own name, which would make two files look the same."""
    source = job.parameters["source"]
    spec = job.parameters["spec"]
    base = f"encode-{job.id}"
    if "file_id" in source and job.file_id:
        src = db.session.get(File, job.file_id)
        if src is not None:
            base = Path(src.original_filename).stem or base
    elif "url" in source:
        base = Path(source["url"].split("?")[0].rstrip("/")).stem or base
    elif "s3" in source:
        base = Path(source["s3"]["key"]).stem or base
    label = CODEC_LABELS.get(spec.get("codec"), str(spec.get("codec", "")).upper())
    if spec.get("resolution") not in (None, "source"):
        label = f"{label} {spec['resolution']}"
    return display_name(f"{base} ({label}).{container}")


def _record_output(run, result: dict) -> None:
    """Inside the completing transaction: the output's blob, file and process job."""
    job = db.session.get(Job, run.job_id)
    params = job.parameters
    container = params["spec"]["container"]
    output = params.get("output") or {}
    file = outputs.add_output_file(
        run,
        job.owner_id,
        result,
        filename=output.get("filename") or _default_name(job, container),
        description=f"Encoded by job {job.id}",
        meta={"demuxer": "matroska" if container in ("webm", "mkv") else "mov"},
        ladder=False,
    )
    if output.get("collection_id") and db.session.get(Collection, output["collection_id"]):
        db.session.add(CollectionItem(collection_id=output["collection_id"], file_id=file.id))
    run.output_file_id = file.id
    result["file_id"] = file.id


def run_encode_job(job_id: int) -> str | None:
    """Run an encode job (the worker's entry point)."""
    return runner.execute(job_id, _encode, on_success=_record_output)


def _after_delete(gone: DeletedJob) -> None:
    """A deleted encode job takes its output file with it."""
    files.delete_if_present(gone.owner, gone.output_file_id)


JOB_KINDS = (JobKind(KIND, "Encode", run_encode_job, after_delete=_after_delete),)
