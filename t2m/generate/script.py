"""The script stage: the narration a video is made from, cut into scenes.

Three sources, one result (:class:`Script`): the user's own text
(:func:`from_text`), a story an LLM provider writes for a topic, or a story
the built-in offline writer composes (:func:`write_story`). The same seed and
inputs give the same script from the offline writer; an LLM is asked for the
same seed too, but whether it honours it is up to the provider.

Length is measured in seconds of video: the offline writer fits its story to
an estimate of espeak-ng's pace (:func:`.text.estimate_seconds`); an LLM is
asked for words, at :data:`WORDS_PER_SECOND`. The text helpers are in
:mod:`t2m.generate.text`, the LLM client in :mod:`t2m.generate.llm`.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random

from t2m.generate import stories, story_data
from t2m.generate.errors import GenerationCancelled
from t2m.generate.llm import LlmConfig, LlmError, chat_story, completions_url
from t2m.generate.text import (
    MAX_SCENES,
    SCENE_WORDS,
    SENTENCE_ENDERS,
    TRANSITION,
    clean_text,
    count_words,
    cut_scenes,
    estimate_seconds,
    first_words,
    split_scenes,
)
from t2m.generate.written_in import written_in

# What callers of the script stage find here.
__all__ = [
    "DURATIONS", "LANGUAGES", "MAX_SCENES", "SHOT_SECONDS", "TOPICS", "LlmConfig", "LlmError",
    "Scene", "Script", "Target", "check_duration", "check_fits", "check_language", "check_topic",
    "clean_text", "completions_url", "count_words", "estimate_seconds", "from_text",
    "seconds_range", "split_scenes", "target_for", "word_range", "write_story",
]  # fmt: skip

TOPICS = stories.TOPICS
LANGUAGES = story_data.LANGUAGES
DURATIONS = {"short": (30, 60), "long": (120, 240)}
# A number of seconds may be asked for instead of a name, within these bounds.
MIN_SECONDS, MAX_SECONDS = 5, 600
# A number of seconds is met within this share of it (this many seconds under 10 s).
TOLERANCE, TOLERANCE_SHORT = 0.05, 0.5
# The offline writer aims at this share of a number of seconds (its estimate is
# within about 5 % of the narration); the rest is filled with held pictures.
WRITER_SHARE = (0.82, 0.95)
# A shot (a picture without narration) lasts about this long.
SHOT_SECONDS = 4.0
MAX_CUSTOM_PROMPT = 500
# Words per second of finished video, for a writer that only counts words (an
# LLM): espeak-ng's six voices measured 2.7-3.1 over whole offline stories,
# sentence pauses and the transitions between scenes included.
WORDS_PER_SECOND = 2.8


@dataclass
class Scene:
    """One scene's narration: stripped, without control characters. A shot has
    no narration (``text`` empty) and shows ``picture``."""

    index: int
    text: str
    picture: str | None = None

    @property
    def is_shot(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class Target:
    """How long a video should be: ``low``-``high`` seconds, a shorter one
    filled up to ``goal`` with held pictures and shots."""

    low: float
    high: float
    goal: float


@dataclass
class Script:
    """The narration of a video. ``engine`` says who wrote it: ``user``,
    ``offline`` (possibly with why the LLM was not used) or ``llm:<model>``;
    ``notes`` tell the user about anything changed (a language the offline
    writer cannot write, a text cut to :data:`MAX_SCENES` scenes)."""

    title: str
    description: str
    text: str
    scenes: list[Scene]
    engine: str
    seed: int
    language: str
    notes: list[str] = field(default_factory=list)


# --- validation ---------------------------------------------------------------------


def check_topic(topic: str) -> str:
    """``topic`` if it is one of :data:`TOPICS`, else ``ValueError`` naming them."""
    if topic not in TOPICS:
        raise ValueError(f"Unknown story topic {topic!r}; allowed: {', '.join(TOPICS)}.")
    return topic


def check_language(language: str) -> str:
    """``language`` (case-insensitive) if it is one of :data:`LANGUAGES`."""
    name = language.strip().lower() if isinstance(language, str) else language
    if name not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; allowed: {', '.join(LANGUAGES)}.")
    return name


def check_duration(value) -> str | float | None:
    """``short``, ``long``, a number of seconds (:data:`MIN_SECONDS`-:data:`MAX_SECONDS`,
    also as digits in a string) or None (as long as the narration takes); else
    ``ValueError`` saying what is allowed."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in DURATIONS:
            return text
        with contextlib.suppress(ValueError):
            value = float(text) if text and len(text) < 12 else value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not number or not MIN_SECONDS <= value <= MAX_SECONDS:  # NaN and inf fail it too
        raise ValueError(
            f"Must be short, long or a number of seconds from {MIN_SECONDS} to {MAX_SECONDS}."
        )
    return int(value) if float(value).is_integer() else round(float(value), 3)


