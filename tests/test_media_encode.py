"""Renditions, HLS packaging and user-chosen encodes.

Argument builders are checked without running anything; a few tests run
ffmpeg through ``t2m.media.ffmpeg.run`` on clips made on the fly, and read
the results back with ffprobe directly (our own output may use demuxers,
like hls, that uploads never may).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from t2m.media import ffmpeg, probe
from t2m.media.encode import (
    AUDIO_CONTAINERS,
    CODEC_CONTAINERS,
    CRF_RANGES,
    EncodeSpec,
    check_spec,
    encode_args,
    estimate_seconds,
)
from t2m.media.hls import (
    Variant,
    avc1_codec,
    codecs_string,
    hls_args,
    master_playlist,
    mp4a_codec,
    rendition_args,
)
from t2m.media.ladder import Rung, ladder
from t2m.media.probe import summarize
from tests import media_fixtures as mf

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")

RUNG = Rung("720p", 1280, 720, crf=23, maxrate=2_765_000, bufsize=5_530_000)


def opt(args: list[str], name: str, nth: int = 0) -> str:
    """The value following the ``nth`` occurrence of option ``name``."""
    found = [i for i, a in enumerate(args) if a == name]
    return args[found[nth] + 1]


def ffprobe(path: Path, *extra: str) -> dict:
    cmd = ["ffprobe", "-v", "error", "-of", "json", *extra, str(path)]
    return json.loads(subprocess.run(cmd, capture_output=True, check=True, timeout=60).stdout)


def streams(path: Path) -> dict[str, dict]:
    info = ffprobe(path, "-show_streams")
    return {s["codec_type"]: s for s in info["streams"]}


def keyframe_times(path: Path) -> list[float]:
    info = ffprobe(
        path, "-skip_frame", "nokey", "-select_streams", "v:0", "-show_entries", "frame=pts_time"
    )
    return [round(float(f["pts_time"]), 3) for f in info["frames"]]


def top_level_boxes(path: Path) -> list[str]:
    """The MP4's top-level box types in file order."""
    data, boxes, pos = path.read_bytes(), [], 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        boxes.append(data[pos + 4 : pos + 8].decode("latin-1"))
        if size == 1:
            size = int.from_bytes(data[pos + 8 : pos + 16], "big")
        if size < 8:
            break
        pos += size
    return boxes


# ------------------------------------------------------------------ rendition args


def test_rendition_args_read_the_original_safely(tmp_path):
    args = rendition_args(
        tmp_path / "in.mov", tmp_path / "out.mp4", RUNG, demuxer="mov", has_audio=True, fps=25
    )
    ffmpeg.check_inputs(args)  # what run() enforces
    assert opt(args, "-protocol_whitelist") == "file,pipe"
    assert opt(args, "-f") == "mov"
    assert opt(args, "-i") == f"file:{tmp_path / 'in.mov'}"
    assert args[-1] == f"file:{tmp_path / 'out.mp4'}"
    assert opt(args, "-f", 1) == "mp4"
    assert [opt(args, "-map", 0), opt(args, "-map", 1)] == ["0:V:0", "0:a:0?"]
    assert {"-sn", "-dn"} <= set(args)
    assert opt(args, "-map_metadata") == "-1"
    assert opt(args, "-progress") == "pipe:1"
    assert "-nostats" in args
    assert opt(args, "-threads") == opt(args, "-threads", 1) == "2"


def test_rendition_args_h264_high_with_a_fixed_keyframe_grid(tmp_path):
    args = rendition_args(
        tmp_path / "i", tmp_path / "o.mp4", RUNG, demuxer=None, has_audio=True, fps=25
    )
    assert opt(args, "-c:v") == "libx264"
    assert opt(args, "-profile:v") == "high"
    assert opt(args, "-pix_fmt") == "yuv420p"
    assert opt(args, "-crf") == "23"
    assert (opt(args, "-maxrate"), opt(args, "-bufsize")) == ("2765000", "5530000")
    assert opt(args, "-force_key_frames") == "expr:gte(t,n_forced*2)"
    assert opt(args, "-sc_threshold") == "0"
    assert opt(args, "-g") == opt(args, "-keyint_min") == "50"
    assert opt(args, "-vf") == "scale=1280:720,setsar=1,format=yuv420p"
    assert opt(args, "-movflags") == "+faststart"
    assert (opt(args, "-c:a"), opt(args, "-b:a"), opt(args, "-ac")) == ("aac", "128000", "2")
    assert "-f" not in args[: args.index("-i")]  # no demuxer forced: the whitelist decides


