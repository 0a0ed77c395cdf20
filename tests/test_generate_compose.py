"""t2m.generate.compose: pure argument tests, then renders of tiny synthetic scenes.

Inputs are made on the fly: Pillow stills (random discs, so zoompan motion
is visible), lavfi tones levelled to -16 LUFS with trailing silence, a
music bed, and hand-written ASS/SRT files.
"""

from __future__ import annotations

import itertools
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
from t2m.generate.compose.args import _segment_ass as segment_ass
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
    assert c.scene_offsets(scenes, c.ComposeSpec(64, 36)) == [0.0, 2.5, 6.0]
    assert c.scene_offsets(scenes, c.ComposeSpec(64, 36, transition=0)) == [0.0, 2.0, 5.0]
    assert c.total_duration(scenes, c.ComposeSpec(64, 36)) == pytest.approx(7.5)
    assert c.scene_offsets([], c.ComposeSpec(64, 36)) == []


def test_each_slot_is_its_own_narration_in_whole_frames():
    """A scene's length in frames depends on its narration alone: re-narrating
    one scene moves the later ones by whole frames and changes none of them."""
    before = c.frame_starts([2.01, 3.33, 1.7, 2.45], 24, 0.5)
    after = c.frame_starts([2.9, 3.33, 1.7, 2.45], 24, 0.5)
    slots = [b - a for a, b in itertools.pairwise(before)]
    assert slots == [round(2.01 * 24) + 12, round(3.33 * 24) + 12, round(1.7 * 24) + 12, 59]
    assert [b - a for a, b in itertools.pairwise(after)][1:] == slots[1:]
    # The total stays within half a frame per scene of narrations + transitions.
    assert abs(before[-1] / 24 - (2.01 + 3.33 + 1.7 + 2.45 + 1.5)) <= 4 * 0.5 / 24
    assert c.frame_starts([0.001, 0.001], 24, 0) == [0, 1, 2]  # never an empty slot


def test_segments_tile_the_video_with_the_fades_at_the_scene_offsets():
    durations = [2.0, 13.3, 1.7, 2.45]
    spec = c.ComposeSpec(640, 360, fps=25, transition=0.4)
    segments = c.plan(scenes_for(durations), spec)
    starts = c.frame_starts(durations, 25, 0.4)
    fade = round(0.4 * 25)
    longest = round(c.PIECE_SECONDS * 25)
    assert [s.index for s in segments] == list(range(len(segments)))
    clock = 0
    for seg in segments:
        assert seg.start == clock
        clock += seg.frames
    assert clock == starts[-1]
    for i in range(len(durations)):
        own = [s for s in segments if s.scene == i]
        fades = [s for s in own if s.fade]
        if i:
            # The fade into scene i ends as scene i starts speaking.
            (into,) = fades
            assert into is own[0]
            assert into.frames == into.fade == fade
            assert into.start + fade == starts[i]
            prev, this = into.motions
            assert prev.index == i - 1
            assert prev.first + prev.count == prev.frames
            assert (this.index, this.first, this.count) == (i, 0, fade)
            assert into.stills == (Path(f"/s/{i - 1}.png"), Path(f"/s/{i}.png"))
        else:
            assert not fades
        pieces = [s for s in own if not s.fade]
        # The rest of the scene in pieces of at most PIECE_SECONDS, about equal.
        assert all(p.frames <= longest for p in pieces)
        assert max(p.frames for p in pieces) - min(p.frames for p in pieces) <= 1
        at = fade if i else 0
        for piece in pieces:
            assert piece.stills == (Path(f"/s/{i}.png"),)
            (m,) = piece.motions
            assert (m.index, m.first, m.count) == (i, at, piece.frames)
            at += piece.frames
        # The scene's clip runs on into the next fade, which takes its tail.
        end = starts[i + 1] - (fade if i < len(durations) - 1 else 0)
        assert pieces[-1].start + pieces[-1].frames == end
        assert m.frames == at + (fade if i < len(durations) - 1 else 0)
    assert len([s for s in segments if s.scene == 1]) == 1 + 3  # 13.3 s: a fade and 3 pieces