def target_for(duration: str | float | None) -> Target | None:
    """The video's length for a checked ``duration`` (None: no length asked)."""
    if duration is None:
        return None
    if isinstance(duration, str):
        low, high = DURATIONS[duration]
        return Target(low, high, low)
    tolerance = TOLERANCE_SHORT if duration < 10 else duration * TOLERANCE
    return Target(duration - tolerance, duration + tolerance, float(duration))


def word_range(duration: str | float) -> tuple[int, int]:
    """The narration length in words for ``short``, ``long`` or a number of
    seconds (:data:`MIN_SECONDS`-:data:`MAX_SECONDS`)."""
    low, high = seconds_range(duration)
    return round(low * WORDS_PER_SECOND), round(high * WORDS_PER_SECOND)


def seconds_range(duration: str | float) -> tuple[float, float]:
    """The length in seconds a writer aims at for ``short``, ``long`` or a number
    of seconds (:data:`WRITER_SHARE` of it: the video is then filled up to it)."""
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, int | float) and not isinstance(duration, bool):
        if not MIN_SECONDS <= duration <= MAX_SECONDS:
            raise ValueError(f"duration must be between {MIN_SECONDS} and {MAX_SECONDS} seconds.")
        return duration * WRITER_SHARE[0], duration * WRITER_SHARE[1]
    allowed = ", ".join(DURATIONS)
    raise ValueError(f"Unknown duration {duration!r}; allowed: {allowed} or seconds.")


def _make_scenes(text: str, notes: list[str]) -> list[Scene]:
    parts, cut = cut_scenes(text, SCENE_WORDS)
    if cut:
        notes.append(f"The text was cut to its first {MAX_SCENES} scenes.")
    return [Scene(index, part) for index, part in enumerate(parts)]


def _check_seed(seed: int) -> int:
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValueError("seed must be an integer.")
    return seed


