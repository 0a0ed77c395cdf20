"""Collections (the Media Vault's albums): named sets of a user's own files.

A collection and what is in it belong to one user; anyone else, admins
included, gets a 404. Adding files is all-or-nothing, and adding a file that
is already there changes nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from t2m.db import ID_MESSAGE, is_id
from t2m.errors import Conflict, NotFound
from t2m.extensions import db
from t2m.models import Collection, CollectionItem, File, User
from t2m.models.base import utcnow
from t2m.services import events, validation
from t2m.services.events import payloads
from t2m.services.ownership import owned
from t2m.services.pagination import Page, paginate

NAME_MAX = 100
DESCRIPTION_MAX = 2000
MAX_FILES_PER_CALL = 100
# How many files a collection's details embed; the rest are paged through
# GET /files?collection_id=.
EMBED_FILES = 100


@dataclass
class CollectionView:
    """A collection with its item count and, when asked for, some of its files."""

    collection: Collection
    item_count: int
    files: list[File] | None = None


@dataclass
class AddResult:
    collection: CollectionView
    added: list[int]
    already_present: list[int]


def _name(errors: validation.Errors, value) -> str | None:
    name = validation.text(errors, "name", value, max_len=NAME_MAX, required=True)
    return unicodedata.normalize("NFC", name) if name else name


def _description(errors: validation.Errors, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        errors.add("description", "Must be a string.")
        return None
    if "\x00" in value:
        errors.add("description", "Must not contain NUL characters.")
    elif len(value) > DESCRIPTION_MAX:
        errors.add("description", f"Must be at most {DESCRIPTION_MAX} characters.")
    return value.strip() or None


def _check_unique(user: User, name: str, exclude_id: int | None = None) -> None:
    stmt = select(Collection.id).where(Collection.owner_id == user.id, Collection.name == name)
    if exclude_id is not None:
        stmt = stmt.where(Collection.id != exclude_id)
    if db.session.scalar(stmt) is not None:
        raise Conflict(
            "You already have a collection with this name.",
            details={"name": ["already used by another of your collections"]},
        )


def _own(user: User, collection_id: int) -> Collection:
    return owned(user, db.session.get(Collection, collection_id), "Collection")


def _counts(ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = db.session.execute(
        select(CollectionItem.collection_id, func.count())
        .where(CollectionItem.collection_id.in_(ids))
        .group_by(CollectionItem.collection_id)
    ).all()
    return {cid: int(n) for cid, n in rows}


def _view(collection: Collection, with_files: bool = False) -> CollectionView:
    view = CollectionView(collection, _counts([collection.id]).get(collection.id, 0))
    if with_files:
        view.files = list(
            db.session.scalars(
                select(File)
                .join(CollectionItem, CollectionItem.file_id == File.id)
                .where(CollectionItem.collection_id == collection.id)
                .order_by(CollectionItem.added_at.desc(), File.id.desc())
                .limit(EMBED_FILES)
            )
        )
    return view


def _announce(collection: Collection, event: str, item_count: int | None = None) -> None:
    """Emit a collection event in the current transaction."""
    events.emit(
        event,
        owner_id=collection.owner_id,
        resource="collection",
        resource_id=collection.id,
        data=payloads.collection(collection, item_count),
    )


def _commit_named(collection: Collection, event: str) -> None:
    """Announce and commit; a concurrent request that took the same name first
    makes this a 409 (and nothing is announced)."""
    name = collection.name
    try:
        db.session.flush()
        _announce(collection, event, _counts([collection.id]).get(collection.id, 0))
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict(
            "You already have a collection with that name.",
            details={"name": [f"'{name}' is taken"]},
        ) from None


def create(user: User, *, name, description=None) -> CollectionView:
    """A new, empty collection. Names are 1-100 characters and unique per user."""
    errors = validation.Errors()
    name = _name(errors, name)
    description = _description(errors, description)
    errors.raise_if_any()
    _check_unique(user, name)
    collection = Collection(owner_id=user.id, name=name, description=description)
    db.session.add(collection)
    _commit_named(collection, "collection.created")
    return CollectionView(collection, 0)


def list_collections(user: User, page: int, items_per_page: int) -> Page:
    """The user's collections, newest first, each with its item count."""
    stmt = (
        select(Collection)
        .where(Collection.owner_id == user.id)
        .order_by(Collection.created_at.desc(), Collection.id.desc())
    )
    result = paginate(stmt, page, items_per_page)
    counts = _counts([c.id for c in result.items])
    result.items = [CollectionView(c, counts.get(c.id, 0)) for c in result.items]
    return result


