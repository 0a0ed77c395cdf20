"""Generation jobs (t2m.services.generation): stages stored as they finish,
resume after a failure, cancellation mid-stage, scene regeneration, providers
that fail, and deletion.

Jobs run inline (``QUEUE_IMMEDIATE``) with the real offline engines
(espeak-ng, the built-in renderer, ffmpeg); prompts are a sentence or two so
each render takes a few seconds.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageChops, ImageStat
from sqlalchemy import update

from t2m.errors import Conflict, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.generate import pipeline
from t2m.generate.errors import GenerationError
from t2m.models import File, Generation, Job, Scene
from t2m.services import generation, jobs
from t2m.services.jobs import runner as job_runner
from t2m.storage import storage

from .conftest import row_counts, storage_backend_app
from .media_fixtures import make_audio, make_video
from .test_api_files import upload

TWO_SCENES = (
    "The old lighthouse keeper climbed the stairs at night while the sea roared below.\n\n"
    "At dawn a small ship sailed safely into the harbour."
)


@pytest.fixture
def ada(make_user):
    return make_user("ada")


def _job(job_id: int) -> Job:
    db.session.expire_all()
    return db.session.get(Job, job_id)


def _keys(prefix: str = "") -> list[str]:
    return sorted(k for k in storage().iter_keys(prefix) if not k.startswith("health/"))


def _probe(key: str) -> dict:
    with storage().local_path(key) as path:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
            capture_output=True,
            check=True,
            timeout=30,
        )
    return json.loads(out.stdout)


def _messages(job: Job) -> list[str]:
    return [line.message for line in job.logs]


def _segment_scenes(gen: Generation) -> list[int]:
    """The scene each video segment of ``gen``'s render shows (its pieces, and
    the fade into it), as the composition cuts the video."""
    from t2m.generate import compose

    scenes = [compose.SceneInput(Path("s.jpg"), Path("s.wav"), s.slot) for s in gen.scenes]
    spec = compose.ComposeSpec(64, 36, fps=pipeline.FPS, transition=pipeline.TRANSITION)
    return [seg.scene for seg in compose.plan(scenes, spec)]


def test_a_generation_job_stores_every_stage_and_makes_a_library_video(ada):
    job = generation.create(ada, {"prompt": TWO_SCENES, "seed": 5, "art_style": "anime"})
    job = _job(job.id)
    assert job.status == "completed", job.error
    assert job.progress == 100
    gen = db.session.get(Generation, job.id)
    assert gen.stage == "done"
    assert gen.renders == 1
    assert gen.active_job_id is None
    assert gen.engines == {
        "script": "user",
        "visuals": "builtin",
        "speech": "espeak-ng",
        "compose": "ffmpeg",
    }
    assert len(gen.scenes) == 2
    for scene in gen.scenes:
        assert scene.status == "completed"
        assert scene.audio_duration > 1
        assert scene.cues
        assert scene.subtitle
        with storage().open(scene.image_key) as fh:
            assert Image.open(fh).size == (1280, 720)
    # The video is the job's output file, thumbnailed by a process job.
    video = db.session.get(File, gen.video_file_id)
    assert job.output_file_id == video.id
    assert video.status == "ready"
    assert video.file_type == "video"
    assert video.owner_id == ada.id
    assert video.original_filename.endswith(".mp4")
    info = _probe(video.blob.storage_key)
    kinds = sorted(s["codec_type"] for s in info["streams"])
    assert kinds == ["audio", "video"]  # subtitles burned in (the default), no second track
    expected = sum(s.audio_duration for s in gen.scenes) + pipeline.TRANSITION
    assert abs(float(info["format"]["duration"]) - expected) < 0.25
    vtt = generation.subtitles_text(gen, "vtt")
    assert vtt.startswith("WEBVTT")
    assert "lighthouse keeper" in vtt
    assert "harbour" in generation.subtitles_text(gen, "srt")
    # Every stage logged, in order.
    log = _messages(job)
    order = [
        "Wrote the script: 2 scenes",
        "Scene 1 picture ready",
        "Scene 2 picture ready",
        "Composing 2 scenes",
        "Stored the video",
    ]
    assert [m for m in log if m in order] == order
    n = len(_segment_scenes(db.session.get(Generation, job.id)))
    assert n >= 3  # scene 1, the fade into scene 2, scene 2 (in pieces of at most 6 s)
    assert f"Encoded {n} of {n} scene segments" in log
    assert any(m.startswith("Scene 2 narrated (") for m in log)


def test_a_finished_generation_has_its_metadata_and_poster_before_processing(ada, monkeypatch):
    """Done is done: the process job that builds the streaming versions has not
    run (a busy worker), yet the video's duration, bit rate, codecs and poster
    are there, and it is playable as it is."""
    from t2m.services.jobs import core

    real = core.run_job
    held: list[int] = []

    def busy_worker(job_id: int):
        if db.session.get(Job, job_id).kind == "process":
            held.append(job_id)
            return None
        return real(job_id)

    monkeypatch.setattr(core, "run_job", busy_worker)
    job = generation.create(ada, {"prompt": TWO_SCENES, "seed": 2, "duration": 12})
    job = _job(job.id)
    assert job.status == "completed", job.error
    assert held  # the video's processing is still waiting
    video = db.session.get(File, job.output_file_id)
    assert video.status in ("uploaded", "processing")
    assert video.meta["duration"] == pytest.approx(12, abs=0.6)
    assert video.meta["bitrate"] > 0
    assert (video.meta["video_codec"], video.meta["audio_codec"]) == ("h264", "aac")
    posters = {d.label for d in video.derived if d.kind == "thumbnail"}
    assert {"small", "medium", "large"} <= posters
    assert "_meta" not in job.result
    assert "_thumbnails" not in job.result


def test_bad_requests_change_nothing(ada, make_user):
    other = make_user("bob")
    before = row_counts()
    cases = [
        ({"story_topic": "gossip"}, "story_topic"),
        ({"prompt": "Hi.", "art_style": "watercolour"}, "art_style"),
        ({"prompt": "Hi.", "voice_name": "robot"}, "voice_name"),
        ({"prompt": "Hi.", "language": "klingon"}, "language"),
        ({"prompt": "", "seed": 1}, "prompt"),
        ({"prompt": "x" * 100_000}, "prompt"),
        ({"prompt": "\x00\x1b\x07"}, "prompt"),
        ({"prompt": "Hi.", "music_file_id": 10_000}, "music_file_id"),
        # The service is also called by the page, with ids it reads itself.
        ({"prompt": "Hi.", "music_file_id": 2**63}, "music_file_id"),
        ({"prompt": "Hi.", "music_file_id": True}, "music_file_id"),
        ({"prompt": "Hi.", "scene_file_ids": [2**64]}, "scene_file_ids"),
        ({"prompt": "Hi.", "scene_file_ids": "1,2"}, "scene_file_ids"),
        ({"prompt": "Hi.", "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        with pytest.raises(ValidationFailed) as caught:
            generation.create(ada, body)
        assert field in caught.value.details, (body, caught.value.details)
    with pytest.raises(ValidationFailed) as caught:
        generation.create(ada, {"prompt": "Hi.", "art_style": "oil"})
    assert "photorealistic" in " ".join(caught.value.details["art_style"])
    with pytest.raises(ValidationFailed):
        generation.create(ada, ["prompt"])
    assert row_counts() == before
    with pytest.raises(NotFound):
        generation.get_generation(other, 1)


def test_a_failed_render_resumes_after_the_last_finished_stage(ada, monkeypatch):
    real_video = pipeline.make_video
    calls = {"visual": 0, "speech": 0, "video": 0}

    def broken_video(*args, **kwargs):
        calls["video"] += 1
        raise GenerationError("the disk is full", stage="compose")

    def count(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(pipeline, "make_visual", count("visual", pipeline.make_visual))
    monkeypatch.setattr(pipeline, "make_speech", count("speech", pipeline.make_speech))
    monkeypatch.setattr(pipeline, "make_video", broken_video)
    job = _job(generation.create(ada, {"prompt": TWO_SCENES, "seed": 1}).id)
    assert job.status == "failed"
    assert "the disk is full" in job.error
    assert calls == {"visual": 2, "speech": 2, "video": 1}
    gen = db.session.get(Generation, job.id)
    assert gen.video_file_id is None
    assert gen.active_job_id is None
    stills = [s.image_key for s in gen.scenes]
    assert all(storage().exists(k) for k in stills)
    assert not _keys(f"outputs/{ada.id}/")  # nothing half-made is left as output

    monkeypatch.setattr(pipeline, "make_video", real_video)
    jobs.retry(ada, job.id)
    job = _job(job.id)
    assert job.status == "completed", job.error
    # Script, pictures and narration were not made again.
    assert calls == {"visual": 2, "speech": 2, "video": 1}
    gen = db.session.get(Generation, job.id)
    assert [s.image_key for s in gen.scenes] == stills
    log = _messages(job)
    assert "The script is already written" in log
    assert "Every scene already has its picture" in log
    assert "Every scene is already narrated" in log
    assert log.count("Wrote the script: 2 scenes") == 1
    assert db.session.get(File, gen.video_file_id).status == "ready"


def test_cancelling_mid_speech_stops_the_job_and_leaves_no_video(ada, app, monkeypatch):
    real_speech = pipeline.make_speech
    seen = []

    def cancel_while_speaking(req, text, out, providers, should_cancel=None, **kwargs):
        seen.append(out.name)
        if out.name == "scene-000.wav":
            # The owner presses cancel while the first narrations are being spoken
            # (narrations run in worker threads, outside the request's session).
            with app.app_context():
                db.session.execute(
                    update(Job).where(Job.kind == "video_generation").values(cancel_requested=True)
                )
                db.session.commit()
            time.sleep(job_runner.CANCEL_POLL + 0.5)  # the job notices meanwhile
        return real_speech(req, text, out, providers, should_cancel, **kwargs)

    monkeypatch.setattr(pipeline, "make_speech", cancel_while_speaking)
    three = TWO_SCENES + "\n\nThe keeper slept until noon, and dreamed of nothing at all."
    job = _job(generation.create(ada, {"prompt": three, "seed": 2}).id)
    assert job.status == "cancelled"
    gen = db.session.get(Generation, job.id)
    assert len(gen.scenes) == 3
    assert gen.stage == "speech"
    assert gen.video_file_id is None
    # The first narration was stopped in the middle; no video was composed.
    assert seen[0] == "scene-000.wav"
    assert gen.scenes[0].audio_key is None
    assert not _keys(f"outputs/{ada.id}/")
    assert db.session.query(File).count() == 0


def test_regenerating_a_scene_re_renders_and_replaces_the_video(ada, make_user):
    job = _job(generation.create(ada, {"prompt": TWO_SCENES, "seed": 3}).id)
    gen = db.session.get(Generation, job.id)
    first, second = gen.scenes
    old_video, old_still = gen.video_file_id, second.image_key
    with storage().open(old_still) as fh:
        old_bytes = fh.read()
    untouched = first.image_key

    # Someone else's scene is not found, and nothing happens.
    bob = make_user("bob")
    before = row_counts()
    with pytest.raises(NotFound):
        generation.regenerate(bob, second.id, prompt="a castle")
    assert row_counts() == before

    regen = _job(generation.regenerate(ada, second.id, prompt="a red castle on a snowy hill").id)
    assert regen.kind == "image_regeneration"
    assert regen.status == "completed", regen.error
    gen = db.session.get(Generation, job.id)
    first, second = gen.scenes
    assert second.version == 2
    assert second.image_prompt == "a red castle on a snowy hill"
    assert second.image_key != old_still
    assert not storage().exists(old_still)
    with storage().open(second.image_key) as fh:
        assert fh.read() != old_bytes
    assert first.image_key == untouched
    assert first.version == 1
    assert gen.renders == 2
    # Only the new picture's segments were encoded (the fade into it and its
    # own); the first scene's and the sound track came from storage, and only
    # this render's segments are kept.
    shows = _segment_scenes(gen)
    redone, n = shows.count(1), len(shows)
    assert f"Encoded {redone} of {n} scene segments; reused {n - redone}" in _messages(regen)
    segments = _keys(generation.prefix(ada.id, job.id) + "segments/")
    assert len(segments) == n + 1  # and the sound track
    assert gen.video_file_id != old_video
    assert db.session.get(File, old_video) is None  # the old render is gone
    assert _job(job.id).output_file_id == gen.video_file_id

    # Editing the text re-narrates that scene only.
    old_audio = first.audio_key
    edit = _job(generation.regenerate(ada, first.id, text="A quiet night. Then a bell rang.").id)
    assert edit.status == "completed", edit.error
    gen = db.session.get(Generation, job.id)
    first = gen.scenes[0]
    assert first.text == "A quiet night. Then a bell rang."
    assert first.image_key == untouched  # the picture stays
    assert first.audio_key != old_audio
    assert "bell rang" in first.subtitle
    assert "bell rang" in generation.subtitles_text(gen, "vtt")
    assert gen.story_text.startswith("A quiet night.")
    # Its own pieces and the fade out of it; the second scene's pieces are reused.
    shows = _segment_scenes(gen)
    redone, n = shows.count(0) + 1, len(shows)
    assert f"Encoded {redone} of {n} scene segments; reused {n - redone}" in _messages(edit)
    assert len(_keys(generation.prefix(ada.id, job.id) + "segments/")) == n + 1


def test_new_text_in_a_video_of_a_set_length_re_encodes_that_scene_only(ada):
    """A story asked to last 20 s holds each picture a little after its
    narration; new words for its first scene keep every other scene's slot
    (their segments are reused, not encoded again) and the video still lasts
    20 s within 5 %."""
    body = {"story_topic": "bedtime", "duration": 20, "seed": 3}
    job = _job(generation.create(ada, body).id)
    assert job.status == "completed", job.error
    gen = db.session.get(Generation, job.id)
    before = [s.slot for s in gen.scenes]
    assert pipeline.video_duration(before) == pytest.approx(20, rel=0.05)
    assert all(s.slot > s.audio_duration + 0.1 for s in gen.scenes)  # held a little longer
    first = gen.scenes[0]
    said = first.audio_duration
    sentences = [x.strip() for x in first.text.split(".") if x.strip()]
    text = ". ".join(reversed(sentences)) + "." if len(sentences) > 1 else first.text + " Sleep."
    edit = _job(generation.regenerate(ada, first.id, text=text).id)
    assert edit.status == "completed", edit.error
    gen = db.session.get(Generation, job.id)
    assert gen.scenes[0].audio_duration != said
    assert [s.slot for s in gen.scenes][1:] == before[1:]
    shows = _segment_scenes(gen)
    redone, n = shows.count(0) + 1, len(shows)  # its pieces and the fade out of it
    assert f"Encoded {redone} of {n} scene segments; reused {n - redone}" in _messages(edit)
    video = db.session.get(File, gen.video_file_id)
    info = _probe(video.blob.storage_key)
    assert float(info["format"]["duration"]) == pytest.approx(20, rel=0.05)


def test_regeneration_waits_for_the_video(ada, monkeypatch):
    monkeypatch.setattr(jobs, "enqueue", lambda job: None)  # the job stays queued
    job = generation.create(ada, {"prompt": "One short scene.", "seed": 4})
    scene = Scene(job_id=job.id, index=0, text="One short scene.")
    db.session.add(scene)
    db.session.commit()
    with pytest.raises(Conflict) as caught:
        generation.regenerate(ada, scene.id)
    assert caught.value.code == "GENERATION_BUSY"
    db.session.get(Generation, job.id).active_job_id = None
    db.session.commit()
    with pytest.raises(Conflict) as caught:
        generation.regenerate(ada, scene.id)
    assert caught.value.code == "GENERATION_NOT_READY"
    with pytest.raises(ValidationFailed) as caught:
        generation.regenerate(ada, scene.id, prompt=" ", text="x" * 3000)
    assert set(caught.value.details) == {"prompt", "text"}


def test_deleting_the_job_removes_its_video_scenes_and_objects(ada):
    job = _job(generation.create(ada, {"prompt": "A single quiet scene.", "seed": 6}).id)
    assert job.status == "completed", job.error
    assert _keys(generation.prefix(ada.id, job.id))
    jobs.delete(ada, job.id)
    db.session.expire_all()
    assert db.session.get(Generation, job.id) is None
    assert db.session.query(Scene).count() == 0
    assert db.session.query(File).count() == 0
    assert _keys() == []


def _rms_db(key: str, start: float, length: float) -> float:
    with storage().local_path(key) as path:
        err = subprocess.run(
            ["ffmpeg", "-hide_banner", "-nostdin", "-ss", f"{start}", "-t", f"{length}",
             "-i", str(path), "-af", "astats=measure_perchannel=none:measure_overall=RMS_level",
             "-f", "null", "-"],
            capture_output=True, text=True, timeout=60, check=True,
        ).stderr  # fmt: skip
    value = re.findall(r"RMS level dB: (-?[\d.]+|-inf)", err)[-1]
    return float(value)


def test_the_users_picture_and_music_are_used(ada, client, api, tmp_path):
    path = tmp_path / "mine.png"
    Image.new("RGB", (800, 600), (200, 30, 30)).save(path)
    r = upload(client, api.headers(ada), path)
    assert r.status_code == 201, r.get_json()
    picture = r.get_json()["data"]["id"]
    r = upload(client, api.headers(ada), make_audio(tmp_path / "bed.mp3", seconds=4))
    assert r.status_code == 201, r.get_json()
    music = r.get_json()["data"]["id"]
    body = {"prompt": TWO_SCENES, "seed": 7, "scene_file_ids": [picture, None]}
    job = _job(generation.create(ada, {**body, "music_file_id": music}).id)
    assert job.status == "completed", job.error
    gen = db.session.get(Generation, job.id)
    first, second = gen.scenes
    assert (first.image_engine, second.image_engine) == ("upload", "builtin")
    with storage().open(first.image_key) as fh:
        red = Image.open(fh).convert("RGB").resize((1, 1)).getpixel((0, 0))
    assert red[0] > 150
    assert red[1] < 80
    composing = next(line for line in job.logs if line.message.startswith("Composing"))
    assert composing.details["music"] is True
    # The pause between the narrations carries the (looped) music, not silence.
    pause = first.audio_duration + 0.1
    video = db.session.get(File, gen.video_file_id).blob.storage_key
    assert _rms_db(video, pause, 0.3) > -45
    # Music turned off and a music file: which is it? A 422 naming the file, nothing made.
    before = row_counts()
    with pytest.raises(ValidationFailed) as info:
        generation.create(ada, {**body, "music_file_id": music, "music": False})
    assert list(info.value.details) == ["music_file_id"]
    assert "music: false" in info.value.details["music_file_id"][0]
    assert row_counts() == before


def test_music_false_is_silent_between_narrations_and_the_default_is_not(ada):
    """By default the built-in bed plays in the pause between two narrations; with
    ``music: false`` that pause is silent."""
    loud = {}
    for music in (True, False):
        job = _job(generation.create(ada, {"prompt": TWO_SCENES, "seed": 7, "music": music}).id)
        assert job.status == "completed", job.error
        gen = db.session.get(Generation, job.id)
        composing = next(line for line in job.logs if line.message.startswith("Composing"))
        assert composing.details["music"] is music
        video = db.session.get(File, gen.video_file_id).blob.storage_key
        loud[music] = _rms_db(video, gen.scenes[0].audio_duration + 0.1, 0.3)
    assert loud[True] > -50
    assert loud[False] < -70


def _frame_at(key: str, at: float, out: Path) -> Image.Image:
    with storage().local_path(key) as path:
        subprocess.run(
            ["ffmpeg", "-v", "error", "-nostdin", "-ss", f"{at:.3f}", "-i", str(path),
             "-frames:v", "1", "-y", str(out)],
            check=True, timeout=60,
        )  # fmt: skip
    return Image.open(out).convert("RGB")


def _difference(a: Image.Image, b: Image.Image) -> float:
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def test_the_users_video_plays_in_its_scene_and_a_new_picture_replaces_it(
    ada, client, api, tmp_path
):
    clip = make_video(tmp_path / "mine.webm", seconds=1, size="320x240")  # looped to the scene
    r = upload(client, api.headers(ada), clip)
    assert r.status_code == 201, r.get_json()
    clip_id = r.get_json()["data"]["id"]
    job = _job(generation.create(ada, {"prompt": TWO_SCENES, "scene_file_ids": [clip_id]}).id)
    assert job.status == "completed", job.error
    gen = db.session.get(Generation, job.id)
    first = gen.scenes[0]
    assert first.image_engine == "upload"
    assert storage().exists(first.image_key)  # a frame of it, for the scene's card
    video = db.session.get(File, gen.video_file_id).blob.storage_key
    a, b, looped = (_frame_at(video, t, tmp_path / f"{t}.png") for t in (0.3, 0.8, 1.3))
    assert _difference(a, b) > 5  # the clip moves ...
    assert _difference(a, looped) < 3  # ... and plays again from its start after 1 s
    # The clip's 440 Hz tone is not in the video: its first second is the narration.
    assert _rms_db(video, 0.0, first.audio_duration) > -30

    # Regenerating that scene's image draws a new picture instead of the clip.
    regen = generation.regenerate(ada, first.id, prompt="a lighthouse in a storm")
    assert _job(regen.id).status == "completed", _job(regen.id).error
    db.session.expire_all()
    first = db.session.get(Scene, first.id)
    assert (first.image_engine, first.media_file_id) == ("builtin", None)
    assert db.session.get(File, clip_id) is not None  # the upload itself stays
    video = db.session.get(File, db.session.get(Generation, job.id).video_file_id).blob.storage_key
    a, looped = (_frame_at(video, t, tmp_path / f"new-{t}.png") for t in (0.3, 1.3))
    assert _difference(a, looped) > 3  # a slow pan now, no loop


def test_a_failing_llm_falls_back_or_fails_the_script_stage(app_factory, make_user):
    closed = "http://127.0.0.1:9"  # discard port: nothing listens
    strict = app_factory(LLM_URL=closed, LLM_TIMEOUT=2, GENERATION_FALLBACK_OFFLINE=False)
    with strict.app_context():
        from t2m.services import accounts

        user = accounts.register(
            email="c@example.com", username="cyrus", password="password123", send_verification=False
        )
        job = _job(generation.create(user, {"story_topic": "bedtime", "duration": 20}).id)
        assert job.status == "failed"
        assert "LLM" in job.error or "story" in job.error.lower(), job.error
        assert db.session.get(Generation, job.id).scenes == []
        assert (
            job.error
            == "Could not connect to the LLM server at http://127.0.0.1:9/v1/chat/completions."
        )

    lenient = app_factory(LLM_URL=closed, LLM_TIMEOUT=2)  # falls back by default
    with lenient.app_context():
        user = accounts.register(
            email="d@example.com", username="dora", password="password123", send_verification=False
        )
        job = _job(generation.create(user, {"story_topic": "bedtime", "duration": 20}).id)
        assert job.status == "completed", job.error
        gen = db.session.get(Generation, job.id)
        assert gen.engines["script"].startswith("offline (llm failed:")
        assert gen.title
        assert len(gen.scenes) >= 2


def test_on_s3_every_stage_output_and_the_video_live_in_the_bucket(request, app_factory, make_user):
    """Stills, narrations, subtitles and the video go to S3; a regeneration reads
    the other scenes back from it; deleting the job empties the bucket."""
    on_s3 = SimpleNamespace(param="s3", getfixturevalue=request.getfixturevalue)
    gen_app = storage_backend_app(on_s3, app_factory)
    app = next(gen_app)
    try:
        user = make_user("sam")
        job = _job(generation.create(user, {"prompt": TWO_SCENES, "seed": 8}).id)
        assert job.status == "completed", job.error
        gen = db.session.get(Generation, job.id)
        assert app.config["STORAGE"] == "s3"
        keys = _keys(generation.prefix(user.id, job.id))
        assert len([k for k in keys if k.endswith(".jpg")]) == 2
        assert len([k for k in keys if k.endswith(".wav")]) == 2
        media = Path(app.config["MEDIA_ROOT"])
        assert not media.exists() or not [p for p in media.rglob("*") if p.is_file()]
        regen = _job(generation.regenerate(user, gen.scenes[0].id, prompt="a green valley").id)
        assert regen.status == "completed", regen.error
        gen = db.session.get(Generation, job.id)
        video = db.session.get(File, gen.video_file_id)
        info = _probe(video.blob.storage_key)
        assert sorted(s["codec_type"] for s in info["streams"]) == ["audio", "video"]
        jobs.delete(user, job.id)
        assert _keys() == []
    finally:
        gen_app.close()
