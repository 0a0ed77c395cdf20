"""Text to video as jobs (DESIGN §6): requests, the generation job, scene regeneration.

A ``video_generation`` job runs the stages of :mod:`t2m.generate.pipeline`
and stores each output as soon as it exists (the script as scene rows, each
still and narration under ``generations/<owner>/<job>/``), so a retried job
skips what is done and resumes after the last finished stage. The finished
MP4 becomes a file in the owner's library, with thumbnails and renditions
from the usual ``process`` job.

An ``image_regeneration`` job redoes one scene (its still, optionally from a
new prompt, or its narration after a text edit) and renders the video again
from the stored outputs of the others; the new video replaces the old one.

``request`` takes and looks up the work, ``render`` runs it, ``media`` serves a
scene's still and the subtitles.
"""

from t2m.services.generation import media
from t2m.services.generation.render import (
    JOB_KINDS,
    run_generation_job,
    run_regeneration_job,
)
from t2m.services.generation.request import (
    ACTIVE,
    EXTRA_FIELDS,
    KIND,
    MAX_IMAGE_PROMPT,
    MAX_TEXT,
    REGEN_SPANS,
    REGENERATE,
    RETRY_AFTER,
    SPANS,
    active_job,
    claim_for_retry,
    create,
    create_story,
    delete_outputs,
    get_generation,
    get_scene,
    not_ready,
    prefix,
    providers,
    recent,
    regenerate,
    rendered,
    request_of,
    subtitles_text,
    validate,
    with_job,
)

__all__ = [
    "ACTIVE",
    "EXTRA_FIELDS",
    "JOB_KINDS",
    "KIND",
    "MAX_IMAGE_PROMPT",
    "MAX_TEXT",
    "REGENERATE",
    "REGEN_SPANS",
    "RETRY_AFTER",
    "SPANS",
    "active_job",
    "claim_for_retry",
    "create",
    "create_story",
    "delete_outputs",
    "get_generation",
    "get_scene",
    "media",
    "not_ready",
    "prefix",
    "providers",
    "recent",
    "regenerate",
    "rendered",
    "request_of",
    "run_generation_job",
    "run_regeneration_job",
    "subtitles_text",
    "validate",
    "with_job",
]
