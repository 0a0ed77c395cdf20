"""t2m.generate.speech: espeak-ng and TTS-server narration, timings, loudness."""

# Sample sentences in 20 languages are full of letters that look Latin.
# ruff: noqa: RUF001

from __future__ import annotations

import array
import hashlib
import itertools
import json
import math
import re
import subprocess
import threading
import time
import wave
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from t2m.generate import speech, tts
from t2m.generate.errors import GenerationCancelled, GenerationError, ProviderError
from t2m.media import ffmpeg

SAMPLES = {
    "english": "The lighthouse keeper counted the ships.",
    "czech": "Správce majáku počítal lodě.",
    "danish": "Fyrvogteren talte skibene.",
    "dutch": "De vuurtorenwachter telde de schepen.",
    "french": "Le gardien du phare comptait les navires.",
    "german": "Der Leuchtturmwärter zählte die Schiffe.",
    "greek": "Ο φαροφύλακας μετρούσε τα πλοία.",
    "hindi": "प्रकाशस्तंभ का रखवाला जहाज़ गिन रहा था।",
    "indonesian": "Penjaga mercusuar menghitung kapal-kapal.",
    "italian": "Il guardiano del faro contava le navi.",
    "chinese": "灯塔看守人在数船。",
    "japanese": "とうだいもりは ふねを かぞえました。",
    "norwegian": "Fyrvokteren telte skipene.",
    "polish": "Latarnik liczył statki.",
    "portuguese": "O faroleiro contava os navios.",
    "russian": "Смотритель маяка считал корабли.",
    "spanish": "El farero contaba los barcos.",
    "swedish": "Fyrvaktaren räknade skeppen.",
    "turkish": "Deniz feneri bekçisi gemileri saydı.",
    "ukrainian": "Доглядач маяка рахував кораблі.",
}
STORY = (
    "The quick brown fox jumps over the lazy dog. "
    "It was a bright cold day in April, and the clocks were striking thirteen. "
    "Nothing may download at run time!"
)


def samples(path: Path) -> tuple[array.array, int]:
    """16-bit mono samples and the rate of a WAV written by ffmpeg."""
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2
        assert w.getnchannels() == 1
        data = array.array("h", w.readframes(w.getnframes()))
        return data, w.getframerate()


def rms(data: array.array, rate: int, start: float, end: float) -> float:
    part = data[int(start * rate) : int(end * rate)]
    return math.sqrt(sum(x * x for x in part) / len(part)) if part else 0.0


