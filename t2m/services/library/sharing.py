"""Who besides the owner may see a file or a collection.

Each is ``private`` (the owner only: the default), ``unlisted`` (anyone with
its share link) or ``public`` (the same, and it may be indexed and listed).
The share link is ``/s/<share_id>`` for a file (``/embed/<share_id>`` in an
iframe on another site) and ``/c/<share_id>`` for a collection; the share id
is random and unguessable, made the first time the item stops being private
and kept, so a link handed out works again if the item goes private and back.
A private item's links answer 404, exactly like an id that never existed.

Visitors never get a route to the media themselves: the pages hand them
signed URLs made for the owner (:mod:`t2m.services.delivery.visitors`), which
expire, so a link that is turned private stops working within their lifetime.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select

from t2m.errors import NotFound
from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File
from t2m.services import validation

VISIBILITIES = ("private", "unlisted", "public")
VISIBILITY_HELP = "Must be one of: private, unlisted, public."


def check_visibility(errors: validation.Errors, value) -> str | None:
    if value not in VISIBILITIES:
        errors.add("visibility", VISIBILITY_HELP)
        return None
    return value


def apply(row: File | Collection, visibility: str) -> None:
    """Set ``visibility`` on a file or collection, giving it a share id the
    first time it is shared (the caller commits)."""
    row.visibility = visibility
    if visibility != "private" and row.share_id is None:
        row.share_id = secrets.token_urlsafe(12)  # 16 characters, 96 bits


def is_shared(row: File | Collection) -> bool:
    return row.visibility in ("unlisted", "public") and bool(row.share_id)


def _shared(model, share_id: str, what: str):
    if not isinstance(share_id, str) or not 8 <= len(share_id) <= 32:
        raise NotFound(f"{what} not found.")
    row = db.session.scalar(select(model).where(model.share_id == share_id))
    if row is None or not is_shared(row):
        raise NotFound(f"{what} not found.")
    return row


def shared_file(share_id: str) -> File:
    """The unlisted or public file with this share id, else 404."""
    return _shared(File, share_id, "File")


@dataclass
class SharedCollection:
    collection: Collection
    files: list[File]  # the ones that are shared themselves, newest first
    hidden: int  # how many private files it also holds


def shared_collection(share_id: str) -> SharedCollection:
    """The unlisted or public collection with this share id, else 404, with
    those of its files that are shared themselves (private ones stay hidden)."""
    collection = _shared(Collection, share_id, "Collection")
    rows = db.session.scalars(
        select(File)
        .join(CollectionItem, CollectionItem.file_id == File.id)
        .where(CollectionItem.collection_id == collection.id)
        .order_by(CollectionItem.added_at.desc(), File.id.desc())
    ).all()
    files = [f for f in rows if is_shared(f)]
    return SharedCollection(collection, files, len(rows) - len(files))
