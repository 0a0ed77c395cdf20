"""Signed URLs: a file's bytes for anyone holding the link, until it expires.

The owner asks for a link; its query carries ``user_id``, ``expires`` and any
serving options, and ``signature`` is an HMAC-SHA256 over the path id and
every other parameter. Nothing about the link is stored: a changed, added or
removed parameter, a different file id, an expired link, or an owner who no
longer has the file (or the account) is refused with one 403 that does not
say which.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode

from flask import current_app, url_for

from t2m.db import MAX_ID
from t2m.errors import PermissionDenied, ValidationFailed
from t2m.extensions import db
from t2m.models import File, User
from t2m.services import validation
from t2m.services.ownership import owned, owns
from t2m.services.processing.renditions import QUALITY_HELP, is_quality

DEFAULT_EXPIRES_IN = 3600
MAX_EXPIRES_IN = 7 * 24 * 3600
THUMBNAIL_SIZES = ("small", "medium", "large")
FILE_TYPES = ("document", "image", "video", "audio")
# Changing this string invalidates every link made before (and only those).
_PURPOSE = b"t2m.signed-file-url.v1"
_DENIED = "This link is not valid or has expired."
# Playback tokens have their own key: a token is never a signed link, nor the reverse.
_PLAYBACK_PURPOSE = b"t2m.playback-token.v1"
PLAYBACK_SCOPES = ("hls",)


@dataclass
class SignedLink:
    """A signed link: the file, its query parameters (signature included) and expiry."""

    file_id: int
    params: dict[str, str]
    expires_at: datetime

    @property
    def query_string(self) -> str:
        return urlencode(self.params)


def _key(purpose: bytes = _PURPOSE) -> bytes:
    # A key of its own, derived from SECRET_KEY, so a signature made here can
    # never be replayed as a session cookie or an e-mail token, or vice versa.
    secret = current_app.config["SECRET_KEY"]
    if isinstance(secret, str):
        secret = secret.encode()
    return hmac.new(secret, purpose, hashlib.sha256).digest()


def _canonical(file_id: int | str, params: list[tuple[str, str]], version: int) -> bytes:
    """The signed text: the path id, the owner's token version (not in the URL:
    a password change or "sign out everywhere" kills every link) and every
    parameter but ``signature``, sorted."""
    query = urlencode(sorted((k, v) for k, v in params if k != "signature"))
    return f"{file_id}\n{version}\n{query}".encode()


def _sign(file_id: int | str, params: list[tuple[str, str]], version: int) -> str:
    return hmac.new(_key(), _canonical(file_id, params, version), hashlib.sha256).hexdigest()


def _own_file(user: User, file_id: int) -> File:
    # Only the owner may hand out links, admins included: a link acts as its owner.
    return owned(user, db.session.get(File, file_id), "File")


def create(
    user: User,
    file_id: int,
    *,
    expires_in: int = DEFAULT_EXPIRES_IN,
    inline: bool | None = None,
    size: str | None = None,
    quality: str | None = None,
    file_type: str | None = None,
    now: datetime | None = None,
) -> SignedLink:
    """A link to one of the user's files, valid for ``expires_in`` seconds.

    ``size`` makes it a thumbnail link, ``quality`` a stream link, otherwise it
    downloads (``inline`` to show it in the browser). ``file_type``, when given,
    must be the file's type and is checked again when the link is used.
    """
    errors = validation.Errors()
    if isinstance(expires_in, bool) or not isinstance(expires_in, int):
        errors.add("expires_in", "Must be a whole number of seconds.")
    elif not 1 <= expires_in <= MAX_EXPIRES_IN:
        errors.add("expires_in", f"Must be between 1 and {MAX_EXPIRES_IN} seconds (7 days).")
    if size is not None and size not in THUMBNAIL_SIZES:
        errors.add("size", f"Must be one of: {', '.join(THUMBNAIL_SIZES)}.")
    if quality is not None and not is_quality(quality):
        errors.add("quality", QUALITY_HELP)
    if size is not None and quality is not None:
        errors.add("quality", "A link is either a thumbnail (size) or a stream (quality).")
    if inline is not None and (size is not None or quality is not None):
        errors.add("inline", "Only download links take inline; thumbnails and streams are.")
    if file_type is not None and file_type not in FILE_TYPES:
        errors.add("file_type", f"Must be one of: {', '.join(FILE_TYPES)}.")
    errors.raise_if_any()

    file = _own_file(user, file_id)
    if file_type is not None and file_type != file.file_type:
        raise ValidationFailed(
            f"This file is {file.file_type}, not {file_type}.",
            details={"file_type": [f"the file is {file.file_type}"]},
        )
    now = now or datetime.now(UTC)
    expires = int(now.timestamp()) + expires_in
    params = {"user_id": str(user.id), "expires": str(expires)}
    if inline is not None:
        params["inline"] = "true" if inline else "false"
    if size is not None:
        params["size"] = size
    if quality is not None:
        params["quality"] = quality
    if file_type is not None:
        params["file_type"] = file_type
    params = dict(sorted(params.items()))
    params["signature"] = _sign(file.id, list(params.items()), user.token_version)
    return SignedLink(file.id, params, datetime.fromtimestamp(expires, UTC))


def download_link(user: User, file_id: int, owner_id: int, *, expires_in: int) -> str:
    """Where ``user`` downloads a file: a signed link (valid ``expires_in`` seconds,
    no credentials needed) when it is their own; the plain download route, which
    asks for credentials, when an administrator looks at someone else's work."""
    if not owns(user, owner_id):
        return url_for("api.download_file", file_id=file_id)
    link = create(user, file_id, expires_in=expires_in)
    return url_for("api.secure_file", file_id=link.file_id) + "?" + link.query_string


