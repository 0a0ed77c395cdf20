"""The offline writer: stories composed from per-topic material, no network.

A story is an opening, middle beats, a climax and an ending, chosen from the
topic's material by a seeded ``random.Random``, with one set of characters,
a place and a thing filled into every sentence (so names stay consistent).
Middle beats are written in story order and kept in that order whichever are
chosen, so any selection still reads as a beginning, a middle and an end.
Beats are added until the seeded target length is reached, never past the
duration's upper bound. List topics (fun facts, tips, history) pick items
instead. English only: the material is English prose.

The material itself (paragraphs and word lists per topic, the names and
towns) lives in :mod:`t2m.generate.story_data`; this module is the writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from random import Random

from t2m.generate.story_data import MATERIAL, NAMES, PRONOUNS, TOWNS, Frame, Material

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


_SMALL = {"a", "an", "the", "of", "in", "on", "and", "at", "to", "for", "with", "or"}


def title_case(text: str) -> str:
    """Headline capitals, small words lower-case except the first."""
    words = text.split()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def article(noun: str) -> str:
    """``a`` or ``an`` before ``noun`` (by its first letter; good enough for the material)."""
    return "an" if noun[:1].lower() in "aeiou" else "a"


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


def _slots(material: Material, rng: Random, prompt: str | None) -> dict[str, str]:
    (name, sex), (friend, _) = rng.sample(NAMES, 2)
    place, spot = rng.choice(material.places)
    thing = rng.choice(material.things)
    town = rng.choice(TOWNS)
    place = place.replace("{town}", town)
    slots = {"name": name, "friend": friend, "town": town}
    slots |= {"place": place, "spot": spot, "thing": thing, "a_thing": f"{article(thing)} {thing}"}
    slots |= PRONOUNS[sex]
    if prompt:
        subject = topic_of(prompt)
        short = " ".join(subject.split()[:8])
        slots |= {"prompt": subject, "Prompt": short}
    capitals = {k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in slots.items()}
    # Title forms: every word capitalised.
    capitals |= {"Spot": title_case(spot), "Thing": title_case(thing)}
    return capitals | slots


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _fit(paragraphs: list[str], high: int) -> list[str]:
    """``paragraphs`` shortened to at most ``high`` words (when possible) by
    dropping inner sentences of the longest ones: each keeps its last sentence,
    the opening its first too."""
    parts = [_SENTENCE.split(p) for p in paragraphs]
    while sum(_words(s) for p in parts for s in p) > high:
        cuttable = [p for i, p in enumerate(parts) if len(p) > (2 if i == 0 else 1)]
        if not cuttable:
            break
        del max(cuttable, key=lambda p: sum(map(_words, p)))[-2]
    return [" ".join(p) for p in parts]


def compose(topic: str, rng: Random, words: tuple[int, int], prompt: str | None) -> Story:
    """A story for ``topic`` of ``words[0]``-``words[1]`` words, from ``rng`` alone."""
    material = MATERIAL[topic]
    frame = rng.choice(material.frames)
    slots = _slots(material, rng, prompt)
    low, high = words
    # Aim into the lower part of the range: long stories are bounded by the material.
    target = low + round((high - low) * rng.uniform(0.2, 0.6))
    head = [rng.choice(frame.openings)]
    tail = ([rng.choice(frame.climaxes)] if frame.climaxes else []) + [rng.choice(frame.endings)]
    head, tail = [p.format_map(slots) for p in head], [p.format_map(slots) for p in tail]
    if sum(map(_words, head + tail)) > high and len(tail) > 1:
        tail = tail[-1:]  # a short video has no room for the climax
    head, tail = _fit(head + tail, high)[: len(head)], _fit(head + tail, high)[len(head) :]
    total = sum(map(_words, head + tail))
    order = list(range(len(frame.beats)))
    rng.shuffle(order)
    chosen: list[int] = []
    for index in order:
        beat = frame.beats[index].format_map(slots)
        if total >= target:
            break
        if total + _words(beat) <= high:
            chosen.append(index)
            total += _words(beat)
    if material.kind == "story":
        chosen.sort()
    middle = [frame.beats[i].format_map(slots) for i in chosen]
    # Short atmosphere lines top up a story the beats left short.
    texture = list(frame.texture)
    rng.shuffle(texture)
    for line in texture:
        if total >= target or not middle:
            break
        if total + _words(line) <= high:
            where = rng.randrange(len(middle))
            middle[where] = f"{middle[where]} {line.format_map(slots)}"
            total += _words(line)
    slots["n"] = str(len(middle))
    return Story(
        title=title_case(rng.choice(material.titles).format_map(slots)),
        description=_capital(rng.choice(material.descriptions).format_map(slots)),
        text="\n\n".join(_capital(p) for p in head + middle + tail),
    )


TOPICS = tuple(MATERIAL)
LLM_SUBJECTS = {topic: material.subject for topic, material in MATERIAL.items()}
