"""t2m.uploads: which request bodies are copied to storage while they arrive
(S3 and big enough and a signed-in sender), and the library page's uploads on S3,
where the form is parsed by the CSRF check before the view runs."""

from __future__ import annotations

import contextvars
import hashlib
import io
import re

import pytest
from flask import g
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.auth import Principal
from t2m.extensions import db
from t2m.models import Blob
from t2m.storage import storage

from .conftest import PASSWORD, row_counts, storage_backend_app
from .test_api_files import _wav, spools, unfinished_uploads

MiB = 1024 * 1024


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    """The app on local disk and on S3 (5 MiB parts), with CSRF checks on as in production."""
    yield from storage_backend_app(request, app_factory, S3_MULTIPART_MB=5, CSRF_ENABLED=True)


def _spool_for(app, content_length: int | None, *, user=None):
    """The incremental upload of the spool Werkzeug would get for one file of a body
    of ``content_length`` (in a context of its own, so ``g`` is fresh)."""
    return contextvars.Context().run(_spool_in_request, app, content_length, user)


def _spool_in_request(app, content_length: int | None, user):
    with app.test_request_context("/api/v1/files/upload", method="POST") as ctx:
        if user is not None:
            g.principal = Principal(user=user, via="jwt", scopes=set())
        spool = ctx.request._get_file_stream(content_length, "application/octet-stream")
        try:
            return spool.incremental
        finally:
            ctx.request.close()


def test_only_big_bodies_from_a_known_sender_stream_and_only_to_s3(app, make_user):
    user = make_user("ada")
    big = _spool_for(app, 6 * MiB, user=user)
    if storage().name == "local":
        assert big is None  # local disk hard-links the finished spool instead
        return
    assert big is not None
    assert re.fullmatch(rf"blobs/{user.id}/([0-9a-f]{{2}})/\1[0-9a-f]{{30}}", big.key)
    assert not big.finished  # the request closed without keeping it: aborted
    assert _spool_for(app, 4 * MiB, user=user) is None  # under one part
    assert _spool_for(app, None, user=user) is not None  # unknown length may be big
    assert _spool_for(app, 6 * MiB) is None  # nobody signed in: not worth an S3 request
    assert unfinished_uploads() == []


def _page_upload(client, data: bytes, token: str | None):
    boundary, body = encode_multipart(MultiDict({"file": FileStorage(io.BytesIO(data), "big.wav")}))
    headers = {"Accept": "application/json"}
    if token:
        headers["X-CSRFToken"] = token
    return client.post(
        "/library/upload",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers=headers,
    )


def _csrf_token(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def test_page_upload_streams_to_s3_with_the_session_user(app, make_user):
    client = app.test_client()
    user = make_user("ada")
    client.post(
        "/login",
        data={
            "identifier": "ada",
            "password": PASSWORD,
            "csrf_token": _csrf_token(client, "/login"),
        },
    )
    token = _csrf_token(client, "/library")
    data = _wav(11 * MiB)
    r = _page_upload(client, data, token)
    assert r.status_code == 201, r.get_data(as_text=True)
    blob = db.session.scalar(db.select(Blob))
    assert blob.owner_id == user.id
    # On S3, streamed: the key was made before the hash was known.
    content_key = f"blobs/{user.id}/{blob.sha256[:2]}/{blob.sha256}"
    assert (blob.storage_key == content_key) == (storage().name == "local")
    with storage().open(blob.storage_key) as fh:
        assert hashlib.sha256(fh.read()).digest() == hashlib.sha256(data).digest()
    assert unfinished_uploads() == []
    assert spools(app) == []

    # Without the CSRF token the body is parsed (to look for it) and refused.
    before = row_counts()
    keys = sorted(storage().iter_keys())
    assert _page_upload(client, _wav(11 * MiB), None).status_code == 400
    assert row_counts() == before
    assert sorted(storage().iter_keys()) == keys
    assert unfinished_uploads() == []
    assert spools(app) == []
