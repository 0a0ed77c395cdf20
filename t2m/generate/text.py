"""Narration text: cleaning, word counts, sentences, cutting into scenes, and
how long a text lasts when the offline engines narrate it.

Plain functions over strings, shared by the script stage and the LLM client.
"""

from __future__ import annotations

import re
import unicodedata

MAX_SCENES = 60
# No real word is longer; longer runs of letters are cut (they are not narration).
_MAX_WORD_CHARS = 40
# Words per scene: 8-30 is about 3-10 s of narration, one picture each.
SCENE_WORDS = (8, 30)
# A scene ends at a sentence end: only a sentence longer than this many times a
# scene's upper bound (a run-on paste, a list without full stops) is cut inside.
LONG_SENTENCE = 3
# espeak-ng's seconds per scene (default voice, pauses included), fit on 290 scenes
# of offline stories (typical error 5 %; per word alone it was 12 %): per letter,
# per digit (spoken as whole number words), per sentence end and per clause mark,
# less the silence trimmed from its ends; plus a transition between scenes.
_SECONDS_PER = {"letter": 0.0694, "digit": 0.475, "sentence": 0.48, "clause": 0.31}
_SCENE_SECONDS = -0.3
# Seconds per letter by language (a Chinese character is a syllable, a Japanese
# kanji several kana), fit like the English figure above by bench/speech_pace.py.
LETTER_SECONDS: dict[str, float] = {
    "english": _SECONDS_PER["letter"],  # 0.0679 in bench/speech_pace.py
    "czech": 0.0765,
    "danish": 0.0625,
    "dutch": 0.071,
    "french": 0.0555,
    "german": 0.0656,
    "greek": 0.0673,
    "hindi": 0.1433,
    "indonesian": 0.0777,
    "italian": 0.0696,
    "chinese": 0.2735,
    "japanese": 0.1458,
    "norwegian": 0.0766,
    "polish": 0.0796,
    "portuguese": 0.0741,
    "russian": 0.062,
    "spanish": 0.0702,
    "swedish": 0.0753,
    "turkish": 0.0857,
    "ukrainian": 0.0624,
}
TRANSITION = 0.5  # seconds of cross-fade between scenes (the video's, and so the estimate's)


# C0/C1 controls except newline and tab, bidi overrides/isolates and the BOM. Zero-width
# joiners stay: Indic scripts and emoji need them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Closing quotes and brackets that belong to the sentence before them.
_CLOSERS = re.escape("\"')]}\u00bb\u201d\u2019\u300d\u300f\uff09\u3011")
# A sentence ends at . ! ? ... (then whitespace), at CJK full stops and marks, the Arabic
# and Urdu question mark and full stop, the Devanagari danda (no space needed), or at
# ';' before a capital Greek letter (the Greek question mark).
_SENTENCE_END = re.compile(
    rf"(?:[.!?\u2026]+[{_CLOSERS}]*(?=\s)"
    rf"|[\u3002\uff01\uff1f\uff61\u061f\u06d4\u0964\u0965\u037e]+[{_CLOSERS}]*"
    r"|;(?=\s+[\u0386-\u03ab]))"
)
# Clause ends: , ; : and dashes before a space; CJK commas, semicolons and colons.
_CLAUSE_END = re.compile(r"(?:[,;:\u2013\u2014]|\s-)(?=\s)|[\uff0c\u3001\uff1b\uff1a]")
SENTENCE_ENDERS = ".!?\u2026\u3002\uff01\uff1f\u0964"
# Where the voice pauses for a sentence end, the last one in a text included.
_SPOKEN_END = re.compile(rf"[.!?\u2026]+[{_CLOSERS}]*(?=\s|$)|[\u3002\uff01\uff1f\u0964]+")
_CLAUSE_MARKS = ",;:-\u2013\u2014"
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|No|Mt|Gen|Capt|Lt|Sgt)|\b[A-Z])\.$"
)


def clean_text(text: str) -> str:
    """``text`` in NFC with one kind of newline, control characters removed and tabs
    as spaces; markup and punctuation are kept as they are (they are narration)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def count_words(text: str) -> int:
    """Words for narration time: space-separated words, with CJK counted at two
    characters a word (they have no spaces and take about that long to say)."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text).split()
    return len(rest) + (cjk + 1) // 2


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and not (_CJK.search(out[-2:]) and _CJK.match(part)):
            out += " "
        out += part
    return out


