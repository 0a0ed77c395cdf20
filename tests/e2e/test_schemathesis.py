"""Schema-driven fuzzing of the whole API against a live server.

Schemathesis reads ``/api/v1/openapi.json`` from a live server of its own
(rate limits off, since it sends thousands of requests; a short health-check
wait and one ffmpeg thread, since the fuzzer's valid generation requests keep
the worker busy) and sends valid and invalid requests as a signed-in user:

- every operation under ``/api/v1/auth``, ``/api/v1/users`` plus
  ``/api/v1/system/health``: no 5xx, a documented status code and content
  type, the documented schema, and invalid input refused with a 4xx;
- every other operation: no 5xx, documented status codes and content types;
- scenarios that chain operations through the links schemathesis infers from
  the document (create a collection, then read, change, fill and delete it;
  list files, then open one; ...): no 5xx at any step.

Bounded: ``MAX_EXAMPLES`` / ``SWEEP_EXAMPLES`` per operation and generation
mode, ``SCENARIOS`` x ``STEPS`` for the stateful part, and a hard timeout on
each test (pytest-timeout).
"""

from __future__ import annotations

import io
import secrets
import struct
import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import Flaky
from PIL import Image
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.config import SchemathesisConfig

from .conftest import PASSWORD, run_live_server

MAX_EXAMPLES = 25
SWEEP_EXAMPLES = 60
SCENARIOS = 500
STEPS = 8
STATEFUL_SECONDS = 90
TIME_CAP = 400  # seconds, for each fuzzing test (pytest-timeout; the sweep takes 150-210 s)
OPERATIONS = r"^/api/v1/(auth/.*|users/.*|system/health)$"
# The event stream answers for as long as the client listens (its own tests are in
# tests/e2e/test_realtime.py), so the fuzzer leaves it out.
EVERYTHING_ELSE = r"^/api/v1/(?!auth/|users/|system/health$|events/stream$).*"
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
    negative_data_rejection,
]
# Status codes and content types are checked on /auth and /users only: elsewhere the
# fuzzer also meets gunicorn's own answers (414 for a query string past its limit).
SWEEP_CHECKS = [not_a_server_error]
STATEFUL_CHECKS = [not_a_server_error]
SETTINGS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(TIME_CAP)]


