"""Speech for one scene: espeak-ng offline, or an OpenAI-compatible TTS server.

Each sentence (and each clause of a long sentence) is synthesised on its own,
trimmed of the silence the engine adds around it (one ffmpeg run converts all
of a scene's pieces), and the pieces are joined with pauses of a known length.
So every piece's start and end in the scene audio is *measured*, never
estimated, and subtitle cues are timed from it.

The joined audio is then loudness-normalised to -16 LUFS in two passes: the
first measures it with ffmpeg's ``ebur128`` filter (in the same run that
converts the pieces, on a copy of them joined with the same pauses), the
second applies one gain and a peak limiter. (ffmpeg 5.1's ``loudnorm`` was tried first: on clips
shorter than its 3-second window it came out 20 to 40 dB too quiet, and short
scenes are common.) A gentle compressor in front of both passes lowers the
crest factor of synthetic speech so the limiter barely has to work.

Nothing here downloads anything: espeak-ng's voices ship with the package.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import unicodedata
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from t2m.generate.tts import TtsConfig, sniff_audio, tts_speech
from t2m.media import ffmpeg, process

from .errors import GenerationCancelled, GenerationError, ProviderError

STAGE = "speech"
ESPEAK = "espeak-ng"
SAMPLE_RATE = 48_000
TARGET_LUFS = -16.0
MIN_MEASURE = 2.0  # seconds of audio a loudness measurement needs
LIMIT_DB = -2.0  # sample-peak ceiling; true peak lands near -1.5 dBTP
# Pauses between pieces: a full stop breathes longer than a comma.
SENTENCE_PAUSE = 0.35
CLAUSE_PAUSE = 0.15
# One piece becomes one subtitle cue of at most two lines of ~42 columns.
MAX_PIECE_WIDTH = 84
# Engine outputs trimmed and converted by one ffmpeg run (inputs open at once).
PIECES_PER_RUN = 16

# The 20 languages of the story API -> espeak-ng voice (all in `espeak-ng --voices`).
LANGUAGES: dict[str, str] = {
    "english": "en",
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "french": "fr",
    "german": "de",
    "greek": "el",
    "hindi": "hi",
    "indonesian": "id",
    "italian": "it",
    "chinese": "cmn",
    "japanese": "ja",
    "norwegian": "nb",
    "polish": "pl",
    "portuguese": "pt",
    "russian": "ru",
    "spanish": "es",
    "swedish": "sv",
    "turkish": "tr",
    "ukrainian": "uk",
}
# ISO 639-1 codes accepted too (``zh``/``no`` differ from espeak-ng's names).
_CODES = {code: code for code in LANGUAGES.values()} | {"zh": "cmn", "no": "nb"}
_ESPEAK_CODES = frozenset(LANGUAGES.values()) | {"cmn-latn-pinyin"}

VOICES = ("alloy", "echo", "fable", "onyx", "nova", "shimmer")


@dataclass(frozen=True)
class EspeakVoice:
    """An espeak-ng variant with its pitch (0-99) and speed (words per minute)."""

    variant: str
    pitch: int
    speed: int


# The six OpenAI voice names mapped to distinct espeak-ng variants: three male,
# three female, spread over pitch so they are told apart by ear.
ESPEAK_VOICES: dict[str, EspeakVoice] = {
    "alloy": EspeakVoice("f4", 45, 160),  # neutral, mid pitch
    "echo": EspeakVoice("m3", 40, 165),  # male, warm
    "fable": EspeakVoice("m7", 60, 155),  # male, lighter, storyteller pace
    "onyx": EspeakVoice("m1", 20, 150),  # male, deep and slow
    "nova": EspeakVoice("f2", 62, 170),  # female, bright
    "shimmer": EspeakVoice("f5", 75, 160),  # female, high
}


@dataclass(frozen=True)
class SentenceTiming:
    """Where one spoken piece lies in its scene's audio, in seconds."""

    text: str
    start: float
    end: float


@dataclass
class Speech:
    """A scene's narration: a 48 kHz mono WAV at -16 LUFS and its timings.

    ``engine`` is ``"espeak-ng"`` or ``"tts"``; ``fallback_reason`` says why
    the TTS server was not used when it was configured but failed.
    """

    path: Path
    duration: float
    sentences: list[SentenceTiming]
    engine: str = "espeak-ng"
    fallback_reason: str | None = None


