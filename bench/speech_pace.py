"""How long a letter lasts in espeak-ng's narration, per language (figures, not a test).

The offline writer fits a story to the asked length by an estimate
(:func:`t2m.generate.text.estimate_seconds`): per letter, digit, sentence end,
clause mark and scene. The letter's share differs by language (a Chinese
character is a syllable said in pinyin, a Japanese kanji several kana). For
each language this narrates ``--paragraphs`` paragraphs of its story material
(slots filled, a few topics) with the default voice, measures each WAV and
solves the estimate for the seconds per letter that makes it right (the median
over the paragraphs), then reports the typical error of the estimate with it.
The figures go into ``LETTER_SECONDS`` in ``t2m/generate/text.py``.

Usage: .venv/bin/python bench/speech_pace.py [--paragraphs 12] [--languages french,german]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from random import Random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import log, write_json

from t2m.generate import script, speech, text
from t2m.generate.story_data import language as story_language

TOPICS = ("bedtime", "mystery", "fun_facts", "love", "interesting_history", "philosophy")


def paragraphs(name: str, count: int) -> list[str]:
    """``count`` paragraphs of the language's material, slots filled."""
    from t2m.generate.stories import _slots  # the writer's own slot filling

    lang = story_language(name)
    rng = Random(f"pace|{name}")
    out = []
    while len(out) < count:
        topic = TOPICS[len(out) % len(TOPICS)]
        material = lang.material[topic]
        frame = rng.choice(material.frames)
        slots = _slots(lang, material, rng, "a lighthouse")
        pool = [*frame.openings, *frame.beats, *frame.endings]
        out.append(rng.choice(pool).format_map(slots))
    return out


def letters(paragraph: str) -> int:
    return sum(1 for ch in paragraph if ch.isalpha())


def measure(name: str, count: int) -> dict:
    texts = paragraphs(name, count)
    with tempfile.TemporaryDirectory(prefix="t2m-pace-") as tmp:

        def say(item):
            i, paragraph = item
            wav = Path(tmp) / f"{i}.wav"
            spoken = speech.synthesize(paragraph, language=name, voice="alloy", out_path=wav)
            return spoken.duration

        with ThreadPoolExecutor(2) as pool:
            durations = list(pool.map(say, enumerate(texts)))
    english = text.LETTER_SECONDS["english"]
    rates = []
    for paragraph, seconds in zip(texts, durations, strict=True):
        rest = text.estimate_seconds(paragraph, "english") - english * letters(paragraph)
        rates.append((seconds - rest) / max(letters(paragraph), 1))
    rate = statistics.median(rates)
    errors = []
    for paragraph, seconds in zip(texts, durations, strict=True):
        guess = text.estimate_seconds(paragraph, "english") + (rate - english) * letters(paragraph)
        errors.append(abs(guess - seconds) / seconds)
    return {
        "language": name,
        "paragraphs": count,
        "seconds_narrated": round(sum(durations), 1),
        "letter_seconds": round(rate, 4),
        "median_error": round(statistics.median(errors), 3),
        "worst_error": round(max(errors), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=12)
    parser.add_argument("--languages", default=",".join(script.LANGUAGES))
    args = parser.parse_args()
    results = []
    for name in args.languages.split(","):
        result = measure(name, args.paragraphs)
        log(json.dumps(result))
        results.append(result)
    path = write_json("speech_pace.json", {"languages": results})
    log(f"wrote {path}")
    print("LETTER_SECONDS = {")
    for r in results:
        print(f'    "{r["language"]}": {r["letter_seconds"]},')
    print("}")


if __name__ == "__main__":
    main()
