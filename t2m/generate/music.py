"""The built-in music bed: a soft, slowly changing pad of chords, made offline
by ffmpeg from a seed, that plays under a generated video's narration and shots.

Four chords of a common progression in a key picked by the seed, each
:data:`CHORD_SECONDS` long and cross-faded into the next (sine-squared
envelopes that always sum to one), so the sound never dips between chords.
Every partial is a whole number of cycles in :data:`LOOP_SECONDS`, so the bed
loops without a click: the composition loops it to the video's length, levels
it under the voice and ducks it while the voice speaks (see
:mod:`t2m.generate.compose`). Each chord is a sine per note with the root an
octave below too; a low-pass and a short echo soften it. Each bed is made at
:data:`LUFS`, so the composition levels it with one gain.
"""

from __future__ import annotations

import os
import random
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from t2m.media import ffmpeg

from . import speech as speeches
from .errors import GenerationCancelled, GenerationError

CHORD_SECONDS = 4
CHORDS = 4
LOOP_SECONDS = CHORD_SECONDS * CHORDS
SAMPLE_RATE = 16_000  # a pad under a voice has nothing above 2 kHz
DEMUXER = "wav"
LUFS = -20.0  # every bed's integrated loudness
FORMAT = 3  # bumped when the sound changes, so kept beds are made again
# Where :func:`t2m.generate.pipeline.render` keeps the beds it made (the job
# keeps them in the instance folder).
BEDS = Path(tempfile.gettempdir()) / "t2m-music"
# Semitones above the key's root of each chord's root, and the chord's quality.
PROGRESSIONS = (
    ((0, "maj"), (7, "maj"), (9, "min"), (5, "maj")),  # I-V-vi-IV
    ((9, "min"), (5, "maj"), (0, "maj"), (7, "maj")),  # vi-IV-I-V
    ((0, "maj"), (9, "min"), (5, "maj"), (7, "maj")),  # I-vi-IV-V
    ((0, "maj"), (5, "maj"), (9, "min"), (7, "maj")),  # I-IV-vi-V
)
KEYS = (196.00, 220.00, 233.08, 261.63, 293.66)  # G3, A3, Bb3, C4, D4
THIRDS = {"maj": 4, "min": 3}


def _whole(freq: float) -> float:
    """``freq`` rounded to a whole number of cycles per loop."""
    return round(freq * LOOP_SECONDS) / LOOP_SECONDS


def choice(seed: int) -> tuple[int, int]:
    """The key and the progression (indexes) of ``seed``'s bed."""
    # Variety, not security: a seeded, reproducible choice.
    rng = random.Random(seed * 7_919 + 17)  # noqa: S311
    return rng.randrange(len(KEYS)), rng.randrange(len(PROGRESSIONS))


def expression(key_index: int, progression_index: int) -> str:
    """The ``aevalsrc`` expression of one bed (pure)."""
    key, progression = KEYS[key_index], PROGRESSIONS[progression_index]
    chords = []
    for k, (step, quality) in enumerate(progression):
        root = key * 2 ** (step / 12)
        if root > 300:
            root /= 2  # keep the pad low, under the voice
        notes = [(root / 2, 0.5), (root, 0.8)]
        notes += [(root * 2 ** (THIRDS[quality] / 12), 0.55), (root * 2 ** (7 / 12), 0.5)]
        partials = [f"{level:.2f}*sin(2*PI*{_whole(freq):.4f}*t)" for freq, level in notes]
        # This chord sounds for two chord lengths, rising then falling, from k
        # chord lengths into the loop (wrapping round its end).
        u = f"mod(t+{LOOP_SECONDS - k * CHORD_SECONDS},{LOOP_SECONDS})"
        envelope = f"lt({u},{2 * CHORD_SECONDS})*pow(sin(PI*{u}/{2 * CHORD_SECONDS}),2)"
        chords.append(f"{envelope}*({'+'.join(partials)})")
    return f"0.12*({'+'.join(chords)})"


def bed_args(out: str | os.PathLike[str], key_index: int, progression_index: int) -> list[str]:
    """ffmpeg arguments writing one :data:`LOOP_SECONDS` loop of a bed to ``out``."""
    source = f"aevalsrc=exprs='{expression(key_index, progression_index)}':s={SAMPLE_RATE}"
    # From one second in, when the filters' own memory (the echo) is full, so
    # the loop's end runs on into its start as the sound itself does.
    chain = "lowpass=f=1800,aecho=0.8:0.5:70|140:0.2|0.1,atrim=start=1,asetpts=PTS-STARTPTS"
    return ffmpeg.ffmpeg_args(
        [ffmpeg.lavfi_input(source)],
        [
            *("-af", chain, "-t", str(LOOP_SECONDS), "-ac", "1", "-c:a", "pcm_s16le"),
            *ffmpeg.output_args(out, "wav"),
        ],
        filter_threads=1,
    )


def measure_args(src: str | os.PathLike[str]) -> list[str]:
    """ffmpeg arguments measuring our own bed's integrated loudness (summary on stderr)."""
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, "wav", formats=("wav",))],
        ["-af", "ebur128", "-f", "null", "-"],
        loglevel="info",
        filter_threads=1,
    )


def level_args(
    src: str | os.PathLike[str], out: str | os.PathLike[str], gain_db: float
) -> list[str]:
    """ffmpeg arguments applying ``gain_db`` to our own bed ``src``."""
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, "wav", formats=("wav",))],
        [
            *("-af", f"volume={gain_db:.2f}dB", "-c:a", "pcm_s16le"),
            *ffmpeg.output_args(out, "wav"),
        ],
        filter_threads=1,
    )


def make_bed(
    seed: int, folder: str | os.PathLike[str], should_cancel: Callable[[], bool] | None = None
) -> Path:
    """The WAV of ``seed``'s bed (:data:`LOOP_SECONDS` long, at :data:`LUFS`) in
    ``folder``, made there the first time it is asked for: there are only
    ``len(KEYS) * len(PROGRESSIONS)`` of them. Its loudness being known, the
    composition levels it with one gain instead of ``loudnorm``."""
    key_index, progression_index = choice(seed)
    out = Path(folder) / f"bed-{FORMAT}-{key_index}-{progression_index}.wav"
    if out.is_file():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = out.with_name(f"{out.name}.{os.getpid()}.{threading.get_ident()}.raw")
    part = raw.with_suffix(".part")
    try:
        run = {"timeout": 60, "should_cancel": should_cancel}
        ffmpeg.run(bed_args(raw, key_index, progression_index), **run)
        measured = speeches.parse_loudness(ffmpeg.run(measure_args(raw), **run).stderr_tail)
        ffmpeg.run(
            level_args(raw, part, LUFS - (measured if measured is not None else LUFS)), **run
        )
        os.replace(part, out)
    except ffmpeg.FFmpegCancelled:
        raise GenerationCancelled() from None
    except ffmpeg.FFmpegError as exc:
        raise GenerationError(
            "Could not make the music bed.", stage="compose", detail=str(exc)
        ) from None
    finally:
        raw.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    return out
