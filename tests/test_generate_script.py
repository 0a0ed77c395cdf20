"""The script stage: splitting text into scenes, the offline writer, and the LLM
client against a small local chat-completions server."""

# The splitter is tested on real CJK, Devanagari and Greek text.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from t2m.generate import script, stories
from t2m.generate.errors import GenerationCancelled, ProviderError
from t2m.generate.script import (
    DURATIONS,
    LANGUAGES,
    MAX_SCENES,
    TOPICS,
    LlmConfig,
    completions_url,
    count_words,
    estimate_seconds,
    from_text,
    seconds_range,
    split_scenes,
    target_for,
    word_range,
    write_story,
)
from t2m.generate.written_in import written_in

# --- splitting ------------------------------------------------------------------------

# The story is fitted paragraph by paragraph; a short paragraph that shares a
# scene with its neighbour saves a transition, so the whole may differ by one.
SLACK = 0.5


def test_paragraphs_always_end_a_scene():
    text = "The first paragraph is short.\n\nThe second one too.\r\n\r\nAnd a third."
    assert split_scenes(text, target_words=(1, 40)) == [
        "The first paragraph is short.",
        "The second one too.",
        "And a third.",
    ]


def test_sentences_are_grouped_up_to_the_upper_bound():
    sentence = "This sentence has exactly eight words in it."
    scenes = split_scenes(" ".join([sentence] * 6), target_words=(5, 16))
    assert scenes == [f"{sentence} {sentence}"] * 3


def test_sentence_ends_in_other_scripts():
    assert split_scenes("你好。我很好！你呢？", target_words=(1, 2)) == [
        "你好。",
        "我很好！",
        "你呢？",
    ]
    assert split_scenes("こんにちは。元気ですか？", target_words=(1, 3)) == [
        "こんにちは。",
        "元気ですか？",
    ]
    hindi = "नमस्ते दोस्तों। आज हम एक कहानी सुनेंगे। बहुत अच्छी कहानी है।"
    assert split_scenes(hindi, target_words=(1, 5)) == [
        "नमस्ते दोस्तों।",
        "आज हम एक कहानी सुनेंगे।",
        "बहुत अच्छी कहानी है।",
    ]
    greek = "Πού είναι ο σταθμός; Είναι εκεί κάτω."
    assert split_scenes(greek, target_words=(1, 4)) == ["Πού είναι ο σταθμός;", "Είναι εκεί κάτω."]
    assert split_scenes("¿Dónde estás? Aquí, en casa.", target_words=(1, 3)) == [
        "¿Dónde estás?",
        "Aquí, en casa.",
    ]


def test_abbreviations_and_quotes_do_not_end_sentences_early():
    scenes = split_scenes('Mr. Smith said "hello." Then Dr. Jones left.', target_words=(1, 5))
    assert scenes == ['Mr. Smith said "hello."', "Then Dr. Jones left."]


def test_scenes_end_at_sentence_ends_even_past_their_size():
    clause = "one two three four five six seven eight"
    long_one = ", ".join([clause] * 5) + "."  # 40 words: a scene of its own, whole
    scenes = split_scenes(f"Short start here. {long_one} The end comes now.", target_words=(5, 20))
    assert scenes == ["Short start here.", long_one, "The end comes now."]
    assert all(s.endswith(".") for s in scenes)


def test_run_on_sentences_are_cut_at_clauses_then_words():
    clause = "one two three four five six seven eight"
    scenes = split_scenes(", ".join([clause] * 10) + ".", target_words=(5, 20))  # 80 words
    assert all(count_words(s) <= 20 for s in scenes)
    assert scenes[0] == f"{clause}, {clause},"
    words = " ".join(f"w{i}" for i in range(100))
    scenes = split_scenes(words, target_words=(5, 20))
    assert all(count_words(s) <= 20 for s in scenes)
    assert " ".join(scenes) == words
    cjk = split_scenes("字" * 200, target_words=(5, 20))
    assert "".join(cjk) == "字" * 200
    assert all(count_words(s) <= 20 for s in cjk)


