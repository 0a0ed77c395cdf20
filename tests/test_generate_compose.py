"""t2m.generate.compose: pure argument tests, then renders of tiny synthetic scenes.

Inputs are made on the fly: Pillow stills (random discs, so zoompan motion
is visible), lavfi tones levelled to -16 LUFS with trailing silence, a
music bed, and hand-written ASS/SRT files.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from t2m.generate import compose as c
from t2m.generate.errors import GenerationCancelled, GenerationError
from t2m.media import ffmpeg

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")

# Scene tones: (frequency Hz, tone seconds, trailing silence seconds).
TONES = [(1000, 1.6, 0.0), (1500, 2.0, 0.0), (2000, 1.2, 2.8)]
COLOURS = [(200, 40, 40), (40, 160, 40), (40, 40, 200)]
T = 0.5


def scenes_for(durations, suffix=".png"):
    return [
        c.SceneInput(Path(f"/s/{i}{suffix}"), Path(f"/s/{i}.wav"), d)
        for i, d in enumerate(durations)
    ]


# ---------------------------------------------------------------- pure


def test_scene_offsets_add_a_transition_between_narrations():
    scenes = scenes_for([2.0, 3.0, 1.5])
    assert c.scene_offsets(scenes, 0.5) == [0.0, 2.5, 6.0]
    assert c.scene_offsets(scenes, 0) == [0.0, 2.0, 5.0]
    assert c.total_duration(scenes, 0.5) == pytest.approx(7.5)
    assert c.scene_offsets([], 0.5) == []


def test_compose_args_is_one_filtergraph_with_safe_inputs():
    scenes = scenes_for([2.0, 3.0, 1.5])
    args = c.compose_args(scenes, c.ComposeSpec(1280, 720), Path("/o/out.mp4"))
    ffmpeg.check_inputs(args)  # every input carries the whitelists
    assert args.count("-filter_complex") == 1
    assert args.count("-i") == 6
    assert args.count("png_pipe") == 3
    assert "image2" not in " ".join(args)
    graph = args[args.index("-filter_complex") + 1]
    zooms = re.findall(r"zoompan=([^\[;]*)", graph)
    assert len(zooms) == 3
    for z in zooms:
        assert re.search(r":d=\d+:s=1280x720:fps=30", z)
    assert "scale=2560:1440" in graph  # upscaled before zoompan
    assert args[args.index("-movflags") + 1] == "+faststart"
    assert args[args.index("-progress") + 1] == "pipe:1"
    assert args[args.index("-map") : args.index("-map") + 2] == ["-map", "[vout]"]
    assert "[aout]" in args
    assert "mov_text" not in args
    assert "sidechaincompress" not in graph
    assert "ass=" not in graph
    for opt, value in [("-c:v", "libx264"), ("-profile:v", "high"), ("-pix_fmt", "yuv420p")]:
        assert args[args.index(opt) + 1] == value
    for opt, value in [("-c:a", "aac"), ("-b:a", "128k"), ("-ar", "48000")]:
        assert args[args.index(opt) + 1] == value
    assert args[-1] == "file:/o/out.mp4"
    assert args[args.index("-t") + 1] == "7.500"


def test_cross_fades_sit_at_the_scene_offsets():
    """Rebuild the video timeline from the trims: body, fade, body, fade, ..."""
    durations = [2.0, 3.3, 1.7, 2.45]
    spec = c.ComposeSpec(640, 360, fps=25, transition=0.4)
    args = c.compose_args(scenes_for(durations), spec, Path("/o/out.mp4"))
    graph = args[args.index("-filter_complex") + 1]
    trims = re.findall(r"\[(\w\d+)in\]trim=start_frame=(\d+):end_frame=(\d+)", graph)
    frames = {k: int(b) - int(a) for k, a, b in trims}
    fade = round(0.4 * 25)
    fades = re.findall(r"xfade=transition=fade:duration=([\d.]+):offset=0", graph)
    assert fades == ["0.400000"] * 3
    clock = 0
    for i, offset in enumerate(c.scene_offsets(scenes_for(durations), 0.4)):
        if i:
            assert frames[f"h{i}"] == frames[f"t{i - 1}"] == fade
            assert clock == round((offset - 0.4) * 25)  # the fade into scene i starts here
            clock += fade
        assert clock == round(offset * 25)  # scene i's narration starts here
        clock += frames[f"b{i}"]
    assert clock == round(c.total_duration(scenes_for(durations), 0.4) * 25)
    assert "concat=n=7:v=1:a=0" in graph


def test_audio_slots_follow_the_same_frames():
    durations = [2.0, 3.3, 1.7]
    args = c.compose_args(scenes_for(durations), c.ComposeSpec(640, 360), Path("/o/x.mp4"))
    graph = args[args.index("-filter_complex") + 1]
    slots = [int(n) for n in re.findall(r"apad=whole_len=(\d+),atrim=end_sample=\1", graph)]
    offsets = c.scene_offsets(scenes_for(durations), 0.5)
    assert slots[:2] == [round((offsets[1] - offsets[0]) * 48000), round(3.8 * 48000)]
    assert sum(slots) == round(c.total_duration(scenes_for(durations), 0.5) * 48000)
    assert "concat=n=3:v=0:a=1[voice]" in graph


def test_music_subtitles_and_hard_cuts():
    spec = c.ComposeSpec(
        720,
        1280,
        transition=0,
        music=Path("/m/song.mp3"),
        music_demuxer="mp3",
        subtitles_ass=Path("/t/subs.ass"),
        subtitles_srt=Path("/t/subs.srt"),
    )
    args = c.compose_args(scenes_for([1.0, 2.0], ".jpg"), spec, Path("/o/out.mp4"))
    ffmpeg.check_inputs(args)
    assert args.count("jpeg_pipe") == 2
    music = _input_block(args, "file:/m/song.mp3")
    assert music[-3:] == ["-stream_loop", "-1", "-i"]
    assert music[music.index("-f") + 1] == "mp3"
    srt = _input_block(args, "file:/t/subs.srt")
    assert srt[srt.index("-f") + 1] == "srt"
    assert srt[srt.index("-format_whitelist") + 1] == "srt"
    assert args[args.index("-c:s") + 1] == "mov_text"
    assert "5:s:0" in args  # 2 stills, 2 narrations, music, then the SRT
    graph = args[args.index("-filter_complex") + 1]
    assert "xfade" not in graph
    assert "concat=n=2:v=1:a=0,ass=filename=/t/subs.ass" in graph
    assert "[music][vkey]sidechaincompress=" in graph
    assert "amix=inputs=2:duration=first:normalize=0[aout]" in graph
    assert ":s=720x1280:" in graph


def _input_block(args: list[str], url: str) -> list[str]:
    """The options of one input, up to and including its ``-i``."""
    end = args.index(url)
    start = max(i for i, a in enumerate(args[: end - 1]) if a == "-i") + 2
    return args[start:end]


def test_motion_varies_with_index_and_seed_and_is_deterministic():
    scenes = scenes_for([2.0] * 6)

    def zooms(seed):
        args = c.compose_args(scenes, c.ComposeSpec(640, 360, seed=seed), Path("/o/x.mp4"))
        return re.findall(r"zoompan=[^\[;]*", args[args.index("-filter_complex") + 1])

    assert zooms(1) == zooms(1)
    assert zooms(1) != zooms(2)
    assert len(set(zooms(1))) == 6


@pytest.mark.parametrize(
    ("kwargs", "scenes"),
    [
        ({}, []),
        ({}, scenes_for([1.0, 0.0])),
        ({"width": 641}, scenes_for([1.0])),
        ({"transition": -1}, scenes_for([1.0])),
        ({"music": Path("/m/x.m3u8"), "music_demuxer": "hls"}, scenes_for([1.0])),
        ({}, scenes_for([1.0], ".gif")),
    ],
)
def test_compose_args_rejects_bad_specs(kwargs, scenes):
    spec = c.ComposeSpec(**{"width": 640, "height": 360, **kwargs})
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        c.compose_args(scenes, spec, Path("/o/x.mp4"))


def test_filter_escape_quotes_both_levels():
    assert c.filter_escape("/a/b.ass") == "/a/b.ass"
    assert c.filter_escape("C:x") == "C\\\\:x"  # option level C\:x, then graph level
    assert c.filter_escape("a,b[c];d") == "a\\,b\\[c\\]\\;d"
    assert c.filter_escape("it's") == "it\\\\\\'s"


def test_no_flask_in_the_generate_stage():
    assert "flask" not in Path(c.__file__).read_text().lower()


# ---------------------------------------------------------------- renders


def _run(*args: str) -> str:
    proc = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-y", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return proc.stderr


def _still(path: Path, size, colour, seed) -> Path:
    rng = random.Random(seed)
    im = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(im)
    for _ in range(40):
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(4, size[1] // 5)
        shade = tuple(max(0, min(255, v + rng.randrange(-90, 90))) for v in colour)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    im.save(path)
    return path


def _tone(path: Path, freq: int, seconds: float, silence: float) -> Path:
    graph = f"sine=f={freq}:sample_rate=24000:d={seconds},loudnorm=I=-16:TP=-1.5"
    pad = f",apad=pad_dur={silence}" if silence else ""
    _run("-f", "lavfi", "-i", graph + ",aresample=24000" + pad, "-ac", "1", str(path))
    return path


def _probe(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout
    return json.loads(out)


def _rms(path: Path, start: float, length: float, lowpass: int | None = None) -> float:
    chain = f"lowpass=f={lowpass},lowpass=f={lowpass}," if lowpass else ""
    chain += "astats=measure_perchannel=none:measure_overall=RMS_level"
    err = _run(
        "-ss", f"{start}", "-t", f"{length}", "-i", str(path), "-af", chain, "-f", "null", "-"
    )
    return float(re.findall(r"RMS level dB: (-?[\d.]+|-inf)", err)[-1])


def _frame(path: Path, at: float, out: Path) -> Image.Image:
    _run("-ss", f"{at}", "-i", str(path), "-frames:v", "1", str(out))
    return Image.open(out).convert("RGB")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("compose")
    scenes = []
    for i, ((freq, tone, silence), colour) in enumerate(zip(TONES, COLOURS, strict=True)):
        image = _still(d / f"scene{i}.png", (640, 360), colour, i)
        audio = _tone(d / f"scene{i}.wav", freq, tone, silence)
        scenes.append(c.SceneInput(image, audio, tone + silence))
    # A hostile-looking folder name: the ASS path must survive filter escaping.
    weird = d / "sub:s, it's [x];y\\z"
    weird.mkdir()
    (weird / "subs.ass").write_text(
        "[Script Info]\nScriptType: v4.00+\nPlayResX: 320\nPlayResY: 180\n\n"
        "[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, OutlineColour, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV\n"
        "Style: Default,DejaVu Sans,18,&H00FFFFFF,&H00000000,1,2,0,2,10,10,12\n\n"
        "[Events]\nFormat: Layer, Start, End, Style, Text\n"
        "Dialogue: 0,0:00:00.00,0:00:01.60,Default,Hello there\n"
        "Dialogue: 0,0:00:02.10,0:00:04.10,Default,Second scene\n"
    )
    (d / "subs.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,600\nHello there\n\n"
        "2\n00:00:02,100 --> 00:00:04,100\nSecond scene\n"
    )
    # Music: a steady 150 Hz bed (below every narration tone) in stereo MP3.
    _run("-f", "lavfi", "-i", "sine=f=150:sample_rate=44100:d=3", "-ac", "2", str(d / "bed.mp3"))
    return d, scenes


@pytest.fixture(scope="module")
def renders(inputs):
    d, scenes = inputs
    reports = []
    subs = c.ComposeSpec(
        320,
        180,
        transition=T,
        subtitles_ass=d / "sub:s, it's [x];y\\z" / "subs.ass",
        subtitles_srt=d / "subs.srt",
    )
    plain = c.compose(scenes, subs, d / "subs.mp4", on_progress=lambda *r: reports.append(r))
    music = c.ComposeSpec(
        320, 180, transition=T, music=d / "bed.mp3", music_demuxer="mp3", music_volume=10
    )
    return {
        "subs": plain,
        "music": c.compose(scenes, music, d / "music.mp4"),
        "reports": reports,
        "scenes": scenes,
        "dir": d,
    }


@needs_ffmpeg
def test_render_has_the_streams_and_length(renders):
    info = _probe(renders["subs"])
    kinds = sorted(s["codec_type"] for s in info["streams"])
    assert kinds == ["audio", "subtitle", "video"]
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"], video["profile"]) == (320, 180, "High")
    assert video["pix_fmt"] == "yuv420p"
    sub = next(s for s in info["streams"] if s["codec_type"] == "subtitle")
    assert sub["codec_name"] == "mov_text"
    total = sum(s.duration for s in renders["scenes"]) + T * (len(renders["scenes"]) - 1)
    assert float(info["format"]["duration"]) == pytest.approx(total, abs=0.25)
    for s in info["streams"][:2]:
        assert float(s["duration"]) == pytest.approx(total, abs=0.25)
    assert renders["reports"]
    assert renders["reports"][-1][1] == 1.0
    with renders["subs"].open("rb") as fh:  # faststart: moov before mdat
        head = fh.read(4096)
    moov, mdat = head.find(b"moov"), head.find(b"mdat")
    assert 0 < moov < 64
    assert mdat == -1 or mdat > moov
    info = _probe(renders["music"])
    assert sorted(s["codec_type"] for s in info["streams"]) == ["audio", "video"]


@needs_ffmpeg
def test_no_black_or_frozen_stretches(renders):
    err = _run(
        "-i",
        str(renders["subs"]),
        "-vf",
        f"blackdetect=d={T}:pix_th=0.10,freezedetect=n=-60dB:d={T}",
        "-f",
        "null",
        "-",
    )
    assert "black_start" not in err
    assert "freeze_start" not in err


@needs_ffmpeg
@pytest.mark.parametrize("name", ["subs", "music"])
def test_loudness_stays_near_minus_16(renders, name):
    err = _run(
        "-nostats", "-i", str(renders[name]), "-map", "0:a", "-af", "ebur128", "-f", "null", "-"
    )
    integrated = float(re.findall(r"I:\s+(-?[\d.]+) LUFS", err)[-1])
    assert integrated == pytest.approx(-16, abs=2)


@needs_ffmpeg
def test_each_narration_starts_at_its_offset(renders):
    """Silences end (the next tone starts) within 0.15 s of each scene offset,
    and the picture has changed to that scene's colour by then."""
    err = _run("-i", str(renders["subs"]), "-af", "silencedetect=n=-40dB:d=0.2", "-f", "null", "-")
    ends = [float(x) for x in re.findall(r"silence_end: ([\d.]+)", err)]
    offsets = c.scene_offsets(renders["scenes"], T)
    for offset in offsets[1:]:
        assert min(abs(e - offset) for e in ends) <= 0.15, (offset, ends)
    for i, offset in enumerate(offsets):
        frame = _frame(renders["subs"], offset + 0.1, renders["dir"] / f"at{i}.png")
        means = ImageStat.Stat(frame).mean
        assert max(range(3), key=lambda k: means[k]) == max(range(3), key=lambda k: COLOURS[i][k])