@pytest.mark.parametrize(
    ("fps", "gop", "fps_filter"),
    [(120, "120", "fps=60"), (59.94, "120", None), (None, "60", None), (24, "48", None)],
)
def test_rendition_frame_rate_is_kept_but_capped(tmp_path, fps, gop, fps_filter):
    args = rendition_args(
        tmp_path / "i", tmp_path / "o", RUNG, demuxer=None, has_audio=False, fps=fps
    )
    assert opt(args, "-g") == gop
    graph = opt(args, "-vf")
    assert graph.startswith("fps=") == bool(fps_filter)
    if fps_filter:
        assert graph.split(",")[0] == fps_filter


def test_rendition_without_audio(tmp_path):
    args = rendition_args(
        tmp_path / "i", tmp_path / "o", RUNG, demuxer=None, has_audio=False, fps=30
    )
    assert "-an" in args
    assert "0:a:0?" not in args
    assert "-c:a" not in args


# ------------------------------------------------------------------ HLS


def test_hls_args_remux_to_fmp4_vod(tmp_path):
    args = hls_args(tmp_path / "r.mp4", tmp_path / "hls")
    ffmpeg.check_inputs(args)
    assert opt(args, "-f") == "mov"
    assert opt(args, "-c") == "copy"
    assert "-c:v" not in args  # never re-encoded
    assert opt(args, "-hls_time") == "4"
    assert opt(args, "-hls_playlist_type") == "vod"
    assert opt(args, "-hls_flags") == "independent_segments"
    assert opt(args, "-hls_segment_type") == "fmp4"
    assert opt(args, "-hls_fmp4_init_filename") == "init.mp4"
    assert opt(args, "-hls_segment_filename") == f"file:{tmp_path / 'hls' / 'seg_%05d.m4s'}"
    assert opt(args, "-f", 1) == "hls"
    assert args[-1] == f"file:{tmp_path / 'hls' / 'index.m3u8'}"
    assert opt(hls_args(tmp_path / "r", tmp_path / "h", segment_seconds=6), "-hls_time") == "6"
    with pytest.raises(ValueError, match="multiple of 2"):
        hls_args(tmp_path / "r.mp4", tmp_path / "hls", segment_seconds=3)


def test_master_playlist_lists_variants_lowest_first():
    high = Variant(
        "720p", 1280, 720, 2_893_000, 1_500_000, "avc1.64001f,mp4a.40.2", "720p/index.m3u8", 29.97
    )
    low = Variant("360p", 640, 360, 819_000, None, "avc1.64001e,mp4a.40.2", "360p/index.m3u8", None)
    assert master_playlist([high, low]) == (
        "#EXTM3U\n"
        "#EXT-X-VERSION:7\n"
        "#EXT-X-INDEPENDENT-SEGMENTS\n"
        '#EXT-X-STREAM-INF:BANDWIDTH=819000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"\n'
        "360p/index.m3u8\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=2893000,AVERAGE-BANDWIDTH=1500000,RESOLUTION=1280x720,"
        'CODECS="avc1.64001f,mp4a.40.2",FRAME-RATE=29.970\n'
        "720p/index.m3u8\n"
    )


@pytest.mark.parametrize(
    ("uri", "codecs"),
    [
        ("a\n#EXT-X-ENDLIST", "avc1.640028"),
        ("", "avc1.640028"),
        ("x.m3u8", 'avc1",X="1'),
        ("x.m3u8", ""),
    ],
)
def test_master_playlist_refuses_injection(uri, codecs):
    with pytest.raises(ValueError, match=r"^bad (variant uri|codecs)"):
        master_playlist([Variant("x", 2, 2, 1, None, codecs, uri, None)])
    with pytest.raises(ValueError, match="at least one variant"):
        master_playlist([])


@pytest.mark.parametrize(
    ("profile", "level", "expected"),
    [
        ("High", 40, "avc1.640028"),
        ("High", 31, "avc1.64001f"),
        ("Main", 30, "avc1.4d401e"),
        ("Constrained Baseline", 30, "avc1.42e01e"),
        ("High 10", 51, "avc1.6e0033"),
    ],
)
def test_avc1_codec_strings(profile, level, expected):
    assert avc1_codec(profile, level) == expected


