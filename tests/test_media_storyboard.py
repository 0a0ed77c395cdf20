"""Seek-bar storyboards: sprite sheet arguments, grid, WebVTT index."""

from __future__ import annotations

import re
import shutil

import pytest
from PIL import Image, ImageStat

from t2m.media import ffmpeg
from t2m.media.storyboard import (
    MAX_TILES,
    choose_interval,
    grid,
    storyboard_args,
    storyboard_vtt,
    tile_count,
    tile_height,
)
from tests import media_fixtures as mf

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")


def opt(args: list[str], name: str, nth: int = 0) -> str:
    found = [i for i, a in enumerate(args) if a == name]
    return args[found[nth] + 1]


@pytest.mark.parametrize(
    ("duration", "interval"),
    [
        (0.5, 1),
        (5, 1),
        (100, 1),
        (101, 2),
        (250, 3),
        (600, 10),
        (1000, 10),
        (1001, 15),
        (3600, 60),
        (7200, 72),
        (36000, 360),
    ],
)
def test_choose_interval(duration, interval):
    assert choose_interval(duration) == interval
    assert tile_count(duration, choose_interval(duration)) <= MAX_TILES


def test_grid_fills_rows_and_never_leaves_empty_columns():
    assert grid(100, 1) == (10, 10)
    assert grid(95.5, 1) == (10, 10)
    assert grid(5, 1) == (5, 1)
    assert grid(0.2, 1) == (1, 1)
    assert grid(21, 2, columns=4) == (4, 3)
    assert tile_count(10.0000001, 1) == 10
    with pytest.raises(ValueError, match="interval must be positive"):
        grid(10, 0)


def test_tile_height_keeps_the_display_aspect():
    assert tile_height(1920, 1080) == 90
    assert tile_height(1080, 1920) == 284
    assert tile_height(640, 480, 160) == 120
    assert tile_height(720, 576, sar=64 / 45) == 90
    assert tile_height(10_000, 10) == 2


def test_storyboard_args(tmp_path):
    args = storyboard_args(
        tmp_path / "v.mkv", tmp_path / "s.jpg", demuxer="matroska", duration=25, interval=2
    )
    ffmpeg.check_inputs(args)
    assert opt(args, "-f") == "matroska"
    assert opt(args, "-map") == "0:V:0"
    graph = opt(args, "-vf")
    assert graph.startswith("fps=1/2,scale=w=160:")
    assert graph.endswith(",tile=10x2")  # 13 tiles
    assert (opt(args, "-frames:v"), opt(args, "-update")) == ("1", "1")
    assert opt(args, "-c:v") == "mjpeg"
    assert opt(args, "-f", 1) == "image2"
    assert args[-1] == f"file:{tmp_path / 's.jpg'}"
    narrow = storyboard_args(
        tmp_path / "v",
        tmp_path / "s",
        demuxer=None,
        duration=3,
        interval=1,
        columns=5,
        tile_width=120,
    )
    assert "scale=w=120:" in opt(narrow, "-vf")
    assert opt(narrow, "-vf").endswith(",tile=3x1")


def test_storyboard_vtt_text_and_coordinates():
    text = storyboard_vtt(4.5, 2, 2, 160, 90, "sprite.jpg")
    assert text == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:02.000\nsprite.jpg#xywh=0,0,160,90\n\n"
        "00:00:02.000 --> 00:00:04.000\nsprite.jpg#xywh=160,0,160,90\n\n"
        "00:00:04.000 --> 00:00:04.500\nsprite.jpg#xywh=0,90,160,90\n"
    )


def test_storyboard_vtt_long_video():
    text = storyboard_vtt(3725.25, 60, 10, 160, 90, "/media/7/sprite.jpg")
    cues = re.findall(r"(\S+) --> (\S+)\n(\S+)", text)
    assert len(cues) == 63
    assert cues[0] == ("00:00:00.000", "00:01:00.000", "/media/7/sprite.jpg#xywh=0,0,160,90")
    assert cues[-1] == ("01:02:00.000", "01:02:05.250", "/media/7/sprite.jpg#xywh=320,540,160,90")
    with pytest.raises(ValueError, match="one line"):
        storyboard_vtt(10, 1, 10, 160, 90, "a\n\nWEBVTT")
    with pytest.raises(ValueError, match="duration must be positive"):
        storyboard_vtt(0, 1, 10, 160, 90, "s.jpg")


@needs_ffmpeg
@pytest.mark.parametrize(("seconds", "size", "tiles"), [(5, "320x180", 5), (4.5, "240x320", 5)])
def test_sprite_size_matches_the_vtt(tmp_path, seconds, size, tiles):
    clip = mf.make_video(tmp_path / "v.mp4", seconds=seconds, size=size, audio=False)
    width, height = map(int, size.split("x"))
    interval, columns = choose_interval(seconds), 10
    sprite = tmp_path / "sprite.jpg"
    reports = []
    args = storyboard_args(
        clip, sprite, demuxer="mov", duration=seconds, interval=interval, columns=columns
    )
    ffmpeg.run(args, timeout=60, duration=seconds, on_progress=lambda s, f: reports.append(f))
    tile_h = tile_height(width, height)
    cols, rows = grid(seconds, interval, columns)
    with Image.open(sprite) as im:
        assert im.format == "JPEG"
        assert im.size == (cols * 160, rows * tile_h) == (tiles * 160, tile_h)
        # Every tile holds a frame (testsrc is bright), none is padding.
        for n in range(tiles):
            box = (n * 160, 0, (n + 1) * 160, tile_h)
            assert ImageStat.Stat(im.crop(box).convert("L")).mean[0] > 40
    assert reports[-1] == 1.0
    vtt = storyboard_vtt(seconds, interval, columns, 160, tile_h, "sprite.jpg")
    ends = re.findall(r"--> (\S+)", vtt)
    assert len(ends) == tiles
    assert ends[-1] == f"00:00:0{seconds:.3f}"
    assert vtt.rstrip().endswith(f"#xywh={(tiles - 1) * 160},0,160,{tile_h}")
