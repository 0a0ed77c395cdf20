"""The one ownership rule, across every kind of owned row: the owner sees and acts,
an administrator sees (and manages) but never acts as the owner, anyone else
gets "not found"."""

from __future__ import annotations

import hashlib
import re

import pytest

from t2m.errors import NotFound
from t2m.extensions import db
from t2m.models import Blob, File
from t2m.services import jobs, ownership
from t2m.services.delivery import signing
from t2m.services.library import collections, files


@pytest.fixture
def people(make_user):
    return {
        "owner": make_user("owner"),
        "other": make_user("other"),
        "admin": make_user("admin", role="ADMIN"),
    }


def _file(owner) -> File:
    digest = hashlib.sha256(b"x").hexdigest()
    blob = Blob(owner_id=owner.id, sha256=digest, size=1, storage_key=f"blobs/{owner.id}/x")
    blob.content_type = "text/plain"
    db.session.add(blob)
    db.session.flush()
    file = File(
        owner_id=owner.id,
        blob_id=blob.id,
        original_filename="x.txt",
        content_type="text/plain",
        file_type="document",
        size=1,
        sha256=digest,
        status="ready",
    )
    db.session.add(file)
    db.session.commit()
    return file


SEES = {"owner": True, "other": False, "admin": True}
ACTS = {"owner": True, "other": False, "admin": False}


@pytest.mark.parametrize("who", ["owner", "other", "admin"])
def test_the_rule_itself(people, who):
    owner_id = people["owner"].id
    assert ownership.may_see(people[who], owner_id) is SEES[who]
    assert ownership.owns(people[who], owner_id) is ACTS[who]


@pytest.mark.parametrize("who", ["owner", "other", "admin"])
def test_files_and_jobs_are_seen_by_their_owner_and_administrators(people, who):
    file = _file(people["owner"])
    job = jobs.create(people["owner"].id, "transcode", parameters={})
    db.session.commit()
    for lookup, row_id, what in (
        (files.get_file, file.id, "File not found."),
        (jobs.get_job, job.id, "Job not found."),
    ):
        if SEES[who]:
            assert lookup(people[who], row_id).id == row_id
        else:
            with pytest.raises(NotFound, match=re.escape(what)):
                lookup(people[who], row_id)


@pytest.mark.parametrize("who", ["owner", "other", "admin"])
def test_acting_as_the_owner_needs_the_row_to_be_one_s_own(people, who):
    file = _file(people["owner"])
    shelf = collections.create(people["owner"], name="Mine")
    if ACTS[who]:
        assert signing.create(people[who], file.id).file_id == file.id
        assert (
            collections.get(people[who], shelf.collection.id).collection.id == shelf.collection.id
        )
    else:
        with pytest.raises(NotFound, match="File not found"):
            signing.create(people[who], file.id)
        with pytest.raises(NotFound, match="Collection not found"):
            collections.get(people[who], shelf.collection.id)


def test_a_missing_row_is_not_found_for_everyone(people):
    for who in people.values():
        with pytest.raises(NotFound, match="File not found"):
            ownership.visible(who, None, "File")
        with pytest.raises(NotFound, match="File not found"):
            ownership.owned(who, None, "File")
