"""Encode jobs: turn a video (an upload, a URL or an S3 object) into a new one
with the codec, size, frame rate, quality and container the client asked for.

Requests are validated completely before a job exists (every bad field is
named); URL sources are resolved and checked against private addresses at
request time and again, hop by hop, when the worker downloads them. The
output becomes a file in the owner's library (and, if asked, an S3 object).

``request`` checks and creates the work, ``run`` does it.
"""

from t2m.services.encoding.request import (
    CONTAINER_TYPES,
    ENCODERS,
    KIND,
    MAX_BULK,
    MAX_EXTERNAL_ID,
    MAX_METADATA_BYTES,
    REQUEST_FIELDS,
    SOURCE_FIELDS,
    SPEC_FIELDS,
    EncodeRequest,
    SourceUnavailable,
    create,
    create_bulk,
    job_view,
    validate,
)
from t2m.services.encoding.run import (
    JOB_KINDS,
    run_encode_job,
)

__all__ = [
    "CONTAINER_TYPES",
    "ENCODERS",
    "JOB_KINDS",
    "KIND",
    "MAX_BULK",
    "MAX_EXTERNAL_ID",
    "MAX_METADATA_BYTES",
    "REQUEST_FIELDS",
    "SOURCE_FIELDS",
    "SPEC_FIELDS",
    "EncodeRequest",
    "SourceUnavailable",
    "create",
    "create_bulk",
    "job_view",
    "run_encode_job",
    "validate",
]