def _verified(
    file_id: int, args: list[tuple[str, str]], now: datetime | None
) -> tuple[dict[str, str], User]:
    """The link's parameters and owner when the signature holds and it has not expired."""
    names = [k for k, _ in args]
    if len(names) != len(set(names)):
        raise PermissionDenied(_DENIED)  # a repeated parameter is ambiguous: refuse it
    params = dict(args)
    try:
        expires = int(params["expires"])
        owner_id = int(params["user_id"])
    except (KeyError, ValueError):
        raise PermissionDenied(_DENIED) from None
    owner = db.session.get(User, owner_id) if 1 <= owner_id <= MAX_ID else None
    given = params.get("signature", "")
    expected = _sign(file_id, args, owner.token_version if owner else -1)
    if not hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace")):
        raise PermissionDenied(_DENIED)
    if owner is None:
        raise PermissionDenied(_DENIED)
    now = now or datetime.now(UTC)
    if now.timestamp() >= expires:
        raise PermissionDenied("This link has expired.")
    return params, owner


def verify_link(
    file_id: int, args: list[tuple[str, str]], *, now: datetime | None = None
) -> tuple[dict[str, str], User, File]:
    """The parameters, owner and file of a signed link that holds: the signature
    is right, it has not expired, and the file is still its active owner's (and
    of the ``file_type`` it names). Anything else is the same 403."""
    params, owner = _verified(file_id, args, now)
    file = db.session.get(File, file_id)
    if owner is None or not owner.is_active or file is None or not owns(owner, file.owner_id):
        raise PermissionDenied(_DENIED)
    if "file_type" in params and params["file_type"] != file.file_type:
        raise PermissionDenied(_DENIED)
    return params, owner, file


# ---- playback tokens ------------------------------------------------------------
#
# Players (hls.js, Safari, a TV) fetch every playlist, segment and sprite by
# URL and cannot add headers, so the URLs inside a served playlist carry a
# token in their query: ``token=<owner id>.<expires>.<signature>``, where the
# signature is an HMAC-SHA256 (its own key, see ``_PLAYBACK_PURPOSE``) over the
# file id, the owner id, the expiry, the scope and the owner's token version.
# One token covers every playback URL of one file until it expires, so a
# playlist hands its own token on to the URLs it lists and they stay cacheable.


def _playback_signature(file_id: int, owner_id: int, expires: int, scope: str, version: int) -> str:
    text = f"{file_id}\n{owner_id}\n{expires}\n{scope}\n{version}".encode()
    digest = hmac.new(_key(_PLAYBACK_PURPOSE), text, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def playback_token(
    owner: User, file_id: int, *, expires_in: int, scope: str = "hls", now: datetime | None = None
) -> tuple[str, datetime]:
    """A playback token for one of ``owner``'s files and its expiry.

    The caller has checked that the file is the owner's; the token acts as the
    owner, and dies with the owner's token version (a password change).
    """
    if scope not in PLAYBACK_SCOPES:
        raise ValueError(f"unknown playback scope {scope!r}")
    now = now or datetime.now(UTC)
    expires = int(now.timestamp()) + max(1, int(expires_in))
    signature = _playback_signature(file_id, owner.id, expires, scope, owner.token_version)
    return f"{owner.id}.{expires}.{signature}", datetime.fromtimestamp(expires, UTC)


_TOKEN = re.compile(r"^([1-9][0-9]{0,18})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$")


def open_playback_token(
    file_id: int, token: str, *, scope: str = "hls", now: datetime | None = None
) -> File:
    """The file a playback token opens, when it is genuine, unexpired and its owner
    still has the file; anything else is one 403 that does not say which."""
    match = _TOKEN.fullmatch(token or "")
    if match is None:
        raise PermissionDenied(_DENIED)
    owner_id, expires = int(match.group(1)), int(match.group(2))
    owner = db.session.get(User, owner_id) if owner_id <= MAX_ID else None
    expected = _playback_signature(
        file_id, owner_id, expires, scope, owner.token_version if owner else -1
    )
    if not hmac.compare_digest(expected.encode(), match.group(3).encode()) or owner is None:
        raise PermissionDenied(_DENIED)
    if (now or datetime.now(UTC)).timestamp() >= expires:
        raise PermissionDenied("This link has expired.")
    file = db.session.get(File, file_id)
    if not owner.is_active or file is None or not owns(owner, file.owner_id):
        raise PermissionDenied(_DENIED)
    return file
