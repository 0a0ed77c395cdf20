"""From a scene's words to what is drawn: a small offline lexicon turns text
into a :class:`Plan` (time of day, setting, weather, props), with a fallback
picked from the mood of the words when nothing in the lexicon matches.

The word tables are in :mod:`t2m.generate.scene_words` and the painters that
draw a plan in :mod:`t2m.generate.painters`; their entry points (:func:`sky`,
:data:`SETTING_PAINTERS`, :func:`props`, :func:`weather`) are re-exported here.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from t2m.generate.painters import SETTING_PAINTERS, props, sky, weather
from t2m.generate.painters.shapes import tree
from t2m.generate.scene_words import (
    FALLBACK,
    LEXICON,
    MOODS,
    NOT_STEMS,
    SETTINGS,
    TIMES,
    WHOLE_ENDINGS,
    WHOLE_STEMS,
)
from t2m.generate.story_data import language as story_language

__all__ = [
    "MAX_SCAN", "SETTINGS", "SETTING_PAINTERS", "TIMES", "Plan", "plan_scene", "props", "sky",
    "tree", "weather", "words",
]  # fmt: skip

# Only the start of a huge text is read: a scene is a few sentences, and a
# 100 KB paste must not cost more than a short one.
MAX_SCAN = 20_000

# Letters, with the combining vowel signs of Devanagari kept inside their word.
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f])+")


@dataclass(frozen=True)
class Plan:
    """What a scene shows. Tuples are in lexicon order, so plans are stable."""

    time: str
    setting: str
    tags: tuple[str, ...]
    mood: str
    recognised: bool = True  # False: no word of the text was known, all was chosen at random

    def has(self, tag: str) -> bool:
        """Whether the scene asks for ``tag`` (a weather, a prop, ...)."""
        return tag in self.tags


def words(text: str) -> list[str]:
    """Lower-case words of the first :data:`MAX_SCAN` characters."""
    return _WORD.findall(text[:MAX_SCAN].lower())


def _matches(word: str, stem: str) -> bool:
    if word in NOT_STEMS:
        return False
    if stem in WHOLE_STEMS:
        return word == stem or (word.startswith(stem) and word[len(stem) :] in WHOLE_ENDINGS)
    return word.startswith(stem)


def _count(text: str, ws: list[str], lang, stem: str) -> int:
    """How often ``stem`` occurs: words that start with it (whole words, plus a
    short ending, for the language's short stems), or anywhere in unspaced text."""
    if not lang.spaced:
        return text.count(stem)
    if lang.name == "english":
        return sum(1 for w in ws if _matches(w, stem))
    if stem in lang.whole_stems:
        return sum(1 for w in ws if w.startswith(stem) and len(w) - len(stem) <= lang.whole_ending)
    return sum(1 for w in ws if w.startswith(stem))


def plan_scene(text: str, rng: random.Random, language: str = "english") -> Plan:
    """Read the text's keywords into a :class:`Plan`; ``rng`` fills the gaps.
    The words are read in English and in ``language`` (a prompt may be either)."""
    found: dict[str, int] = {}
    ws = words(text)
    head = text[:MAX_SCAN].lower()
    moods = dict.fromkeys(MOODS, 0)
    for name in dict.fromkeys(("english", language)):
        lang = story_language(name)
        for stem, tags in lang.lexicon.items():
            if n := _count(head, ws, lang, stem.lower()):
                for tag in tags:
                    found[tag] = found.get(tag, 0) + n
        for mood, stems in lang.moods.items():
            moods[mood] += sum(_count(head, ws, lang, s.lower()) for s in stems)
    best = max(moods.values(), default=0)
    mood = next((m for m in MOODS if moods[m] == best), "calm") if best else ""

    settings = [s for s in SETTINGS if found.get(s)]
    times = [t for t in TIMES if found.get(t)]
    fallback = FALLBACK.get(mood)
    if settings:
        setting = max(settings, key=lambda s: found[s])  # ties: the earlier in SETTINGS
    elif fallback:
        setting = fallback[1]
    else:
        setting = rng.choice(("meadow", "mountain", "sea", "forest"))
    if times:
        # "night" and "storm" outrank a stray "day" ("a stormy day" is stormy).
        time = times[0] if found[times[0]] >= found.get("day", 0) else "day"
    elif fallback:
        time = fallback[0]
    elif setting == "space":
        time = "night"
    else:
        time = rng.choice(("day", "day", "dusk", "night"))
    if setting == "space":
        time = "night"

    tags = list(dict.fromkeys(tag for tags in LEXICON.values() for tag in tags))
    chosen = [t for t in tags if found.get(t) and t not in SETTINGS and t not in TIMES]
    if time == "night" and "moon" not in chosen and rng.random() < 0.6:
        chosen.append("moon")
    if time == "night":
        chosen.append("stars")
    if time in ("day", "dusk") and "sun" not in chosen and rng.random() < 0.7:
        chosen.append("sun")
    if time != "night" and rng.random() < 0.8:
        chosen.append("clouds")
    if time == "storm":
        chosen.append("clouds")
        if "snow" not in chosen:
            chosen.append("rain")
    if setting == "meadow" and rng.random() < 0.5:
        chosen.append("flowers")
    if mood == "fear":
        chosen.append("fog")
    known = bool(found or best)
    return Plan(time, setting, tuple(dict.fromkeys(chosen)), mood or "calm", known)