def test_cues_are_cut_at_segment_edges_and_timed_from_each_segment():
    cues = (c.subs.Cue(0.2, 1.9, "one"), c.subs.Cue(1.5, 2.7, "across"), c.subs.Cue(3.0, 3.2, "x"))
    spec = c.ComposeSpec(640, 360, fps=25, transition=0.4, cues=cues)
    first, fade, second = c.plan(scenes_for([1.8, 3.0]), spec)
    assert first.frames == 45  # 1.8 s, then the fade into scene 2 starts
    assert fade.frames == 10
    assert first.cues == (c.subs.Cue(0.2, 1.8, "one"), c.subs.Cue(1.5, 1.8, "across"))
    assert fade.cues == (c.subs.Cue(0.0, 0.1, "one"), c.subs.Cue(0.0, 0.4, "across"))
    assert second.cues == (c.subs.Cue(0.0, 0.5, "across"), c.subs.Cue(0.8, 1.0, "x"))


def test_segment_args_are_one_filtergraph_with_safe_inputs():
    spec = c.ComposeSpec(1280, 720, preset="ultrafast", x264_params="cabac=1")
    second = c.plan(scenes_for([2.0, 3.0, 1.5]), spec)[1]  # the fade into scene 2
    assert second.fade == second.frames == 15
    args = c.segment_args(second, spec, Path("/o/seg.mp4"), Path("/o/seg.ass"))
    ffmpeg.check_inputs(args)  # every input carries the whitelists
    assert args.count("-filter_complex") == 1
    assert args.count("-i") == 2
    assert args.count("png_pipe") == 2
    assert "image2" not in " ".join(args)
    graph = args[args.index("-filter_complex") + 1]
    zooms = re.findall(r"zoompan=([^\[;]*)", graph)
    assert len(zooms) == 2
    assert re.search(r"\(on\+\d+\)", zooms[0])  # the previous clip's tail, not its start
    for z in zooms:
        assert re.search(r":d=\d+:s=1280x720:fps=30", z)
    assert "scale=2560:1440" in graph  # upscaled before zoompan
    assert "[m0][m1]xfade=transition=fade:duration=0.500000:offset=0[x]" in graph
    assert "[x]ass=filename=/o/seg.ass,format=yuv420p[vout]" in graph
    assert args[args.index("-frames:v") + 1] == str(second.frames)
    assert "-an" in args
    assert args[args.index("-preset") + 1] == "ultrafast"
    assert args[args.index("-x264-params") + 1] == "cabac=1"
    # One encoder thread per segment: segments are encoded side by side.
    assert args[args.index("libx264") :][args[args.index("libx264") :].index("-threads") + 1] == "1"
    assert args[args.index("-progress") + 1] == "pipe:1"
    for opt, value in [("-c:v", "libx264"), ("-profile:v", "high"), ("-pix_fmt", "yuv420p")]:
        assert args[args.index(opt) + 1] == value
    assert args[-1] == "file:/o/seg.mp4"
    first = c.plan(scenes_for([2.0, 3.0, 1.5]), spec)[0]
    graph = c.segment_args(first, spec, Path("/o/s.mp4"))
    assert "xfade" not in " ".join(graph)
    assert "ass=" not in " ".join(graph)
    assert "-x264-params" not in c.segment_args(first, c.ComposeSpec(64, 36), Path("/o/s.mp4"))


def test_the_sound_track_pads_each_narration_to_its_slot():
    durations = [2.0, 3.3, 1.7]
    spec = c.ComposeSpec(640, 360)
    args = c.audio_args(scenes_for(durations), spec, Path("/o/a.mp4"))
    ffmpeg.check_inputs(args)
    assert args.count("-i") == 3
    for opt, value in [("-c:a", "aac"), ("-b:a", "128k"), ("-ar", "48000")]:
        assert args[args.index(opt) + 1] == value
    assert "-vn" in args
    graph = args[args.index("-filter_complex") + 1]
    slots = [int(n) for n in re.findall(r"apad=whole_len=(\d+),atrim=end_sample=\1", graph)]
    starts = c.frame_starts(durations, 30, 0.5)
    assert slots == [(b - a) * 1600 for a, b in itertools.pairwise(starts)]
    assert all(slot >= d * 48000 for slot, d in zip(slots, durations, strict=True))  # no cut
    assert "concat=n=3:v=0:a=1[voice]" in graph
    assert "sidechaincompress" not in graph
    assert args[args.index("-t") + 1] == f"{starts[-1] / 30:.3f}"


