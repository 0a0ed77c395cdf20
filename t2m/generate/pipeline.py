"""The generation request and its stages, one function each (no Flask inside).

:class:`Request` is what a user asks for, checked by :func:`validate` (every
bad field is named with the values it allows). The stage functions take a
request plus the previous stage's output and write files; the job service
(:mod:`t2m.services.generation`) stores each output as it is made, so a
retried job resumes after the last finished stage, and one scene can be
redone alone. :func:`render` runs every stage in one go (the benchmark uses
it, and it is the reference for what the job does).

Stages: ``script`` → ``visuals`` (one still per scene) → ``speech`` (one
narration per scene) → ``subtitles`` (SRT, WebVTT, ASS from the measured
audio) → ``compose`` (ffmpeg filtergraphs, one per scene segment, then a mux).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from random import Random

from . import compose as composer
from . import music as musics
from . import script as scripts
from . import speech as speeches
from . import subtitles as subs
from . import text as texts
from . import visuals
from .errors import GenerationCancelled

STAGES = ("script", "visuals", "speech", "subtitles", "compose")
ART_STYLES = visuals.ART_STYLES
ASPECTS = tuple(visuals.ASPECTS)
QUALITIES = tuple(visuals.QUALITIES)
VOICES = speeches.VOICES
LANGUAGES = scripts.LANGUAGES
TOPICS = scripts.TOPICS
DURATIONS = tuple(scripts.DURATIONS)
MAX_PROMPT_CHARS = 20_000  # about 3,000 words: far more than MAX_SCENES scenes hold
MAX_SEED = 2**31 - 1
TRANSITION = texts.TRANSITION  # seconds of cross-fade between scenes
# Output: 24 fps carries a slow pan/zoom smoothly. x264's "ultrafast" with
# CABAC, the deblocking filter, B-frames and 8x8 transforms put back costs
# 40 % less than "superfast" per frame, for files of about the same size, on
# these slow whole-frame moves (bench/README.md: frames are what a render
# costs, and zoompan and the encoder share them).
FPS = 24
PRESET = "ultrafast"
X264_PARAMS = "cabac=1:deblock=1,0,0:bframes=3:partitions=i8x8:8x8dct=1"
# Scenes narrated at once: each narration is a few short espeak-ng and ffmpeg
# processes, mostly starting up, so more than one per core keeps the cores busy
# (a minute's 7 scenes: 1.3-1.5 s with 2 at once, 1.0-1.1 s with 4).
SPEECH_WORKERS = 4
COMPOSE_WORKERS = 2  # video segments encoded at once
STILL_SUFFIX = ".jpg"  # JPEG: 7x faster to write than PNG at 1080p, decoded once

Cancel = Callable[[], bool] | None


class InvalidRequest(ValueError):
    """Some fields are wrong; ``errors`` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class Request:
    """A generation request: a ``prompt`` (the narration itself, or the custom
    topic's idea) and/or a ``story_topic`` (then a story is written)."""

    prompt: str | None = None
    story_topic: str | None = None
    art_style: str = "photorealistic"
    # short, long, seconds, or None: a story is short, a narrated prompt as long as it takes
    duration: str | float | None = None
    quality: str = "720p"
    aspect_ratio: str = "16:9"
    language: str = "english"
    voice_name: str = "alloy"
    seed: int = 0
    narration: bool = True
    subtitles: str = "burned"
    music: bool = True  # the built-in music bed under it all (unless a file is chosen)

    @property
    def size(self) -> tuple[int, int]:
        return visuals.frame_size(self.aspect_ratio, self.quality)

    @property
    def target(self) -> scripts.Target | None:
        """How long the video should be (None: as long as the narration takes)."""
        duration = self.duration
        if duration is None and self.story_topic is not None:
            duration = "short"
        return scripts.target_for(duration)

    def to_dict(self) -> dict:
        return asdict(self)


FIELDS = tuple(Request.__dataclass_fields__)
# burned: drawn into the picture (what short-video platforms expect); track: a
# caption track the player can turn on; both.
SUBTITLES = ("burned", "track", "both")


