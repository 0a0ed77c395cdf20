"""The media links a visitor of a shared file gets: signed URLs made for the
owner, which expire (a page reload makes new ones). See
:mod:`t2m.services.library.sharing` for who is a visitor of what."""

from __future__ import annotations

from flask import current_app, url_for

from t2m.extensions import db
from t2m.models import File, User
from t2m.services.delivery import playback, signing

# How long the media links handed to a visitor work.
VISITOR_LINK_SECONDS = 6 * 3600


def visitor_links(file: File) -> dict:
    """Signed URLs a visitor's browser needs for a shared file: ``view`` (the
    original, inline), ``download`` (as an attachment) and ``poster`` (the
    large thumbnail), and for a video ``playback`` (HLS master, storyboard,
    renditions: :func:`t2m.services.delivery.playback.info`)."""
    owner = db.session.get(User, file.owner_id)
    seconds = min(
        int(current_app.config.get("PLAYBACK_URL_SECONDS") or VISITOR_LINK_SECONDS),
        signing.MAX_EXPIRES_IN,
    )

    def link(**options) -> str:
        made = signing.create(owner, file.id, expires_in=seconds, **options)
        return f"{url_for('api.secure_file', file_id=file.id)}?{made.query_string}"

    links = {
        "view": link(inline=True),
        "download": link(),
        "poster": link(size="large"),
        "playback": None,
    }
    if file.file_type == "video":
        links["playback"] = playback.info(owner, file.id)
        links["view"] = links["playback"]["original_url"]
    elif file.file_type == "audio":
        links["view"] = link(quality="original")
    return links
