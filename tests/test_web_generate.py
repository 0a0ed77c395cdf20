"""Text-to-video pages: the form (every choice, inline errors that create nothing,
a real generation), the live view (progress, scene cards, stills, player with a
subtitles track, cancel, failures), scene regeneration and text edits, and other
users' generations, through the test client.

The queue runs inline here, so a generation started from the form has finished
(about 5 s for one short sentence) when the POST answers; running or failed
generations are made directly as rows.
"""

from __future__ import annotations

import io
import re
from html import unescape
from types import SimpleNamespace

import pytest
from PIL import Image
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.db import ID_MESSAGE
from t2m.extensions import db
from t2m.generate import pipeline
from t2m.models import File, Generation, Job, Scene
from t2m.models.base import utcnow
from t2m.services import jobs
from t2m.storage import storage

from .conftest import row_counts, storage_backend_app
from .media_fixtures import make_audio, make_image
from .test_web_account import sign_in

HTMX = {"HX-Request": "true"}
PROMPT = "A small fox crosses a snowy field at dawn."
FORM = {
    "prompt": PROMPT,
    "story_topic": "",
    "art_style": "anime",
    "duration": "",  # as long as it takes to say
    "quality": "720p",
    "aspect_ratio": "16:9",
    "language": "english",
    "voice_name": "nova",
    "subtitles": "track",
    "narration": "y",
    "music_file_id": "",
    "seed": "7",
}
_TAG = re.compile(r"<[^>]+>")
_FIELD_ERROR = re.compile(r'<div id="(\w+)-errors" class="field-errors">(.*?)</div>', re.S)
_IMAGE = re.compile(r'<img src="(/generate/\d+/scenes/(\d+)/image\?v=(\d+))"')
_CARD = re.compile(r'<li class="scene-card[^"]*" id="scene-(\d+)"')
JPEG = b"\xff\xd8\xff"


def text(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html)).split())


def field_errors(html: str) -> dict[str, str]:
    """The form's inline errors as {field id: text}."""
    return {name: text(errs) for name, errs in _FIELD_ERROR.findall(html)}


def fresh(model, key):
    db.session.expire_all()
    return db.session.get(model, key)


@pytest.fixture
def ada(make_user, client):
    user = make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    return user


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def generate(client, **changes) -> int:
    """Post the form (the generation runs inline); the job id it redirected to."""
    r = client.post("/generate", data={**FORM, **changes})
    assert r.status_code == 303, text(r.get_data(as_text=True))[:2000]
    match = re.fullmatch(r"/generate/(\d+)", r.headers["Location"])
    assert match, r.headers["Location"]
    return int(match.group(1))


@pytest.fixture
def rendered(client, ada) -> int:
    """Ada's generation of one short sentence, rendered."""
    job_id = generate(client)
    job = fresh(Job, job_id)
    assert job.status == "completed", job.error
    return job_id


def make_generation(owner, status="completed", *, stage="done", progress=100.0, scenes=2, **job):
    """A generation as rows (nothing runs): its job in ``status``, ``scenes`` scenes
    of which the first has a stored still."""
    request = pipeline.Request(prompt="Rows made by a test. Two scenes.").to_dict()
    row = jobs.create(owner.id, "video_generation", parameters={"request": request})
    row.status, row.progress = status, progress
    now = utcnow()
    if status != "queued":
        row.started_at, row.worker, row.heartbeat_at, row.attempts = now, "test:1:1", now, 1
    if status in jobs.FINISHED:
        row.completed_at = now
    for name, value in job.items():
        setattr(row, name, value)
    db.session.flush()
    active = row.id if status in ("queued", "processing") else None
    gen = Generation(
        job_id=row.id, owner_id=owner.id, stage=stage, title="Rows", active_job_id=active
    )
    db.session.add(gen)
    db.session.flush()
    for index in range(scenes):
        scene = Scene(job_id=row.id, index=index, text=f"Scene number {index + 1}.")
        if index == 0:
            scene.image_key = f"generations/{owner.id}/{row.id}/scene-000-v1.jpg"
            scene.subtitle = "Scene number 1."
            scene.status = "completed"
            storage().save(scene.image_key, io.BytesIO(JPEG + b"fake"), content_type="image/jpeg")
        db.session.add(scene)
    db.session.commit()
    return row.id


def scene_ids(job_id: int) -> list[int]:
    return [s.id for s in fresh(Generation, job_id).scenes]


