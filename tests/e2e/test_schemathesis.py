"""Schema-driven fuzzing of the auth, users and health endpoints.

Schemathesis reads ``/api/v1/openapi.json`` from a live server (rate limits
off, since it sends hundreds of requests) and, for every operation under
``/api/v1/auth``, ``/api/v1/users`` plus ``/api/v1/system/health``, sends
valid and invalid requests as a signed-in user. Every answer must be no 5xx,
a documented status code and content type, match the documented schema, and
invalid input must be refused with a 4xx.

Bounded: ``MAX_EXAMPLES`` per operation and generation mode, and a hard
timeout on the whole test (``TIME_CAP`` seconds).
"""

from __future__ import annotations

import secrets

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.config import SchemathesisConfig

from .conftest import PASSWORD

MAX_EXAMPLES = 25
TIME_CAP = 170  # seconds, for the whole fuzzing test (pytest-timeout)
OPERATIONS = r"^/api/v1/(auth/.*|users/.*|system/health)$"
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
    negative_data_rejection,
]

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(TIME_CAP)]


class Account:
    """A real account on the server whose tokens survive whatever the fuzzer does.

    Fuzzed calls may log the token out (``POST /auth/logout``), rotate or
    replay the refresh token (``POST /auth/refresh``) or rename the account
    (``PATCH /users/me``). Before each case the access token is checked with
    a cheap ``GET /auth/me``; a rejected token means a fresh login by e-mail
    (which no endpoint can change), and if even that fails (say the fuzzer
    guessed the password and changed it) a fresh account is registered.
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
        assert r.status_code == 201, (r.status_code, r.text)
        self._take(r.json()["data"])

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
def fuzz_schema(live_unlimited):
    config = SchemathesisConfig.from_dict(
        {
            "base-url": live_unlimited.url,
            "request-timeout": 30,
            "generation": {
                "mode": "all",  # positive and negative cases
                "max-examples": MAX_EXAMPLES,
                # Credentials are ours (see Account), not generated ones.
                "with-security-parameters": False,
                "database": "none",  # no .hypothesis/ folder in the repository
            },
            "phases": {"stateful": {"enabled": False}},
        }
    )
    return schemathesis.openapi.from_url(live_unlimited.url + "/api/v1/openapi.json", config=config)


@pytest.fixture(scope="module")
def account(live_unlimited, http_session):
    return Account(live_unlimited.url, http_session)


schema = schemathesis.pytest.from_fixture("fuzz_schema").include(path_regex=OPERATIONS)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_auth_endpoints_conform_to_the_schema(case, account, http_session):
    account.ensure_valid()
    response = case.call_and_validate(
        session=http_session, headers=account.headers_for(case), checks=CHECKS
    )
    account.observe(case, response)
