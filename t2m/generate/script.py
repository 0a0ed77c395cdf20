"""The script stage: the narration a video is made from, cut into scenes.

Three sources, one result (:class:`Script`): the user's own text
(:func:`from_text`), a story an LLM provider writes for a topic, or a story
the built-in offline writer composes (:func:`write_story`). The same seed and
inputs give the same script from the offline writer; an LLM is asked for the
same seed too, but whether it honours it is up to the provider.

Length is measured in narration time: espeak-ng speaks about 170-180 words a
minute, so ``short`` (30-60 s) is 90-170 words and ``long`` (2-4 min) 360-680.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random

import urllib3
from urllib3.exceptions import HTTPError, NewConnectionError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from t2m.generate import stories
from t2m.generate.errors import GenerationCancelled, ProviderError

TOPICS = stories.TOPICS
LANGUAGES = (
    "english", "czech", "danish", "dutch", "french", "german", "greek", "hindi", "indonesian",
    "italian", "chinese", "japanese", "norwegian", "polish", "portuguese", "russian", "spanish",
    "swedish", "turkish", "ukrainian",
)  # fmt: skip
DURATIONS = {"short": (30, 60), "long": (120, 240)}
# A number of seconds may be asked for instead of a name, within these bounds.
MIN_SECONDS, MAX_SECONDS = 20, 600
MAX_SCENES = 60
# Words per scene: 8-30 is about 3-10 s of narration, one picture each.
SCENE_WORDS = (8, 30)
# No real word is longer; longer runs of letters are cut (they are not narration).
_MAX_WORD_CHARS = 40
MAX_CUSTOM_PROMPT = 500
# Words per second of finished video, for a writer that only counts words (an
# LLM): espeak-ng's six voices measured 2.7-3.1 over whole offline stories,
# sentence pauses and the transitions between scenes included.
WORDS_PER_SECOND = 2.8
# espeak-ng's seconds per scene (default voice, pauses included), fit on 290 scenes
# of offline stories (typical error 5 %; per word alone it was 12 %): per letter,
# per digit (spoken as whole number words), per sentence end and per clause mark,
# less the silence trimmed from its ends; plus a transition between scenes.
_SECONDS_PER = {"letter": 0.0694, "digit": 0.475, "sentence": 0.48, "clause": 0.31}
_SCENE_SECONDS = -0.3
_TRANSITION = 0.5  # as t2m.generate.pipeline.TRANSITION


@dataclass
class Scene:
    """One scene's narration: stripped, without control characters."""

    index: int
    text: str


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


@dataclass
class LlmConfig:
    """An OpenAI-compatible chat completions server (Ollama, llama.cpp, vLLM,
    OpenAI). ``url`` is the server root (``http://127.0.0.1:11434``) or its
    ``/v1`` base; ``timeout`` bounds the whole request in seconds."""

    url: str
    model: str
    api_key: str | None = None
    timeout: float = 30.0


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


def word_range(duration: str | float) -> tuple[int, int]:
    """The narration length in words for ``short``, ``long`` or a number of
    seconds (:data:`MIN_SECONDS`-:data:`MAX_SECONDS`)."""
    low, high = seconds_range(duration)
    return round(low * WORDS_PER_SECOND), round(high * WORDS_PER_SECOND)


def seconds_range(duration: str | float) -> tuple[float, float]:
    """The video's length in seconds for ``short``, ``long`` or a number of
    seconds (a tenth either side of it)."""
    if isinstance(duration, str) and duration in DURATIONS:
        low, high = DURATIONS[duration]
    elif isinstance(duration, int | float) and not isinstance(duration, bool):
        if not MIN_SECONDS <= duration <= MAX_SECONDS:
            raise ValueError(f"duration must be between {MIN_SECONDS} and {MAX_SECONDS} seconds.")
        # A number is a target, not a range: allow a tenth either side.
        low, high = duration * 0.9, duration * 1.1
    else:
        allowed = ", ".join(DURATIONS)
        raise ValueError(f"Unknown duration {duration!r}; allowed: {allowed} or seconds.")
    return low, high