def test_mux_args_copy_the_segments_and_the_sound_track():
    spec = c.ComposeSpec(640, 360)
    args = c.mux_args(Path("/w/list.ffconcat"), Path("/w/a.mp4"), 7.5, spec, Path("/o/x.mp4"))
    ffmpeg.check_inputs(args)
    listing = _input_block(args, "file:/w/list.ffconcat")
    assert listing[listing.index("-f") + 1] == "concat"
    assert listing[listing.index("-format_whitelist") + 1] == "concat,mov"
    sound = _input_block(args, "file:/w/a.mp4")
    assert sound[sound.index("-f") + 1] == "mov"
    assert args[args.index("-c:v") + 1] == "copy"
    assert args[args.index("-c:a") + 1] == "copy"
    assert "-filter_complex" not in args
    assert args[args.index("-movflags") + 1] == "+faststart"
    assert "mov_text" not in args
    assert args[args.index("-t") + 1] == "7.500"


def test_music_subtitles_and_hard_cuts():
    spec = c.ComposeSpec(
        720,
        1280,
        transition=0,
        music=Path("/m/song.mp3"),
        music_demuxer="mp3",
        subtitles_srt=Path("/t/subs.srt"),
    )
    scenes = scenes_for([1.0, 2.0], ".jpg")
    args = c.audio_args(scenes, spec, Path("/o/a.mp4"))
    ffmpeg.check_inputs(args)
    music = _input_block(args, "file:/m/song.mp3")
    assert music[-3:] == ["-stream_loop", "-1", "-i"]
    assert music[music.index("-f") + 1] == "mp3"
    graph = args[args.index("-filter_complex") + 1]
    assert "[music][vkey]sidechaincompress=" in graph
    assert "amix=inputs=2:duration=first:normalize=0[aout]" in graph
    assert "loudnorm=I=-30" in graph  # someone's music: measured as it plays
    # Music of a known loudness (the built-in bed at -20 LUFS) takes one gain.
    known = c.ComposeSpec(720, 1280, music=Path("/m/bed.wav"), music_demuxer="wav", music_lufs=-20)
    graph = c.audio_args(scenes, known, Path("/o/a.mp4"))
    graph = graph[graph.index("-filter_complex") + 1]
    assert "volume=-10.00dB" in graph
    assert "loudnorm" not in graph
    args = c.mux_args(Path("/w/l.ffconcat"), Path("/w/a.mp4"), 3.0, spec, Path("/o/out.mp4"))
    ffmpeg.check_inputs(args)
    srt = _input_block(args, "file:/t/subs.srt")
    assert srt[srt.index("-f") + 1] == "srt"
    assert srt[srt.index("-format_whitelist") + 1] == "srt"
    assert args[args.index("-c:s") + 1] == "mov_text"
    assert "2:s:0" in args  # the segments, the sound track, then the SRT
    for seg in c.plan(scenes, spec):
        assert seg.fade == 0
        assert len(seg.stills) == 1
        seg_args = c.segment_args(seg, spec, Path("/o/s.mp4"))
        assert seg_args.count("jpeg_pipe") == 1
        assert ":s=720x1280:" in seg_args[seg_args.index("-filter_complex") + 1]


def _input_block(args: list[str], url: str) -> list[str]:
    """The options of one input, up to and including its ``-i``."""
    end = args.index(url)
    start = max((i for i, a in enumerate(args[: end - 1]) if a == "-i"), default=-2) + 2
    return args[start:end]