def loudness(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) by ffmpeg's ebur128.

    A clip under 2 s is measured looped (R 128 gates in 400 ms blocks).
    """
    frames = round(speech.wav_duration(path) * 48_000)
    loop = f"aloop=loop={math.ceil(96_000 / frames)}:size={frames}," if frames < 96_000 else ""
    args = ffmpeg.ffmpeg_args(
        [ffmpeg.input_args(path, "wav")],
        ["-af", f"{loop}ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
        loglevel="info",
    )
    tail = ffmpeg.run(args, timeout=60).stderr_tail
    summary = tail[tail.rfind("Summary:") :]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))
    return lufs, peak


# ---------------------------------------------------------------- pure parts


def test_espeak_args_reads_text_from_a_file(tmp_path):
    args = speech.espeak_args(tmp_path / "t.txt", "english", "onyx", tmp_path / "o.wav")
    assert args[0] == "espeak-ng"
    assert args[args.index("-f") + 1] == str(tmp_path / "t.txt")
    assert args[args.index("-w") + 1] == str(tmp_path / "o.wav")
    assert args[args.index("-v") + 1] == "en+m1"
    assert args[args.index("-b") + 1] == "1"
    assert "-m" not in args  # markup is read out, never interpreted
    relative = speech.espeak_args("-x.txt", "zh", "nova", "-o.wav")
    assert all(a.startswith("/") for a in (relative[-1], relative[relative.index("-w") + 1]))
    assert relative[relative.index("-v") + 1] == "cmn+f2"


@pytest.mark.parametrize(
    ("language", "code"),
    [("english", "en"), ("Chinese", "cmn"), ("zh", "cmn"), ("no", "nb"), ("uk", "uk")],
)
def test_languages_by_name_or_code(language, code):
    assert speech.espeak_voice(language) == code


def test_twenty_languages_all_known_to_espeak():
    assert len(speech.LANGUAGES) == 20
    out = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True, check=True)
    available = [line.split()[1] for line in out.stdout.splitlines()[1:]]
    for code in speech.LANGUAGES.values():  # "en" is served by "en-gb", "fr" by "fr-fr"
        assert any(lang == code or lang.startswith(code + "-") for lang in available), code


def test_unknown_language_or_voice_is_refused(tmp_path):
    with pytest.raises(GenerationError, match="klingon") as info:
        speech.espeak_voice("klingon")
    assert info.value.stage == "speech"
    with pytest.raises(GenerationError, match="one of alloy"):
        speech.espeak_args(tmp_path / "t", "english", "bob", tmp_path / "o")


def test_six_voices_map_to_distinct_variants():
    assert speech.VOICES == ("alloy", "echo", "fable", "onyx", "nova", "shimmer")
    assert set(speech.ESPEAK_VOICES) == set(speech.VOICES)
    variants = [v.variant for v in speech.ESPEAK_VOICES.values()]
    assert len(set(variants)) == 6
    assert len({v.pitch for v in speech.ESPEAK_VOICES.values()}) == 6


def test_clean_text_drops_control_characters():
    assert speech.clean_text("a\x00b\x1b[31m\tc\r\nd\x7f\u0085") == "ab[31m c\nd"


def test_split_sentences_into_pieces_of_two_lines_at_most():
    text = (
        "Short one. Then a very long sentence, which goes on and on, with many clauses, "
        "and never really seems to stop at all, until it finally does.\nA new line"
    )
    sentences = speech.split_sentences(text)
    assert sentences[0] == ["Short one."]
    assert len(sentences[1]) == 2
    assert sentences[1][0].endswith("clauses,")
    assert sentences[2] == ["A new line"]
    assert all(speech.text_width(p) <= 84 for s in sentences for p in s)
    cjk = speech.split_sentences("你好，世界。" + "很长的句子" * 12 + "。")
    assert cjk[0] == ["你好，世界。"]
    assert all(speech.text_width(p) <= 84 for p in cjk[1])
    assert "".join(cjk[1]) == "很长的句子" * 12 + "。"
    assert speech.split_sentences(" \n\x00 ") == []


def test_ffmpeg_argument_builders_whitelist_inputs(tmp_path):
    for args in (
        speech.piece_args([(tmp_path / "a", "mp3"), (tmp_path / "c", "wav")], ["b", "d"]),
        speech.measure_args(tmp_path / "a.wav"),
        speech.normalize_args(tmp_path / "a.wav", tmp_path / "b.wav", 3.5),
    ):
        ffmpeg.check_inputs(args)
        assert "-af" in args or "-filter_complex" in args
    assert "volume=3.50dB" in " ".join(speech.normalize_args("a", "b", 3.5))
    assert "aloop" not in " ".join(speech.measure_args("a", 48_000 * 3))
    assert "aloop=loop=5:size=20000," in " ".join(speech.measure_args("a", 20_000))
    with pytest.raises(ValueError, match="not allowed"):
        speech.piece_args([("a", "wav"), ("b", "hls")], ["c", "d"])
    with pytest.raises(ValueError, match="one destination per source"):
        speech.piece_args([("a", "wav")], ["c", "d"])


def test_parse_loudness():
    tail = "[Parsed_ebur128_0] Summary:\n\n  Integrated loudness:\n    I:         -23.4 LUFS\n"
    assert speech.parse_loudness(tail) == -23.4
    assert speech.parse_loudness("Summary:\n    I:         -inf LUFS") is None
    assert speech.parse_loudness("Summary:\n    I:         -70.0 LUFS") is None
    assert speech.parse_loudness("nothing") is None


def test_sniff_audio_and_url():
    assert speech.sniff_audio(b"RIFF\0\0\0\0WAVEfmt ") == "wav"
    assert speech.sniff_audio(b"ID3\x04") == "mp3"
    assert speech.sniff_audio(b"\xff\xfb\x90") == "mp3"
    assert speech.sniff_audio(b"OggS\0") == "ogg"
    with pytest.raises(ProviderError, match="did not answer with audio"):
        speech.sniff_audio(b'{"error": "oops"}')
    assert tts.speech_url("http://h:1/") == "http://h:1/v1/audio/speech"
    assert tts.speech_url("http://h:1/v1") == "http://h:1/v1/audio/speech"


def test_tts_config_from_config():
    assert speech.TtsConfig.from_config({}) is None
    cfg = speech.TtsConfig.from_config({"TTS_URL": "http://x", "TTS_TIMEOUT": "5"})
    assert cfg == speech.TtsConfig(url="http://x", timeout=5.0)


# ---------------------------------------------------------------- espeak-ng


def test_every_language_speaks(tmp_path):
    """One short sentence per language, through espeak-ng and the piece conversion."""
    for n, (language, sentence) in enumerate(SAMPLES.items()):
        text = tmp_path / f"{n}.txt"
        text.write_text(sentence, encoding="utf-8")
        raw, piece = tmp_path / f"{n}.raw", tmp_path / f"{n}.wav"
        voice = speech.VOICES[n % 6]
        speech.run_espeak(speech.espeak_args(text, language, voice, raw), timeout=30)
        ffmpeg.run(speech.piece_args([(raw, "wav")], [piece]), timeout=30)
        assert speech.wav_duration(piece) > 0.5, language


def test_six_voices_sound_different(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Hello there, how are you today?", encoding="utf-8")
    digests, lengths = set(), set()
    for voice in speech.VOICES:
        out = tmp_path / f"{voice}.wav"
        speech.run_espeak(speech.espeak_args(text, "english", voice, out), timeout=30)
        digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
        lengths.add(out.stat().st_size)
    assert len(digests) == 6
    assert len(lengths) >= 4  # speeds differ too, so most lengths do


def test_synthesize_times_every_sentence_from_the_audio(tmp_path):
    out = tmp_path / "scene" / "speech.wav"
    result = speech.synthesize(STORY, language="english", voice="echo", out_path=out)
    assert result.path == out
    assert result.engine == "espeak-ng"
    assert result.fallback_reason is None
    data, rate = samples(out)
    assert rate == 48_000
    assert result.duration == pytest.approx(len(data) / rate)
    texts = [t.text for t in result.sentences]
    assert texts == [
        "The quick brown fox jumps over the lazy dog.",
        "It was a bright cold day in April, and the clocks were striking thirteen.",
        "Nothing may download at run time!",
    ]
    timings = result.sentences
    assert timings[0].start == 0.0
    assert timings[-1].end == pytest.approx(result.duration, abs=0.002)
    spoken = sum(t.end - t.start for t in timings)
    pauses = sum(b.start - a.end for a, b in itertools.pairwise(timings))
    assert spoken + pauses == pytest.approx(result.duration, abs=0.002)
    for a, b in itertools.pairwise(timings):
        assert a.start < a.end < b.start < b.end
        assert b.start - a.end == pytest.approx(speech.SENTENCE_PAUSE, abs=0.001)
        assert rms(data, rate, a.end + 0.02, b.start - 0.02) < 30  # the pause is silent
    for t in timings:  # speech is there within 0.15 s of each cue's start
        assert rms(data, rate, t.start, t.start + 0.15) > 300, t.text
    lufs, peak = loudness(out)
    assert -18 <= lufs <= -14
    assert peak <= -1.0


def test_more_pieces_than_one_conversion_run_takes(tmp_path):
    """A scene of more pieces than ``PIECES_PER_RUN``: every one timed, in order."""
    words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
    text = " ".join(f"{w}." for w in words * 2)
    assert len(speech.split_sentences(text)) > speech.PIECES_PER_RUN
    result = speech.synthesize(text, language="english", voice="nova", out_path=tmp_path / "a.wav")
    assert [t.text for t in result.sentences] == [f"{w}." for w in words * 2]
    data, rate = samples(tmp_path / "a.wav")
    for a, b in itertools.pairwise(result.sentences):
        assert b.start - a.end == pytest.approx(speech.SENTENCE_PAUSE, abs=0.001)
    for t in result.sentences:
        assert rms(data, rate, t.start, t.start + 0.1) > 300, t.text


def test_short_scene_is_normalised_too(tmp_path):
    """Under 400 ms (one EBU R 128 block) and under loudnorm's 3 s window."""
    out = tmp_path / "yes.wav"
    result = speech.synthesize("Yes.", language="english", voice="echo", out_path=out)
    assert result.duration < 0.45
    lufs, _ = loudness(out)
    assert -18 <= lufs <= -14


