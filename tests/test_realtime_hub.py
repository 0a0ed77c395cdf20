"""The per-process hub: new outbox rows reach every subscriber of the process,
found by polling on one box and woken by Redis pub/sub across boxes."""

from __future__ import annotations

import json
import time

import pytest
from wsproto.frame_protocol import FrameProtocol, Opcode

from t2m.extensions import db
from t2m.services import events

from .conftest import REDIS_URL


def _emit(owner_id: int, n: int = 1) -> list[str]:
    made = [
        events.emit("media.deleted", owner_id=owner_id, resource="media", resource_id=i, data={})
        for i in range(1, n + 1)
    ]
    db.session.commit()
    return [e.uid for e in made]


@pytest.fixture
def hub(app):
    hub = app.extensions["t2m_hub"]
    yield hub
    hub.stop()


def test_subscribers_get_what_is_committed_after_they_subscribe(app, hub, make_user):
    ada = make_user("ada")
    _emit(ada.id)  # before anyone listens: not handed out
    first, second = hub.subscribe(), hub.subscribe()
    uids = _emit(ada.id, 3)
    for sub in (first, second):
        got = [sub.take(timeout=5) for _ in range(3)]
        assert [g.uid for g in got] == uids
        assert sub.take(timeout=0.5) is None
    assert got[0].body["event"] == "media.deleted"
    assert got[0].channel == "media_updates"
    assert got[0].visible_to(ada.id, False)
    assert not got[0].visible_to(ada.id + 1, False)
    assert got[0].visible_to(ada.id + 1, True)


def test_each_event_is_one_ready_made_text_frame(app, hub, make_user):
    """What the sockets write as is: one final text frame carrying the message."""
    ada = make_user("ada")
    sub = hub.subscribe()
    uids = _emit(ada.id, 2)
    got = [sub.take(timeout=5) for _ in range(2)]
    reader = FrameProtocol(client=True, extensions=[])
    reader.receive_bytes(b"".join(g.wire for g in got))  # as a batch arrives
    frames = list(reader.received_frames())
    assert [f.opcode for f in frames] == [Opcode.TEXT, Opcode.TEXT]
    assert all(f.message_finished for f in frames)
    messages = [json.loads(f.payload) for f in frames]
    assert [m["id"] for m in messages] == uids
    assert messages[0]["type"] == "event"
    assert messages[0]["event"] == "media.deleted"
    assert frames[0].payload == got[0].frame


def test_an_unsubscribed_inbox_gets_nothing_more(app, hub, make_user):
    ada = make_user("ada")
    sub = hub.subscribe()
    hub.unsubscribe(sub)
    _emit(ada.id)
    assert sub.take(timeout=1) is None


def test_a_subscriber_too_far_behind_is_marked(app, hub, make_user):
    from t2m.realtime import hub as hub_module

    ada = make_user("ada")
    sub = hub.subscribe()
    _emit(ada.id, hub_module.BACKLOG + 5)
    for _ in range(100):
        if sub.overflowed:
            break
        time.sleep(0.1)
    assert sub.overflowed


@pytest.mark.skipif(not REDIS_URL, reason="needs T2M_TEST_REDIS_URL (set by .ci/run)")
def test_across_boxes_a_redis_message_wakes_the_hub(app_factory, make_user):
    # Box A listens and would not poll again for an hour; box B commits an event.
    box_a = app_factory(QUEUE_URL=REDIS_URL, REALTIME_REDIS_POLL_SECONDS=3600)
    box_b = app_factory(QUEUE_URL=REDIS_URL)
    hub = box_a.extensions["t2m_hub"]
    try:
        with box_a.app_context():
            sub = hub.subscribe()
        time.sleep(0.5)  # the hub's first read and its pub/sub subscription
        with box_b.app_context():
            ada = make_user("ada")
            [uid] = _emit(ada.id)
        got = [sub.take(timeout=10)]
        while got[-1] is not None and got[-1].uid != uid:
            got.append(sub.take(timeout=10))
        assert got[-1] is not None
        assert got[-1].uid == uid
    finally:
        hub.stop()