def test_motion_varies_with_index_and_seed_and_is_deterministic():
    scenes = scenes_for([2.0] * 6)

    def zooms(seed):
        spec = c.ComposeSpec(640, 360, seed=seed, transition=0)
        graphs = [c.segment_args(s, spec, Path("/o/s.mp4")) for s in c.plan(scenes, spec)]
        return [re.findall(r"zoompan=[^\[;]*", g[g.index("-filter_complex") + 1]) for g in graphs]

    assert zooms(1) == zooms(1)
    assert zooms(1) != zooms(2)
    assert len({z for (z,) in zooms(1)}) == 6


def test_segment_keys_follow_what_the_segment_shows(tmp_path):
    stills = []
    for i in range(4):
        stills.append(tmp_path / f"{i}.png")
        Image.new("RGB", (8, 8), (*COLOURS[i % 3][:2], i)).save(stills[-1])
    durations = [1, 2, 1.5, 1]
    scenes = [
        c.SceneInput(p, tmp_path / "a.wav", d) for p, d in zip(stills, durations, strict=True)
    ]
    spec = c.ComposeSpec(64, 36)

    def keys(scenes, spec=spec):
        return [c.segment_key(s, spec, segment_ass(s, spec)) for s in c.plan(scenes, spec)]

    def same(a, b):
        return [x == y for x, y in zip(a, b, strict=True)]

    base = keys(scenes)
    # scene 1, fade, scene 2, fade, scene 3, fade, scene 4 (each under 4 s: one piece)
    assert len(set(base)) == 7
    assert keys(scenes) == base
    Image.new("RGB", (8, 8), (1, 2, 3)).save(stills[1])  # a new picture for scene 2
    # the fade into it, the scene itself and the fade out of it
    assert same(keys(scenes), base) == [True, False, False, False, True, True, True]
    base = keys(scenes)
    longer = [*scenes[:1], c.SceneInput(stills[1], scenes[1].audio, 2.5), *scenes[2:]]
    assert same(keys(longer), base) == [True, False, False, False, True, True, True]
    assert not any(same(keys(scenes, c.ComposeSpec(64, 36, seed=1)), base))
    cued = c.ComposeSpec(64, 36, cues=(c.subs.Cue(0.1, 0.5, "hi"),))
    assert same(keys(scenes, cued), base) == [False, True, True, True, True, True, True]


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
def test_plan_rejects_bad_specs(kwargs, scenes):
    spec = c.ComposeSpec(**{"width": 640, "height": 360, **kwargs})
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        c.plan(scenes, spec)


def test_filter_escape_quotes_both_levels():
    assert c.filter_escape("/a/b.ass") == "/a/b.ass"
    assert c.filter_escape("C:x") == "C\\\\:x"  # option level C\:x, then graph level
    assert c.filter_escape("a,b[c];d") == "a\\,b\\[c\\]\\;d"
    assert c.filter_escape("it's") == "it\\\\\\'s"


def test_no_flask_in_the_generate_stage():
    for module in Path(c.__file__).parent.glob("*.py"):
        assert "flask" not in module.read_text().lower(), module


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
    # A hostile-looking folder name: the segments' ASS paths (in a working
    # folder next to the output) must survive filter escaping.
    (d / "sub:s, it's [x];y\\z").mkdir()
    (d / "subs.srt").write_text(
        "1\n00:00:00,000 --> 00:00:01,600\nHello there\n\n"
        "2\n00:00:02,100 --> 00:00:04,100\nSecond scene\n"
    )
    # Music: a steady 150 Hz bed (below every narration tone) in stereo MP3.
    _run("-f", "lavfi", "-i", "sine=f=150:sample_rate=44100:d=3", "-ac", "2", str(d / "bed.mp3"))
    return d, scenes


CUES = (c.subs.Cue(0.0, 1.6, "Hello there"), c.subs.Cue(2.1, 4.1, "Second scene"))