def _choice(raw: dict, name: str, allowed: Sequence[str], errors: dict, *, lower=False):
    value = raw.get(name, getattr(Request, name))
    if isinstance(value, str) and lower:
        value = value.strip().lower()
    if not isinstance(value, str) or value not in allowed:
        errors[name] = [f"Must be one of: {', '.join(allowed)}."]
        return None
    return value


def validate(raw: dict) -> Request:
    """A :class:`Request` from a JSON object, or :class:`InvalidRequest` naming
    every bad field (unknown fields too) and the values each allows."""
    if not isinstance(raw, dict):
        raise InvalidRequest({"body": ["Must be a JSON object."]})
    errors: dict[str, list[str]] = {}
    for name in raw:
        if name not in FIELDS:
            errors[name] = [f"Unknown field; the fields are: {', '.join(FIELDS)}."]
    prompt = raw.get("prompt")
    if prompt is not None:
        if not isinstance(prompt, str):
            errors["prompt"] = ["Must be a string."]
            prompt = None
        elif len(prompt) > MAX_PROMPT_CHARS:
            errors["prompt"] = [f"Must be at most {MAX_PROMPT_CHARS} characters."]
            prompt = None
        elif not any(ch.isalnum() for ch in scripts.clean_text(prompt)):
            errors["prompt"] = [
                "Must contain some words (it is empty, or only punctuation or control characters)."
            ]
            prompt = None
    topic = raw.get("story_topic")
    if topic is not None:
        if not isinstance(topic, str) or topic.strip().lower() not in TOPICS:
            errors["story_topic"] = [f"Must be one of: {', '.join(TOPICS)}."]
            topic = None
        else:
            topic = topic.strip().lower()
    if prompt is None and topic is None and not {"prompt", "story_topic"} & errors.keys():
        errors["prompt"] = ["Give a prompt (the narration) or a story_topic."]
    if topic == "custom" and prompt is None and "prompt" not in errors:
        errors["prompt"] = ["The custom story topic needs a prompt (what the story is about)."]
    style = _choice(raw, "art_style", ART_STYLES, errors, lower=True)
    quality = _choice(raw, "quality", QUALITIES, errors, lower=True)
    aspect = _choice(raw, "aspect_ratio", ASPECTS, errors)
    language = _choice(raw, "language", LANGUAGES, errors, lower=True)
    voice = _choice(raw, "voice_name", VOICES, errors, lower=True)
    try:
        duration = scripts.check_duration(raw.get("duration"))
    except ValueError as exc:
        errors["duration"] = [str(exc)]
        duration = None
    narration = raw.get("narration", True)
    if not isinstance(narration, bool):
        errors["narration"] = ["Must be true or false."]
        narration = True
    if topic is not None:
        narration = True  # a written story is always narrated (the setting is a prompt's)
    subtitles = _choice(raw, "subtitles", SUBTITLES, errors, lower=True)
    music = raw.get("music", True)
    if not isinstance(music, bool):
        errors["music"] = ["Must be true or false."]
    if prompt is not None and topic is None and narration and "duration" not in errors:
        try:
            scripts.check_fits(prompt, duration, language or "english")
        except ValueError as exc:
            errors["prompt"] = [str(exc)]
    seed = raw.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= MAX_SEED:
        errors["seed"] = [f"Must be a whole number from 0 to {MAX_SEED}."]
    if errors:
        raise InvalidRequest(errors)
    return Request(
        prompt=prompt,
        story_topic=topic,
        art_style=style,
        duration=duration,
        quality=quality,
        aspect_ratio=aspect,
        language=language,
        voice_name=voice,
        seed=seed,
        narration=narration,
        subtitles=subtitles,
        music=music,
    )


@dataclass
class Providers:
    """The configured providers (``None``: the offline engine) and whether a
    failing one falls back to the offline engine instead of failing the stage."""

    llm: scripts.LlmConfig | None = None
    tts: speeches.TtsConfig | None = None
    images: visuals.ImageProviderConfig | None = None
    fallback_offline: bool = True


# ---------------------------------------------------------------- the stages


