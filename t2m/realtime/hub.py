"""One listener per web process that hands new events to every open stream.

The outbox is the truth: the hub reads new event rows from the database and
offers each to every subscriber (a socket or an event stream of this process),
which keeps what its user may see. It wakes up

- on one box, every ``T2M_REALTIME_POLL_SECONDS`` (0.2; a cheap indexed
  query), so the web processes learn of events the worker committed without
  the worker knowing them;
- across boxes (``T2M_QUEUE_URL`` on Redis), when a Redis pub/sub message says
  events were committed anywhere, with a slow poll
  (``T2M_REALTIME_REDIS_POLL_SECONDS``, 2) as a safety net. There is one
  pub/sub connection per process, never one per client.

The thread starts with the first subscriber.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from flask import Flask, current_app
from wsproto.frame_protocol import FrameProtocol

from t2m.extensions import db
from t2m.services import events
from t2m.services.events import catalog
from t2m.services.events.payloads import body

CHANNEL = "t2m:events"
BACKLOG = 1000  # events a slow subscriber may be behind before it is dropped


@dataclass(frozen=True)
class Happened:
    """An event as the hub hands it out (no database row attached). ``frame`` is
    its socket message and ``wire`` that message as a WebSocket frame on the wire,
    both encoded once for every socket that receives it (a server's frames are
    unmasked, and the sockets negotiate no extension, so the bytes are the same
    for all)."""

    row_id: int
    uid: str
    type: str
    owner_id: int | None
    admins_only: bool
    resource: str
    resource_id: int | None
    body: dict
    frame: str = ""
    wire: bytes = b""

    @property
    def channel(self) -> str | None:
        return catalog.channel_of(self.resource)

    def visible_to(self, user_id: int, is_admin: bool) -> bool:
        """The rule of :func:`t2m.services.events.visible_to`, without a query."""
        return is_admin or (self.owner_id == user_id and not self.admins_only)


def happened(event) -> Happened:
    """A :class:`Happened` from an event row."""
    shown = body(event)
    frame = json.dumps(
        {
            "type": "event",
            "channel": catalog.channel_of(event.resource),
            "resource_id": event.resource_id,
            "event": event.type,
            "id": event.uid,
            "timestamp": shown["timestamp"],
            "data": shown["data"],
        },
        separators=(",", ":"),
        default=str,
    )
    return Happened(
        row_id=event.id,
        uid=event.uid,
        type=event.type,
        owner_id=event.owner_id,
        admins_only=event.admins_only,
        resource=event.resource,
        resource_id=event.resource_id,
        body=shown,
        frame=frame,
        wire=FrameProtocol(client=False, extensions=[]).send_data(frame, fin=True),
    )


@dataclass(eq=False)
class Subscriber:
    """A stream's inbox: events arrive in order, a poll's worth at a time; an inbox
    that would hold more than ``BACKLOG`` is marked overflowed (the stream then
    closes, and its client catches up with ``GET /events``)."""

    after: int = 0  # events up to this row id were committed before it subscribed
    overflowed: bool = False
    pending: deque = field(default_factory=deque)
    ready: threading.Condition = field(default_factory=threading.Condition)

    def offer(self, items: list[Happened]) -> None:
        """Hand over what the hub read (one lock and one wake-up per poll)."""
        fresh = [item for item in items if item.row_id > self.after]
        if not fresh:
            return
        with self.ready:
            room = BACKLOG - len(self.pending)
            if len(fresh) > room:
                self.overflowed = True
                fresh = fresh[: max(room, 0)]
            self.pending.extend(fresh)
            self.ready.notify_all()

    def take(self, timeout: float | None = None) -> Happened | None:
        """The next event, waiting up to ``timeout`` seconds (None: nothing came)."""
        with self.ready:
            if not self.pending and timeout:
                self.ready.wait(timeout)
            return self.pending.popleft() if self.pending else None

    def take_all(self) -> list[Happened]:
        """Everything waiting, without waiting."""
        with self.ready:
            items = list(self.pending)
            self.pending.clear()
        return items


class Hub:
    """The per-process fan-out (see the module's docstring)."""

    def __init__(self, app: Flask):
        self.app = app
        self.subscribers: set[Subscriber] = set()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.last_id = 0
        self.wake = threading.Event()
        self.stopped = threading.Event()
        self.redis_url = _redis_url(app.config["QUEUE_URL"])

    def subscribe(self) -> Subscriber:
        """A new inbox that gets every event committed from now on."""
        sub = Subscriber(after=events.latest_id())
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.last_id = events.latest_id()
                self.thread = threading.Thread(target=self._run, name="t2m-hub", daemon=True)
                self.thread.start()
            self.subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        with self.lock:
            self.subscribers.discard(sub)

    def stop(self) -> None:
        """End the hub's threads (they are daemons; this is for tidy tests)."""
        self.stopped.set()
        self.wake.set()
        if self.thread is not None:
            self.thread.join(timeout=5)

    def _run(self) -> None:
        if self.redis_url:
            threading.Thread(target=self._listen_redis, name="t2m-hub-redis", daemon=True).start()
        config = self.app.config
        pause = float(
            config["REALTIME_REDIS_POLL_SECONDS"]
            if self.redis_url
            else config["REALTIME_POLL_SECONDS"]
        )
        while not self.stopped.is_set():
            self.wake.clear()  # before reading: a wake-up during the read is kept
            try:
                with self.app.app_context():
                    self._fan_out()
            except Exception:
                self.app.logger.warning("The realtime hub could not read events", exc_info=True)
                time.sleep(1.0)
            self.wake.wait(pause)

    def _fan_out(self) -> None:
        while True:
            rows = events.newer_than(self.last_id)
            batch = [happened(e) for e in rows]
            db.session.remove()
            if not batch:
                return
            self.last_id = batch[-1].row_id
            with self.lock:
                subscribers = list(self.subscribers)
            for sub in subscribers:
                sub.offer(batch)

    def _listen_redis(self) -> None:
        import redis

        while not self.stopped.is_set():
            try:
                client = redis.Redis.from_url(self.redis_url)
                pubsub = client.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(CHANNEL)
                while not self.stopped.is_set():
                    if pubsub.get_message(timeout=1.0):
                        self.wake.set()
                pubsub.close()
            except Exception:
                self.app.logger.warning("Realtime: Redis pub/sub lost; retrying", exc_info=True)
                time.sleep(1.0)


def current_hub() -> Hub:
    """This process's hub."""
    return current_app.extensions["t2m_hub"]


def _redis_url(queue_url: str) -> str | None:
    return queue_url if queue_url.split(":", 1)[0] in ("redis", "rediss") else None


_publishers: dict[str, object] = {}


def publish(app: Flask, event_ids: list[int]) -> None:
    """Tell every box's hub that events were committed (Redis only; one box polls)."""
    url = _redis_url(app.config["QUEUE_URL"])
    if not url or not event_ids:
        return
    import redis

    client = _publishers.get(url)
    if client is None:
        client = _publishers[url] = redis.Redis.from_url(url)
    client.publish(CHANNEL, str(event_ids[-1]))