def test_long_sentence_gets_clause_pieces_with_short_pauses(tmp_path):
    text = (
        "Then a very long sentence, which goes on and on, with many clauses, "
        "and never really seems to stop at all, until it finally does."
    )
    result = speech.synthesize(text, language="english", voice="alloy", out_path=tmp_path / "a.wav")
    a, b = result.sentences
    assert b.start - a.end == pytest.approx(speech.CLAUSE_PAUSE, abs=0.001)


@pytest.mark.parametrize(
    "text",
    [
        "-v xx --help: it's 100% [fine]; really, \\ no\\N problem.",
        "'; rm -rf / ; echo ' \\\" $(reboot) `id` %s %n {x} <b>bold</b> &amp;",
        "\x00\x01\x1b[31mred\x1b[0m\x7f and\u202e reversed.",
        '<speak><prosody rate="x-slow">markup</prosody></speak>',
        "--> arrows --> everywhere",
    ],
)
def test_hostile_text_is_only_spoken(tmp_path, text):
    result = speech.synthesize(text, language="english", voice="fable", out_path=tmp_path / "h.wav")
    assert result.duration > 0.3
    assert result.sentences


def test_nothing_to_speak(tmp_path):
    with pytest.raises(GenerationError, match="no text"):
        speech.synthesize(" \x00\n ", language="english", voice="nova", out_path=tmp_path / "x.wav")
    with pytest.raises(GenerationError, match="no audible speech"):
        speech.synthesize("--> -->", language="english", voice="nova", out_path=tmp_path / "x.wav")