@pytest.fixture(scope="module")
def renders(inputs):
    d, scenes = inputs
    reports = []
    subs = c.ComposeSpec(320, 180, transition=T, cues=CUES, subtitles_srt=d / "subs.srt")
    weird = d / "sub:s, it's [x];y\\z"
    plain = c.compose(scenes, subs, weird / "subs.mp4", on_progress=lambda *r: reports.append(r))
    music = c.ComposeSpec(
        320, 180, transition=T, music=d / "bed.mp3", music_demuxer="mp3", music_volume=10
    )
    return {
        "subs": plain.path,
        "made": plain,
        "music": c.compose(scenes, music, d / "music.mp4").path,
        "reports": reports,
        "scenes": scenes,
        "spec": subs,
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
    frames = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v", "-show_entries",
         "stream=nb_read_frames", "-of", "csv=p=0", str(renders["subs"])],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    assert int(frames) == round(c.total_duration(renders["scenes"], renders["spec"]) * 30)
    assert float(info["format"]["duration"]) == pytest.approx(total, abs=0.25)
    for s in info["streams"][:2]:
        assert float(s["duration"]) == pytest.approx(total, abs=0.25)
    assert renders["reports"]
    fractions = [f for _, f in renders["reports"]]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    # 3 scenes under 4 s each: one piece each, and the two fades between them
    assert (renders["made"].segments, renders["made"].encoded) == (5, 5)
    assert [p.name for p in renders["subs"].parent.iterdir()] == ["subs.mp4"]  # nothing else
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
    offsets = c.scene_offsets(renders["scenes"], renders["spec"])
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
    offsets = c.scene_offsets(renders["scenes"], renders["spec"])
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
    out = c.compose(short, c.ComposeSpec(width, height), tmp_path / "o.mp4").path
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


@needs_ffmpeg
def test_a_new_picture_re_encodes_its_scene_and_fades_the_rest_come_from_the_cache(
    inputs, tmp_path
):
    _d, scenes = inputs
    cache = c.FolderCache(tmp_path / "cache")
    spec = c.ComposeSpec(320, 180, transition=T, cues=CUES)
    first = c.compose(scenes, spec, tmp_path / "first.mp4", cache=cache)
    assert (first.segments, first.encoded) == (5, 5)
    assert sorted(p.stem for p in (tmp_path / "cache").iterdir()) == sorted(first.keys)
    again = c.compose(scenes, spec, tmp_path / "again.mp4", cache=cache)
    assert again.encoded == 0
    assert (
        _frame(again.path, 4.5, tmp_path / "a.png").tobytes()
        == _frame(first.path, 4.5, tmp_path / "f.png").tobytes()
    )
    new = _still(tmp_path / "new.png", (640, 360), (230, 230, 40), 9)  # yellow scene 2
    edited = [scenes[0], c.SceneInput(new, scenes[1].audio, scenes[1].duration), scenes[2]]
    redone = c.compose(edited, spec, tmp_path / "redone.mp4", cache=cache)
    # The fade into scene 2, scene 2 and the fade out of it; the sound track is
    # the same and comes from the cache too.
    assert (redone.segments, redone.encoded) == (5, 3)
    same = [a == b for a, b in zip(redone.keys, first.keys, strict=True)]
    assert same == [True, False, False, False, True, True]
    offsets = c.scene_offsets(edited, spec)
    means = ImageStat.Stat(_frame(redone.path, offsets[1] + 0.5, tmp_path / "y.png")).mean
    assert means[0] > 150
    assert means[1] > 150
    assert means[2] < 120
    info = _probe(redone.path)
    assert float(info["format"]["duration"]) == pytest.approx(
        c.total_duration(edited, spec), abs=0.05
    )
    err = _run(
        "-i", str(redone.path), "-vf", f"freezedetect=n=-60dB:d={T}", "-f", "null", "-"
    )  # fmt: skip
    assert "freeze_start" not in err  # the joins do not stall


# ---------------------------------------------------------------- the user's video clips


