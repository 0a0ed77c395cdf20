"""Subtitles timed from the measured speech: SRT, WebVTT and an ASS script.

Each cue is one spoken piece (:class:`~t2m.generate.speech.SentenceTiming`)
moved by its scene's start in the final video, so its times come from the
audio itself. Speech already cuts long sentences into pieces of at most two
subtitle lines; here each piece is wrapped into balanced lines (CJK text
between characters, other text at spaces). The ASS script is what the
composer burns in with ffmpeg's ``ass`` filter (:func:`ass_filter`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .speech import (
    MAX_PIECE_WIDTH,
    SentenceTiming,
    char_width,
    clean_text,
    split_sentences,
    text_width,
)

LINE_WIDTH = 42  # columns per line (a CJK character counts as two)
MAX_LINES = 2
# Burned-in subtitles: the font size as a share of the frame's height (a capital
# is about 0.73 of it in DejaVu Sans and Noto, so 4.5 % of the frame), above
# where a player's control bar sits (its bottom 12 %), inside the 6 % title-safe
# margins; a column is about 0.55 of the font size wide.
BURN_FONT = 0.062
BURN_BOTTOM = 0.15
BURN_SIDES = 0.06
COLUMN_EM = 0.55
MIN_CUE = 0.8  # a cue shorter than this is stretched into the following pause
DEFAULT_FONT = "DejaVu Sans"
# Fonts from install-system-deps.sh (fonts-noto-cjk, fonts-noto-core).
_FONTS = {
    "chinese": "Noto Sans CJK SC",
    "zh": "Noto Sans CJK SC",
    "cmn": "Noto Sans CJK SC",
    "japanese": "Noto Sans CJK JP",
    "ja": "Noto Sans CJK JP",
    "hindi": "Noto Sans Devanagari",
    "hi": "Noto Sans Devanagari",
}
# A line had better end after one of these (full and half width).
_CLAUSE_MARKS = set("\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f,;:.!?")
# No line may start with these (CJK line-breaking rule, kinsoku).
_NO_LINE_START = set(
    "\u3001\u3002\uff0c\uff0e\u30fb\uff1a\uff1b\uff1f\uff01\uff09\u300d\u300f\u3011\u3015\u3009\u300b\u30fc\u2026,.;:!?)"
)


@dataclass(frozen=True)
class Cue:
    """One subtitle: seconds in the final video and its (wrapped) text."""

    start: float
    end: float
    text: str


def font_for(language: str) -> str:
    """A font family covering the script of ``language`` (name or ISO code).

    DejaVu Sans covers Latin, Greek and Cyrillic; Chinese, Japanese and Hindi
    need the Noto fonts that ``scripts/install-system-deps.sh`` installs.
    """
    return _FONTS.get((language or "").strip().lower(), DEFAULT_FONT)


# ---------------------------------------------------------------- wrapping


def _breaks(text: str) -> list[int]:
    """Indexes where a line may break: at spaces, and between CJK characters."""
    out = []
    for i in range(1, len(text)):
        if text[i] in _NO_LINE_START:
            continue
        wide = char_width(text[i]) == 2
        if text[i].isspace() or (wide and (char_width(text[i - 1]) == 2 or text[i - 1].isspace())):
            out.append(i)
    return out


def wrap(text: str, width: int = LINE_WIDTH) -> list[str]:
    """Split ``text`` into lines of about ``width`` columns, balanced in length."""
    text = " ".join(clean_text(text).split())
    if text_width(text) <= width:
        return [text] if text else []
    lines = max(2, -(-text_width(text) // width))
    out, rest = [], text
    for remaining in range(lines, 1, -1):
        target = text_width(rest) / remaining
        candidates = _breaks(rest)
        if not candidates or text_width(rest) <= width:
            break
        cut = min(candidates, key=lambda b: _badness(rest, b, target))
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    out.append(rest)
    return [line for line in out if line]


def _badness(text: str, cut: int, target: float) -> float:
    """Distance from a balanced cut; a cut right after a clause mark counts as closer."""
    bonus = 8 if text[:cut].rstrip()[-1:] in _CLAUSE_MARKS else 0
    return abs(text_width(text[:cut]) - target) - bonus


def burn_columns(width: int, height: int) -> int:
    """Columns per line of burned-in subtitles in a ``width`` x ``height`` frame."""
    room = width * (1 - 2 * BURN_SIDES)
    return max(8, min(LINE_WIDTH, int(room / (height * BURN_FONT * COLUMN_EM))))


def cues_for_scenes(
    scenes: Iterable[tuple[float, Sequence[SentenceTiming]]], line_width: int = LINE_WIDTH
) -> list[Cue]:
    """Cues for the whole video from ``(scene_start, timings)`` pairs, in lines
    of about ``line_width`` columns.

    A piece's cue runs from ``scene_start + start`` to ``scene_start + end``,
    lengthened to :data:`MIN_CUE` when the next cue leaves room. A piece too
    long for two lines (speech never makes one) is shown as several cues that
    share its time in proportion to their length.
    """
    cues: list[Cue] = []
    for offset, timings in scenes:
        for t in timings:
            start, end = offset + t.start, offset + t.end
            if end <= start:
                continue
            parts = _split_piece(t.text, line_width * MAX_LINES)
            total = sum(text_width(p) for p in parts) or 1
            at = start
            for part in parts:
                until = at + (end - start) * text_width(part) / total
                lines = "\n".join(wrap(part, line_width))
                cues.append(Cue(round(at, 3), round(until, 3), lines))
                at = until
    cues.sort(key=lambda c: c.start)
    out = []
    for i, cue in enumerate(cues):
        limit = cues[i + 1].start if i + 1 < len(cues) else float("inf")
        end = min(max(cue.end, cue.start + MIN_CUE), limit)
        if cue.text and end > cue.start:
            out.append(Cue(cue.start, round(max(end, cue.start + 0.001), 3), cue.text))
    return out


def _split_piece(text: str, width: int = MAX_PIECE_WIDTH) -> list[str]:
    if text_width(text) <= width:
        return [text]
    return [p for pieces in split_sentences(text, width) for p in pieces]


# ---------------------------------------------------------------- SRT / VTT


def _clock(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _lines(text: str) -> list[str]:
    """Cue text as non-empty lines without control characters (a blank line ends a cue)."""
    return [line for line in clean_text(text).split("\n") if line.strip()]


_TAG = re.compile(r"<(?=[/a-zA-Z0-9.])")
_OVERRIDE = re.compile(r"\{(?=\s*\\)")


def to_srt(cues: Iterable[Cue]) -> str:
    """SubRip text (``00:00:01,250 --> ...``).

    SRT has no escaping: ``-->`` becomes ``->``, a ``<`` opening what a
    player would read as a tag becomes U+2039 (a single angle quote), and a
    ``{`` before a backslash (an ASS override tag to ffmpeg and many players)
    becomes U+FF5B (a full-width brace), so the text shows as written.
    """
    blocks = []
    for n, cue in enumerate(cues, 1):
        lines = [
            _OVERRIDE.sub("\uff5b", _TAG.sub("\u2039", line.replace("-->", "->")))
            for line in _lines(cue.text)
        ]
        if lines:
            times = f"{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}"
            blocks.append("\n".join([str(n), times, *lines]))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def vtt_escape(text: str) -> str:
    """Escape cue text for WebVTT (``&``, ``<``, ``>``; so ``-->`` cannot appear)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Iterable[Cue]) -> str:
    """WebVTT text: the ``WEBVTT`` header, then numbered cues (``00:00:01.250 --> ...``)."""
    blocks = ["WEBVTT"]
    for n, cue in enumerate(cues, 1):
        lines = [vtt_escape(line) for line in _lines(cue.text)]
        if lines:
            times = f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}"
            blocks.append("\n".join([str(n), times, *lines]))
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------- ASS