def test_tiny_fragments_are_merged():
    text = "Hi.\n\nThis is the actual content of the story, long enough.\n\nEnd."
    scenes = split_scenes(text, target_words=(4, 40))
    assert scenes == ["Hi. This is the actual content of the story, long enough. End."]
    assert split_scenes("Yes. No. Maybe.", target_words=(12, 40)) == ["Yes. No. Maybe."]


def test_never_empty_scenes():
    assert split_scenes("") == []
    assert split_scenes(" \n\n\t\n \x00\x07 ") == []
    scenes = split_scenes("...\n\n!!!\n\nText. . .  \n\n\n")
    assert scenes
    assert all(s.strip() == s and s for s in scenes)


def test_control_characters_removed_punctuation_and_markup_kept():
    text = "Say\x00 it\x1b[31m: 50% off [now]; <b>bold</b>, C:\\path\\ 'quoted'\u202e done\x7f."
    (scene,) = split_scenes(text)
    assert scene == "Say it[31m: 50% off [now]; <b>bold</b>, C:\\path\\ 'quoted' done."
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in scene)


def test_huge_input_is_capped():
    text = "\n\n".join(f"Paragraph {i} has a few words in it." for i in range(20000))
    assert len(text) > 100_000
    scenes = split_scenes(text)
    assert len(scenes) == MAX_SCENES
    assert scenes[0].startswith("Paragraph 0 ")
    for blob in ("a" * 100_000, "字" * 100_000, "word " * 20_000):
        scenes = split_scenes(blob)
        assert 1 <= len(scenes) <= MAX_SCENES
        assert all(count_words(s) <= 40 and len(s) <= 40 * 41 for s in scenes)


def test_target_words_is_checked():
    with pytest.raises(ValueError, match="target_words"):
        split_scenes("text", target_words=(10, 5))


# --- the user's text ------------------------------------------------------------------


def test_from_text():
    text = (
        "A lighthouse keeper found a letter in a bottle one morning. It was addressed to him.\n\n"
    )
    result = from_text(text + "He opened it.", language="English", seed=7)
    assert result.engine == "user"
    assert result.language == "english"
    assert result.seed == 7
    assert result.title == "A lighthouse keeper found a letter in a…"
    assert result.description.startswith("A lighthouse keeper found a letter")
    assert [s.index for s in result.scenes] == list(range(len(result.scenes)))
    assert result.text == "\n\n".join(s.text for s in result.scenes)
    assert from_text(text, language="english", seed=7) == from_text(
        text, language="english", seed=7
    )


def test_from_text_short_title_and_notes_on_cut():
    assert from_text("Hello world.", language="hindi", seed=1).title == "Hello world"
    huge = from_text("Some words here. " * 20_000, language="english", seed=1)
    assert len(huge.scenes) == MAX_SCENES
    assert huge.notes == [f"The text was cut to its first {MAX_SCENES} scenes."]


def test_from_text_rejects_empty_text_and_bad_language():
    with pytest.raises(ValueError, match="empty"):
        from_text(" \x00 \n", language="english", seed=1)
    with pytest.raises(ValueError, match="english, czech"):
        from_text("Hello.", language="klingon", seed=1)


# --- the offline writer ---------------------------------------------------------------


def _story(topic: str, seed: int, duration: str | float = "short") -> script.Script:
    prompt = "a lighthouse that sings" if topic == "custom" else None
    return write_story(topic, custom_prompt=prompt, duration=duration, seed=seed)


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("duration", ["short", "long"])
def test_every_topic_writes_a_story_of_the_right_length(topic, duration):
    low, high = seconds_range(duration)
    for seed in range(12):
        story = _story(topic, seed, duration)
        assert story.title
        assert story.description
        assert story.text
        assert "{" not in story.text + story.title + story.description
        assert low - SLACK <= estimate_seconds(story.text) <= high + SLACK, seed
        assert story.engine == "offline"
        assert story.language == "english"
        assert story.scenes
        assert " ".join(s.text for s in story.scenes).split() == story.text.split()


@pytest.mark.parametrize("topic", TOPICS)
def test_same_seed_same_story_and_seeds_vary(topic):
    assert _story(topic, 42) == _story(topic, 42)
    texts = {_story(topic, seed).text for seed in range(8)}
    assert len(texts) == 8


