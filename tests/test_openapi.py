"""The OpenAPI document is valid, generated from the code and covers every endpoint."""

from __future__ import annotations

import re

from openapi_spec_validator import validate


def _doc(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    return r.get_json()


def test_document_validates_as_openapi_31(client):
    doc = _doc(client)
    assert doc["openapi"].startswith("3.1")
    validate(doc)


def test_every_api_route_is_documented(app, client):
    doc = _doc(client)
    documented = {(path, method) for path, item in doc["paths"].items() for method in item}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method.lower()) in documented, (path, method)


def test_operations_describe_bodies_errors_and_security(client):
    doc = _doc(client)
    login = doc["paths"]["/api/v1/auth/login"]["post"]
    schema_ref = login["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert schema_ref.endswith("/LoginIn")
    assert {"200", "401", "422", "429"} <= set(login["responses"])
    me = doc["paths"]["/api/v1/auth/me"]["get"]
    assert {"bearerAuth": []} in me["security"]
    assert {"apiKeyAuth": []} in me["security"]
    token = doc["paths"]["/api/v1/auth/token"]["post"]
    assert "application/x-www-form-urlencoded" in token["requestBody"]["content"]
    register = doc["components"]["schemas"]["RegisterIn"]
    assert register["properties"]["password"]["minLength"] == 8
    assert register["additionalProperties"] is False


def test_an_optional_json_body_is_documented(client):
    doc = _doc(client)
    regenerate = doc["paths"]["/api/v1/images/{image_id}"]["post"]
    body = regenerate["requestBody"]
    assert body["required"] is False
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("/RegenerateIn")
    schema = doc["components"]["schemas"]["RegenerateIn"]
    assert set(schema["properties"]) == {"prompt", "text", "image", "file_id"}
    assert not schema.get("required")
    assert schema["additionalProperties"] is False
    assert {"400", "413", "422"} <= set(regenerate["responses"])
    # Bodies are required unless an endpoint says otherwise.
    generate = doc["paths"]["/api/v1/videos/generate"]["post"]
    assert generate["requestBody"]["required"] is True


def test_docs_page_serves_swagger_ui_on_the_document(client):
    """The page hands the generated document to Swagger UI (installed from the
    npm registry into static/lib); its data: icons are allowed there only."""
    r = client.get("/api/docs")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'data-url="/api/v1/openapi.json"' in html
    assert "/static/lib/swagger-ui-bundle.js" in html
    assert "/static/lib/swagger-ui.css" in html
    assert 'href="/api/v1/openapi.json"' in html  # readable without JavaScript too
    policy = dict(d.strip().split(" ", 1) for d in r.headers["Content-Security-Policy"].split(";"))
    assert policy["img-src"] == "'self' data:"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    other = client.get("/").headers["Content-Security-Policy"]
    assert "data:" not in other


def test_every_event_type_is_a_documented_webhook(client):
    from t2m.services.events import TYPES

    doc = client.get("/api/v1/openapi.json").get_json()
    assert set(doc["webhooks"]) == set(TYPES)
    completed = doc["webhooks"]["job.completed"]["post"]
    ref = completed["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    data = doc["components"]["schemas"][body["properties"]["data"]["$ref"].rsplit("/", 1)[1]]
    assert {
        "job_id",
        "type",
        "status",
        "progress",
        "externalId",
        "metadata",
        "error",
        "result",
    } <= set(data["properties"])
    headers = {p["name"] for p in completed["parameters"]}
    assert {"X-T2M-Signature", "webhook-id", "webhook-signature"} <= headers
