"""The notifications page and the header's count of what is new."""

from __future__ import annotations

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from t2m.services import notifications
from t2m.web import bp
from t2m.web.forms import ConfirmForm


@bp.get("/notifications")
@login_required
def notifications_index():
    """Finished and failed work, newest first; opening the page marks it seen."""
    items = notifications.recent(current_user)
    seen = current_user.notifications_seen_at
    body = render_template("notifications.html", items=items, seen=seen, confirm_form=ConfirmForm())
    notifications.mark_seen(current_user)
    return body


@bp.post("/notifications/email")
@login_required
def notifications_email():
    """Turn mail about finished and failed work on or off (field ``on``)."""
    if ConfirmForm().validate_on_submit():
        on = request.form.get("on") == "1"
        notifications.set_email(current_user, on)
        flash(
            "We will mail you when your work finishes or fails."
            if on
            else "No more mail about finished work.",
            "success",
        )
    return redirect(url_for("web.notifications_index"), 303)


def init_app(app: Flask) -> None:
    @app.context_processor
    def _unseen():
        # A function, so the COUNT runs only where base.html draws the header,
        # not for every fragment htmx polls for.
        def unseen() -> int:
            if current_user.is_authenticated and request.endpoint != "web.notifications_index":
                return notifications.unseen_count(current_user)
            return 0

        return {"notifications_unseen": unseen}
