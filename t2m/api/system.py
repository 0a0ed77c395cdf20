"""System endpoints: health."""

from __future__ import annotations

from t2m.api import bp
from t2m.api.schemas import Health
from t2m.api.spec import Reply, endpoint
from t2m.errors import ServiceUnavailable
from t2m.services.system import health

TAGS = ["system"]


@endpoint(
    bp,
    "/system/health",
    summary="Health of the database, queue, storage and ffmpeg",
    tags=TAGS,
    auth="public",
    response=Health,
    errors=(503,),
)
def system_health():
    """``degraded`` (no worker answered, ffmpeg missing) still answers 200;
    a vital part (database, queue or storage) down answers 503
    ``SERVICE_UNAVAILABLE`` naming it."""
    report = health.check()
    if report["status"] == "down":
        raise ServiceUnavailable(
            "A vital component is down.",
            details={
                name: [f"{c['status']}: {c['detail']}"]
                for name, c in report["checks"].items()
                if c["status"] != "ok"
            },
        )
    return Reply(report, message=f"T2M is {report['status']}.")
