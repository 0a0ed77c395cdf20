"""The scene renderer (styles, aspects, determinism, keywords), image providers
against a local HTTP server, and users' own pictures."""

from __future__ import annotations

import base64
import http.server
import io
import json
import struct
import threading
import time
import zlib

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

from t2m.generate import motifs, visuals
from t2m.generate.errors import GenerationCancelled, GenerationError, ProviderError
from t2m.generate.visuals import (
    ART_STYLES,
    ASPECTS,
    ImageProviderConfig,
    frame_size,
    from_user_media,
    generate_image,
    render_scene,
    render_to,
    save_scene,
    scene_visual,
)

SMALL = (320, 180)
TEXT = "The moon rose over the quiet sea at night while a boat drifted home."


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0..255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def top_brightness(img: Image.Image) -> float:
    top = img.crop((0, round(img.height * 0.1), img.width, round(img.height * 0.3)))
    return ImageStat.Stat(top.convert("L")).mean[0]


# ---- sizes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aspect", "quality", "size"),
    [
        ("16:9", "720p", (1280, 720)),
        ("9:16", "720p", (720, 1280)),
        ("1:1", "720p", (720, 720)),
        ("16:9", "1080p", (1920, 1080)),
        ("9:16", "1080p", (1080, 1920)),
        ("1:1", "1080p", (1080, 1080)),
    ],
)
def test_frame_size(aspect, quality, size):
    assert frame_size(aspect, quality) == size


def test_frame_size_refuses_unknown():
    with pytest.raises(ValueError, match="aspect"):
        frame_size("4:3", "720p")
    with pytest.raises(ValueError, match="quality"):
        frame_size("16:9", "4k")


@pytest.mark.parametrize("style", ART_STYLES)
@pytest.mark.parametrize("aspect", list(ASPECTS))
def test_every_style_and_aspect_renders_a_real_picture(style, aspect):
    w, h = frame_size(aspect, "720p")
    size = (w // 4, h // 4)
    img = render_scene(TEXT, style=style, size=size, seed=3, index=1, title="A Title")
    assert img.mode == "RGB"
    assert img.size == size
    # Not a colour card: many colours, spread-out values, and edges.
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) > 150
    assert max(ImageStat.Stat(img).stddev) > 12
    edges = ImageStat.Stat(img.convert("L").filter(ImageFilter.FIND_EDGES)).mean[0]
    assert edges > 2


def test_unknown_style_or_size_is_refused():
    with pytest.raises(ValueError, match="art style"):
        render_scene("x", style="watercolour", size=SMALL, seed=1)
    with pytest.raises(ValueError, match="frame size"):
        render_scene("x", style="anime", size=(10_000, 10), seed=1)


# ---- determinism and variety ----------------------------------------------------------


@pytest.mark.parametrize("style", ART_STYLES)
def test_same_inputs_give_the_same_bytes(style):
    a = render_scene(TEXT, style=style, size=SMALL, seed=42, index=2, title="T")
    b = render_scene(TEXT, style=style, size=SMALL, seed=42, index=2, title="T")
    assert a.tobytes() == b.tobytes()


def test_seed_index_text_and_style_change_the_picture():
    base = render_scene(TEXT, style="anime", size=SMALL, seed=1)
    others = {
        "seed": render_scene(TEXT, style="anime", size=SMALL, seed=2),
        "index": render_scene(TEXT, style="anime", size=SMALL, seed=1, index=5),
        "text": render_scene("A sunny day in the city.", style="anime", size=SMALL, seed=1),
        "style": render_scene(TEXT, style="comic-book", size=SMALL, seed=1),
    }
    for what, img in others.items():
        assert mean_diff(base, img) > 6, what


def test_styles_differ_from_each_other():
    imgs = {s: render_scene(TEXT, style=s, size=SMALL, seed=9) for s in ART_STYLES}
    for i, a in enumerate(ART_STYLES):
        for b in ART_STYLES[i + 1 :]:
            assert mean_diff(imgs[a], imgs[b]) > 4, (a, b)


def test_cinematic_has_letterbox_bars():
    img = render_scene(TEXT, style="cinematic", size=(640, 360), seed=1)
    assert ImageStat.Stat(img.crop((0, 0, 640, 20))).mean == [0, 0, 0]
    assert ImageStat.Stat(img.crop((0, 340, 640, 360))).mean == [0, 0, 0]


