"""The OpenAPI document and the page that renders it."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from t2m import security
from t2m.api import PREFIX, bp
from t2m.api.openapi import build_openapi
from t2m.api.spec import endpoint
from t2m.services.system.health import VERSION

pages = Blueprint("api_docs", __name__)

TAG_TEXT = [
    {"name": "auth", "description": "Accounts, tokens and API keys."},
    {"name": "users", "description": "Your profile."},
    {"name": "files", "description": "Upload, list, download and stream your media."},
    {"name": "media", "description": "Media Vault aliases of the file endpoints."},
    {"name": "collections", "description": "Named sets of your files (Media Vault)."},
    {
        "name": "jobs",
        "description": "Background work: encode jobs (with Idempotency-Key), progress, "
        "logs, cancel, retry.",
    },
    {
        "name": "videos",
        "description": "Videos made from text or a story topic: generate (with "
        "Idempotency-Key), status, download, stream, thumbnail, metadata, subtitles. "
        "A generation is also a job under /jobs.",
    },
    {
        "name": "story",
        "description": "The story API: story video tasks, their scene images, and "
        "regenerating one image (which re-renders the video).",
    },
    {
        "name": "events",
        "description": "What happened to your jobs, media and collections: catch up with "
        "GET /events, follow as server-sent events, or over the /realtime WebSocket.",
    },
    {
        "name": "webhooks",
        "description": "Receivers of signed event deliveries (X-T2M-Signature, "
        "X-Webhook-Signature, Standard Webhooks), retried until a 2xx; the delivery log.",
    },
    {"name": "system", "description": "Health and operations."},
]


def openapi_document() -> dict:
    """The document, built once per app from the registered endpoints."""
    doc = current_app.extensions.get("t2m_openapi")
    if doc is None:
        doc = build_openapi(
            PREFIX,
            {
                "title": "T2M API",
                "version": VERSION,
                "description": (
                    "Upload, generate and watch media. Every response uses one envelope: "
                    "`{success, data, message, meta}` or `{success: false, error: {code, "
                    "message, details}, meta}`. Authenticate with a JWT from `/auth/login` "
                    "or an API key (`X-API-Key: t2m_…`)."
                ),
            },
            TAG_TEXT,
        )
        current_app.extensions["t2m_openapi"] = doc
    return doc


@endpoint(
    bp, "/openapi.json", summary="This OpenAPI document", tags=["system"], auth="public", raw=True
)
def openapi_json():
    return openapi_document()


@pages.get("/api/docs")
def api_docs():
    """The OpenAPI document in Swagger UI: search, schemas where used, "Try it out"."""
    security.allow_source("img-src", "data:")  # Swagger UI's icons
    return render_template("api_docs.html", spec=openapi_document())
