"""Text to video as jobs (DESIGN §6): requests, the generation job, scene regeneration.

A ``video_generation`` job runs the stages of :mod:`t2m.generate.pipeline`
and stores each output as soon as it exists (the script as scene rows, each
still and narration under ``generations/<owner>/<job>/``), so a retried job
skips what is done and resumes after the last finished stage. The finished
MP4 becomes a file in the owner's library, with thumbnails and renditions
from the usual ``process`` job.

An ``image_regeneration`` job redoes one scene (its still, optionally from a
new prompt, or its narration after a text edit) and renders the video again
from the stored outputs of the others; the new video replaces the old one.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

from flask import current_app

from t2m.db import ID_MESSAGE, is_id
from t2m.errors import Conflict, ValidationFailed
from t2m.extensions import db
from t2m.generate import pipeline, visuals
from t2m.generate import script as scripts
from t2m.generate import speech as speeches
from t2m.generate.compose import SceneInput
from t2m.generate.errors import GenerationError
from t2m.models import File, Generation, Job, Scene, User
from t2m.models.base import utcnow
from t2m.services import jobs
from t2m.services.jobs import runner
from t2m.services.jobs.kinds import DeletedJob, JobKind
from t2m.services.library import files
from t2m.services.ownership import owns, visible
from t2m.services.processing import outputs
from t2m.storage import storage

KIND = "video_generation"
REGENERATE = "image_regeneration"
EXTRA_FIELDS = ("music_file_id", "scene_file_ids")
MAX_TEXT = 2_000  # characters of one scene's edited text
MAX_IMAGE_PROMPT = visuals.MAX_PROMPT_CHARS
ACTIVE = ("queued", "processing")
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
        if not isinstance(text, str) or not scripts.clean_text(text).strip():
            errors["text"] = ["Must be a non-empty string."]
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


# ---------------------------------------------------------------- running


class _Stages:
    """One run of the stages for a generation, inside a job."""

    def __init__(self, run, gen_id: int, spans: dict[str, tuple[float, float]]):
        self.run = run
        self.gen_id = gen_id
        self.spans = spans
        gen_job = db.session.get(Job, gen_id)
        self.params = gen_job.parameters
        self.req = pipeline.Request(**self.params["request"])
        self.providers = providers()
        self.owner_id = gen_job.owner_id

    @property
    def gen(self) -> Generation:
        return db.session.get(Generation, self.gen_id)

    def _stage(self, name: str) -> None:
        gen = self.gen
        gen.stage = name
        db.session.commit()
        self.run.progress(self.spans[name][0], force=True)

    def _within(self, name: str, fraction: float) -> None:
        low, high = self.spans[name]
        self.run.progress(low + (high - low) * fraction)

    def _engine(self, stage: str, engine: str) -> None:
        gen = self.gen
        engines = dict(gen.engines or {})
        engines[stage] = engine
        gen.engines = engines

    def script(self) -> None:
        if self.gen.scenes:
            self.run.log("The script is already written", step="script", resumed=True)
            return
        self._stage("script")
        script = pipeline.make_script(self.req, self.providers, self.run.should_cancel)
        gen = self.gen
        gen.title = script.title[:255]
        gen.description = script.description
        gen.story_text = script.text
        gen.language = script.language
        gen.notes = list(script.notes)
        self._engine("script", script.engine)
        media = self.params.get("scene_file_ids") or []
        for scene in script.scenes:
            media_id = media[scene.index] if scene.index < len(media) else None
            row = Scene(job_id=self.gen_id, index=scene.index, text=scene.text)
            row.media_file_id = media_id
            db.session.add(row)
        db.session.commit()
        for note in script.notes:
            self.run.log(note, "WARNING", step="script")
        self.run.log(
            f"Wrote the script: {len(script.scenes)} scenes",
            step="script",
            engine=script.engine,
            title=script.title,
        )

    def _key(self, scene: Scene, suffix: str) -> str:
        name = f"scene-{scene.index:03d}-v{scene.version}{suffix}"
        return prefix(self.owner_id, self.gen_id) + name

    @staticmethod
    def _media_file(scene: Scene) -> File | None:
        """The user's picture or video the scene shows (deleting it unsets it)."""
        return db.session.get(File, scene.media_file_id) if scene.media_file_id else None

    @contextlib.contextmanager
    def _media(self, scene: Scene):
        """The scene's own picture (a frame, for a video) as a local path, or None."""
        file = self._media_file(scene)
        if file is None:
            yield None
            return
        with storage().local_path(file.blob.storage_key) as path:
            if file.file_type == "image":
                yield path
                return
            from t2m.media.thumbnails import video_thumbnails

            out = self.run.workdir / f"frame-{scene.index}"
            frames = video_thumbnails(
                path,
                out,
                (file.meta or {}).get("duration"),
                demuxer=(file.meta or {}).get("demuxer"),
                fmt="jpeg",
                sizes={"frame": 1920},
                should_cancel=self.run.should_cancel,
            )
            yield frames["frame"]

    def _clip(self, scene: Scene, stack: contextlib.ExitStack) -> tuple:
        """``(path, demuxer)`` of the user's video this scene plays, or ``()``
        for a picture or a drawn scene (a video deleted since: its still stays)."""
        file = self._media_file(scene)
        if file is None or file.file_type != "video":
            return ()
        path = stack.enter_context(storage().local_path(file.blob.storage_key))
        return path, (file.meta or {}).get("demuxer")

    def visuals(self) -> None:
        scenes = self.gen.scenes
        todo = [s.id for s in scenes if not s.image_key]
        if not todo:
            self.run.log("Every scene already has its picture", step="visuals", resumed=True)
            return
        self._stage("visuals")
        title = self.gen.title
        for n, scene_id in enumerate(todo):
            self.run.check_cancel()
            scene = db.session.get(Scene, scene_id)
            scene.status = "processing"
            db.session.commit()
            out = self.run.workdir / f"scene-{scene.index:03d}{pipeline.STILL_SUFFIX}"
            with self._media(scene) as media:
                visual = pipeline.make_visual(
                    self.req,
                    scene.text,
                    scene.index,
                    out,
                    self.providers,
                    title=title,
                    media=media,
                    prompt=scene.image_prompt,
                    should_cancel=self.run.should_cancel,
                )
            key = self._key(scene, pipeline.STILL_SUFFIX)
            storage().save_file(key, out, content_type="image/jpeg")
            scene = db.session.get(Scene, scene_id)
            scene.image_key = key
            scene.image_engine = visual.engine
            scene.status = "completed" if scene.audio_key else "processing"
            self._engine("visuals", visual.engine)
            db.session.commit()
            if visual.note:
                self.run.log(
                    f"Scene {scene.index + 1}: image provider failed, drawn offline: {visual.note}",
                    "WARNING",
                    step="visuals",
                )
            self.run.log(
                f"Scene {scene.index + 1} picture ready", step="visuals", engine=visual.engine
            )
            self._within("visuals", (n + 1) / len(todo))

    def speech(self) -> None:
        scenes = [(s.id, s.index, s.text) for s in self.gen.scenes if not s.audio_key]
        if not scenes:
            self.run.log("Every scene is already narrated", step="speech", resumed=True)
            return
        self._stage("speech")
        # Narrations are made SPEECH_WORKERS at a time in threads, which have no
        # database session: this thread polls for cancellation and records
        # each narration as it arrives; the threads watch ``stop``.
        stop = threading.Event()
        language = self.gen.language

        def speak(scene_id: int, index: int, text: str):
            out = self.run.workdir / f"scene-{index:03d}.wav"
            said = pipeline.make_speech(
                self.req, text, out, self.providers, stop.is_set, language=language
            )
            return scene_id, out, said

        with ThreadPoolExecutor(pipeline.SPEECH_WORKERS, thread_name_prefix="speech") as pool:
            pending = {pool.submit(speak, *scene) for scene in scenes}
            try:
                done_count = 0
                while pending:
                    done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    self.run.check_cancel()
                    for future in done:
                        self._narrated(*future.result())
                        done_count += 1
                        self._within("speech", done_count / len(scenes))
            except BaseException:
                stop.set()
                for future in pending:
                    future.cancel()
                raise

    def _narrated(self, scene_id: int, out: Path, said) -> None:
        """Store one scene's narration and record it."""
        scene = db.session.get(Scene, scene_id)
        key = self._key(scene, ".wav")
        storage().save_file(key, out, content_type="audio/wav")
        scene.audio_key = key
        scene.audio_duration = said.duration
        scene.speech_engine = said.engine
        scene.cues = [{"text": t.text, "start": t.start, "end": t.end} for t in said.sentences]
        scene.subtitle = "\n".join(t.text for t in said.sentences)
        scene.status = "completed" if scene.image_key else "processing"
        self._engine("speech", said.engine)
        db.session.commit()
        if said.fallback_reason:
            self.run.log(
                f"Scene {scene.index + 1}: speech provider failed, spoken by espeak-ng: "
                f"{said.fallback_reason}",
                "WARNING",
                step="speech",
            )
        self.run.log(
            f"Scene {scene.index + 1} narrated ({said.duration:.2f} s)",
            step="speech",
            engine=said.engine,
            duration=said.duration,
        )

    def render(self) -> dict:
        """Subtitles and composition from the stored scene outputs; the MP4 is
        stored as this job's output. Returns the job result."""
        gen = self.gen
        scenes = gen.scenes
        self._stage("subtitles")
        audio = [
            pipeline.SceneAudio(
                s.audio_duration,
                [speeches.SentenceTiming(c["text"], c["start"], c["end"]) for c in s.cues or []],
            )
            for s in scenes
        ]
        work = self.run.workdir
        subs = pipeline.make_subtitles(self.req, audio, work, language=gen.language)
        segments = _SegmentStore(prefix(self.owner_id, self.gen_id) + "segments/")
        self._stage("compose")
        with contextlib.ExitStack() as stack:
            inputs = [
                SceneInput(
                    stack.enter_context(storage().local_path(s.image_key)),
                    stack.enter_context(storage().local_path(s.audio_key)),
                    s.audio_duration,
                    *self._clip(s, stack),
                )
                for s in scenes
            ]
            music = demuxer = None
            music_id = self.params.get("music_file_id")
            music_file = db.session.get(File, music_id) if music_id else None
            if music_file is not None:
                music = stack.enter_context(storage().local_path(music_file.blob.storage_key))
                demuxer = (music_file.meta or {}).get("demuxer")
            elif music_id:
                self.run.log("The music file was deleted; rendering without it", "WARNING")
            self.run.log(
                f"Composing {len(scenes)} scenes",
                step="compose",
                size=list(self.req.size),
                music=music is not None,
            )
            low, high = self.spans["compose"]
            made = pipeline.make_video(
                self.req,
                inputs,
                subs,
                work / "video.mp4",
                cues=pipeline.subtitle_cues(audio),
                language=gen.language,
                cache=segments,
                music=music,
                music_demuxer=demuxer,
                should_cancel=self.run.should_cancel,
                on_progress=lambda _d, f: f is None or self.run.progress(low + (high - low) * f),
                timeout=float(current_app.config.get("GENERATION_TIMEOUT") or 1800),
            )
        video = made.path
        self.run.log(
            f"Encoded {made.encoded} of {made.segments} scene segments"
            + (f"; reused {made.segments - made.encoded}" if made.encoded < made.segments else ""),
            step="compose",
            encoded=made.encoded,
            reused=made.segments - made.encoded,
        )
        gen = self.gen
        n = gen.renders + 1
        base = f"{prefix(self.owner_id, self.gen_id)}subtitles-r{n}"
        for fmt, ctype in (("srt", "application/x-subrip"), ("vtt", "text/vtt")):
            self.run.save_output(f"{base}.{fmt}", subs[fmt], f"{ctype}; charset=utf-8")
        key = f"outputs/{self.owner_id}/generation-{self.gen_id}-r{n}.mp4"
        size = video.stat().st_size
        sha = outputs.file_sha256(video)
        self.run.save_output(key, video, "video/mp4")
        segments.keep_only(made.keys)
        total = pipeline.video_duration([a.duration for a in audio])
        self.run.log("Stored the video", step="compose", size=size, duration=round(total, 3))
        self._engine("compose", "ffmpeg")
        db.session.commit()
        return {
            "key": key,
            "file_size": size,
            "sha256": sha,
            "content_type": "video/mp4",
            "subtitles_key": base,
            "render": n,
            "duration": round(total, 3),
            "scenes": len(scenes),
            "generation_id": self.gen_id,
        }


