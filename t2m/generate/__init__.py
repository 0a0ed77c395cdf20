"""Text to video: plain functions, no Flask inside (DESIGN §6).

script (the user's text, an LLM provider, or the offline writer) → scenes →
a visual per scene → speech per scene → subtitles timed from the real audio →
one ffmpeg filtergraph → H.264/AAC MP4. Each stage takes ``should_cancel``
and ``on_progress`` callables so the job runner can report and stop it.
"""
