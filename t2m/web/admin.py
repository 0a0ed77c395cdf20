"""The admin area (administrators only; anyone else gets a 404)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from t2m.errors import AppError, NotFound
from t2m.services import admin
from t2m.web import bp
from t2m.web.forms import ConfirmForm


def _admins_only() -> None:
    if not current_user.is_admin:
        raise NotFound("Page not found.")


@bp.get("/admin")
@login_required
def admin_index():
    _admins_only()
    return render_template(
        "admin/index.html",
        rows=admin.users(current_user),
        overview=admin.overview(current_user),
        confirm_form=ConfirmForm(),
    )


@bp.post("/admin/users/<id:user_id>")
@login_required
def admin_update_user(user_id: int):
    """Disable or enable an account, change its role or quota."""
    _admins_only()
    if not ConfirmForm().validate_on_submit():
        flash("The form expired. Reload the page and try again.", "error")
        return redirect(url_for("web.admin_index"), 303)
    try:
        user = admin.update_user(
            current_user,
            user_id,
            {
                "active": request.form.get("active") == "1",
                "role": request.form.get("role"),
                "quota_mb": request.form.get("quota_mb", ""),
            },
        )
    except AppError as err:
        if err.status == 404:
            raise
        details = " ".join(m for ms in (err.details or {}).values() for m in ms)
        flash(f"{err.message} {details}".strip(), "error")
    else:
        flash(f"Saved {user.username}.", "success")
    return redirect(url_for("web.admin_index"), 303)
