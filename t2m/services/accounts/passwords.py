"""Password hashing with Argon2id, at the cost the configuration sets.

``T2M_PASSWORD_TIME_COST``, ``T2M_PASSWORD_MEMORY_KIB`` and
``T2M_PASSWORD_PARALLELISM`` default to argon2-cffi's own parameters (RFC 9106's
low-memory profile). A hash made with other parameters still verifies and is
redone at the configured cost on the next sign-in (:func:`needs_rehash`).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app, has_app_context

DEFAULT = PasswordHasher()  # argon2-cffi's defaults are Argon2id (RFC 9106 low-memory)
DEFAULT_COST = (DEFAULT.time_cost, DEFAULT.memory_cost, DEFAULT.parallelism)


@cache
def _hasher(time_cost: int, memory_kib: int, parallelism: int) -> tuple[PasswordHasher, str]:
    """The hasher for these parameters and a real hash of a random string made
    with it: verifying against that costs what a real check costs, so an unknown
    account answers in about the same time as a wrong password."""
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)
    return hasher, hasher.hash("t2m-timing-equaliser")


def cost() -> tuple[int, int, int]:
    """(time cost, memory in KiB, parallelism) of the current app, else the defaults."""
    if not has_app_context():
        return DEFAULT_COST
    config = current_app.config
    return (
        config.get("PASSWORD_TIME_COST", DEFAULT_COST[0]),
        config.get("PASSWORD_MEMORY_KIB", DEFAULT_COST[1]),
        config.get("PASSWORD_PARALLELISM", DEFAULT_COST[2]),
    )


def hash_password(password: str) -> str:
    """Hash ``password`` with Argon2id."""
    return _hasher(*cost())[0].hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Check ``password``; with no stored hash, burn the same time and fail."""
    hasher, dummy = _hasher(*cost())
    try:
        return hasher.verify(stored_hash or dummy, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with other parameters than the configured ones."""
    return _hasher(*cost())[0].check_needs_rehash(stored_hash)
