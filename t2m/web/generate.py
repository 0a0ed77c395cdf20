"""Text to video pages: the request form (with the user's recent videos) and a
generation's live view.

The live view (``_live.html``) polls itself every second while a job works on
the video (the generation, or a scene's regeneration) and is told to stop with
HTTP 286 once nothing runs. When that job left a new render behind the page
reloads itself (``HX-Refresh``), so the player starts on the new video; when
it failed or was cancelled, the partial shows why. Forms answer 409/422 with
the form or the live view carrying the message (``generate.js`` lets htmx swap
those answers in instead of treating them as errors).
"""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from t2m.db import parse_id
from t2m.errors import AppError, Conflict, NotFound, ValidationFailed
from t2m.generate import pipeline
from t2m.generate import speech as speeches
from t2m.services import generation, jobs
from t2m.services.delivery import playback
from t2m.services.library import files as library
from t2m.web import bp
from t2m.web.forms import ConfirmForm, id_value
from t2m.web.htmx import STOP_POLLING, go, is_htmx, show_errors

RECENT = 10  # generations listed under the form
MAX_MUSIC_CHOICES = 200  # audio files offered as music, newest first
NO_MUSIC = "none"  # the Music choice for none (empty: the built-in bed)
MAX_SCENE_CHOICES = 100  # pictures and videos each, offered for a scene, newest first
EXPIRED = "The form expired. Reload the page and try again."
STAGES = {
    "script": "Writing the script",
    "visuals": "Drawing the scenes",
    "speech": "Narrating",
    "subtitles": "Timing the subtitles",
    "compose": "Composing the video",
}
ASPECT_LABELS = {"16:9": "16:9 landscape", "9:16": "9:16 portrait", "1:1": "1:1 square"}
DURATION_LABELS = {"short": "Short (30 s to 1 min)", "long": "Long (2 to 4 min)"}
# Lengths in seconds offered besides short and long (any 5-600 works in the API).
DURATION_SECONDS = (10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600)
SUBTITLE_LABELS = {
    "burned": "In the picture",
    "track": "As captions viewers turn on",
    "both": "Both",
}
# What the service calls a field, as a person reads it in a message.
FIELD_WORDS = {"story_topic": "story topic", "music_file_id": "music", "voice_name": "voice"}


def _label(value: str) -> str:
    """A choice as a person reads it: ``comic-book`` -> ``Comic book``."""
    return value.replace("_", " ").replace("-", " ").capitalize()


def _choices(values, labels: dict | None = None) -> list[SelectChoice]:
    labels = labels or {}
    return [SelectChoice(v, labels.get(v) or _label(v)) for v in values]


def _topic_choices() -> list[SelectChoice]:
    labels = {"custom": "Custom: a story about my prompt"}
    return [
        SelectChoice("", "None: narrate my prompt"),
        *_choices(pipeline.TOPICS, labels),
    ]


