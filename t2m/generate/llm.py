"""The LLM client of the script stage: a story for a topic from an
OpenAI-compatible chat completions server (Ollama, llama.cpp, vLLM, OpenAI),
asked for as a JSON object and read leniently (fenced JSON, plain text)."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from t2m.generate import providers, stories
from t2m.generate.errors import ProviderError
from t2m.generate.text import clean_text, count_words, first_words


@dataclass
class LlmConfig:
    """An OpenAI-compatible chat completions server (Ollama, llama.cpp, vLLM,
    OpenAI). ``url`` is the server root (``http://127.0.0.1:11434``) or its
    ``/v1`` base; ``timeout`` bounds the whole request in seconds."""

    url: str
    model: str
    api_key: str | None = None
    timeout: float = 30.0


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
    try:
        answer = providers.post_json(
            url,
            body,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            max_bytes=MAX_ANSWER_BYTES,
        )
    except providers.TooLarge:
        raise LlmError("The LLM's answer was too large.", reason="answer too large") from None
    except providers.Unreachable as exc:
        raise LlmError(
            f"Could not connect to the LLM server at {url}.",
            reason="connection failed",
            detail=exc.detail,
        ) from exc
    except (providers.NoAnswer, providers.TooSlow) as exc:
        raise LlmError(
            f"The LLM server did not answer within {timeout:g} seconds.", reason="timeout"
        ) from exc
    except providers.CallFailed as exc:
        raise LlmError(
            "The connection to the LLM server failed.",
            reason="connection failed",
            detail=exc.detail,
        ) from exc
    return answer.status, answer.body


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
    title = " ".join(title.split())[:120] or first_words(text, 6, 80).rstrip(".!?。")
    description = " ".join(description.split())[:300] or first_words(text, 30, 200)
    return Story(title=title, description=description, text=text)