def upload_audio(client, tmp_path) -> int:
    data = make_audio(tmp_path / "tune.m4a", seconds=1).read_bytes()
    boundary, body = encode_multipart(
        MultiDict({"file": FileStorage(io.BytesIO(data), "tune.m4a")})
    )
    r = client.post(
        "/library/upload", data=body, content_type=f"multipart/form-data; boundary={boundary}"
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["file_id"]


# --- access ----------------------------------------------------------------


ROUTES = [
    ("get", "/generate/{job}"),
    ("get", "/generate/{job}/live"),
    ("post", "/generate/{job}/cancel"),
    ("get", "/generate/{job}/subtitles.vtt"),
    ("get", "/generate/{job}/subtitles.srt"),
    ("get", "/generate/{job}/scenes/{scene}/image"),
    ("post", "/generate/{job}/scenes/{scene}/regenerate"),
    ("post", "/generate/{job}/scenes/{scene}/text"),
    ("post", "/generate/{job}/scenes/{scene}/file"),
]


@pytest.mark.parametrize(("method", "path"), [("get", "/generate"), ("post", "/generate"), *ROUTES])
def test_generate_pages_need_sign_in(client, method, path):
    r = getattr(client, method)(path.format(job=1, scene=1))
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=")


def test_navigation_links_to_generate_once_signed_in(client, make_user):
    assert 'href="/generate"' not in client.get("/").get_data(as_text=True)
    make_user("ada")
    sign_in(client, "ada")
    nav = client.get("/").get_data(as_text=True)
    assert nav.index('href="/library"') < nav.index('href="/generate"') < nav.index('href="/jobs"')


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("htmx", [False, True])
def test_other_users_generations_are_not_found(client, ada, bob, method, path, htmx):
    theirs = make_generation(bob, "completed")
    scene = scene_ids(theirs)[0]
    before = row_counts()
    data = {"prompt": "a cat", "text": "New words."} if method == "post" else None
    r = getattr(client, method)(
        path.format(job=theirs, scene=scene), data=data, headers=HTMX if htmx else {}
    )
    assert r.status_code == 404
    assert r.headers["Content-Type"].startswith("text/html")
    assert row_counts() == before
    kept = fresh(Scene, scene)
    assert (kept.version, kept.text, kept.image_prompt) == (1, "Scene number 1.", None)


@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if "{scene}" in r[1]])
def test_another_users_scene_under_my_generation_is_not_found(client, ada, bob, method, path):
    mine = make_generation(ada, "completed")
    theirs = scene_ids(make_generation(bob, "completed"))[0]
    before = row_counts()
    r = getattr(client, method)(path.format(job=mine, scene=theirs), data={"text": "x"})
    assert r.status_code == 404
    assert row_counts() == before
    assert fresh(Scene, theirs).version == 1


def test_unknown_generations_and_scenes_are_not_found(client, ada):
    mine = make_generation(ada, "completed")
    assert client.get("/generate/999999").status_code == 404
    assert client.get("/generate/0").status_code == 404
    assert client.get(f"/generate/{mine}/scenes/999999/image").status_code == 404
    # The second scene has no still yet.
    assert client.get(f"/generate/{mine}/scenes/{scene_ids(mine)[1]}/image").status_code == 404
    # An encode job is not a generation.
    other = jobs.create(ada.id, "transcode", parameters={})
    db.session.commit()
    assert client.get(f"/generate/{other.id}").status_code == 404


# --- the form ----------------------------------------------------------------------


