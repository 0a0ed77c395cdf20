"""What anyone with a share link sees, signed in or not: a shared file's page
(``/s/<share_id>``), its embed (``/embed/<share_id>``, framable by any site)
and a shared collection (``/c/<share_id>``). Private items are 404 here."""

from __future__ import annotations

from flask import make_response, render_template

from t2m import security
from t2m.services.delivery.visitors import visitor_links
from t2m.services.library import sharing
from t2m.web import bp


def _page(template: str, file, **extra):
    links = visitor_links(file)
    response = make_response(
        render_template(template, file=file, links=links, playback=links["playback"], **extra)
    )
    if file.visibility != "public":
        response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.get("/s/<share_id>")
def share_file(share_id: str):
    """Public: an unlisted or public file, with Open Graph tags for link previews."""
    return _page("share/file.html", sharing.shared_file(share_id))


@bp.get("/embed/<share_id>")
def share_embed(share_id: str):
    """Public: only the player, for an ``<iframe>`` on any site."""
    file = sharing.shared_file(share_id)
    security.frameable()
    return _page("share/embed.html", file)


@bp.get("/c/<share_id>")
def share_collection(share_id: str):
    """Public: an unlisted or public collection and its shared files."""
    shared = sharing.shared_collection(share_id)
    cards = [(f, visitor_links(f)["poster"]) for f in shared.files]
    response = make_response(render_template("share/collection.html", shared=shared, cards=cards))
    if shared.collection.visibility != "public":
        response.headers["X-Robots-Tag"] = "noindex"
    return response