def make_script(req: Request, providers: Providers, should_cancel: Cancel = None):
    """Stage 1: the narration, split into scenes (a :class:`~.script.Script`)."""
    if req.story_topic is None:
        return scripts.from_text(
            req.prompt,
            language=req.language,
            seed=req.seed,
            duration=req.duration,
            narration=req.narration,
        )
    return scripts.write_story(
        req.story_topic,
        custom_prompt=req.prompt if req.story_topic == "custom" else None,
        duration=req.duration or "short",
        language=req.language,
        seed=req.seed,
        llm=providers.llm,
        fallback_offline=providers.fallback_offline,
        should_cancel=should_cancel,
    )


def painter_knows(text: str, language: str = "english") -> bool:
    """Whether the built-in painter knows any word of ``text`` (in English or
    ``language``): settings, props, times of day, weather or moods."""
    return visuals.motifs.plan_scene(text, Random(0), language).recognised  # noqa: S311


def make_visual(
    req: Request,
    text: str,
    index: int,
    out: Path,
    providers: Providers,
    *,
    title: str | None = None,
    media: Path | None = None,
    prompt: str | None = None,
    should_cancel: Cancel = None,
    language: str | None = None,
) -> visuals.SceneVisual:
    """Stage 2, one scene: its still written to ``out`` (JPEG). ``prompt``
    replaces the scene text as what to draw (read in English or the script's
    ``language``); ``media`` is the user's picture."""
    visual = visuals.scene_visual(
        prompt or text,
        style=req.art_style,
        size=req.size,
        seed=req.seed,
        index=index,
        title=title if index == 0 else None,
        provider=providers.images,
        media=media,
        fallback_offline=providers.fallback_offline,
        should_cancel=should_cancel,
        language=language or req.language,
    )
    visuals.save_scene(visual.image, out)
    return visual


def make_speech(
    req: Request,
    text: str,
    out: Path,
    providers: Providers,
    should_cancel: Cancel = None,
    *,
    language: str | None = None,
) -> speeches.Speech:
    """Stage 3, one scene: its narration (48 kHz WAV at -16 LUFS) with timings,
    in the script's ``language``; a shot (no text) gets a moment of silence."""
    if not text:
        return speeches.silence(out)
    return speeches.synthesize(
        text,
        language=language or req.language,
        voice=req.voice_name,
        out_path=out,
        tts=providers.tts,
        fallback_offline=providers.fallback_offline,
        should_cancel=should_cancel,
    )


@dataclass
class SceneAudio:
    """What the later stages need of a scene's narration."""

    duration: float
    sentences: list[speeches.SentenceTiming]


def fit(
    scenes: Sequence[SceneAudio],
    target: scripts.Target | None,
    transition: float = TRANSITION,
    previous: Sequence[float | None] | None = None,
) -> list[SceneAudio]:
    """Each scene with its slot in the video as ``duration``: its narration, a
    shot :data:`~.script.SHOT_SECONDS`, and a video shorter than ``target``
    filled up to its goal: the shots share what is missing, or, without shots,
    every narrated scene holds its picture a little longer after its narration.
    A video longer than the target's upper bound gives its shots back, down to
    half their length (the narration itself is never cut).

    ``previous`` are the slots of the last render. Re-rendering after one
    scene's new narration keeps the other scenes' slots (so their video is
    reused, not encoded again) as long as the video stays within ``target``:
    a scene keeps its slot while its narration fits in it with no more than
    :data:`HOLD_SLACK` seconds of extra hold; the others are fitted afresh."""
    fresh = _fit(scenes, target, transition)
    if target is None or previous is None or len(previous) != len(scenes):
        return fresh
    if any(p is None for p in previous):
        return fresh
    kept = []
    for scene, new, old in zip(scenes, fresh, previous, strict=True):
        hold = new.duration - scene.duration  # what a fresh fit holds after it
        shot = not scene.sentences and scene.duration <= 0.05
        fits = scene.duration <= old <= scene.duration + max(hold, 0.0) + HOLD_SLACK
        kept.append(SceneAudio(old if shot or fits else new.duration, scene.sentences))
    total = video_duration([k.duration for k in kept], transition)
    return kept if target.low <= total <= target.high else fresh


