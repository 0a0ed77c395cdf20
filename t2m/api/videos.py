"""Videos made from text (DESIGN §6): generation jobs and their output.

A generation is an ordinary ``video_generation`` job (``/jobs`` lists, logs,
cancels and deletes it); its id is the video's id here. The rendered MP4 is
a file in the owner's library, so downloads, streams and thumbnails are the
files API's own code. The story API (``/video``, ``/video/tasks``,
``/images``; :mod:`t2m.api.stories`) is the same service seen as tasks and
scene images, and shares this module's lookups.
"""

from __future__ import annotations

from flask import url_for

from t2m.api import bp
from t2m.api.file_schemas import (
    DownloadQuery,
    StreamQuery,
    ThumbnailQuery,
)
from t2m.api.spec import Reply, endpoint
from t2m.api.video_schemas import (
    GenerateIn,
    SubtitlesQuery,
    VideoJobOut,
    VideoMetadataOut,
    VideoStatusOut,
)
from t2m.auth import current_principal
from t2m.generate import pipeline
from t2m.models import Generation, Job
from t2m.services import generation
from t2m.services.delivery import media_access
from t2m.services.library import files as library

TAGS = ["videos"]
GENERATE = ("videos:generate",)
JOBS_READ = ("jobs:read",)
FILES_READ = ("files:read",)
RETRY_AFTER = generation.RETRY_AFTER


def caller():
    """The user the request is authenticated as."""
    return current_principal().user


# ---- shapes -------------------------------------------------------------------------


def _links(job_id: int) -> dict:
    return {
        "status": url_for("api.video_status", job_id=job_id),
        "download": url_for("api.video_download", job_id=job_id),
        "stream": url_for("api.video_stream", job_id=job_id),
        "thumbnail": url_for("api.video_thumbnail", job_id=job_id),
        "metadata": url_for("api.video_metadata", job_id=job_id),
        "subtitles": url_for("api.video_subtitles", job_id=job_id),
        "task": url_for("api.video_task", task_id=job_id),
        "job": url_for("api.get_job", job_id=job_id),
        "logs": url_for("api.job_logs", job_id=job_id),
    }


def progress(job: Job) -> float:
    return round(job.progress or 0.0, 1)


def job_out(job: Job, gen: Generation) -> dict:
    """A generation job as ``POST /videos/generate`` answers it."""
    return {
        "id": job.id,
        "type": job.kind,
        "status": job.status,
        "progress": progress(job),
        "stage": gen.stage,
        "error": job.error,
        "created_at": job.created_at,
        "links": _links(job.id),
    }


def status_out(job: Job, gen: Generation) -> dict:
    """Where a generation stands (``GET /videos/{id}/status``)."""
    scenes = gen.scenes
    active = generation.active_job(gen)
    return {
        "job_id": job.id,
        "status": job.status,
        "progress": progress(job),
        "stage": gen.stage,
        "error": job.error,
        "title": gen.title,
        "scenes_total": len(scenes),
        "scenes_ready": sum(1 for s in scenes if s.status == "completed"),
        "video_file_id": gen.video_file_id,
        "active_job_id": active.id if active is not None and active.id != job.id else None,
        "created_at": job.created_at,
        "updated_at": max(gen.updated_at, job.completed_at or job.created_at),
    }


# ---- lookups ------------------------------------------------------------------------


def owned_generation(job_id: int) -> tuple[Job, Generation]:
    """The caller's generation and its job (404 for anyone else's)."""
    return generation.with_job(caller(), job_id)


def _video_file_id(job_id: int) -> int:
    """The id of the rendered MP4 of the caller's generation, or 409."""
    return generation.rendered(caller(), job_id)[1].video_file_id


# ---- the videos API -----------------------------------------------------------------


@endpoint(
    bp,
    "/videos/generate",
    "POST",
    summary="Generate a video from text or a story topic",
    tags=TAGS,
    scopes=GENERATE,
    body=GenerateIn,
    response=VideoJobOut,
    status=202,
    errors=(404,),
    idempotent=True,
)
def video_generate(body: GenerateIn):
    """Queues a `video_generation` job: script → one picture per scene → narration →
    subtitles → one MP4. Every invalid field is named in one 422 `VALIDATION_ERROR`
    with the values it allows; a `music_file_id` or `scene_file_ids` entry that is
    not one of your files is named as not found. Poll `links.status`."""
    user = caller()
    job = generation.create(user, body.model_dump(exclude_unset=True))
    gen = generation.get_generation(user, job.id)
    return Reply(job_out(job, gen), "The video is being generated.")


@endpoint(
    bp,
    "/videos/<id:job_id>/status",
    summary="A video generation's status",
    tags=TAGS,
    scopes=JOBS_READ,
    response=VideoStatusOut,
)
def video_status(job_id: int):
    """Status and progress of the job, its stage, how many scenes are done, the
    rendered file and a scene regeneration working on it now (`active_job_id`)."""
    return status_out(*owned_generation(job_id))