class _SegmentStore:
    """A generation's encoded video segments, kept in storage between renders
    (a :class:`t2m.generate.compose.SegmentCache`); used in the job's thread."""

    def __init__(self, base: str) -> None:
        self.base = base

    def fetch(self, key: str, dest: Path) -> bool:
        name = f"{self.base}{key}.mp4"
        if not storage().exists(name):
            return False
        with storage().local_path(name) as path:
            shutil.copyfile(path, dest)
        return True

    def store(self, key: str, path: Path) -> None:
        storage().save_file(f"{self.base}{key}.mp4", path, content_type="video/mp4")

    def keep_only(self, keys: list[str]) -> None:
        """Drop the segments of earlier renders that this one did not use."""
        wanted = {f"{self.base}{key}.mp4" for key in keys}
        for name in list(storage().iter_keys(self.base)):
            if name not in wanted:
                storage().delete(name)


def _generate(run) -> dict:
    stages = _Stages(run, run.job_id, SPANS)
    stages.script()
    run.check_cancel()
    stages.visuals()
    run.check_cancel()
    stages.speech()
    run.check_cancel()
    return stages.render()


def _regenerate(run) -> dict:
    params = run.job.parameters
    gen_id = params["generation_id"]
    scene = db.session.get(Scene, params["scene_id"])
    if scene is None or db.session.get(Generation, gen_id) is None:
        raise GenerationError("The video or scene was deleted.", stage="regenerate")
    stages = _Stages(run, gen_id, REGEN_SPANS)
    if scene.version == params["from_version"]:
        # First attempt: forget this scene's outputs (a retry finds them redone).
        old = [scene.image_key if params.get("image") else None]
        if params.get("prompt"):
            scene.image_prompt = params["prompt"]
        if params.get("image"):
            scene.image_key = None
            # The user's file when one was picked; else a new picture is drawn.
            scene.media_file_id = params.get("file_id")
            if params.get("file_id"):
                scene.image_prompt = None
        if params.get("text"):
            scene.text = params["text"]
            old.append(scene.audio_key)
            scene.audio_key = None
        scene.version += 1
        scene.status = "queued"
        gen = stages.gen
        if params.get("text"):
            gen.story_text = "\n\n".join(s.text for s in gen.scenes)
        db.session.commit()
        for key in filter(None, old):
            storage().delete(key)
        run.log(f"Redoing scene {scene.index + 1}", step="regenerate")
    stages.visuals()
    run.check_cancel()
    stages.speech()
    run.check_cancel()
    return stages.render()


