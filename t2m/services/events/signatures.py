"""Signing a delivery so every documented receiver can check it.

Three ways, all with the webhook's secret, so a receiver written from any of
the API documents works unchanged:

- ``X-T2M-Signature: sha256=<hex>``: HMAC-SHA256 of the raw body, keyed with
  the secret's UTF-8 bytes (the T2M documentation's ``verify_webhook``);
- ``X-Webhook-Signature: <hex>``: the same HMAC without the prefix (the encode
  SDK's receiver);
- Standard Webhooks (``webhook-id``, ``webhook-timestamp``,
  ``webhook-signature: v1,<base64>`` over ``id.timestamp.body``), signed by the
  ``standardwebhooks`` library with ``Webhook(secret)``, exactly as a receiver
  builds it from the same string (a ``whsec_`` secret is base64 key bytes).

During the day after a rotation the previous secret signs too: its HMAC in
``X-T2M-Signature-Previous`` and a second ``v1,`` entry in ``webhook-signature``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime

from standardwebhooks.webhooks import Webhook as StandardWebhook

SECRET_PREFIX = "whsec_"  # noqa: S105 (a prefix, not a secret)


def new_secret() -> str:
    """A fresh secret: ``whsec_`` and 32 random bytes in base64 (Standard Webhooks' form)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def hex_hmac(secret: str, body: bytes) -> str:
    """HMAC-SHA256 of ``body`` keyed with the secret's UTF-8 bytes, in hex."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _standard(secret: str) -> StandardWebhook:
    try:
        return StandardWebhook(secret)
    except Exception:  # not base64 at all: its bytes are the key
        return StandardWebhook(secret.encode("utf-8"))


def headers(body: bytes, event_uid: str, moment: datetime, keys: list[str]) -> dict[str, str]:
    """The signature headers for ``body``: ``keys[0]`` is the current secret,
    ``keys[1]`` (when present) the previous one still signing."""
    current = keys[0]
    signed = {
        "X-T2M-Signature": "sha256=" + hex_hmac(current, body),
        "X-Webhook-Signature": hex_hmac(current, body),
        "webhook-id": event_uid,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": " ".join(_standard(k).sign(event_uid, moment, body) for k in keys),
    }
    if len(keys) > 1:
        signed["X-T2M-Signature-Previous"] = "sha256=" + hex_hmac(keys[1], body)
    return signed