def test_render_is_deterministic_across_processes():
    # Python's str hashes are salted per process; the renderer must not use them.
    import subprocess
    import sys

    code = (
        "from t2m.generate.visuals import render_scene;import hashlib;"
        "im=render_scene('stormy night on the road, a car and a ghost',style='pixar-art',"
        "size=(160,90),seed=5);print(hashlib.sha256(im.tobytes()).hexdigest())"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(n), "PATH": "/usr/bin:/bin"},
        ).stdout
        for n in (1, 2)
    }
    assert len(outs) == 1


# ---- keywords -------------------------------------------------------------------------


@pytest.mark.parametrize("style", ART_STYLES)
def test_night_sea_is_darker_on_top_than_a_sunny_city(style):
    night = render_scene("The moon over the sea at night.", style=style, size=SMALL, seed=4)
    day = render_scene("A sunny day in the city.", style=style, size=SMALL, seed=4)
    assert top_brightness(night) + 40 < top_brightness(day)


@pytest.mark.parametrize(
    ("text", "time", "setting", "tags"),
    [
        ("The moon over the sea at night", "night", "sea", {"moon", "stars"}),
        ("A sunny day in the city", "day", "city", {"sun"}),
        ("Deep in the forest a cabin with a fire", None, "forest", {"house", "fire"}),
        ("Rain and thunder on the road; the car drove on", "storm", None, {"rain", "car"}),
        ("She read a book in the old library", None, "library", {"book"}),
        ("A ghost walked over the bridge by the river", "night", None, {"ghost", "bridge"}),
        ("Snow fell on the mountain", None, "mountain", {"snow"}),
        ("Love, a heart, and a clock ticking", None, None, {"heart", "clock"}),
        ("The rocket reached a distant planet", "night", "space", {"planet", "rocket"}),
        ("A lighthouse in a storm", "storm", "sea", {"lighthouse", "rain"}),
    ],
)
def test_keywords_pick_the_scene(text, time, setting, tags):
    plan = motifs.plan_scene(text, visuals._rng("t"))
    if time:
        assert plan.time == time
    if setting:
        assert plan.setting == setting
    assert tags <= set(plan.tags)


def test_words_are_matched_whole_where_it_matters():
    plan = motifs.plan_scene("Many people search for a career", visuals._rng("t"))
    assert not {"figure", "car"} & set(plan.tags)
    assert plan.setting != "sea"


def test_mood_picks_a_fallback_scene():
    assert motifs.plan_scene("I was so afraid, full of fear", visuals._rng("x")).time == "night"
    assert motifs.plan_scene("Happy friends laugh", visuals._rng("x")).setting == "meadow"


def test_rain_draws_streaks_and_fire_draws_warm_light():
    dry = render_scene("A field", style="photorealistic", size=SMALL, seed=1)
    wet = render_scene("A field in the rain", style="photorealistic", size=SMALL, seed=1)
    assert mean_diff(dry, wet) > 5
    night = render_scene("Night in the forest", style="pixar-art", size=SMALL, seed=2)
    fire = render_scene("Night in the forest by the fire", style="pixar-art", size=SMALL, seed=2)
    r_night, _, b_night = ImageStat.Stat(night).mean
    r_fire, _, b_fire = ImageStat.Stat(fire).mean
    assert r_fire - b_fire > r_night - b_night


@pytest.mark.parametrize("style", ART_STYLES)
def test_a_lighthouse_stands_on_the_shore_in_red_and_white(style):
    """A striped tower rises above the horizon where the plain sea has none."""
    sea = render_scene("The sea on a sunny day", style=style, size=SMALL, seed=3)
    tower = render_scene("A lighthouse by the sea on a sunny day", style=style, size=SMALL, seed=3)

    def reds(im):  # strong red pixels: the tower's bands
        return sum(1 for r, g, b in im.get_flattened_data() if r > 90 and r > g + 50 and r > b + 50)

    assert reds(tower) > reds(sea) + SMALL[0] * SMALL[1] // 1000
    assert mean_diff(sea, tower) > 2


@pytest.mark.parametrize(
    "text",
    [
        "it's: 50% [done]; a\\b, c",
        "\x00\x01\x1b[31mred\x7f\u202e\ufeff",
        "",
        "   ",
        "🌙🌊 夜の海 — ночь",
        "moon " * 20_000,  # 100 KB
    ],
)
def test_hostile_text_renders(text):
    img = render_scene(text, style="comic-book", size=SMALL, seed=1, title=text[:200])
    assert img.size == SMALL