@needs_ffmpeg
def test_music_is_ducked_under_the_voice(renders):
    """The 150 Hz bed (isolated with a low-pass) is quieter while a tone plays
    than in the last scene's silent tail."""
    offsets = c.scene_offsets(renders["scenes"], T)
    speech = _rms(renders["music"], offsets[1] + 0.6, 0.8, lowpass=300)
    pause = _rms(renders["music"], offsets[2] + 1.9, 0.5, lowpass=300)
    assert pause - speech >= 6, (speech, pause)
    assert pause > -45  # the music is really there


@needs_ffmpeg
def test_subtitles_are_burned_in(renders):
    """Same frame with and without the ASS burn-in: the subtitle region differs."""
    d = renders["dir"]
    with_subs = _frame(renders["subs"], 0.8, d / "with.png")
    without = _frame(renders["music"], 0.8, d / "without.png")
    assert _mean_diff(with_subs, without, (40, 130, 280, 180)) > 8  # where the cue sits
    assert _mean_diff(with_subs, without, (0, 0, 320, 60)) < 4  # elsewhere they match


def _mean_diff(a: Image.Image, b: Image.Image, box) -> float:
    diff = ImageChops.difference(a.crop(box), b.crop(box))
    return sum(ImageStat.Stat(diff).mean) / 3