def test_codec_strings_from_probe_summary_and_raw_streams():
    raw = {
        "format": {"duration": "4.0"},
        "streams": [
            {
                "codec_type": "video",
                "codec_name": "h264",
                "profile": "High",
                "level": 30,
                "width": 640,
                "height": 360,
                "sample_aspect_ratio": "1:1",
            },
            {"codec_type": "audio", "codec_name": "aac", "profile": "HE-AAC"},
            {"codec_type": "subtitle", "codec_name": "mov_text"},
        ],
    }
    assert codecs_string(raw) == "avc1.64001e,mp4a.40.5"
    summary = summarize(raw)
    assert (summary["video_profile"], summary["video_level"]) == ("High", 30)
    assert (summary["audio_profile"], summary["sample_aspect_ratio"]) == ("HE-AAC", 1.0)
    assert codecs_string(summary) == "avc1.64001e,mp4a.40.5"
    assert codecs_string({"video_codec": "h264", "video_profile": "High", "video_level": 40}) == (
        "avc1.640028"
    )
    assert mp4a_codec(None) == "mp4a.40.2"
    with pytest.raises(ValueError, match="hevc"):
        codecs_string({"video_codec": "hevc", "video_profile": "Main", "video_level": 93})
    with pytest.raises(ValueError, match="no avc1 codec string"):
        avc1_codec("High", None)


def test_summarize_marks_unknown_profile_level_and_pixel_shape():
    raw = {
        "streams": [
            {
                "codec_type": "video",
                "profile": "unknown",
                "level": -99,
                "sample_aspect_ratio": "0:1",
            }
        ]
    }
    info = summarize(raw)
    assert (info["video_profile"], info["video_level"], info["sample_aspect_ratio"]) == (
        None,
        None,
        None,
    )
    dvd = summarize({"streams": [{"codec_type": "video", "sample_aspect_ratio": "64:45"}]})
    assert dvd["sample_aspect_ratio"] == pytest.approx(1.422)


# ------------------------------------------------------------------ encode spec


def test_check_spec_defaults():
    spec, errors = check_spec({})
    assert errors == {}
    assert spec == EncodeSpec("h264", "source", "source", "medium", "aac", 128_000, "mp4")
    assert spec.crf == 23


def test_check_spec_accepts_form_strings_and_ignores_other_keys():
    spec, errors = check_spec(
        {
            "codec": "AV1",
            "resolution": "720",
            "fps": "30",
            "crf": "40",
            "audio": "opus",
            "audio_bitrate": "96k",
            "container": "webm",
            "source": {"file_id": 3},
            "fps_x": 1,
        }
    )
    assert errors == {}
    assert spec == EncodeSpec("av1", "720p", 30, 40, "opus", 96_000, "webm")
    assert check_spec({"quality": "high", "codec": "h265"})[0].crf == 22
    assert check_spec({"quality": None, "fps": None})[0] == check_spec({})[0]


