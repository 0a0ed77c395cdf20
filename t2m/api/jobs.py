"""Jobs: every kind of background work, and encode jobs (create, bulk, status).

Cancel really stops a running job (its ffmpeg is killed within a couple of
seconds); retry runs a failed job again from its original input; delete
removes a job with what it made.
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import url_for

from t2m.api import bp
from t2m.api.envelope import page_data
from t2m.api.job_schemas import (
    BulkIn,
    BulkOut,
    EncodeJobIn,
    EncodeJobOut,
    JobList,
    JobOut,
    JobQuery,
    JobStatusOut,
    LogList,
    LogQuery,
    StatusList,
    StatusQuery,
)
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.models import Job
from t2m.services import encoding, jobs
from t2m.services.delivery import signing

TAGS = ["jobs"]
READ = ("jobs:read",)
WRITE = ("jobs:write",)
DOWNLOAD_LINK_SECONDS = 3600


def _duration(job: Job) -> float | None:
    if job.started_at is None:
        return None
    end = job.completed_at or datetime.now(UTC)
    return round(max(0.0, (end - job.started_at).total_seconds()), 3)


def _result(job: Job) -> dict | None:
    if job.result is None:
        return None
    result = dict(job.result)
    result.pop("key", None)  # storage keys are the server's business
    result.pop("sha256", None)
    file_id = job.output_file_id or (job.file_id if job.kind == "process" else None)
    if file_id is not None:
        result["file_id"] = file_id
        result["thumbnail_url"] = url_for("api.file_thumbnail", file_id=file_id)
    return result


def job_out(job: Job) -> dict:
    """The API shape of a job (DESIGN §4)."""
    return {
        "id": job.id,
        "type": job.kind,
        "status": job.status,
        "progress": round(job.progress or 0.0, 1),
        "external_id": job.external_id,
        "metadata": job.client_metadata,
        "parameters": job.parameters or {},
        "result": _result(job),
        "error": job.error,
        "attempts": job.attempts,
        "cancel_requested": job.cancel_requested,
        "file_id": job.file_id,
        "output_file_id": job.output_file_id,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "completed_at": job.completed_at,
        "duration": _duration(job),
    }


def _download_url(job: Job) -> str | None:
    if job.status != "completed" or job.output_file_id is None:
        return None
    return signing.download_link(
        current_principal().user,
        job.output_file_id,
        job.owner_id,
        expires_in=DOWNLOAD_LINK_SECONDS,
    )


def status_out(job: Job) -> dict:
    """The encode-job status shape (``GET /jobs/{id}/status``)."""
    params = job.parameters or {}
    spec = params.get("spec") or {}
    result = job.result or {}
    output = None
    if job.output_file_id is not None or params.get("output"):
        output = {
            "file_id": job.output_file_id,
            "file_size": result.get("file_size"),
            "container": spec.get("container"),
            **(params.get("output") or {}),
        }
    return {
        "id": job.id,
        "externalId": job.external_id,
        "metadata": job.client_metadata,
        "status": job.status,
        "ingest": params.get("source") or ({"file_id": job.file_id} if job.file_id else None),
        "output": output,
        "downloadUrl": _download_url(job),
        "encoder": result.get("encoder") or encoding.ENCODERS.get(spec.get("codec")),
        "pct": round(job.progress or 0.0, 1),
        "createdAt": job.created_at,
        "startedAt": job.started_at,
        "finishedAt": job.completed_at,
        "failureMessage": job.error,
    }


@endpoint(
    bp,
    "/jobs",
    summary="List your jobs",
    tags=TAGS,
    scopes=READ,
    query=JobQuery,
    response=JobList,
)
def list_jobs(query: JobQuery):
    """Newest first; filter by `type`, `status` and `externalId`."""
    page = jobs.list_jobs(
        current_principal().user,
        jobs.JobFilter(kind=query.type, status=query.status, external_id=query.externalId),
        query.page,
        query.items_per_page,
    )
    data = page_data(page)
    data["items"] = [job_out(j) for j in page.items]
    return data


@endpoint(
    bp,
    "/jobs",
    "POST",
    summary="Create an encode job",
    tags=TAGS,
    scopes=WRITE,
    body=EncodeJobIn,
    response=EncodeJobOut,
    status=201,
    errors=(400, 404, 409),
    idempotent=True,
)
def create_job(body: EncodeJobIn):
    """Encode a video (an upload, a URL or an S3 object) with h264, h265 or av1.
    Invalid combinations are 400 `VALIDATION_ERROR` naming the field; a URL on a
    private address is 400 `PRIVATE_IP_BLOCKED`. `dryRun` answers 200 with the
    estimate and creates nothing."""
    data, created = encoding.create(current_principal().user, body.model_dump(exclude_unset=True))
    if not created:
        return Reply(data, "Dry run: nothing was created.", status=200)
    return Reply(data, "The job was queued.", status=201)


@endpoint(
    bp,
    "/jobs/bulk",
    "POST",
    summary="Create up to 100 encode jobs",
    tags=TAGS,
    scopes=WRITE,
    body=BulkIn,
    response=BulkOut,
    status=201,
    errors=(400, 409),
    idempotent=True,
)
def create_jobs_bulk(body: BulkIn):
    """Each job is validated on its own: one bad job is reported with its error and
    does not stop the others. 201 when at least one job was created, else 200."""
    settings = body.settings.model_dump(exclude_unset=True) if body.settings else {}
    data, created = encoding.create_bulk(current_principal().user, body.jobs, settings)
    return Reply(data, f"{created} job(s) queued.", status=201 if created else 200)


@endpoint(
    bp,
    "/jobs/status",
    summary="The status of several jobs at once",
    tags=TAGS,
    scopes=READ,
    query=StatusQuery,
    response=StatusList,
)
def jobs_status(query: StatusQuery):
    """`ids` is a comma-separated list (at most 100, each an id: else 422); unknown
    or other users' ids are listed under `missing`."""
    ids = list(dict.fromkeys(query.ids))  # each once, in the order asked
    found = jobs.jobs_by_ids(current_principal().user, ids)
    return {
        "jobs": [status_out(found[i]) for i in ids if i in found],
        "missing": [i for i in ids if i not in found],
    }


