"""Alembic migrations: one head, a clean upgrade/downgrade cycle on every
backend, and a migrated schema that matches the models."""

from __future__ import annotations

import warnings

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError, SAWarning

from t2m.db import MIGRATIONS
from t2m.extensions import db
from t2m.models import User
from tests.conftest import PG_URL, make_app


def _script() -> ScriptDirectory:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", MIGRATIONS)
    return ScriptDirectory.from_config(cfg)


def test_there_is_exactly_one_head():
    heads = _script().get_heads()
    assert len(heads) == 1, f"several Alembic heads, merge them: {heads}"


def test_revisions_form_one_chain_from_base():
    script = _script()
    revisions = list(script.walk_revisions("base", "heads"))
    assert revisions, "no migrations"
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    for rev in revisions:
        assert rev.doc, f"migration {rev.revision} has no message"


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def fresh_app(request, tmp_path):
    """An app on an empty database (a new SQLite file or PostgreSQL database)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'migrate.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_server")()
    app = make_app(tmp_path, url)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def _tables() -> set[str]:
    return set(inspect(db.engine).get_table_names())


def _current_revision() -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _model_tables() -> set[str]:
    return {t.name for t in db.metadata.sorted_tables}


def test_upgrade_downgrade_upgrade(fresh_app):
    head = _script().get_current_head()
    assert _model_tables() - _tables() == _model_tables()

    upgrade()
    assert _current_revision() == head
    assert _model_tables() <= _tables()

    downgrade(revision="base")
    assert _current_revision() is None
    assert _tables() & _model_tables() == set()

    upgrade()
    assert _current_revision() == head
    assert _model_tables() <= _tables()


def test_each_revision_downgrades_and_upgrades_again(fresh_app):
    script = _script()
    revisions = list(reversed(list(script.walk_revisions("base", "heads"))))
    for rev in revisions:
        upgrade(revision=rev.revision)
        assert _current_revision() == rev.revision
        after_up = _tables()
        downgrade(revision=rev.down_revision or "base")
        assert _current_revision() == rev.down_revision
        upgrade(revision=rev.revision)
        assert _tables() == after_up, f"{rev.revision}: downgrade did not undo upgrade"


def _schema_differences() -> list:
    with db.engine.connect() as conn, warnings.catch_warnings():
        # Reflection cannot read the expression index lower(username); it is
        # checked by behaviour in the test below instead.
        warnings.filterwarnings(
            "ignore",
            message="Skipped unsupported reflection of expression-based index "
            "uq_users_username_lower",
            category=SAWarning,
        )
        warnings.filterwarnings(
            "ignore",
            message="autogenerate skipping metadata-specified expression-based index "
            "'uq_users_username_lower'",
            category=UserWarning,
        )
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        return compare_metadata(context, db.metadata)


def test_models_match_the_migrated_schema(fresh_app):
    upgrade()
    assert _schema_differences() == []


def test_usernames_are_unique_regardless_of_case_in_the_database(fresh_app):
    upgrade()
    now = text("CURRENT_TIMESTAMP")
    row = {"password_hash": "x", "created_at": now, "updated_at": now}
    db.session.execute(insert(User).values(email="a@example.com", username="Ada", **row))
    db.session.commit()
    same_name_other_case = insert(User).values(email="b@example.com", username="aDA", **row)
    with pytest.raises(IntegrityError):
        db.session.execute(same_name_other_case)
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