def test_form_offers_every_choice_and_the_users_audio_as_music(client, ada, tmp_path):
    audio = upload_audio(client, tmp_path)
    html = client.get("/generate").get_data(as_text=True)
    assert re.search(r'<textarea[^>]* id="prompt" maxlength="20000" name="prompt"', html)
    choices = {
        "story_topic": pipeline.TOPICS,
        "art_style": pipeline.ART_STYLES,
        "duration": pipeline.DURATIONS,
        "quality": pipeline.QUALITIES,
        "aspect_ratio": pipeline.ASPECTS,
        "language": pipeline.LANGUAGES,
        "voice_name": pipeline.VOICES,
    }
    for name, values in choices.items():
        select = re.search(rf'<select[^>]* id="{name}" name="{name}">(.*?)</select>', html, re.S)
        assert select, name
        offered = re.findall(r'<option[^>]* value="([^"]*)"', select.group(1))
        assert set(values) <= set(offered), (name, offered)
    music = re.search(r'<select[^>]* id="music_file_id"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert re.findall(r'value="([^"]*)"', music) == ["", "none", str(audio)]
    assert "tune.m4a" in music
    assert 'type="number"' in re.search(r"<input[^>]* id=\"seed\"[^>]*>", html).group(0)
    assert "Custom: a story about my prompt" in html
    assert 'data-testid="generations-empty"' in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"art_style": "vaporwave"}, "art_style", "Must be one of: photorealistic"),
        ({"prompt": ""}, "prompt", "Give a prompt (the narration) or a story topic."),
        ({"prompt": "   \n\t "}, "prompt", "Give a prompt"),
        ({"prompt": "word " * 20_000}, "prompt", "Must be at most 20000 characters."),
        (
            {"prompt": "", "story_topic": "custom"},
            "prompt",
            "The custom story topic needs a prompt",
        ),
        ({"story_topic": "gossip"}, "story_topic", "Must be one of: scary"),
        ({"voice_name": "robot"}, "voice_name", "Must be one of: alloy"),
        ({"language": "klingon"}, "language", "Must be one of: english"),
        ({"aspect_ratio": "4:3"}, "aspect_ratio", "Must be one of: 16:9"),
        ({"quality": "4k"}, "quality", "Must be one of: 720p"),
        ({"duration": "forever"}, "duration", "Must be short, long or a number of seconds"),
        ({"duration": "3"}, "duration", "from 5 to 600"),
        ({"subtitles": "sideways"}, "subtitles", "Must be one of: burned, track, both"),
        ({"seed": "-3"}, "seed", "Must be a whole number from 0 to 2147483647."),
        ({"seed": "lucky"}, "seed", "Must be a whole number"),
        ({"music_file_id": "999999"}, "music_file_id", "File 999999 not found."),
        ({"music_file_id": str(2**63)}, "music_file_id", ID_MESSAGE),
        ({"music_file_id": str(2**64)}, "music_file_id", ID_MESSAGE),
        ({"music_file_id": "-1"}, "music_file_id", ID_MESSAGE),
        ({"music_file_id": "0"}, "music_file_id", ID_MESSAGE),
        ({"music_file_id": "1e30"}, "music_file_id", ID_MESSAGE),
    ],
)
def test_invalid_requests_show_inline_errors_and_create_nothing(
    client, ada, changes, field, message
):
    before = row_counts()
    r = client.post("/generate", data={**FORM, **changes})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    errors = field_errors(html)
    assert message in errors.get(field, ""), errors
    assert "<h1>Generate a video</h1>" in html  # the whole page, with what was typed
    if changes.get("prompt", "").strip():
        assert changes["prompt"].strip()[:50] in unescape(html)
    assert row_counts() == before


def test_htmx_errors_come_back_as_the_form_alone(client, ada):
    before = row_counts()
    r = client.post(
        "/generate", data={**FORM, "art_style": "vaporwave", "prompt": ""}, headers=HTMX
    )
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith("<form") or '<form id="generate-form"' in html[:400]
    assert "<h1>" not in html
    assert set(field_errors(html)) == {"art_style", "prompt"}
    assert row_counts() == before


def test_someone_elses_music_is_refused(app, client, ada, bob, tmp_path):
    bobs = app.test_client()
    sign_in(bobs, "bob")
    theirs = upload_audio(bobs, tmp_path)
    assert f'value="{theirs}"' not in client.get("/generate").get_data(as_text=True)
    before = row_counts()
    r = client.post("/generate", data={**FORM, "music_file_id": str(theirs)})
    assert r.status_code == 422
    assert field_errors(r.get_data(as_text=True))["music_file_id"] == f"File {theirs} not found."
    assert row_counts() == before


# --- a real generation ------------------------------------------------------------


