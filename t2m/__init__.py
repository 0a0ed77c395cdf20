"""T2M: a self-hostable text-to-media platform in one Flask application."""

from __future__ import annotations

from flask import Flask

from t2m.config import Config


def create_app(config: dict | None = None) -> Flask:
    """Build the application: configuration, then one ``init_app`` per subsystem."""
    app = Flask(__name__, instance_relative_config=False)
    app.config.from_mapping(Config.from_env(config))
    app.instance_path = app.config["INSTANCE_PATH"]

    from t2m import (
        api,
        auth,
        cli,
        cors,
        db,
        errors,
        keepalive,
        proxies,
        ratelimit,
        realtime,
        security,
        services,
        storage,
        tasks,
        uploads,
        web,
    )
    from t2m.api.envelope import error_response
    from t2m.web.pages import error_page

    proxies.init_app(app)
    db.init_app(app)
    storage.init_app(app)
    auth.init_app(app)
    ratelimit.init_app(app)
    uploads.init_app(app)
    tasks.init_app(app)
    services.init_app(app)
    # The error handler is the bottom layer; the front ends lend it their renderers.
    errors.init_app(app, json=error_response, html=error_page)
    security.init_app(app)
    api.init_app(app)
    realtime.init_app(app)
    cors.init_app(app)
    web.init_app(app)
    cli.init_app(app)
    keepalive.init_app(app)  # the outermost WSGI layer: it talks to the server
    return app
