"""t2m.generate.pipeline: request validation, then real offline renders checked
the way a user would check them.

A few short videos are rendered once per module by the real offline engines
(the built-in Pillow painter, espeak-ng, one ffmpeg composition) and then
measured from the outside: the streams ffprobe sees, the length, speech
onsets found by ``silencedetect`` in the MP4's own audio against the
subtitle cues, ``blackdetect``/``freezedetect`` for dead stretches,
``ebur128`` for loudness, what a hostile prompt turns into in each subtitle
format, and what a cancelled render leaves behind.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from t2m.generate import motifs, pipeline
from t2m.generate import script as scripts
from t2m.generate import speech as speeches
from t2m.generate import subtitles as subs
from t2m.generate.errors import GenerationCancelled

needs_tools = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("ffmpeg", "ffprobe", "espeak-ng")),
    reason="ffmpeg, ffprobe and espeak-ng are needed for real renders",
)

T = pipeline.TRANSITION
SYNC = 0.15  # a cue starts at most this far from its speech
# Speech onsets: the narration is digital silence between pieces (0.35 s after
# a sentence, 0.15 s between the clauses of a long one), so a short minimum
# silence finds every piece; -40 dB is far above what AAC leaves in a pause.
SILENCE = "silencedetect=n=-40dB:d=0.1"
# As in test_generate_compose: nothing black or frozen for longer than a transition.
DEAD = f"blackdetect=d={T}:pix_th=0.10,freezedetect=n=-60dB:d={T}"

# Three paragraphs, three scenes (each over 12 words, so none is merged);
# the middle sentence is wider than speech.MAX_PIECE_WIDTH, so it is spoken
# as two clause pieces with a short pause and gets two cues.
HARBOUR = (
    "The sun rises over a quiet harbour. Small boats rock gently on the grey water.\n\n"
    "By noon the busy market is full of loud voices, bright colours and the smell of "
    "fresh bread.\n\n"
    "At night the lighthouse turns. The whole town sleeps under the stars."
)
# Everything a filtergraph, a subtitle format or a terminal could misread.
HOSTILE = (
    "It's 5:30 \\ 100% done [really]; yes, a --> b, "
    "<b>bold</b> {\\an8} <script>x</script> a&b \x00\x1b\u202e end."
)
CHINESE = "港口很安静。渔船在水面上轻轻摇晃。"
STORY_SECONDS = 20

# Without the music bed: speech onsets are found from the silence between pieces.
REQUESTS = {
    "harbour": {
        "prompt": HARBOUR,
        "voice_name": "nova",
        "seed": 3,
        "subtitles": "both",
        "music": False,
    },
    "story": {
        "story_topic": "interesting_history",
        "duration": STORY_SECONDS,
        "aspect_ratio": "1:1",
        "art_style": "anime",
        "seed": 4,
        "subtitles": "both",
        "music": False,
    },
    "hostile": {
        "prompt": HOSTILE,
        "aspect_ratio": "9:16",
        "voice_name": "echo",
        "subtitles": "both",
        "music": False,
    },
    "chinese": {
        "prompt": CHINESE,
        "language": "chinese",
        "voice_name": "shimmer",
        "subtitles": "both",
        "music": False,
    },
}
NAMES = tuple(REQUESTS)


# ---------------------------------------------------------------- validation

TOPICS = list(pipeline.TOPICS)
DURATION_WORDS = ["short", "long", str(scripts.MIN_SECONDS), str(scripts.MAX_SECONDS)]
SEED_WORDS = ["0", str(pipeline.MAX_SEED)]


def _bad(body, field, *words, id=None):
    return pytest.param(body, field, words, id=id)


BAD_REQUESTS = [
    _bad({"prompt": "hi", "story_topic": "zombies"}, "story_topic", *TOPICS, id="topic"),
    _bad({"story_topic": 7}, "story_topic", *TOPICS, id="topic-not-str"),
    _bad({"prompt": "hi", "art_style": "watercolour"}, "art_style", *pipeline.ART_STYLES),
    _bad({"prompt": "hi", "voice_name": "siri"}, "voice_name", *pipeline.VOICES),
    _bad({"prompt": "hi", "language": "klingon"}, "language", *pipeline.LANGUAGES),
    _bad({"prompt": "hi", "quality": "4k"}, "quality", *pipeline.QUALITIES),
    _bad({"prompt": "hi", "aspect_ratio": "4:3"}, "aspect_ratio", *pipeline.ASPECTS),
    _bad({"prompt": "hi", "aspect_ratio": None}, "aspect_ratio", *pipeline.ASPECTS),
    _bad({"prompt": "hi", "duration": "medium"}, "duration", *DURATION_WORDS),
    _bad({"prompt": "hi", "duration": 4}, "duration", *DURATION_WORDS),
    _bad({"prompt": "hi", "duration": 4.99}, "duration", *DURATION_WORDS),
    _bad({"prompt": "hi", "duration": 600.5}, "duration", *DURATION_WORDS),
    _bad({"prompt": "hi", "duration": 100_000}, "duration", *DURATION_WORDS),
    _bad({"prompt": "hi", "duration": 10**400}, "duration", *DURATION_WORDS, id="duration-huge"),
    _bad({"prompt": "hi", "duration": float("nan")}, "duration", *DURATION_WORDS, id="nan"),
    _bad({"prompt": "hi", "duration": float("inf")}, "duration", *DURATION_WORDS, id="inf"),
    _bad({"prompt": "hi", "duration": -10}, "duration", *DURATION_WORDS, id="negative"),
    _bad({"prompt": "hi", "duration": True}, "duration", *DURATION_WORDS, id="duration-bool"),
    _bad({"prompt": "hi", "duration": "thirty"}, "duration", *DURATION_WORDS, id="duration-str"),
    _bad({"prompt": "hi", "duration": "NaN"}, "duration", *DURATION_WORDS, id="nan-str"),
    _bad({"prompt": "hi", "duration": [10]}, "duration", *DURATION_WORDS, id="duration-list"),
    _bad({"prompt": "word " * 2000, "duration": 5}, "prompt", "about", "at least", id="too-long"),
    _bad({"prompt": "hi", "narration": "no"}, "narration", "true or false"),
    _bad({"prompt": "hi", "subtitles": "yes"}, "subtitles", *pipeline.SUBTITLES),
    _bad({"prompt": "hi", "seed": -1}, "seed", *SEED_WORDS),
    _bad({"prompt": "hi", "seed": "x"}, "seed", *SEED_WORDS),
    _bad({"prompt": "hi", "seed": 2**40}, "seed", *SEED_WORDS),
    _bad({"prompt": "hi", "seed": 1.5}, "seed", *SEED_WORDS),
    _bad({"prompt": "hi", "seed": True}, "seed", *SEED_WORDS, id="seed-bool"),
    _bad({"prompt": ""}, "prompt", "words", id="prompt-empty"),
    _bad({"prompt": " \n\t\u3000 "}, "prompt", "words", id="prompt-whitespace"),
    _bad({"prompt": "\x00\x1b\u202e\x7f"}, "prompt", "control", id="prompt-controls"),
    _bad({"prompt": 42}, "prompt", "string", id="prompt-int"),
    _bad({"prompt": ["hi"]}, "prompt", "string", id="prompt-list"),
    _bad(
        {"prompt": "word " * 20_000},
        "prompt",
        str(pipeline.MAX_PROMPT_CHARS),
        id="prompt-100KB",
    ),
    _bad({}, "prompt", "prompt", "story_topic", id="nothing"),
    _bad({"voice_name": "nova"}, "prompt", "prompt", "story_topic", id="no-prompt-no-topic"),
    _bad({"story_topic": "custom"}, "prompt", "custom", id="custom-without-prompt"),
    _bad({"story_topic": "custom", "prompt": "   "}, "prompt", "words", id="custom-blank"),
    _bad({"prompt": "hi", "colour": "red"}, "colour", "Unknown field", id="extra-field"),
    _bad(["prompt", "hi"], "body", "JSON object", id="body-list"),
    _bad("prompt=hi", "body", "JSON object", id="body-str"),
    _bad(None, "body", "JSON object", id="body-none"),
]


@pytest.mark.parametrize(("body", "field", "words"), BAD_REQUESTS)
def test_bad_requests_name_the_field_and_what_it_allows(body, field, words):
    with pytest.raises(pipeline.InvalidRequest) as info:
        pipeline.validate(body)
    assert set(info.value.errors) == {field}
    message = str(info.value)
    assert message.startswith(f"{field}: ")
    for word in words:
        assert word in message, (word, message)


def test_every_bad_field_is_reported_at_once():
    body = {"story_topic": "zombies", "quality": "8k", "seed": -5, "extra": 1}
    with pytest.raises(pipeline.InvalidRequest) as info:
        pipeline.validate(body)
    assert set(info.value.errors) == {"story_topic", "quality", "seed", "extra"}
    assert all(info.value.errors.values())


@pytest.mark.parametrize("prompt", ["...", "\u200d\u200b", "- - -"])
def test_unspeakable_prompts_are_rejected_up_front(prompt):
    with pytest.raises(pipeline.InvalidRequest) as info:
        pipeline.validate({"prompt": prompt})
    assert set(info.value.errors) == {"prompt"}


def test_good_request_is_normalised():
    raw = {
        "prompt": "  Hello there.  ",
        "language": " Chinese ",
        "art_style": "Comic-Book",
        "voice_name": "NOVA",
        "quality": "1080P",
        "aspect_ratio": "9:16",
        "duration": 45,
        "seed": pipeline.MAX_SEED,
    }
    req = pipeline.validate(raw)
    assert req.prompt.strip() == "Hello there."
    assert req.story_topic is None
    assert (req.language, req.art_style, req.voice_name) == ("chinese", "comic-book", "nova")
    assert (req.quality, req.aspect_ratio, req.size) == ("1080p", "9:16", (1080, 1920))
    assert req.duration == 45
    assert req.seed == pipeline.MAX_SEED
    assert pipeline.validate(req.to_dict()) == req  # what it stores validates to itself


def test_story_request_gets_the_defaults():
    req = pipeline.validate({"story_topic": " Scary "})
    assert req == pipeline.Request(story_topic="scary")
    assert (req.art_style, req.duration, req.quality, req.aspect_ratio) == (
        "photorealistic",
        None,
        "720p",
        "16:9",
    )
    assert req.target == scripts.Target(30, 60, 30)  # a story is short unless told
    # a written story is always narrated, whatever a form with the box greyed out sends
    assert pipeline.validate({"story_topic": "scary", "narration": False}).narration is True
    assert (req.narration, req.subtitles) == (True, "burned")
    assert pipeline.validate({"prompt": "Hello there."}).target is None  # as long as it takes
    assert (req.language, req.voice_name, req.seed, req.size) == (
        "english",
        "alloy",
        0,
        (1280, 720),
    )


@pytest.mark.parametrize(
    "duration", ["short", "long", scripts.MIN_SECONDS, 37.5, scripts.MAX_SECONDS]
)
def test_durations_in_seconds_or_by_name(duration):
    assert pipeline.validate({"story_topic": "love", "duration": duration}).duration == duration
    assert pipeline.validate({"prompt": "Hi.", "duration": str(duration)}).duration == duration


def test_custom_topic_with_prompt_and_a_prompt_at_the_limit():
    req = pipeline.validate({"story_topic": "CUSTOM", "prompt": "a fox who learns to sail"})
    assert (req.story_topic, req.prompt) == ("custom", "a fox who learns to sail")
    long = "a" * pipeline.MAX_PROMPT_CHARS
    assert pipeline.validate({"prompt": long}).prompt == long


# ---------------------------------------------------------------- renders


def _ffmpeg(*args: str) -> str:
    proc = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-nostats", "-y", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return proc.stderr


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


_TIMES = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3}) --> (\d+):(\d\d):(\d\d)[,.](\d{3})")


def _seconds(h, m, s, ms) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_cues(text: str) -> list[Cue]:
    """Cues of an SRT or WebVTT text (the number line, the times, the text lines)."""
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            if m := _TIMES.match(line):
                g = m.groups()
                cues.append(Cue(_seconds(*g[:4]), _seconds(*g[4:]), "\n".join(lines[i + 1 :])))
                break
    return cues


def ass_events(text: str) -> list[tuple[float, float, str]]:
    """(start, end, text) of every Dialogue line of an ASS script."""
    out = []
    for line in text.split("\n"):
        if line.startswith("Dialogue:"):
            fields = line[len("Dialogue:") :].split(",", 9)
            clock = [re.fullmatch(r"\s*(\d+):(\d\d):(\d\d)\.(\d\d)", f) for f in fields[1:3]]
            start, end = (
                int(c[1]) * 3600 + int(c[2]) * 60 + int(c[3]) + int(c[4]) / 100 for c in clock
            )
            out.append((start, end, fields[9]))
    return out


@dataclass
class Video:
    """One render and what is measured on it (each measurement made once)."""

    name: str
    req: pipeline.Request
    out: pipeline.Rendered
    folder: Path

    @cached_property
    def probe(self) -> dict:
        args = ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json"]
        raw = subprocess.run(
            [*args, str(self.out.video)],
            capture_output=True,
            check=True,
            timeout=30,
        ).stdout
        return json.loads(raw)

    @cached_property
    def silences(self) -> list[tuple[float, float]]:
        """(start, end) of every silence in the MP4's audio."""
        err = _ffmpeg("-i", str(self.out.video), "-vn", "-sn", "-af", SILENCE, "-f", "null", "-")
        starts = [float(x) for x in re.findall(r"silence_start: (-?[\d.]+)", err)]
        ends = [float(x) for x in re.findall(r"silence_end: ([\d.]+)", err)]
        ends += [self.length] * (len(starts) - len(ends))  # silent to the very end
        return list(zip(starts, ends, strict=True))

    @cached_property
    def onsets(self) -> list[float]:
        """Where speech starts: the end of every silence, and 0 if it is not silent there."""
        out = [end for _, end in self.silences if end < self.length - 0.05]
        if not self.silences or self.silences[0][0] > 0.05:
            out.insert(0, 0.0)
        return out

    @cached_property
    def dead_stretches(self) -> str:
        err = _ffmpeg("-i", str(self.out.video), "-an", "-sn", "-vf", DEAD, "-f", "null", "-")
        return "\n".join(line for line in err.split("\n") if "black_" in line or "freeze_" in line)

    @cached_property
    def loudness(self) -> float:
        err = _ffmpeg("-i", str(self.out.video), "-map", "0:a", "-af", "ebur128", "-f", "null", "-")
        return float(re.findall(r"I:\s+(-?[\d.]+) LUFS", err)[-1])

    @cached_property
    def length(self) -> float:
        return float(self.probe["format"]["duration"])

    @property
    def expected_length(self) -> float:
        return sum(self.out.durations) + T * (len(self.out.durations) - 1)

    def cues(self, fmt: str) -> list[Cue]:
        return parse_cues(self.out.subtitles[fmt].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    """``videos(name)``: the render of ``REQUESTS[name]``, made on first use."""
    made: dict[str, Video] = {}

    def get(name: str) -> Video:
        if name not in made:
            req = pipeline.validate(REQUESTS[name])
            folder = tmp_path_factory.mktemp(name)
            made[name] = Video(name, req, pipeline.render(req, folder), folder)
        return made[name]

    return get


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_one_h264_stream_one_aac_stream_and_the_srt_as_a_soft_track(videos, name):
    video = videos(name)
    streams = video.probe["streams"]
    assert sorted(s["codec_type"] for s in streams) == ["audio", "subtitle", "video"]
    codecs = {s["codec_type"]: s for s in streams}
    assert codecs["video"]["codec_name"] == "h264"
    assert codecs["video"]["pix_fmt"] == "yuv420p"
    assert (codecs["video"]["width"], codecs["video"]["height"]) == video.req.size
    assert codecs["audio"]["codec_name"] == "aac"
    assert codecs["subtitle"]["codec_name"] == "mov_text"
    assert sorted(os.listdir(video.folder)).count("video.mp4") == 1
    assert not [f for f in os.listdir(video.folder) if f.endswith(".part")]


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_length_is_the_narration_plus_one_transition_between_scenes(videos, name):
    video = videos(name)
    assert len(video.out.durations) == len(video.out.script.scenes)
    assert all(d > 0.3 for d in video.out.durations)
    assert video.length == pytest.approx(video.expected_length, abs=0.25)
    for stream in video.probe["streams"][:2]:  # video and audio
        assert float(stream["duration"]) == pytest.approx(video.expected_length, abs=0.25)


@needs_tools
def test_the_scenes_follow_the_paragraphs(videos):
    script = videos("harbour").out.script
    assert [s.text for s in script.scenes] == HARBOUR.split("\n\n")
    assert script.title == "The sun rises over a quiet harbour"
    assert script.engine == "user"


@needs_tools
def test_a_twenty_second_story_lasts_twenty_seconds(videos):
    video = videos("story")
    assert video.out.script.engine == "offline"
    assert len(video.out.script.scenes) >= 2
    assert video.length == pytest.approx(STORY_SECONDS, rel=0.05)


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_srt_vtt_and_ass_carry_the_same_cues(videos, name):
    video = videos(name)
    srt, vtt = video.cues("srt"), video.cues("vtt")
    ass = ass_events(video.out.subtitles["ass"].read_text(encoding="utf-8"))
    assert len(srt) >= len(video.out.script.scenes)
    assert [(c.start, c.end) for c in vtt] == [(c.start, c.end) for c in srt]
    # The burned-in lines are as wide as the frame allows (narrower in 9:16 and
    # 1:1), so a cue may be shown as several: the same words, from the same start.
    assert len(ass) >= len(srt)
    starts = [start for start, _, _ in ass]
    for cue in srt:
        assert min(abs(cue.start - s) for s in starts) <= 0.006, cue

    def words(text: str) -> str:  # escaping differs by format; the words do not
        return re.sub(r"[\W_]+", "", text)

    said = words("".join(c.text for c in srt))
    assert words("".join(t.replace("\\N", " ") for _, _, t in ass)) == said
    assert all(a.end <= b.start for a, b in itertools.pairwise(srt))  # no overlaps
    assert srt[-1].end <= video.length + 0.05


@needs_tools
@pytest.mark.parametrize(
    "name",
    list(NAMES),
)
def test_the_soft_subtitle_track_says_what_the_srt_file_says(videos, name, tmp_path):
    video = videos(name)
    out = tmp_path / "soft.srt"
    _ffmpeg("-i", str(video.out.video), "-map", "0:s:0", "-c:s", "srt", str(out))
    soft, srt = parse_cues(out.read_text(encoding="utf-8")), video.cues("srt")
    assert len(soft) == len(srt)
    for got, want in zip(soft, srt, strict=True):
        assert (got.start, got.end) == pytest.approx((want.start, want.end), abs=0.002)
    assert [" ".join(c.text.split()) for c in soft] == [" ".join(c.text.split()) for c in srt]


@needs_tools
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_every_cue_starts_within_150_ms_of_its_speech(videos, name, fmt):
    video = videos(name)
    for cue in video.cues(fmt):
        nearest = min(video.onsets, key=lambda t: abs(t - cue.start))
        assert abs(nearest - cue.start) <= SYNC, (cue, video.onsets)


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_every_pause_in_the_speech_ends_with_a_new_cue(videos, name):
    """The other way round: after each real pause (a sentence or a scene
    change) speech resumes with a cue, and nothing is said after the last cue."""
    video = videos(name)
    starts = [c.start for c in video.cues("srt")]
    pauses = [(a, b) for a, b in video.silences if b - a >= 0.3 and b < video.length - 0.05]
    assert len(pauses) >= len(video.out.script.scenes) - 1
    for _, end in pauses:
        assert min(abs(s - end) for s in starts) <= SYNC, (end, starts)
    last = video.cues("srt")[-1]
    if video.length - last.end > 0.3:  # a picture held to the asked length: silent
        assert any(a <= last.end + SYNC and b >= video.length - 0.05 for a, b in video.silences)


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_every_scene_starts_speaking_at_its_offset(videos, name):
    video = videos(name)
    offsets = pipeline.offsets(video.out.durations)
    starts = [c.start for c in video.cues("srt")]
    for i, offset in enumerate(offsets):
        assert min(abs(t - offset) for t in video.onsets) <= SYNC, (i, offset, video.onsets)
        first = min((s for s in starts if s >= offset - SYNC), default=None)
        assert first is not None
        assert abs(first - offset) <= SYNC, (i, offset, first)
        if i:  # the transition before it is silent
            gap = (offset - T + 0.05, offset - 0.05)
            assert any(a <= gap[0] and b >= gap[1] for a, b in video.silences), (i, gap)


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_no_black_or_frozen_stretch_longer_than_a_transition(videos, name):
    assert videos(name).dead_stretches == ""


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_integrated_loudness_is_minus_16_lufs(videos, name):
    assert videos(name).loudness == pytest.approx(-16, abs=2)


# ---------------------------------------------------------------- hostile text

_FORBIDDEN = {0x2028, 0x2029, 0xFEFF} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _visible(text: str) -> str:
    return " ".join(text.split())


@needs_tools
@pytest.mark.parametrize("fmt", ["srt", "vtt", "ass"])
@pytest.mark.parametrize("name", ["hostile", "chinese"])
def test_no_control_characters_in_any_subtitle_file(videos, name, fmt):
    text = videos(name).out.subtitles[fmt].read_text(encoding="utf-8")
    bad = [
        c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or ord(c) in _FORBIDDEN
    ]
    assert bad == []


@needs_tools
def test_hostile_text_reaches_every_subtitle_as_text(videos):
    video = videos("hostile")
    said = _visible(scripts.clean_text(HOSTILE))
    assert "\x00" not in said
    assert "\u202e" not in said
    vtt = video.out.subtitles["vtt"].read_text(encoding="utf-8")
    assert "<" not in vtt
    assert "&lt;b&gt;bold&lt;/b&gt;" in vtt
    assert "&lt;script&gt;x&lt;/script&gt;" in vtt
    assert "a&amp;b" in vtt
    shown = " ".join(c.text for c in parse_cues(vtt))
    unescaped = shown.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert _visible(unescaped) == said  # every visible character, in order
    assert "-->" not in shown  # it would end the cue timing line
    srt = video.out.subtitles["srt"].read_text(encoding="utf-8")
    assert not re.search(r"<[/a-zA-Z]", srt)  # no tag a player would interpret
    shown = " ".join(c.text for c in parse_cues(srt))
    assert "-->" not in shown
    # "<" before a letter and "{" before a backslash are shown as look-alikes.
    plain = shown.replace("\u2039", "<").replace("\uff5b", "{")
    assert _visible(plain) == said.replace("-->", "->")
    for ch in "':\\%[];,&{}":
        assert ch in plain, ch


@needs_tools
def test_ass_neutralises_override_tags_and_escapes(videos):
    events = ass_events(videos("hostile").out.subtitles["ass"].read_text(encoding="utf-8"))
    text = "".join(e[2] for e in events)
    assert "\\{\\\u2060an8\\}" in text
    assert not re.search(r"(?<!\\)[{}]", text)  # every brace is escaped
    # A backslash only starts a line break, an escaped brace, or is the
    # user's own, made inert by a word joiner.
    assert all(m.group(1) in "N{}\u2060" for m in re.finditer(r"\\(.)", text))
    assert "<b>bold</b>" in text  # ASS has no HTML tags: shown as typed
    for _, _, line in events:
        assert "\n" not in line


@needs_tools
def test_burned_in_cue_stays_at_the_bottom_despite_an8(videos, tmp_path):
    """libass draws the hostile cue at the bottom: ``{\\an8}`` is not obeyed."""
    video = videos("hostile")
    w, h = video.req.size
    ass = video.out.subtitles["ass"]
    start, end, _ = next(e for e in ass_events(ass.read_text(encoding="utf-8")) if "an8" in e[2])
    at = (start + end) / 2
    frame = tmp_path / "cue.png"
    _ffmpeg(
        "-f", "lavfi", "-i", f"color=c=black:s={w}x{h}:r=5:d={at + 0.5:.2f}",
        "-vf", f"{subs.ass_filter(ass)},select='gte(t\\,{at:.2f})'",
        "-frames:v", "1", str(frame),
    )  # fmt: skip
    box = Image.open(frame).convert("L").point(lambda v: 255 if v > 100 else 0).getbbox()
    assert box is not None  # the cue is drawn
    assert box[1] > h / 2, box  # and it is in the lower half


# ---------------------------------------------------------------- languages


@needs_tools
def test_chinese_prompt_renders_with_a_cjk_font(videos):
    video = videos("chinese")
    assert video.out.script.language == "chinese"
    font = subs.font_for("chinese")
    assert font != subs.DEFAULT_FONT
    ass = video.out.subtitles["ass"].read_text(encoding="utf-8")
    styles = [line for line in ass.split("\n") if line.startswith("Style:")]
    assert len(styles) == 1
    assert styles[0].split(",")[1] == font
    shown = "".join(c.text.replace("\n", "") for c in video.cues("srt"))
    assert shown == CHINESE  # CJK lines are broken between characters, none lost
    if shutil.which("fc-match"):  # the font libass will ask fontconfig for exists
        found = subprocess.run(
            ["fc-match", "-f", "%{family}", font], capture_output=True, text=True, timeout=30
        ).stdout
        assert font in found.split(","), found


def test_a_story_in_german_is_spoken_in_german(monkeypatch, tmp_path):
    asked = []

    class Stop(Exception):
        pass

    def spy(text, **kwargs):
        asked.append(kwargs["language"])
        raise Stop

    monkeypatch.setattr(speeches, "synthesize", spy)
    req = pipeline.validate({"story_topic": "love", "language": "german", "duration": 60})
    assert pipeline.make_script(req, pipeline.Providers()).language == "german"
    with pytest.raises(Stop):
        pipeline.render(req, tmp_path)
    # Narrations run SPEECH_WORKERS at a time: each one that started asked for German.
    assert asked
    assert set(asked) == {"german"}


@needs_tools
@pytest.mark.parametrize("voice", ["onyx", "nova"])  # the slowest and the fastest
def test_every_topic_honours_a_twenty_second_duration(voice, tmp_path):
    """Real narrations of a 20 s story of every topic, by the slowest and the
    fastest voice: each video (narrations, transitions, held pictures) lasts 20 s
    within 5 %, and no narration is longer than that."""

    def length(topic: str) -> float:
        body = {"story_topic": topic, "duration": STORY_SECONDS, "voice_name": voice, "seed": 0}
        if topic == "custom":
            body["prompt"] = "a lighthouse keeper who finds a message"
        req = pipeline.validate(body)
        script = pipeline.make_script(req, pipeline.Providers())
        spoken = [
            pipeline.make_speech(req, s.text, tmp_path / f"{topic}-{i}.wav", pipeline.Providers())
            for i, s in enumerate(script.scenes)
        ]
        said = [pipeline.SceneAudio(s.duration, s.sentences) for s in spoken]
        assert pipeline.video_duration([s.duration for s in said]) <= req.target.high, topic
        slots = [a.duration for a in pipeline.fit(said, req.target)]
        return round(pipeline.video_duration(slots), 2)

    with ThreadPoolExecutor(2) as pool:  # espeak-ng runs as a process of its own
        lengths = dict(zip(pipeline.TOPICS, pool.map(length, pipeline.TOPICS), strict=True))
    far = {t: n for t, n in lengths.items() if abs(n - STORY_SECONDS) > 0.05 * STORY_SECONDS}
    assert far == {}, lengths


def test_a_new_narration_keeps_the_other_scenes_slots_while_the_length_holds():
    """Re-rendering after one scene's narration changed: the other scenes keep
    their slots from the last render (their video is reused), the changed one
    gets a fresh slot, and the video stays within the length asked for."""
    target = scripts.target_for(60)
    said = [pipeline.SceneAudio(d, ["a sentence"]) for d in (7.0, 9.5, 6.2, 8.8, 7.4, 5.9)]
    first = [a.duration for a in pipeline.fit(said, target)]
    assert pipeline.video_duration(first) == pytest.approx(60, abs=0.05)
    holds = [slot - s.duration for slot, s in zip(first, said, strict=True)]
    assert min(holds) > 1  # 44.8 s of narration: every picture is held a little longer

    def refit(index: int, seconds: float) -> list[float]:
        again = list(said)
        again[index] = pipeline.SceneAudio(seconds, ["new words"])
        return [a.duration for a in pipeline.fit(again, target, previous=first)]

    # 1.5 s longer: the other five slots are the same floats, so the same frames.
    longer = refit(2, 7.7)
    assert [b for i, b in enumerate(longer) if i != 2] == [b for i, b in enumerate(first) if i != 2]
    assert longer[2] >= 7.7
    assert target.low <= pipeline.video_duration(longer) <= target.high
    # 3 s shorter: its old slot would hold the picture 3 s too long, so it is
    # fitted afresh; the others still keep theirs.
    shorter = refit(3, 5.8)
    assert [b for i, b in enumerate(shorter) if i != 3] == [
        b for i, b in enumerate(first) if i != 3
    ]
    assert 5.8 < shorter[3] < first[3] - 2
    # 9 s longer would overrun 63 s with the old slots: everything is refitted.
    much = refit(1, 18.5)
    assert all(a != b for a, b in zip(much, first, strict=True))
    assert pipeline.video_duration(much) == pytest.approx(60, abs=0.05)
    # Without a length asked for, or without a last render, slots are narrations.
    assert pipeline.fit(said, None, previous=first) == pipeline.fit(said, None)
    assert pipeline.fit(said, target, previous=[None] * 6) == pipeline.fit(said, target)


# ---------------------------------------------------------------- determinism

SCRIPT_REQUESTS = {
    "topic": {"story_topic": "mystery", "seed": 5},
    "custom": {"story_topic": "custom", "prompt": "a fox who learns to sail", "seed": 9},
    "prompt": {"prompt": HARBOUR, "seed": 1},
}


def _script_fields(script: scripts.Script) -> tuple:
    return (script.title, script.description, script.text, script.scenes)


@pytest.mark.parametrize("kind", SCRIPT_REQUESTS)
def test_same_seed_and_inputs_give_the_same_script(kind):
    req = pipeline.validate(SCRIPT_REQUESTS[kind])
    first = pipeline.make_script(req, pipeline.Providers())
    again = pipeline.make_script(pipeline.validate(SCRIPT_REQUESTS[kind]), pipeline.Providers())
    assert _script_fields(first) == _script_fields(again)
    assert first.title
    assert first.description
    assert first.scenes


@pytest.mark.parametrize("topic", ["mystery", "fun_facts", "custom"])
def test_another_seed_tells_another_story(topic):
    def story(seed):
        body = {"story_topic": topic, "seed": seed}
        if topic == "custom":
            body["prompt"] = "a fox who learns to sail"
        return pipeline.make_script(pipeline.validate(body), pipeline.Providers()).text

    assert story(1) != story(2)
    assert len({story(seed) for seed in range(4)}) >= 3


def test_same_seed_gives_byte_identical_stills(tmp_path):
    req = pipeline.validate({"prompt": HARBOUR, "art_style": "cinematic", "seed": 12})
    text, title = HARBOUR.split("\n\n")[0], "The sun rises"
    paths = [tmp_path / f"still-{n}.jpg" for n in range(3)]
    for path in paths[:2]:
        pipeline.make_visual(req, text, 0, path, pipeline.Providers(), title=title)
    other = pipeline.validate({"prompt": HARBOUR, "art_style": "cinematic", "seed": 13})
    pipeline.make_visual(other, text, 0, paths[2], pipeline.Providers(), title=title)
    a, b, c = (p.read_bytes() for p in paths)
    assert a[:3] == b"\xff\xd8\xff"  # JPEG
    assert a == b
    assert a != c
    with Image.open(paths[0]) as im:
        assert im.size == req.size


# ---------------------------------------------------------------- cancellation

SHORT = "A cat sleeps in the sun by the old red door.\n\nA dog runs after a ball in the park."
# When should_cancel() starts saying yes, told from the files render() has written.
CANCEL_WHEN = {
    "script": lambda folder: True,
    "visuals": lambda folder: any(folder.glob("scene-*.jpg")),
    "speech": lambda folder: any(folder.glob("scene-*.wav")),
    "compose": lambda folder: (folder / "subtitles.srt").exists(),
}


@needs_tools
@pytest.mark.parametrize(
    ("kind", "when"),
    [
        ("story", "script"),
        ("story", "compose"),
        ("prompt", "visuals"),
        ("prompt", "speech"),
        ("prompt", "compose"),
    ],
)
def test_cancelled_render_raises_and_leaves_no_video(tmp_path, kind, when):
    if kind == "story":
        req = pipeline.validate({"story_topic": "fun_facts", "duration": STORY_SECONDS})
    else:
        req = pipeline.validate({"prompt": SHORT})
    folder = tmp_path / "job"
    calls = []

    def should_cancel():
        calls.append(when)
        return CANCEL_WHEN[when](folder)

    with pytest.raises(GenerationCancelled):
        pipeline.render(req, folder, should_cancel=should_cancel)
    assert calls
    left = os.listdir(folder)
    assert "video.mp4" not in left
    assert [f for f in left if f.endswith(".part")] == []
    if kind == "story" and when == "script":  # stopped before drawing anything
        assert left == []


@needs_tools
def test_a_render_cancelled_after_its_script_draws_and_says_nothing(tmp_path):
    req = pipeline.validate({"prompt": SHORT})
    with pytest.raises(GenerationCancelled):
        pipeline.render(req, tmp_path, should_cancel=lambda: True)
    assert sorted(os.listdir(tmp_path)) == []


# ---------------------------------------------------------------- the asked length


def _streams(video: Path) -> tuple[float, list[dict]]:
    args = ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(video)]
    info = json.loads(subprocess.run(args, capture_output=True, check=True, timeout=60).stdout)
    return float(info["format"]["duration"]), info["streams"]


