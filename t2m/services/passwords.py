"""Password hashing with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id (RFC 9106 low-memory)
# A real hash of a random string: verifying against it costs what a real check
# costs, so an unknown account answers in about the same time as a wrong password.
_DUMMY = _hasher.hash("t2m-timing-equaliser")


def hash_password(password: str) -> str:
    """Hash ``password`` with Argon2id."""
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Check ``password``; with no stored hash, burn the same time and fail."""
    try:
        return _hasher.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with older parameters."""
    return _hasher.check_needs_rehash(stored_hash)