def test_a_clip_scene_is_its_video_looped_not_a_zoompan():
    spec = c.ComposeSpec(1280, 720, fps=24)
    scenes = scenes_for([2.0, 3.0])
    scenes[1] = c.SceneInput(scenes[1].image, scenes[1].audio, 3.0, Path("/u/c.mp4"), "mov")
    first, second, rest = c.plan(scenes, spec)
    assert first.clips == (None,)
    assert second.clips == (None, (Path("/u/c.mp4"), "mov"))
    assert rest.clips == ((Path("/u/c.mp4"), "mov"),)
    assert rest.frames == 3 * 24  # a clip's scene is one piece, whatever its length
    args = c.segment_args(second, spec, Path("/o/seg.mp4"))
    ffmpeg.check_inputs(args)  # the clip, an upload, carries the whitelists too
    clip_at = args.index("file:/u/c.mp4")
    assert args[clip_at - 3 : clip_at] == ["-stream_loop", "-1", "-i"]
    assert args[args.index("-f", args.index("png_pipe") + 1) + 1] == "mov"
    graph = args[args.index("-filter_complex") + 1]
    assert len(re.findall(r"zoompan=", graph)) == 1  # the previous scene's still only
    chain = re.search(r"\[1:v\]([^;]*)\[m1\]", graph).group(1)
    assert "zoompan" not in chain
    assert chain.startswith("fps=24,scale=1280:720:force_original_aspect_ratio=increase")
    assert f"trim=start_frame=0:end_frame={second.motions[1].count}" in chain
    with pytest.raises(ValueError, match="demuxer"):
        c.plan([c.SceneInput(Path("/s/0.png"), Path("/a.wav"), 1.0, Path("/x"), "concat")], spec)


def test_a_clip_keys_its_segment_by_the_clips_bytes(tmp_path):
    still, clip = tmp_path / "s.png", tmp_path / "c.mp4"
    Image.new("RGB", (8, 8)).save(still)
    clip.write_bytes(b"one")
    spec = c.ComposeSpec(320, 180)

    def key():
        scene = c.SceneInput(still, tmp_path / "a.wav", 1.0, clip, "mov")
        return c.segment_key(c.plan([scene], spec)[0], spec, "")

    as_still = c.segment_key(
        c.plan([c.SceneInput(still, tmp_path / "a.wav", 1.0)], spec)[0], spec, ""
    )
    before = key()
    assert before != as_still
    clip.write_bytes(b"two")
    assert key() != before


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """A 1 s 25 fps clip whose every frame differs (testsrc2 draws a moving
    pattern and a counter), with a tone the video must not carry."""
    path = tmp_path_factory.mktemp("clip") / "clip.mp4"
    _run(
        "-f", "lavfi", "-i", "testsrc2=size=480x360:rate=25:duration=1",
        "-f", "lavfi", "-i", "sine=f=440:d=1", "-c:v", "libx264", "-preset", "ultrafast",
        "-c:a", "aac", "-shortest", str(path),
    )  # fmt: skip
    return path


@needs_ffmpeg
def test_a_clip_plays_looped_through_its_scene(inputs, clip, tmp_path):
    _, scenes = inputs
    spec = c.ComposeSpec(320, 180, fps=24, transition=T)
    # Scene 2 (2.0 s of narration) shows the 1 s clip: it must play, then loop.
    mixed = [scenes[0], c.SceneInput(scenes[1].image, scenes[1].audio, 2.0, clip, "mov")]
    out = c.compose(mixed, spec, tmp_path / "clip.mp4").path
    info = _probe(out)
    assert float(info["format"]["duration"]) == pytest.approx(
        c.total_duration(mixed, spec), abs=0.05
    )
    assert [s["codec_type"] for s in info["streams"]] == ["video", "audio"]
    start = c.scene_offsets(mixed, spec)[1]

    def frame(at: float) -> Image.Image:
        return _frame(out, round(at, 3), tmp_path / f"f{at:.3f}.png")

    def diff(a: Image.Image, b: Image.Image) -> float:
        return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)

    a, half, looped = frame(start + 0.25), frame(start + 0.75), frame(start + 1.25)
    assert diff(a, half) > 10  # it moves on its own ...
    assert diff(a, looped) < 3  # ... and one clip length later the same frame again
    # Scene 1 is still its red still, panning: not the clip.
    red = ImageStat.Stat(frame(0.5)).mean
    assert red[0] > red[1] + 40
    # The clip's own tone is not mixed in: scene 2's pause is the narration's.
    assert _rms(out, start + 1.6, 0.2, lowpass=600) < -50
