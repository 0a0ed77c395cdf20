"""The job core: every status and progress change passes one point, kinds come
from the registry, and the core works for a kind it has never heard of."""

from __future__ import annotations

import pytest

from t2m.errors import AppError
from t2m.extensions import db
from t2m.models import File, Job
from t2m.services import jobs
from t2m.services.jobs import kinds, runner, state

from .media_fixtures import make_image
from .test_api_files import upload


@pytest.fixture
def seen():
    """Every (job id, changes) the state listeners are told, in order."""
    calls: list[tuple[int, dict]] = []

    def listener(job_id, changes):
        calls.append((job_id, dict(changes)))

    state.listen(listener)
    yield calls
    state.unlisten(listener)


def _statuses(calls, job_id):
    return [c["status"] for j, c in calls if j == job_id and "status" in c]


def test_an_upload_s_process_job_goes_queued_processing_completed(
    client, make_user, api, tmp_path, seen
):
    headers = api.headers(make_user("ada"))
    r = upload(client, headers, make_image(tmp_path / "a.png"))
    assert r.status_code == 201
    job = db.session.scalar(db.select(Job).where(Job.file_id == r.get_json()["data"]["id"]))
    assert job.status == "completed"
    assert _statuses(seen, job.id) == ["queued", "processing", "completed"]
    progress = [c["progress"] for j, c in seen if j == job.id and "progress" in c]
    assert progress[0] == 0.0
    assert progress[-1] == 100.0
    assert progress == sorted(progress)  # never backwards


def test_cancel_and_retry_go_through_the_same_point(app_factory, make_user, seen):
    app = app_factory(QUEUE_IMMEDIATE=False)
    with app.app_context():
        user = make_user("bea")
        job = jobs.create(user.id, "transcode", parameters={})
        db.session.commit()
        jobs.cancel(user, job.id, wait=0)
        assert db.session.get(Job, job.id).status == "cancelled"
        jobs.retry(user, job.id)
        assert db.session.get(Job, job.id).status == "queued"
        assert _statuses(seen, job.id) == ["queued", "cancelled", "queued"]
        with pytest.raises(AppError) as info:  # a queued job is not retryable
            jobs.retry(user, job.id)
        assert info.value.code == "JOB_NOT_RETRYABLE"


def test_a_kind_registered_by_its_domain_is_run_retried_and_deleted_by_its_hooks(
    app_factory, make_user, seen
):
    calls: list[str] = []

    def work(run):
        run.progress(50, force=True)
        return {"answer": 42}

    kinds.register(
        kinds.JobKind(
            "test_kind",
            "Test work",
            lambda job_id: runner.execute(job_id, work),
            before_retry=lambda job: calls.append(f"retry {job.id}"),
            after_delete=lambda gone: calls.append(f"deleted {gone.id} of {gone.owner.username}"),
        )
    )
    try:
        app = app_factory()
        with app.app_context():
            user = make_user("cyd")
            job = jobs.create(user.id, "test_kind", parameters={})
            db.session.commit()
            jobs.enqueue(job)  # QUEUE_IMMEDIATE: the worker's task runs it now
            done = db.session.get(Job, job.id)
            assert (done.status, done.result) == ("completed", {"answer": 42})
            assert _statuses(seen, job.id) == ["queued", "processing", "completed"]
            assert kinds.label("test_kind") == "Test work"

            done.status = "failed"
            db.session.commit()
            jobs.retry(user, job.id)
            assert calls == [f"retry {job.id}"]
            assert db.session.get(Job, job.id).status == "completed"  # ran again

            jobs.delete(user, job.id)
            assert calls[-1] == f"deleted {job.id} of cyd"
            assert db.session.get(Job, job.id) is None
    finally:
        kinds._kinds.pop("test_kind", None)


def test_a_job_of_an_unknown_kind_is_refused_by_the_worker(app_factory, make_user):
    app = app_factory(QUEUE_IMMEDIATE=False)
    with app.app_context():
        job = jobs.create(make_user("dee").id, "no_such_kind")
        db.session.commit()
        with pytest.raises(RuntimeError, match="No handler for jobs of kind 'no_such_kind'"):
            jobs.run(job.id)
        assert db.session.get(Job, job.id).status == "queued"  # untouched


def test_the_domains_register_every_kind_the_model_knows(app):
    from t2m.models.job import JOB_KINDS

    assert set(JOB_KINDS) <= set(kinds.names())
    assert kinds.label("process") == "Upload processing"
    assert kinds.label("transcode") == "Encode"


def test_a_process_job_cancelled_before_it_ran_fails_its_file(
    app_factory, make_user, api, tmp_path
):
    app = app_factory(QUEUE_IMMEDIATE=False)
    with app.app_context():
        client = app.test_client()
        user = make_user("eve")
        r = upload(client, api.__class__(client).headers(user), make_image(tmp_path / "e.png"))
        file_id = r.get_json()["data"]["id"]
        job = db.session.scalar(db.select(Job).where(Job.file_id == file_id))
        jobs.cancel(user, job.id, wait=0)
        file = db.session.get(File, file_id)
        assert (file.status, file.error) == ("failed", "Processing was cancelled.")
        jobs.retry(user, job.id)
        file = db.session.get(File, file_id)
        assert (file.status, file.error) == ("processing", None)