@pytest.mark.parametrize(
    ("raw", "field", "message"),
    [
        ({"codec": "vp9"}, "codec", "must be one of h264, h265, av1"),
        ({"container": "avi"}, "container", "must be one of mp4, webm, mkv"),
        (
            {"container": "webm", "codec": "h264", "audio": "opus"},
            "container",
            "webm cannot hold h264; use mp4 or mkv",
        ),
        (
            {"container": "webm", "codec": "h265", "audio": "none"},
            "container",
            "webm cannot hold h265; use mp4 or mkv",
        ),
        (
            {"container": "webm", "codec": "av1", "audio": "aac"},
            "audio",
            "webm cannot hold aac audio; use opus or none",
        ),
        ({"fps": 0}, "fps", "must be one of 24, 25, 30, 50, 60 or 'source'"),
        ({"fps": 59}, "fps", "must be one of 24, 25, 30, 50, 60 or 'source'"),
        ({"fps": 29.97}, "fps", "must be one of 24, 25, 30, 50, 60 or 'source'"),
        ({"fps": True}, "fps", "must be one of 24, 25, 30, 50, 60 or 'source'"),
        (
            {"resolution": "9999p"},
            "resolution",
            "must be one of 360p, 480p, 720p, 1080p, 1440p, 2160p or 'source'",
        ),
        (
            {"resolution": 4},
            "resolution",
            "must be one of 360p, 480p, 720p, 1080p, 1440p, 2160p or 'source'",
        ),
        (
            {"quality": -1},
            "quality",
            "must be a CRF from 0 to 51 for h264 or one of low, medium, high",
        ),
        ({"crf": 52}, "crf", "must be a CRF from 0 to 51 for h264 or one of low, medium, high"),
        (
            {"crf": 52, "codec": "h265"},
            "crf",
            "must be a CRF from 0 to 51 for h265 or one of low, medium, high",
        ),
        (
            {"crf": 64, "codec": "av1"},
            "crf",
            "must be a CRF from 1 to 63 for av1 or one of low, medium, high",
        ),
        ({"quality": "ultra"}, "quality", "must be a CRF number or one of low, medium, high"),
        ({"quality": 23.5}, "quality", "must be a CRF number or one of low, medium, high"),
        ({"audio": "mp3"}, "audio", "must be one of aac, opus, none"),
        ({"audio_bitrate": 1}, "audio_bitrate", "must be from 32000 to 512000 bit/s (e.g. 128000)"),
        (
            {"audio_bitrate": 600_000},
            "audio_bitrate",
            "must be from 32000 to 512000 bit/s (e.g. 128000)",
        ),
        (
            {"audio_bitrate": "lots"},
            "audio_bitrate",
            "must be from 32000 to 512000 bit/s (e.g. 128000)",
        ),
    ],
)
def test_check_spec_errors(raw, field, message):
    spec, errors = check_spec(raw)
    assert spec is None
    assert errors == {field: [message]}


def test_check_spec_reports_every_bad_field_and_valid_ranges():
    spec, errors = check_spec({"codec": "vp9", "container": "avi", "fps": 0, "crf": 99})
    assert spec is None
    assert set(errors) == {"codec", "container", "fps"}  # no CRF range for an unknown codec
    assert check_spec([1, 2]) == (None, {"spec": ["must be an object"]})
    assert check_spec({"crf": 52, "codec": "av1"})[1] == {}
    assert check_spec({"crf": 0, "codec": "av1"})[0] is None  # svt-av1: 0 means "unset"
    assert CRF_RANGES == {"h264": (0, 51), "h265": (0, 51), "av1": (1, 63)}
    for container, codecs in CODEC_CONTAINERS.items():
        for codec in codecs:
            for audio in AUDIO_CONTAINERS[container]:
                raw = {"container": container, "codec": codec, "audio": audio}
                assert check_spec(raw)[1] == {}, raw


# ------------------------------------------------------------------ encode args


def spec(**fields) -> EncodeSpec:
    made, errors = check_spec(fields)
    assert not errors, errors
    return made


def encode(s: EncodeSpec, size=(1920, 1080), has_audio=True, **kw) -> list[str]:
    return encode_args(
        Path("/in"),
        Path("/out"),
        s,
        demuxer="mov",
        width=size[0],
        height=size[1],
        has_audio=has_audio,
        **kw,
    )


def test_encode_args_h264_defaults():
    args = encode(spec())
    ffmpeg.check_inputs(args)
    assert (opt(args, "-c:v"), opt(args, "-preset"), opt(args, "-profile:v")) == (
        "libx264",
        "medium",
        "high",
    )
    assert (opt(args, "-crf"), opt(args, "-pix_fmt")) == ("23", "yuv420p")
    assert opt(args, "-vf") == "scale=1920:1080,setsar=1,format=yuv420p"  # source size, no fps
    assert (opt(args, "-c:a"), opt(args, "-b:a")) == ("aac", "128000")
    assert opt(args, "-movflags") == "+faststart"
    assert opt(args, "-progress") == "pipe:1"
    assert opt(args, "-f", 1) == "mp4"
    assert args[-1] == "file:/out"
    assert "-profile:v" not in encode(spec(crf=0))  # lossless needs x264's own profile choice


