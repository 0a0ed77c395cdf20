"""Encode requests: the source (an upload, a URL or an S3 object), the output and
the encoding settings checked in one pass, single and bulk job creation, and how
a job is shown."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from flask import current_app

from t2m.db import ID_MESSAGE, is_id
from t2m.errors import AppError, BadRequest, NotFound
from t2m.extensions import db
from t2m.models import Collection, File, Job, User
from t2m.services import jobs
from t2m.services.library.files import display_name
from t2m.services.ownership import owns, visible
from t2m.storage import StorageError, validate_key

KIND = "transcode"
MAX_EXTERNAL_ID = 255
MAX_METADATA_BYTES = 16 * 1024
MAX_BULK = 100
ENCODERS = {"h264": "libx264", "h265": "libx265", "av1": "libsvtav1"}
CONTAINER_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "mkv": "video/x-matroska"}
SOURCE_FIELDS = ("file_id", "url", "s3")


class SourceUnavailable(AppError):
    code = "SOURCE_NOT_FOUND"
    status = 404
    message = "The source could not be found."


@dataclass
class EncodeRequest:
    """A validated encode request, as stored in the job's parameters."""

    source: dict
    spec: dict
    output: dict
    external_id: str | None
    metadata: dict | None
    estimate_seconds: float | None


# -- validation --------------------------------------------------------------------


def _s3_allowed() -> set[str]:
    raw = current_app.config.get("S3_INGEST_BUCKETS") or ""
    return {b.strip() for b in raw.split(",") if b.strip()}


def _s3_ref(value, field: str, errors: dict) -> dict | None:
    if not isinstance(value, dict) or set(value) - {"bucket", "key"}:
        errors.setdefault(field, []).append("Must be an object with 'bucket' and 'key'.")
        return None
    bucket, key = value.get("bucket"), value.get("key")
    if not isinstance(bucket, str) or not bucket or len(bucket) > 63:
        errors.setdefault(f"{field}.bucket", []).append("A bucket name is required.")
        return None
    if not isinstance(key, str) or not key or len(key) > 1024 or "\x00" in key:
        errors.setdefault(f"{field}.key", []).append(
            "An object key (1-1024 characters) is required."
        )
        return None
    try:
        validate_key(key)
    except (StorageError, ValueError) as exc:
        errors.setdefault(f"{field}.key", []).append(f"Not a usable object key: {exc}.")
        return None
    if bucket not in _s3_allowed():
        errors.setdefault(f"{field}.bucket", []).append(
            "This bucket is not one the server may read or write (T2M_S3_INGEST_BUCKETS)."
        )
        return None
    return {"bucket": bucket, "key": key}


def _check_source(user: User, raw, errors: dict) -> tuple[dict | None, dict | None]:
    """The source reference and, for an uploaded file, its probed metadata."""
    from t2m.net.fetch import check_url

    if not isinstance(raw, dict):
        errors.setdefault("source", []).append(
            "Must be an object with one of 'file_id', 'url' or 's3'."
        )
        return None, None
    given = [k for k in SOURCE_FIELDS if raw.get(k) is not None]
    unknown = set(raw) - set(SOURCE_FIELDS)
    if unknown:
        errors.setdefault("source", []).append(f"Unknown fields: {', '.join(sorted(unknown))}.")
        return None, None
    if len(given) != 1:
        errors.setdefault("source", []).append("Give exactly one of 'file_id', 'url' or 's3'.")
        return None, None
    kind = given[0]
    if kind == "file_id":
        file_id = raw["file_id"]
        if not is_id(file_id):
            errors.setdefault("source.file_id", []).append(ID_MESSAGE)
            return None, None
        file = visible(
            user, db.session.get(File, file_id), "File", {"source.file_id": ["no such file"]}
        )
        if file.file_type != "video":
            errors.setdefault("source.file_id", []).append(
                f"The file is {file.file_type}, not a video."
            )
            return None, None
        if file.status == "failed":
            errors.setdefault("source.file_id", []).append(
                f"The file could not be read: {file.error or 'processing failed'}."
            )
            return None, None
        return {"file_id": file.id}, dict(file.meta or {})
    if kind == "url":
        url = raw["url"]
        if not isinstance(url, str):
            errors.setdefault("source.url", []).append("Must be a URL.")
            return None, None
        try:
            check_url(url, allow=allow_list(), resolver=resolver())
        except BadRequest as exc:
            for msg in exc.details.get("url", [exc.message]):
                errors.setdefault("source.url", []).append(msg)
            return None, None
        return {"url": url}, None
    ref = _s3_ref(raw["s3"], "source.s3", errors)
    if ref is None:
        return None, None
    if not s3_store(ref["bucket"]).exists(ref["key"]):
        raise SourceUnavailable(
            f"There is no object {ref['key']!r} in bucket {ref['bucket']!r}.",
            details={"source.s3.key": ["no such object"]},
        )
    return {"s3": ref}, None