def sentences(line: str) -> list[str]:
    """The sentences of one line of text, in any of the scripts the narration takes."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if match.group().startswith(".") and _ABBREVIATION.search(line[start : match.end()]):
            continue
        pieces.append(line[start : match.end()])
        start = match.end()
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


def _too_long(text: str, high: int) -> bool:
    # Characters count too: one 100 KB "word" must not become one scene.
    return count_words(text) > high or len(text) > high * _MAX_WORD_CHARS


def _cut_long(sentence: str, high: int) -> list[str]:
    """A sentence kept whole, unless it is over :data:`LONG_SENTENCE` times ``high``
    words: then cut at clause punctuation, then at words, into ``high``-word pieces."""
    if not _too_long(sentence, high * LONG_SENTENCE):
        return [sentence]
    clauses, start = [], 0
    for match in _CLAUSE_END.finditer(sentence):
        clauses.append(sentence[start : match.end()].strip())
        start = match.end()
    clauses.append(sentence[start:].strip())
    chunks: list[str] = []
    for clause in filter(None, clauses):
        if chunks and not _too_long(_join([chunks[-1], clause]), high):
            chunks[-1] = _join([chunks[-1], clause])
        else:
            chunks.extend(_cut_words(clause, high))
    return chunks


def _cut_words(clause: str, high: int) -> list[str]:
    if not _too_long(clause, high):
        return [clause]
    if " " not in clause:  # unspaced script (CJK) or one huge token: cut by characters
        size = min(high * 2, _MAX_WORD_CHARS) if _CJK.search(clause) else _MAX_WORD_CHARS
        return [clause[i : i + size] for i in range(0, len(clause), size)]
    words = [
        word[i : i + _MAX_WORD_CHARS]
        for word in clause.split()
        for i in range(0, len(word), _MAX_WORD_CHARS)
    ]
    step = max(1, min(high, len(words) // 2))
    chunks = [" ".join(words[i : i + step]) for i in range(0, len(words), step)]
    return [c for chunk in chunks for c in _cut_words(chunk, high)]


def split_scenes(text: str, *, target_words: tuple[int, int] = (12, 40)) -> list[str]:
    """Cut narration into scenes of about ``target_words`` words (a few seconds each).

    Paragraphs (blank lines) end a scene; within one, lines and sentences are
    grouped up to the upper bound. A scene always ends at a sentence end: a
    sentence longer than the upper bound is a scene of its own, and only one over
    :data:`LONG_SENTENCE` times it is cut at clause punctuation, then between words.
    A scene shorter than the lower bound (a heading, a one-line paragraph) joins its
    neighbour when the pair fits the upper bound. Control characters are removed,
    everything else is narration. Only the first :data:`MAX_SCENES` scenes
    are kept (the script stage notes the cut); the work stops once they are made.
    """
    return cut_scenes(text, target_words)[0]


def cut_scenes(text: str, target_words: tuple[int, int]) -> tuple[list[str], bool]:
    """The scenes and whether text was left over past :data:`MAX_SCENES`."""
    low, high = target_words
    if not 1 <= low <= high:
        raise ValueError("target_words must be (low, high) with 1 <= low <= high.")
    scenes: list[str] = []
    for paragraph in re.split(r"\n\s*\n", clean_text(text)):
        group: list[str] = []
        for line in paragraph.split("\n"):
            for sentence in sentences(" ".join(line.split())):
                for unit in _cut_long(sentence, high):
                    if group and count_words(_join([*group, unit])) > high:
                        _add(scenes, _join(group), low, high)
                        group = []
                    group.append(unit)
        if group:
            _add(scenes, _join(group), low, high)
        # Only the last scene can still grow, so the ones before it are final.
        if len(scenes) > MAX_SCENES:
            return scenes[:MAX_SCENES], True
    return scenes, False


def _add(scenes: list[str], scene: str, low: int, high: int) -> None:
    """Append ``scene``, or join it to the last one when either is under ``low``
    words and together they fit in ``high``."""
    if scenes and min(count_words(scenes[-1]), count_words(scene)) < low:
        joined = _join([scenes[-1], scene])
        if count_words(joined) <= high:
            scenes[-1] = joined
            return
    scenes.append(scene)


def first_words(text: str, limit: int, cap: int) -> str:
    """The first sentence of ``text``, cut to ``limit`` words and ``cap`` characters."""
    found = sentences(" ".join(text.split()))
    first = found[0] if found else ""
    words = first.split()
    short = " ".join(words[:limit])
    if len(short) > cap:
        short = short[:cap].rstrip()
    if short != first:
        short = short.rstrip(_CLAUSE_MARKS) + "\u2026"
    return short


def estimate_seconds(text: str, language: str = "english") -> float:
    """About how long ``text`` lasts as a video of the offline engines (espeak-ng
    narration scene by scene, transitions between scenes), from its letters,
    digits and punctuation; a letter lasts as long as :data:`LETTER_SECONDS`
    says for ``language`` (measured, ``bench/speech_pace.py``)."""
    letter = LETTER_SECONDS.get(language, _SECONDS_PER["letter"])
    scenes = split_scenes(text, target_words=SCENE_WORDS)
    total = 0.0
    for scene in scenes:
        total += _SCENE_SECONDS + _SECONDS_PER["clause"] * len(_CLAUSE_END.findall(scene))
        total += _SECONDS_PER["sentence"] * max(len(_SPOKEN_END.findall(scene)), 1)
        for char in scene:
            if char.isdigit():
                total += _SECONDS_PER["digit"]
            elif char.isalpha():
                total += letter
    return total + TRANSITION * max(len(scenes) - 1, 0)
