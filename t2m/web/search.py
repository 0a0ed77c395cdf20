"""The search page: one box over files, collections, videos and jobs."""

from __future__ import annotations

from flask import render_template, request
from flask_login import current_user, login_required

from t2m.services import search as finder
from t2m.web import bp


@bp.get("/search")
@login_required
def search():
    results = finder.search(current_user, request.args.get("q"))
    return render_template("search.html", results=results)