def ass_escape(text: str) -> str:
    """Escape text for an ASS ``Dialogue`` line.

    ``{``/``}`` would open override tags (libass reads ``\\{``/``\\}`` as
    literal braces); a backslash is followed by a word joiner so ``\\N``,
    ``\\h`` or ``\\{`` typed by a user stay literal; newlines become ``\\N``.
    """
    text = text.replace("\\", "\\\u2060").replace("{", "\\{").replace("}", "\\}")
    return "\\N".join(_lines(text))


def _ass_clock(seconds: float) -> str:
    cs = max(0, round(seconds * 100))
    h, rest = divmod(cs, 360_000)
    m, rest = divmod(rest, 6000)
    s, cs = divmod(rest, 100)
    return f"{h:d}:{m:02d}:{s:02d}.{cs:02d}"


def to_ass(
    cues: Iterable[Cue],
    *,
    width: int,
    height: int,
    font: str = DEFAULT_FONT,
    font_size: int | None = None,
    margin_v: int | None = None,
) -> str:
    """An ASS script for burning in: white text with a dark outline and shadow
    (readable on any picture), bottom centre above a player's control bar,
    :data:`BURN_FONT` of the frame's height, coordinates = video pixels.
    """
    size = font_size or max(16, round(height * BURN_FONT))
    outline = max(2, round(size * 0.07))
    shadow = max(1, round(size * 0.03))
    margin_v = round(height * BURN_BOTTOM) if margin_v is None else margin_v
    margin_h = round(width * BURN_SIDES)
    font = re.sub(r"[,\r\n]", " ", font)  # a comma would shift the Style fields
    head = [
        "[Script Info]",
        "ScriptType: v4.00+",
        f"PlayResX: {width}",
        f"PlayResY: {height}",
        "WrapStyle: 0",
        "ScaledBorderAndShadow: yes",
        "YCbCr Matrix: TV.709",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        f"Style: Default,{font},{size},&H00FFFFFF,&H00FFFFFF,&H00101010,&H80000000,"
        f"0,0,0,0,100,100,0,0,1,{outline},{shadow},2,{margin_h},{margin_h},{margin_v},1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    events = [
        f"Dialogue: 0,{_ass_clock(c.start)},{_ass_clock(c.end)},Default,,0,0,0,,"
        + ass_escape(c.text)
        for c in cues
        if _lines(c.text)
    ]
    return "\n".join(head + events) + "\n"


def filter_escape(value: str) -> str:
    """Escape a filter option value for an ffmpeg filtergraph string.

    Two levels: the option value (``\\``, ``'``, ``:``), then the graph
    (``\\``, ``'``, ``[``, ``]``, ``,``, ``;``).
    """
    value = re.sub(r"([\\':])", r"\\\1", value)
    return re.sub(r"([\\'\[\],;])", r"\\\1", value)


def ass_filter(path: str | os.PathLike[str]) -> str:
    """The ``ass=filename=...`` filter burning the script at ``path``, safely escaped."""
    return "ass=filename=" + filter_escape(os.path.abspath(path))
