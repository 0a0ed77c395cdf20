"""Composition: scene stills + narration (+ music, subtitles) -> one MP4 (DESIGN §6).

ffmpeg filtergraphs, never frame-by-frame Python, in two steps:

* **Segments** (video only).  For each scene after the first, the
  cross-fade into it (``xfade`` of the previous scene's last frames and this
  one's first); then the rest of the scene, in pieces of at most
  :data:`PIECE_SECONDS`.  One ffmpeg run per segment: each still is decoded
  once, upscaled and cropped to cover the frame, then ``zoompan`` turns it
  into the frames of a gentle Ken Burns move (zoom in/out or a pan, chosen
  per scene from ``seed``) whose length comes from the narration; a piece
  takes its own stretch of the move.  A scene may instead be the user's own
  video clip: it plays from its start, looped to the scene's length, scaled
  and cropped to cover the frame, without its sound (one piece: a piece
  further in would decode the clip from its start).  ``ass`` burns in the
  cues that fall in the segment.  A segment depends only on its stills, the
  frames of the move it shows and its own cues, so each has a content key:
  with a :class:`SegmentCache`, a new picture for one scene re-encodes its
  pieces and the two fades around it, and reuses the rest.  Segments are
  encoded ``workers`` at a time, the longest first, x264 on one thread each.
* **Sound track**, encoded beside the segments as one more job (and cached
  by the same kind of key, so a new picture does not re-encode it): each
  narration padded with silence to its scene's slot and the slots
  concatenated, so scene *i*'s speech starts exactly at its first frame;
  optional music is looped, levelled, ducked under the voice with
  ``sidechaincompress`` keyed by the voice, and summed with ``amix`` (no
  normalisation, so the voice keeps its -16 LUFS); AAC.
* **Mux.**  The segments are joined by the concat demuxer with stream copy
  (each starts with an IDR frame and has the same encoder settings), with
  the sound track copied too: H.264 High yuv420p + AAC, the SRT as a soft
  ``mov_text`` track, ``+faststart``.

Timeline: every scene's slot is its narration rounded to whole frames plus
the transition (``fade`` frames), so a scene's length in frames depends on
its own narration alone and re-narrating one scene moves the later ones by
whole frames without changing them.  Total = sum(round(d * fps)) + (n - 1)
fade frames: the narrations plus the transitions, within half a frame per scene.

The package: ``timeline`` (inputs, the timeline in frames, segments), ``args`` (ffmpeg argument
lists) and ``run`` (encoding the segments, then the mux).
"""

from t2m.generate import subtitles as subs
from t2m.generate.compose.args import (
    audio_args,
    audio_key,
    filter_escape,
    mux_args,
    segment_args,
    segment_key,
)
from t2m.generate.compose.run import (
    FolderCache,
    SegmentCache,
    compose,
)
from t2m.generate.compose.timeline import (
    DUCK,
    MEMORY_PER_CLIP,
    MEMORY_PER_SCENE,
    MUSIC_FADE,
    MUX_SHARE,
    PIECE_SECONDS,
    SAMPLE_RATE,
    SEGMENT_DEMUXERS,
    SEGMENT_FORMAT,
    STILL_DEMUXERS,
    SUBTITLE_DEMUXERS,
    WORKERS,
    ZOOM,
    ComposeSpec,
    Composition,
    Motion,
    SceneInput,
    Segment,
    frame_starts,
    plan,
    scene_offsets,
    total_duration,
)

__all__ = [
    "DUCK",
    "MEMORY_PER_CLIP",
    "MEMORY_PER_SCENE",
    "MUSIC_FADE",
    "MUX_SHARE",
    "PIECE_SECONDS",
    "SAMPLE_RATE",
    "SEGMENT_DEMUXERS",
    "SEGMENT_FORMAT",
    "STILL_DEMUXERS",
    "SUBTITLE_DEMUXERS",
    "WORKERS",
    "ZOOM",
    "ComposeSpec",
    "Composition",
    "FolderCache",
    "Motion",
    "SceneInput",
    "Segment",
    "SegmentCache",
    "audio_args",
    "audio_key",
    "compose",
    "filter_escape",
    "frame_starts",
    "mux_args",
    "plan",
    "scene_offsets",
    "segment_args",
    "segment_key",
    "subs",
    "total_duration",
]
