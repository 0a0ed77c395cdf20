"""The story API (DESIGN §6): story videos as tasks, and their scene images.

``POST /video`` makes a story video; the task is the same ``video_generation``
job the videos API (:mod:`t2m.api.videos`) reports on, seen here as a written
story and one image per scene. ``POST /images/{id}`` regenerates one scene as
an ``image_regeneration`` task and renders the video again.
"""

from __future__ import annotations

from flask import url_for

from t2m.api import bp
from t2m.api.spec import Reply, endpoint
from t2m.api.video_schemas import (
    ImageFileQuery,
    ImagesTaskOut,
    RegenerateIn,
    RegenerateOut,
    StoryIn,
    TaskOut,
    VideoTaskOut,
)
from t2m.api.videos import (
    FILES_READ,
    GENERATE,
    JOBS_READ,
    caller,
    owned_generation,
    progress,
)
from t2m.errors import NotFound
from t2m.models import Generation, Job, Scene
from t2m.services import generation, jobs

TAGS = ["story"]


# ---- shapes -------------------------------------------------------------------------


def image_urls(scene: Scene) -> list[str]:
    """Where the scene's picture is served (a new URL for each version)."""
    if not scene.image_key:
        return []
    return [url_for("api.image_file", image_id=scene.id, v=scene.version)]


def image_out(scene: Scene) -> dict:
    """A scene as an image of the story API."""
    return {
        "id": scene.id,
        "index": scene.index,
        "status": scene.status,
        "version": scene.version,
        "urls": image_urls(scene),
        "text": scene.text,
        "subtitles": scene.subtitle,
        "created_at": scene.created_at,
        "updated_at": scene.updated_at,
    }


def _video_url(gen: Generation) -> str | None:
    if gen.video_file_id is None:
        return None
    return url_for("api.video_download", job_id=gen.job_id)


def task_out(job: Job, gen: Generation) -> dict:
    """A generation as a story task (``GET /video/tasks/{id}``)."""
    return {
        "task_id": job.id,
        "status": job.status,
        "progress": progress(job),
        "url": _video_url(gen),
        "story_title": gen.title,
        "story_description": gen.description,
        "story_text": gen.story_text,
        "error_message": job.error,
        "images": [image_out(s) for s in gen.scenes],
        "created_at": job.created_at,
        "updated_at": max(gen.updated_at, job.completed_at or job.created_at),
    }


# ---- lookups ------------------------------------------------------------------------


def _task(task_id: int) -> tuple[Job, list[Scene], int | None]:
    """A story task: a generation job (all its scenes) or an image regeneration
    (its scene, while it exists). Other jobs are not tasks (404)."""
    user = caller()
    job = jobs.get_job(user, task_id)
    if job.kind == generation.KIND:
        return job, list(generation.get_generation(user, job.id).scenes), job.id
    if job.kind == generation.REGENERATE:
        params = job.parameters or {}
        try:
            scenes = [generation.get_scene(user, params.get("scene_id"))]
        except NotFound:  # the video was deleted since
            scenes = []
        return job, scenes, params.get("generation_id")
    raise NotFound("Task not found.")


# ---- endpoints ----------------------------------------------------------------------


@endpoint(
    bp,
    "/video",
    "POST",
    summary="Make a story video",
    tags=TAGS,
    scopes=GENERATE,
    body=StoryIn,
    response=TaskOut,
    status=202,
    idempotent=True,
)
def create_story_video(body: StoryIn):
    """A story on `story_topic` (required; `custom` with a `prompt`), drawn in
    `art_style` and narrated in `language` by `voice_name`. The task is an ordinary
    `video_generation` job; follow it with `GET /video/tasks/{task_id}`. Invalid
    fields are one 422 `VALIDATION_ERROR` listing the values each allows."""
    job = generation.create_story(caller(), body.model_dump(exclude_unset=True))
    return Reply({"task_id": job.id, "status": job.status}, "The story video is being made.")


@endpoint(
    bp,
    "/video/tasks/<id:task_id>",
    summary="A story video task",
    tags=TAGS,
    scopes=JOBS_READ,
    response=VideoTaskOut,
)
def video_task(task_id: int):
    """Status, the written story, each scene's image and the video's `url` once
    it is rendered."""
    return task_out(*owned_generation(task_id))


@endpoint(
    bp,
    "/images/tasks/<id:task_id>",
    summary="The images of a task",
    tags=TAGS,
    scopes=JOBS_READ,
    response=ImagesTaskOut,
)
def images_task(task_id: int):
    """For a video task, every scene's image; for an image regeneration task (from
    `POST /images/{image_id}`), its status and the regenerated image."""
    job, scenes, video_id = _task(task_id)
    updated = max([job.completed_at or job.created_at] + [s.updated_at for s in scenes])
    return {
        "task_id": job.id,
        "type": job.kind,
        "status": job.status,
        "progress": progress(job),
        "error_message": job.error,
        "video_task_id": video_id,
        "images": [image_out(s) for s in scenes],
        "created_at": job.created_at,
        "updated_at": updated,
    }


@endpoint(
    bp,
    "/images/<id:image_id>",
    "POST",
    summary="Regenerate an image (and re-render its video)",
    tags=TAGS,
    scopes=GENERATE,
    body=RegenerateIn,
    body_required=False,
    response=RegenerateOut,
    status=202,
    errors=(409,),
)
def regenerate_image(image_id: int, body: RegenerateIn | None):
    """Redraws one scene's picture and renders the video again; the new video
    replaces the old one. The JSON body is optional: `{"prompt": "..."}` draws that
    instead of the scene's narration; `{"text": "..."}` re-narrates the scene with
    new words (and re-times its subtitles); `"image": false` with `text` keeps the
    picture; `{"file_id": N}` shows one of your pictures or videos there. Answers
    with the `image_regeneration` task; follow it with `GET /images/tasks/{task_id}`.
    409 `GENERATION_BUSY` while the video is being generated or re-rendered, 409
    `GENERATION_NOT_READY` before it was first rendered; a bad `prompt`, `text` or
    `file_id` (not yours, not a picture or video) is 422 naming it."""
    if body is None:
        body = RegenerateIn()
    job = generation.regenerate(
        caller(),
        image_id,
        prompt=body.prompt,
        text=body.text,
        image=body.image,
        file_id=body.file_id,
    )
    task, scenes, _video = _task(job.id)
    scene = scenes[0] if scenes else None
    return Reply(
        {
            "task_id": task.id,
            "image_id": image_id,
            "status": task.status,
            "progress": progress(task),
            "urls": image_urls(scene) if scene is not None else [],
            "created_at": task.created_at,
            "updated_at": task.completed_at or task.created_at,
        },
        "The image is being regenerated.",
    )


@endpoint(
    bp,
    "/images/<id:image_id>/file",
    summary="An image (JPEG)",
    tags=TAGS,
    scopes=FILES_READ,
    query=ImageFileQuery,
    binary=True,
    errors=(409,),
)
def image_file(image_id: int, query: ImageFileQuery):
    """The scene's current picture (`image/jpeg`), with ETag and Range. 409
    `IMAGE_NOT_READY` while it is being drawn."""
    scene = generation.get_scene(caller(), image_id)
    return generation.media.scene_image(scene, asked_version=query.v)
