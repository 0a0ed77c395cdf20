"""Events under load: WebSocket fan-out and webhook delivery (figures, not a test).

1. Sockets. The Procfile's gunicorn (``WEB_CONCURRENCY`` 2 x ``WEB_THREADS``
   threads, enough for every socket) on a freshly migrated embedded instance
   (SQLite, no Redis: the web processes find new events by polling the
   outbox). ``--sockets`` (200) WebSocket clients (the ``websockets`` library,
   asyncio, in this process) sign in and subscribe to ``media_updates``. Then
   ``--events`` (1,000) events for their user are committed straight into the
   instance's database, one transaction each, as fast as this process can,
   noting the clock right after each commit. Every client notes when each
   event arrives. Latency = arrival - commit, over every (event, socket) pair.
   The CPU seconds each part used during the burst are reported alongside.
2. Webhooks. The Procfile's worker on the same instance, one webhook for every
   event type to a receiver on 127.0.0.1 (a threaded ``http.server`` answering
   204), ``--events`` events committed the same way: deliveries per second from
   the first commit to the last arrival, and commit-to-arrival percentiles.

Writes ``bench/out/realtime.json`` and prints the figures.

Usage: .venv/bin/python bench/realtime.py [--sockets 200] [--events 1000] [--threads 160]
"""

from __future__ import annotations

import argparse
import asyncio
import http.server
import json
import multiprocessing
import os
import re
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import (
    api,
    cpu_seconds,
    log,
    machine,
    sign_up,
    t2m_server,
    t2m_worker,
    workdir,
    write_json,
)


def percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)

    def at(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000, 1)

    return {"p50_ms": at(50), "p95_ms": at(95), "p99_ms": at(99), "max_ms": at(100)}


def signed_up(url: str) -> tuple[int, str]:
    """A fresh account: its user id and access token."""
    data = sign_up(url)
    return data["user"]["id"], data["access_token"]


class Emitter:
    """Commits events into the instance's database, as the worker would."""

    def __init__(self, instance: Path, **config):
        from t2m import create_app

        self.app = create_app({"INSTANCE_PATH": str(instance), "QUEUE_IMMEDIATE": False, **config})

    def burst(self, owner_id: int, count: int, type_: str = "media.ready") -> dict[int, float]:
        from t2m.extensions import db
        from t2m.services import events

        committed: dict[int, float] = {}
        with self.app.app_context():
            for seq in range(count):
                events.emit(
                    type_,
                    owner_id=owner_id,
                    resource="media",
                    resource_id=seq + 1,
                    data={"id": seq + 1, "seq": seq},
                )
                db.session.commit()
                committed[seq] = time.monotonic()
        return committed


SEQ = re.compile(r'"seq":(\d+)')


async def _socket(url: str, token: str, arrivals: list, ready) -> None:
    from websockets.asyncio.client import connect

    # the client offers permessage-deflate, as browsers do; the server declines it
    async with connect(url, max_queue=None, open_timeout=120) as ws:
        await ws.send(json.dumps({"type": "auth", "token": token}))
        assert json.loads(await ws.recv())["type"] == "auth_ok"
        await ws.send(json.dumps({"type": "subscribe", "channel": "media_updates"}))
        assert json.loads(await ws.recv())["type"] == "subscribed"
        ready()
        async for message in ws:
            found = SEQ.search(message)  # cheaper than parsing 200,000 messages
            if found:
                arrivals.append((int(found.group(1)), time.monotonic()))


def _clients(url: str, token: str, sockets: int, expected: int, ready_q, out_q) -> None:
    """One client process: ``sockets`` sockets; hands back (seq, arrival) pairs."""
    arrivals: list = []
    cpu = [0.0]

    async def main():
        opened = [0]

        def ready():
            opened[0] += 1
            if opened[0] == sockets:
                cpu[0] = time.process_time()
                ready_q.put(sockets)

        tasks = [asyncio.create_task(_socket(url, token, arrivals, ready)) for _ in range(sockets)]
        deadline = time.monotonic() + 300
        while len(arrivals) < expected and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    asyncio.run(main())
    out_q.put((arrivals, time.process_time() - cpu[0]))