def test_cancel_stops_synthesis(tmp_path):
    with pytest.raises(GenerationCancelled):
        speech.synthesize(
            STORY * 5,
            language="english",
            voice="nova",
            out_path=tmp_path / "x.wav",
            should_cancel=lambda: True,
        )


def test_espeak_timeout_kills_it(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("word " * 20000, encoding="utf-8")
    args = speech.espeak_args(text, "english", "nova", tmp_path / "o.wav")
    started = time.monotonic()
    with pytest.raises(GenerationError, match="timed out"):
        speech.run_espeak(args, timeout=0.3)
    assert time.monotonic() - started < 5


# ---------------------------------------------------------------- TTS server


@pytest.fixture(scope="module")
def sine_wav(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("tts") / "sine.wav"
    args = ffmpeg.ffmpeg_args(
        [ffmpeg.lavfi_input("sine=frequency=330:sample_rate=24000:duration=0.6")],
        ["-c:a", "pcm_s16le", *ffmpeg.output_args(path, "wav")],
    )
    ffmpeg.run(args, timeout=30)
    return path.read_bytes()


class TtsServer:
    """A local /v1/audio/speech: ``mode`` is ok, slow, error, garbage or broken."""

    def __init__(self, wav: bytes) -> None:
        self.wav, self.mode, self.requests = wav, "ok", []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.requests.append((self.path, dict(self.headers), body))
                if owner.mode == "slow":
                    time.sleep(3)
                status, data, kind = {
                    "ok": (200, owner.wav, "audio/wav"),
                    "slow": (200, owner.wav, "audio/wav"),
                    "error": (
                        500,
                        b'{"error": {"message": "model overloaded"}}',
                        "application/json",
                    ),
                    "garbage": (200, b"<html>not audio</html>", "audio/wav"),
                    "broken": (200, owner.wav[:44] + b"\xff" * 10, "audio/wav"),
                }[owner.mode]
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def tts_server(sine_wav):
    server = TtsServer(sine_wav)
    yield server
    server.close()


def test_tts_server_speaks_each_piece(tmp_path, tts_server):
    config = speech.TtsConfig(url=tts_server.url, api_key="sk-test", model="tts-x", timeout=10)
    result = speech.synthesize(
        "First sentence. Second one.",
        language="english",
        voice="shimmer",
        out_path=tmp_path / "t.wav",
        tts=config,
    )
    assert result.engine == "tts"
    assert len(result.sentences) == 2
    path, headers, body = tts_server.requests[0]
    assert path == "/v1/audio/speech"
    assert headers["Authorization"] == "Bearer sk-test"
    assert body == {
        "model": "tts-x",
        "input": "First sentence.",
        "voice": "shimmer",
        "response_format": "wav",
    }
    assert tts_server.requests[1][2]["input"] == "Second one."
    first, second = result.sentences
    assert first.end - first.start == pytest.approx(0.6, abs=0.06)  # the sine's own length
    assert second.start - first.end == pytest.approx(speech.SENTENCE_PAUSE, abs=0.001)
    assert -18 <= loudness(tmp_path / "t.wav")[0] <= -14


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("slow", "no answer within 1 s"),
        ("error", "HTTP 500"),
        ("garbage", "did not answer with audio"),
        ("broken", "could not be decoded"),
    ],
)
def test_tts_failures_raise_provider_error(tmp_path, tts_server, mode, message):
    tts_server.mode = mode
    config = speech.TtsConfig(url=tts_server.url, timeout=1)
    started = time.monotonic()
    with pytest.raises(ProviderError, match=message) as info:
        speech.synthesize(
            "Hello.", language="english", voice="echo", out_path=tmp_path / "t.wav", tts=config
        )
    assert info.value.stage == "speech"
    assert time.monotonic() - started < 2.5
    if mode == "error":
        assert "model overloaded" in info.value.detail