# ---------------------------------------------------------------- text


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Sentence ends: Latin marks before a space; CJK full stop, !, ? and the Devanagari danda.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\u2026])\s+|(?<=[\u3002\uff01\uff1f\u0964])\s*|\s*\n\s*")
# Clause marks: Latin ones before a space; CJK comma, semicolon, colon, enumeration comma.
_CLAUSE_END = re.compile(r"[,;:\u2014](?=\s|$)|[\uff0c\uff1b\uff1a\u3001]")


def clean_text(text: str) -> str:
    """Drop control characters (tabs become spaces); keep line breaks."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\t", " "))
    text = _CONTROL.sub("", text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def char_width(char: str) -> int:
    """Display columns of one character: 2 for CJK (wide), 0 for combining marks."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def text_width(text: str) -> int:
    """Display columns of a string (see :func:`char_width`)."""
    return sum(char_width(c) for c in text)


def split_sentences(text: str, max_width: int = MAX_PIECE_WIDTH) -> list[list[str]]:
    """Sentences of ``text``, each a list of pieces of at most ``max_width`` columns.

    A long sentence is cut at a clause mark (comma, semicolon ...), else at a
    space, else (Chinese, Japanese) between characters.
    """
    sentences = []
    for sentence in _SENTENCE_BREAK.split(clean_text(text)):
        sentence = sentence.strip()
        if sentence:
            sentences.append(_pieces(sentence, max_width))
    return sentences


