"""Adaptive playback through the API, on local disk and on S3: the HLS master
playlist, signed playlist and segment URLs that work without credentials,
playable segments, renditions with Range, the storyboard track, playback
tokens (tampered, expired, replayed, revoked), other users' files, path
traversal, files without a ladder, and deletion of every segment."""

from __future__ import annotations

import io
import itertools
import json
import re
import subprocess
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from PIL import Image
from werkzeug.datastructures import FileStorage

from t2m.extensions import db
from t2m.models import File, Job
from t2m.services.delivery import signing
from t2m.services.processing import renditions
from t2m.storage import storage

from . import s3server
from .conftest import PASSWORD, assert_error, storage_backend_app
from .media_fixtures import make_audio, make_image, make_video
from .test_web_account import sign_in

M3U8 = "application/vnd.apple.mpegurl"
URL_LINE = re.compile(r"^/api/v1/files/(\d+)/hls/([^?]+)\?token=([\w.-]+)$")


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    yield from storage_backend_app(request, app_factory, RENDITIONS_ENABLED=True)


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def ada_auth(ada, api):
    return api.headers(ada)


def upload(client, headers, path: Path) -> dict:
    form = {"file": FileStorage(io.BytesIO(path.read_bytes()), path.name)}
    r = client.post("/api/v1/files/upload", headers=headers, data=form)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]


@pytest.fixture
def clip(client, ada_auth, tmp_path):
    """A 2 s 320x240 video, processed: one rung, named 240p."""
    data = upload(client, ada_auth, make_video(tmp_path / "clip.mp4", seconds=2, size="320x240"))
    assert data["status"] == "ready", data
    return data


def uris(playlist: str) -> list[str]:
    """Every URI of a playlist: the URI lines and the ``URI="..."`` attributes."""
    found = []
    for line in playlist.splitlines():
        if line.startswith("#"):
            found += re.findall(r'URI="([^"]*)"', line)
        elif line.strip():
            found.append(line.strip())
    return found


def signed_path(url: str) -> str:
    """The HLS path of a signed URL, checking its shape on the way."""
    match = URL_LINE.match(url)
    assert match, url
    return match.group(2)


def get_ok(client, url: str, **kwargs):
    """GET without credentials; follow nothing; expect 200."""
    r = client.get(url, **kwargs)
    assert r.status_code == 200, (url, r.status_code, r.get_data(as_text=True)[:300])
    return r


def ffprobe(data: bytes, tmp_path: Path, name: str) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(out.stdout)


def fetch_rendition(client, media_url: str) -> bytes:
    """A media playlist's init segment and media segments, concatenated."""
    r = get_ok(client, media_url)
    assert r.mimetype == M3U8
    text = r.get_data(as_text=True)
    assert text.startswith("#EXTM3U")
    assert "#EXT-X-ENDLIST" in text
    parts = uris(text)
    assert parts, text
    init = [u for u in parts if signed_path(u).endswith("/init.mp4")]
    segments = [u for u in parts if signed_path(u).endswith(".m4s")]
    assert len(init) == 1, parts
    assert segments, parts
    assert re.search(r'#EXT-X-MAP:URI="/api/v1/files/\d+/hls/[^"]+/init\.mp4\?token=', text)
    body = b""
    first = get_ok(client, init[0])
    assert first.mimetype == "video/mp4"
    body += first.data
    for url in segments:
        seg = get_ok(client, url)
        assert seg.mimetype == "video/iso.segment"
        body += seg.data
    return body


# ---- the master playlist and everything it leads to -------------------------------