def test_big_text_is_fast():
    start = time.perf_counter()
    render_scene("x" * 100_000 + " moon sea", style="anime", size=SMALL, seed=1)
    assert time.perf_counter() - start < 2


def test_save_png_and_jpeg(tmp_path):
    img = render_scene(TEXT, style="anime", size=SMALL, seed=1)
    png = save_scene(img, tmp_path / "a.png")
    jpg = render_to(tmp_path / "b.jpg", TEXT, style="anime", size=SMALL, seed=1)
    with Image.open(png) as p:
        assert p.format == "PNG"
        assert p.convert("RGB").tobytes() == img.tobytes()
    with Image.open(jpg) as j:
        assert j.format == "JPEG"
        assert j.size == SMALL
    with pytest.raises(ValueError, match="unsupported"):
        save_scene(img, tmp_path / "c.gif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "b.jpg"]


# ---- providers ------------------------------------------------------------------------


def png_b64(size=(64, 48), color=(200, 30, 30)) -> str:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return base64.b64encode(buf.getvalue()).decode()


def bomb_b64(width=9000, height=9000) -> str:
    """A PNG whose header claims a huge image (the body is a few bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
    return base64.b64encode(png + chunk(b"IEND", b"")).decode()


class _Provider(http.server.BaseHTTPRequestHandler):
    mode = "ok"
    seen: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append((self.path, body, self.headers.get("Authorization")))
        mode = type(self).mode
        if mode == "slow":
            time.sleep(2)
        if mode == "500":
            self._send(500, b'{"error": "model exploded"}')
            return
        if mode == "garbage":
            self._send(200, b"<html>not json</html>")
            return
        image = {
            "ok": png_b64(),
            "slow": png_b64(),
            "notimage": base64.b64encode(b"hello, not a picture").decode(),
            "bomb": bomb_b64(),
            "hugebomb": bomb_b64(100_000, 100_000),
            "badb64": "!!!not base64!!!",
            "empty": None,
        }[mode]
        if self.path == "/v1/images/generations":
            answer = {"data": [{"b64_json": image}] if image else []}
        else:
            answer = {"images": [image] if image else []}
        self._send(200, json.dumps(answer).encode())

    def _send(self, status, data):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def provider():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Provider)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    _Provider.mode, _Provider.seen = "ok", []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("kind", ["openai", "sdwebui"])
def test_provider_success(provider, kind):
    config = ImageProviderConfig(url=provider + "/", kind=kind, api_key="sk-test", model="m1")
    img = generate_image("a red barn", size=(320, 180), seed=7, config=config)
    assert img.size == (320, 180)
    assert img.mode == "RGB"
    assert img.getpixel((160, 90)) == (200, 30, 30)
    path, body, auth = _Provider.seen[0]
    assert auth == "Bearer sk-test"
    if kind == "openai":
        assert path == "/v1/images/generations"
        assert body == {
            "prompt": "a red barn",
            "n": 1,
            "size": "1792x1024",
            "response_format": "b64_json",
            "model": "m1",
        }
    else:
        assert path == "/sdapi/v1/txt2img"
        assert (body["width"], body["height"], body["seed"]) == (1024, 576, 7)
        assert body["prompt"] == "a red barn"


@pytest.mark.parametrize("kind", ["openai", "sdwebui"])
@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("500", "HTTP 500"),
        ("garbage", "JSON"),
        ("notimage", "unusable image"),
        ("bomb", "too large"),
        ("hugebomb", "too large"),
        ("badb64", "base64"),
        ("empty", "no image"),
    ],
)
def test_provider_failures_raise_provider_error(provider, kind, mode, message):
    _Provider.mode = mode
    config = ImageProviderConfig(url=provider, kind=kind)
    with pytest.raises(ProviderError, match=message) as info:
        generate_image("p", size=SMALL, seed=1, config=config)
    assert info.value.stage == "visuals"


def test_provider_timeout(provider):
    _Provider.mode = "slow"
    config = ImageProviderConfig(url=provider, kind="sdwebui", timeout=0.3)
    with pytest.raises(ProviderError, match=r"0\.3 s"):
        generate_image("p", size=SMALL, seed=1, config=config)


def test_provider_unreachable():
    config = ImageProviderConfig(url="http://127.0.0.1:9", kind="openai", timeout=2)
    with pytest.raises(ProviderError, match="could not reach"):
        generate_image("p", size=SMALL, seed=1, config=config)


def test_provider_cancel(provider):
    config = ImageProviderConfig(url=provider, kind="openai")
    with pytest.raises(GenerationCancelled):
        generate_image("p", size=SMALL, seed=1, config=config, should_cancel=lambda: True)
    assert _Provider.seen == []


def test_scene_visual_falls_back_or_raises(provider):
    config = ImageProviderConfig(url=provider, kind="openai")
    ok = scene_visual(TEXT, style="anime", size=SMALL, seed=1, provider=config)
    assert ok.engine == "openai"
    assert ok.note is None
    _Provider.mode = "500"
    fallback = scene_visual(TEXT, style="anime", size=SMALL, seed=1, provider=config)
    assert fallback.engine == "builtin"
    assert "HTTP 500" in fallback.note
    builtin = render_scene(TEXT, style="anime", size=SMALL, seed=1)
    assert fallback.image.tobytes() == builtin.tobytes()
    with pytest.raises(ProviderError):
        scene_visual(
            TEXT, style="anime", size=SMALL, seed=1, provider=config, fallback_offline=False
        )
    plain = scene_visual(TEXT, style="anime", size=SMALL, seed=1)
    assert (plain.engine, plain.note) == ("builtin", None)


def test_provider_prompt_carries_the_style():
    prompt = visuals.provider_prompt("a cat\x00 on a mat " * 500, "comic-book")
    assert prompt.endswith(visuals.styles.STYLES["comic-book"].prompt)
    assert len(prompt) <= visuals.MAX_PROMPT_CHARS
    assert "\x00" not in prompt


def test_unknown_provider_kind():
    with pytest.raises(ValueError, match="kind"):
        ImageProviderConfig(url="http://x", kind="midjourney")


# ---- users' own pictures --------------------------------------------------------------


def test_user_picture_is_cover_cropped_and_turned(tmp_path):
    # A 200x100 picture stored sideways: EXIF orientation 6 shows it as 100x200.
    img = Image.new("RGB", (200, 100), (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, 100, 100))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "photo.jpg"
    img.save(path, "JPEG", exif=exif.tobytes(), quality=95)
    out = from_user_media(path, size=(90, 160))
    assert out.size == (90, 160)
    assert out.mode == "RGB"
    top, bottom = out.getpixel((45, 10)), out.getpixel((45, 150))
    assert top[0] > 200 > top[2]  # rotated: red on top
    assert bottom[2] > 200 > bottom[0]


def test_user_picture_with_alpha(tmp_path):
    path = tmp_path / "a.png"
    Image.new("RGBA", (50, 50), (255, 255, 255, 0)).save(path)
    assert from_user_media(path, size=(32, 18)).getpixel((5, 5)) == (0, 0, 0)


def test_user_media_refuses_bombs_and_non_images(tmp_path):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(base64.b64decode(bomb_b64()))
    text = tmp_path / "notes.png"
    text.write_text("hello")
    with pytest.raises(GenerationError, match="too large"):
        from_user_media(bomb, size=SMALL, max_pixels=10_000_000)
    with pytest.raises(GenerationError, match="cannot be used"):
        from_user_media(text, size=SMALL)


def test_scene_visual_uses_the_users_picture(tmp_path):
    path = tmp_path / "mine.png"
    Image.new("RGB", (400, 300), (10, 200, 10)).save(path)
    visual = scene_visual("x", style="anime", size=SMALL, seed=1, media=path)
    assert visual.engine == "upload"
    assert visual.image.getpixel((10, 10)) == (10, 200, 10)


@pytest.mark.parametrize("style", ART_STYLES)
@pytest.mark.parametrize("aspect", list(ASPECTS))
def test_a_title_stays_inside_what_the_camera_keeps(style, aspect):
    """The pan and zoom crop up to ``SAFE_INSET`` of each side away: a title, long
    or short, is drawn inside the rest."""
    from t2m.generate import styles

    size = visuals.frame_size(aspect, "720p")
    spec = styles.STYLES[style]
    for title in ("A beautiful sunset over mountains", "Lighthouse " * 6, "Ünïcödé titles"):
        blank = Image.new("RGB", size, (0, 0, 0))
        drawn = styles.caption(blank.copy(), title, spec, inset=visuals.SAFE_INSET)
        box = ImageChops.difference(drawn, blank).getbbox()
        assert box is not None, title
        w, h = size
        left, top, right, bottom = box
        assert left >= w * visuals.SAFE_INSET, title
        assert right <= w * (1 - visuals.SAFE_INSET), title
        assert top >= h * visuals.SAFE_INSET, title
        assert bottom <= h * (1 - visuals.SAFE_INSET), title
