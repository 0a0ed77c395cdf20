"""Video generation requests: checking them, creating the job, looking up a
generation and its scenes, asking for a scene to be redone, and what a retry
or a delete of such a job needs."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from t2m.db import ID_MESSAGE, is_id
from t2m.errors import Conflict, ValidationFailed
from t2m.extensions import db
from t2m.generate import pipeline, visuals
from t2m.generate import script as scripts
from t2m.generate import speech as speeches
from t2m.models import File, Generation, Job, Scene, User
from t2m.services import jobs
from t2m.services.links import api_url
from t2m.services.ownership import owns, visible
from t2m.storage import storage

KIND = "video_generation"
REGENERATE = "image_regeneration"
EXTRA_FIELDS = ("music_file_id", "scene_file_ids")
MAX_TEXT = 2_000  # characters of one scene's edited text
MAX_IMAGE_PROMPT = visuals.MAX_PROMPT_CHARS
ACTIVE = ("queued", "processing")
RETRY_AFTER = "5"  # seconds, for answers that say "not yet"
# Progress spans of the generation job's stages (percent).
SPANS = {
    "script": (0.0, 5.0),
    "visuals": (5.0, 30.0),
    "speech": (30.0, 55.0),
    "subtitles": (55.0, 57.0),
    "compose": (57.0, 97.0),
}
REGEN_SPANS = {
    "script": (0.0, 0.0),
    "visuals": (0.0, 10.0),
    "speech": (10.0, 20.0),
    "subtitles": (20.0, 22.0),
    "compose": (22.0, 97.0),
}


def prefix(owner_id: int, job_id: int) -> str:
    """Where a generation's stage outputs live."""
    return f"generations/{owner_id}/{job_id}/"


def providers() -> pipeline.Providers:
    """The configured providers (``T2M_LLM_*``, ``T2M_TTS_*``, ``T2M_IMAGE_*``)."""
    cfg = current_app.config
    llm = None
    if cfg.get("LLM_URL"):
        llm = scripts.LlmConfig(
            url=cfg["LLM_URL"],
            model=cfg.get("LLM_MODEL") or "llama3.2",
            api_key=cfg.get("LLM_API_KEY"),
            timeout=float(cfg.get("LLM_TIMEOUT") or 120),
        )
    images = None
    if cfg.get("IMAGE_URL"):
        images = visuals.ImageProviderConfig(
            url=cfg["IMAGE_URL"],
            kind=cfg.get("IMAGE_KIND") or "openai",
            api_key=cfg.get("IMAGE_API_KEY"),
            model=cfg.get("IMAGE_MODEL"),
            timeout=float(cfg.get("IMAGE_TIMEOUT") or 120),
        )
    return pipeline.Providers(
        llm=llm,
        tts=speeches.TtsConfig.from_config(cfg),
        images=images,
        fallback_offline=bool(cfg.get("GENERATION_FALLBACK_OFFLINE", True)),
    )


# ---------------------------------------------------------------- requests


def _own_file(user: User, value, kinds: tuple[str, ...], what: str) -> tuple[int | None, str]:
    if not is_id(value):
        return None, ID_MESSAGE
    file = db.session.get(File, value)
    if file is None or not owns(user, file.owner_id):
        return None, f"File {value} not found."
    if file.file_type not in kinds:
        return None, f"File {value} is {file.file_type}; {what} must be {' or '.join(kinds)}."
    if file.status == "failed":
        return None, f"File {value} could not be processed, so it cannot be used."
    return file.id, ""


def validate(user: User, raw) -> tuple[pipeline.Request, dict]:
    """The request and its file references, or 422 naming every bad field."""
    if not isinstance(raw, dict):
        raise ValidationFailed(
            "The body must be a JSON object.", details={"body": ["Must be an object."]}
        )
    errors: dict[str, list[str]] = {}
    body = {k: v for k, v in raw.items() if k not in EXTRA_FIELDS}
    try:
        req = pipeline.validate(body)
    except pipeline.InvalidRequest as exc:
        errors.update(exc.errors)
        req = None
    extra: dict = {"music_file_id": None, "scene_file_ids": []}
    if raw.get("music_file_id") is not None:
        extra["music_file_id"], why = _own_file(
            user, raw["music_file_id"], ("audio", "video"), "music"
        )
        if why:
            errors["music_file_id"] = [why]
        elif raw.get("music") is False:
            errors["music_file_id"] = ["Music is turned off (music: false): leave this out."]
    ids = raw.get("scene_file_ids")
    if ids is not None:
        if not isinstance(ids, list) or len(ids) > scripts.MAX_SCENES:
            errors["scene_file_ids"] = [f"Must be a list of at most {scripts.MAX_SCENES} file ids."]
        else:
            for i, value in enumerate(ids):
                if value is None:  # this scene keeps its generated still
                    extra["scene_file_ids"].append(None)
                    continue
                file_id, why = _own_file(user, value, ("image", "video"), "a scene picture")
                if why:
                    errors.setdefault("scene_file_ids", []).append(f"[{i}] {why}")
                extra["scene_file_ids"].append(file_id)
    if errors:
        raise ValidationFailed("The generation request is not valid.", details=errors)
    return req, extra