class Account:
    """A real account on the server whose tokens survive whatever the fuzzer does.

    Fuzzed calls may log the token out (``POST /auth/logout``), rotate or
    replay the refresh token (``POST /auth/refresh``) or rename the account
    (``PATCH /users/me``). Before each case the access token is checked with
    a cheap ``GET /auth/me``; a rejected token means a fresh login by e-mail
    (which no endpoint can change), and if even that fails (say the fuzzer
    guessed the password and changed it) a fresh account is registered.

    A new account gets a picture, a sound and a collection holding both, so
    the listings the stateful scenarios start from hand real ids on.
    """

    def __init__(self, base_url: str, session: requests.Session):
        self.base_url = base_url
        self.session = session
        self._register()

    def _api(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.session.request(method, self.base_url + "/api/v1" + path, timeout=30, **kwargs)

    def _take(self, data: dict) -> None:
        self.access = data["access_token"]
        self.refresh = data["refresh_token"]

    def _register(self) -> None:
        username = f"fuzz_{secrets.token_hex(6)}"
        self.email = f"{username}@example.com"
        self.password = PASSWORD
        r = self._api(
            "POST",
            "/auth/register",
            json={"email": self.email, "username": username, "password": self.password},
        )
        assert r.status_code == 202, (r.status_code, r.text)
        r = self._api("POST", "/auth/login", json={"username": username, "password": self.password})
        assert r.status_code == 200, (r.status_code, r.text)
        self._take(r.json()["data"])
        self._seed()

    def _seed(self) -> None:
        auth = {"Authorization": f"Bearer {self.access}"}
        ids = []
        for name, body in (("seed.png", _png()), ("seed.wav", _wav())):
            r = self._api("POST", "/files/upload", headers=auth, files={"file": (name, body)})
            assert r.status_code == 201, (r.status_code, r.text)
            ids.append(r.json()["data"]["id"])
        r = self._api("POST", "/collections", headers=auth, json={"name": "Seeds"})
        assert r.status_code == 201, (r.status_code, r.text)
        collection = r.json()["data"]["id"]
        r = self._api(
            "POST", f"/collections/{collection}/media", headers=auth, json={"file_ids": ids}
        )
        assert r.status_code == 200, (r.status_code, r.text)

    def _login(self) -> bool:
        r = self._api("POST", "/auth/login", json={"email": self.email, "password": self.password})
        if r.status_code != 200:
            return False
        self._take(r.json()["data"])
        return True

    def ensure_valid(self) -> None:
        r = self._api("GET", "/auth/me", headers={"Authorization": f"Bearer {self.access}"})
        if r.status_code == 200:
            return
        assert r.status_code == 401, (r.status_code, r.text)
        if not self._login():
            self._register()

    def headers_for(self, case) -> dict[str, str]:
        # The refresh endpoint takes the refresh token; everything else the access token.
        token = self.refresh if case.path.endswith("/auth/refresh") else self.access
        return {"Authorization": f"Bearer {token}"}

    def observe(self, case, response) -> None:
        """Keep the pair a successful refresh rotated in."""
        if (
            case.method.upper() == "POST"
            and case.path.endswith("/auth/refresh")
            and response.status_code == 200
        ):
            self._take(response.json()["data"])


@pytest.fixture(autouse=True)
def _node_id_shim(request):
    """Schemathesis 4.32's ``from_fixture`` reads and writes ``item._nodeid``,
    an attribute pytest 9.2 no longer has (it keeps ``item._id``); give the
    item one so the lazy schema can run. Harmless once either side is fixed."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid


@pytest.fixture(scope="module")
def http_session():
    with requests.Session() as session:
        yield session


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    """A live server for the fuzzer alone (see the module's docstring)."""
    env = {
        "T2M_RATELIMIT_ENABLED": "false",
        "T2M_HEALTH_QUEUE_TIMEOUT": "1",
        "T2M_FFMPEG_THREADS": "1",
    }
    with run_live_server(tmp_path_factory.mktemp("fuzz"), env) as server:
        yield server


@pytest.fixture(scope="module")
def fuzz_schema(fuzz_server):
    config = SchemathesisConfig.from_dict(
        {
            "base-url": fuzz_server.url,
            "request-timeout": 30,
            "generation": {
                "mode": "all",  # positive and negative cases
                "max-examples": MAX_EXAMPLES,
                # Credentials are ours (see Account), not generated ones.
                "with-security-parameters": False,
                "database": "none",  # no .hypothesis/ folder in the repository
            },
        }
    )
    schema = schemathesis.openapi.from_url(fuzz_server.url + "/api/v1/openapi.json", config=config)
    # The event stream answers for as long as the client listens, by design: it is
    # tested on its own (tests/e2e/test_realtime.py), not by calls that wait for an end.
    return schema.exclude(path_regex=r"^/api/v1/events/stream$")


@pytest.fixture(scope="module")
def account(fuzz_server, http_session):
    return Account(fuzz_server.url, http_session)


schema = schemathesis.pytest.from_fixture("fuzz_schema")


@schema.include(path_regex=OPERATIONS).parametrize()
@settings(max_examples=MAX_EXAMPLES, **SETTINGS)
def test_auth_endpoints_conform_to_the_schema(case, account, http_session):
    account.ensure_valid()
    response = case.call_and_validate(
        session=http_session, headers=account.headers_for(case), checks=CHECKS
    )
    account.observe(case, response)


@schema.include(path_regex=EVERYTHING_ELSE).parametrize()
@settings(max_examples=SWEEP_EXAMPLES, **SETTINGS)
def test_every_other_operation_has_no_server_error(case, account, http_session):
    account.ensure_valid()
    response = case.call_and_validate(
        session=http_session, headers=account.headers_for(case), checks=SWEEP_CHECKS
    )
    account.observe(case, response)


def test_linked_operations_have_no_server_error(fuzz_schema, account, http_session):
    """Stateful: scenarios of up to ``STEPS`` calls, each feeding the next through
    a link (an id from one response as the path or body of the next call)."""
    base = fuzz_schema.as_state_machine()
    assert base.schema.statistic.transitions.total > 50  # the links were inferred
    steps: list[tuple[str, str, int]] = []

    class Scenarios(base):
        def before_call(self, case):
            account.ensure_valid()

        def get_call_kwargs(self, case):
            return {"session": http_session, "headers": account.headers_for(case)}

        def after_call(self, response, case):
            account.observe(case, response)
            steps.append((case.method, case.path, response.status_code))

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=STATEFUL_CHECKS, transport_kwargs=kwargs)

    # The server's state moves on between scenarios, so a replayed prefix may not take
    # the same links again: hypothesis calls that flaky and stops the run (schemathesis'
    # own runner does the same: a new run goes on). Failures are reported as found,
    # without shrinking, and every step's status is checked below as well.
    deadline = time.monotonic() + STATEFUL_SECONDS
    while len(steps) < SCENARIOS * STEPS // 2 and time.monotonic() < deadline:
        try:
            Scenarios.run(
                settings=settings(
                    max_examples=SCENARIOS,
                    stateful_step_count=STEPS,
                    phases=[Phase.generate],
                    **SETTINGS,
                )
            )
        except Flaky:
            continue
        break
    assert [s for s in steps if s[2] >= 500] == []
    # The scenarios reached the seeded resources through links, not only listings.
    followed = {(m, p) for m, p, code in steps if "{" in p and code < 300}
    assert len(followed) >= 3, sorted(followed)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 80, 40)).save(buf, "PNG")
    return buf.getvalue()


def _wav() -> bytes:
    """Half a second of 8 kHz silence."""
    data = b"\x80" * 4000
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
    return header + b"data" + struct.pack("<I", len(data)) + data