def test_word_ranges():
    assert word_range("short") == (84, 168)
    assert word_range("long") == (336, 672)
    assert DURATIONS == {"short": (30, 60), "long": (120, 240)}
    assert word_range(90) == (207, 239)  # the writer aims under the length; pictures fill it
    assert word_range(20) == (46, 53)
    for bad in ("medium", 4, 10_000, True):
        with pytest.raises(ValueError, match="duration"):
            word_range(bad)


def test_seconds_range_and_the_estimate():
    assert seconds_range("short") == (30, 60)
    assert seconds_range(20) == pytest.approx((16.4, 19))
    assert estimate_seconds("") == 0
    plain = "The boat drifted past the old harbour wall and out to sea."
    assert 3 < estimate_seconds(plain) < 6
    # Digits are said as whole words; pauses follow sentence and clause ends.
    assert estimate_seconds("It sank in 1859.") > estimate_seconds("It sank in May.") + 1
    assert estimate_seconds("Wait, stop. Go.") > estimate_seconds("Wait stop go") + 0.5
    # Two scenes: a transition between them.
    one = estimate_seconds(plain)
    assert estimate_seconds(f"{plain}\n\n{plain}") == pytest.approx(2 * one + 0.5)


@pytest.mark.parametrize("seconds", [5, 10, 20, 30, 45, 60, 90, 120])
def test_seconds_as_duration(seconds):
    """Every topic, over several seeds, is written to fit the asked length (by the
    estimate; held pictures fill the rest, and ``test_generate_pipeline`` measures
    real videos): never longer than it allows, and from 20 s up within the
    writer's range."""
    low, high = seconds_range(seconds)
    most = target_for(seconds).high
    lengths = {
        (t, seed): round(estimate_seconds(_story(t, seed, seconds).text), 1)
        for t in TOPICS
        for seed in range(6)
    }
    assert {k: n for k, n in lengths.items() if n > most} == {}
    if seconds >= 20:
        assert {k: n for k, n in lengths.items() if not low - SLACK <= n <= high + SLACK} == {}


def test_a_story_is_cut_by_sentences_keeping_its_opening_line_and_each_point():
    """The cut drops inner sentences (never the opening's first line, never a
    paragraph's last) or whole middle paragraphs, as few as fit the range."""
    opening = "One two three four five. Six seven eight. Nine ten."
    beat = "Alpha beta gamma delta. Epsilon zeta eta."
    ending = "Omega psi chi. The last words here."
    paragraphs = [("opening", opening), ("middle", beat), ("ending", ending)]

    def fit(low, high, target):
        return stories._fit(paragraphs, (low, high), target, count_words)

    assert fit(20, 30, 22) == [opening, beat, ending]  # 24 words: no cut
    cut = fit(10, 16, 13)
    assert 10 <= count_words(" ".join(cut)) <= 16, cut
    assert cut[0].startswith("One two three four five.")
    assert cut[2].endswith("The last words here.")
    assert cut[1] in ("", "Epsilon zeta eta.", beat)
    # Nothing fits below the skeleton: the shortest cut, the opening's first line.
    assert fit(1, 2, 2) == ["One two three four five.", "", ""]
    # Nothing fits above all of it: everything.
    assert fit(100, 120, 110) == [opening, beat, ending]


def test_a_story_longer_than_the_material_says_so():
    story = _story("fun_facts", 1, 600)
    assert estimate_seconds(story.text) < 540
    assert any("ran out" in note and "T2M_LLM_URL" in note for note in story.notes)
    assert not any("ran out" in note for note in _story("fun_facts", 1, 60).notes)


def test_names_stay_consistent_in_a_story():
    story = write_story("love", seed=11, duration="long")
    # The two characters named in the opening are the ones in the ending.
    first, last = story.text.split("\n\n")[0], story.text.split("\n\n")[-1]
    names = {name for name, _ in script.stories.NAMES}
    assert {n for n in names if n in first} >= {n for n in names if n in last} - {""}


def test_custom_topic_uses_the_prompt():
    story = write_story(
        "custom", custom_prompt="Write me a story about a clockmaker's lost cat.", seed=1
    )
    assert "a clockmaker's lost cat" in story.text
    assert "Write me" not in story.text
    with pytest.raises(ValueError, match="custom_prompt"):
        write_story("custom", seed=1)
    with pytest.raises(ValueError, match="custom_prompt"):
        write_story("custom", custom_prompt=" \x00 ", seed=1)


