"""Account pages: register, sign in/out, e-mail verification, profile, API keys."""

from __future__ import annotations

from datetime import UTC, datetime, time
from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from t2m.errors import AppError, AuthInvalid
from t2m.ratelimit import credentials, sign_in
from t2m.services import accounts
from t2m.services.accounts import api_keys, recovery
from t2m.web import bp
from t2m.web.forms import (
    ApiKeyForm,
    CloseAccountForm,
    ConfirmForm,
    EmailChangeForm,
    ForgotPasswordForm,
    LoginForm,
    PasswordForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
)
from t2m.web.htmx import go, render, show_errors


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths are followed after sign-in.

    They must be printable ASCII without spaces: a CR/LF would break the
    ``Location`` header (a 500 after the session cookie was set), browsers drop
    tabs and newlines (``/\t/evil.example`` is ``//evil.example``), and a header
    value is Latin-1. A path from ``url_for`` is percent-encoded, so it passes.
    """
    if (
        target
        and target.isascii()
        and target.isprintable()
        and " " not in target
        and target.startswith("/")
        and not target.startswith("//")
        and not urlsplit(target).netloc
        and "\\" not in target
    ):
        return target
    return url_for("web.index")


@bp.route("/register", methods=["GET", "POST"])
@credentials
def register():
    if current_user.is_authenticated:
        return redirect(url_for("web.profile"))
    form = RegisterForm()
    status = 200
    if form.validate_on_submit():
        try:
            done = accounts.sign_up(
                email=form.email.data,
                username=form.username.data,
                password=form.password.data,
                full_name=form.full_name.data or None,
            )
        except AppError as err:
            show_errors(form, err)
        else:
            # The same page whether the address was new or already had an
            # account (its owner got a mail instead): see accounts.sign_up.
            flash(
                f"Welcome to T2M! We sent a mail to {done.email}: open its link to confirm "
                "the address. Sign in now with your username and password.",
                "success",
            )
            return go(url_for("web.login", identifier=done.username))
    if form.is_submitted():
        status = 422
    return render("account/register.html", "account/_register_form.html", status, form=form)


@bp.route("/login", methods=["GET", "POST"])
@sign_in
def login():
    if current_user.is_authenticated:
        return redirect(url_for("web.index"))
    form = LoginForm()
    status = 200
    if request.method == "GET" and not form.identifier.data:
        # Sign-up sends the new username along, so only the password is left to type.
        form.identifier.data = (request.args.get("identifier") or "").strip()[:254] or None
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(form.identifier.data, form.password.data)
        except AuthInvalid as err:
            form.form_errors.append(err.message)
        else:
            login_user(user, remember=form.remember.data)
            flash(f"Signed in as {user.username}.", "success")
            return go(_safe_next(request.args.get("next")))
    if form.is_submitted():
        status = 422
    return render("account/login.html", "account/_login_form.html", status, form=form)


@bp.route("/forgot-password", methods=["GET", "POST"])
@sign_in
def forgot_password():
    """Ask for a reset link; the same answer whether or not the address has an account."""
    form = ForgotPasswordForm()
    status = 200
    if form.validate_on_submit():
        try:
            recovery.request_reset(form.email.data)
        except AppError as err:
            show_errors(form, err)
        else:
            flash(
                "If an account uses that address, we sent it a link to choose a new "
                "password. It works for one hour.",
                "info",
            )
            return go(url_for("web.login"))
    if form.is_submitted():
        status = 422
    return render("account/forgot.html", "account/_forgot_form.html", status, form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@sign_in
def reset_password(token: str):
    """Choose a new password from a mailed link (public: the token is the proof)."""
    form = ResetPasswordForm()
    try:
        user = recovery.check_token(token)
    except AppError as err:
        flash(err.message, "error")
        return redirect(url_for("web.forgot_password"), 303)
    status = 200
    if form.validate_on_submit():
        try:
            recovery.reset_password(token, form.new_password.data)
        except AppError as err:
            show_errors(form, err, aliases={"token": "new_password"})
        else:
            if current_user.is_authenticated:
                logout_user()
            flash(
                "Your password is changed, and every browser and app using your account "
                "was signed out. Sign in with the new password.",
                "success",
            )
            return go(url_for("web.login", identifier=user.username))
    if form.is_submitted():
        status = 422
    return render(
        "account/reset.html", "account/_reset_form.html", status, form=form, user=user, token=token
    )


@bp.get("/logout")
def logout_page():
    """Opened directly (a bookmark, a typed address): a page with the button,
    since signing out changes state and takes the form's CSRF token."""
    if not current_user.is_authenticated:
        return redirect(url_for("web.login"), 303)
    return render_template("account/logout.html")


@bp.post("/profile/email")
@login_required
def change_email():
    """Ask to change the address: a link goes to the new one."""
    form = EmailChangeForm()
    sent, status = None, 422
    if form.validate_on_submit():
        try:
            sent = recovery.request_email_change(current_user, form.email.data, form.password.data)
            status = 200
            form = EmailChangeForm(formdata=None)
        except AppError as err:
            show_errors(form, err)
    return render(
        "account/profile.html",
        "account/_email_form.html",
        status,
        **_profile_context(email_form=form, email_sent=sent),
    )


@bp.get("/email/confirm/<token>")
def confirm_email_change(token: str):
    """The link mailed to the new address (public: the token is the proof)."""
    try:
        user = recovery.confirm_email_change(token)
    except AppError as err:
        flash(err.message, "error")
    else:
        flash(f"Your e-mail address is now {user.email}.", "success")
    target = url_for("web.profile") if current_user.is_authenticated else url_for("web.login")
    return redirect(target, 303)


@bp.post("/profile/close")
@login_required
def close_account():
    """Close the account (its data is deleted after the grace period)."""
    from t2m.services import closing

    form = CloseAccountForm()
    if form.validate_on_submit():
        try:
            user = closing.close(
                current_user, password=form.password.data, confirm=form.confirm.data
            )
        except AppError as err:
            show_errors(form, err)
        else:
            when = user.delete_after.strftime("%Y-%m-%d")
            logout_user()
            flash(
                f"Your account is closed and you are signed out. Its files, jobs and "
                f"collections are deleted for good on {when}; until then an administrator "
                "can reopen it.",
                "info",
            )
            return go(url_for("web.index"))
    return render(
        "account/profile.html", "account/_close_form.html", 422, **_profile_context(close_form=form)
    )


@bp.post("/logout")
def logout():
    form = ConfirmForm()
    if form.validate_on_submit() and current_user.is_authenticated:
        logout_user()
        flash("You are signed out.", "info")
    return redirect(url_for("web.login"), 303)


@bp.get("/verify/<token>")
def verify_email(token: str):
    try:
        user = accounts.verify_email(token)
    except AppError as err:
        flash(err.message, "error")
        return redirect(url_for("web.index"), 303)
    flash(f"Thanks, {user.email} is verified.", "success")
    return redirect(
        url_for("web.profile") if current_user.is_authenticated else url_for("web.login"), 303
    )


def _key_form(**kwargs) -> ApiKeyForm:
    """The API key form, offering only the scopes this user can grant."""
    form = ApiKeyForm(**kwargs)
    form.scopes.choices = sorted(api_keys.scopes_for(current_user), key=api_keys.SCOPES.index)
    return form


def _profile_context(**overrides) -> dict:
    user = current_user
    context = {
        "profile_form": ProfileForm(obj=user, formdata=None),
        "password_form": PasswordForm(formdata=None),
        "key_form": _key_form(formdata=None),
        "close_form": CloseAccountForm(formdata=None),
        "email_form": EmailChangeForm(formdata=None),
        "email_sent": None,
        "confirm_form": ConfirmForm(),
        "keys": api_keys.list_keys(user),
        "revoked_keys": api_keys.recently_revoked(user),
        "new_key": None,
    }
    context.update(overrides)
    return context


@bp.get("/profile")
@login_required
def profile():
    return render_template("account/profile.html", **_profile_context())


@bp.post("/profile")
@login_required
def update_profile():
    form = ProfileForm()
    status = 200
    if form.validate_on_submit():
        try:
            accounts.update_profile(
                current_user,
                {
                    "username": form.username.data,
                    "full_name": form.full_name.data or None,
                    "avatar_url": form.avatar_url.data or None,
                },
            )
        except AppError as err:
            show_errors(form, err)
            status = err.status
        else:
            flash("Profile saved.", "success")
            if not getattr(request, "htmx", False):
                return redirect(url_for("web.profile"), 303)
            form = ProfileForm(obj=current_user, formdata=None)
    else:
        status = 422
    return render(
        "account/profile.html",
        "account/_profile_form.html",
        status,
        **_profile_context(profile_form=form),
    )


@bp.post("/profile/password")
@login_required
def change_password():
    form = PasswordForm()
    status = 200
    if form.validate_on_submit():
        try:
            # The real object, not the proxy: login_user() below stores it as
            # the current user, and a proxy pointing at itself recurses forever.
            user = accounts.update_profile(
                current_user._get_current_object(),
                {
                    "current_password": form.current_password.data,
                    "new_password": form.new_password.data,
                },
            )
        except AppError as err:
            show_errors(form, err)
            status = err.status
        else:
            # Every other session is now signed out; keep this one.
            login_user(user)
            flash(
                "Password changed. Other sessions and tokens were signed out, "
                "and your API keys were revoked.",
                "success",
            )
            return go(url_for("web.profile"))
    else:
        status = 422
    return render(
        "account/profile.html",
        "account/_password_form.html",
        status,
        **_profile_context(password_form=form),
    )


@bp.post("/profile/verify")
@login_required
def resend_verification():
    if ConfirmForm().validate_on_submit() and not current_user.email_verified:
        accounts.send_verification_mail(current_user)
        flash("We sent a new confirmation link.", "info")
    return redirect(url_for("web.profile"), 303)


@bp.post("/profile/api-keys")
@login_required
def create_api_key():
    form = _key_form()
    status = 200
    new_key = None
    if form.validate_on_submit():
        expires = None
        if form.expires_on.data:
            expires = datetime.combine(form.expires_on.data, time(23, 59, 59), tzinfo=UTC)
        try:
            _key, new_key = api_keys.create(
                current_user, name=form.name.data, scopes=form.scopes.data or [], expires_at=expires
            )
        except AppError as err:
            show_errors(form, err, aliases={"expires_at": "expires_on"})
            status = err.status
        else:
            form = _key_form(formdata=None)
    else:
        status = 422
    return render(
        "account/profile.html",
        "account/_api_keys.html",
        status,
        **_profile_context(key_form=form, new_key=new_key),
    )


@bp.post("/profile/api-keys/<id:key_id>/revoke")
@login_required
def revoke_api_key(key_id: int):
    if ConfirmForm().validate_on_submit():
        api_keys.revoke(current_user, key_id)
        if not getattr(request, "htmx", False):
            flash("API key revoked.", "info")
    if getattr(request, "htmx", False):
        return render_template("account/_api_keys.html", **_profile_context())
    return redirect(url_for("web.profile"), 303)
