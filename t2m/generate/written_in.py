"""Which of the writer's languages a text is written in: by its script (letters
of the Han, kana, Devanagari, Greek, Cyrillic or Latin blocks) and, among the
languages sharing a script, by its share of each language's common words.

Used on what an LLM answers before it becomes a story, and by the tests of the
offline writer. Word lists come from each language's story material
(:attr:`~t2m.generate.story_data.model.Language.common_words`).
"""

from __future__ import annotations

import re
from functools import cache

from t2m.generate import story_data
from t2m.generate.story_data import language as story_language

LANGUAGES = story_data.LANGUAGES
SCRIPTS = {
    "greek": "greek", "hindi": "devanagari", "chinese": "han", "japanese": "kana",
    "russian": "cyrillic", "ukrainian": "cyrillic",
}  # fmt: skip
_RANGES = {
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f])+")
# A text in a spaced script must have at least this share of its words among the
# language's common words (offline stories have 25-45 %), and no other language
# of the same script may have more than this factor as many words of its own.
MIN_SHARE = 0.08
MARGIN = 1.25


def script_of(text: str) -> str | None:
    """The main script of ``text``: ``kana`` as soon as there is a fair share of
    kana (Japanese mixes it with Han), else the script with the most letters."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _RANGES.items()}
    letters = sum(counts.values())
    if not letters:
        return None
    if counts["kana"] >= 0.1 * letters:
        return "kana"
    return max(counts, key=lambda name: counts[name])


@cache
def _common(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in story_language(name).common_words)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def shares(text: str) -> dict[str, float]:
    """Each spaced-script language's share of common words among ``text``'s words."""
    words = _words(text)
    if not words:
        return {}
    return {
        name: sum(1 for w in words if w in _common(name)) / len(words)
        for name in LANGUAGES
        if name not in ("chinese", "japanese")
    }


def written_in(text: str, language: str) -> bool:
    """Whether ``text`` reads as ``language``: its script, and for the languages
    sharing one, enough of its common words and more than any other's."""
    script = script_of(text)
    if script != SCRIPTS.get(language, "latin"):
        return False
    if script in ("kana", "han", "devanagari", "greek"):
        return True  # one language each among the writer's
    if shares(text).get(language, 0.0) < MIN_SHARE:
        return False
    # Against each language of the same script, only the words one has and the
    # other has not count (Danish and Norwegian share most of theirs).
    words = _words(text)
    mine = _common(language)
    for rival in LANGUAGES:
        if rival == language or SCRIPTS.get(rival, "latin") != script:
            continue
        theirs = _common(rival)
        own = sum(1 for w in words if w in mine and w not in theirs)
        other = sum(1 for w in words if w in theirs and w not in mine)
        if other > own * MARGIN:
            return False
    return True
