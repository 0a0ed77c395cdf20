"""Thumbnails for images and videos, and placeholders."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageStat

from t2m.media import SIZES, FFmpegError, ImageError, image_thumbnails, placeholder, probe
from t2m.media.thumbnails import frame_args, video_thumbnails
from tests import media_fixtures as mf

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")


def sizes_of(paths):
    result = {}
    for name, path in paths.items():
        with Image.open(path) as im:
            result[name] = im.size
    return result


def brightness(path) -> float:
    with Image.open(path) as im:
        return ImageStat.Stat(im.convert("L")).mean[0]


# ------------------------------------------------------------------ images


def test_three_widths_keeping_the_aspect_ratio(tmp_path):
    src = mf.make_image(tmp_path / "src.png", (1000, 500))
    out = image_thumbnails(src, tmp_path / "thumbs")
    assert set(out) == set(SIZES) == {"small", "medium", "large"}
    assert sizes_of(out) == {"small": (160, 80), "medium": (320, 160), "large": (640, 320)}
    assert out["small"].name == "small.webp"
    with Image.open(out["large"]) as im:
        assert im.format == "WEBP"
    assert not [p for p in (tmp_path / "thumbs").iterdir() if p.name.startswith(".")]


def test_small_images_are_never_enlarged(tmp_path):
    out = image_thumbnails(mf.make_image(tmp_path / "s.png", (100, 60)), tmp_path / "t")
    assert set(sizes_of(out).values()) == {(100, 60)}


def test_exif_orientation_is_applied(tmp_path):
    src = mf.make_exif_jpeg(tmp_path / "o.jpg", (800, 400), orientation=6)
    out = image_thumbnails(src, tmp_path / "t")
    assert sizes_of(out) == {"small": (160, 320), "medium": (320, 640), "large": (400, 800)}


def test_jpeg_output_flattens_transparency(tmp_path):
    src = tmp_path / "alpha.png"
    Image.new("RGBA", (200, 100), (255, 0, 0, 0)).save(src)
    out = image_thumbnails(src, tmp_path / "j", fmt="jpeg")
    with Image.open(out["small"]) as im:
        assert (im.format, im.mode, im.size) == ("JPEG", "RGB", (160, 80))
        assert im.getpixel((5, 5)) == (255, 255, 255)
    webp = image_thumbnails(src, tmp_path / "w")
    with Image.open(webp["small"]) as im:
        assert im.mode == "RGBA"


def test_thumbnails_carry_no_metadata(tmp_path):
    src = mf.make_exif_jpeg(tmp_path / "o.jpg", (400, 300), orientation=1)
    out = image_thumbnails(src, tmp_path / "t", fmt="jpeg")
    with Image.open(out["small"]) as im:
        assert not im.getexif()


def test_sixteen_bit_and_palette_images(tmp_path):
    deep = tmp_path / "deep.png"
    Image.new("I;16", (300, 200), 40000).save(deep)
    assert sizes_of(image_thumbnails(deep, tmp_path / "d"))["small"] == (160, 107)
    pal = tmp_path / "pal.gif"
    Image.new("P", (320, 160), 3).save(pal)
    assert sizes_of(image_thumbnails(pal, tmp_path / "p"))["small"] == (160, 80)


def test_bombs_and_garbage_raise_image_error(tmp_path):
    bomb = mf.write(tmp_path / "bomb.png", mf.bomb_png())
    with pytest.raises(ImageError, match="too large"):
        image_thumbnails(bomb, tmp_path / "t")
    truncated = mf.make_image(tmp_path / "t.jpg", (400, 300))
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size * 2 // 3])
    with pytest.raises(ImageError, match="could not decode image"):
        image_thumbnails(truncated, tmp_path / "t")


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown thumbnail format"):
        image_thumbnails(mf.make_image(tmp_path / "a.png"), tmp_path / "t", fmt="gif")


# ------------------------------------------------------------------ videos


def test_frame_args_are_safe_and_skip_dark_frames(tmp_path):
    args = frame_args(tmp_path / "in.mp4", tmp_path / "f.png", width=640, start=1.2, window=5)
    assert args[args.index("-protocol_whitelist") + 1] == "file,pipe"
    assert args.index("-ss") < args.index("-i")
    assert args[args.index("-map") + 1] == "0:V:0"  # never the cover art
    graph = args[args.index("-vf") + 1]
    assert "signalstats" in graph
    assert graph.endswith("thumbnail=n=50")
    assert "min(640,iw)" in graph
    plain = frame_args(tmp_path / "in.mp4", tmp_path / "f.png", width=640, skip_dark=False)
    assert "signalstats" not in plain[plain.index("-vf") + 1]
    assert "-ss" not in plain


@needs_ffmpeg
def test_video_thumbnails_in_three_widths(tmp_path):
    clip = mf.make_video(tmp_path / "v.mp4", seconds=2, size="320x240", audio=False)
    out = video_thumbnails(clip, tmp_path / "t", duration=2.0)
    assert sizes_of(out) == {"small": (160, 120), "medium": (320, 240), "large": (320, 240)}
    assert not [p for p in (tmp_path / "t").iterdir() if p.name.startswith(".")]


@needs_ffmpeg
@pytest.mark.parametrize("black", [1, 2])
def test_video_thumbnail_skips_a_black_intro(tmp_path, black):
    clip = mf.make_black_intro(tmp_path / "b.mp4", black=black, rest=3 - black)
    duration = probe(clip)["duration"]
    out = video_thumbnails(clip, tmp_path / "t", duration=duration)
    assert brightness(out["small"]) > 60  # testsrc averages ~125; black is 0-16


@needs_ffmpeg
def test_all_black_video_still_gets_a_thumbnail(tmp_path):
    clip = tmp_path / "black.mp4"
    mf.ffmpeg("-f", "lavfi", "-i", "color=c=black:size=160x120:duration=1", str(clip))
    out = video_thumbnails(clip, tmp_path / "t")
    assert brightness(out["small"]) < 20


@needs_ffmpeg
def test_video_without_picture_fails_clearly(tmp_path):
    audio = mf.make_audio(tmp_path / "a.mp3")
    with pytest.raises(FFmpegError):
        video_thumbnails(audio, tmp_path / "t", duration=1.0)


# ------------------------------------------------------------------ placeholders


@pytest.mark.parametrize("kind", ["document", "audio", "video", "image", None, "weird"])
@pytest.mark.parametrize("size", list(SIZES))
def test_placeholders(kind, size):
    data = placeholder(kind, size)
    with Image.open(io.BytesIO(data)) as im:
        assert im.width == SIZES[size]
        assert im.format == "WEBP"


def test_placeholder_never_fails():
    with Image.open(io.BytesIO(placeholder("audio", "enormous", fmt="jpeg"))) as im:
        assert (im.format, im.width) == ("JPEG", SIZES["medium"])
    assert placeholder("video", "small", fmt="no-such-format")[:4] in (b"RIFF", b"\x89PNG")
