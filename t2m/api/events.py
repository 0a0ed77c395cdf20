"""Events: what happened to your jobs, media and collections, to catch up on."""

from __future__ import annotations

from t2m.api import bp
from t2m.api.event_schemas import EventList, EventQuery
from t2m.api.spec import endpoint
from t2m.auth import current_principal
from t2m.errors import ValidationFailed
from t2m.services.events import TYPES, list_events
from t2m.services.events.payloads import body

TAGS = ["events"]
READ = ("events:read",)


def _types(raw: str | None) -> list[str] | None:
    if not raw:
        return None
    wanted = [t.strip() for t in raw.split(",") if t.strip()]
    unknown = sorted({t for t in wanted if t not in TYPES})
    if unknown:
        raise ValidationFailed(
            "Unknown event types.",
            details={"types": [f"Unknown: {', '.join(unknown)[:300]}. Use: {', '.join(TYPES)}."]},
        )
    return wanted


@endpoint(
    bp,
    "/events",
    summary="Your events, oldest first (catch up with after=)",
    tags=TAGS,
    scopes=READ,
    query=EventQuery,
    response=EventList,
)
def get_events(query: EventQuery):
    """Events are kept ``T2M_EVENT_RETENTION_DAYS`` (7). Administrators see everyone's,
    ``user.registered`` included. Pass the last id you saw as ``after``."""
    rows, more = list_events(
        current_principal().user, after=query.after, types=_types(query.types), limit=query.limit
    )
    items = [body(e) for e in rows]
    return {
        "items": items,
        "has_more": more,
        "next_after": items[-1]["id"] if items else query.after,
    }
