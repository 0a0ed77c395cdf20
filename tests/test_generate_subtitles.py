"""t2m.generate.subtitles: cues from measured timings, SRT/WebVTT/ASS, burning in."""

from __future__ import annotations

import re

import pytest
from PIL import Image

from t2m.generate import subtitles as st
from t2m.generate.speech import SentenceTiming, synthesize, text_width
from t2m.media import ffmpeg

T = SentenceTiming
HOSTILE = "Braces {\\b1} and \\N; <i>tag</i> & 50% 'q' --> x\x00\x1b"


def parse_vtt(text: str) -> list[tuple[float, float, list[str]]]:
    """A strict little WebVTT reader: header, then id / timing / text blocks."""
    assert text.startswith("WEBVTT\n\n")
    timing = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
    cues = []
    for block in text.strip().split("\n\n")[1:]:
        ident, times, *lines = block.split("\n")
        assert ident.isdigit()
        m = timing.match(times)
        assert m, times
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, m.groups())
        start = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000
        end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
        assert start < end
        assert lines
        for line in lines:
            assert "-->" not in line
            assert "<" not in line
            assert not re.search(r"&(?!amp;|lt;|gt;)", line)
        cues.append((start, end, lines))
    assert [c[0] for c in cues] == sorted(c[0] for c in cues)
    return cues


# ---------------------------------------------------------------- wrapping


def test_short_text_is_one_line():
    assert st.wrap("Hello world.") == ["Hello world."]
    assert st.wrap("") == []


def test_long_text_wraps_into_two_balanced_lines():
    lines = st.wrap("It was a bright cold day in April, and the clocks were striking thirteen.")
    assert lines == ["It was a bright cold day in April,", "and the clocks were striking thirteen."]
    lines = st.wrap("one two three four five six seven eight nine ten eleven twelve thirteen")
    assert len(lines) == 2
    assert all(len(line) <= 42 for line in lines)
    assert abs(len(lines[0]) - len(lines[1])) <= 8


def test_cjk_wraps_between_characters():
    text = "你好，世界。这是一个很长的测试句子，我们需要把它分成两行来显示字幕。"
    lines = st.wrap(text)
    assert lines == ["你好，世界。这是一个很长的测试句子，", "我们需要把它分成两行来显示字幕。"]
    assert "".join(lines) == text
    assert all(text_width(line) <= 42 for line in lines)
    japanese = st.wrap("こんにちは、世界。これは字幕のテストです。長い文章を二行に分けます。")
    assert japanese[1][0] not in "、。，"
    assert all(text_width(line) <= 42 for line in japanese)


def test_font_for_each_script():
    assert st.font_for("english") == "DejaVu Sans"
    assert st.font_for("russian") == "DejaVu Sans"
    assert st.font_for("greek") == "DejaVu Sans"
    assert st.font_for("Chinese") == "Noto Sans CJK SC"
    assert st.font_for("ja") == "Noto Sans CJK JP"
    assert st.font_for("hindi") == "Noto Sans Devanagari"


@pytest.mark.parametrize(
    ("lang", "family"), [("zh", "Noto Sans CJK"), ("hi", "Noto Sans Devanagari")]
)
def test_fonts_for_cjk_and_devanagari_are_installed(lang, family):
    import subprocess

    out = subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True, text=True)
    assert family in out.stdout, "run scripts/install-system-deps.sh"


# ---------------------------------------------------------------- cues


def test_cues_come_from_timings_plus_scene_offsets():
    cues = st.cues_for_scenes(
        [
            (0.0, [T("One.", 0.0, 1.2), T("Two.", 1.55, 2.9)]),
            (4.25, [T("Three.", 0.0, 1.0)]),
        ]
    )
    assert cues == [
        st.Cue(0.0, 1.2, "One."),
        st.Cue(1.55, 2.9, "Two."),
        st.Cue(4.25, 5.25, "Three."),
    ]


