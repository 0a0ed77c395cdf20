"""The one ownership rule, for every kind of row that has an owner.

- :func:`may_see` / :func:`visible`: a user sees their own rows; an
  administrator sees everyone's (support, moderation). Reading, watching,
  cancelling and deleting go through this.
- :func:`owns` / :func:`owned`: acting *as* the owner needs the row to be one's
  own, administrators included: handing out a signed link (it acts as its
  owner), filing into a collection, using a file as the source or a picture of
  new work, writing an encode's output into a collection.

Someone else's row is "not found", never "forbidden", so ids tell nothing.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from t2m.errors import NotFound
from t2m.models import User


class Owned(Protocol):
    owner_id: int


Row = TypeVar("Row", bound=Owned)


def may_see(user: User, owner_id: int) -> bool:
    """Whether ``user`` may see (and manage) a row of ``owner_id``."""
    return owner_id == user.id or user.is_admin


def owns(user: User, owner_id: int) -> bool:
    """Whether ``user`` may act as the owner of a row of ``owner_id``."""
    return owner_id == user.id


def visible(user: User, row: Row | None, what: str, details: dict | None = None) -> Row:
    """``row`` if ``user`` may see it, else a 404 saying "<what> not found."."""
    if row is None or not may_see(user, row.owner_id):
        raise NotFound(f"{what} not found.", details=details)
    return row


def owned(user: User, row: Row | None, what: str, details: dict | None = None) -> Row:
    """``row`` if it is ``user``'s own, else a 404 saying "<what> not found."."""
    if row is None or not owns(user, row.owner_id):
        raise NotFound(f"{what} not found.", details=details)
    return row