def sockets_part(args, base: Path) -> dict:
    env = {"WEB_THREADS": str(args.threads), "T2M_RATELIMIT_ENABLED": "false"}
    with t2m_server(base, env=env) as server:
        user_id, token = signed_up(server.url)
        ws_url = server.url.replace("http://", "ws://") + "/realtime"
        emitter = Emitter(server.instance)
        ctx = multiprocessing.get_context("spawn")
        ready_q, out_q = ctx.Queue(), ctx.Queue()
        share = [args.sockets // args.client_procs] * args.client_procs
        share[0] += args.sockets - sum(share)
        procs = [
            ctx.Process(
                target=_clients,
                args=(ws_url, token, n, n * args.events, ready_q, out_q),
            )
            for n in share
        ]
        for proc in procs:
            proc.start()
        for _ in procs:
            ready_q.get(timeout=180)
        log(f"{args.sockets} sockets signed in and subscribed; committing {args.events} events")
        workers = server.workers()
        server_cpu = [cpu_seconds(pid) for pid in workers]
        started, emitter_cpu = time.monotonic(), time.process_time()
        committed = emitter.burst(user_id, args.events)
        commit_seconds = round(time.monotonic() - started, 2)
        emitter_cpu = time.process_time() - emitter_cpu
        results = [out_q.get(timeout=400) for _ in procs]
        server_cpu = [cpu_seconds(pid) - was for pid, was in zip(workers, server_cpu, strict=True)]
        wall = time.monotonic() - started
        arrivals = [pair for got, _ in results for pair in got]
        for proc in procs:
            proc.join(timeout=30)
        latencies = [at - committed[seq] for seq, at in arrivals]
        return {
            "sockets": args.sockets,
            "client_processes": args.client_procs,
            "events": args.events,
            "web_workers": 2,
            "threads_per_worker": args.threads,
            "commit_seconds": commit_seconds,
            "deliveries_expected": args.sockets * args.events,
            "deliveries_received": len(latencies),
            "latency": percentiles(latencies),
            # CPU seconds spent by each part while the burst was delivered
            "cpu_seconds": {
                "wall": round(wall, 2),
                "web_workers": [round(c, 2) for c in server_cpu],
                "client_processes": [round(c, 2) for _, c in results],
                "committing_process": round(emitter_cpu, 2),
            },
        }


class _Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        seq = json.loads(body)["data"].get("seq")
        self.server.arrivals[seq] = time.monotonic()
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


def webhooks_part(args, base: Path) -> dict:
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    receiver.daemon_threads = True
    receiver.arrivals = {}
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    env = {"T2M_WEBHOOK_ALLOW": "127.0.0.1/32", "T2M_RATELIMIT_ENABLED": "false"}
    try:
        with t2m_server(base, env=env) as server, t2m_worker(base, env=env):
            user_id, token = signed_up(server.url)
            url = f"http://127.0.0.1:{receiver.server_port}/hook"
            status, body = api(
                server.url, "POST", "/api/v1/webhooks", {"url": url, "events": ["*"]}, token
            )
            if status != 201:
                raise RuntimeError(f"webhook: HTTP {status} {body}")
            emitter = Emitter(server.instance, WEBHOOK_ALLOW="127.0.0.1/32")
            log(f"committing {args.events} events for one webhook")
            started = time.monotonic()
            committed = emitter.burst(user_id, args.events)
            commit_seconds = time.monotonic() - started
            deadline = time.monotonic() + 600
            while len(receiver.arrivals) < args.events and time.monotonic() < deadline:
                time.sleep(0.1)
            arrivals = dict(receiver.arrivals)
    finally:
        receiver.shutdown()
    last = max(arrivals.values()) if arrivals else started
    seconds = last - started
    return {
        "events": args.events,
        "delivered": len(arrivals),
        "commit_seconds": round(commit_seconds, 2),
        "seconds_first_commit_to_last_delivery": round(seconds, 2),
        "deliveries_per_second": round(len(arrivals) / seconds, 1) if seconds else None,
        "latency": percentiles([at - committed[seq] for seq, at in arrivals.items()]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sockets", type=int, default=200)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=160)
    parser.add_argument("--client-procs", type=int, default=2)
    parser.add_argument(
        "--rate", type=float, default=0, help="events per second (0: as fast as possible)"
    )
    parser.add_argument("--only", choices=["sockets", "webhooks"])
    args = parser.parse_args()
    out: dict = {"machine": machine()}
    if args.only in (None, "sockets"):
        with workdir() as base:
            out["sockets"] = sockets_part(args, base)
            log(json.dumps(out["sockets"]))
    if args.only in (None, "webhooks"):
        with workdir() as base:
            out["webhooks"] = webhooks_part(args, base)
            log(json.dumps(out["webhooks"]))
    path = write_json(f"realtime-{args.sockets}x{args.events}.json", out)
    log(f"wrote {path}")


if __name__ == "__main__":
    main()
