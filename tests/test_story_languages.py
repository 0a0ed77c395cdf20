"""The offline writer in all 20 languages of the story API: complete material, a
story in the asked language for every topic, scenes that end at sentence ends,
different stories for different seeds; and real renders of a sample of
languages (subtitles in the language, their font, the narration's pace)."""

from __future__ import annotations

import re
import shutil

import pytest

from t2m.generate import pipeline, script, subtitles
from t2m.generate.story_data import language as story_language
from t2m.generate.story_data.check import problems
from t2m.generate.text import estimate_seconds
from t2m.generate.written_in import written_in

LANGUAGES = script.LANGUAGES
TOPICS = script.TOPICS
# What a user of each language might want a custom story about.
SUBJECTS = {
    "english": "a singing lighthouse", "czech": "zpívající maják",
    "danish": "et syngende fyrtårn", "dutch": "een zingende vuurtoren",
    "french": "un phare qui chante", "german": "ein singender Leuchtturm",
    "greek": "ένας φάρος που τραγουδά", "hindi": "एक गाता हुआ प्रकाशस्तंभ",
    "indonesian": "mercusuar yang bernyanyi", "italian": "un faro che canta",
    "chinese": "会唱歌的灯塔", "japanese": "歌う灯台", "norwegian": "et syngende fyrtårn",
    "polish": "śpiewająca latarnia morska", "portuguese": "um farol que canta",
    "russian": "поющий маяк", "spanish": "un faro que canta", "swedish": "en sjungande fyr",
    "turkish": "şarkı söyleyen bir deniz feneri", "ukrainian": "маяк, що співає",
}  # fmt: skip
ENDS = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u0964;][\"'\u00bb\u201d\u2019\u300d\u300f)]*$")


def test_every_language_of_the_api_has_a_subject_here():
    assert set(SUBJECTS) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_material_is_complete(language):
    assert problems(story_language(language)) == []


def _story(topic: str, language: str, seed: int, duration="short") -> script.Script:
    prompt = SUBJECTS[language] if topic == "custom" else None
    return script.write_story(
        topic, custom_prompt=prompt, language=language, seed=seed, duration=duration
    )


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_story_in_every_language_and_topic(language, topic):
    """Written in the language (its script, its common words), scenes ending at
    sentence ends, no slot left unfilled, three seeds three stories, short and
    long within their lengths."""
    texts = set()
    for seed, duration in ((0, "short"), (1, "short"), (2, "long")):
        story = _story(topic, language, seed, duration)
        assert (story.language, story.engine) == (language, "offline")
        assert not any("English" in note for note in story.notes)
        whole = f"{story.title}\n{story.description}\n{story.text}"
        assert "{" not in whole, whole
        assert written_in(whole, language), whole[:300]
        for scene in story.scenes:
            assert ENDS.search(scene.text), (seed, scene.text)
        high = script.DURATIONS[duration][1]
        assert estimate_seconds(story.text, language) <= high * 1.05, (seed, duration)
        texts.add(story.text)
    assert len(texts) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_detector_tells_each_language_from_the_others(language):
    story = _story("bedtime", language, 7)
    others = [name for name in LANGUAGES if name != language]
    assert written_in(story.text, language)
    assert [name for name in others if written_in(story.text, name)] == []


def test_an_asked_number_of_seconds_in_another_language():
    story = _story("fun_facts", "german", 3, 45)
    assert 45 * 0.82 - 1 <= estimate_seconds(story.text, "german") <= 45


# ---- real renders of a sample of languages --------------------------------------------

needs_tools = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("ffmpeg", "ffprobe", "espeak-ng")),
    reason="ffmpeg, ffprobe and espeak-ng are needed for real renders",
)
FONTS = {
    "french": "DejaVu Sans", "japanese": "Noto Sans CJK JP", "hindi": "Noto Sans Devanagari",
    "ukrainian": "DejaVu Sans", "greek": "DejaVu Sans",
}  # fmt: skip


@needs_tools
@pytest.mark.parametrize("language", list(FONTS))
def test_a_render_in_the_language_with_its_subtitles_font_and_voice(language, tmp_path):
    req = pipeline.validate(
        {"story_topic": "bedtime", "language": language, "duration": 15, "seed": 1}
    )
    out = pipeline.render(req, tmp_path)
    assert out.script.language == language
    assert pipeline.video_duration(out.durations) == pytest.approx(15, abs=0.75)
    srt = out.subtitles["srt"].read_text(encoding="utf-8")
    said = " ".join(line for line in srt.splitlines() if line and not line[0].isdigit())
    assert written_in(said, language), said
    ass = out.subtitles["ass"].read_text(encoding="utf-8")
    assert f"Style: Default,{FONTS[language]}," in ass
    assert subtitles.font_for(language) == FONTS[language]
    # The narration keeps the language's pace: a voice reading another
    # language's letters (or spelling "Chinese letter") is far off it.
    for scene in out.script.scenes:
        wav = tmp_path / f"scene-{scene.index:03d}.wav"
        spoken = pipeline.speeches.wav_duration(wav)
        assert spoken == pytest.approx(estimate_seconds(scene.text, language), rel=0.35), scene