@needs_ffmpeg
@pytest.mark.parametrize(("width", "height"), [(180, 320), (240, 240)])
def test_portrait_and_square(inputs, width, height, tmp_path):
    _, scenes = inputs
    short = [c.SceneInput(s.image, s.audio, 1.5) for s in scenes[:2]]
    out = c.compose(short, c.ComposeSpec(width, height), tmp_path / "o.mp4")
    info = _probe(out)
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == (width, height)
    assert float(info["format"]["duration"]) == pytest.approx(3.5, abs=0.25)


@needs_ffmpeg
def test_cancel_kills_the_render_and_leaves_nothing(inputs, tmp_path):
    _, scenes = inputs
    long = [c.SceneInput(s.image, s.audio, 20.0) for s in scenes]
    started = time.monotonic()
    out = tmp_path / "o.mp4"
    with pytest.raises(GenerationCancelled):
        c.compose(
            long,
            c.ComposeSpec(1280, 720),
            out,
            should_cancel=lambda: time.monotonic() - started > 0.3,
        )
    assert time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []


@needs_ffmpeg
def test_unreadable_still_is_a_generation_error(inputs, tmp_path):
    _, scenes = inputs
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a png at all")
    broken = [c.SceneInput(bad, scenes[0].audio, 1.0)]
    with pytest.raises(GenerationError) as info:
        c.compose(broken, c.ComposeSpec(320, 180), tmp_path / "o.mp4")
    assert info.value.stage == "compose"
    assert list(tmp_path.iterdir()) == [bad]
