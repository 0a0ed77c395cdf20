"""The offline writer: stories composed from per-topic material, no network.

A story is an opening, middle beats, a climax and an ending, chosen from the
topic's material by a seeded ``random.Random``, with one set of characters,
a place and a thing filled into every sentence (so names stay consistent).
Middle beats are written in story order and kept in that order whichever are
chosen, so any selection still reads as a beginning, a middle and an end.
Beats are added until the seeded target length is reached, never past the
duration's upper bound. List topics (fun facts, tips, history) pick items
instead. Every language has material of its own, authored in it (not
translated): the writer fills that language's slots, cuts at its sentence ends
and leaves its titles' capitals as written (English titles get headline caps).

The material itself (paragraphs and word lists per topic and language, the
names and towns) lives in :mod:`t2m.generate.story_data`; this module is the
writing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from t2m.generate.story_data import MATERIAL, NAMES, PRONOUNS, TOWNS, Frame, Material
from t2m.generate.story_data import language as story_language
from t2m.generate.story_data.english import article, title_case
from t2m.generate.story_data.model import Language
from t2m.generate.text import sentences

# The material's names stay importable from here, where the writer's callers look.
__all__ = [
    "LLM_SUBJECTS", "MATERIAL", "NAMES", "PRONOUNS", "TOPICS", "TOWNS", "Frame", "Material",
    "Story", "article", "compose", "title_case", "topic_of",
]  # fmt: skip


@dataclass
class Story:
    """What a writer produced, before it is cut into scenes."""

    title: str
    description: str
    text: str


# "Write me a funny story about ..." → "...": the writer needs the subject, not the request.
_REQUEST = re.compile(
    r"^(?:please\s+)?(?:(?:write|tell|create|make|generate|give)\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:short|long|funny|sad|scary|little|video|new)\s+)*"
    r"(?:story|tale|video|script)\s+(?:about|of|on)\s+",
    re.IGNORECASE,
)


def topic_of(prompt: str) -> str:
    """The subject of a custom prompt: a leading request phrase and trailing
    punctuation removed (\"Write a story about a brave cat.\" → \"a brave cat\")."""
    subject = _REQUEST.sub("", " ".join(prompt.split())).rstrip(".!?;:, ")
    return subject or prompt.strip()


def _capital(text: str) -> str:
    # A paragraph may start with a slot such as "{a_thing}".
    return text[:1].upper() + text[1:]


def _words(text: str) -> int:
    return len(text.split())


def _slots(lang: Language, material: Material, rng: Random, prompt: str | None) -> dict[str, str]:
    (name, sex), (friend, friend_sex) = rng.sample(lang.cast.names, 2)
    place = rng.choice(material.places)
    thing = rng.choice(material.things)
    town = rng.choice(lang.cast.towns)
    slots = {"name": name, "friend": friend, "town": town}
    # Places and things are slot dicts (English's are made so in ``english.py``); a
    # list topic elsewhere keeps the model's defaults, which its text never uses.
    if isinstance(place, dict):
        slots |= {k: v.replace("{town}", town) for k, v in place.items()}
    if isinstance(thing, dict):
        slots |= thing
    slots |= lang.cast.agreement[sex]
    slots |= {f"friend_{k}": v for k, v in lang.cast.agreement[friend_sex].items()}
    if prompt:
        subject = topic_of(prompt) if lang.name == "english" else prompt.rstrip(".!?;:,。！？ ")
        short = " ".join(subject.split()[:8])
        slots |= {"prompt": subject, "Prompt": short}
    capitals = {k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in slots.items()}
    return capitals | slots  # a slot written capitalised in the material wins


# A paragraph with more sentences than this keeps its others whole (bounds the search).
_MAX_CHOICES = 6
_STEPS = 4  # the search keeps one way per quarter of a second of running length
_LAST_RESORT = 100  # the cost of leaving out a whole ending


def _options(sentences: list[str], role: str, space: str = " ") -> list[tuple[int, str]]:
    """Ways to keep ``sentences`` (one paragraph) as ``(dropped, text)``.

    Every paragraph keeps its last sentence, its point, except the opening,
    which keeps its first (the set-up); inner sentences may go. A middle
    paragraph or the climax may also go whole (``text`` empty), and as a last
    resort (the cost of :data:`_LAST_RESORT` sentences) the ending.
    """
    keep = 0 if role == "opening" else len(sentences) - 1
    free = [i for i in range(len(sentences)) if i != keep][-_MAX_CHOICES:]
    options = []
    for mask in range(1 << len(free)):
        gone = {free[b] for b in range(len(free)) if mask >> b & 1}
        kept = space.join(s for i, s in enumerate(sentences) if i not in gone)
        options.append((len(gone), kept))
    if role == "middle":
        options.append((len(sentences), ""))
    elif role == "ending":  # only when nothing else is short enough (a few seconds)
        options.append((len(sentences) + _LAST_RESORT, ""))
    return options


def _fit(
    paragraphs: list[tuple[str, str]],
    seconds: tuple[float, float],
    target: float,
    length: Callable[[str], float],
    space: str = " ",
) -> list[str]:
    """The paragraphs, ``(role, text)``, cut at sentence boundaries (kept ones
    joined by ``space``: nothing in Chinese and Japanese) to last
    ``seconds[0]``-``seconds[1]`` (``length`` of a paragraph, the gap after it
    included): the fewest sentences dropped, then the length nearest
    ``target``.  When none fits, the one nearest the range.  A paragraph that
    goes whole is an empty string in its place.

    A search over each paragraph's ways to be kept, by running length (one way
    per step of it), so it finds a fit whenever one exists.
    """
    # best[step] = (dropped, total, choices): the cheapest way found to reach that length.
    best: dict[int, tuple[int, float, tuple[str, ...]]] = {0: (0, 0.0, ())}
    for role, text in paragraphs:
        options = [(gone, kept, length(kept) if kept else 0.0) for gone, kept in
                   _options(sentences(text), role, space)]  # fmt: skip
        nxt: dict[int, tuple[int, float, tuple[str, ...]]] = {}
        for dropped, total, chosen in best.values():
            for gone, kept, seconds_kept in options:
                new = total + seconds_kept
                key, cost = round(new * _STEPS), dropped + gone
                if key not in nxt or cost < nxt[key][0]:
                    nxt[key] = (cost, new, (*chosen, kept))
        best = nxt
    low, high = seconds

    def rank(way: tuple[int, float, tuple[str, ...]]) -> tuple[float, int, float]:
        dropped, total, kept = way
        if not any(kept):
            return float("inf"), dropped, 0.0
        return max(low - total, total - high, 0.0), dropped, abs(total - target)

    return list(min(best.values(), key=rank)[2])


def compose(
    topic: str,
    rng: Random,
    seconds: tuple[float, float],
    prompt: str | None,
    estimate: Callable[[str], float],
    gap: float,
    language: str = "english",
) -> Story:
    """A story for ``topic`` lasting ``seconds[0]``-``seconds[1]``, from ``rng``
    alone (shorter only when the topic's material runs out).

    ``estimate`` is how long a paragraph lasts when narrated, ``gap`` what
    follows each but the last (a paragraph always ends a scene)."""
    lang = story_language(language)
    space = " " if lang.spaced else ""
    material = lang.material[topic]
    frame = rng.choice(material.frames)
    slots = _slots(lang, material, rng, prompt)
    low, high = seconds[0] + gap, seconds[1] + gap  # every paragraph counts its gap

    def length(paragraph: str) -> float:
        return estimate(paragraph) + gap

    target = low + (high - low) * rng.uniform(0.3, 0.7)
    head = [rng.choice(frame.openings).format_map(slots)]
    tail = [rng.choice(frame.climaxes).format_map(slots)] if frame.climaxes else []
    tail.append(rng.choice(frame.endings).format_map(slots))
    total = sum(map(length, head + tail))
    beats = [b.format_map(slots) for b in frame.beats]
    lengths = [length(b) for b in beats]
    order = list(range(len(beats)))
    rng.shuffle(order)
    # Beats in the seeded order until the target is reached: a beat that would
    # overshoot is passed over for a shorter one while one may fit, and taken
    # anyway when none does (the cut below trims it).
    chosen: list[int] = []
    for index in order:
        if total >= target:
            break
        if total + lengths[index] <= high or index == order[-1]:
            chosen.append(index)
            total += lengths[index]
    for index in order:
        if total >= low:
            break
        if index not in chosen:
            chosen.append(index)
            total += lengths[index]
    if material.kind == "story":
        chosen.sort()
    middle = [beats[i] for i in chosen]
    # Short atmosphere lines top up a story the beats left short.
    texture = list(frame.texture)
    rng.shuffle(texture)
    for line in texture:
        if total >= target or not middle:
            break
        extra = estimate(line := line.format_map(slots))
        if total + extra <= high:
            where = rng.randrange(len(middle))
            middle[where] = f"{middle[where]}{space}{line}"
            total += extra
    roles = ["opening"] + ["middle"] * (len(middle) + len(tail) - 1) + ["ending"]
    parts = list(zip(roles, head + middle + tail, strict=True))
    paragraphs = _fit(parts, (low, high), target, length, space)
    slots["n"] = str(sum(1 for p in paragraphs[1 : 1 + len(middle)] if p))  # a list's items
    title = rng.choice(material.titles).format_map(slots)
    title = title_case(title) if language == "english" else _capital(title)
    text = "\n\n".join(_capital(p) for p in paragraphs if p)
    if estimate(text) > high and estimate(title) < estimate(text):
        # A video of a few seconds: its title is all there is time to say.
        text = title.rstrip(".!?。！？") + ("." if lang.spaced else "。")
    return Story(
        title=title,
        description=_capital(rng.choice(material.descriptions).format_map(slots)),
        text=text,
    )


TOPICS = tuple(MATERIAL)
LLM_SUBJECTS = {topic: material.subject for topic, material in MATERIAL.items()}
