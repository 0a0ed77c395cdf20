"""The shape of the offline writer's material: one :class:`Material` per topic,
holding one or more :class:`Frame` objects (story shapes) to choose from."""

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
    places: tuple[tuple[str, str], ...] = (("a quiet town", "the town"),)
    things: tuple[str, ...] = ("box",)
