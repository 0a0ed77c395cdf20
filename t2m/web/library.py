"""The media library pages: the grid of files, uploads, a file's page.

The grid is one route with two renderings (the page, or ``_grid.html`` for
HTMX); cards of files still being processed poll their status and are told
to stop with HTTP 286. Uploads come one file per request from
``static/upload.js`` and are answered in JSON so the page can show each
file's progress and result on its own.
"""

from __future__ import annotations

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.exceptions import HTTPException

from t2m.db import parse_id
from t2m.errors import AppError, ValidationFailed, from_http
from t2m.models.media import FILE_STATUSES
from t2m.services import library as insights
from t2m.services.delivery import media_access, playback, signing
from t2m.services.library import collections
from t2m.services.library import files as library
from t2m.uploads import from_file_storage
from t2m.web import bp
from t2m.web.forms import ConfirmForm, FileDetailsForm, id_value
from t2m.web.htmx import STOP_POLLING, go, is_htmx, render, sentence, show_errors

PER_PAGE = 24
MAX_COLLECTIONS_SHOWN = 100
THUMB_SIZES = ("small", "medium", "large")
STATUSES = FILE_STATUSES
PENDING = ("uploaded", "processing")
SORTS = {
    "-created_at": "Newest first",
    "created_at": "Oldest first",
    "name": "Name A to Z",
    "-name": "Name Z to A",
    "-size": "Largest first",
    "size": "Smallest first",
}


def _choice(value: str | None, allowed) -> str | None:
    """``value`` when it is one of ``allowed``; anything else means "no filter"."""
    return value if value in allowed else None


def _filters() -> tuple[library.FileFilter, int]:
    """The grid's filter and page number from the query string.

    A page is forgiving: unknown values fall back to the defaults rather
    than failing the whole page.
    """
    args = request.values  # the bulk form posts the filters along
    flt = library.FileFilter(
        file_type=_choice(args.get("type"), library.FILE_TYPES),
        status=_choice(args.get("status"), STATUSES),
        q=(args.get("q") or "").strip()[:200] or None,
        collection_id=parse_id(args.get("collection")),
        sort=_choice(args.get("sort"), SORTS) or "-created_at",
    )
    page = args.get("page", 1, type=int) or 1
    return flt, max(1, min(page, 1_000_000))


def _query(flt: library.FileFilter, **changes) -> dict:
    """Query-string arguments that reproduce ``flt`` (for links and forms)."""
    args = {
        "type": flt.file_type,
        "status": flt.status,
        "q": flt.q,
        "collection": flt.collection_id,
        "sort": None if flt.sort == "-created_at" else flt.sort,
    }
    args.update(changes)
    return {k: v for k, v in args.items() if v not in (None, "", 1)}