def _record_video(run, result: dict) -> None:
    """Inside the completing transaction: the video becomes a library file and
    replaces the generation's previous render."""
    gen = db.session.get(Generation, result["generation_id"])
    gen_job = db.session.get(Job, gen.job_id)
    name = scripts.clean_text(gen.title or "").strip() or f"Generated video {gen.job_id}"
    file = outputs.add_output_file(
        run,
        gen.owner_id,
        result,
        filename=f"{name[:200]}.mp4",
        description=gen.description or f"Generated by job {gen.job_id}",
        meta={"demuxer": "mov", "generation_id": gen.job_id},
    )
    old = gen.video_file_id
    gen.video_file_id = file.id
    gen.subtitles_key = result["subtitles_key"]
    gen.duration = result["duration"]
    gen.renders = result["render"]
    gen.stage = "done"
    gen.active_job_id = None
    gen_job.output_file_id = file.id
    gen.updated_at = utcnow()
    result["file_id"] = file.id
    if run.job_id == gen.job_id:
        run.output_file_id = file.id
    if old is not None and old != file.id:
        run.after_success.append(lambda: _drop_old_render(gen.owner_id, old))


def _drop_old_render(owner_id: int, file_id: int) -> None:
    files.delete_if_present(db.session.get(User, owner_id), file_id)