def allow_list():
    from t2m.net.addresses import parse_allow_list

    return parse_allow_list(current_app.config.get("URL_INGEST_ALLOW") or "")


def resolver():
    """A name resolver injected by tests (``URL_INGEST_RESOLVER``), else the system's."""
    return current_app.config.get("URL_INGEST_RESOLVER")


def s3_store(bucket: str):
    """The storage layer's S3 backend pointed at an ingest/output bucket."""
    from t2m.storage.s3 import S3Storage

    cfg = current_app.config
    return S3Storage(
        bucket,
        region=cfg.get("S3_REGION"),
        endpoint_url=cfg.get("S3_ENDPOINT_URL"),
        access_key_id=cfg.get("S3_ACCESS_KEY_ID"),
        secret_access_key=cfg.get("S3_SECRET_ACCESS_KEY"),
        multipart_mb=int(cfg.get("S3_MULTIPART_MB") or 16),
    )


def _check_output(user: User, raw, spec, errors: dict) -> dict:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        errors.setdefault("output", []).append("Must be an object.")
        return {}
    unknown = set(raw) - {"collection_id", "filename", "s3"}
    if unknown:
        errors.setdefault("output", []).append(f"Unknown fields: {', '.join(sorted(unknown))}.")
    out: dict = {}
    collection_id = raw.get("collection_id")
    if collection_id is not None:
        if not is_id(collection_id):
            errors.setdefault("output.collection_id", []).append(ID_MESSAGE)
        else:
            found = db.session.get(Collection, collection_id)
            if found is None or not owns(user, found.owner_id):
                raise NotFound(
                    "Collection not found.",
                    details={"output.collection_id": ["no such collection"]},
                )
            out["collection_id"] = collection_id
    filename = raw.get("filename")
    if filename is not None:
        if not isinstance(filename, str) or not filename.strip() or len(filename) > 255:
            errors.setdefault("output.filename", []).append("Must be 1-255 characters.")
        else:
            out["filename"] = display_name(filename)
    if raw.get("s3") is not None:
        ref = _s3_ref(raw["s3"], "output.s3", errors)
        if ref is not None:
            out["s3"] = ref
    return out


def _check_client_fields(raw: dict, errors: dict) -> tuple[str | None, dict | None]:
    external_id = raw.get("externalId")
    if external_id is not None and (
        not isinstance(external_id, str) or not 1 <= len(external_id) <= MAX_EXTERNAL_ID
    ):
        errors.setdefault("externalId", []).append(
            f"Must be a string of 1-{MAX_EXTERNAL_ID} characters."
        )
        external_id = None
    metadata = raw.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, dict):
            errors.setdefault("metadata", []).append("Must be a JSON object.")
            metadata = None
        elif len(json.dumps(metadata, separators=(",", ":")).encode()) > MAX_METADATA_BYTES:
            errors.setdefault("metadata", []).append(
                f"Must be at most {MAX_METADATA_BYTES // 1024} KB as JSON."
            )
            metadata = None
    return external_id, metadata


SPEC_FIELDS = ("codec", "resolution", "fps", "quality", "audio", "audio_bitrate", "container")
REQUEST_FIELDS = {"source", "output", "externalId", "metadata", "dryRun", *SPEC_FIELDS}


def _spec_input(raw: dict) -> dict:
    """The encode settings as the builders take them (``audio`` may be an object)."""
    spec = {k: raw[k] for k in SPEC_FIELDS if k in raw and raw[k] is not None}
    audio = raw.get("audio")
    if isinstance(audio, dict):
        spec.pop("audio", None)
        if "codec" in audio:
            spec["audio"] = audio["codec"]
        if "bitrate" in audio:
            spec["audio_bitrate"] = audio["bitrate"]
    return spec