def test_short_cues_stretch_into_the_pause_but_never_overlap():
    cues = st.cues_for_scenes([(10.0, [T("Yes.", 0.0, 0.3), T("No.", 0.45, 0.7)])])
    assert cues[0] == st.Cue(10.0, 10.45, "Yes.")  # up to the next cue only
    assert cues[1] == st.Cue(10.45, 11.25, "No.")  # MIN_CUE
    overlapping = st.cues_for_scenes([(0.0, [T("A.", 0.0, 2.0)]), (1.5, [T("B.", 0.0, 1.0)])])
    assert overlapping[0].end == 1.5


def test_cue_text_is_wrapped_and_overlong_pieces_are_split():
    long = T("It was a bright cold day in April, and the clocks were striking thirteen.", 0, 4)
    (cue,) = st.cues_for_scenes([(0.0, [long])])
    assert cue.text == "It was a bright cold day in April,\nand the clocks were striking thirteen."
    text = " ".join(["word"] * 40)  # 199 columns: not from speech, still readable
    cues = st.cues_for_scenes([(0.0, [T(text, 1.0, 11.0)])])
    assert len(cues) == 3
    assert cues[0].start == 1.0
    assert cues[-1].end == 11.0
    for cue in cues:
        assert len(cue.text.split("\n")) <= 2
        assert all(len(line) <= 42 for line in cue.text.split("\n"))


def test_empty_and_zero_length_timings_make_no_cue():
    assert st.cues_for_scenes([(0.0, [T("x", 1.0, 1.0), T("\x00", 1.0, 2.0)])]) == []
    assert st.cues_for_scenes([]) == []


# ---------------------------------------------------------------- SRT / VTT


def test_srt_format():
    cues = [st.Cue(0.0, 1.5, "Hello."), st.Cue(3661.001, 3662.9995, "Two\nlines")]
    assert st.to_srt(cues) == (
        "1\n00:00:00,000 --> 00:00:01,500\nHello.\n\n2\n01:01:01,001 --> 01:01:03,000\nTwo\nlines\n"
    )
    assert st.to_srt([]) == ""


def test_srt_neutralises_arrows_tags_blank_lines_and_controls():
    srt = st.to_srt([st.Cue(0, 1, "a --> b\n\n<i>c</i>\x00\x07 & 1 < 2")])
    lines = srt.split("\n")
    assert lines[1] == "00:00:00,000 --> 00:00:01,000"
    assert lines[2:] == ["a -> b", "\u2039i>c\u2039/i> & 1 < 2", ""]


def test_vtt_format_and_escaping():
    vtt = st.to_vtt([st.Cue(0.25, 1.5, "Fish & chips <b>now</b> -->"), st.Cue(2, 3, "a\n\nb\x00")])
    assert vtt == (
        "WEBVTT\n\n"
        "1\n00:00:00.250 --> 00:00:01.500\nFish &amp; chips &lt;b&gt;now&lt;/b&gt; --&gt;\n\n"
        "2\n00:00:02.000 --> 00:00:03.000\na\nb\n"
    )
    assert st.to_vtt([]) == "WEBVTT\n"


def test_generated_vtt_parses():
    cues = st.cues_for_scenes(
        [
            (0.0, [T(HOSTILE, 0.0, 2.0), T("Next one.", 2.3, 3.0)]),
            (
                5.0,
                [
                    T(
                        "你好，世界。这是一个很长的测试句子，我们需要把它分成两行来显示字幕。",
                        0.1,
                        3.9,
                    )
                ],
            ),
        ]
    )
    parsed = parse_vtt(st.to_vtt(cues))
    assert len(parsed) == 3
    assert parsed[0][2] == [
        "Braces {\\b1} and \\N;",
        "&lt;i&gt;tag&lt;/i&gt; &amp; 50% 'q' --&gt; x",
    ]
    assert parsed[2][0] == 5.1


# ---------------------------------------------------------------- ASS


def test_ass_escaping():
    assert st.ass_escape("a{b}c") == "a\\{b\\}c"
    assert st.ass_escape("x\\N y") == "x\\\u2060N y"  # a typed \N stays literal
    assert st.ass_escape("one\ntwo\x00") == "one\\Ntwo"


