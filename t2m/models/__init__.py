"""The data model (DESIGN §3). Services are the only writers of these rows."""

from t2m.models.user import ApiKey, RevokedToken, User

__all__ = ["ApiKey", "RevokedToken", "User"]