def _pieces(sentence: str, max_width: int) -> list[str]:
    out = []
    while text_width(sentence) > max_width:
        limit, width = 0, 0
        while width + char_width(sentence[limit]) <= max_width:
            width += char_width(sentence[limit])
            limit += 1
        window = sentence[:limit]
        clauses = [m.end() for m in _CLAUSE_END.finditer(window) if m.end() >= limit // 3]
        spaces = [i for i, c in enumerate(window) if c.isspace() and i > 0]
        cut = clauses[-1] if clauses else spaces[-1] if spaces else limit
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        out.append(sentence)
    return out


def espeak_voice(language: str) -> str:
    """The espeak-ng voice for a story-API language name or ISO code."""
    key = (language or "").strip().lower()
    code = LANGUAGES.get(key) or _CODES.get(key)
    if not code:
        raise GenerationError(f"Speech is not available in {language!r}.", stage=STAGE)
    return code


# CJK punctuation as espeak-ng's Latin-script voices pause for it.
_ASCII_PUNCTUATION = str.maketrans(
    {"。": ". ", "，": ", ", "、": ", ", "！": "! ", "？": "? ", "：": ": ", "；": "; ",
     "“": " ", "”": " ", "「": " ", "」": " ", "『": " ", "』": " ", "（": " ", "）": " "}
)  # fmt: skip


def _pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
    return " ".join(syllables).translate(_ASCII_PUNCTUATION)


@cache
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def _kana(text: str) -> str:
    return "".join(part["hira"] for part in _kakasi().convert(text))


# espeak-ng reads Chinese characters and Japanese kanji poorly (tone numbers read
# out in English, "Chinese letter"): it is given pinyin with tone numbers, read by
# its pinyin voice, and kanji as kana (pypinyin, pykakasi). Subtitles keep the text.
_SPOKEN_AS = {"cmn": ("cmn-latn-pinyin", _pinyin), "ja": ("ja", _kana)}


def spoken_form(text: str, language: str) -> tuple[str, str]:
    """What espeak-ng is given for ``text`` in ``language``: ``(text, voice)``."""
    code = espeak_voice(language)
    if code in _SPOKEN_AS:
        voice, convert = _SPOKEN_AS[code]
        return convert(text), voice
    return text, code


def _voice(voice: str) -> EspeakVoice:
    try:
        return ESPEAK_VOICES[voice]
    except KeyError:
        choices = ", ".join(VOICES)
        raise GenerationError(f"Unknown voice {voice!r} (one of {choices}).", stage=STAGE) from None


# ---------------------------------------------------------------- builders


def espeak_args(
    text_file: str | os.PathLike[str],
    language: str,
    voice: str,
    out_wav: str | os.PathLike[str],
) -> list[str]:
    """espeak-ng arguments speaking the UTF-8 ``text_file`` into ``out_wav``.

    The text is read from a file (``-f``), never from the command line, so a
    leading ``-`` or any punctuation is only text; without ``-m`` markup is
    read out, not interpreted.
    """
    v = _voice(voice)
    code = language if language in _ESPEAK_CODES else espeak_voice(language)
    return [
        ESPEAK,
        "-b", "1",  # input is UTF-8
        "-v", f"{code}+{v.variant}",
        "-p", str(v.pitch),
        "-s", str(v.speed),
        "-w", os.path.abspath(out_wav),
        "-f", os.path.abspath(text_file),
    ]  # fmt: skip


# Trim the engine's own leading/trailing silence so a piece's start is its
# first sound (cues must start within 0.15 s of the speech).
_TRIM = (
    "silenceremove=start_periods=1:start_threshold=-55dB:start_silence=0.02,"
    "areverse,"
    "silenceremove=start_periods=1:start_threshold=-55dB:start_silence=0.05,"
    "areverse"
)
_PCM = f"aresample={SAMPLE_RATE},aformat=sample_fmts=s16:channel_layouts=mono"
_COMPRESS = "acompressor=threshold=-24dB:ratio=3:attack=5:release=80"
_MEASURE = "ebur128=peak=true:framelog=verbose"


def piece_args(
    sources: Sequence[tuple[str | os.PathLike[str], str]],
    dests: Sequence[str | os.PathLike[str]],
    pauses: Sequence[float] | None = None,
) -> list[str]:
    """ffmpeg: each engine output ``(path, demuxer)`` -> its trimmed 48 kHz mono
    16-bit WAV in ``dests``, all in one run (one process per scene, not per
    piece: starting ffmpeg costs more than trimming a sentence).

    With ``pauses`` (seconds of silence after each piece), the same run also
    measures the loudness of the pieces joined with those pauses, as
    :func:`measure_args` would (summary on stderr): one ffmpeg less per scene."""
    if len(sources) != len(dests) or not sources:
        raise ValueError("one destination per source, at least one")
    if pauses is not None and len(pauses) != len(sources):
        raise ValueError("one pause per source")
    inputs = [ffmpeg.input_args(src, fmt, threads=1) for src, fmt in sources]
    n = len(sources)
    if pauses is None:
        graph = [f"[{i}:a]{_TRIM},{_PCM}[p{i}]" for i in range(n)]
    else:
        graph = [f"[{i}:a]{_TRIM},{_PCM},asplit=2[p{i}][m{i}]" for i in range(n)]
        graph += [f"[m{i}]apad=pad_dur={pause:.3f}[j{i}]" for i, pause in enumerate(pauses)]
        joined = "".join(f"[j{i}]" for i in range(n))
        graph.append(f"{joined}concat=n={n}:v=0:a=1,{_COMPRESS},{_MEASURE}[loud]")
    outputs = ["-filter_complex", ";".join(graph)]
    for i, dst in enumerate(dests):
        outputs += ["-map", f"[p{i}]", "-c:a", "pcm_s16le"]
        outputs += ffmpeg.output_args(dst, "wav", threads=1)
    if pauses is not None:
        outputs += ["-map", "[loud]", "-f", "null", "-"]
    loglevel = "error" if pauses is None else "info"
    return ffmpeg.ffmpeg_args(inputs, outputs, filter_threads=1, loglevel=loglevel)


def measure_args(src: str | os.PathLike[str], frames: int | None = None) -> list[str]:
    """ffmpeg: integrated loudness of our own WAV (summary on stderr).

    EBU R 128 gates in 400 ms blocks, so a clip shorter than :data:`MIN_MEASURE`
    (``frames`` long) is measured looped: a repeated word is as loud as the word.
    """
    chain = _COMPRESS
    if frames and frames < MIN_MEASURE * SAMPLE_RATE:
        loops = math.ceil(MIN_MEASURE * SAMPLE_RATE / frames)
        chain = f"aloop=loop={loops}:size={frames},{chain}"
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, "wav")],
        ["-af", f"{chain},{_MEASURE}", "-f", "null", "-"],
        loglevel="info",
    )


