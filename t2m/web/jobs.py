"""Job pages: the user's jobs (filters, paging, live progress), a form that starts
an encode job, and a job's page (live status, parameters, log; cancel, retry,
delete).

Rows of unfinished jobs and the job page's status block poll a partial that
answers HTTP 286 once the job is finished, so htmx stops polling. The job
page has one poll loop: the status partial tells the log to reload itself
(``HX-Trigger: job-log``) when the job wrote new lines or finished.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice

from t2m.db import parse_id
from t2m.errors import AppError, Conflict
from t2m.models.job import JOB_KINDS, JOB_STATUSES, LOG_LEVELS
from t2m.services import encoding, jobs
from t2m.services.jobs import kinds
from t2m.services.library import files as library
from t2m.web import bp
from t2m.web.forms import ConfirmForm, EncodeForm, id_value
from t2m.web.htmx import STOP_POLLING, go, is_htmx, render, sentence, show_errors

PER_PAGE = 20
# Work the app does by itself on every upload: not in the list unless asked for.
BACKGROUND_KINDS = ("process",)
LOG_PAGE = 50  # log lines shown at first; "Show more" adds as many again
MAX_LOG_LINES = 2000
MAX_SOURCES = 500  # videos offered by the encode form, newest first
FINISHED = jobs.FINISHED
LOG_FILTERS = {"": "All", "INFO": "Info+", "WARNING": "Warnings+", "ERROR": "Errors"}
# Where the encoding service's error keys show up on the form.
ENCODE_FIELDS = {"source.file_id": "file_id", "source": "file_id", "crf": "quality"}
EXPIRED = "The form expired. Reload the page and try again."


def _target() -> str | None:
    return request.htmx.target if is_htmx() else None


# ---- the list ---------------------------------------------------------------------


def _filters() -> tuple[jobs.JobFilter, int]:
    """The list's filter and page from the query string. By default the user's
    own work (encodes, videos): the processing every upload gets is behind
    ``type=process`` or ``type=all``. Unknown values mean the default."""
    args = request.args
    kind = args.get("type")
    status = args.get("status")
    flt = jobs.JobFilter(
        kind=kind if kind in JOB_KINDS else None,
        status=status if status in JOB_STATUSES else None,
        exclude_kinds=() if kind in (*JOB_KINDS, "all") else BACKGROUND_KINDS,
    )
    page = args.get("page", 1, type=int) or 1
    return flt, max(1, min(page, 1_000_000))


def _query(flt: jobs.JobFilter, **changes) -> dict:
    """Query-string arguments that reproduce ``flt`` (for links)."""
    everything = not flt.kind and not flt.exclude_kinds
    args = {"type": "all" if everything else flt.kind, "status": flt.status}
    args.update(changes)
    return {k: v for k, v in args.items() if v not in (None, "", 1)}


def _sources() -> list:
    """The videos an encode can start from: the user's, except failed ones."""
    found = library.list_files(
        current_user, library.FileFilter(file_type="video"), 1, MAX_SOURCES
    ).items
    return [f for f in found if f.status != "failed"]


def _source_label(file) -> str:
    meta = file.meta or {}
    parts = [file.display_name]
    width = meta.get("display_width") or meta.get("width")
    height = meta.get("display_height") or meta.get("height")
    if width and height:
        parts.append(f"{width}\u00d7{height}")
    if meta.get("duration"):
        parts.append(duration_text(meta["duration"]))
    if file.status != "ready":
        parts.append(file.status)
    return " · ".join(parts)


def _encode_form(**kwargs) -> EncodeForm:
    """The encode form, offering the user's videos (and preselecting ``file_id``)."""
    form = EncodeForm(**kwargs)
    form.file_id.choices = [SelectChoice(str(f.id), _source_label(f)) for f in _sources()]
    return form