def test_auto_is_a_signed_master_playlist_that_plays_without_credentials(
    client, ada_auth, tmp_path
):
    # 768x432 gets two rungs: 360p and 480p.
    video = upload(client, ada_auth, make_video(tmp_path / "wide.mp4", seconds=2, size="768x432"))
    file_id = video["id"]
    r = client.get(f"/api/v1/files/{file_id}/stream?quality=auto", headers=ada_auth)
    assert r.status_code == 200
    assert r.mimetype == M3U8
    assert r.headers["Cache-Control"] == "private, no-store"
    master = r.get_data(as_text=True)
    assert master.startswith("#EXTM3U\n")
    assert master.count("#EXT-X-STREAM-INF:") == 2
    assert "RESOLUTION=640x360" in master
    assert "RESOLUTION=768x432" in master
    variants = uris(master)
    assert [signed_path(u) for u in variants] == ["360p/index.m3u8", "480p/index.m3u8"]
    # One token for the whole playlist: stable URLs for one player session.
    assert len({parse_qsl(urlsplit(u).query)[0][1] for u in variants}) == 1

    sizes = {"360p": (640, 360), "480p": (768, 432)}  # never upscaled
    for url in variants:
        rung = signed_path(url).split("/")[0]
        data = fetch_rendition(client, url)  # no credentials anywhere
        info = ffprobe(data, tmp_path, f"{rung}.mp4")
        video_stream = next(s for s in info["streams"] if s["codec_type"] == "video")
        assert video_stream["codec_name"] == "h264"
        assert (video_stream["width"], video_stream["height"]) == sizes[rung]
        assert any(s["codec_type"] == "audio" for s in info["streams"])
        assert float(info["format"]["duration"]) == pytest.approx(2.0, abs=0.25)

    # The same master through its own signed URL, as a player reloads it.
    token = parse_qsl(urlsplit(variants[0]).query)[0][1]
    again = get_ok(client, f"/api/v1/files/{file_id}/hls/master.m3u8?token={token}")
    assert again.mimetype == M3U8
    assert uris(again.get_data(as_text=True)) == variants


def test_master_and_media_playlists_with_credentials_or_a_session(client, ada, ada_auth, clip):
    file_id = clip["id"]
    master = client.get(f"/api/v1/files/{file_id}/hls/master.m3u8", headers=ada_auth)
    assert master.status_code == 200
    assert [signed_path(u) for u in uris(master.get_data(as_text=True))] == ["240p/index.m3u8"]
    media = client.get(f"/api/v1/files/{file_id}/hls/240p/index.m3u8", headers=ada_auth)
    assert media.status_code == 200
    paths = [signed_path(u) for u in uris(media.get_data(as_text=True))]
    assert paths[0] == "240p/init.mp4"
    assert paths[1:]
    assert all(re.fullmatch(r"240p/seg_\d{5}\.m4s", p) for p in paths[1:])
    # A browser session works as well (the watch page's own fetches).
    assert sign_in(client, "ada").status_code in (302, 303)
    assert client.get(f"/api/v1/files/{file_id}/hls/240p/init.mp4").status_code == 200
    # Neither credentials nor a token: 401.
    bare = client.application.test_client()
    assert_error(bare.get(f"/api/v1/files/{file_id}/hls/master.m3u8"), 401, "AUTH_REQUIRED")


def test_segments_and_renditions_honour_range(client, ada_auth, clip):
    file_id = clip["id"]
    master = client.get(f"/api/v1/files/{file_id}/stream?quality=auto", headers=ada_auth)
    media = get_ok(client, uris(master.get_data(as_text=True))[0]).get_data(as_text=True)
    segment = next(u for u in uris(media) if u.split("?")[0].endswith(".m4s"))
    whole = get_ok(client, segment).data
    part = client.get(segment, headers={"Range": "bytes=4-19"})
    assert part.status_code == 206
    assert part.data == whole[4:20]
    assert part.headers["Content-Range"] == f"bytes 4-19/{len(whole)}"
    assert part.headers["Accept-Ranges"] == "bytes"

    full = client.get(f"/api/v1/files/{file_id}/stream?quality=240p", headers=ada_auth)
    assert full.status_code == 200
    assert full.mimetype == "video/mp4"
    r = client.get(
        f"/api/v1/files/{file_id}/stream?quality=240p", headers={**ada_auth, "Range": "bytes=0-99"}
    )
    assert r.status_code == 206
    assert r.headers["Content-Range"] == f"bytes 0-99/{len(full.data)}"
    assert r.data == full.data[:100]
    assert_error(
        client.get(f"/api/v1/files/{file_id}/stream?quality=720p", headers=ada_auth),
        422,
        "VALIDATION_ERROR",
    )