def create(user: User, raw) -> Job:
    """Queue a generation job for a valid request (nothing is stored otherwise)."""
    req, extra = validate(user, raw)
    job = jobs.create(user.id, KIND, parameters={"request": req.to_dict(), **extra})
    db.session.flush()
    db.session.add(Generation(job_id=job.id, owner_id=user.id, active_job_id=job.id))
    jobs.log(job, "Generation requested", step="request", request=req.to_dict(), **extra)
    db.session.commit()
    jobs.enqueue(job)
    return job


def get_generation(user: User, job_id: int) -> Generation:
    """The user's generation by its job id; anyone else's is not found."""
    return visible(user, db.session.get(Generation, job_id), "Video generation")


def get_scene(user: User, scene_id: int) -> Scene:
    """The user's scene by id; anyone else's is not found."""
    scene = db.session.get(Scene, scene_id)
    visible(user, scene.generation if scene else None, "Image")
    return scene


def active_job(gen: Generation) -> Job | None:
    """The job working on ``gen`` now, if any."""
    if gen.active_job_id is None:
        return None
    job = db.session.get(Job, gen.active_job_id)
    return job if job is not None and job.status in ACTIVE else None


def recent(user: User, limit: int) -> list[dict]:
    """The user's latest generations, newest first: each as ``{job, gen, active}``
    (the job working on it now, if any), in three queries whatever ``limit``."""
    page = jobs.list_jobs(user, jobs.JobFilter(kind=KIND), 1, limit)
    ids = [job.id for job in page.items]
    if not ids:
        return []
    gens = {
        gen.job_id: gen
        for gen in db.session.scalars(select(Generation).where(Generation.job_id.in_(ids)))
    }
    working = {g.active_job_id for g in gens.values() if g.active_job_id is not None}
    active = (
        {
            job.id: job
            for job in db.session.scalars(
                select(Job).where(Job.id.in_(working), Job.status.in_(ACTIVE))
            )
        }
        if working
        else {}
    )
    return [
        {"job": job, "gen": gens[job.id], "active": active.get(gens[job.id].active_job_id)}
        for job in page.items
        if job.id in gens  # a job without its generation row: nothing to show
    ]


def regenerate(
    user: User,
    scene_id: int,
    *,
    prompt: str | None = None,
    text: str | None = None,
    image: bool | None = None,
    file_id: int | None = None,
) -> Job:
    """Queue the regeneration of one scene: a new still (from ``prompt`` when
    given, or the user's picture or video ``file_id``) and/or, with ``text``, a
    new narration; then a new render. ``image`` defaults to redrawing unless
    only the text is edited."""
    scene = get_scene(user, scene_id)
    gen = scene.generation
    if image is False and text is None and prompt is None and file_id is None:
        raise ValidationFailed(
            "Nothing to regenerate.",
            details={"image": ["With image false, send a new text to narrate."]},
        )
    errors: dict[str, list[str]] = {}
    if file_id is not None:
        file_id, why = _own_file(user, file_id, ("image", "video"), "a scene's picture")
        if why:
            errors["file_id"] = [why]
        elif file_id == gen.video_file_id:
            errors["file_id"] = ["That is this video itself; pick another file."]
        elif prompt is not None:
            errors["file_id"] = ["Send a prompt to draw or a file to show, not both."]
    if prompt is not None:
        if not isinstance(prompt, str) or not scripts.clean_text(prompt).strip():
            errors["prompt"] = ["Must be a non-empty string."]
        elif len(prompt) > MAX_IMAGE_PROMPT:
            errors["prompt"] = [f"Must be at most {MAX_IMAGE_PROMPT} characters."]
    if text is not None:
        if not isinstance(text, str):
            errors["text"] = ["Must be a string."]
        elif not scripts.clean_text(text).strip():
            errors["text"] = [
                "A scene needs some words to narrate. To change only its picture, use "
                "“What to draw instead” (or your own file); to drop the words, ask for a "
                "video without narration."
            ]
        elif len(text) > MAX_TEXT:
            errors["text"] = [f"Must be at most {MAX_TEXT} characters."]
    if errors:
        raise ValidationFailed("The regeneration request is not valid.", details=errors)
    if active_job(gen) is not None:
        raise Conflict(
            "This video is being generated or re-rendered; try again when that job ends.",
            code="GENERATION_BUSY",
        )
    generation_job = db.session.get(Job, gen.job_id)
    if generation_job.status != "completed":
        raise Conflict(
            f"The video has not been generated (its job is {generation_job.status}); "
            "scenes can be regenerated once it has completed.",
            code="GENERATION_NOT_READY",
        )
    params = {
        "generation_id": gen.job_id,
        "scene_id": scene.id,
        "index": scene.index,
        "from_version": scene.version,
        "image": prompt is not None
        or file_id is not None
        or (text is None if image is None else bool(image)),
        "file_id": file_id,
        "prompt": " ".join(scripts.clean_text(prompt).split()) if prompt else None,
        "text": scripts.clean_text(text).strip() if text else None,
    }
    job = jobs.create(user.id, REGENERATE, parameters=params)
    db.session.flush()
    gen.active_job_id = job.id
    what = "text" if text else ("your file" if file_id else "image")
    jobs.log(job, f"Regeneration of scene {scene.index + 1} ({what}) requested", step="request")
    db.session.commit()
    jobs.enqueue(job)
    return job