def estimate_seconds(text: str) -> float:
    """About how long ``text`` lasts as a video of the offline engines (espeak-ng
    narration scene by scene, transitions between scenes), from its letters,
    digits and punctuation."""
    scenes = split_scenes(text, target_words=SCENE_WORDS)
    total = 0.0
    for scene in scenes:
        total += _SCENE_SECONDS + _SECONDS_PER["clause"] * len(_CLAUSE_END.findall(scene))
        total += _SECONDS_PER["sentence"] * max(len(_SPOKEN_END.findall(scene)), 1)
        for char in scene:
            if char.isdigit():
                total += _SECONDS_PER["digit"]
            elif char.isalpha():
                total += _SECONDS_PER["letter"]
    return total + _TRANSITION * max(len(scenes) - 1, 0)


# --- cleaning and splitting ---------------------------------------------------------

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
_ENDERS = ".!?\u2026\u3002\uff01\uff1f\u0964"
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


def _sentences(line: str) -> list[str]:
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
    """A sentence over ``high`` words cut at clause punctuation, then at words."""
    if not _too_long(sentence, high):
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
    grouped up to the upper bound, and a sentence longer than that is cut at clause
    punctuation, then between words. A scene shorter than the lower bound (a
    heading, a one-line paragraph) joins its neighbour when the pair fits the upper
    bound. Control characters are
    removed, everything else is narration. Only the first :data:`MAX_SCENES` scenes
    are kept (:func:`from_text` notes the cut); the work stops once they are made.
    """
    return _split(text, target_words)[0]


def _split(text: str, target_words: tuple[int, int]) -> tuple[list[str], bool]:
    """The scenes and whether text was left over past :data:`MAX_SCENES`."""
    low, high = target_words
    if not 1 <= low <= high:
        raise ValueError("target_words must be (low, high) with 1 <= low <= high.")
    scenes: list[str] = []
    for paragraph in re.split(r"\n\s*\n", clean_text(text)):
        group: list[str] = []
        for line in paragraph.split("\n"):
            for sentence in _sentences(" ".join(line.split())):
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


def _make_scenes(text: str, notes: list[str]) -> list[Scene]:
    parts, cut = _split(text, SCENE_WORDS)
    if cut:
        notes.append(f"The text was cut to its first {MAX_SCENES} scenes.")
    return [Scene(index, part) for index, part in enumerate(parts)]


def _check_seed(seed: int) -> int:
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValueError("seed must be an integer.")
    return seed


def _first_words(text: str, limit: int, cap: int) -> str:
    """The first sentence of ``text``, cut to ``limit`` words and ``cap`` characters."""
    sentences = _sentences(" ".join(text.split()))
    first = sentences[0] if sentences else ""
    words = first.split()
    short = " ".join(words[:limit])
    if len(short) > cap:
        short = short[:cap].rstrip()
    if short != first:
        short = short.rstrip(_CLAUSE_MARKS) + "\u2026"
    return short


def from_text(text: str, *, language: str, seed: int) -> Script:
    """The user's own text as the narration; the title is its first words."""
    language = check_language(language)
    _check_seed(seed)
    notes: list[str] = []
    scenes = _make_scenes(text, notes)
    if not scenes:
        raise ValueError("The text is empty.")
    narration = "\n\n".join(scene.text for scene in scenes)
    title = _first_words(scenes[0].text, 8, 80).rstrip(_ENDERS.replace("\u2026", ""))
    return Script(
        title=title,
        description=_first_words(narration, 30, 200),
        text=narration,
        scenes=scenes,
        engine="user",
        seed=seed,
        language=language,
        notes=notes,
    )


# --- the LLM client -------------------------------------------------------------------

MAX_ANSWER_BYTES = 1_000_000
MAX_STORY_CHARS = 20_000