def test_encode_args_h265_in_mp4_is_tagged_hvc1():
    args = encode(spec(codec="h265", resolution="720p", fps=24, audio="opus", audio_bitrate=96_000))
    assert opt(args, "-c:v") == "libx265"
    assert opt(args, "-tag:v") == "hvc1"
    assert opt(args, "-x265-params") == "log-level=error"
    assert opt(args, "-crf") == "26"
    assert opt(args, "-vf") == "fps=24,scale=1280:720,setsar=1,format=yuv420p"
    assert (opt(args, "-c:a"), opt(args, "-b:a")) == ("libopus", "96000")
    mkv = encode(spec(codec="h265", container="mkv"))
    assert "-tag:v" not in mkv
    assert "-movflags" not in mkv
    assert opt(mkv, "-f", 1) == "matroska"


def test_encode_args_av1():
    args = encode(spec(codec="av1", container="webm", audio="opus", quality="low"))
    assert (opt(args, "-c:v"), opt(args, "-preset"), opt(args, "-crf")) == ("libsvtav1", "8", "42")
    assert opt(args, "-f", 1) == "webm"
    tiny = encode(spec(codec="av1", container="mkv"), size=(48, 32))
    assert opt(tiny, "-vf").endswith(",pad=64:64:(ow-iw)/2:(oh-ih)/2")


def test_encode_never_upscales_and_turns_portrait_video():
    assert "scale=640:360," in opt(encode(spec(resolution="2160p"), size=(640, 360)), "-vf")
    assert "scale=720:1280," in opt(encode(spec(resolution="720p"), size=(1080, 1920)), "-vf")
    rotated = encode(spec(resolution="720p"), size=(1920, 1080), rotation=90)
    assert "scale=720:1280," in opt(rotated, "-vf")
    assert "scale=640:360," in opt(encode(spec(resolution="360p"), size=(1921, 1081)), "-vf")


def test_encode_without_audio():
    for args in (encode(spec(audio="none")), encode(spec(), has_audio=False)):
        assert "-an" in args
        assert "0:a:0?" not in args


def test_estimate_seconds_is_rough_but_ordered():
    h264 = spec(resolution="720p")
    base = estimate_seconds(30, 1920, 1080, h264)
    assert 10 < base < 60  # a 30 s 1080p -> 720p H.264 medium encode on 2 cores
    assert estimate_seconds(60, 1920, 1080, h264) > base
    assert estimate_seconds(30, 1920, 1080, spec(resolution="720p", codec="h265")) > base
    assert estimate_seconds(30, 1920, 1080, spec(resolution="360p")) < base
    assert estimate_seconds(30, 1920, 1080, spec(resolution="720p", fps=60)) > base
    assert estimate_seconds(0, 1920, 1080, h264) == 1.0


# ------------------------------------------------------------------ integration


@pytest.fixture(scope="module")
def renditions(tmp_path_factory):
    """A 10 s 1280x720 15 fps clip with audio, encoded into its ladder once for the module."""
    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg not installed")
    root = tmp_path_factory.mktemp("renditions")
    src = mf.make_video(root / "src.mp4", seconds=10, size="1280x720", rate=15)
    info = probe(src, fmt="mov")
    rungs = ladder(info["width"], info["height"], fps=info["fps"], bitrate=info["bitrate"])
    out, reports = {}, {}
    for rung in rungs:
        out[rung.name] = root / f"{rung.name}.mp4"
        seen = reports[rung.name] = []
        args = rendition_args(
            src, out[rung.name], rung, demuxer="mov", has_audio=True, fps=info["fps"]
        )
        ffmpeg.run(
            args,
            timeout=120,
            duration=info["duration"],
            on_progress=lambda s, f, seen=seen: seen.append((s, f)),
        )
    return {"root": root, "src": src, "rungs": rungs, "files": out, "progress": reports}


@needs_ffmpeg
def test_renditions_are_h264_high_aac_faststart_on_a_2s_keyframe_grid(renditions):
    assert [r.name for r in renditions["rungs"]] == ["360p", "480p", "720p"]  # never upscaled
    for rung in renditions["rungs"]:
        path = renditions["files"][rung.name]
        found = streams(path)
        video, audio = found["video"], found["audio"]
        assert (video["codec_name"], video["profile"], video["pix_fmt"]) == (
            "h264",
            "High",
            "yuv420p",
        )
        assert (video["width"], video["height"]) == (rung.width, rung.height)
        assert video["avg_frame_rate"] == "15/1"
        assert (audio["codec_name"], audio["profile"], audio["channels"]) == ("aac", "LC", 2)
        assert keyframe_times(path) == [0.0, 2.0, 4.0, 6.0, 8.0]
        boxes = top_level_boxes(path)
        assert boxes.index("moov") < boxes.index("mdat")
        assert set(found) == {"video", "audio"}