def normalize_args(
    src: str | os.PathLike[str], dst: str | os.PathLike[str], gain_db: float
) -> list[str]:
    """ffmpeg: apply ``gain_db`` after the compressor, limit peaks, write the scene WAV."""
    limit = 10 ** (LIMIT_DB / 20)
    limiter = f"alimiter=limit={limit:.4f}:attack=1:release=50:level=false"
    chain = f"{_COMPRESS},volume={gain_db:.2f}dB,{limiter},{_PCM}"
    return ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(src, "wav")],
        ["-af", chain, "-c:a", "pcm_s16le", *ffmpeg.output_args(dst, "wav")],
    )


def parse_loudness(stderr: str) -> float | None:
    """Integrated loudness (LUFS) from an ``ebur128`` summary; None if silent."""
    summary = stderr[stderr.rfind("Summary:") :]
    match = re.search(r"I:\s+(-?[\d.]+|-?inf) LUFS", summary)
    if not match:
        return None
    value = float(match.group(1))
    return value if math.isfinite(value) and value > -70 else None


# ---------------------------------------------------------------- running


Cancel = Callable[[], bool] | None


def _run_ffmpeg(args: list[str], timeout: float, should_cancel: Cancel, what: str):
    try:
        return ffmpeg.run(args, timeout=timeout, should_cancel=should_cancel)
    except ffmpeg.FFmpegCancelled:
        raise GenerationCancelled() from None
    except ffmpeg.FFmpegError as exc:
        raise GenerationError(f"Could not {what}.", stage=STAGE, detail=str(exc)) from None


def run_espeak(args: list[str], *, timeout: float = 60, should_cancel: Cancel = None) -> None:
    """Run espeak-ng through the one subprocess runner (niced, own process group,
    capped, killed on timeout or cancel)."""
    try:
        process.run(args, timeout=timeout, should_cancel=should_cancel, max_output=1024**2)
    except process.ProcessCancelled:
        raise GenerationCancelled() from None
    except process.ProcessTimeout:
        raise GenerationError(f"{ESPEAK} timed out after {timeout:g} s", stage=STAGE) from None
    except process.ProcessError as exc:
        raise GenerationError(
            exc.message,
            stage=STAGE,
            detail=exc.stderr_tail[-1000:].strip() or None,
        ) from None