def test_playback_endpoint_hands_out_urls_that_work_without_credentials(
    client, ada_auth, clip, tmp_path
):
    file_id = clip["id"]
    r = client.get(f"/api/v1/files/{file_id}/playback", headers=ada_auth)
    assert r.status_code == 200, r.get_json()
    info = r.get_json()["data"]
    assert info["state"] == "ready"
    assert info["file_id"] == file_id
    expires = datetime.fromisoformat(info["expires_at"])
    assert timedelta(hours=5.9) < expires - datetime.now(UTC) <= timedelta(hours=6)
    assert signed_path(info["hls_url"]) == "master.m3u8"
    assert get_ok(client, info["hls_url"]).mimetype == M3U8
    assert get_ok(client, info["storyboard_vtt_url"]).mimetype == "text/vtt"
    assert get_ok(client, info["storyboard_sprite_url"]).mimetype == "image/jpeg"
    assert [(x["quality"], x["width"], x["height"]) for x in info["renditions"]] == [
        ("240p", 320, 240)
    ]
    mp4 = get_ok(client, info["renditions"][0]["url"])
    assert mp4.mimetype == "video/mp4"
    assert ffprobe(mp4.data, tmp_path, "r.mp4")["streams"][0]["height"] == 240
    assert get_ok(client, info["original_url"]).mimetype == "video/mp4"
    assert get_ok(client, info["poster_url"]).mimetype.startswith("image/")
    assert (
        client.get(f"/api/v1/files/{file_id}", headers=ada_auth).get_json()["data"]["urls"][
            "playback"
        ]
        == f"/api/v1/files/{file_id}/playback"
    )


def _register(app, username: str) -> tuple[object, dict]:
    """A user of ``app`` and API headers for them (for tests building their own app)."""
    from t2m.services import accounts

    user = accounts.register(
        email=f"{username}@example.com",
        username=username,
        password=PASSWORD,
        send_verification=False,
    )
    login = app.test_client().post(
        "/api/v1/auth/login", json={"username": username, "password": PASSWORD}
    )
    return user, {"Authorization": f"Bearer {login.get_json()['data']['access_token']}"}


def test_s3_redirect_mode_redirects_segments_but_serves_playlists(app_factory, request, tmp_path):
    endpoint = request.getfixturevalue("s3_server")
    s3 = s3server.client(endpoint)
    bucket = s3server.create_bucket(s3)
    app = app_factory(
        STORAGE="s3",
        S3_BUCKET=bucket,
        S3_ENDPOINT_URL=endpoint,
        S3_REGION=s3server.REGION,
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",
        S3_SERVE="redirect",
        RENDITIONS_ENABLED=True,
    )
    try:
        with app.app_context():
            client = app.test_client()
            _, auth = _register(app, "s3user")
            clip = make_video(tmp_path / "c.mp4", seconds=2, size="320x240")
            file_id = upload(client, auth, clip)["id"]
            master = client.get(f"/api/v1/files/{file_id}/stream?quality=auto", headers=auth)
            assert master.status_code == 200
            assert master.mimetype == M3U8
            media = client.get(uris(master.get_data(as_text=True))[0])
            assert media.status_code == 200
            assert media.mimetype == M3U8
            for url in uris(media.get_data(as_text=True)):
                r = client.get(url)
                assert r.status_code == 302, url
                assert r.headers["Location"].startswith(endpoint)
                assert "/derived/" in r.headers["Location"]
    finally:
        s3server.drop_bucket(s3, bucket)


# ---- the storyboard -----------------------------------------------------------------


