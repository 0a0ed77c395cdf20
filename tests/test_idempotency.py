"""``Idempotency-Key``: the service (claim, replay, conflict, takeover, expiry,
purge, concurrency) on every backend; the ``endpoint(idempotent=True)`` glue in
t2m.api.spec and t2m.api.idempotent (run in a request context, without registering a route); and the
endpoints that use it, ``POST /api/v1/jobs`` and ``POST /api/v1/jobs/bulk``.
The multi-process race against gunicorn is in tests/e2e/test_idempotency_live.py."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from flask import g
from openapi_spec_validator import validate
from sqlalchemy import func, select, update

from t2m.api import idempotent, openapi, parsing, spec
from t2m.api.envelope import ok
from t2m.auth import Principal
from t2m.errors import AppError, AuthInvalid, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.models import IdempotencyKey, Job, User
from t2m.models.base import utcnow
from t2m.services.idempotency import Begun, begin, finish, purge_expired, release, request_hash

from .conftest import assert_error, row_counts
from .media_fixtures import make_video
from .test_api_files import upload

PATH = "/api/v1/jobs"
BODY = b'{"source": {"file_id": 1}, "dryRun": true}'


def _hash(body: bytes = BODY, method: str = "POST", path: str = PATH) -> str:
    return request_hash(method, path, body)


def _row(owner_id: int, key: str) -> IdempotencyKey | None:
    db.session.rollback()  # see what the service's own sessions committed
    return db.session.scalar(
        select(IdempotencyKey).where(IdempotencyKey.owner_id == owner_id, IdempotencyKey.key == key)
    )


def _set(row_id: int, **values) -> None:
    db.session.execute(update(IdempotencyKey).where(IdempotencyKey.id == row_id).values(**values))
    db.session.commit()


def _count() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(IdempotencyKey))


def _error(excinfo, code: str, status: int = 409) -> AppError:
    assert excinfo.value.code == code
    assert excinfo.value.status == status
    return excinfo.value


@pytest.fixture
def app(app_factory):
    """Queued jobs stay queued (no in-process worker): the API tests count job
    rows, and nothing here needs ffmpeg to run."""
    app = app_factory(QUEUE_IMMEDIATE=False)
    with app.app_context():
        yield app


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


# ---- request hash and key validation -----------------------------------------------


def test_hash_ignores_whitespace_and_key_order():
    same = b'{ "dryRun" : true,\n  "source": {"file_id": 1} }'
    assert _hash(same) == _hash(BODY)
    assert len(_hash()) == 64
    assert _hash(b'{"source": {"file_id": 2}, "dryRun": true}') != _hash()
    assert _hash(method="PUT") != _hash()
    assert _hash(path="/api/v1/jobs/bulk") != _hash()


def test_hash_of_an_unparsable_body_is_its_bytes():
    assert _hash(b"{not json") == _hash(b"{not json")
    assert _hash(b"{not json") != _hash(b"{not  json")
    assert _hash(b"\xff\xfe") != _hash(b"")
    # A raw body never collides with a JSON document of the same text.
    assert _hash(b'"x"') != _hash(b"x")


@pytest.mark.parametrize(
    "key", ["", " ", "has space", "tab\there", "x" * 256, "caf\u00e9", "nul\x00", None]
)
def test_invalid_keys_are_a_400_naming_the_header(app, ada, key):
    with pytest.raises(ValidationFailed) as excinfo:
        begin(ada.id, key, "POST", PATH, _hash())
    err = _error(excinfo, "VALIDATION_ERROR", 400)
    assert list(err.details) == ["Idempotency-Key"]
    assert _count() == 0


@pytest.mark.parametrize("key", ["k", "x" * 255, "9f1c-4e2b_~!#$%&'*+.^`|", '"quoted"'])
def test_valid_keys(app, ada, key):
    assert begin(ada.id, key, "POST", PATH, _hash()).outcome == "new"


# ---- the service ---------------------------------------------------------------------


def test_new_key_is_claimed_and_committed(app, ada):
    before = utcnow()
    begun = begin(ada.id, "k1", "post", PATH, _hash())
    assert begun == Begun("new", begun.row_id)
    assert not begun.is_replay
    row = _row(ada.id, "k1")
    assert row.id == begun.row_id
    assert (row.state, row.method, row.path, row.request_hash) == (
        "in_progress",
        "POST",
        PATH,
        _hash(),
    )
    assert row.locked_until >= before + timedelta(seconds=119)
    assert row.expires_at >= before + timedelta(hours=23.9)


def test_finished_key_replays_status_and_body(app, ada):
    begun = begin(ada.id, "k1", "POST", PATH, _hash())
    envelope = {"success": True, "data": {"id": 7}, "message": None, "meta": {"request_id": "r1"}}
    assert finish(begun.row_id, 201, envelope) is True
    again = begin(ada.id, "k1", "POST", PATH, _hash())
    assert again.is_replay
    assert (again.row_id, again.status_code, again.response) == (begun.row_id, 201, envelope)
    row = _row(ada.id, "k1")
    assert row.state == "completed"
    assert row.locked_until is None
    # Replays do not claim anything again.
    assert begin(ada.id, "k1", "POST", PATH, _hash()).is_replay
    assert _count() == 1


def test_same_key_with_a_different_request_is_a_conflict(app, ada):
    begun = begin(ada.id, "k1", "POST", PATH, _hash())
    other = b'{"source": {"file_id": 2}}'
    # While in progress and after completion alike.
    with pytest.raises(AppError) as excinfo:
        begin(ada.id, "k1", "POST", PATH, _hash(other))
    _error(excinfo, "IDEMPOTENCY_CONFLICT")
    finish(begun.row_id, 201, {"data": 1})
    for method, path, body in (
        ("POST", PATH, other),
        ("POST", "/api/v1/jobs/bulk", BODY),
        ("PUT", PATH, BODY),
    ):
        with pytest.raises(AppError) as excinfo:
            begin(ada.id, "k1", method, path, _hash(body, method, path))
        _error(excinfo, "IDEMPOTENCY_CONFLICT")
    assert _row(ada.id, "k1").request_hash == _hash()


def test_in_flight_duplicate_is_in_progress(app, ada):
    begin(ada.id, "k1", "POST", PATH, _hash())
    with pytest.raises(AppError) as excinfo:
        begin(ada.id, "k1", "POST", PATH, _hash())
    err = _error(excinfo, "IDEMPOTENCY_IN_PROGRESS")
    assert err.headers["Retry-After"] == "1"


def test_a_dead_claim_is_taken_over_once_its_lock_expires(app, ada):
    begun = begin(ada.id, "k1", "POST", PATH, _hash())
    _set(begun.row_id, locked_until=utcnow() - timedelta(seconds=1))
    # A different request still may not use the key ...
    with pytest.raises(AppError) as excinfo:
        begin(ada.id, "k1", "POST", PATH, _hash(b"{}"))
    _error(excinfo, "IDEMPOTENCY_CONFLICT")
    # ... the same one takes it over, and holds it again.
    taken = begin(ada.id, "k1", "POST", PATH, _hash())
    assert taken == Begun("new", begun.row_id)
    assert _row(ada.id, "k1").locked_until > utcnow()
    with pytest.raises(AppError) as excinfo:
        begin(ada.id, "k1", "POST", PATH, _hash())
    _error(excinfo, "IDEMPOTENCY_IN_PROGRESS")


def test_lock_window_is_a_setting(app_factory, make_user):
    app = app_factory(IDEMPOTENCY_LOCK_SECONDS=0)
    with app.app_context():
        user = make_user("cyd")
        first = begin(user.id, "k1", "POST", PATH, _hash())
        assert begin(user.id, "k1", "POST", PATH, _hash()) == Begun("new", first.row_id)


def test_an_expired_key_is_replaced(app, ada):
    begun = begin(ada.id, "k1", "POST", PATH, _hash())
    finish(begun.row_id, 201, {"data": "old"})
    _set(begun.row_id, expires_at=utcnow() - timedelta(seconds=1))
    other = _hash(b'{"another": "request"}')
    fresh = begin(ada.id, "k1", "POST", PATH, other)
    assert fresh.outcome == "new"
    row = _row(ada.id, "k1")
    assert (row.state, row.request_hash, row.status_code, row.response) == (
        "in_progress",
        other,
        None,
        None,
    )
    assert row.expires_at > utcnow() + timedelta(hours=23)
    assert _count() == 1


def test_ttl_is_a_setting_and_counts_from_completion(app_factory, make_user):
    app = app_factory(IDEMPOTENCY_TTL_HOURS=1)
    with app.app_context():
        user = make_user("cyd")
        begun = begin(user.id, "k1", "POST", PATH, _hash())
        _set(begun.row_id, created_at=utcnow() - timedelta(minutes=50))
        finish(begun.row_id, 200, {"data": 1})
        row = _row(user.id, "k1")
        assert utcnow() + timedelta(minutes=59) < row.expires_at <= utcnow() + timedelta(hours=1)


def test_keys_are_per_user(app, ada, bob):
    a = begin(ada.id, "k1", "POST", PATH, _hash())
    b = begin(bob.id, "k1", "POST", PATH, _hash(b'{"other": 1}'))
    assert a.outcome == b.outcome == "new"
    assert a.row_id != b.row_id
    finish(a.row_id, 201, {"data": "ada"})
    finish(b.row_id, 202, {"data": "bob"})
    assert begin(ada.id, "k1", "POST", PATH, _hash()).response == {"data": "ada"}
    assert begin(bob.id, "k1", "POST", PATH, _hash(b'{"other": 1}')).response == {"data": "bob"}


def test_release_frees_the_key_and_spares_completed_ones(app, ada):
    begun = begin(ada.id, "k1", "POST", PATH, _hash())
    release(begun.row_id)
    assert _row(ada.id, "k1") is None
    # Another request may now use the key.
    again = begin(ada.id, "k1", "POST", PATH, _hash(b"{}"))
    finish(again.row_id, 201, {"data": 1})
    release(again.row_id)
    assert _row(ada.id, "k1").state == "completed"
    # Finishing a claim that is gone stores nothing.
    assert finish(begun.row_id, 201, {"data": 2}) is False


def test_purge_removes_only_expired_keys(app, ada, bob):
    old = begin(ada.id, "old", "POST", PATH, _hash())
    finish(old.row_id, 201, {"data": 1})
    dead = begin(bob.id, "dead", "POST", PATH, _hash())
    keep = begin(ada.id, "keep", "POST", PATH, _hash())
    past = utcnow() - timedelta(seconds=1)
    _set(old.row_id, expires_at=past)
    _set(dead.row_id, expires_at=past)
    assert purge_expired() == 2
    assert _row(ada.id, "keep").id == keep.row_id
    assert _count() == 1
    assert purge_expired(now=utcnow() + timedelta(hours=25)) == 1
    assert _count() == 0


def test_keys_go_with_their_user(app, ada):
    begin(ada.id, "k1", "POST", PATH, _hash())
    db.session.delete(db.session.get(User, ada.id))
    db.session.commit()
    assert _count() == 0


def _race(app, n: int, call) -> list:
    """Run ``call()`` in ``n`` threads released at once; their results or errors."""
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def worker(i):
        with app.app_context():
            barrier.wait()
            try:
                results[i] = call()
            except AppError as exc:
                results[i] = exc.code
            finally:
                db.session.remove()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_concurrent_first_requests_claim_the_key_once(app, ada):
    """Threads (own connections) insert the same key at once: the unique
    constraint lets exactly one through; the rest see it in progress."""
    n = 12
    owner_id, digest = ada.id, _hash()  # not read from the threads
    results = _race(app, n, lambda: begin(owner_id, "race", "POST", PATH, digest))
    new = [r for r in results if isinstance(r, Begun)]
    assert [r.outcome for r in new] == ["new"], results
    assert results.count("IDEMPOTENCY_IN_PROGRESS") == n - 1, results
    assert _count() == 1


def test_concurrent_takeover_of_a_dead_claim_has_one_winner(app, ada):
    begun = begin(ada.id, "race", "POST", PATH, _hash())
    _set(begun.row_id, locked_until=utcnow() - timedelta(seconds=1))
    n = 12
    owner_id, digest = ada.id, _hash()  # not read from the threads
    results = _race(app, n, lambda: begin(owner_id, "race", "POST", PATH, digest))
    assert results.count(Begun("new", begun.row_id)) == 1, results
    assert results.count("IDEMPOTENCY_IN_PROGRESS") == n - 1, results


def test_concurrent_replacement_of_an_expired_key_has_one_winner(app, ada):
    begun = begin(ada.id, "race", "POST", PATH, _hash())
    finish(begun.row_id, 201, {"data": 1})
    _set(begun.row_id, expires_at=utcnow() - timedelta(seconds=1))
    n = 12
    owner_id, digest = ada.id, _hash()  # not read from the threads
    results = _race(app, n, lambda: begin(owner_id, "race", "POST", PATH, digest))
    assert results.count(Begun("new", begun.row_id)) == 1, results
    assert results.count("IDEMPOTENCY_IN_PROGRESS") == n - 1, results
    assert _count() == 1


# ---- the endpoint glue (t2m.api.spec), without registering a route -----------------


class _View:
    """A stand-in view: parses the body like ``endpoint()`` does, counts its
    runs, and answers (or raises) what the test asks for."""

    def __init__(self, outcome=None):
        self.runs = 0
        self.outcome = outcome

    def __call__(self):
        self.runs += 1
        body = parsing.read_json_body()  # the same bytes the hash saw
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        status = self.outcome or 201
        return ok({"run": self.runs, "body": body.decode()}, None, status)


def _call(app, user, view, *, key="k1", body=BODY, path=PATH):
    headers = {"Content-Type": "application/json"}
    if key is not None:
        headers[idempotent.IDEMPOTENCY_HEADER] = key
    # A fresh app context too, so ``g`` is this request's alone (as in production).
    with (
        app.app_context(),
        app.test_request_context(path, method="POST", data=body, headers=headers),
    ):
        g.principal = Principal(user=user, via="jwt")
        try:
            return idempotent.run_idempotent(view)
        except AppError as exc:  # what the error handler would send
            from t2m.api.envelope import error_response

            return error_response(exc)


def test_glue_replays_with_the_header_and_a_fresh_meta(app, ada):
    view = _View()
    first = _call(app, ada, view)
    assert first.status_code == 201
    assert "Idempotent-Replayed" not in first.headers
    assert first.get_json()["data"] == {"run": 1, "body": BODY.decode()}
    second = _call(app, ada, view, body=b'{"dryRun":true,"source":{"file_id":1}}')
    assert view.runs == 1
    assert second.status_code == 201
    assert second.headers["Idempotent-Replayed"] == "true"
    one, two = first.get_json(), second.get_json()
    assert two["data"] == one["data"]
    assert two["success"] is True
    assert two["meta"]["request_id"] != one["meta"]["request_id"]
    # The stored envelope is the one first sent.
    assert _row(ada.id, "k1").response == one


def test_glue_conflict_and_in_progress(app, ada):
    _call(app, ada, _View())
    r = _call(app, ada, _View(), body=b'{"source": {"file_id": 2}}')
    assert r.status_code == 409
    assert r.get_json()["error"]["code"] == "IDEMPOTENCY_CONFLICT"
    begin(ada.id, "k2", "POST", PATH, _hash())
    r = _call(app, ada, _View(), key="k2")
    assert r.status_code == 409
    assert r.get_json()["error"]["code"] == "IDEMPOTENCY_IN_PROGRESS"
    assert r.headers["Retry-After"] == "1"


@pytest.mark.parametrize(
    ("outcome", "status"),
    [(ValidationFailed(details={"source": ["bad"]}), 422), (NotFound(), 404), (409, 409)],
)
def test_glue_stores_client_errors(app, ada, outcome, status):
    view = _View(outcome)
    first = _call(app, ada, view)
    second = _call(app, ada, view)
    assert view.runs == 1
    assert first.status_code == second.status_code == status
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.get_json()["success"] == first.get_json()["success"]
    assert second.get_json().get("error") == first.get_json().get("error")


@pytest.mark.parametrize("outcome", [RuntimeError("boom"), AppError(), 503])
def test_glue_releases_the_key_on_server_errors(app, ada, outcome):
    view = _View(outcome)
    if isinstance(outcome, RuntimeError):
        with pytest.raises(RuntimeError):
            _call(app, ada, view)
    else:
        assert _call(app, ada, view).status_code == (outcome if outcome == 503 else 500)
    assert _row(ada.id, "k1") is None
    view.outcome = None
    assert _call(app, ada, view).status_code == 201
    assert view.runs == 2


def test_glue_rejects_a_bad_key_before_claiming(app, ada):
    view = _View()
    r = _call(app, ada, view, key="has space")
    assert r.status_code == 400
    assert list(r.get_json()["error"]["details"]) == ["Idempotency-Key"]
    assert view.runs == 0
    assert _count() == 0


def test_glue_leaves_other_errors_alone(app, ada):
    # An auth error raised by the view is a stored 4xx like any other.
    view = _View(AuthInvalid())
    assert _call(app, ada, view).status_code == 401
    assert _call(app, ada, view).headers["Idempotent-Replayed"] == "true"


def test_endpoint_refuses_idempotent_without_a_user():
    from flask import Blueprint

    with pytest.raises(ValueError, match="auth='access'"):
        spec.endpoint(
            Blueprint("x", __name__),
            "/x",
            "POST",
            summary="x",
            tags=[],
            auth="public",
            idempotent=True,
        )


def test_openapi_documents_the_header_and_the_409(app, monkeypatch):
    from pydantic import BaseModel

    class IdemIn(BaseModel):
        n: int

    op = spec.Operation(
        rule="/idem-test",
        method="POST",
        endpoint="idem_test",
        summary="An idempotent operation",
        description=None,
        tags=["Test"],
        auth="access",
        scopes=(),
        body=IdemIn,
        form=None,
        query=None,
        response=None,
        status=202,
        errors=(),
        raw=False,
        blueprint="api",
        idempotent=True,
    )
    monkeypatch.setattr(spec, "OPERATIONS", [*spec.OPERATIONS, op])
    doc = openapi.build_openapi("/api/v1", {"title": "T2M", "version": "1"})
    validate(doc)
    item = doc["paths"]["/api/v1/idem-test"]["post"]
    (header,) = [p for p in item["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key"
    assert header["required"] is False
    assert header["schema"]["maxLength"] == 255
    assert "IDEMPOTENCY_CONFLICT" in item["responses"]["409"]["description"]
    assert "IDEMPOTENCY_IN_PROGRESS" in item["responses"]["409"]["description"]
    assert {"400", "409", "422"} <= set(item["responses"])
    assert "Idempotent-Replayed" in item["responses"]["202"]["headers"]
    assert "Idempotent-Replayed" in item["responses"]["422"]["headers"]
    assert "headers" not in item["responses"]["500"]
    # Operations that are not idempotent say nothing about it.
    login = doc["paths"]["/api/v1/auth/login"]["post"]
    assert all(p.get("name") != "Idempotency-Key" for p in login.get("parameters", []))


# ---- the API: POST /api/v1/jobs and /api/v1/jobs/bulk ------------------------------

JOBS = "/api/v1/jobs"
BULK = "/api/v1/jobs/bulk"


@pytest.fixture
def clip(tmp_path):
    return make_video(tmp_path / "clip.mp4", seconds=1, audio=False)


def _upload_video(client, headers, clip) -> int:
    r = upload(client, headers, clip)
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["data"]["file_type"] == "video"
    return r.get_json()["data"]["id"]


@pytest.fixture
def ada_h(api, ada):
    return api.headers(ada)


@pytest.fixture
def ada_video(client, ada_h, clip) -> int:
    return _upload_video(client, ada_h, clip)


def _post(client, headers, body, key=None, path=JOBS, raw: bytes | None = None):
    headers = dict(headers)
    if key is not None:
        headers["Idempotency-Key"] = key
    if raw is not None:
        return client.post(path, data=raw, headers=headers, content_type="application/json")
    return client.post(path, json=body, headers=headers)


def _jobs() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(Job).where(Job.kind != "process"))


def test_api_same_key_and_body_replays_the_job(client, ada_h, ada_video):
    body = {"source": {"file_id": ada_video}, "codec": "h264", "externalId": "order-1"}
    first = _post(client, ada_h, body, key="create-1")
    assert first.status_code == 201, first.get_json()
    assert "Idempotent-Replayed" not in first.headers
    job_id = first.get_json()["data"]["jobId"]
    assert isinstance(job_id, int)
    # The same document, spelt differently, is the same request.
    raw = json.dumps(dict(reversed(body.items())), indent=2).encode()
    for again in (
        _post(client, ada_h, body, key="create-1"),
        _post(client, ada_h, None, "create-1", raw=raw),
    ):
        assert again.status_code == 201
        assert again.headers["Idempotent-Replayed"] == "true"
        assert again.get_json()["data"] == first.get_json()["data"]
        assert again.get_json()["message"] == first.get_json()["message"]
        assert again.get_json()["meta"]["request_id"] == again.headers["X-Request-ID"]
    assert _jobs() == 1


def test_api_same_key_with_another_body_is_a_conflict(client, ada_h, ada_video):
    body = {"source": {"file_id": ada_video}}
    assert _post(client, ada_h, body, key="k").status_code == 201
    before = row_counts()
    for other_path, other in ((JOBS, {**body, "codec": "h265"}), (BULK, {"jobs": [body]})):
        r = _post(client, ada_h, other, key="k", path=other_path)
        err = assert_error(r, 409, "IDEMPOTENCY_CONFLICT")
        assert "Idempotency-Key" in err["details"]
    assert row_counts() == before


def test_api_validation_errors_are_replayed(client, ada_h, ada_video):
    bad = {"source": {"file_id": ada_video}, "codec": "vp8"}
    first = _post(client, ada_h, bad, key="bad-1")
    err = assert_error(first, 400, "VALIDATION_ERROR")
    assert "codec" in err["details"]
    again = _post(client, ada_h, bad, key="bad-1")
    assert assert_error(again, 400, "VALIDATION_ERROR") == err
    assert again.headers["Idempotent-Replayed"] == "true"
    # Fixing the body needs a new key; the old one stays bound to the bad request.
    good = {"source": {"file_id": ada_video}}
    assert_error(_post(client, ada_h, good, key="bad-1"), 409, "IDEMPOTENCY_CONFLICT")
    assert _post(client, ada_h, good, key="bad-2").status_code == 201
    assert _jobs() == 1


def test_api_dry_run_and_malformed_bodies_are_replayed_too(client, ada_h, ada_video):
    dry = {"source": {"file_id": ada_video}, "dryRun": True}
    first = _post(client, ada_h, dry, key="dry")
    assert first.status_code == 200
    second = _post(client, ada_h, dry, key="dry")
    assert second.status_code == 200
    assert second.get_json()["data"] == first.get_json()["data"]
    assert second.headers["Idempotent-Replayed"] == "true"
    for _ in range(2):
        r = _post(client, ada_h, None, key="broken", raw=b'{"source": ')
        assert_error(r, 400, "VALIDATION_ERROR")
    assert r.headers["Idempotent-Replayed"] == "true"
    assert _jobs() == 0


def test_api_keys_are_per_user(client, api, make_user, ada_h, ada_video, clip):
    bob_h = api.headers(make_user("bob"))
    bob_video = _upload_video(client, bob_h, clip)
    a = _post(client, ada_h, {"source": {"file_id": ada_video}}, key="shared")
    b = _post(client, bob_h, {"source": {"file_id": bob_video}}, key="shared")
    assert a.status_code == b.status_code == 201
    assert "Idempotent-Replayed" not in b.headers
    assert a.get_json()["data"]["jobId"] != b.get_json()["data"]["jobId"]
    # Bob sending Ada's exact request with her key is Bob's own first request.
    c = _post(client, bob_h, {"source": {"file_id": ada_video}}, key="other")
    assert_error(c, 404, "RESOURCE_NOT_FOUND")
    assert _jobs() == 2


def test_api_without_the_header_nothing_changes(client, ada_h, ada_video):
    body = {"source": {"file_id": ada_video}}
    ids = {_post(client, ada_h, body).get_json()["data"]["jobId"] for _ in range(2)}
    assert len(ids) == 2
    assert _count() == 0


@pytest.mark.parametrize("key", ["", "two words", "x" * 256, "caf\u00e9"])
def test_api_bad_key_is_a_400(client, ada_h, ada_video, key):
    before = row_counts()
    headers = {**ada_h, "Idempotency-Key": key.encode().decode("latin-1")}
    r = client.post(JOBS, json={"source": {"file_id": ada_video}}, headers=headers)
    err = assert_error(r, 400, "VALIDATION_ERROR")
    assert list(err["details"]) == ["Idempotency-Key"]
    assert row_counts() == before


def test_api_in_flight_duplicate_is_409(client, ada, ada_h, ada_video):
    body = {"source": {"file_id": ada_video}}
    raw = json.dumps(body).encode()
    begin(ada.id, "busy", "POST", JOBS, request_hash("POST", JOBS, raw))
    r = _post(client, ada_h, None, key="busy", raw=raw)
    assert_error(r, 409, "IDEMPOTENCY_IN_PROGRESS")
    assert r.headers["Retry-After"] == "1"
    assert _jobs() == 0


def test_api_bulk_is_idempotent(client, ada_h, ada_video):
    body = {
        "jobs": [
            {"source": {"file_id": ada_video}},
            {"source": {"file_id": ada_video}, "codec": "nope"},
        ]
    }
    first = _post(client, ada_h, body, key="bulk-1", path=BULK)
    assert first.status_code == 201, first.get_json()
    again = _post(client, ada_h, body, key="bulk-1", path=BULK)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["data"] == first.get_json()["data"]
    assert _jobs() == 1


def test_api_auth_comes_first(client, ada_video):
    r = client.post(JOBS, json={"source": {"file_id": ada_video}}, headers={"Idempotency-Key": "k"})
    assert_error(r, 401, "AUTH_REQUIRED")
    assert _count() == 0


def test_openapi_documents_idempotent_job_creation(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    for path in (JOBS, BULK):
        op = doc["paths"][path]["post"]
        assert any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in op["parameters"])
        assert "IDEMPOTENCY_CONFLICT" in op["responses"]["409"]["description"]
        assert "Idempotent-Replayed" in op["responses"]["201"]["headers"]
    listing = doc["paths"][JOBS]["get"]
    assert all(p["name"] != "Idempotency-Key" for p in listing.get("parameters", []))