def request_of(gen: Generation) -> pipeline.Request:
    """What the user asked for when the video was made."""
    job = db.session.get(Job, gen.job_id)
    return pipeline.Request(**((job.parameters or {}).get("request") or {}))


def subtitles_text(gen: Generation, fmt: str) -> str:
    """The rendered video's subtitles as ``srt`` or ``vtt``."""
    if fmt not in ("srt", "vtt"):
        raise ValidationFailed(
            "Unknown subtitle format.", details={"format": ["Must be srt or vtt."]}
        )
    if not gen.subtitles_key:
        raise Conflict("The video has not been rendered yet.", code="VIDEO_NOT_READY")
    with storage().open(f"{gen.subtitles_key}.{fmt}") as fh:
        return fh.read().decode("utf-8")


def with_job(user: User, job_id: int) -> tuple[Job, Generation]:
    """The user's generation and its job (404 for anyone else's)."""
    gen = get_generation(user, job_id)
    return jobs.get_job(user, gen.job_id), gen


def not_ready(job: Job, gen: Generation) -> Conflict:
    """Why there is no video to serve yet, as a 409 ``VIDEO_NOT_READY`` (with
    ``Retry-After`` while the job works)."""
    headers = {}
    if job.status in ACTIVE:
        message = (
            f"The video is still being generated (stage {gen.stage}, "
            f"{round(job.progress or 0.0, 1):.0f}%); try again when the job has completed."
        )
        headers["Retry-After"] = RETRY_AFTER
    elif job.status == "failed":
        message = f"The video could not be generated: {job.error or 'the job failed'}."
    elif job.status == "cancelled":
        message = "The video generation was cancelled; retry the job to render it."
    else:
        message = (
            "The rendered video was deleted from your library; regenerate an image to "
            "render it again."
        )
    return Conflict(message, code="VIDEO_NOT_READY", headers=headers)


def rendered(user: User, job_id: int, *, part: str = "video") -> tuple[Job, Generation]:
    """The user's generation whose ``part`` (``video`` or ``subtitles``) exists,
    with its job; else :func:`not_ready`'s 409."""
    job, gen = with_job(user, job_id)
    missing = gen.video_file_id is None if part == "video" else not gen.subtitles_key
    if missing:
        raise not_ready(job, gen)
    return job, gen


def create_story(user: User, raw) -> Job:
    """A request of the story API: as :func:`create`, but ``story_topic`` is
    required. Without it the other fields are still checked, so one 422 names
    every bad field."""
    if raw.get("story_topic") is None:
        missing = {"story_topic": [f"Required; one of: {', '.join(pipeline.TOPICS)}."]}
        try:
            validate(user, {**raw, "story_topic": pipeline.TOPICS[0]})
        except ValidationFailed as exc:
            raise ValidationFailed(exc.message, details={**exc.details, **missing}) from None
        raise ValidationFailed("The story request is not valid.", details=missing)
    return create(user, raw)


def claim_for_retry(job: Job) -> None:
    """Before ``job`` (a generation or regeneration) is retried: it becomes the
    generation's active job, unless another one is running."""
    gen_id = job.parameters.get("generation_id", job.id)
    gen = db.session.get(Generation, gen_id)
    if gen is None:
        raise Conflict("The video this job worked on was deleted.", code="JOB_NOT_RETRYABLE")
    other = active_job(gen)
    if other is not None and other.id != job.id:
        raise Conflict(
            f"Job {other.id} is working on this video; retry when it ends.",
            code="GENERATION_BUSY",
        )
    gen.active_job_id = job.id


def delete_outputs(owner_id: int, job_id: int) -> None:
    """Remove every stored stage output of a generation (after its rows are gone)."""
    for key in list(storage().iter_keys(prefix(owner_id, job_id))):
        storage().delete(key)


def completed_result(row) -> dict | None:
    """A finished render's ``job.completed`` result: the video, through the videos API
    (a regeneration's links are its generation's)."""
    result = row.result or {}
    file_id = result.get("file_id") or row.output_file_id
    if file_id is None:
        return None
    video = result.get("generation_id", row.id)
    return {
        "file_id": file_id,
        "download_url": api_url("api.video_download", job_id=video),
        "thumbnail_url": api_url("api.video_thumbnail", job_id=video),
    }