def from_text(
    text: str,
    *,
    language: str,
    seed: int,
    duration: str | float | None = None,
    narration: bool = True,
) -> Script:
    """The user's own text as the narration; the title is its first words.

    With a ``duration``, shots (pictures of the text, without narration) fill the
    time the narration leaves, placed after the narrated scenes they show; a text
    that takes longer to say than ``duration`` allows is a ``ValueError`` saying
    how long it needs. Without ``narration`` every scene is a shot of the text."""
    language = check_language(language)
    _check_seed(seed)
    notes: list[str] = []
    scenes = _make_scenes(text, notes)
    if not scenes:
        raise ValueError("The text is empty.")
    narration_text = "\n\n".join(scene.text for scene in scenes)
    title = first_words(scenes[0].text, 8, 80).rstrip(SENTENCE_ENDERS.replace("\u2026", ""))
    target = target_for(duration)
    if narration:
        needs = check_fits(narration_text, duration, language)
        room = target.goal - needs if target else 0.0
        scenes = _with_shots(scenes, round(room / SHOT_SECONDS))
    else:
        goal = target.goal if target else SHOT_SECONDS * len(scenes)
        count = min(MAX_SCENES, max(1, round(goal / SHOT_SECONDS)))
        scenes = [Scene(i, "", scenes[i * len(scenes) // count].text) for i in range(count)]
    return Script(
        title=title,
        description=first_words(narration_text, 30, 200),
        text=narration_text if narration else "",
        scenes=scenes,
        engine="user",
        seed=seed,
        language=language,
        notes=notes,
    )


def check_fits(text: str, duration: str | float | None, language: str) -> float:
    """How long narrating ``text`` takes (estimated); ``ValueError`` telling the user
    what to do when that is longer than a checked ``duration`` allows."""
    needs = estimate_seconds(text, language)
    target = target_for(duration)
    if target is not None and needs > target.high:
        raise ValueError(
            f"This text takes about {math.ceil(needs)} s to narrate, longer than the "
            f"{target.goal:g} s asked for: ask for at least "
            f"{math.ceil(needs / (1 + TOLERANCE))} s, shorten the text, or turn narration off."
        )
    return needs


def _with_shots(scenes: list[Scene], count: int) -> list[Scene]:
    """``scenes`` with ``count`` shots spread among them, each showing the narrated
    scene before it (at most :data:`MAX_SCENES` scenes in all)."""
    count = max(0, min(count, MAX_SCENES - len(scenes)))
    out: list[Scene] = []
    for n, scene in enumerate(scenes):
        out.append(scene)
        # shots after scene n: an even share, the earlier scenes taking the remainder
        share = count // len(scenes) + (1 if n < count % len(scenes) else 0)
        out += [Scene(0, "", scene.text) for _ in range(share)]
    for index, scene in enumerate(out):
        scene.index = index
    return out


# --- stories ----------------------------------------------------------------------------


def write_story(
    topic: str,
    *,
    custom_prompt: str | None = None,
    duration: str | float = "short",
    language: str = "english",
    seed: int,
    llm: LlmConfig | None = None,
    fallback_offline: bool = True,
    should_cancel: Callable[[], bool] | None = None,
) -> Script:
    """A story for ``topic`` (one of :data:`TOPICS`; ``custom`` needs ``custom_prompt``).

    Written by ``llm`` when given, else by the offline writer, in ``language``.
    When the LLM fails, ``fallback_offline`` chooses between the offline writer
    (the reason goes into ``engine``) and raising its :class:`ProviderError`.
    """
    check_topic(topic)
    language = check_language(language)
    words = word_range(duration)
    _check_seed(seed)
    prompt = _custom_prompt(topic, custom_prompt)
    _check_cancel(should_cancel)
    engine = "offline"
    if llm is not None:
        try:
            story = _llm_story(llm, topic, prompt, language, words, seed, should_cancel)
        except LlmError as exc:
            if not fallback_offline:
                raise
            engine = f"offline (llm failed: {exc.reason})"
        else:
            _check_cancel(should_cancel)
            notes: list[str] = []
            scenes = _make_scenes(story.text, notes)
            text = "\n\n".join(scene.text for scene in scenes)
            return Script(
                story.title, story.description, text, scenes, f"llm:{llm.model}", seed, language,
                notes,
            )  # fmt: skip
    _check_cancel(should_cancel)
    # Not for secrets: a seeded generator is what makes the same inputs give the same story.
    key = f"{topic}|{seed}|{duration}|{prompt or ''}"
    rng = Random(key if language == "english" else f"{key}|{language}")  # noqa: S311
    seconds = seconds_range(duration)

    def estimate(text: str) -> float:
        return estimate_seconds(text, language)

    story = stories.compose(topic, rng, seconds, prompt, estimate, TRANSITION, language)
    notes = []
    if (length := estimate(story.text)) < seconds[0] - 5:
        notes.append(
            f"The offline writer's material for {topic} ran out at about {length:.0f} s of "
            "narration; pictures and music fill the rest. A longer story needs an LLM provider "
            "(T2M_LLM_URL)."
        )
    scenes = _make_scenes(story.text, notes)
    return Script(
        title=story.title,
        description=story.description,
        text=story.text,
        scenes=scenes,
        engine=engine,
        seed=seed,
        language=language,
        notes=notes,
    )


def _llm_story(llm, topic, prompt, language, words, seed, should_cancel):
    """The LLM's story, checked to be written in ``language`` (its script and
    common words); asked twice, then :class:`LlmError`."""
    for attempt in range(2):
        _check_cancel(should_cancel)
        story = chat_story(
            llm, topic=topic, custom_prompt=prompt, language=language, words=words,
            seed=seed + attempt,
        )  # fmt: skip
        if written_in(f"{story.title}\n{story.text}", language):
            return story
    name = language.capitalize()
    raise LlmError(
        f"The LLM answered twice in another language than {name}.",
        reason=f"answered in another language than {name}",
    )


def _custom_prompt(topic: str, prompt: str | None) -> str | None:
    if topic != "custom":
        return None
    prompt = " ".join(clean_text(prompt or "").split())
    if not prompt:
        raise ValueError("The custom topic needs a prompt (custom_prompt).")
    return prompt[:MAX_CUSTOM_PROMPT]


def _check_cancel(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise GenerationCancelled()