def _release(run, status: str) -> None:
    """After a failure or cancellation: the generation is free for new work."""
    params = run.job.parameters
    gen = db.session.get(Generation, params.get("generation_id", run.job_id))
    if gen is not None and gen.active_job_id == run.job_id:
        gen.active_job_id = None
        db.session.commit()


def run_generation_job(job_id: int) -> str | None:
    """Run a ``video_generation`` job (the worker's entry point)."""
    return runner.execute(job_id, _generate, on_success=_record_video, on_failure=_release)


def run_regeneration_job(job_id: int) -> str | None:
    """Run an ``image_regeneration`` job (the worker's entry point)."""
    return runner.execute(job_id, _regenerate, on_success=_record_video, on_failure=_release)


def _after_delete(gone: DeletedJob) -> None:
    """A deleted generation takes its video and every stage output with it; a
    regeneration, what it alone made."""
    files.delete_if_present(gone.owner, gone.output_file_id)
    if gone.kind == KIND:
        delete_outputs(gone.owner.id, gone.id)


JOB_KINDS = (
    JobKind(
        KIND,
        "Video generation",
        run_generation_job,
        before_retry=claim_for_retry,
        after_delete=_after_delete,
    ),
    JobKind(
        REGENERATE,
        "Image regeneration",
        run_regeneration_job,
        before_retry=claim_for_retry,
        after_delete=_after_delete,
    ),
)