# Seconds a scene may hold its picture after its narration beyond what a fresh
# fit would give it, and keep its slot from the last render.
HOLD_SLACK = 1.0


def _fit(
    scenes: Sequence[SceneAudio], target: scripts.Target | None, transition: float
) -> list[SceneAudio]:
    shots = [i for i, s in enumerate(scenes) if not s.sentences and s.duration <= 0.05]
    slots = [scripts.SHOT_SECONDS if i in shots else s.duration for i, s in enumerate(scenes)]
    if target is not None and slots:
        total = video_duration(slots, transition)
        missing = target.goal - total if total < target.goal else 0.0
        if total > target.high and shots:
            missing = max(target.goal - total, -len(shots) * scripts.SHOT_SECONDS / 2)
        takers = shots or range(len(slots))
        for i in takers:
            slots[i] += missing / len(takers)
        # the frame grid rounds each slot: the last taker absorbs what is left over
        slots[takers[-1]] += target.goal - video_duration(slots, transition) if missing else 0.0
    return [SceneAudio(slot, s.sentences) for slot, s in zip(slots, scenes, strict=True)]


def offsets(durations: Sequence[float], transition: float = TRANSITION) -> list[float]:
    """Each scene's start in the video, on the frame grid the composition
    uses (see :func:`.compose.frame_starts`)."""
    if not durations:
        return []
    starts = composer.frame_starts(durations, FPS, transition)
    return [round(s / FPS, 6) for s in starts[:-1]]


def video_duration(durations: Sequence[float], transition: float = TRANSITION) -> float:
    """Length of the composed video: the narrations plus the transitions."""
    return composer.frame_starts(durations, FPS, transition)[-1] / FPS


def subtitle_cues(
    scenes: Sequence[SceneAudio],
    transition: float = TRANSITION,
    size: tuple[int, int] | None = None,
) -> list[subs.Cue]:
    """Every cue of the video, timed from its scene's measured speech; with the
    frame's ``size``, in lines as wide as burned-in subtitles may be."""
    starts = offsets([s.duration for s in scenes], transition)
    width = subs.burn_columns(*size) if size else subs.LINE_WIDTH
    return subs.cues_for_scenes(zip(starts, (s.sentences for s in scenes), strict=True), width)


def make_subtitles(
    req: Request,
    scenes: Sequence[SceneAudio],
    folder: Path,
    transition: float = TRANSITION,
    *,
    language: str | None = None,
) -> dict[str, Path]:
    """Stage 4: ``subtitles.srt``, ``subtitles.vtt`` and ``subtitles.ass`` in
    ``folder``, every cue timed from its scene's measured speech, burned in
    with a font for the script's ``language``."""
    cues = subtitle_cues(scenes, transition)
    width, height = req.size
    files = {
        "srt": subs.to_srt(cues),
        "vtt": subs.to_vtt(cues),
        "ass": subs.to_ass(
            subtitle_cues(scenes, transition, req.size), width=width, height=height,
            font=subs.font_for(language or req.language),
        ),
    }  # fmt: skip
    paths = {}
    for fmt, text in files.items():
        path = folder / f"subtitles.{fmt}"
        path.write_text(text, encoding="utf-8")
        paths[fmt] = path
    return paths


def music_bed(req: Request, folder: Path, should_cancel: Cancel = None) -> dict:
    """:func:`make_video`'s music arguments for the built-in bed (kept in
    ``folder``), or none when ``req.music`` is off."""
    if not req.music:
        return {}
    return {
        "music": musics.make_bed(req.seed, folder, should_cancel),
        "music_demuxer": musics.DEMUXER,
        "music_lufs": musics.LUFS,
    }