def validate(user: User, raw) -> EncodeRequest:
    """Check an encode request completely; raise 400 naming every bad field (404
    for a source file or collection that is not the caller's)."""
    from t2m.media.encode import check_spec, estimate_seconds

    if not isinstance(raw, dict):
        raise BadRequest("The job must be a JSON object.", details={"body": ["expected an object"]})
    errors: dict[str, list[str]] = {}
    unknown = set(raw) - REQUEST_FIELDS
    if unknown:
        errors["body"] = [f"Unknown fields: {', '.join(sorted(unknown))}."]
    if "source" not in raw:
        errors.setdefault("source", []).append("A source is required.")
        source, meta = None, None
    else:
        source, meta = _check_source(user, raw["source"], errors)
    spec, spec_errors = check_spec(_spec_input(raw))
    for field, messages in spec_errors.items():
        errors.setdefault(field, []).extend(messages)
    if isinstance(raw.get("audio"), dict) and set(raw["audio"]) - {"codec", "bitrate"}:
        errors.setdefault("audio", []).append("Takes only 'codec' and 'bitrate'.")
    output = _check_output(user, raw.get("output"), spec, errors)
    external_id, metadata = _check_client_fields(raw, errors)
    if "dryRun" in raw and not isinstance(raw["dryRun"], bool):
        errors.setdefault("dryRun", []).append("Must be true or false.")
    if errors:
        raise BadRequest("The encode job is not valid.", details=errors)
    estimate = None
    if meta and meta.get("duration") and meta.get("width") and meta.get("height"):
        estimate = round(estimate_seconds(meta["duration"], meta["width"], meta["height"], spec), 1)
    return EncodeRequest(source, asdict(spec), output, external_id, metadata, estimate)


# -- creating jobs -----------------------------------------------------------------


def job_view(job: Job, estimate: float | None = None) -> dict:
    """The API's short form of an encode job (what POST /jobs answers)."""
    if estimate is None:
        estimate = (job.parameters or {}).get("estimate_seconds")
    return {
        "jobId": job.id,
        "externalId": job.external_id,
        "metadata": job.client_metadata,
        "status": job.status,
        "estimate": {"seconds": estimate},
    }


def _add(user: User, req: EncodeRequest) -> Job:
    return jobs.create(
        user.id,
        KIND,
        file_id=req.source.get("file_id"),
        parameters={
            "source": req.source,
            "spec": req.spec,
            "output": req.output,
            "estimate_seconds": req.estimate_seconds,
        },
        external_id=req.external_id,
        client_metadata=req.metadata,
    )


def create(user: User, raw) -> tuple[dict, bool]:
    """Validate and queue one encode job. Returns (the API view, created?); a dry run
    answers with the estimate and creates nothing."""
    req = validate(user, raw)
    if raw.get("dryRun"):
        return {
            "jobId": None,
            "externalId": req.external_id,
            "metadata": req.metadata,
            "status": "dry_run",
            "estimate": {"seconds": req.estimate_seconds},
        }, False
    job = _add(user, req)
    db.session.commit()
    jobs.enqueue(job)
    return job_view(job, req.estimate_seconds), True


def create_bulk(user: User, items, settings) -> tuple[dict, int]:
    """Validate every item on its own (one bad item does not sink the rest) and queue
    the good ones in one transaction. Returns (the summary, jobs created)."""
    if not isinstance(items, list) or not items:
        raise BadRequest("Give a non-empty list of jobs.", details={"jobs": ["empty or missing"]})
    if len(items) > MAX_BULK:
        raise BadRequest(
            f"At most {MAX_BULK} jobs per request.", details={"jobs": [f"{len(items)} given"]}
        )
    settings = settings if isinstance(settings, dict) else {}
    preview = bool(settings.get("dryRun")) or settings.get("confirm") is False
    results, created, total = [], [], 0.0
    for index, raw in enumerate(items):
        try:
            req = validate(user, raw)
        except AppError as exc:
            results.append(
                {
                    "index": index,
                    "jobId": None,
                    "externalId": raw.get("externalId") if isinstance(raw, dict) else None,
                    "status": "rejected",
                    "error": {"code": exc.code, "message": exc.message, "details": exc.details},
                }
            )
            continue
        total += req.estimate_seconds or 0.0
        if preview or (isinstance(raw, dict) and raw.get("dryRun")):
            results.append(
                {
                    "index": index,
                    "jobId": None,
                    "externalId": req.external_id,
                    "status": "dry_run",
                    "error": None,
                }
            )
            continue
        job = _add(user, req)
        created.append(job)
        results.append({"index": index, "job": job, "externalId": req.external_id})
    db.session.commit()
    for job in created:
        jobs.enqueue(job)
    out = []
    for item in results:
        if "job" in item:
            job = item.pop("job")
            item.update({"jobId": job.id, "status": job.status, "error": None})
        out.append(item)
    return {
        "totalJobs": len(created),
        "totalEstimatedSeconds": round(total, 1),
        "jobs": out,
    }, len(created)