def _index_context(**overrides) -> dict:
    flt, page_no = _filters()
    page = jobs.list_jobs(current_user, flt, page_no, PER_PAGE)
    context = {
        "page": page,
        "flt": flt,
        "query": lambda **changes: _query(flt, **changes),
        "pages": max(1, -(-page.total_items // PER_PAGE)),
        "filtered": bool(flt.kind or flt.status or not flt.exclude_kinds),
        "files": jobs.job_files(page.items),
        "kinds": JOB_KINDS,
        "statuses": JOB_STATUSES,
    }
    context.update(overrides)
    if "form" not in context:
        preselect = parse_id(request.args.get("file_id"))
        context["form"] = _encode_form(**({"file_id": str(preselect)} if preselect else {}))
    return context


@bp.get("/jobs")
@login_required
def jobs_index():
    if _target() == "jobs-list":
        body = render_template("jobs/_list.html", **_index_context(form=None))
    else:
        body = render_template("jobs/index.html", **_index_context())
    # The same URL answers with a fragment or a page: caches must keep them apart.
    return body, 200, {"Vary": "HX-Request"}


def _number(value: str | None):
    """A select's value as the JSON API would send it: digits as a number."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 12 else value


@bp.post("/jobs")
@login_required
def jobs_create():
    """Start an encode job from the form; on success, go to the job's page."""
    form = _encode_form()
    if not form.validate_on_submit():
        pass  # an expired CSRF token: the form says so
    elif not (form.file_id.data or "").strip():
        form.file_id.errors = ["Choose a video."]
    else:
        raw = {
            "source": {"file_id": id_value(form.file_id.data)},
            "codec": form.codec.data,
            "resolution": form.resolution.data,
            "fps": _number(form.fps.data),
            "quality": _number(form.quality.data),
            "audio": form.audio.data,
            "container": form.container.data,
        }
        try:
            data, _created = encoding.create(current_user, raw)
        except AppError as err:
            if err.status >= 500:
                raise
            show_errors(form, err, aliases=ENCODE_FIELDS, polish=sentence)
        else:
            flash(f"Encode job #{data['jobId']} queued.", "success")
            return go(url_for("web.job_detail", job_id=data["jobId"]))
    return render("jobs/index.html", "jobs/_encode_form.html", 422, **_index_context(form=form))


@bp.get("/jobs/<id:job_id>/row")
@login_required
def job_row(job_id: int):
    """An unfinished job's row in the list, polled; 286 once the job is finished."""
    job = jobs.get_job(current_user, job_id)
    if not is_htmx():
        return redirect(url_for("web.job_detail", job_id=job.id), 303)
    body = render_template("jobs/_row.html", job=job, files=jobs.job_files([job]))
    return body, STOP_POLLING if job.status in FINISHED else 200


# ---- one job ------------------------------------------------------------------------


def _log_args() -> tuple[str, int]:
    """The log's level filter ("" for all) and how many lines to show."""
    level = request.args.get("level", "")
    level = level if level in LOG_LEVELS and level != "DEBUG" else ""
    limit = request.args.get("limit", LOG_PAGE, type=int) or LOG_PAGE
    return level, max(1, min(limit, MAX_LOG_LINES))


def _log_count(job_id: int) -> int:
    """Lines in the job's log at every level (the status poll compares it)."""
    return jobs.logs(current_user, job_id, limit=0, offset=0, level=None)[1]


def _detail_context(job_id: int, **overrides) -> dict:
    job = jobs.get_job(current_user, job_id)
    level, limit = _log_args()
    rows, total = jobs.logs(current_user, job.id, limit=limit, offset=0, level=level or None)
    context = {
        "job": job,
        "files": jobs.job_files([job]),
        "confirm_form": ConfirmForm(),
        "log_rows": rows,
        "log_total": total,
        "log_level": level,
        "log_limit": limit,
        "log_filters": LOG_FILTERS,
        "log_page": LOG_PAGE,
        "log_seen": _log_count(job.id) if level else total,
        "message": None,
        "message_kind": "success",
        "status_oob": False,
        "actions_oob": False,
        "with_actions": False,
    }
    context.update(overrides)
    return context


@bp.get("/jobs/<id:job_id>")
@login_required
def job_detail(job_id: int):
    """The job's page; its log alone (level filter, "Show more") for HTMX."""
    if _target() == "job-log":
        return render_template("jobs/_log.html", **_detail_context(job_id))
    return render_template("jobs/detail.html", **_detail_context(job_id))


@bp.get("/jobs/<id:job_id>/status")
@login_required
def job_status(job_id: int):
    """The job page's status block, polled while the job runs: 286 once it is
    finished (with the buttons swapped out of band), and ``HX-Trigger: job-log``
    when the log has new lines."""
    job = jobs.get_job(current_user, job_id)
    if not is_htmx():
        return redirect(url_for("web.job_detail", job_id=job.id), 303)
    done = job.status in FINISHED
    seen = _log_count(job.id)
    body = render_template(
        "jobs/_status.html",
        job=job,
        files=jobs.job_files([job]),
        log_seen=seen,
        status_oob=False,
        with_actions=done,  # the buttons change once the job is finished
        confirm_form=ConfirmForm(),
        message=None,
    )
    headers = {}
    if done or request.args.get("seen", type=int) != seen:
        headers["HX-Trigger"] = "job-log"
    return body, STOP_POLLING if done else 200, headers


def _after_action(job_id: int, message: str, kind: str):
    """Show the outcome of a button: in place for HTMX (the buttons with the message,
    the status block out of band, the log reloaded), else a flash and a redirect."""
    if getattr(request, "htmx", False):
        context = _detail_context(job_id, message=message, message_kind=kind, status_oob=True)
        body = render_template("jobs/_actions.html", **context)
        body += render_template("jobs/_status.html", **context)
        return body, 200, {"HX-Trigger": "job-log"}
    flash(message, kind)
    return redirect(url_for("web.job_detail", job_id=job_id), 303)


@bp.post("/jobs/<id:job_id>/cancel")
@login_required
def job_cancel(job_id: int):
    if not ConfirmForm().validate_on_submit():
        return _after_action(job_id, EXPIRED, "error")
    try:
        job = jobs.cancel(current_user, job_id)
    except Conflict as err:  # already finished
        return _after_action(job_id, err.message, "error")
    return _after_action(job_id, jobs.cancel_outcome(job), "success")


@bp.post("/jobs/<id:job_id>/retry")
@login_required
def job_retry(job_id: int):
    if not ConfirmForm().validate_on_submit():
        return _after_action(job_id, EXPIRED, "error")
    try:
        jobs.retry(current_user, job_id)
    except Conflict as err:  # not failed or cancelled
        return _after_action(job_id, err.message, "error")
    return _after_action(job_id, "The job was queued again.", "success")


@bp.post("/jobs/<id:job_id>/delete")
@login_required
def job_delete(job_id: int):
    """Delete the job and its output file (a running job is cancelled first)."""
    if not ConfirmForm().validate_on_submit():
        return _after_action(job_id, EXPIRED, "error")
    had_output = jobs.get_job(current_user, job_id).output_file_id is not None
    try:
        jobs.delete(current_user, job_id)
    except Conflict as err:  # still stopping
        return _after_action(job_id, err.message, "error")
    extra = " Its output file was deleted too." if had_output else ""
    flash(f"Job #{job_id} was deleted.{extra}", "success")
    return go(url_for("web.jobs_index"))


# ---- template helpers -------------------------------------------------------------


@bp.app_template_global()
def duration_text(seconds: float | None) -> str:
    """Seconds for people: 0.4 s, 12 s, 3:05, 1:02:03."""
    if seconds is None:
        return "—"
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{round(seconds)} s"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@bp.app_template_global()
def job_seconds(job) -> float | None:
    """How long the job ran (so far, while it runs)."""
    if job.started_at is None:
        return None
    end = job.completed_at or datetime.now(UTC)
    return max(0.0, (end - job.started_at).total_seconds())


@bp.app_template_global()
def job_done(job) -> bool:
    """Finished: completed, failed or cancelled (nothing more will change)."""
    return job.status in FINISHED


@bp.app_template_global()
def pretty_json(value) -> str:
    """A JSON value indented for reading (shown as text, escaped by the template)."""
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


LOG_CHIPS = ("step", "attempt", "progress")


@bp.app_template_global()
def log_extra(details: dict | None) -> dict:
    """A log line's details other than those shown as chips."""
    return {k: v for k, v in (details or {}).items() if k not in LOG_CHIPS}


@bp.app_template_global()
def job_kind_label(kind: str) -> str:
    return kinds.label(kind)
