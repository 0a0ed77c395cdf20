"""Collection pages: the list with a create form, a collection's page (rename,
its files, removing them), and deleting a collection.

Another user's collection is a 404 from the service, shown as the error page.
"""

from __future__ import annotations

from flask import flash, render_template, request, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import Length

from t2m.errors import AppError, Conflict
from t2m.services.library import collections
from t2m.web import bp
from t2m.web.forms import ConfirmForm
from t2m.web.htmx import go, render, show_errors

PER_PAGE = 100
TAKEN = "That name is taken: you already have a collection called that."


class CollectionForm(FlaskForm):
    # Required-ness and the rest of the rules live in the collections service.
    name = StringField("Name", validators=[Length(max=collections.NAME_MAX)])
    description = TextAreaField(
        "Description (optional)", validators=[Length(max=collections.DESCRIPTION_MAX)]
    )


def _show(form: CollectionForm, err: AppError) -> None:
    """A service error on the form; a clashing name is said plainly: taken."""
    if isinstance(err, Conflict):
        form.name.errors = [*form.name.errors, TAKEN]
    else:
        show_errors(form, err)


def _index_context(**overrides) -> dict:
    context = {
        "shelf": collections.list_collections(current_user, 1, PER_PAGE),
        "form": CollectionForm(formdata=None),
        "created": None,
    }
    context.update(overrides)
    return context


def _detail_context(collection_id: int, **overrides) -> dict:
    view = collections.get(current_user, collection_id, with_files=True)
    context = {
        "view": view,
        "collection": view.collection,
        "form": CollectionForm(obj=view.collection, formdata=None),
        "confirm_form": ConfirmForm(),
        "saved": False,
    }
    context.update(overrides)
    return context


@bp.get("/collections")
@login_required
def collections_index():
    return render_template("collections/index.html", **_index_context())


@bp.post("/collections")
@login_required
def collections_create():
    form = CollectionForm()
    status, created = 200, None
    if form.validate_on_submit():
        try:
            created = collections.create(
                current_user, name=form.name.data, description=form.description.data or None
            )
        except AppError as err:
            _show(form, err)
            status = err.status
        else:
            if not getattr(request, "htmx", False):
                flash(f"Collection “{created.collection.name}” created.", "success")
                return go(url_for("web.collections_index"))
            form = CollectionForm(formdata=None)
    else:
        status = 422
    return render(
        "collections/index.html",
        "collections/_collections.html",
        status,
        **_index_context(form=form, created=created),
    )


@bp.get("/collections/<id:collection_id>")
@login_required
def collection_detail(collection_id: int):
    return render_template("collections/detail.html", **_detail_context(collection_id))


@bp.post("/collections/<id:collection_id>")
@login_required
def collection_update(collection_id: int):
    form = CollectionForm()
    status, saved = 200, False
    if form.validate_on_submit():
        try:
            collections.update(
                current_user,
                collection_id,
                {"name": form.name.data, "description": form.description.data or None},
            )
        except AppError as err:
            if err.status == 404:
                raise
            _show(form, err)
            status = err.status
        else:
            saved = True
            if not getattr(request, "htmx", False):
                flash("Collection saved.", "success")
                return go(url_for("web.collection_detail", collection_id=collection_id))
    else:
        status = 422
    return render(
        "collections/detail.html",
        "collections/_edit_form.html",
        status,
        **_detail_context(collection_id, form=form, saved=saved),
    )


@bp.post("/collections/<id:collection_id>/files/<id:file_id>/remove")
@login_required
def collection_remove_file(collection_id: int, file_id: int):
    if ConfirmForm().validate_on_submit():
        collections.remove_file(current_user, collection_id, file_id)
    else:
        flash("The form expired. Reload the page and try again.", "error")
    if getattr(request, "htmx", False):
        return render_template("collections/_files.html", **_detail_context(collection_id))
    return go(url_for("web.collection_detail", collection_id=collection_id))


@bp.post("/collections/<id:collection_id>/delete")
@login_required
def collection_delete(collection_id: int):
    if not ConfirmForm().validate_on_submit():
        flash("The form expired. Reload the page and try again.", "error")
        return go(url_for("web.collection_detail", collection_id=collection_id))
    view = collections.get(current_user, collection_id)
    name = view.collection.name
    collections.delete(current_user, collection_id)
    flash(f"Collection “{name}” deleted. Its files are still in your library.", "success")
    return go(url_for("web.collections_index"))