def test_generation_from_the_form_renders_and_shows_everything(client, ada, rendered):
    gen = fresh(Generation, rendered)
    job = fresh(Job, rendered)
    assert job.kind == "video_generation"
    assert job.parameters["request"]["art_style"] == "anime"
    assert job.parameters["request"]["voice_name"] == "nova"
    assert job.parameters["request"]["seed"] == 7
    assert gen.stage == "done"
    assert gen.video_file_id
    assert gen.scenes

    html = client.get(f"/generate/{rendered}").get_data(as_text=True)
    assert f'data-testid="gen-title">{gen.title}</h1>' in html
    assert 'data-state="completed"' in html
    assert 'aria-valuenow="100"' in html
    assert 'hx-trigger="every 1s"' not in html  # nothing runs: no polling
    # The library's player, with the subtitles as a track inside the <video>.
    video = re.search(r"<video[^>]*>(.*?)</video>", html, re.S)
    assert video, html
    assert f'src="/library/{gen.video_file_id}/stream"' in video.group(0)
    track = re.search(r"<track ([^>]*)>", video.group(1)).group(1)
    assert 'kind="subtitles"' in track
    assert 'srclang="en"' in track
    assert 'label="English"' in track
    vtt_url = unescape(re.search(r'src="([^"]+)"', track).group(1))
    assert vtt_url.startswith(f"/generate/{rendered}/subtitles.vtt")
    assert f'href="/library/{gen.video_file_id}/download"' in html
    # A card per scene, with its still, text, subtitle and the buttons.
    cards = _CARD.findall(html)
    assert [int(c) for c in cards] == [s.id for s in gen.scenes]
    images = _IMAGE.findall(html)
    assert len(images) == len(gen.scenes)
    assert PROMPT in text(html)
    assert html.count('data-testid="regenerate-image"') == len(gen.scenes)
    assert html.count('data-testid="save-text"') == len(gen.scenes)
    assert 'data-testid="scene-subtitle"' in html

    # Stills are JPEGs, for the owner.
    url = images[0][0]
    r = client.get(unescape(url))
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "image/jpeg"
    assert r.data.startswith(JPEG)
    assert len(r.data) > 1000
    assert "immutable" in r.headers["Cache-Control"]
    assert (
        client.get(unescape(url), headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    )

    # The subtitles: WebVTT for the track, SRT to download.
    vtt = client.get(vtt_url)
    assert vtt.status_code == 200
    assert vtt.headers["Content-Type"] == "text/vtt; charset=utf-8"
    assert vtt.get_data(as_text=True).startswith("WEBVTT")
    assert "A small fox crosses a snowy field at dawn." in vtt.get_data(as_text=True)
    srt = client.get(f"/generate/{rendered}/subtitles.srt")
    assert srt.status_code == 200
    assert srt.headers["Content-Type"].startswith("application/x-subrip")
    assert "attachment" in srt.headers["Content-Disposition"]
    assert "-->" in srt.get_data(as_text=True)

    # The live partial: 286 (stop polling), no reload while the video is the same one.
    live = client.get(f"/generate/{rendered}/live?video={gen.video_file_id}", headers=HTMX)
    assert live.status_code == 286
    assert "HX-Refresh" not in live.headers
    assert 'id="gen-live"' in live.get_data(as_text=True)
    assert 'id="gen-head" class="gen-head" hx-swap-oob="true"' in live.get_data(as_text=True)
    # ... and a reload when the page showed another render (or none).
    assert client.get(f"/generate/{rendered}/live?video=0", headers=HTMX).headers["HX-Refresh"]
    # Without htmx it is the page.
    assert client.get(f"/generate/{rendered}/live").status_code == 303

    # The job's page links back here.
    job_page = client.get(f"/jobs/{rendered}").get_data(as_text=True)
    assert f'href="/generate/{rendered}" data-testid="job-generation-link"' in job_page

    # Listed under the form.
    listing = client.get("/generate").get_data(as_text=True)
    assert f'href="/generate/{rendered}"' in listing
    assert gen.title in listing


def test_htmx_post_redirects_to_the_live_view(client, ada):
    r = client.post("/generate", data={**FORM, "prompt": "Rain falls."}, headers=HTMX)
    assert r.status_code == 204
    job_id = int(re.fullmatch(r"/generate/(\d+)", r.headers["HX-Redirect"]).group(1))
    assert fresh(Job, job_id).status == "completed"


# --- the live view while it runs ----------------------------------------------------


@pytest.mark.parametrize("value", [str(2**63), str(2**64), "2147483648", "-1", "0", "1e30", "x"])
def test_hostile_job_and_video_arguments_are_ignored(client, ada, value):
    """``job`` (the job the page watches) and ``video`` are ids from the query
    string: anything else means "none", never a lookup the database cannot hold."""
    job_id = make_generation(ada, "completed")
    page = client.get(f"/generate/{job_id}", query_string={"job": value})
    assert page.status_code == 200
    live = client.get(
        f"/generate/{job_id}/live", query_string={"job": value, "video": value}, headers=HTMX
    )
    assert live.status_code == 286


def test_live_view_of_a_running_generation_polls_and_shows_scenes(client, ada):
    job_id = make_generation(ada, "processing", stage="visuals", progress=42.5)
    html = client.get(f"/generate/{job_id}").get_data(as_text=True)
    section = re.search(r'<section id="gen-live"[^>]*>', html).group(0)
    assert f'hx-get="/generate/{job_id}/live?job={job_id}&amp;video=0"' in section
    assert 'hx-trigger="every 1s"' in section
    assert 'aria-valuenow="42.5"' in html
    assert "Drawing the scenes" in text(html)
    assert 'aria-current="step">Drawing the scenes' in html
    assert 'data-testid="gen-cancel"' in html
    assert 'data-testid="regenerate-image"' not in html  # not while it runs
    assert len(_IMAGE.findall(html)) == 1
    assert 'data-testid="scene-pending"' in html
    assert 'data-testid="player"' not in html

    live = client.get(f"/generate/{job_id}/live?job={job_id}&video=0", headers=HTMX)
    assert live.status_code == 200  # keep polling
    assert 'hx-trigger="every 1s"' in live.get_data(as_text=True)

    # The worker moves on: progress and the second scene's still show up.
    job = fresh(Job, job_id)
    job.progress = 61.0
    gen = db.session.get(Generation, job_id)
    gen.stage = "compose"
    second = gen.scenes[1]
    second.image_key = gen.scenes[0].image_key
    db.session.commit()
    html = client.get(f"/generate/{job_id}/live?job={job_id}&video=0", headers=HTMX).get_data(
        as_text=True
    )
    assert 'aria-valuenow="61.0"' in html
    assert "Composing the video" in text(html)
    assert len(_IMAGE.findall(html)) == 2


def test_cancel_stops_a_queued_generation(client, ada):
    job_id = make_generation(ada, "queued", stage="queued", progress=0.0)
    r = client.post(f"/generate/{job_id}/cancel", headers=HTMX)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'data-state="cancelled"' in html
    assert "The job was cancelled." in text(html)
    assert 'hx-trigger="every 1s"' not in html
    assert fresh(Job, job_id).status == "cancelled"
    # Nothing left to cancel.
    again = client.post(f"/generate/{job_id}/cancel", headers=HTMX)
    assert again.status_code == 409
    assert "Nothing is running on this video." in text(again.get_data(as_text=True))
    # Without htmx: back to the page.
    plain = client.post(f"/generate/{job_id}/cancel")
    assert plain.status_code == 409
    assert "<h1" in plain.get_data(as_text=True)


def test_failed_generation_says_why_and_offers_no_edits(client, ada):
    job_id = make_generation(
        ada, "failed", stage="speech", progress=40.0, error="espeak-ng exited with status 1."
    )
    html = client.get(f"/generate/{job_id}").get_data(as_text=True)
    assert 'data-state="failed"' in html
    assert "Failed while narrating" in text(html)
    error = re.search(r'data-testid="gen-error">(.*?)</div>', html, re.S).group(1)
    assert "espeak-ng exited with status 1." in text(error)
    assert 'class="gen-stage is-failed" data-stage="speech"' in html
    assert 'hx-trigger="every 1s"' not in html
    assert 'data-testid="regenerate-image"' not in html
    assert client.get(f"/generate/{job_id}/subtitles.vtt").status_code == 409


def test_a_failed_regeneration_says_why_and_the_buttons_come_back(client, ada, bob):
    job_id = make_generation(ada, "completed")
    scene = scene_ids(job_id)[0]
    regen = jobs.create(
        ada.id, "image_regeneration", parameters={"generation_id": job_id, "scene_id": scene}
    )
    regen.status, regen.error = "failed", "The image provider answered 500."
    regen.completed_at = utcnow()
    db.session.commit()
    r = client.get(f"/generate/{job_id}/live?job={regen.id}&video=0", headers=HTMX)
    assert r.status_code == 286
    assert "HX-Refresh" not in r.headers  # no new render to show
    html = r.get_data(as_text=True)
    assert f'data-job-id="{regen.id}"' in html
    assert 'data-state="failed"' in html
    assert "The image provider answered 500." in text(html)
    assert 'data-testid="regenerate-image"' in html
    # Someone else's job (or one of another video) named in the URL is not shown.
    theirs = make_generation(bob, "failed", error="Bob's secret failure.")
    for watch in (theirs, 999999):
        other = client.get(f"/generate/{job_id}/live?job={watch}&video=0", headers=HTMX)
        assert f'data-job-id="{job_id}"' in other.get_data(as_text=True)
        assert "secret" not in other.get_data(as_text=True)


# --- regenerating scenes -----------------------------------------------------------


def test_regenerate_image_makes_a_new_still_and_a_new_render(client, ada, rendered):
    gen = fresh(Generation, rendered)
    scene = gen.scenes[0]
    old_video, old_key = gen.video_file_id, scene.image_key
    old_still = client.get(f"/generate/{rendered}/scenes/{scene.id}/image?v=1").data

    r = client.post(
        f"/generate/{rendered}/scenes/{scene.id}/regenerate",
        data={"prompt": "a red lighthouse on a cliff"},
        headers=HTMX,
    )
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="gen-live"')
    regen = db.session.scalars(
        db.select(Job).where(Job.kind == "image_regeneration").order_by(Job.id.desc())
    ).first()
    assert regen.parameters["scene_id"] == scene.id
    assert regen.status == "completed", regen.error  # ran inline
    assert f'data-job-id="{regen.id}"' in html

    gen = fresh(Generation, rendered)
    scene = gen.scenes[0]
    assert scene.version == 2
    assert scene.image_prompt == "a red lighthouse on a cliff"
    assert scene.image_key != old_key
    assert gen.video_file_id != old_video
    assert gen.renders == 2
    assert fresh(File, old_video) is None  # the old render left the library
    assert f"/generate/{rendered}/scenes/{scene.id}/image?v=2" in html
    new_still = client.get(f"/generate/{rendered}/scenes/{scene.id}/image?v=2")
    assert new_still.status_code == 200
    assert new_still.data.startswith(JPEG)
    assert new_still.data != old_still
    # A page that showed the old render reloads itself for the new one.
    live = client.get(f"/generate/{rendered}/live?job={regen.id}&video={old_video}", headers=HTMX)
    assert live.status_code == 286
    assert live.headers["HX-Refresh"] == "true"
    page = client.get(f"/generate/{rendered}").get_data(as_text=True)
    assert f'src="/library/{gen.video_file_id}/stream"' in page
    job_page = client.get(f"/jobs/{regen.id}").get_data(as_text=True)
    assert f'href="/generate/{rendered}" data-testid="job-generation-link"' in job_page
    # So does its row in the jobs list.
    rows = client.get("/jobs").get_data(as_text=True)
    link = f'href="/generate/{rendered}"\n         data-testid="job-row-generation-link"'
    assert rows.count(link) == 2  # the generation and its regeneration
    assert "subtitles.vtt?r=2" in page


def test_edit_text_renarrates_the_scene(client, ada, rendered):
    gen = fresh(Generation, rendered)
    scene = gen.scenes[0]
    old_video, old_image = gen.video_file_id, scene.image_key
    r = client.post(
        f"/generate/{rendered}/scenes/{scene.id}/text",
        data={"text": "The fox sleeps by the fire. Snow keeps falling."},
    )
    assert r.status_code == 303
    assert r.headers["Location"].startswith(f"/generate/{rendered}?job=")
    scene = fresh(Scene, scene.id)
    assert scene.text == "The fox sleeps by the fire. Snow keeps falling."
    assert scene.subtitle.splitlines() == ["The fox sleeps by the fire.", "Snow keeps falling."]
    assert scene.version == 2
    assert scene.image_key == old_image  # the picture stays unless asked to redraw
    gen = fresh(Generation, rendered)
    assert gen.video_file_id != old_video
    vtt = client.get(f"/generate/{rendered}/subtitles.vtt").get_data(as_text=True)
    assert "Snow keeps falling." in vtt
    assert "A small fox" not in vtt
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Snow keeps falling." in text(page)
    assert 'data-state="completed"' in page


@pytest.mark.parametrize(
    ("route", "data", "status", "message"),
    [
        ("text", {"text": "   "}, 422, "A scene needs some words to narrate."),
        ("text", {"text": "x" * 2001}, 422, "Must be at most 2000 characters."),
        ("regenerate", {"prompt": "y" * 1001}, 422, "Must be at most 1000 characters."),
        ("file", {}, 422, "Choose one of your pictures or videos first."),
        ("file", {"file_id": "../etc/passwd"}, 422, ID_MESSAGE),
        ("file", {"file_id": "999999"}, 422, "File 999999 not found."),
        ("file", {"file_id": "9" * 40}, 422, ID_MESSAGE),
        ("file", {"file_id": str(2**63)}, 422, ID_MESSAGE),
        ("file", {"file_id": "2147483648"}, 422, ID_MESSAGE),
        ("file", {"file_id": "-1"}, 422, ID_MESSAGE),
        ("file", {"file_id": "0"}, 422, ID_MESSAGE),
    ],
)
def test_bad_regeneration_requests_show_on_the_card(client, ada, route, data, status, message):
    job_id = make_generation(ada, "completed")
    scene = scene_ids(job_id)[0]
    before = row_counts()
    r = client.post(f"/generate/{job_id}/scenes/{scene}/{route}", data=data, headers=HTMX)
    assert r.status_code == status
    html = r.get_data(as_text=True)
    card = re.search(rf'<li class="scene-card[^"]*" id="scene-{scene}".*?</li>', html, re.S).group(
        0
    )
    note = re.search(r'data-testid="scene-message">(.*?)</p>', card, re.S).group(1)
    assert message in unescape(note)
    if route == "text":  # what was typed stays in the open editor
        assert '<details class="scene-edit" open>' in card
        assert data["text"][:50] in card
    assert row_counts() == before
    assert fresh(Scene, scene).version == 1


def upload_picture(client, path) -> int:
    boundary, body = encode_multipart(
        MultiDict(
            {"file": FileStorage(io.BytesIO(make_image(path, (640, 360)).read_bytes()), path.name)}
        )
    )
    r = client.post(
        "/library/upload", data=body, content_type=f"multipart/form-data; boundary={boundary}"
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["file_id"]


def test_a_scene_shows_the_users_file_and_never_someone_elses(
    app, client, ada, bob, rendered, tmp_path
):
    gen = fresh(Generation, rendered)
    scene = gen.scenes[0]
    page = client.get(f"/generate/{rendered}").get_data(as_text=True)
    assert 'data-testid="use-file"' not in page  # nothing to pick yet
    audio = upload_audio(client, tmp_path)
    mine = upload_picture(client, tmp_path / "mine.png")
    other = app.test_client()
    assert sign_in(other, "bob").status_code in (302, 303)
    theirs = upload_picture(other, tmp_path / "bobs.png")
    page = client.get(f"/generate/{rendered}").get_data(as_text=True)
    picker = re.search(rf'<select id="file-{scene.id}".*?</select>', page, re.S).group(0)
    assert f'value="{mine}"' in picker
    assert f'value="{audio}"' not in picker  # music is not a picture
    assert f'value="{theirs}"' not in picker
    assert "bobs.png" not in page

    # Bob's picture, or Ada's music, is refused and changes nothing.
    before = row_counts()
    for file_id, why in ((theirs, f"File {theirs} not found."), (audio, "is audio")):
        r = client.post(
            f"/generate/{rendered}/scenes/{scene.id}/file", data={"file_id": file_id}, headers=HTMX
        )
        assert r.status_code == 422
        assert why in text(r.get_data(as_text=True))
    assert row_counts() == before

    old_video = gen.video_file_id
    r = client.post(
        f"/generate/{rendered}/scenes/{scene.id}/file", data={"file_id": mine}, headers=HTMX
    )
    assert r.status_code == 200
    scene = fresh(Scene, scene.id)
    assert (scene.media_file_id, scene.image_engine, scene.version) == (mine, "upload", 2)
    gen = fresh(Generation, rendered)
    assert gen.video_file_id != old_video
    html = r.get_data(as_text=True)
    assert f'href="/library/{mine}">file #{mine}</a>' in html
    still = client.get(f"/generate/{rendered}/scenes/{scene.id}/image?v=2").data
    assert Image.open(io.BytesIO(still)).size == (1280, 720)
    # Bob still cannot reach the scene, nor show his picture in it.
    r = other.post(f"/generate/{rendered}/scenes/{scene.id}/file", data={"file_id": theirs})
    assert r.status_code == 404
    assert fresh(Scene, scene.id).media_file_id == mine


def test_regeneration_conflicts_show_on_the_card(client, ada):
    # Before the first render: the generation job failed.
    failed = make_generation(ada, "failed", stage="visuals", error="boom")
    busy = make_generation(ada, "processing", stage="compose", progress=80.0)
    scene = scene_ids(failed)[0]
    before = row_counts()
    r = client.post(f"/generate/{failed}/scenes/{scene}/regenerate", headers=HTMX)
    assert r.status_code == 409
    assert "scenes can be regenerated once it has completed" in text(r.get_data(as_text=True))
    # While a job works on the video.
    scene = scene_ids(busy)[0]
    r = client.post(f"/generate/{busy}/scenes/{scene}/text", data={"text": "Hi."}, headers=HTMX)
    assert r.status_code == 409
    html = r.get_data(as_text=True)
    assert "This video is being generated or re-rendered" in text(html)
    assert 'hx-trigger="every 1s"' in html  # still watching the running job
    # Without htmx: the whole page with the message, same status.
    plain = client.post(f"/generate/{busy}/scenes/{scene}/text", data={"text": "Hi."})
    assert plain.status_code == 409
    assert "This video is being generated or re-rendered" in text(plain.get_data(as_text=True))
    assert row_counts() == before


def test_scene_stills_of_a_fresh_version_are_not_cached_for_good(client, ada):
    job_id = make_generation(ada, "completed")
    scene = scene_ids(job_id)[0]
    r = client.get(f"/generate/{job_id}/scenes/{scene}/image")
    assert r.status_code == 200
    assert r.data.startswith(JPEG)
    assert r.headers["Cache-Control"] == "private, no-cache"
    assert r.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(("subtitles", "label"), [("burned", "In the picture"), ("both", "Both")])
def test_burned_in_subtitles_are_not_offered_a_second_time(client, ada, subtitles, label):
    """Subtitles drawn into the picture: the player has no caption track to turn
    on (they would show twice); the files stay downloadable."""
    job_id = generate(client, subtitles=subtitles)
    assert fresh(Job, job_id).status == "completed"
    html = client.get(f"/generate/{job_id}").get_data(as_text=True)
    video = re.search(r"<video[^>]*>(.*?)</video>", html, re.S)
    assert video, html
    assert "<track" not in video.group(1)
    assert f"/generate/{job_id}/subtitles.srt" in html
    assert label in html  # the settings say how they were made


def test_stills_and_subtitles_from_s3_storage(request, app_factory, make_user):
    """With the media in S3: proxied through the app, or a presigned redirect."""
    on_s3 = SimpleNamespace(param="s3", getfixturevalue=request.getfixturevalue)
    made = storage_backend_app(on_s3, app_factory)
    app = next(made)
    try:
        client = app.test_client()
        stella = make_user("stella")
        sign_in(client, "stella")
        job_id = make_generation(stella, "completed", scenes=1)
        gen = db.session.get(Generation, job_id)
        gen.subtitles_key = f"generations/{stella.id}/{job_id}/subtitles-r1"
        storage().save(f"{gen.subtitles_key}.vtt", io.BytesIO(b"WEBVTT\n"), content_type="text/vtt")
        db.session.commit()
        still = f"/generate/{job_id}/scenes/{scene_ids(job_id)[0]}/image?v=1"
        r = client.get(still)
        assert r.status_code == 200
        assert r.headers["Content-Type"] == "image/jpeg"
        assert r.data == JPEG + b"fake"
        vtt = client.get(f"/generate/{job_id}/subtitles.vtt")
        assert vtt.get_data(as_text=True) == "WEBVTT\n"
        app.config["S3_SERVE"] = "redirect"
        r = client.get(still)
        assert r.status_code == 302
        assert r.headers["Location"].startswith(request.getfixturevalue("s3_server"))
    finally:
        made.close()


def _queries(app, fetch) -> int:
    """How many SQL statements ``fetch()`` sends."""
    from sqlalchemy import event

    with app.app_context():
        engine = db.engine
    count = []

    def counted(*_args):
        count.append(1)

    event.listen(engine, "before_cursor_execute", counted)
    try:
        assert fetch().status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    return len(count)


def test_the_recent_videos_cost_the_same_queries_for_one_or_many(app, client, ada):
    make_generation(ada, "completed")
    one = _queries(app, lambda: client.get("/generate"))
    for _ in range(4):
        make_generation(ada, "completed")
    many = _queries(app, lambda: client.get("/generate"))
    html = client.get("/generate").get_data(as_text=True)
    assert html.count('class="generation-row') == 5
    assert many == one


def test_a_waiting_regeneration_shows_no_stage_as_done(client, make_user):
    """After a render, a regeneration that waits for a worker has done nothing
    yet: no stage is ticked and the bar is at 0 %."""
    from t2m.generate import pipeline
    from t2m.models import Generation
    from t2m.services import jobs as job_service

    from .test_web_account import sign_in

    user = make_user("wally")
    request = pipeline.Request(prompt="One scene. Made by a test.")
    first = job_service.create(
        user.id, "video_generation", parameters={"request": request.to_dict()}
    )
    first.status, first.progress = "completed", 100.0
    db.session.flush()
    regen = job_service.create(user.id, "image_regeneration", parameters={})
    db.session.flush()
    db.session.add(
        Generation(
            job_id=first.id,
            owner_id=user.id,
            stage="done",
            title="Done once",
            active_job_id=regen.id,
        )
    )
    db.session.commit()
    sign_in(client, "wally")
    html = client.get(f"/generate/{first.id}").get_data(as_text=True)
    assert "Waiting for a worker…" in html
    assert 'class="gen-stage is-done"' not in html
    assert 'data-testid="gen-pct">0%<' in html


def test_the_player_poster_is_the_first_scene_until_the_video_has_thumbnails(
    client, make_user, api, tmp_path
):
    from .media_fixtures import make_video

    user = make_user("pia")
    headers = api.headers(user)
    clip = make_video(tmp_path / "render.mp4", seconds=1)
    r = client.post(
        "/api/v1/files/upload",
        headers=headers,
        data={"file": (io.BytesIO(clip.read_bytes()), "render.mp4")},
        content_type="multipart/form-data",
    )
    video = db.session.get(File, r.get_json()["data"]["id"])
    request = pipeline.Request(prompt="One scene. Made by a test.")
    job = jobs.create(user.id, "video_generation", parameters={"request": request.to_dict()})
    job.status, job.progress = "completed", 100.0
    db.session.flush()
    db.session.add(
        Generation(job_id=job.id, owner_id=user.id, stage="done", video_file_id=video.id)
    )
    key = f"generations/{user.id}/{job.id}/scene-000-v1.jpg"
    storage().save(key, io.BytesIO(b"\xff\xd8\xfffake"), content_type="image/jpeg")
    scene = Scene(job_id=job.id, index=0, text="One.", image_key=key, status="completed")
    db.session.add(scene)
    video.status = "processing"  # its thumbnails are still being made
    db.session.commit()
    sign_in(client, "pia")
    html = client.get(f"/generate/{job.id}").get_data(as_text=True)
    poster = re.search(r'<video[^>]*poster="([^"]+)"', html).group(1)
    assert unescape(poster) == f"/generate/{job.id}/scenes/{scene.id}/image?v=1"
    video.status = "ready"
    db.session.commit()
    html = client.get(f"/generate/{job.id}").get_data(as_text=True)
    poster = re.search(r'<video[^>]*poster="([^"]+)"', html).group(1)
    assert unescape(poster).startswith(f"/library/{video.id}/thumbnail?size=large")