def test_tts_unreachable_raises_provider_error(tmp_path):
    config = speech.TtsConfig(url="http://127.0.0.1:9", timeout=2)
    with pytest.raises(ProviderError, match="cannot reach"):
        speech.synthesize(
            "Hello.", language="english", voice="echo", out_path=tmp_path / "t.wav", tts=config
        )


def test_tts_failure_falls_back_to_espeak_when_asked(tmp_path, tts_server):
    tts_server.mode = "error"
    result = speech.synthesize(
        "Hello there. Goodbye.",
        language="english",
        voice="echo",
        out_path=tmp_path / "t.wav",
        tts=speech.TtsConfig(url=tts_server.url, timeout=2),
        fallback_offline=True,
    )
    assert result.engine == "espeak-ng"
    assert "HTTP 500" in result.fallback_reason
    assert [t.text for t in result.sentences] == ["Hello there.", "Goodbye."]


def test_pieces_converted_in_one_run_match_one_at_a_time(tmp_path):
    """Batched conversion keeps each piece apart: same samples as alone, and a
    piece with nothing audible comes out empty without failing the others."""
    texts = ["First sentence here.", "...", "And a second, longer one follows it."]
    raws = []
    for n, sentence in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(sentence, encoding="utf-8")
        raw = tmp_path / f"{n}.raw"
        speech.run_espeak(speech.espeak_args(tmp_path / f"{n}.txt", "english", "onyx", raw))
        raws.append((raw, "wav"))
    together = [tmp_path / f"together{n}.wav" for n in range(len(texts))]
    ffmpeg.run(speech.piece_args(raws, together), timeout=30)
    for n, src in enumerate(raws):
        alone = tmp_path / f"alone{n}.wav"
        ffmpeg.run(speech.piece_args([src], [alone]), timeout=30)
        assert together[n].read_bytes() == alone.read_bytes()
    assert speech.wav_duration(together[0]) > 0.5
    assert speech.wav_duration(together[1]) == 0
    assert speech.wav_duration(together[2]) > speech.wav_duration(together[0])


def test_the_conversion_run_measures_what_the_measure_run_would(tmp_path):
    """The pieces' loudness, measured in the run that converts them, is the
    loudness of the joined scene audio the separate measurement reads (within
    0.2 LU): the scene is normalised by the same gain, one ffmpeg sooner."""
    texts = ["The harbour was quiet at night.", "Then, far out,", "a bell began to ring."]
    raws = []
    for n, sentence in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(sentence, encoding="utf-8")
        raw = tmp_path / f"{n}.raw"
        speech.run_espeak(speech.espeak_args(tmp_path / f"{n}.txt", "english", "nova", raw))
        raws.append((raw, "wav"))
    pauses = [speech.CLAUSE_PAUSE, speech.SENTENCE_PAUSE, 0.0]
    pieces = [tmp_path / f"piece{n}.wav" for n in range(len(texts))]
    args = speech.piece_args(raws, pieces, pauses)
    assert args[args.index("-map", args.index("[p2]")) + 1 :][:4] == ["[loud]", "-f", "null", "-"]
    together = speech.parse_loudness(ffmpeg.run(args, timeout=30).stderr_tail)
    # The same pieces joined with the same pauses, measured on their own.
    pcm = b""
    for piece, pause in zip(pieces, pauses, strict=True):
        with wave.open(str(piece), "rb") as w:
            pcm += w.readframes(w.getnframes()) + b"\0\0" * round(pause * speech.SAMPLE_RATE)
    joined = tmp_path / "joined.wav"
    with wave.open(str(joined), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(speech.SAMPLE_RATE)
        w.writeframes(pcm)
    alone = ffmpeg.run(speech.measure_args(joined), timeout=30).stderr_tail
    assert together is not None
    assert together == pytest.approx(speech.parse_loudness(alone), abs=0.2)
    # Without pauses the run only converts.
    assert "ebur128" not in " ".join(speech.piece_args(raws, pieces))
