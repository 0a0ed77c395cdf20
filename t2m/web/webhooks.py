"""The Webhooks pages (in the profile area): add a receiver, see its secret once,
send a test, read the delivery log, redeliver, turn it on again after it was
turned off."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from t2m.errors import AppError, NotFound
from t2m.services.events import catalog, webhooks
from t2m.web import bp
from t2m.web.forms import ConfirmForm, WebhookForm
from t2m.web.htmx import show_errors

DELIVERIES_PER_PAGE = 20
EXPIRED = "The form expired; please try again."


def _form(**kwargs) -> WebhookForm:
    form = WebhookForm(**kwargs)
    offered = [t for t in catalog.TYPES if current_user.is_admin or t not in catalog.ADMIN_TYPES]
    form.events.choices = [catalog.ALL, *offered]
    return form


def _index(form: WebhookForm | None = None, status: int = 200):
    page = webhooks.list_webhooks(current_user, 1, 100)
    return (
        render_template(
            "account/webhooks.html",
            hooks=page.items,
            form=form or _form(formdata=None),
            confirm_form=ConfirmForm(),
        ),
        status,
    )


@bp.get("/profile/webhooks")
@login_required
def webhooks_index():
    return _index()


@bp.post("/profile/webhooks")
@login_required
def webhook_create():
    form = _form()
    if not form.validate_on_submit():
        return _index(form, 422)
    try:
        hook, made = webhooks.create(
            current_user,
            url=form.url.data,
            events=form.events.data or [],
            secret=form.secret.data or None,
            description=form.description.data or None,
        )
    except AppError as err:
        show_errors(form, err)
        return _index(form, err.status)
    return _detail(hook.id, secret=made or form.secret.data, status=201)


def _detail(webhook_id: int, *, secret: str | None = None, status: int = 200, message=None):
    hook = webhooks.get(current_user, webhook_id)
    page_no = max(1, request.args.get("page", 1, type=int) or 1)
    page = webhooks.deliveries(current_user, hook.id, min(page_no, 100_000), DELIVERIES_PER_PAGE)
    return (
        render_template(
            "account/webhook.html",
            hook=hook,
            secret=secret,
            deliveries=page,
            confirm_form=ConfirmForm(),
            message=message,
        ),
        status,
    )


@bp.get("/profile/webhooks/<id:webhook_id>")
@login_required
def webhook_detail(webhook_id: int):
    return _detail(webhook_id)


def _action(webhook_id: int, do, done: str):
    """Run a button's action (CSRF-checked), then show the webhook's page again."""
    webhooks.get(current_user, webhook_id)  # 404 for anyone else's
    if not ConfirmForm().validate_on_submit():
        flash(EXPIRED, "error")
        return redirect(url_for("web.webhook_detail", webhook_id=webhook_id), 303)
    try:
        result = do()
    except NotFound:
        raise  # someone else's webhook (or delivery): not found, as on every page
    except AppError as err:
        flash(err.message, "error")
        return redirect(url_for("web.webhook_detail", webhook_id=webhook_id), 303)
    if isinstance(result, str):  # a new secret: shown once, on this answer only
        return _detail(webhook_id, secret=result, message=done)
    flash(done, "success")
    return redirect(url_for("web.webhook_detail", webhook_id=webhook_id), 303)


@bp.post("/profile/webhooks/<id:webhook_id>/test")
@login_required
def webhook_test(webhook_id: int):
    return _action(
        webhook_id,
        lambda: webhooks.send_test(current_user, webhook_id),
        "A test event is on its way; it appears in the log below.",
    )


@bp.post("/profile/webhooks/<id:webhook_id>/rotate")
@login_required
def webhook_rotate(webhook_id: int):
    return _action(
        webhook_id,
        lambda: webhooks.rotate_secret(current_user, webhook_id)[1],
        "New secret made. The previous one keeps signing for 24 hours.",
    )


@bp.post("/profile/webhooks/<id:webhook_id>/active")
@login_required
def webhook_toggle(webhook_id: int):
    on = request.form.get("active") == "true"
    return _action(
        webhook_id,
        lambda: webhooks.update(current_user, webhook_id, {"active": on}),
        "The webhook is on." if on else "The webhook is off.",
    )


@bp.post("/profile/webhooks/<id:webhook_id>/deliveries/<id:delivery_id>/redeliver")
@login_required
def webhook_redeliver(webhook_id: int, delivery_id: int):
    return _action(
        webhook_id,
        lambda: webhooks.redeliver(current_user, webhook_id, delivery_id),
        "Sent again; the new delivery is at the top of the log.",
    )


@bp.post("/profile/webhooks/<id:webhook_id>/delete")
@login_required
def webhook_delete(webhook_id: int):
    webhooks.get(current_user, webhook_id)  # 404 for anyone else's
    if not ConfirmForm().validate_on_submit():
        flash(EXPIRED, "error")
        return redirect(url_for("web.webhook_detail", webhook_id=webhook_id), 303)
    webhooks.delete(current_user, webhook_id)
    flash("Webhook deleted.", "info")
    return redirect(url_for("web.webhooks_index"), 303)
