"""The shape of the offline writer's material: one :class:`Language` per
language the writer speaks, holding its :class:`Cast`, one :class:`Material`
per topic (each with one or more :class:`Frame` objects, story shapes, to
choose from) and the words the painter reads scenes with.

Slots. Paragraphs, titles and descriptions are ``str.format`` templates. The
slots every language has: ``{name}`` (the main character), ``{friend}`` (a
second character), ``{town}``, ``{n}`` (a list's item count, titles only),
``{prompt}``/``{Prompt}`` (the ``custom`` topic's subject as the user wrote it,
whole / its first eight words). Then the keys of the chosen place and thing
(each language's places and things are dicts whose keys are that language's
own slots, e.g. ``{"place": "une clairière au bord du bois", "spot": "la
clairière"}``) and the words that agree with the main character's sex
(:attr:`Cast.agreement`), and the same words for the friend, prefixed
``friend_``. Every slot also has a capitalised form: ``{Name}``, ``{Spot}``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """One shape of story: its paragraphs to choose from (beats in story order)."""

    openings: tuple[str, ...]
    beats: tuple[str, ...]
    climaxes: tuple[str, ...]
    endings: tuple[str, ...]
    texture: tuple[str, ...] = ()


@dataclass(frozen=True)
class Material:
    """A topic: ``kind`` is ``story`` (beats kept in order) or ``list`` (items
    shuffled, ``{n}`` in the title is their count)."""

    kind: str
    subject: str  # what an LLM is asked to write
    titles: tuple[str, ...]
    descriptions: tuple[str, ...]
    frames: tuple[Frame, ...]
    # English: (place, spot) pairs and plain nouns; every other language: dicts of
    # its own slots (see the module's docstring), the same keys in every entry.
    places: tuple[tuple[str, str] | dict[str, str], ...] = (("a quiet town", "the town"),)
    things: tuple[str | dict[str, str], ...] = ("box",)


@dataclass(frozen=True)
class Cast:
    """Who and where in one language: names with their sex (``"f"``/``"m"``),
    towns, and per sex the words that agree with a character (``{"he": "she",
    "his": "her"}`` in English; ``{"il": "elle", "e": "e"}`` lets French write
    ``{il} était fatigué{e}``)."""

    names: tuple[tuple[str, str], ...]
    towns: tuple[str, ...]
    agreement: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Language:
    """Everything the offline writer and the built-in painter know of one language.

    ``common_words`` are frequent words (articles, pronouns, particles, ...) that
    tell this language's text from the others' (checked on an LLM's answer).
    ``lexicon`` maps word stems to the painter's tags (the tags of
    :data:`t2m.generate.scene_words.LEXICON`): a word matches a stem it starts
    with (``spaced``), or, for scripts written without spaces, a stem found
    anywhere in the text. ``moods`` maps each mood of
    :data:`t2m.generate.scene_words.MOODS` to stems in the same way;
    ``whole_stems`` are matched only as whole words (plus an ending of at most
    ``whole_ending`` letters)."""

    name: str
    cast: Cast
    material: dict[str, Material]
    common_words: tuple[str, ...]
    lexicon: dict[str, tuple[str, ...]]
    moods: dict[str, tuple[str, ...]]
    whole_stems: frozenset[str] = frozenset()
    whole_ending: int = 3
    spaced: bool = True
