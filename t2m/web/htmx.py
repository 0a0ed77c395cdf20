"""What every page does the HTMX way: fragments or whole pages, redirects, polling
that stops, and service errors shown next to the fields they are about."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flask import redirect, render_template, request

from t2m.errors import AppError

# htmx cancels an ``every`` polling trigger when the answer has this status.
STOP_POLLING = 286


def is_htmx() -> bool:
    """An HTMX request that wants a fragment (a history restore wants the page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request


def render(template: str, partial: str, status: int = 200, **context):
    """One route, two renderings: the partial for HTMX, else the whole page.

    HTMX swaps only 2xx answers, so a form with errors is 200 for HTMX and
    ``status`` (422) for a plain browser post.
    """
    if getattr(request, "htmx", False):
        return render_template(partial, **context), 200
    return render_template(template, **context), status


def go(url: str):
    """Redirect, the HTMX way when the request came from HTMX."""
    if getattr(request, "htmx", False):
        return "", 204, {"HX-Redirect": url}
    return redirect(url, 303)


def show_errors(
    form,
    err: AppError,
    *,
    aliases: Mapping[str, str] | None = None,
    polish: Callable[[str], str] | None = None,
    label: Callable[[str], str] | None = None,
) -> None:
    """Put a service error on a form: each field's messages next to that field
    (``aliases`` maps the service's field names onto the form's), the rest and
    an error without details at the top. ``polish`` rewrites each message (into
    a sentence, say), ``label`` names a field that is not on the form."""
    for name, messages in err.details.items():
        texts = [polish(m) for m in messages] if polish else list(messages)
        field = getattr(form, (aliases or {}).get(name, name), None)
        if field is not None and hasattr(field, "errors") and name != "csrf_token":
            field.errors = [*field.errors, *texts]
        else:
            joined = " ".join(texts) if polish else "; ".join(texts)
            form.form_errors.append(f"{label(name) if label else name}: {joined}")
    if not err.details:
        form.form_errors.append(err.message)


def sentence(message: str) -> str:
    """``message`` as a sentence: a capital first letter and a full stop."""
    message = message.strip()
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