SUNSET = "A beautiful sunset over mountains"


@needs_tools
@pytest.mark.parametrize(("seconds", "quality"), [(10, "1080p"), (30, "720p")])
def test_a_short_prompt_fills_the_asked_length_with_shots(tmp_path, seconds, quality):
    """The T2M docs' example, literally: 10 s of 1080p video of a sunset over
    mountains, the prompt narrated once and more shots of it filling the time."""
    req = pipeline.validate({"prompt": SUNSET, "duration": seconds, "quality": quality})
    out = pipeline.render(req, tmp_path)
    length, streams = _streams(out.video)
    assert length == pytest.approx(seconds, abs=max(0.5, seconds * 0.05))
    video = next(s for s in streams if s["codec_type"] == "video")
    assert video["height"] == int(quality[:-1])
    assert [s["codec_type"] for s in streams if s["codec_type"] == "subtitle"] == []  # burned
    narrated = [s for s in out.script.scenes if not s.is_shot]
    shots = [s for s in out.script.scenes if s.is_shot]
    assert [s.text for s in narrated] == [SUNSET]
    assert len(shots) >= seconds // 6
    assert {s.picture for s in shots} == {SUNSET}
    plan = motifs.plan_scene(SUNSET, random.Random(0))
    assert (plan.time, plan.setting) == ("dusk", "mountain")