@needs_ffmpeg
def test_rendition_progress_advances(renditions):
    reports = renditions["progress"]["720p"]
    assert len(reports) >= 2
    seconds = [s for s, _ in reports]
    assert seconds == sorted(seconds)
    assert seconds[0] < seconds[-1]
    assert reports[-1][1] == 1.0


@needs_ffmpeg
def test_hls_segments_and_master_playlist_play_back(renditions):
    root = renditions["root"] / "hls"
    variants = []
    for rung in renditions["rungs"]:
        out = root / rung.name
        out.mkdir(parents=True)
        ffmpeg.run(hls_args(renditions["files"][rung.name], out), timeout=60)
        playlist = (out / "index.m3u8").read_text()
        durations = [float(d) for d in re.findall(r"#EXTINF:([\d.]+),", playlist)]
        assert durations == pytest.approx([4.0, 4.0, 2.0], abs=0.1)
        assert "#EXT-X-PLAYLIST-TYPE:VOD" in playlist
        assert '#EXT-X-MAP:URI="init.mp4"' in playlist
        uris = [line for line in playlist.splitlines() if line and not line.startswith("#")]
        assert uris == ["seg_00000.m4s", "seg_00001.m4s", "seg_00002.m4s"]  # relative
        assert sorted(p.name for p in out.iterdir()) == ["index.m3u8", "init.mp4", *uris]
        played = ffprobe(out / "index.m3u8", "-count_frames", "-show_streams")
        video = next(s for s in played["streams"] if s["codec_type"] == "video")
        assert int(video["nb_read_frames"]) == 150
        variants.append(
            Variant(
                rung.name,
                rung.width,
                rung.height,
                rung.bandwidth,
                None,
                codecs_string(probe(renditions["files"][rung.name], fmt="mov")),
                f"{rung.name}/index.m3u8",
                15.0,
            )
        )
    master = master_playlist(variants)
    assert 'CODECS="avc1.64001e,mp4a.40.2"' in master  # 640x360 at 15 fps: level 3.0
    (root / "master.m3u8").write_text(master)
    info = ffprobe(root / "master.m3u8", "-show_programs")
    assert len(info["programs"]) == 3


@pytest.fixture(scope="module")
def small_clip(tmp_path_factory):
    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg not installed")
    return mf.make_video(tmp_path_factory.mktemp("enc") / "s.mp4", seconds=2, size="320x240")


@needs_ffmpeg
@pytest.mark.parametrize(
    ("fields", "suffix", "video_codec", "tag", "audio_codec"),
    [
        ({"codec": "h265", "resolution": "1080p"}, "mp4", "hevc", "hvc1", "aac"),
        (
            {"codec": "av1", "container": "webm", "audio": "opus", "fps": 50},
            "webm",
            "av1",
            None,
            "opus",
        ),
        ({"codec": "av1", "container": "mkv", "quality": "low"}, "mkv", "av1", None, "aac"),
    ],
)
def test_encodes_in_each_codec_and_container(
    small_clip, tmp_path, fields, suffix, video_codec, tag, audio_codec
):
    dst = tmp_path / f"out.{suffix}"
    args = encode_args(
        small_clip, dst, spec(**fields), demuxer="mov", width=320, height=240, has_audio=True
    )
    ffmpeg.run(args, timeout=120, duration=2.0)
    found = streams(dst)
    assert found["video"]["codec_name"] == video_codec
    assert (found["video"]["width"], found["video"]["height"]) == (320, 240)  # not upscaled
    assert found["audio"]["codec_name"] == audio_codec
    if tag:
        assert found["video"]["codec_tag_string"] == tag
        boxes = top_level_boxes(dst)
        assert boxes.index("moov") < boxes.index("mdat")
    if fields.get("fps"):
        assert found["video"]["avg_frame_rate"] == f"{fields['fps']}/1"
    duration = float(ffprobe(dst, "-show_format")["format"]["duration"])
    assert duration == pytest.approx(2.0, abs=0.1)