def make_video(
    req: Request,
    scenes: Sequence[composer.SceneInput],
    subtitles: dict[str, Path],
    out: Path,
    *,
    cues: Sequence[subs.Cue] = (),
    language: str | None = None,
    cache: composer.SegmentCache | None = None,
    music: Path | None = None,
    music_demuxer: str | None = None,
    music_lufs: float | None = None,
    transition: float = TRANSITION,
    should_cancel: Cancel = None,
    on_progress=None,
    timeout: float = 900,
) -> composer.Composition:
    """Stage 5: the finished MP4 with the subtitles as ``req.subtitles`` asks:
    ``cues`` burned in (in a font for the script's ``language``), the SRT of
    ``subtitles`` as a soft track, or both. Segments already in ``cache`` are
    not encoded again."""
    width, height = req.size
    burned = req.subtitles in ("burned", "both")
    track = req.subtitles in ("track", "both")
    spec = composer.ComposeSpec(
        width,
        height,
        transition=transition,
        music=music,
        music_demuxer=music_demuxer,
        music_lufs=music_lufs,
        cues=tuple(cues) if burned else (),
        font=subs.font_for(language or req.language),
        subtitles_srt=subtitles.get("srt") if track else None,
        seed=req.seed,
        fps=FPS,
        preset=PRESET,
        x264_params=X264_PARAMS,
    )
    return composer.compose(
        scenes,
        spec,
        out,
        cache=cache,
        workers=COMPOSE_WORKERS,
        should_cancel=should_cancel,
        on_progress=on_progress,
        timeout=timeout,
    )


# ---------------------------------------------------------------- all at once


def _check_cancel(should_cancel: Cancel) -> None:
    if should_cancel is not None and should_cancel():
        raise GenerationCancelled()


@dataclass
class Rendered:
    """What :func:`render` made, and how long each stage took (seconds)."""

    video: Path
    script: scripts.Script
    subtitles: dict[str, Path]
    durations: list[float]
    timings: dict[str, float] = field(default_factory=dict)


def render(
    req: Request,
    folder: Path,
    providers: Providers | None = None,
    should_cancel: Cancel = None,
    cache: composer.SegmentCache | None = None,
) -> Rendered:
    """Every stage in order, outputs in ``folder``; returns them with stage times.
    Narrations are made :data:`SPEECH_WORKERS` at a time, so ``should_cancel``
    is called from several threads.  Video segments found in ``cache`` are reused."""
    providers = providers or Providers()
    folder.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    t = time.perf_counter()
    script = make_script(req, providers, should_cancel)
    timings["script"] = time.perf_counter() - t
    stills: list[Path] = []
    t = time.perf_counter()
    for scene in script.scenes:
        _check_cancel(should_cancel)
        path = folder / f"scene-{scene.index:03d}{STILL_SUFFIX}"
        make_visual(
            req, scene.text, scene.index, path, providers, title=script.title,
            prompt=scene.picture, should_cancel=should_cancel, language=script.language,
        )  # fmt: skip
        stills.append(path)
    timings["visuals"] = time.perf_counter() - t
    t = time.perf_counter()

    def speak(scene: scripts.Scene) -> SceneAudio:
        _check_cancel(should_cancel)
        wav = folder / f"scene-{scene.index:03d}.wav"
        said = make_speech(req, scene.text, wav, providers, should_cancel, language=script.language)
        return SceneAudio(said.duration, said.sentences)

    with ThreadPoolExecutor(SPEECH_WORKERS, thread_name_prefix="speech") as pool:
        audio = fit(list(pool.map(speak, script.scenes)), req.target)
    timings["speech"] = time.perf_counter() - t
    t = time.perf_counter()
    _check_cancel(should_cancel)
    subtitles = make_subtitles(req, audio, folder, language=script.language)
    timings["subtitles"] = time.perf_counter() - t
    t = time.perf_counter()
    inputs = [
        composer.SceneInput(still, folder / f"scene-{i:03d}.wav", a.duration)
        for i, (still, a) in enumerate(zip(stills, audio, strict=True))
    ]
    video = make_video(
        req, inputs, subtitles, folder / "video.mp4", cues=subtitle_cues(audio, size=req.size),
        language=script.language, cache=cache, should_cancel=should_cancel,
        **music_bed(req, musics.BEDS, should_cancel),
    )  # fmt: skip
    timings["compose"] = time.perf_counter() - t
    return Rendered(video.path, script, subtitles, [a.duration for a in audio], timings)
