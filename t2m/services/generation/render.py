"""Running the generation jobs: the stages of :mod:`t2m.generate.pipeline` with
each output stored as it is made, scene regeneration, and the finished video
recorded in the library."""

from __future__ import annotations

import contextlib
import shutil
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

from flask import current_app

from t2m.extensions import db
from t2m.generate import pipeline
from t2m.generate import script as scripts
from t2m.generate import speech as speeches
from t2m.generate.compose import SceneInput
from t2m.generate.errors import GenerationError
from t2m.media.probe import probe
from t2m.media.thumbnails import video_thumbnails
from t2m.models import File, Generation, Job, Scene, User
from t2m.models.base import utcnow
from t2m.services.generation.request import (
    KIND,
    REGEN_SPANS,
    REGENERATE,
    SPANS,
    claim_for_retry,
    completed_result,
    delete_outputs,
    prefix,
    providers,
)
from t2m.services.jobs import runner
from t2m.services.jobs.kinds import DeletedJob, JobKind
from t2m.services.library import files
from t2m.services.processing import outputs
from t2m.storage import storage


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
            row = Scene(
                job_id=self.gen_id, index=scene.index, text=scene.text, image_prompt=scene.picture
            )
            row.media_file_id = media_id
            db.session.add(row)
        db.session.commit()
        for note in script.notes:
            self.run.log(note, "WARNING", step="script")
        shots = sum(1 for scene in script.scenes if scene.is_shot)
        self.run.log(
            f"Wrote the script: {len(script.scenes)} scenes"
            + (f", {shots} of them shots without narration" if shots else ""),
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
                    language=self.gen.language,
                )
            key = self._key(scene, pipeline.STILL_SUFFIX)
            storage().save_file(key, out, content_type="image/jpeg")
            scene = db.session.get(Scene, scene_id)
            scene.image_key = key
            scene.image_engine = visual.engine
            scene.status = "completed" if scene.audio_key else "processing"
            self._engine("visuals", visual.engine)
            db.session.commit()
            if scene.image_prompt and visual.engine == "builtin" and not visual.recognised:
                self.run.log(
                    f"Scene {scene.index + 1}: nothing in the picture prompt that the built-in "
                    "painter knows; drew a new variation",
                    "WARNING",
                    step="visuals",
                )
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
            f"Scene {scene.index + 1} narrated ({said.duration:.2f} s)"
            if said.sentences
            else f"Scene {scene.index + 1} is a shot without narration",
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
        said = [
            pipeline.SceneAudio(
                s.audio_duration,
                [speeches.SentenceTiming(c["text"], c["start"], c["end"]) for c in s.cues or []],
            )
            for s in scenes
        ]
        # The other scenes keep their slots from the last render where they still
        # fit, so a new narration for one scene re-encodes that scene only.
        audio = pipeline.fit(said, self.req.target, previous=[s.slot for s in scenes])
        work = self.run.workdir
        subs = pipeline.make_subtitles(self.req, audio, work, language=gen.language)
        segments = _SegmentStore(prefix(self.owner_id, self.gen_id) + "segments/")
        self._stage("compose")
        with contextlib.ExitStack() as stack:
            inputs = [
                SceneInput(
                    stack.enter_context(storage().local_path(s.image_key)),
                    stack.enter_context(storage().local_path(s.audio_key)),
                    slot.duration,
                    *self._clip(s, stack),
                )
                for s, slot in zip(scenes, audio, strict=True)
            ]
            music = {}
            music_id = self.params.get("music_file_id")
            music_file = db.session.get(File, music_id) if music_id else None
            if music_file is not None:
                music = {
                    "music": stack.enter_context(storage().local_path(music_file.blob.storage_key)),
                    "music_demuxer": (music_file.meta or {}).get("demuxer"),
                }
            else:
                if music_id:
                    self.run.log(
                        "The music file was deleted; rendering with the built-in music instead",
                        "WARNING",
                    )
                folder = Path(current_app.config["MUSIC_DIR"])
                music = pipeline.music_bed(self.req, folder, self.run.should_cancel)
            self.run.log(
                f"Composing {len(scenes)} scenes",
                step="compose",
                size=list(self.req.size),
                music=bool(music),
            )
            low, high = self.spans["compose"]
            made = pipeline.make_video(
                self.req,
                inputs,
                subs,
                work / "video.mp4",
                cues=pipeline.subtitle_cues(audio, size=self.req.size),
                language=gen.language,
                cache=segments,
                should_cancel=self.run.should_cancel,
                on_progress=lambda _d, f: f is None or self.run.progress(low + (high - low) * f),
                timeout=float(current_app.config.get("GENERATION_TIMEOUT") or 1800),
                **music,
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
        # Done is done: the video's metadata and poster come with it, before the
        # process job builds the streaming versions.
        meta = probe(video, fmt="mov", timeout=float(current_app.config["PROBE_TIMEOUT"]))
        thumbs = video_thumbnails(
            video, work / "thumbnails", meta.get("duration"), demuxer="mov",
            should_cancel=self.run.should_cancel,
        )  # fmt: skip
        self._engine("compose", "ffmpeg")
        for scene, slot in zip(self.gen.scenes, audio, strict=True):
            scene.slot = slot.duration
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
            "_meta": meta,  # for the library file (taken out before the result is stored)
            "_thumbnails": {label: str(path) for label, path in thumbs.items()},
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
    meta = result.pop("_meta", None) or {}
    thumbs = result.pop("_thumbnails", None) or {}
    file = outputs.add_output_file(
        run,
        gen.owner_id,
        result,
        filename=f"{name[:200]}.mp4",
        description=gen.description or f"Generated by job {gen.job_id}",
        meta={**meta, "demuxer": "mov", "generation_id": gen.job_id},
    )
    for label, path in thumbs.items():
        outputs.save_derived(file, "thumbnail", label, Path(path))
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
        report=completed_result,
    ),
    JobKind(
        REGENERATE,
        "Image regeneration",
        run_regeneration_job,
        before_retry=claim_for_retry,
        after_delete=_after_delete,
        report=completed_result,
    ),
)
