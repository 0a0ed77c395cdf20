"""Argon2id cost: production parameters by default, a setting, rehash on sign-in."""

from __future__ import annotations

import pytest
from argon2 import extract_parameters

from t2m import create_app
from t2m.config import Config
from t2m.errors import AppError
from t2m.extensions import db
from t2m.models import User
from t2m.services import accounts
from t2m.services.accounts.passwords import hash_password, verify_password

from .conftest import PASSWORD

PRODUCTION = {"PASSWORD_TIME_COST": 3, "PASSWORD_MEMORY_KIB": 65536, "PASSWORD_PARALLELISM": 4}


def test_the_default_cost_is_rfc_9106_low_memory(tmp_path):
    cfg = Config.from_env({"INSTANCE_PATH": str(tmp_path)})
    assert {k: cfg[k] for k in PRODUCTION} == PRODUCTION


def test_a_production_app_hashes_at_the_production_cost(app_factory):
    app = app_factory(**PRODUCTION)
    with app.app_context():
        stored = hash_password(PASSWORD)
        params = extract_parameters(stored)
        assert (params.time_cost, params.memory_cost, params.parallelism) == (3, 65536, 4)
        assert verify_password(stored, PASSWORD)
        assert not verify_password(stored, PASSWORD + "x")
        assert not verify_password(None, PASSWORD)  # unknown account: same work, refused


def test_a_cheaper_hash_is_redone_at_the_configured_cost_on_sign_in(app_factory, make_user):
    user = make_user("ada")  # made at the suite's cheap cost
    cheap = extract_parameters(user.password_hash)
    assert (cheap.time_cost, cheap.memory_cost) == (1, 8)

    app = app_factory(**PRODUCTION)
    with app.app_context():
        signed_in = accounts.authenticate("ada", PASSWORD)
        assert signed_in.id == user.id
        stored = db.session.get(User, user.id).password_hash
    params = extract_parameters(stored)
    assert (params.time_cost, params.memory_cost, params.parallelism) == (3, 65536, 4)
    with app.app_context(), pytest.raises(AppError):
        accounts.authenticate("ada", "not the password")


@pytest.mark.parametrize(
    ("setting", "value", "says"),
    [
        ("PASSWORD_TIME_COST", 0, "T2M_PASSWORD_TIME_COST must be 1 to 100"),
        ("PASSWORD_PARALLELISM", 0, "T2M_PASSWORD_PARALLELISM must be 1 to 64"),
        ("PASSWORD_MEMORY_KIB", 4, "T2M_PASSWORD_MEMORY_KIB must be from 8 x"),
        ("PASSWORD_MEMORY_KIB", "lots", "T2M_PASSWORD_MEMORY_KIB must be a whole number"),
    ],
)
def test_an_impossible_cost_stops_the_app_at_start_up(tmp_path, setting, value, says):
    with pytest.raises(ValueError, match=says):
        create_app({"INSTANCE_PATH": str(tmp_path), setting: value})