def seconds_label(seconds: float) -> str:
    """``90`` -> ``1 min 30 s``."""
    minutes, rest = divmod(round(seconds), 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def _duration_choices() -> list[SelectChoice]:
    return [
        SelectChoice("", "Automatic"),
        *_choices(pipeline.DURATIONS, DURATION_LABELS),
        *(SelectChoice(str(n), seconds_label(n)) for n in DURATION_SECONDS),
    ]


class GenerateForm(FlaskForm):
    """A generation request. The generation service checks every value
    (``validate_choice=False``), so a crafted value gets the service's message."""

    prompt = TextAreaField("Prompt", render_kw={"rows": 5, "maxlength": pipeline.MAX_PROMPT_CHARS})
    story_topic = SelectField("Story topic", choices=_topic_choices(), validate_choice=False)
    art_style = SelectField(
        "Art style", choices=_choices(pipeline.ART_STYLES), default="photorealistic",
        validate_choice=False,
    )  # fmt: skip
    duration = SelectField("Length", choices=_duration_choices(), default="", validate_choice=False)
    narration = BooleanField("Narrate it", default=True)
    subtitles = SelectField(
        "Subtitles", choices=_choices(pipeline.SUBTITLES, SUBTITLE_LABELS), default="burned",
        validate_choice=False,
    )  # fmt: skip
    quality = SelectField(
        "Quality", choices=_choices(pipeline.QUALITIES, {q: q for q in pipeline.QUALITIES}),
        default="720p", validate_choice=False,
    )  # fmt: skip
    aspect_ratio = SelectField(
        "Aspect ratio", choices=_choices(pipeline.ASPECTS, ASPECT_LABELS), default="16:9",
        validate_choice=False,
    )  # fmt: skip
    language = SelectField(
        "Language", choices=_choices(pipeline.LANGUAGES), default="english", validate_choice=False
    )
    voice_name = SelectField(
        "Voice", choices=_choices(pipeline.VOICES), default="alloy", validate_choice=False
    )
    music_file_id = SelectField("Music", validate_choice=False)
    seed = StringField(
        "Seed",
        render_kw={"type": "number", "min": 0, "max": pipeline.MAX_SEED, "placeholder": "0"},
    )


# ---- the form -------------------------------------------------------------------


def _usable_files(kinds: tuple[str, ...], limit: int, leave_out: int | None = None) -> list:
    """The user's newest ``limit`` files of each of ``kinds``, newest first; failed
    ones and ``leave_out`` left out."""
    found = [
        f
        for kind in kinds
        for f in library.list_files(
            current_user, library.FileFilter(file_type=kind), 1, limit
        ).items
        if f.status != "failed" and f.id != leave_out
    ]
    return sorted(found, key=lambda f: f.created_at, reverse=True)


def _form(**kwargs) -> GenerateForm:
    form = GenerateForm(**kwargs)
    form.music_file_id.choices = [
        SelectChoice("", "Built-in music"),
        SelectChoice(NO_MUSIC, "No music"),
        *(
            SelectChoice(str(f.id), f.display_name)
            for f in _usable_files(("audio",), MAX_MUSIC_CHOICES)
        ),
    ]
    return form


def _number(value: str | None):
    """A number field's value as the JSON API would send it: digits as a number,
    anything else as the text (the service says what is wrong with it)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 12 else value


def _request(form: GenerateForm) -> dict:
    """The form as the generation service's request (blank optional fields left out)."""
    topic = form.story_topic.data or ""
    prompt = form.prompt.data or ""
    raw = {
        "prompt": prompt if prompt.strip() else None,
        "story_topic": topic or None,
        "art_style": form.art_style.data,
        "duration": _number(form.duration.data) if (form.duration.data or "").strip() else None,
        "narration": bool(form.narration.data),
        "subtitles": form.subtitles.data,
        "quality": form.quality.data,
        "aspect_ratio": form.aspect_ratio.data,
        "language": form.language.data,
        "voice_name": form.voice_name.data,
    }
    if (form.seed.data or "").strip():
        raw["seed"] = _number(form.seed.data)
    music = (form.music_file_id.data or "").strip()
    if music == NO_MUSIC:
        raw["music"] = False
    elif music:
        raw["music_file_id"] = id_value(music)
    return raw


def _sentence(message: str) -> str:
    for name, words in FIELD_WORDS.items():
        message = message.replace(name, words)
    message = message.strip()
    return message[:1].upper() + message[1:]


def _index(form: GenerateForm, status: int = 200):
    if is_htmx() and request.method == "POST":
        return render_template("generate/_form.html", form=form), status
    recent = generation.recent(current_user, RECENT)
    return render_template("generate/index.html", form=form, recent=recent), status


@bp.get("/generate")
@login_required
def generate_index():
    return _index(_form())


@bp.post("/generate")
@login_required
def generate_create():
    """Queue a generation from the form; on success, go to its live view."""
    form = _form()
    if not form.validate_on_submit():  # only an expired CSRF token fails here
        return _index(form, 422)
    try:
        job = generation.create(current_user, _request(form))
    except AppError as err:
        if err.status >= 500:
            raise
        show_errors(form, err, polish=_sentence, label=_label)
        return _index(form, err.status)
    return go(url_for("web.generate_view", job_id=job.id))


# ---- the live view -----------------------------------------------------------------


def _scene(job_id: int, scene_id: int):
    """The user's scene of the user's generation ``job_id``; anything else is 404."""
    gen = generation.get_generation(current_user, job_id)
    scene = generation.get_scene(current_user, scene_id)
    if scene.job_id != gen.job_id:
        raise NotFound("Image not found.")
    return scene


def _watched(gen, job_id: int | None):
    """The job named by the live view's ``job`` argument, if it worked on ``gen``."""
    if not job_id:
        return None
    try:
        job = jobs.get_job(current_user, job_id)
    except NotFound:
        return None
    params = job.parameters or {}
    return job if job.id == gen.job_id or params.get("generation_id") == gen.job_id else None


def _live_context(job_id: int, *, watch: int | None = None, **extra) -> dict:
    """What the live view shows: the generation, the job working on it (or the one
    the page watched, to say how it ended), its stage and progress, the scenes."""
    gen = generation.get_generation(current_user, job_id)
    gen_job = jobs.get_job(current_user, gen.job_id)
    active = generation.active_job(gen)
    shown = active or _watched(gen, watch)
    if shown is None or (gen_job.status != "completed" and shown.id != gen_job.id):
        shown = gen_job  # a generation that never rendered: its own job says why
    # Rendered at least once (the video may have been deleted from the library since:
    # a regeneration renders it again).
    rendered = gen_job.status == "completed"
    editable = rendered and active is None
    context = {
        "gen": gen,
        "gen_job": gen_job,
        "active": active,
        "job": shown,
        "rendered": rendered,
        "editable": editable,
        # The user's pictures and videos a scene can show (not this video itself).
        "scene_files": (
            _usable_files(("image", "video"), MAX_SCENE_CHOICES, gen.video_file_id)
            if editable
            else []
        ),
        "stages": STAGES,
        "confirm_form": ConfirmForm(),
        # The render the page shows: when the video changes, the page reloads.
        "shown_video": gen.video_file_id,
        "messages": {},
        "drafts": {},
        "message": None,
        "oob": False,
    }
    context.update(extra)
    return context


def _player_context(gen) -> dict:
    """The library player's context for the rendered video (None before a render)."""
    if gen.video_file_id is None:
        return {"file": None}
    try:
        file = library.get_file(current_user, gen.video_file_id)
    except NotFound:  # deleted from the library meanwhile
        return {"file": None}
    version = int(file.updated_at.timestamp())
    poster = url_for("web.library_thumbnail", file_id=file.id, size="large", v=version)
    first = next((scene for scene in gen.scenes if scene.image_key), None)
    if file.status in ("uploaded", "processing") and first is not None:
        # Until the video's own thumbnails are made, its first scene's still
        # (the video's first frame) rather than a grey placeholder.
        poster = url_for(
            "web.generate_scene_image", job_id=gen.job_id, scene_id=first.id, v=first.version
        )
    context = {
        "file": file,
        "meta": file.meta or {},
        "playback": playback.info(current_user, file.id),
        "stream": url_for("web.library_stream", file_id=file.id),
        "large": poster,
    }
    context["tracks"] = _tracks(gen)
    return context


def _tracks(gen) -> list[dict]:
    """The generation's subtitles as a selectable track of the player (off until
    chosen) when they are not burned into the picture: else they would show
    twice (the files stay downloadable, and a `both` MP4 keeps its soft track
    for other players)."""
    if not gen.subtitles_key or generation.request_of(gen).subtitles != "track":
        return []
    language = gen.language or "english"
    code = speeches.LANGUAGES.get(language, "en")
    return [
        {
            "kind": "subtitles",
            "src": url_for("web.generate_subtitles", job_id=gen.job_id, fmt="vtt", r=gen.renders),
            "srclang": {"cmn": "zh"}.get(code, code),
            "label": _label(language),
        }
    ]


def _page(job_id: int, status: int = 200, **extra):
    extra.setdefault("watch", parse_id(request.args.get("job")))
    context = _live_context(job_id, **extra)
    context.update(_player_context(context["gen"]))
    return render_template("generate/view.html", **context), status


@bp.get("/generate/<id:job_id>")
@login_required
def generate_view(job_id: int):
    return _page(job_id)


@bp.get("/generate/<id:job_id>/live")
@login_required
def generate_live(job_id: int):
    """The live view, polled while a job works on the video: 286 once none does,
    with ``HX-Refresh`` when the video changed since the page was drawn."""
    gen = generation.get_generation(current_user, job_id)
    if not is_htmx():
        return redirect(url_for("web.generate_view", job_id=gen.job_id), 303)
    shown = parse_id(request.args.get("video"))
    context = _live_context(
        job_id, watch=parse_id(request.args.get("job")), oob=True, shown_video=shown
    )
    body = render_template("generate/_live.html", **context)
    if context["active"] is not None:
        return body, 200
    if context["gen"].video_file_id != shown:
        return body, STOP_POLLING, {"HX-Refresh": "true"}
    return body, STOP_POLLING


def _answer(job_id: int, status: int = 200, **extra):
    """After a button: the live view for HTMX (polling again if a job started),
    else the whole page, or a redirect to it when all went well."""
    if is_htmx():
        context = _live_context(job_id, oob=True, **extra)
        return render_template("generate/_live.html", **context), status
    if status < 400:
        watch = extra.get("watch")
        return redirect(url_for("web.generate_view", job_id=job_id, job=watch), 303)
    return _page(job_id, status, **extra)


@bp.post("/generate/<id:job_id>/cancel")
@login_required
def generate_cancel(job_id: int):
    gen = generation.get_generation(current_user, job_id)
    if not ConfirmForm().validate_on_submit():
        return _answer(job_id, 422, message=("error", EXPIRED))
    active = generation.active_job(gen)
    if active is None:
        return _answer(job_id, 409, message=("error", "Nothing is running on this video."))
    try:
        job = jobs.cancel(current_user, active.id)
    except Conflict as err:  # it finished meanwhile
        return _answer(job_id, 409, watch=active.id, message=("error", err.message))
    return _answer(job_id, watch=job.id, message=("success", jobs.cancel_outcome(job)))


def _regenerate(job_id: int, scene_id: int, draft: dict, **options):
    """Queue a scene's regeneration; its errors show on the scene's card, with
    what was typed (``draft``) kept in the fields."""
    scene = _scene(job_id, scene_id)
    if not ConfirmForm().validate_on_submit():
        return _answer(job_id, 422, messages={scene.id: EXPIRED}, drafts={scene.id: draft})
    try:
        job = generation.regenerate(current_user, scene.id, **options)
    except (Conflict, ValidationFailed) as err:
        why = " ".join(m for ms in err.details.values() for m in ms) if err.details else ""
        note = f"{err.message} {why}".strip()
        return _answer(job_id, err.status, messages={scene.id: note}, drafts={scene.id: draft})
    return _answer(job_id, watch=job.id)


@bp.post("/generate/<id:job_id>/scenes/<id:scene_id>/regenerate")
@login_required
def generate_regenerate_image(job_id: int, scene_id: int):
    """A new picture for one scene (from field ``prompt`` when given), then a new render."""
    prompt = request.form.get("prompt")
    return _regenerate(
        job_id,
        scene_id,
        {"prompt": prompt},
        prompt=prompt if (prompt or "").strip() else None,
    )


@bp.post("/generate/<id:job_id>/scenes/<id:scene_id>/text")
@login_required
def generate_edit_text(job_id: int, scene_id: int):
    """New narration text for one scene (field ``text``): narrated again, the
    picture redrawn too with ``redraw``, then a new render."""
    text = request.form.get("text", "")
    redraw = bool(request.form.get("redraw"))
    return _regenerate(job_id, scene_id, {"text": text}, text=text, image=redraw)


@bp.post("/generate/<id:job_id>/scenes/<id:scene_id>/file")
@login_required
def generate_scene_file(job_id: int, scene_id: int):
    """One of the user's pictures or videos (field ``file_id``) shown in one scene
    instead of its picture, then a new render."""
    if not (request.form.get("file_id") or "").strip():
        scene = _scene(job_id, scene_id)
        return _answer(
            job_id, 422, messages={scene.id: "Choose one of your pictures or videos first."}
        )
    file_id = id_value(request.form.get("file_id"))
    return _regenerate(job_id, scene_id, {}, file_id=file_id)


# ---- media ---------------------------------------------------------------------------


@bp.get("/generate/<id:job_id>/scenes/<id:scene_id>/image")
@login_required
def generate_scene_image(job_id: int, scene_id: int):
    """A scene's still (JPEG). It gets a new key and version whenever it is redrawn,
    so a URL naming the current version (``v``) may be cached for good."""
    scene = _scene(job_id, scene_id)
    if not scene.image_key:  # the page only links stills that exist
        raise NotFound("This scene has no picture yet.")
    return generation.media.scene_image(scene, asked_version=request.args.get("v", type=int))


@bp.get("/generate/<id:job_id>/subtitles.<any(vtt, srt):fmt>")
@login_required
def generate_subtitles(job_id: int, fmt: str):
    """The rendered video's subtitles: WebVTT for the player's track, SRT to download."""
    gen = generation.get_generation(current_user, job_id)
    download = fmt == "srt" or bool(request.args.get("download"))
    return generation.media.subtitles(gen, fmt, download=download)


# ---- template helpers ----------------------------------------------------------------


@bp.app_template_global()
def generation_stage_label(stage: str | None) -> str:
    if stage in STAGES:
        return STAGES[stage]
    return {"queued": "Waiting for a worker", "done": "Rendered"}.get(stage or "", stage or "")


@bp.app_template_global()
def painter_knows(text: str, language: str | None) -> bool:
    """Whether the built-in painter recognises any word of ``text`` (else it drew
    a variation of its own, and the page says so)."""
    return pipeline.painter_knows(text, language or "english")


@bp.app_template_global()
def choice_label(value) -> str:
    """A request value as a person reads it."""
    if value in ASPECT_LABELS:
        return ASPECT_LABELS[value]
    if value in DURATION_LABELS:
        return DURATION_LABELS[value]
    if value in SUBTITLE_LABELS:
        return SUBTITLE_LABELS[value]
    if value is None:
        return "Automatic"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return seconds_label(value)
    return _label(str(value)) if isinstance(value, str) else str(value)