def test_unknown_topic_language_and_seed():
    with pytest.raises(ValueError, match="scary, mystery, bedtime"):
        write_story("gossip", seed=1)
    with pytest.raises(ValueError, match="ukrainian"):
        write_story("scary", language="elvish", seed=1)
    with pytest.raises(ValueError, match="seed"):
        write_story("scary", seed="1")
    assert len(LANGUAGES) == 20
    assert len(TOPICS) == 12


def test_other_languages_are_written_in_them():
    story = write_story("bedtime", language="japanese", seed=1)
    assert story.language == "japanese"
    assert story.notes == []
    assert written_in(story.text, "japanese")
    assert write_story("bedtime", seed=1).notes == []


def test_cancel_before_writing():
    with pytest.raises(GenerationCancelled):
        write_story("scary", seed=1, should_cancel=lambda: True)


# --- the LLM client -------------------------------------------------------------------


class FakeLlm:
    """A chat-completions server on 127.0.0.1 answering with ``self.reply``."""

    def __init__(self):
        self.requests: list[dict] = []
        self.reply: tuple[int, bytes] = (200, b"{}")
        self.queue: list[tuple[int, bytes]] = []  # answers after the first, in turn
        self.delay = 0.0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                body = json.loads(self.rfile.read(length))
                fake.requests.append({"path": self.path, "headers": dict(self.headers), **body})
                time.sleep(fake.delay)
                status, payload = fake.reply
                if fake.queue and len(fake.requests) > 1:
                    status, payload = fake.queue.pop(0)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def answer(self, content, status=200, queue=False):
        """Answer every request with ``content`` (``queue``: the next one after the first)."""
        body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
        if queue:
            self.queue.append((status, json.dumps(body).encode()))
        else:
            self.reply = (status, json.dumps(body).encode())


@pytest.fixture
def llm_server():
    fake = FakeLlm()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


STORY = "The lamp flickered twice. " * 10


def _llm(server, **kw) -> LlmConfig:
    return LlmConfig(url=server.url, model="tiny-model", **{"timeout": 5.0, **kw})


GESCHICHTE = "Die Lampe flackerte zweimal, und dann war es still im ganzen Haus. " * 6


def test_llm_json_answer(llm_server):
    llm_server.answer(
        json.dumps({"title": "Die Lampe", "description": "Eine Lampe.", "story": GESCHICHTE})
    )
    story = write_story("scary", language="german", seed=9, llm=_llm(llm_server, api_key="sk-test"))
    assert (story.title, story.description, story.engine) == (
        "Die Lampe",
        "Eine Lampe.",
        "llm:tiny-model",
    )
    assert story.language == "german"
    assert story.text.split() == GESCHICHTE.split()
    (request,) = llm_server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["model"] == "tiny-model"
    assert request["seed"] == 9
    assert request["headers"]["Authorization"] == "Bearer sk-test"
    roles = [m["role"] for m in request["messages"]]
    assert roles == ["system", "user"]
    assert "German" in request["messages"][1]["content"]
    assert "scary story" in request["messages"][1]["content"]


def test_llm_fenced_json_and_thinking(llm_server):
    content = (
        "<think>Let me plan.</think>Here you go:\n```json\n"
        + json.dumps({"title": "Fenced", "story": STORY})
        + "\n```"
    )
    llm_server.answer(content)
    story = write_story("mystery", seed=1, llm=_llm(llm_server))
    assert story.title == "Fenced"
    assert story.description.startswith("The lamp flickered twice.")


def test_llm_plain_text(llm_server):
    llm_server.answer("# Title: The Quiet Harbour\n\n" + STORY)
    story = write_story("custom", custom_prompt="a harbour", seed=1, llm=_llm(llm_server))
    assert story.title == "The Quiet Harbour"
    assert story.text.split() == STORY.split()
    assert "a story about this: a harbour" in llm_server.requests[0]["messages"][1]["content"]