@needs_tools
def test_without_narration_every_scene_is_a_shot_and_there_are_no_subtitles(tmp_path):
    req = pipeline.validate({"prompt": SUNSET, "duration": 8, "narration": False})
    out = pipeline.render(req, tmp_path)
    length, streams = _streams(out.video)
    assert length == pytest.approx(8, abs=0.5)
    assert all(s.is_shot for s in out.script.scenes)
    assert out.subtitles["srt"].read_text(encoding="utf-8") == ""
    assert {s["codec_type"] for s in streams} == {"video", "audio"}
    # The music bed plays under the shots from start to end: no second of silence.
    err = _ffmpeg(
        "-i", str(out.video), "-vn", "-af", "silencedetect=n=-50dB:d=1", "-f", "null", "-"
    )
    assert "silence_start" not in err
    loud = _ffmpeg("-i", str(out.video), "-vn", "-af", "ebur128", "-f", "null", "-")
    assert -40 < float(re.findall(r"I:\s+(-?[\d.]+) LUFS", loud)[-1]) < -20  # soft, under a voice


@needs_tools
def test_music_false_leaves_the_shots_silent_and_a_voice_at_its_level(tmp_path):
    quiet = pipeline.validate({"prompt": SUNSET, "duration": 8, "narration": False, "music": False})
    out = pipeline.render(quiet, tmp_path / "quiet")
    err = _ffmpeg(
        "-i", str(out.video), "-vn", "-af", "silencedetect=n=-50dB:d=1", "-f", "null", "-"
    )
    assert re.findall(r"silence_start: (-?[\d.]+)", err)[:1] == ["0"]
    assert "silence_end" not in err or float(re.findall(r"silence_end: ([\d.]+)", err)[0]) > 7.5
    # With narration, the bed is ducked under the voice, which keeps its -16 LUFS.
    spoken = pipeline.render(pipeline.validate({"prompt": SUNSET, "seed": 2}), tmp_path / "voice")
    loud = _ffmpeg("-i", str(spoken.video), "-vn", "-af", "ebur128", "-f", "null", "-")
    assert float(re.findall(r"I:\s+(-?[\d.]+) LUFS", loud)[-1]) == pytest.approx(-16, abs=2)


