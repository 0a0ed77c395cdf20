"""The signed-in user's own profile."""

from __future__ import annotations

from t2m.api import bp
from t2m.api.schemas import ProfilePatch, UserOut
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.services import accounts

TAGS = ["users"]


@endpoint(bp, "/users/me", summary="Your profile", tags=TAGS, response=UserOut)
def get_me():
    return current_principal().user


@endpoint(
    bp,
    "/users/me",
    "PATCH",
    summary="Update your profile",
    tags=TAGS,
    scopes=("account",),
    body=ProfilePatch,
    response=UserOut,
    errors=(409,),
)
def patch_me(body: ProfilePatch):
    """Change username, full name or avatar URL. A new password needs
    ``current_password`` and signs out every other session and token, and
    revokes every API key."""
    changes = body.model_dump(exclude_unset=True)
    user = accounts.update_profile(current_principal().user, changes)
    return Reply(user, message="Profile updated.")
