"""Request and response models of the videos API and the story API (OpenAPI schemas).

The generation request's fields are typed loosely (``Any``, with the allowed
values in the schema): :func:`t2m.services.generation.validate` checks them
all at once, so a client gets one 422 ``VALIDATION_ERROR`` naming every bad
field and the values it allows. Ids are typed (:data:`t2m.db.Id`): a value
that is not an id is a 422 before the service looks at the rest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from t2m.api.job_schemas import JobKind, JobStatus
from t2m.api.schemas import In, Out
from t2m.db import MAX_ID, Id
from t2m.generate import pipeline, visuals
from t2m.generate.script import MAX_SCENES, MAX_SECONDS, MIN_SECONDS


def _schema(**extra):
    """Document a loosely typed field without a null default."""

    def fix(schema: dict) -> None:
        schema.pop("default", None)
        schema.update(extra)

    return fix


def _field(description: str, **schema) -> Any:
    return Field(None, description=description, json_schema_extra=_schema(**schema))


def _enum(values, description: str) -> Any:
    return _field(description, enum=list(values))


PROMPT = _field(
    f"The narration itself (split into scenes), or with `story_topic: custom` what the "
    f"story is about. 1-{pipeline.MAX_PROMPT_CHARS} characters with some words in them.",
    type="string",
    examples=["A lighthouse keeper finds a message in a bottle."],
)
TOPIC = _enum(pipeline.TOPICS, "Write a story on this topic (instead of narrating `prompt`).")
ART_STYLE = _enum(pipeline.ART_STYLES, "Default photorealistic.")
DURATION = _field(
    f"The video's length: `short` (30-60 s), `long` (120-240 s) or a number of seconds "
    f"({MIN_SECONDS}-{MAX_SECONDS}), met within 5 % (0.5 s under 10 s). A story is written "
    "to it; a narrated `prompt` is filled out with more shots of what it describes (a "
    "prompt that takes longer to say is a 422 saying how long it needs). Left out: a story "
    "is `short`, a prompt as long as its narration.",
    examples=[10, "short"],
)
NARRATION = _field(
    "Default true. False: no voice and no subtitles, the `prompt` only says what to show "
    "(a written story is always narrated).",
    type="boolean",
)
MUSIC = _field(
    "Default true: a soft built-in music bed plays under the narration and the shots, "
    "ducked while the voice speaks (`music_file_id` plays your own music instead). "
    "False: no music.",
    type="boolean",
)
SUBTITLES = _enum(
    pipeline.SUBTITLES,
    "Default burned (drawn into the picture, as short-video platforms expect); track: a "
    "caption track players can turn on; both.",
)
LANGUAGE = _enum(pipeline.LANGUAGES, "Default english.")
VOICE = _enum(pipeline.VOICES, "Default alloy.")


class GenerateIn(In):
    """A video generation request: a `prompt` and/or a `story_topic`."""

    prompt: Any = PROMPT
    story_topic: Any = TOPIC
    art_style: Any = ART_STYLE
    duration: Any = DURATION
    quality: Any = _enum(pipeline.QUALITIES, "Default 720p.")
    aspect_ratio: Any = _enum(pipeline.ASPECTS, "Default 16:9.")
    language: Any = LANGUAGE
    voice_name: Any = VOICE
    narration: Any = NARRATION
    subtitles: Any = SUBTITLES
    music: Any = MUSIC
    seed: Any = _field(
        f"0-{pipeline.MAX_SEED}: the same request and seed give the same story and pictures.",
        type="integer",
    )
    music_file_id: Id | None = Field(
        None,
        description="One of your audio (or video) files, mixed under the narration instead "
        "of the built-in music.",
    )
    scene_file_ids: list[Id | None] | None = Field(
        None,
        max_length=MAX_SCENES,
        description=f"Your own pictures or videos, one per scene in order; `null` keeps the "
        f"generated picture of that scene. A video plays in its scene, looped to the "
        f"narration's length and without its own sound. At most {MAX_SCENES}.",
    )


class VideoLinks(Out):
    status: str
    download: str
    stream: str
    thumbnail: str
    metadata: str
    subtitles: str
    task: str = Field(description="The story API's view of this job (`GET /video/tasks/{id}`).")
    job: str
    logs: str


class VideoJobOut(Out):
    id: int = Field(description="The job id, which is also the video's id.")
    type: JobKind
    status: JobStatus
    progress: float
    stage: str = Field(
        description="queued, script, visuals, speech, subtitles, compose, or done when rendered."
    )
    error: str | None
    created_at: datetime
    links: VideoLinks


class VideoStatusOut(Out):
    job_id: int
    status: JobStatus
    progress: float
    stage: str
    error: str | None
    title: str | None
    scenes_total: int
    scenes_ready: int
    video_file_id: int | None = Field(description="The rendered MP4 in your library.")
    active_job_id: int | None = Field(
        description="A scene regeneration working on this video now (its job id)."
    )
    created_at: datetime
    updated_at: datetime


class SubtitlesQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: Literal["srt", "vtt"] = Field(
        "vtt", description="`vtt` (text/vtt) or `srt` (application/x-subrip)."
    )


class GenerationInfo(Out):
    prompt: str | None
    story_topic: str | None
    title: str | None
    description: str | None
    art_style: str
    quality: str
    aspect_ratio: str
    language: str
    voice_name: str
    seed: int
    requested_duration: str | float | None = Field(
        description="`short`, `long` or seconds, as asked (null: as long as the narration)."
    )
    narration: bool
    subtitles: str = Field(description="burned, track or both.")
    music: bool = Field(description="Music under the video: the built-in bed or your file.")
    engines: dict[str, str] = Field(
        description="Who made each stage's output, e.g. `{script: offline, visuals: builtin, "
        "speech: espeak-ng, compose: ffmpeg}`."
    )
    scenes: int
    renders: int = Field(description="How many times the video was rendered (1 + regenerations).")
    created_at: datetime
    updated_at: datetime


class VideoMetadataOut(Out):
    file_id: int
    content_type: str
    size: int = Field(description="Bytes.")
    format: str | None = Field(description="The container as ffprobe names it.")
    duration: float | None = Field(description="Seconds.")
    bitrate: int | None = Field(description="Overall bit rate (bit/s).")
    has_video: bool | None
    has_audio: bool | None
    width: int | None
    height: int | None
    fps: float | None
    video_codec: str | None
    video_profile: str | None
    video_bitrate: int | None = Field(description="The video stream's bit rate (bit/s).")
    pix_fmt: str | None
    audio_codec: str | None
    audio_profile: str | None
    audio_bitrate: int | None = Field(description="The audio stream's bit rate (bit/s).")
    sample_rate: int | None
    channels: int | None
    probed: bool = Field(
        description="Whether the technical fields are known (a finished generation's "
        "are: it is probed before the job completes)."
    )
    generation: GenerationInfo


# ---- the story API ------------------------------------------------------------------


class StoryIn(In):
    """A story video: a story on `story_topic`, drawn and narrated."""

    story_topic: Any = _enum(pipeline.TOPICS, "Required.")
    art_style: Any = ART_STYLE
    duration: Any = DURATION
    language: Any = LANGUAGE
    voice_name: Any = VOICE
    prompt: Any = _field(
        "What the story is about; required with `story_topic: custom`, else not used.",
        type="string",
    )


class TaskOut(Out):
    task_id: int
    status: JobStatus


class ImageOut(Out):
    id: int
    index: int = Field(description="The scene's position, from 0.")
    status: Literal["queued", "processing", "completed", "failed"]
    version: int = Field(description="Bumped each time the picture or narration is remade.")
    urls: list[str] = Field(description="The picture (JPEG); empty until it is drawn.")
    text: str = Field(description="The scene's narration.")
    subtitles: str | None = Field(description="The subtitle lines of the scene.")
    created_at: datetime
    updated_at: datetime


class VideoTaskOut(Out):
    task_id: int
    status: JobStatus
    progress: float
    url: str | None = Field(description="Download URL of the video once rendered, else null.")
    story_title: str | None
    story_description: str | None
    story_text: str | None
    error_message: str | None
    images: list[ImageOut]
    created_at: datetime
    updated_at: datetime


class ImagesTaskOut(Out):
    task_id: int
    type: Literal["video_generation", "image_regeneration"]
    status: JobStatus
    progress: float
    error_message: str | None
    video_task_id: int | None = Field(description="The video these images belong to.")
    images: list[ImageOut] = Field(
        description="Every scene's picture of a video task; the regenerated scene of an "
        "image_regeneration task."
    )
    created_at: datetime
    updated_at: datetime


class RegenerateIn(In):
    """Optional body of `POST /images/{image_id}`."""

    prompt: Any = _field(
        f"Draw this instead of the scene's narration (1-{visuals.MAX_PROMPT_CHARS} characters).",
        type="string",
    )
    text: Any = _field("New narration for the scene (re-narrated and re-timed).", type="string")
    image: bool | None = Field(
        None,
        description="Redraw the picture. Default true, except when only `text` is sent.",
    )
    file_id: Id | None = Field(
        None,
        description="One of your pictures or videos to show in this scene instead of a drawn "
        "picture (a video plays, looped to the narration's length). Not with `prompt`.",
    )


class RegenerateOut(Out):
    task_id: int
    image_id: int
    status: JobStatus
    progress: float
    urls: list[str]
    created_at: datetime
    updated_at: datetime


class ImageFileQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    v: int | None = Field(
        None,
        ge=1,
        le=MAX_ID,
        description="The image's version, so a remade picture gets a new URL (the current "
        "picture is served whatever the value).",
    )