def test_ass_script_has_play_res_and_a_readable_style():
    script = st.to_ass(
        [st.Cue(1.234, 62.5, "Hello\n{world}")], width=1920, height=1080, font="Noto, Sans"
    )
    assert "PlayResX: 1920\nPlayResY: 1080\n" in script
    fields = re.search(r"^Format: (Name.*)$", script, re.M).group(1).split(", ")
    values = re.search(r"^Style: (.*)$", script, re.M).group(1).split(",")
    style = dict(zip(fields, values, strict=True))
    assert style["Fontname"] == "Noto  Sans"
    assert style["Fontsize"] == "67"  # 6.2 % of 1080: capitals 4.5 % of the frame
    assert style["PrimaryColour"] == "&H00FFFFFF"  # white
    assert style["Outline"] == "5"  # a dark edge readable on any picture
    assert int(style["Shadow"]) >= 1
    assert style["Alignment"] == "2"  # bottom centre
    assert style["MarginV"] == "162"  # 15 % of 1080: above a player's control bar
    assert style["BorderStyle"] == "1"
    assert script.endswith(
        "Dialogue: 0,0:00:01.23,0:01:02.50,Default,,0,0,0,,Hello\\N\\{world\\}\n"
    )
    small = st.to_ass([], width=640, height=360, font_size=20, margin_v=10)
    assert ",20,&H00FFFFFF" in small
    assert ",2,1,2,38,38,10,1" in small  # outline 2, shadow 1, bottom centre, margins
    portrait = st.to_ass([], width=1080, height=1920)
    assert ",119,&H00FFFFFF" in portrait  # as tall a share of the frame as in 16:9
    assert st.burn_columns(1080, 1920) < st.burn_columns(1920, 1080) == 42


def test_filter_escape():
    assert st.filter_escape("/tmp/a/subs.ass") == "/tmp/a/subs.ass"
    assert st.filter_escape("/t/a:b") == "/t/a\\\\:b"
    assert st.filter_escape("/t/a,b[c];'d'") == "/t/a\\,b\\[c\\]\\;\\\\\\'d\\\\\\'"


def test_ass_burns_in_over_a_colour_source(tmp_path):
    folder = tmp_path / "we,ird [dir]'s:x"
    folder.mkdir()
    script = folder / "subs.ass"
    cues = [st.Cue(0.0, 2.0, "Hello " + HOSTILE), st.Cue(2.0, 4.0, "你好，世界。")]
    script.write_text(st.to_ass(cues, width=320, height=180), encoding="utf-8")
    frames = {}
    for name, vf in (("plain", "null"), ("subs", st.ass_filter(script))):
        frames[name] = tmp_path / f"{name}.png"
        args = ffmpeg.ffmpeg_args(
            [ffmpeg.lavfi_input("color=c=0x204060:s=320x180:d=1")],
            ["-vf", vf, "-frames:v", "1", *ffmpeg.output_args(frames[name], "image2")],
        )
        ffmpeg.run(args, timeout=60)
    plain = Image.open(frames["plain"]).convert("RGB")
    subs = Image.open(frames["subs"]).convert("RGB")
    top = (0, 0, 320, 90)
    assert plain.crop(top).tobytes() == subs.crop(top).tobytes()
    bottom = subs.crop((0, 110, 320, 180)).tobytes()
    white = sum(1 for i in range(0, len(bottom), 3) if min(bottom[i : i + 3]) > 230)
    assert white > 100  # white text at the bottom


def test_speech_to_vtt_end_to_end(tmp_path):
    speech = synthesize(
        "First sentence here. And a second one.",
        language="english",
        voice="alloy",
        out_path=tmp_path / "s.wav",
    )
    cues = st.cues_for_scenes([(2.0, speech.sentences)])
    parsed = parse_vtt(st.to_vtt(cues))
    assert [c[2] for c in parsed] == [["First sentence here."], ["And a second one."]]
    assert parsed[0][0] == 2.0
    assert parsed[1][0] == pytest.approx(2.0 + speech.sentences[1].start, abs=0.001)