def get(user: User, collection_id: int, *, with_files: bool = False) -> CollectionView:
    """One of the user's collections (404 for anyone else's)."""
    return _view(_own(user, collection_id), with_files)


def update(user: User, collection_id: int, changes: dict) -> CollectionView:
    """Rename, re-describe or share a collection; ``description: None`` clears it."""
    from t2m.services.library import sharing

    collection = _own(user, collection_id)
    errors = validation.Errors()
    name = _name(errors, changes["name"]) if "name" in changes else None
    description = _description(errors, changes.get("description"))
    visibility = (
        sharing.check_visibility(errors, changes["visibility"]) if "visibility" in changes else None
    )
    errors.raise_if_any()
    if visibility is not None:
        sharing.apply(collection, visibility)
    if "name" in changes and name != collection.name:
        _check_unique(user, name, exclude_id=collection.id)
        collection.name = name
    if "description" in changes:
        collection.description = description
    _commit_named(collection, "collection.updated")
    return _view(collection)


def delete(user: User, collection_id: int) -> None:
    """Delete a collection; its files stay in the library."""
    collection = _own(user, collection_id)
    db.session.execute(
        CollectionItem.__table__.delete().where(CollectionItem.collection_id == collection.id)
    )
    _announce(collection, "collection.deleted")
    db.session.delete(collection)
    db.session.commit()


def add_files(user: User, collection_id: int, file_ids) -> AddResult:
    """Put some of the user's files in a collection, all or none.

    Every id must be one of the user's own files, or nothing is added and the
    404 names the ids that were not found. Ids already in the collection (or
    repeated in the request) are accepted and left as they are.
    """
    errors = validation.Errors()
    if not isinstance(file_ids, list | tuple) or not file_ids:
        errors.add("file_ids", "Give at least one file id.")
    elif len(file_ids) > MAX_FILES_PER_CALL:
        errors.add("file_ids", f"At most {MAX_FILES_PER_CALL} ids per request.")
    elif not all(is_id(i) for i in file_ids):
        errors.add("file_ids", ID_MESSAGE)
    errors.raise_if_any()
    wanted = list(dict.fromkeys(file_ids))  # de-duplicated, order kept
    try:
        return _add_once(user, collection_id, wanted)
    except IntegrityError:
        # A concurrent request added some of the same files, or deleted the
        # collection or a file: look again once, from the start.
        db.session.rollback()
        return _add_once(user, collection_id, wanted)


def _add_once(user: User, collection_id: int, wanted: list[int]) -> AddResult:
    collection = _own(user, collection_id)
    mine = set(
        db.session.scalars(select(File.id).where(File.id.in_(wanted), File.owner_id == user.id))
    )
    missing = [i for i in wanted if i not in mine]
    if missing:
        shown = ", ".join(str(i) for i in missing[:20]) + ("…" if len(missing) > 20 else "")
        raise NotFound(
            "No files were added: some of these files were not found.",
            details={"file_ids": [f"not found: {shown}"]},
        )
    present = set(
        db.session.scalars(
            select(CollectionItem.file_id).where(
                CollectionItem.collection_id == collection.id, CollectionItem.file_id.in_(wanted)
            )
        )
    )
    added = [i for i in wanted if i not in present]
    for file_id in added:
        db.session.add(CollectionItem(collection_id=collection.id, file_id=file_id))
    if added:
        collection.updated_at = utcnow()
        db.session.flush()
        _announce(collection, "collection.updated", _counts([collection.id]).get(collection.id, 0))
    db.session.commit()
    return AddResult(_view(collection), added, [i for i in wanted if i in present])


def remove_file(user: User, collection_id: int, file_id: int) -> CollectionView:
    """Take a file out of a collection (the file itself stays)."""
    collection = _own(user, collection_id)
    item = db.session.get(CollectionItem, (collection.id, file_id))
    if item is None:
        raise NotFound("This file is not in the collection.")
    db.session.delete(item)
    collection.updated_at = utcnow()
    db.session.flush()
    _announce(collection, "collection.updated", _counts([collection.id]).get(collection.id, 0))
    db.session.commit()
    return _view(collection)