def test_an_llm_answering_in_another_language_is_asked_again_then_replaced(llm_server):
    """French was asked for: an English answer is not used. A second English
    answer: the offline writer writes the story in French instead."""
    llm_server.answer(json.dumps({"title": "The Lamp", "story": STORY}))
    story = write_story("scary", language="french", seed=4, llm=_llm(llm_server))
    assert len(llm_server.requests) == 2
    assert [r["seed"] for r in llm_server.requests] == [4, 5]
    assert story.engine == "offline (llm failed: answered in another language than French)"
    assert story.language == "french"
    assert written_in(story.text, "french")
    with pytest.raises(ProviderError, match="another language"):
        write_story(
            "scary", language="french", seed=4, llm=_llm(llm_server), fallback_offline=False
        )


def test_an_llm_answering_in_the_language_the_second_time_is_used(llm_server):
    french = "La lampe a clignoté deux fois, puis tout est devenu silencieux dans la maison. " * 5
    llm_server.answer(json.dumps({"title": "The Lamp", "story": STORY}))
    llm_server.answer(json.dumps({"title": "La lampe", "story": french}), queue=True)
    story = write_story("love", language="french", seed=1, llm=_llm(llm_server))
    assert len(llm_server.requests) == 2
    assert story.engine == "llm:tiny-model"
    assert story.title == "La lampe"
    assert story.text.split() == french.split()


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ((500, b"internal error"), "HTTP 500"),
        ((200, b"<html>not json</html>"), "unreadable answer"),
        ((200, b'{"choices": []}'), "empty answer"),
        ((200, b'{"choices": [{"message": {"content": ""}}]}'), "empty answer"),
        ((200, b'{"choices": [{"message": {"content": "  ok  "}}]}'), "empty answer"),
    ],
)
def test_llm_failures(llm_server, reply, reason):
    llm_server.reply = reply
    with pytest.raises(ProviderError) as caught:
        write_story("scary", seed=1, llm=_llm(llm_server), fallback_offline=False)
    assert caught.value.stage == "script"
    assert caught.value.reason == reason
    story = write_story("scary", seed=1, llm=_llm(llm_server))
    assert story.engine == f"offline (llm failed: {reason})"
    assert story.text == write_story("scary", seed=1).text


def test_llm_timeout(llm_server):
    llm_server.delay = 1.0
    llm_server.answer(json.dumps({"title": "Late", "story": STORY}))
    started = time.monotonic()
    with pytest.raises(ProviderError, match=r"within 0\.3 seconds"):
        write_story("scary", seed=1, llm=_llm(llm_server, timeout=0.3), fallback_offline=False)
    assert time.monotonic() - started < 0.9
    story = write_story("scary", seed=1, llm=_llm(llm_server, timeout=0.3))
    assert story.engine == "offline (llm failed: timeout)"


def test_llm_retries_once_without_response_format_on_400(llm_server):
    llm_server.reply = (400, b'{"error": "response_format not supported"}')
    with pytest.raises(ProviderError, match="HTTP 400"):
        write_story("scary", seed=1, llm=_llm(llm_server), fallback_offline=False)
    assert len(llm_server.requests) == 2
    assert "response_format" in llm_server.requests[0]
    assert "response_format" not in llm_server.requests[1]


def test_llm_connection_refused():
    llm = LlmConfig(url="http://127.0.0.1:9", model="m", timeout=2.0)
    with pytest.raises(ProviderError, match="Could not connect"):
        write_story("scary", seed=1, llm=llm, fallback_offline=False)
    assert write_story("scary", seed=1, llm=llm).engine == (
        "offline (llm failed: connection failed)"
    )


def test_llm_cancel_after_answer(llm_server):
    llm_server.answer(json.dumps({"title": "T", "story": STORY}))
    calls = iter([False, True])
    with pytest.raises(GenerationCancelled):
        write_story("scary", seed=1, llm=_llm(llm_server), should_cancel=lambda: next(calls))


def test_completions_url():
    assert completions_url("http://h:11434") == "http://h:11434/v1/chat/completions"
    assert completions_url("https://api.openai.com/v1/") == (
        "https://api.openai.com/v1/chat/completions"
    )
    assert completions_url("http://h/v1/chat/completions") == "http://h/v1/chat/completions"