def _seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def test_storyboard_track_covers_the_video_with_tiles_of_the_sprite(client, ada_auth, tmp_path):
    video = upload(client, ada_auth, make_video(tmp_path / "s.mp4", seconds=3, size="320x240"))
    file_id = video["id"]
    r = client.get(f"/api/v1/files/{file_id}/storyboard.vtt", headers=ada_auth)
    assert r.status_code == 200
    assert r.mimetype == "text/vtt"
    text = r.get_data(as_text=True)
    assert text.startswith("WEBVTT\n")
    cues = re.findall(
        r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n(\S+)#xywh=(\d+),(\d+),(\d+),(\d+)",
        text,
    )
    duration = db.session.get(File, file_id).meta["duration"]
    assert len(cues) == 3  # one tile a second
    assert _seconds(cues[0][0]) == 0
    for before, after in itertools.pairwise(cues):
        assert before[1] == after[0]  # no gaps, no overlaps
    assert _seconds(cues[-1][1]) == pytest.approx(duration, abs=0.001)
    sprites = {c[2] for c in cues}
    assert len(sprites) == 1
    sprite_url = sprites.pop()
    assert re.fullmatch(r"/api/v1/files/\d+/storyboard\.jpg\?token=[\w.-]+", sprite_url)
    for index, (_, _, _, x, y, w, h) in enumerate(cues):
        assert (int(x), int(y), int(w), int(h)) == (index * 160, 0, 160, 120)
    sprite = get_ok(client, sprite_url)  # without credentials
    assert sprite.mimetype == "image/jpeg"
    with Image.open(io.BytesIO(sprite.data)) as sheet:
        assert sheet.size == (3 * 160, 120)
    direct = client.get(f"/api/v1/files/{file_id}/storyboard.jpg", headers=ada_auth)
    assert direct.status_code == 200
    assert direct.data == sprite.data


# ---- tokens ------------------------------------------------------------------------------


def _token(url: str) -> str:
    return dict(parse_qsl(urlsplit(url).query))["token"]


def test_tampered_expired_replayed_and_revoked_tokens_are_refused(
    client, ada, ada_auth, clip, tmp_path
):
    file_id = clip["id"]
    info = client.get(f"/api/v1/files/{file_id}/playback", headers=ada_auth).get_json()["data"]
    token = _token(info["hls_url"])
    base = f"/api/v1/files/{file_id}/hls/master.m3u8"
    assert client.get(f"{base}?token={token}").status_code == 200
    owner, expires, signature = token.split(".")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    tampered = [
        f"{owner}.{expires}.{flipped}",
        f"{owner}.{int(expires) + 3600}.{signature}",
        f"{int(owner) + 1}.{expires}.{signature}",
        f"{owner}.{expires}",
        f"{token}%0A",
        "garbage",
        "",
    ]
    for bad in tampered:
        assert_error(client.get(f"{base}?token={bad}"), 403, "PERMISSION_DENIED")
    # Another of ada's files: a token is for one file only.
    other = upload(client, ada_auth, make_image(tmp_path / "p.png"))
    assert_error(
        client.get(f"/api/v1/files/{other['id']}/storyboard.jpg?token={token}"),
        403,
        "PERMISSION_DENIED",
    )
    # A signed link's signature is no playback token.
    link = client.post(
        f"/api/v1/files/{file_id}/signed-url", headers=ada_auth, json={"quality": "auto"}
    ).get_json()["data"]["url"]
    query = dict(parse_qsl(urlsplit(link).query))
    replay = f"{query['user_id']}.{query['expires']}.{query['signature']}"
    assert_error(client.get(f"{base}?token={replay}"), 403, "PERMISSION_DENIED")
    # ...but the signed link itself opens the master playlist, with tokens inside.
    opened = client.get(link)
    assert opened.status_code == 200
    assert opened.mimetype == M3U8
    assert all(URL_LINE.match(u) for u in uris(opened.get_data(as_text=True)))
    # Expired.
    old, _ = signing.playback_token(
        ada, file_id, expires_in=60, now=datetime.now(UTC) - timedelta(hours=1)
    )
    error = assert_error(client.get(f"{base}?token={old}"), 403, "PERMISSION_DENIED")
    assert "expired" in error["message"]
    # A password change ends every token made before.
    ada.token_version += 1
    db.session.commit()
    assert_error(client.get(f"{base}?token={token}"), 403, "PERMISSION_DENIED")


