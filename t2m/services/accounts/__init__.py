"""Accounts: sign-up, sign-in, profiles and e-mail verification (``users``), password
hashing (``passwords``), JWTs (``tokens``), API keys and their scopes (``api_keys``).
Outgoing mail is shared by every domain: :mod:`t2m.services.mail`.
"""

from t2m.services.accounts.users import (
    VERIFY_MAX_AGE,
    SignUp,
    authenticate,
    get_user,
    register,
    send_sign_up_attempt_mail,
    send_verification_mail,
    set_role,
    sign_up,
    update_profile,
    verification_token,
    verify_email,
)

__all__ = [
    "VERIFY_MAX_AGE",
    "SignUp",
    "authenticate",
    "get_user",
    "register",
    "send_sign_up_attempt_mail",
    "send_verification_mail",
    "set_role",
    "sign_up",
    "update_profile",
    "verification_token",
    "verify_email",
]