class LlmError(ProviderError):
    """The LLM failed; ``reason`` is a few words for ``Script.engine``."""

    def __init__(self, message: str, *, reason: str, detail: str | None = None):
        super().__init__(message, stage="script", detail=detail)
        self.reason = reason


Story = stories.Story


def completions_url(url: str) -> str:
    """The chat completions endpoint of ``url``: ``{url}/v1/chat/completions``, or
    ``{url}/chat/completions`` when ``url`` already ends in ``/v1`` (OpenAI's base URL
    style), or ``url`` itself when it already names the endpoint."""
    base = url.strip().rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if base.endswith("/v1"):
        return base + "/chat/completions"
    return base + "/v1/chat/completions"


def story_messages(
    topic: str, custom_prompt: str | None, language: str, words: tuple[int, int]
) -> list[dict]:
    """The chat messages asking for a story as a JSON object."""
    if topic == "custom":
        subject = f"a story about this: {custom_prompt}"
    else:
        subject = stories.LLM_SUBJECTS[topic]
    system = (
        "You write scripts for short narrated videos. Answer with one JSON object and "
        'nothing else: {"title": "...", "description": "...", "story": "..."}. '
        "The title is at most 8 words, the description one or two sentences. The story "
        "is plain narration in paragraphs separated by blank lines: no headings, lists, "
        "stage directions, emoji or markdown."
    )
    user = (
        f"Write {subject}. Write it in {language.capitalize()}, all three fields. "
        f"The story must be between {words[0]} and {words[1]} words long, with a clear "
        "beginning, middle and end."
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def chat_story(
    llm: LlmConfig,
    *,
    topic: str,
    custom_prompt: str | None = None,
    language: str = "english",
    words: tuple[int, int] = (90, 170),
    seed: int = 0,
) -> Story:
    """Ask an OpenAI-compatible server for a story (``POST`` chat completions).

    One request, bounded as a whole by ``llm.timeout`` (the answer is read against
    a deadline, so a server that trickles bytes cannot hold the worker); one retry
    without ``response_format`` if the server refuses it with HTTP 400. Any failure
    raises :class:`LlmError` (a :class:`ProviderError` with ``stage="script"``).
    """
    url = completions_url(llm.url)
    body = {
        "model": llm.model,
        "messages": story_messages(topic, custom_prompt, language, words),
        "temperature": 0.8,
        "seed": seed,
        "stream": False,
        "response_format": {"type": "json_object"},
    }
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if llm.api_key:
        headers["Authorization"] = f"Bearer {llm.api_key}"
    deadline = time.monotonic() + llm.timeout
    status, raw = _post(url, body, headers, deadline, llm.timeout)
    if status == 400 and time.monotonic() < deadline:
        del body["response_format"]  # older servers do not know it
        status, raw = _post(url, body, headers, deadline, llm.timeout)
    if status >= 400:
        snippet = raw[:300].decode("utf-8", "replace")
        raise LlmError(
            f"The LLM server answered HTTP {status}.", reason=f"HTTP {status}", detail=snippet
        )
    return parse_answer(raw)


def _post(
    url: str, body: dict, headers: dict, deadline: float, timeout: float
) -> tuple[int, bytes]:
    pool = urllib3.PoolManager(retries=False)
    left = max(deadline - time.monotonic(), 0.05)
    try:
        response = pool.request(
            "POST",
            url,
            body=json.dumps(body).encode(),
            headers=headers,
            timeout=urllib3.Timeout(connect=min(left, 10.0), read=left),
            preload_content=False,
            redirect=False,
        )
        chunks, size = [], 0
        for chunk in response.stream(65536):
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise LlmError("The LLM's answer was too large.", reason="answer too large")
            if time.monotonic() > deadline:
                raise Urllib3Timeout()
            chunks.append(chunk)
        response.release_conn()
        return response.status, b"".join(chunks)
    except NewConnectionError as exc:  # before timeouts: urllib3 makes it a subclass of one
        raise LlmError(
            f"Could not connect to the LLM server at {url}.",
            reason="connection failed",
            detail=str(exc),
        ) from exc
    except Urllib3Timeout as exc:
        raise LlmError(
            f"The LLM server did not answer within {timeout:g} seconds.", reason="timeout"
        ) from exc
    except HTTPError as exc:
        raise LlmError(
            "The connection to the LLM server failed.", reason="connection failed", detail=str(exc)
        ) from exc
    finally:
        pool.clear()


_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)


