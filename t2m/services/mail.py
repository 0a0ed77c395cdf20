"""Outgoing mail. With no mail server configured, messages go to an outbox
folder under the instance path (one ``.eml`` file each) and to the log, so a
self-hoster can still read verification links."""

from __future__ import annotations

import time
from email.message import EmailMessage
from pathlib import Path

from flask import current_app, url_for


def outbox() -> Path:
    """The folder where unsent messages are written."""
    return Path(current_app.config["INSTANCE_PATH"]) / "outbox"


def send(to: str, subject: str, body: str) -> Path:
    """Write a message to the outbox and return its path."""
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "T2M <noreply@localhost>"
    msg["Subject"] = subject
    msg.set_content(body)
    folder = outbox()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{time.time_ns()}.eml"
    path.write_bytes(msg.as_bytes())
    current_app.logger.info("Mail to %s (%s) written to %s", to, subject, path)
    return path


def link(endpoint: str, fallback: str, **values) -> str:
    """The absolute URL of a page for a mail; ``fallback`` (a path) outside a
    request (the CLI), where there is no host to build one with."""
    try:
        return url_for(endpoint, _external=True, **values)
    except RuntimeError:
        return fallback