def test_music_is_a_yes_or_no():
    assert pipeline.validate({"prompt": "Hi."}).music is True
    assert pipeline.validate({"prompt": "Hi.", "music": False}).music is False
    for bad in ("no", 0, None, [], {"on": True}):
        with pytest.raises(pipeline.InvalidRequest) as info:
            pipeline.validate({"prompt": "Hi.", "music": bad})
        assert info.value.errors == {"music": ["Must be true or false."]}


@needs_tools
def test_subtitles_as_a_track_only_are_not_burned(tmp_path):
    req = pipeline.validate({"prompt": "Hello there. The sea is calm.", "subtitles": "track"})
    out = pipeline.render(req, tmp_path)
    _, streams = _streams(out.video)
    assert [s["codec_name"] for s in streams if s["codec_type"] == "subtitle"] == ["mov_text"]
    burned = pipeline.validate({"prompt": "Hello there. The sea is calm.", "seed": req.seed})
    plain = pipeline.render(burned, tmp_path / "burned")
    frame = _frame(out.video, 1.0)
    assert ImageChops.difference(frame, _frame(plain.video, 1.0)).getbbox() is not None


def _frame(video: Path, at: float) -> Image.Image:
    data = subprocess.run(
        ["ffmpeg", "-v", "error", "-ss", str(at), "-i", str(video), "-frames:v", "1",
         "-f", "image2pipe", "-c:v", "png", "-"],
        capture_output=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    return Image.open(io.BytesIO(data)).convert("RGB")


def test_a_prompt_too_long_for_the_time_says_how_long_it_needs():
    text = " ".join(["The harbour wakes slowly as the boats come in."] * 12)
    with pytest.raises(pipeline.InvalidRequest) as info:
        pipeline.validate({"prompt": text, "duration": 10})
    message = info.value.errors["prompt"][0]
    needs = int(re.search(r"about (\d+) s", message).group(1))
    assert needs > 20
    assert "at least" in message
    ok = pipeline.validate({"prompt": text, "duration": needs + 5})
    assert ok.target.goal == needs + 5