@endpoint(
    bp,
    "/jobs/<id:job_id>",
    summary="A job",
    tags=TAGS,
    scopes=READ,
    response=JobOut,
    errors=(404,),
)
def get_job(job_id: int):
    """Type, status, progress, timestamps, parameters, result and error."""
    return job_out(jobs.get_job(current_principal().user, job_id))


@endpoint(
    bp,
    "/jobs/<id:job_id>/status",
    summary="An encode job's status",
    tags=TAGS,
    scopes=READ,
    response=JobStatusOut,
    errors=(404,),
)
def job_status(job_id: int):
    """With a signed `downloadUrl` once the output exists."""
    return status_out(jobs.get_job(current_principal().user, job_id))


@endpoint(
    bp,
    "/jobs/<id:job_id>/logs",
    summary="A job's log",
    tags=TAGS,
    scopes=READ,
    query=LogQuery,
    response=LogList,
    errors=(404,),
)
def job_logs(job_id: int, query: LogQuery):
    """Oldest first; `level` keeps that level and above."""
    rows, total = jobs.logs(
        current_principal().user,
        job_id,
        limit=query.limit,
        offset=query.offset,
        level=query.level,
    )
    return {
        "logs": [
            {
                "id": r.id,
                "timestamp": r.created_at,
                "level": r.level,
                "message": r.message,
                "details": r.details,
            }
            for r in rows
        ],
        "total_logs": total,
        "has_more": query.offset + len(rows) < total,
    }


@endpoint(
    bp,
    "/jobs/<id:job_id>/cancel",
    "POST",
    summary="Cancel a job",
    tags=TAGS,
    scopes=WRITE,
    response=JobOut,
    errors=(404, 409),
)
def cancel_job(job_id: int):
    """A queued job never starts; a running one is stopped (ffmpeg killed, partial
    outputs removed) and the answer waits up to 3 s for that. A finished job is
    409 `JOB_FINISHED`."""
    job = jobs.cancel(current_principal().user, job_id)
    if job.status == "cancelled":
        return Reply(job_out(job), "The job was cancelled.")
    return Reply(job_out(job), "Cancellation requested; the job is stopping.")


@endpoint(
    bp,
    "/jobs/<id:job_id>/retry",
    "POST",
    summary="Retry a failed or cancelled job",
    tags=TAGS,
    scopes=WRITE,
    response=JobOut,
    errors=(404, 409),
)
def retry_job(job_id: int):
    """Runs the job again from its original input (409 unless failed or cancelled)."""
    job = jobs.retry(current_principal().user, job_id)
    return Reply(job_out(job), "The job was queued again.")


@endpoint(
    bp,
    "/jobs/<id:job_id>",
    "DELETE",
    summary="Delete a job and its outputs",
    tags=TAGS,
    scopes=WRITE,
    errors=(404, 409),
)
def delete_job(job_id: int):
    """A running job is cancelled first; its output file is deleted too."""
    jobs.delete(current_principal().user, job_id)
    return Reply(None, "The job was deleted.")
