"""Every id the API reads (path, query, body) is a database id or a clean error.

The cases are read from the OpenAPI document: every integer parameter or body
property whose name ends in ``id``/``_id``/``ids`` gets hostile values (past
SQLite's 2**63, past PostgreSQL's INTEGER, negative, zero, a float, a string,
a bool). A path id is a 404; a query or body id is a 422 ``VALIDATION_ERROR``
naming the field; nothing is ever a 500, and no row changes.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

import pytest

from t2m.db import MAX_ID

from .conftest import assert_error, make_app, row_counts

ID_NAME = re.compile(r"(^|_)ids?$")
JSON_VALUES = [2**63, 2**64, MAX_ID + 1, -1, 0, 1e30, "1", True]
TEXT_VALUES = ["9223372036854775808", "18446744073709551616", "2147483648", "-1", "0", "1e30"]
QUERY_VALUES = [*TEXT_VALUES, "x"]
# Encode jobs are checked field by field by the encoding service, which answers one
# 400 VALIDATION_ERROR naming every bad field (README, "Jobs"); the rest is 422.
STATUS = {("post", "/api/v1/jobs"): 400}
FILLER = {"path": "master.m3u8"}  # a non-id path parameter (HLS)


@cache
def _document() -> dict:
    """The OpenAPI document of an app that is never served (collection time)."""
    tmp = Path(tempfile.mkdtemp(prefix="t2m-openapi-"))
    app = make_app(tmp, f"sqlite:///{tmp / 'unused.sqlite3'}")
    with app.app_context():
        return app.test_client().get("/api/v1/openapi.json").get_json()


def _resolve(schema: dict) -> dict:
    while "$ref" in schema:
        schema = _document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _integers(schema: dict, path: tuple):
    """(path, schema) of every integer inside ``schema``; a path step is a
    property name or ``[]`` for a list item."""
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            yield from _integers(sub, path)
    if schema.get("type") == "integer":
        yield path, schema
    if schema.get("type") == "array" and "items" in schema:
        yield from _integers(schema["items"], (*path, "[]"))
    for name, prop in schema.get("properties", {}).items():
        yield from _integers(prop, (*path, name))


def _named_id(path: tuple) -> bool:
    names = [step for step in path if step != "[]"]
    return bool(names) and bool(ID_NAME.search(names[-1]))


def _cases() -> list:
    cases = []
    for url, item in _document()["paths"].items():
        for method, op in item.items():
            for param in op.get("parameters", []):
                if param["in"] not in ("path", "query"):
                    continue
                for path, schema in _integers(param["schema"], (param["name"],)):
                    if _named_id(path):
                        cases.append((method, url, param["in"], path, schema))
            for ctype, content in op.get("requestBody", {}).get("content", {}).items():
                if ctype == "application/json":
                    for path, schema in _integers(content["schema"], ()):
                        if _named_id(path):
                            cases.append((method, url, "body", path, schema))
    return cases


CASES = _cases()


def _case_id(case) -> str:
    method, url, where, path, _schema = case
    field = ".".join(path).replace(".[]", "[]")
    return f"{method.upper()} {url.removeprefix('/api/v1')} {where}:{field}"


def _url(url: str, hostile: dict | None = None) -> str:
    """``url`` with its path parameters filled: ids with 1 unless ``hostile`` says."""
    hostile = hostile or {}

    def fill(match):
        name = match.group(1)
        return hostile.get(name, FILLER.get(name, "1"))

    return re.sub(r"\{(\w+)\}", fill, url)


def _nest(path: tuple, value):
    """A JSON value with ``value`` at ``path`` (``[]`` steps become one-item lists)."""
    for step in reversed(path):
        value = [value] if step == "[]" else {step: value}
    return value


def _named(details: dict, path: tuple) -> bool:
    """The error details name the field (``scene_file_ids.0``, ``source.file_id``…)."""
    names = [step for step in path if step != "[]"]
    dotted = ".".join(names)
    return any(key == dotted or key.startswith(dotted + ".") for key in details)


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


def test_every_id_is_documented_as_a_database_id():
    assert len(CASES) > 40  # the walk found the API's ids
    for case in CASES:
        schema = case[4]
        assert (schema.get("minimum"), schema.get("maximum")) == (1, MAX_ID), _case_id(case)


def test_the_walk_finds_the_ids_that_used_to_fail():
    found = {_case_id(c) for c in CASES}
    for expected in (
        "POST /videos/generate body:music_file_id",
        "POST /videos/generate body:scene_file_ids[]",
        "POST /images/{image_id} body:file_id",
        "POST /jobs body:source.file_id",
        "POST /jobs body:output.collection_id",
        "GET /jobs/status query:ids[]",
        "GET /files query:collection_id",
        "POST /collections/{collection_id}/media body:file_ids[]",
        "POST /files/cleanup body:collection_id",
    ):
        assert expected in found, expected


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_hostile_ids_are_refused_cleanly(client, ada, case):
    method, url, where, path, _schema = case
    send = getattr(client, method)
    before = row_counts()
    if where == "path":
        for value in TEXT_VALUES:
            r = send(_url(url, {path[0]: value}), headers=ada)
            assert_error(r, 404, "RESOURCE_NOT_FOUND")
    elif where == "query":
        for value in QUERY_VALUES:
            r = send(_url(url), query_string={path[0]: value}, headers=ada)
            err = assert_error(r, 422, "VALIDATION_ERROR")
            assert _named(err["details"], path), (value, err)
    else:
        status = STATUS.get((method, url), 422)
        for value in JSON_VALUES:
            r = send(_url(url), json=_nest(path, value), headers=ada)
            err = assert_error(r, status, "VALIDATION_ERROR")
            assert _named(err["details"], path), (value, err)
    assert row_counts() == before


def test_a_bulk_encode_job_with_a_hostile_id_is_reported_not_a_500(client, ada):
    """Bulk items are checked one by one: the bad one is reported in the answer."""
    before = row_counts()
    jobs = [{"source": {"file_id": v}} for v in JSON_VALUES]
    jobs.append({"source": {"file_id": 1}, "output": {"collection_id": 2**63}})
    r = client.post("/api/v1/jobs/bulk", json={"jobs": jobs}, headers=ada)
    assert r.status_code == 200, r.get_json()
    items = r.get_json()["data"]["jobs"]
    assert [i["jobId"] for i in items] == [None] * len(jobs)
    for item in items[:-1]:
        assert "source.file_id" in item["error"]["details"], item
    assert row_counts() == before


def test_the_status_of_several_jobs_names_the_bad_id(client, ada):
    r = client.get("/api/v1/jobs/status?ids=1,9223372036854775808", headers=ada)
    err = assert_error(r, 422, "VALIDATION_ERROR")
    assert list(err["details"]) == ["ids.1"]
    assert str(MAX_ID) in err["details"]["ids.1"][0]