def _grid_context(**extra) -> dict:
    flt, page_no = _filters()
    page = library.list_files(current_user, flt, page_no, PER_PAGE)
    # The collection filter's and the bulk bar's choices.
    shelf = collections.list_collections(current_user, 1, MAX_COLLECTIONS_SHOWN)
    context = {
        "page": page,
        "flt": flt,
        "query": lambda **changes: _query(flt, **changes),
        "pages": max(1, -(-page.total_items // PER_PAGE)),
        "filtered": bool(flt.file_type or flt.status or flt.q or flt.collection_id),
        "file_types": library.FILE_TYPES,
        "statuses": STATUSES,
        "sorts": SORTS,
        "collections": shelf.items,
        "confirm_form": ConfirmForm(),
        "bulk_message": None,
        "bulk_error": None,
    }
    context.update(extra)
    return context


@bp.get("/library")
@login_required
def library_index():
    context = _grid_context()
    if is_htmx():
        body = render_template("library/_grid.html", **context)
    else:
        body = render_template("library/index.html", **context)
    # The same URL answers with a fragment or a page: caches must keep them apart.
    return body, 200, {"Vary": "HX-Request"}


BULK_DONE = {
    "delete": "{n} file{s} deleted.",
    "collect": "{n} file{s} added to “{name}”.",
    "visibility": "{n} file{s} made {visibility}.",
}


@bp.post("/library/bulk")
@login_required
def library_bulk():
    """One action on the selected files (``file_ids``): ``delete``, ``collect``
    (into ``collection_id``) or ``visibility``; all or nothing."""
    action = request.form.get("action")
    ids = [id_value(v) for v in request.form.getlist("file_ids")]
    message, error, status = None, None, 200
    try:
        if not ConfirmForm().validate_on_submit():
            raise ValidationFailed("The form expired. Reload the page and try again.")
        if action == "delete":
            done, extra = library.delete_many(current_user, ids), {}
        elif action == "collect":
            collection_id = parse_id(request.form.get("collection_id"))
            if collection_id is None:
                raise ValidationFailed("Choose a collection.")
            result = collections.add_files(current_user, collection_id, ids)
            done = len(result.added) + len(result.already_present)
            extra = {"name": result.collection.collection.name}
        elif action == "visibility":
            visibility = request.form.get("visibility")
            done = library.set_visibility_many(current_user, ids, visibility)
            extra = {"visibility": visibility}
        else:
            raise ValidationFailed("Choose what to do with the selected files.")
        message = BULK_DONE[action].format(n=done, s="" if done == 1 else "s", **extra)
    except AppError as err:
        details = " ".join(m for ms in (err.details or {}).values() for m in ms)
        error, status = f"{err.message} {details}".strip(), err.status
    context = _grid_context(bulk_message=message, bulk_error=error)
    return render("library/index.html", "library/_grid.html", status, **context)


def _upload_failed(err: AppError):
    """The JSON answer for a refused upload; field problems are spelled out in the
    message, since the page shows only the message next to the file."""
    message = err.message
    fields = [
        f"{name.replace('_', ' ').capitalize()}: {' '.join(problems)}"
        for name, problems in err.details.items()
        if name != "file"  # the message already says what is wrong with the file
    ]
    if fields:
        message = " ".join([message, *fields])
    return jsonify(ok=False, code=err.code, message=message, details=err.details), err.status


@bp.post("/library/upload")
@login_required
def library_upload():
    """One file per request (multipart field ``file``, optional ``description``).

    Answers ``{ok, file_id, message, url}`` with 201, or ``{ok: false, code,
    message, details}`` with the error's status (413, 415, 422, ...).
    """
    try:
        # Reading the body may itself fail (413 over MAX_UPLOAD_MB).
        sent = request.files.get("file")
        if sent is None or not sent.filename:
            raise ValidationFailed("Choose a file to upload.", details={"file": ["missing"]})
        file = library.upload(
            current_user,
            from_file_storage(sent),
            description=request.form.get("description") or None,
        )
    except HTTPException as exc:
        return _upload_failed(from_http(exc))
    except AppError as err:
        return _upload_failed(err)
    return jsonify(
        ok=True,
        file_id=file.id,
        name=file.original_filename,
        message=f"Uploaded {file.original_filename}.",
        url=url_for("web.library_file", file_id=file.id),
    ), 201


SIGNED_LINK_SECONDS = 3600


def _file_page(file_id: int, **extra) -> dict:
    """What the file page shows: the file, its analytics, the collection picker."""
    file = library.get_file(current_user, file_id)
    shelf = collections.list_collections(current_user, 1, MAX_COLLECTIONS_SHOWN)
    context = {
        "file": file,
        # Signed playback URLs (HLS, storyboard, renditions) for the video player.
        "playback": playback.info(current_user, file.id) if file.file_type == "video" else None,
        "confirm_form": ConfirmForm(),
        "details_form": _details_form(file),
        "details_saved": False,
        "sharing_error": None,
        "stats": insights.analytics(current_user, file.id),
        "collections": shelf.items,
        "signed_url": None,
        "added_to": None,
        "add_error": None,
    }
    context.update(extra)
    return context


def _details_form(file, formdata=None) -> FileDetailsForm:
    form = FileDetailsForm(formdata=formdata)
    if formdata is None:
        form.title.data = file.title or ""
        form.description.data = file.description or ""
        form.tags.data = ", ".join(file.tags)
    return form


@bp.post("/library/<id:file_id>/details")
@login_required
def library_details(file_id: int):
    """Set the file's title, description and tags (comma-separated)."""
    file = library.get_file(current_user, file_id)
    form = _details_form(file, request.form)
    status, saved = 200, False
    if form.validate_on_submit():
        try:
            library.update_details(
                current_user,
                file_id,
                {
                    "title": form.title.data,
                    "description": form.description.data,
                    "tags": form.tags.data or "",
                },
            )
            saved = True
        except AppError as err:
            if err.status == 404:
                raise
            show_errors(form, err, polish=sentence)
            status = err.status
    else:
        status = 422
    context = _file_page(file_id, details_form=form, details_saved=saved)
    if saved:
        context["details_form"] = _details_form(context["file"])
    return render("library/file.html", "library/_about.html", status, **context)


@bp.post("/library/<id:file_id>/sharing")
@login_required
def library_sharing(file_id: int):
    """Make the file private, unlisted or public (field ``visibility``)."""
    error, status = None, 200
    if not ConfirmForm().validate_on_submit():
        error, status = "The form expired. Reload the page and try again.", 422
    else:
        try:
            library.update_details(
                current_user, file_id, {"visibility": request.form.get("visibility")}
            )
        except AppError as err:
            if err.status == 404:
                raise
            error, status = " ".join(m for ms in err.details.values() for m in ms), err.status
    context = _file_page(file_id, sharing_error=error)
    return render("library/file.html", "library/_sharing.html", status, **context)


@bp.get("/library/<id:file_id>")
@login_required
def library_file(file_id: int):
    return render_template("library/file.html", **_file_page(file_id))


@bp.post("/library/<id:file_id>/signed-link")
@login_required
def library_signed_link(file_id: int):
    """A one-hour signed download link, shown in a partial with a copy button."""
    if not ConfirmForm().validate_on_submit():
        raise ValidationFailed("The form expired. Reload the page and try again.")
    link = signing.create(current_user, file_id, expires_in=SIGNED_LINK_SECONDS)
    url = url_for("api.secure_file", file_id=link.file_id, _external=True)
    context = {"signed_url": f"{url}?{link.query_string}", "expires_at": link.expires_at}
    if getattr(request, "htmx", False):
        return render_template("library/_signed_link.html", file_id=file_id, **context)
    return render_template("library/file.html", **_file_page(file_id, **context))


@bp.post("/library/<id:file_id>/collections")
@login_required
def library_add_to_collection(file_id: int):
    """Add the file to one of the user's collections (field ``collection_id``)."""
    collection_id = parse_id(request.form.get("collection_id"))
    added_to, add_error, status = None, None, 200
    if not ConfirmForm().validate_on_submit():
        add_error, status = "The form expired. Reload the page and try again.", 422
    elif collection_id is None:
        add_error, status = "Choose a collection.", 422
    else:
        try:
            added_to = collections.add_files(current_user, collection_id, [file_id])
        except AppError as err:
            if err.status == 404:
                raise  # another user's collection or file: the friendly 404
            add_error, status = err.message, err.status
    context = _file_page(file_id, added_to=added_to, add_error=add_error)
    return render("library/file.html", "library/_add_to_collection.html", status, **context)


@bp.get("/library/<id:file_id>/status")
@login_required
def library_status(file_id: int):
    """A pending file's card (or the file page's status line), polled every 2 s.

    286 once the file is ready or failed, so htmx stops polling. The file page
    is then reloaded (``HX-Refresh``) to show the preview.
    """
    if not is_htmx():
        return redirect(url_for("web.library_file", file_id=file_id), 303)
    file = library.get_file(current_user, file_id)
    done = file.status not in PENDING
    headers = {}
    if request.htmx.target == "file-status":
        body = render_template("library/_status.html", file=file)
        if done:
            headers["HX-Refresh"] = "true"
    else:
        body = render_template("library/_card.html", file=file)
    return body, STOP_POLLING if done else 200, headers


@bp.get("/library/<id:file_id>/playback-status")
@login_required
def library_playback_status(file_id: int):
    """The watch page's "Preparing streaming versions…" line, polled every 2 s while
    the process job makes the ladder; 286 once it is done, and the page reloads
    (``HX-Refresh``) to play the video through HLS when the ladder is there."""
    if not is_htmx():
        return redirect(url_for("web.library_file", file_id=file_id), 303)
    state = playback.status(current_user, file_id)
    body = render_template("library/_playback_status.html", file_id=file_id, playback=state)
    if state.state == "preparing":
        return body, 200
    return body, STOP_POLLING, {"HX-Refresh": "true"} if state.state == "ready" else {}


@bp.get("/library/<id:file_id>/thumbnail")
@login_required
def library_thumbnail(file_id: int):
    size = request.args.get("size", "small")
    if size not in THUMB_SIZES:
        raise ValidationFailed(details={"size": [f"Must be one of: {', '.join(THUMB_SIZES)}."]})
    return media_access.thumbnail(current_user, file_id, size=size)


@bp.get("/library/<id:file_id>/stream")
@login_required
def library_stream(file_id: int):
    return media_access.stream(
        current_user, file_id, quality=request.args.get("quality", "original")
    )


@bp.get("/library/<id:file_id>/download")
@login_required
def library_download(file_id: int):
    inline = request.args.get("inline") in ("1", "true")
    return media_access.download(current_user, file_id, inline=inline)


@bp.post("/library/<id:file_id>/delete")
@login_required
def library_delete(file_id: int):
    if not ConfirmForm().validate_on_submit():
        flash("The form expired. Reload the page and try again.", "error")
        return go(url_for("web.library_file", file_id=file_id))
    library.delete(current_user, file_id)
    flash("The file was deleted.", "success")
    return go(url_for("web.library_index"))


# ---- template helpers ---------------------------------------------------------


@bp.app_template_filter("filesize")
def filesize(num: int | None) -> str:
    """Bytes for people: 1.4 MB, 812 KB, 12 B."""
    if num is None:
        return "—"
    size = float(num)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{num} B"  # pragma: no cover


@bp.app_template_filter("duration")
def duration(seconds: float | None) -> str:
    """Seconds as m:ss or h:mm:ss."""
    if seconds is None:
        return "—"
    total = round(float(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
