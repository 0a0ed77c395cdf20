"""t2m.generate.music: the built-in bed, made by a real ffmpeg."""

from __future__ import annotations

import array
import itertools
import re
import shutil
import wave

import pytest

from t2m.generate import music
from t2m.media import ffmpeg

needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="ffmpeg not installed")


def _samples(path) -> array.array:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, music.SAMPLE_RATE)
        return array.array("h", w.readframes(w.getnframes()))


def test_a_seed_picks_one_of_the_beds_and_the_same_one_every_time():
    picks = {music.choice(seed) for seed in range(200)}
    assert len(picks) >= 12  # most keys and progressions are heard
    assert all(music.choice(7) == music.choice(7) for _ in range(3))
    key, progression = music.choice(7)
    assert music.expression(key, progression) == music.expression(key, progression)
    # Every partial is a whole number of cycles per loop, so the loop has no seam.
    for freq in map(float, re.findall(r"sin\(2\*PI\*([\d.]+)\*t\)", music.expression(0, 0))):
        assert freq * music.LOOP_SECONDS == pytest.approx(
            round(freq * music.LOOP_SECONDS), abs=1e-3
        )


def test_bed_args_are_a_generated_input_only(tmp_path):
    args = music.bed_args(tmp_path / "bed.wav", 1, 2)
    ffmpeg.check_inputs(args)
    assert args.count("-i") == 1
    assert args[args.index("-f") + 1] == "lavfi"
    assert args[args.index("-t") + 1] == str(music.LOOP_SECONDS)


@needs_ffmpeg
def test_the_bed_loops_without_a_click_and_is_made_once(tmp_path):
    first = music.make_bed(3, tmp_path)
    data = _samples(first)
    assert len(data) == music.LOOP_SECONDS * music.SAMPLE_RATE
    steps = [abs(b - a) for a, b in itertools.pairwise(data)]
    # From the last sample round to the first is a step like any other.
    assert abs(data[0] - data[-1]) <= max(steps)
    # Never silent: the chords cross-fade, no gap between them.
    second = music.SAMPLE_RATE
    for start in range(0, len(data) - second, second // 2):
        window = data[start : start + second // 2]
        assert max(abs(x) for x in window) > 300, start / music.SAMPLE_RATE
    # Made at a known loudness, so the composition levels it with one gain.
    measured = ffmpeg.run(music.measure_args(first), timeout=30).stderr_tail
    assert float(re.findall(r"I:\s+(-?[\d.]+) LUFS", measured)[-1]) == pytest.approx(
        music.LUFS, abs=0.5
    )
    made = first.stat().st_mtime_ns
    assert music.make_bed(3, tmp_path) == first  # kept: the same file, not made again
    assert first.stat().st_mtime_ns == made
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no part file left
