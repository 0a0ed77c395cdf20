"""probe (ffprobe), probe_image (Pillow) and pdf_pages on files made on the fly."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from PIL import Image

from t2m.media import FFmpegError, FFmpegTimeout, ImageError, pdf_pages, probe, probe_image
from t2m.media.probe import summarize
from tests import media_fixtures as mf

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffprobe"), reason="ffprobe not installed")


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """2 s, 320x240, 25 fps H.264 + 48 kHz mono AAC; moov at the end (no faststart)."""
    path = tmp_path_factory.mktemp("probe") / "clip.mp4"
    return mf.make_video(path, seconds=2, size="320x240")


# ------------------------------------------------------------------ probe


@needs_ffmpeg
def test_probe_reads_a_generated_clip(clip):
    info = probe(clip, fmt="mov")
    assert info["duration"] == pytest.approx(2.0, abs=0.1)
    assert (info["width"], info["height"]) == (320, 240)
    assert (info["display_width"], info["display_height"]) == (320, 240)
    assert info["fps"] == pytest.approx(25.0)
    assert info["video_codec"] == "h264"
    assert info["audio_codec"] == "aac"
    assert info["sample_rate"] == 48000
    assert info["channels"] == 1
    assert info["has_video"] is True
    assert info["has_audio"] is True
    assert info["bitrate"] > 0
    # Per stream: the container's figures, together no more than the whole.
    assert 0 < info["video_bitrate"] < info["bitrate"]
    assert 0 < info["audio_bitrate"] < info["bitrate"]
    assert "mp4" in info["format_name"]


@needs_ffmpeg
def test_probe_audio_only(tmp_path):
    info = probe(mf.make_audio(tmp_path / "a.mp3", seconds=1))
    assert info["has_video"] is False
    assert info["has_audio"] is True
    assert info["audio_codec"] == "mp3"
    assert info["width"] is None
    assert info["duration"] == pytest.approx(1.0, abs=0.1)


@needs_ffmpeg
def test_truncated_mp4_fails_with_a_readable_error(clip, tmp_path):
    half = mf.write(tmp_path / "half.mp4", clip.read_bytes()[: clip.stat().st_size // 2])
    began = time.monotonic()
    with pytest.raises(FFmpegError) as info:
        probe(half)
    assert time.monotonic() - began < 5
    assert "moov atom not found" in info.value.stderr_tail
    assert info.value.returncode == 1


@needs_ffmpeg
def test_random_bytes_behind_an_mp4_header_fail(tmp_path):
    header = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
    junk = mf.write(tmp_path / "junk.mp4", header + os.urandom(20_000))
    with pytest.raises(FFmpegError) as info:
        probe(junk, fmt="mov")
    assert info.value.stderr_tail.strip()
    assert str(info.value).startswith("ffprobe failed with exit code")


@needs_ffmpeg
def test_probe_times_out(clip):
    began = time.monotonic()
    with pytest.raises(FFmpegTimeout):
        probe(clip, timeout=0.005)
    assert time.monotonic() - began < 2


def test_probe_refuses_what_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(FFmpegError, match="not a regular file"):
        probe(fifo)
    with pytest.raises(FFmpegError, match="not a regular file"):
        probe(tmp_path / "missing.mp4")


@needs_ffmpeg
@pytest.mark.parametrize(
    "text",
    [
        "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n",
        "ffconcat version 1.0\nfile /etc/passwd\n",
    ],
)
def test_probe_refuses_reference_formats(tmp_path, text):
    with pytest.raises(FFmpegError, match="not on whitelist") as info:
        probe(mf.write(tmp_path / "evil", text))
    assert "root:" not in info.value.stderr_tail


@needs_ffmpeg
def test_probe_does_not_connect_anywhere(tmp_path):
    with mf.Listener() as listener:
        playlist = mf.write(
            tmp_path / "net.m3u8",
            f"#EXTM3U\n#EXTINF:10,\nhttp://127.0.0.1:{listener.port}/x.ts\n#EXT-X-ENDLIST\n",
        )
        with pytest.raises(FFmpegError):
            probe(playlist)
        time.sleep(0.3)
    assert listener.connections == 0


def test_summarize_ignores_cover_art_and_reads_rotation():
    data = {
        "format": {"format_name": "mov,mp4", "duration": "N/A", "bit_rate": "1000"},
        "streams": [
            {"codec_type": "video", "codec_name": "mjpeg", "disposition": {"attached_pic": 1}},
            {
                "codec_type": "video",
                "codec_name": "hevc",
                "width": 1920,
                "height": 1080,
                "avg_frame_rate": "0/0",
                "r_frame_rate": "30000/1001",
                "duration": "4.5",
                "side_data_list": [{"side_data_type": "Display Matrix", "rotation": -90}],
            },
            {"codec_type": "audio", "codec_name": "opus", "sample_rate": "48000", "channels": 2},
        ],
    }
    info = summarize(data)
    assert info["video_codec"] == "hevc"
    assert info["fps"] == pytest.approx(29.97)
    assert info["duration"] == 4.5
    assert info["rotation"] == 90
    assert (info["display_width"], info["display_height"]) == (1080, 1920)
    assert info["channels"] == 2


def test_summarize_audio_with_only_a_cover_has_no_video():
    data = {
        "format": {"duration": "3.0"},
        "streams": [
            {"codec_type": "audio", "codec_name": "mp3"},
            {"codec_type": "video", "codec_name": "png", "disposition": {"attached_pic": 1}},
        ],
    }
    info = summarize(data)
    assert (info["has_video"], info["has_audio"]) == (False, True)
    assert info["fps"] is None
    assert summarize({})["duration"] is None


# ------------------------------------------------------------------ images


def test_probe_image_png(tmp_path):
    info = probe_image(mf.make_image(tmp_path / "a.png", (320, 240)))
    assert info["format"] == "PNG"
    assert info["mime"] == "image/png"
    assert (info["width"], info["height"]) == (320, 240)
    assert info["mode"] == "RGB"
    assert info["orientation"] == 1
    assert info["animated"] is False


def test_exif_orientation_six_transposes_the_display_size(tmp_path):
    info = probe_image(mf.make_exif_jpeg(tmp_path / "o.jpg", (200, 100), orientation=6))
    assert (info["width"], info["height"]) == (200, 100)
    assert info["orientation"] == 6
    assert (info["display_width"], info["display_height"]) == (100, 200)


def test_animated_gif_counts_frames(tmp_path):
    frames = [Image.new("RGB", (20, 20), color) for color in ("red", "green", "blue")]
    frames[0].save(tmp_path / "a.gif", save_all=True, append_images=frames[1:])
    info = probe_image(tmp_path / "a.gif")
    assert info["frames"] == 3
    assert info["animated"] is True


def test_decompression_bomb_is_refused_quickly(tmp_path):
    bomb = mf.write(tmp_path / "bomb.png", mf.bomb_png(100_000, 100_000))
    assert bomb.stat().st_size < 200
    began = time.monotonic()
    with pytest.raises(ImageError, match="too large"):
        probe_image(bomb)
    assert time.monotonic() - began < 1


def test_image_over_our_limit_names_its_size(tmp_path):
    big = mf.write(tmp_path / "big.png", mf.bomb_png(9000, 8000))  # 72 MP: over the default
    with pytest.raises(ImageError, match="9000x8000 pixels exceeds the limit"):
        probe_image(big)
    small = mf.make_image(tmp_path / "s.png", (100, 100))
    with pytest.raises(ImageError, match="exceeds the limit of 5000"):
        probe_image(small, max_pixels=5000)


@pytest.mark.parametrize(
    "data",
    [b"not an image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, b"%!PS-Adobe-3.0 EPSF-3.0\n"],
)
def test_unreadable_or_unsupported_images_raise_image_error(tmp_path, data):
    with pytest.raises(ImageError, match="not a readable image"):
        probe_image(mf.write(tmp_path / "x", data))


# ------------------------------------------------------------------ pdf


def test_pdf_pages(tmp_path):
    assert pdf_pages(mf.write(tmp_path / "a.pdf", mf.minimal_pdf())) == 1
    assert pdf_pages(mf.write(tmp_path / "b.pdf", b"%PDF-1.7\n")) is None