NOT_READY_TEXT = (
    " While the video is not rendered (or its job failed or was cancelled) the answer is "
    "409 `VIDEO_NOT_READY` saying why, with `Retry-After` while it is being made."
)


@endpoint(
    bp,
    "/videos/<id:job_id>/download",
    summary="Download the generated video (MP4)",
    tags=TAGS,
    scopes=FILES_READ,
    query=DownloadQuery,
    binary=True,
    errors=(409,),
    description="As `GET /files/{id}/download` for the rendered file: Range, ETag, "
    "`inline=true` to show it in the browser." + NOT_READY_TEXT,
)
def video_download(job_id: int, query: DownloadQuery):
    return media_access.download(caller(), _video_file_id(job_id), inline=query.inline)


@endpoint(
    bp,
    "/videos/<id:job_id>/stream",
    summary="Stream the generated video",
    tags=TAGS,
    scopes=FILES_READ,
    query=StreamQuery,
    binary=True,
    errors=(409, 422),
    description="As `GET /files/{id}/stream` for the rendered file: `quality=original` "
    "(default, Range), a rendition such as `720p`, or `auto` (the HLS master playlist, "
    "409 `RENDITIONS_NOT_READY` while it is being made)." + NOT_READY_TEXT,
)
def video_stream(job_id: int, query: StreamQuery):
    return media_access.stream(caller(), _video_file_id(job_id), quality=query.quality)


@endpoint(
    bp,
    "/videos/<id:job_id>/thumbnail",
    summary="The generated video's thumbnail",
    tags=TAGS,
    scopes=FILES_READ,
    query=ThumbnailQuery,
    binary=True,
    errors=(409,),
    description="As `GET /files/{id}/thumbnail` for the rendered file (`size=small|medium|"
    "large`; a placeholder until it is made)." + NOT_READY_TEXT,
)
def video_thumbnail(job_id: int, query: ThumbnailQuery):
    return media_access.thumbnail(caller(), _video_file_id(job_id), size=query.size)


_TECHNICAL = (
    "duration",
    "bitrate",
    "has_video",
    "has_audio",
    "width",
    "height",
    "fps",
    "video_codec",
    "video_profile",
    "video_bitrate",
    "pix_fmt",
    "audio_codec",
    "audio_profile",
    "audio_bitrate",
    "sample_rate",
    "channels",
)


def _generation_info(job: Job, gen: Generation) -> dict:
    req = pipeline.Request(**(job.parameters or {})["request"])
    return {
        "prompt": req.prompt,
        "story_topic": req.story_topic,
        "title": gen.title,
        "description": gen.description,
        "art_style": req.art_style,
        "quality": req.quality,
        "aspect_ratio": req.aspect_ratio,
        "language": req.language,
        "voice_name": req.voice_name,
        "seed": req.seed,
        "requested_duration": req.duration,
        "narration": req.narration,
        "subtitles": req.subtitles,
        "music": req.music,
        "engines": dict(gen.engines or {}),
        "scenes": len(gen.scenes),
        "renders": gen.renders,
        "created_at": job.created_at,
        "updated_at": gen.updated_at,
    }


@endpoint(
    bp,
    "/videos/<id:job_id>/metadata",
    summary="The generated video's technical data and how it was made",
    tags=TAGS,
    scopes=FILES_READ,
    response=VideoMetadataOut,
    errors=(409,),
    description="Duration, size, resolution, frame rate, codecs, bit rate, sample rate "
    "and channels of the rendered MP4 (probed before the generation job completes), and "
    "under `generation` what was asked and which engine made each stage." + NOT_READY_TEXT,
)
def video_metadata(job_id: int):
    job, gen = generation.rendered(caller(), job_id)
    file = library.get_file(caller(), gen.video_file_id)
    meta = file.meta or {}
    return {
        "file_id": file.id,
        "content_type": file.content_type,
        "size": file.size,
        "format": meta.get("format_name"),
        **{name: meta.get(name) for name in _TECHNICAL},
        "probed": "format_name" in meta,
        "generation": _generation_info(job, gen),
    }


@endpoint(
    bp,
    "/videos/<id:job_id>/subtitles",
    summary="The generated video's subtitles (WebVTT or SRT)",
    tags=TAGS,
    scopes=FILES_READ,
    query=SubtitlesQuery,
    binary=True,
    errors=(409,),
    description="`format=vtt` (default; `text/vtt`) or `srt` (`application/x-subrip`), "
    "UTF-8, timed from the measured narration; any other format is 422 naming `format`."
    + NOT_READY_TEXT,
)
def video_subtitles(job_id: int, query: SubtitlesQuery):
    _job, gen = generation.rendered(caller(), job_id, part="subtitles")
    return generation.media.subtitles(gen, query.format)