def parse_answer(raw: bytes) -> Story:
    """The story in a chat completions response body: JSON in the message content,
    fenced JSON, or plain text whose first line is the title."""
    try:
        answer = json.loads(raw)
        choices = answer["choices"]
    except (ValueError, TypeError, KeyError) as exc:
        raise LlmError(
            "The LLM server's answer was not a chat completion.",
            reason="unreadable answer",
            detail=raw[:300].decode("utf-8", "replace"),
        ) from exc
    if not isinstance(choices, list) or not choices:
        raise LlmError("The LLM server answered with no choices.", reason="empty answer")
    try:
        content = choices[0]["message"]["content"]
    except (TypeError, KeyError) as exc:
        raise LlmError(
            "The LLM server's answer had no message.", reason="unreadable answer"
        ) from exc
    if isinstance(content, list):  # content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        raise LlmError("The LLM server's message was not text.", reason="unreadable answer")
    story = _story_from_content(clean_text(_THINK.sub("", content)).strip())
    if count_words(story.text) < 10:
        raise LlmError("The LLM wrote no story.", reason="empty answer", detail=content[:300])
    return story


def _story_from_content(content: str) -> Story:
    candidates = [content, *_FENCE.findall(content)]
    if "{" in content:
        candidates.append(content[content.find("{") : content.rfind("}") + 1])
    for candidate in candidates:
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            text = next((data[k] for k in ("story", "text", "body") if k in data), None)
            if isinstance(text, str) and text.strip():
                return _tidy(str(data.get("title") or ""), str(data.get("description") or ""), text)
    lines = content.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0] if lines else ""
    rest = "\n".join(lines[1:]).strip()
    if not rest:  # one paragraph only: it is the story
        return _tidy("", "", title)
    title = re.sub(r"^(?:\s|#+|\*\*|title\s*:)*", "", title, flags=re.I).strip(" *\"'")
    return _tidy(title, "", rest)


def _tidy(title: str, description: str, text: str) -> Story:
    text = clean_text(text).strip()[:MAX_STORY_CHARS]
    title = " ".join(title.split())[:120] or _first_words(text, 6, 80).rstrip(".!?。")
    description = " ".join(description.split())[:300] or _first_words(text, 30, 200)
    return Story(title=title, description=description, text=text)


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

    Written by ``llm`` when given, else by the offline writer, which writes
    English only (``notes`` says so when another language was asked for). When
    the LLM fails, ``fallback_offline`` chooses between the offline writer (the
    reason goes into ``engine``) and raising its :class:`ProviderError`.
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
            story = chat_story(
                llm, topic=topic, custom_prompt=prompt, language=language, words=words, seed=seed
            )
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
    rng = Random(f"{topic}|{seed}|{duration}|{prompt or ''}")  # noqa: S311
    seconds = seconds_range(duration)
    story = stories.compose(topic, rng, seconds, prompt, estimate_seconds, _TRANSITION)
    notes = []
    if (length := estimate_seconds(story.text)) < seconds[0]:
        notes.append(
            f"The offline writer's material for {topic} ran out at about {length:.0f} s of "
            "video; a longer story needs an LLM provider (T2M_LLM_URL)."
        )
    if language != "english":
        notes.append(
            f"The offline writer writes English only; {language.capitalize()} needs an LLM "
            "provider (T2M_LLM_URL)."
        )
    scenes = _make_scenes(story.text, notes)
    return Script(
        title=story.title,
        description=story.description,
        text=story.text,
        scenes=scenes,
        engine=engine,
        seed=seed,
        language="english",
        notes=notes,
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