def silence(out_path: str | os.PathLike[str]) -> Speech:
    """A shot's narration: a moment of silence in the narrations' format (the
    scene's slot, and the music, fill the rest)."""
    out = Path(out_path)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(b"\0\0" * (SAMPLE_RATE // 25))
    return Speech(out, 0.0, [], engine="none")


def synthesize(
    text: str,
    *,
    language: str,
    voice: str,
    out_path: str | os.PathLike[str],
    tts: TtsConfig | None = None,
    fallback_offline: bool = False,
    should_cancel: Cancel = None,
    timeout: float = 60,
) -> Speech:
    """Speak ``text`` into ``out_path`` (48 kHz mono WAV at -16 LUFS).

    With ``tts`` the server speaks; if it fails, :class:`ProviderError` is
    raised, or with ``fallback_offline`` the whole scene is spoken by
    espeak-ng instead and ``Speech.fallback_reason`` says why. ``timeout``
    bounds each engine and ffmpeg run. Raises :class:`GenerationError` when
    there is nothing to speak, :class:`GenerationCancelled` on cancel.
    """
    sentences = split_sentences(text)
    if not sentences:
        raise GenerationError("There is no text to speak.", stage=STAGE)
    espeak_voice(language)  # unknown language/voice: fail before any work
    _voice(voice)
    out = Path(out_path)
    with tempfile.TemporaryDirectory(prefix="t2m-speech-") as tmp:
        work = Path(tmp)
        if tts is not None:
            try:
                return _synthesize(
                    sentences, work, out, timeout, should_cancel, tts=tts, voice=voice
                )
            except ProviderError as exc:
                if not fallback_offline:
                    raise
                reason = exc.message
        else:
            reason = None
        speech = _synthesize(
            sentences, work, out, timeout, should_cancel, language=language, voice=voice
        )
        speech.fallback_reason = reason
        return speech


def _synthesize(sentences, work, out, timeout, should_cancel, *, voice, language=None, tts=None):
    """Speak every piece, join with pauses, normalise; return the Speech."""
    spoken: list[tuple[str, bool]] = []  # each piece, and whether it starts a sentence
    sources: list[tuple[Path, str]] = []  # its engine output and that file's demuxer
    for pieces in sentences:
        for p_index, piece in enumerate(pieces):
            raw, fmt = work / f"raw{len(sources)}", "wav"
            if tts is not None:
                body = tts_speech(piece, voice=voice, config=tts, should_cancel=should_cancel)
                fmt = sniff_audio(body)
                raw.write_bytes(body)
            else:
                text = work / f"text{len(sources)}.txt"
                said, code = spoken_form(piece, language)
                text.write_text(said + "\n", encoding="utf-8")
                args = espeak_args(text, code, voice, raw)
                run_espeak(args, timeout=timeout, should_cancel=should_cancel)
            spoken.append((piece, p_index == 0))
            sources.append((raw, fmt))
    pcm: list[bytes] = []
    timings: list[SentenceTiming] = []
    frames = 0
    # The silence after each piece, as joined below (the measurement's copy).
    pauses = [SENTENCE_PAUSE if first else CLAUSE_PAUSE for _, first in spoken[1:]] + [0.0]
    datas, measured = _pieces_pcm(sources, work, timeout, should_cancel, tts, pauses)
    for (piece, first), data in zip(spoken, datas, strict=True):
        if not data:
            continue  # nothing audible ("..."): no cue either
        if pcm:
            pause = round((SENTENCE_PAUSE if first else CLAUSE_PAUSE) * SAMPLE_RATE)
            pcm.append(b"\0\0" * pause)
            frames += pause
        start = frames
        pcm.append(data)
        frames += len(data) // 2
        timings.append(SentenceTiming(piece, start / SAMPLE_RATE, frames / SAMPLE_RATE))
    if not timings:
        raise GenerationError("The text produced no audible speech.", stage=STAGE)
    joined = work / "joined.wav"
    _write_wav(joined, b"".join(pcm))
    if measured is not None and frames >= MIN_MEASURE * SAMPLE_RATE:
        loudness = parse_loudness(measured)
    else:  # a short scene is measured looped; many pieces in several runs
        measure = measure_args(joined, frames)
        result = _run_ffmpeg(measure, timeout, should_cancel, "measure loudness")
        loudness = parse_loudness(result.stderr_tail)
    gain = TARGET_LUFS - loudness if loudness is not None else 0.0
    out.parent.mkdir(parents=True, exist_ok=True)
    _run_ffmpeg(normalize_args(joined, out, gain), timeout, should_cancel, "normalise loudness")
    duration = wav_duration(out)
    # The filters keep every sample; clamp against rounding all the same.
    timings = [
        SentenceTiming(t.text, min(t.start, duration), min(t.end, duration)) for t in timings
    ]
    engine = "tts" if tts is not None else "espeak-ng"
    return Speech(path=out, duration=duration, sentences=timings, engine=engine)


def _pieces_pcm(
    sources, work, timeout, should_cancel, tts, pauses
) -> tuple[list[bytes], str | None]:
    """The trimmed PCM of every engine output, converted :data:`PIECES_PER_RUN` at
    a time; and when that is one run, its loudness summary (see :func:`piece_args`)."""
    out: list[bytes] = []
    measured = None
    one_run = len(sources) <= PIECES_PER_RUN
    for first in range(0, len(sources), PIECES_PER_RUN):
        batch = sources[first : first + PIECES_PER_RUN]
        dests = [work / f"piece{first + i}.wav" for i in range(len(batch))]
        args = piece_args(batch, dests, pauses if one_run else None)
        try:
            result = _run_ffmpeg(args, timeout, should_cancel, "read espeak-ng's audio")
            measured = result.stderr_tail if one_run else None
        except GenerationError as exc:
            if tts is None:
                raise
            # The server's bytes were not decodable audio.
            raise ProviderError(
                "The speech server's answer could not be decoded as audio.",
                stage=STAGE,
                detail=exc.detail,
            ) from None
        for dst in dests:
            with wave.open(str(dst), "rb") as w:
                out.append(w.readframes(w.getnframes()))
    return out, measured


def _write_wav(path: Path, pcm: bytes) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm)


def wav_duration(path: str | os.PathLike[str]) -> float:
    """Length in seconds of a PCM WAV written by ffmpeg or this module, from its header."""
    with wave.open(os.fspath(path), "rb") as w:
        return w.getnframes() / w.getframerate()