def test_token_lifetime_follows_the_setting(app_factory, tmp_path):
    app = app_factory(PLAYBACK_URL_SECONDS=120, RENDITIONS_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        _, auth = _register(app, "tina")
        file_id = upload(client, auth, make_video(tmp_path / "c.mp4", size="320x240"))["id"]
        info = client.get(f"/api/v1/files/{file_id}/playback", headers=auth).get_json()["data"]
        left = datetime.fromisoformat(info["expires_at"]) - datetime.now(UTC)
        assert timedelta(seconds=100) < left <= timedelta(seconds=120)
        expires = int(_token(info["hls_url"]).split(".")[1])
        assert abs(expires - (datetime.now(UTC).timestamp() + 120)) < 20


# ---- other users, bad paths ------------------------------------------------------------


def test_other_users_files_are_not_found(client, make_user, api, clip):
    file_id = clip["id"]
    eve = api.headers(make_user("eve"))
    for path in (
        f"/api/v1/files/{file_id}/stream?quality=auto",
        f"/api/v1/files/{file_id}/stream?quality=240p",
        f"/api/v1/files/{file_id}/playback",
        f"/api/v1/files/{file_id}/hls/master.m3u8",
        f"/api/v1/files/{file_id}/hls/240p/index.m3u8",
        f"/api/v1/files/{file_id}/hls/240p/init.mp4",
        f"/api/v1/files/{file_id}/storyboard.vtt",
        f"/api/v1/files/{file_id}/storyboard.jpg",
    ):
        assert_error(client.get(path, headers=eve), 404, "RESOURCE_NOT_FOUND")


BAD_PATHS = [
    "../master.m3u8",
    "240p/../master.m3u8",
    "240p/../../../blobs/x",
    "..%2Fmaster.m3u8",
    "240p%2F..%2F..%2Fthumbnail-large.webp",
    "master.m3u8%00",
    "master.m3u8%0A",
    "240p/index.m3u8%0a",
    "master.m3u8.bak",
    "240P/index.m3u8",
    "240p/seg_00000.ts",
    "240p/seg_0.m4s/x",
    "240p//index.m3u8",
    "./master.m3u8",
    "240p/index.m3u8%20",
    "storyboard/sprite.jpg",
    "720p/index.m3u8",  # well-formed, but there is no such rung
    "240p/seg_99999.m4s",
]


def test_paths_outside_the_hls_folder_are_404(client, ada_auth, clip):
    info = client.get(f"/api/v1/files/{clip['id']}/playback", headers=ada_auth).get_json()["data"]
    token = _token(info["hls_url"])
    for path in BAD_PATHS:
        for url, headers in (
            (f"/api/v1/files/{clip['id']}/hls/{path}?token={token}", {}),
            (f"/api/v1/files/{clip['id']}/hls/{path}", ada_auth),
        ):
            r = client.get(url, headers=headers)
            assert r.status_code == 404, (path, r.status_code)
            if r.is_json:
                assert r.get_json()["error"]["code"] == "RESOURCE_NOT_FOUND"


# ---- files without a ladder ------------------------------------------------------------


def test_auto_on_images_and_audio_is_a_validation_error(client, ada_auth, tmp_path):
    photo = upload(client, ada_auth, make_image(tmp_path / "p.png"))
    tone = upload(client, ada_auth, make_audio(tmp_path / "t.mp3"))
    for file in (photo, tone):
        error = assert_error(
            client.get(f"/api/v1/files/{file['id']}/stream?quality=auto", headers=ada_auth),
            422,
            "VALIDATION_ERROR",
        )
        assert "quality" in error["details"]
        assert_error(
            client.get(f"/api/v1/files/{file['id']}/hls/master.m3u8", headers=ada_auth),
            422,
            "VALIDATION_ERROR",
        )
        assert_error(
            client.get(f"/api/v1/files/{file['id']}/storyboard.vtt", headers=ada_auth),
            404,
            "RESOURCE_NOT_FOUND",
        )
        info = client.get(f"/api/v1/files/{file['id']}/playback", headers=ada_auth)
        data = info.get_json()["data"]
        assert (data["state"], data["hls_url"], data["renditions"]) == ("unavailable", None, [])


def test_auto_while_processing_is_409_and_after_a_failure_422(client, ada_auth, clip):
    file = db.session.get(File, clip["id"])
    job = db.session.query(Job).filter_by(file_id=file.id, kind="process").one()
    renditions.remove(file)
    file.status, job.status, job.progress = "processing", "processing", 42.0
    db.session.commit()
    base = f"/api/v1/files/{file.id}"
    r = client.get(f"{base}/stream?quality=auto", headers=ada_auth)
    error = assert_error(r, 409, "RENDITIONS_NOT_READY")
    assert r.headers["Retry-After"] == "5"
    assert "42" in error["details"]["quality"][0]
    assert_error(
        client.get(f"{base}/hls/master.m3u8", headers=ada_auth), 409, "RENDITIONS_NOT_READY"
    )
    assert_error(
        client.get(f"{base}/storyboard.vtt", headers=ada_auth), 409, "RENDITIONS_NOT_READY"
    )
    info = client.get(f"{base}/playback", headers=ada_auth).get_json()["data"]
    assert (info["state"], info["progress"], info["hls_url"]) == ("preparing", 42.0, None)
    # The original still plays meanwhile.
    assert client.get(f"{base}/stream", headers=ada_auth).status_code == 200

    file.status, job.status = "failed", "failed"
    db.session.commit()
    error = assert_error(
        client.get(f"{base}/stream?quality=auto", headers=ada_auth), 422, "VALIDATION_ERROR"
    )
    assert "quality" in error["details"]
    assert_error(client.get(f"{base}/storyboard.jpg", headers=ada_auth), 404, "RESOURCE_NOT_FOUND")
    info = client.get(f"{base}/playback", headers=ada_auth).get_json()["data"]
    assert info["state"] == "unavailable"


def test_bad_quality_values_are_422(client, ada_auth, clip):
    for quality in ("evil", "0p", "99999p", "auto ", "../x", "720", "720p%0A"):
        assert_error(
            client.get(f"/api/v1/files/{clip['id']}/stream?quality={quality}", headers=ada_auth),
            422,
            "VALIDATION_ERROR",
        )


# ---- deletion ---------------------------------------------------------------------------


def test_deleting_the_file_removes_every_segment(client, ada, ada_auth, clip):
    prefix = f"derived/{ada.id}/{clip['id']}/"
    before = list(storage().iter_keys(prefix))
    assert any(k.endswith(".m4s") for k in before), before
    assert any(k.endswith("/init.mp4") for k in before)
    assert any(k.endswith("master.m3u8") for k in before)
    assert any(k.endswith("sprite.jpg") for k in before)
    r = client.delete(f"/api/v1/files/{clip['id']}", headers=ada_auth)
    assert r.status_code == 200
    assert list(storage().iter_keys(prefix)) == []
    assert not any(k.startswith(prefix) for k in storage().iter_keys(""))


def test_counting_one_stream_per_play_not_per_segment(client, ada_auth, clip):
    file_id = clip["id"]
    master = client.get(f"/api/v1/files/{file_id}/stream?quality=auto", headers=ada_auth)
    media = get_ok(client, uris(master.get_data(as_text=True))[0]).get_data(as_text=True)
    for url in uris(media):
        get_ok(client, url)
    details = client.get(f"/api/v1/files/{file_id}", headers=ada_auth).get_json()["data"]
    assert details["stream_count"] == 1


# ---- the watch page ---------------------------------------------------------------------

HTMX = {"HX-Request": "true"}


def test_watch_page_embeds_signed_playback_urls(client, ada, clip):
    assert sign_in(client, "ada").status_code in (302, 303)
    html = client.get(f"/library/{clip['id']}").get_data(as_text=True)
    assert "/static/lib/hls.min.js" in html
    assert "/static/watch.js" in html
    assert "/static/watch.css" in html
    player = re.search(r'<div class="player"[^>]*>', html).group(0)
    hls_url = re.search(r'data-hls="([^"]+)"', player).group(1)
    assert signed_path(hls_url.replace("&amp;", "&")) == "master.m3u8"
    vtt = re.search(r'data-storyboard="([^"]+)"', player).group(1)
    assert re.fullmatch(rf"/api/v1/files/{clip['id']}/storyboard\.vtt\?token=[\w.-]+", vtt)
    # The page's URLs work without the session (a player fetches them itself).
    bare = client.application.test_client()
    assert bare.get(hls_url).mimetype == M3U8
    assert bare.get(vtt).mimetype == "text/vtt"
    # Without JavaScript the video plays the original; nothing loads before play.
    video = re.search(r"<video[^>]*>", html).group(0)
    assert f'src="/library/{clip["id"]}/stream"' in video
    assert 'preload="none"' in video
    # The quality menu's rungs (watch.js hands them to Plyr): each a signed MP4
    # besides its HLS level.
    assert "/static/lib/plyr.min.js" in html
    assert "/static/lib/plyr.css" in html
    rungs = json.loads(unescape(re.search(r"data-rungs='([^']+)'", player).group(1)))
    assert [r["quality"] for r in rungs] == ["240p"]
    mp4 = rungs[0]["url"]
    r = bare.get(mp4, headers={"Range": "bytes=0-9"})
    assert r.status_code == 206
    assert r.mimetype == "video/mp4"
    assert "Preparing streaming versions" not in html


def test_watch_page_while_preparing_polls_until_the_ladder_is_ready(client, ada, clip, tmp_path):
    assert sign_in(client, "ada").status_code in (302, 303)
    file = db.session.get(File, clip["id"])
    job = db.session.query(Job).filter_by(file_id=file.id, kind="process").one()
    job.status, job.progress = "processing", 37.4
    db.session.commit()
    html = client.get(f"/library/{file.id}").get_data(as_text=True)
    assert "data-hls=" not in html
    status = re.search(r'<div id="playback-status"[^>]*>', html).group(0)
    assert f'hx-get="/library/{file.id}/playback-status"' in status
    assert 'hx-trigger="every 2s"' in status
    assert "Preparing streaming versions…" in html
    assert "37%" in html
    r = client.get(f"/library/{file.id}/playback-status", headers=HTMX)
    assert r.status_code == 200
    assert "HX-Refresh" not in r.headers
    job.status, job.progress = "completed", 100.0
    db.session.commit()
    r = client.get(f"/library/{file.id}/playback-status", headers=HTMX)
    assert r.status_code == 286
    assert r.headers["HX-Refresh"] == "true"
    assert "hx-trigger" not in r.get_data(as_text=True)
    # Without HTMX the partial's URL leads to the page.
    assert client.get(f"/library/{file.id}/playback-status").status_code == 303
    # Other files' pages have no player scripts.
    photo = make_image(tmp_path / "p.png")
    form = {"file": FileStorage(io.BytesIO(photo.read_bytes()), "p.png")}
    photo_id = client.post("/library/upload", data=form).get_json()["file_id"]
    page = client.get(f"/library/{photo_id}").get_data(as_text=True)
    assert "watch.js" not in page
    assert "hls.min.js" not in page


def test_api_keys_need_the_read_scope_unless_a_token_is_given(client, ada_auth, clip):
    body = {"name": "writer", "scopes": ["files:write"]}
    made = client.post("/api/v1/auth/api-keys", json=body, headers=ada_auth)
    assert made.status_code == 201, made.get_json()
    writer = {"X-API-Key": made.get_json()["data"]["key"]}
    master = f"/api/v1/files/{clip['id']}/hls/master.m3u8"
    error = assert_error(client.get(master, headers=writer), 403, "PERMISSION_DENIED")
    assert error["details"] == {"scope": ["files:read"]}
    info = client.get(f"/api/v1/files/{clip['id']}/playback", headers=ada_auth).get_json()["data"]
    assert client.get(info["hls_url"], headers=writer).status_code == 200
