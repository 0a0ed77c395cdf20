"""Hostile form posts to every page that takes one: never a 500.

Every POST route of the ``web`` blueprint (read from the URL map, so a new
form is fuzzed without touching this file) gets bounded hypothesis examples
from a signed-in browser session: any of the fields the pages' forms and
views read (and unknown ones), missing or repeated, holding huge numbers,
CR/LF, NUL, path traversal, markup, very long strings or random text, with a
hostile query string and, for uploads, a file with a hostile name. Path ids
are the user's own rows, so the views get past their lookups.

The queue is not run (``QUEUE_IMMEDIATE=False``): a post that happens to be
valid queues its job and the test moves on.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import re
import tempfile
from functools import cache
from pathlib import Path

import pytest
from flask_wtf import FlaskForm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from werkzeug.datastructures import MultiDict
from wtforms.fields.core import UnboundField

import t2m.web
from t2m import tasks
from t2m.db import MAX_ID
from t2m.extensions import db
from t2m.generate import pipeline
from t2m.models import Generation, Scene, User
from t2m.services import jobs
from t2m.services.library import collections

from .conftest import PASSWORD, make_app

EXAMPLES = 40
USERNAME = "fuzz"
# A valid post per page, as a starting point: each example keeps some of these
# fields, so hostile values elsewhere get past the first check (a wrong password,
# a missing prompt) to the code behind it.
VALID = {
    "/login": {"identifier": USERNAME, "password": PASSWORD},
    "/register": {"email": "new@example.com", "username": "newbie", "password": PASSWORD},
    "/profile": {"username": USERNAME, "full_name": "Fuzz"},
    "/profile/password": {"current_password": PASSWORD, "new_password": PASSWORD + "!"},
    "/profile/api-keys": {"name": "key", "scopes": "files:read"},
    "/collections": {"name": "Box"},
    "/collections/<id:collection_id>": {"name": "Box"},
    "/library/<id:file_id>/collections": {"collection_id": "{collection_id}"},
    "/jobs": {"file_id": "{file_id}", "codec": "h264"},
    "/generate": {"prompt": "A fox runs home."},
    "/generate/<id:job_id>/scenes/<id:scene_id>/file": {"file_id": "{file_id}"},
    "/generate/<id:job_id>/scenes/<id:scene_id>/text": {"text": "New words."},
}
# Fields the views read from ``request.form`` themselves (not through a form class).
VIEW_FIELDS = {"prompt", "text", "redraw", "file_id", "collection_id", "description"}
HOSTILE = [
    str(2**63),
    str(2**64),
    str(MAX_ID + 1),
    "-1",
    "0",
    "1e30",
    "NaN",
    "9" * 400,
    "\r\n",
    "/\r\nSet-Cookie: pwned=1",
    "a\x00b",
    "\x00",
    "\x1b[31m\x7f",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/passwd",
    "%2e%2e%2f%00",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "{{7*7}}",
    "x" * 100_000,
    "",
    "   ",
    "\u202eevil\u200b",
    "true",
    "on",
    "null",
    "[]",
    '{"a": 1}',
    "1,2,3",
    "2026-13-45",
    "9999-12-31",
    "files:read",
    "admin",
]
TRICKS = "\r\n\x00\t\x0b\x1b\x7f/.\\%a"
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    # Short strings of control characters, slashes and dots (header and path tricks),
    # also as a path: a same-site ``next`` starts with one.
    st.text(alphabet=TRICKS, min_size=1, max_size=8),
    st.text(alphabet=TRICKS, max_size=8).map("/".__add__),
    st.text(max_size=40),
    st.integers().map(str),
    st.sampled_from(["1", "2", "3", str(MAX_ID)]),
)


def _forms():
    """The FlaskForm classes of the pages (every module of t2m.web)."""
    for info in pkgutil.iter_modules(t2m.web.__path__):
        module = importlib.import_module(f"t2m.web.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, FlaskForm) and value is not FlaskForm:
                yield value


def _field_names() -> list[str]:
    names = set(VIEW_FIELDS)
    for form in _forms():
        for klass in form.__mro__:
            names |= {n for n, v in vars(klass).items() if isinstance(v, UnboundField)}
    return sorted(names)


FIELDS = _field_names()


@cache
def _routes() -> list[str]:
    """Every URL rule of the web blueprint that takes a POST."""
    tmp = Path(tempfile.mkdtemp(prefix="t2m-routes-"))
    app = make_app(tmp, f"sqlite:///{tmp / 'unused.sqlite3'}")
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("web.") and "POST" in (rule.methods or ())
    )


FORM = st.dictionaries(
    st.one_of(st.sampled_from(FIELDS), st.text(min_size=1, max_size=12)),
    st.lists(VALUES, min_size=1, max_size=2),
    max_size=6,
)
QUERY = st.one_of(
    st.fixed_dictionaries({"next": VALUES}),
    st.dictionaries(
        st.sampled_from(["next", "job", "video", "file_id", "collection", "page", "x"]),
        VALUES,
        max_size=3,
    ),
)
FILENAMES = st.one_of(
    st.sampled_from(["../../etc/passwd", "a\r\nb.png", "x\x00.png", "é" * 300, ".", "", "CON"]),
    st.text(max_size=30),
)
UPLOADS = st.one_of(
    st.none(),
    st.tuples(FILENAMES, st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"MZ\x90\x00", b"x" * 5000])),
)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def fuzz_app(app_factory):
    app = app_factory()
    with app.app_context():
        yield app


@pytest.fixture
def world(make_user, fuzz_app):
    """A user with a processed picture, a collection holding it, an API key and a
    rendered generation with two scenes; the ids fill the routes' path parameters.
    Then the queue stops running jobs (see the module's docstring)."""
    from t2m.services.accounts import api_keys

    user = make_user(USERNAME, verified=True)
    client = fuzz_app.test_client()
    _sign_in(client, user.id)
    r = client.post(
        "/library/upload", data={"file": (io.BytesIO(_png()), "seed.png")}, buffered=True
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    file_id = r.get_json()["file_id"]
    collection = collections.create(user, name="Seeds").collection
    collections.add_files(user, collection.id, [file_id])
    key, _plaintext = api_keys.create(user, name="seed", scopes=["files:read"])
    request = pipeline.Request(prompt="Rows made by a test. Two scenes.").to_dict()
    job = jobs.create(user.id, "video_generation", parameters={"request": request})
    job.status, job.progress = "completed", 100.0
    db.session.flush()
    db.session.add(Generation(job_id=job.id, owner_id=user.id, stage="done", title="Rows"))
    db.session.flush()
    scene = Scene(job_id=job.id, index=0, text="Scene number one.", status="completed")
    db.session.add_all([scene, Scene(job_id=job.id, index=1, text="Scene two.")])
    db.session.commit()
    ids = {
        "file_id": file_id,
        "collection_id": collection.id,
        "job_id": job.id,
        "scene_id": scene.id,
        "key_id": key.id,
    }
    # The queue is shared by every app of the process: make_user's app set it
    # running jobs at once, so it is turned off here, after the seed rows.
    fuzz_app.config["QUEUE_IMMEDIATE"] = False
    tasks.configure(fuzz_app)
    return user.id, client, ids


def _sign_in(client, user_id: int) -> None:
    """Sign in by writing the session (the test is about the forms, not signing in);
    re-done before each example, since a fuzzed post may sign out or change the
    password (which ends other sessions)."""
    db.session.expire_all()
    user = db.session.get(User, user_id)
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True


def _path(rule: str, ids: dict) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(ids.get(m.group(1), 1)), rule)


@pytest.mark.parametrize("rule", _routes())
def test_hostile_form_posts_never_fail_on_our_side(world, rule):
    user_id, client, ids = world
    url = _path(rule, ids)
    # Pages for signed-out visitors (sign in, register) send a signed-in one on.
    signed_in = client.get(url).status_code not in (301, 302, 303)
    valid = {k: v.format(**ids) for k, v in VALID.get(rule, {}).items()}
    everything = st.just(set(valid))
    keep = st.one_of(everything, st.sets(st.sampled_from(sorted(valid)))) if valid else everything

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(form=FORM, kept=keep, query=QUERY, upload=UPLOADS, htmx=st.booleans())
    def post(form, kept, query, upload, htmx):
        form = {**{k: [valid[k]] for k in kept}, **form}
        browser = client if signed_in else client.application.test_client()
        if signed_in:
            _sign_in(client, user_id)
        data = MultiDict([(k, v) for k, values in form.items() for v in values])
        if upload is not None:
            name, body = upload
            data.add("file", (io.BytesIO(body), name))
        r = browser.post(
            url,
            data=data,
            query_string=query,
            headers={"HX-Request": "true"} if htmx else {},
            buffered=True,
        )
        assert r.status_code < 500, (url, form, query, r.status_code, r.get_data(True)[:2000])
        assert "Traceback" not in r.get_data(as_text=True)

    post()


def test_every_form_route_is_fuzzed():
    routes = set(_routes())
    for expected in (
        "/login",
        "/register",
        "/profile",
        "/profile/password",
        "/profile/api-keys",
        "/library/upload",
        "/collections",
        "/jobs",
        "/generate",
        "/generate/<id:job_id>/scenes/<id:scene_id>/file",
    ):
        assert expected in routes, expected
    assert {"file_id", "music_file_id", "collection_id", "prompt", "password"} <= set(FIELDS)
