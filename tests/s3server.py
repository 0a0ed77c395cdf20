"""A real S3 endpoint for tests: moto's standalone server in a subprocess.

The server listens on 127.0.0.1 only, on a free port, and is reached over real
HTTP with fake credentials, so the S3 backend is tested the way it runs
(signing, multipart, presigned URLs, ranged GETs), never against real AWS.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import boto3
from botocore.config import Config

HOST = "127.0.0.1"
# Fake credentials: moto accepts anything, and these can never reach AWS.
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
REGION = "us-east-1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/", timeout=1) as response:
            response.read()
    except urllib.error.HTTPError:
        return True  # any HTTP answer means the server is up
    except OSError:
        return False
    return True


def _start(port: int, log: Path, timeout: float) -> subprocess.Popen | None:
    """Start moto on ``port``; the process once it answers, None if it died first."""
    env = dict(os.environ, **{k.upper(): v for k, v in CREDENTIALS.items()})
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", HOST, "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
    url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return None  # e.g. the port was taken between free_port() and bind
        if _answers(url):
            return proc
        time.sleep(0.1)
    _stop(proc)
    raise RuntimeError(f"moto server did not answer on {url} within {timeout}s:\n{_tail(log)}")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextlib.contextmanager
def moto_server(log: Path | None = None, *, timeout: float = 30.0) -> Iterator[str]:
    """Run moto's S3 server for the duration of the block; yield its endpoint URL."""
    with contextlib.ExitStack() as stack:
        if log is None:
            log = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "moto.log"
        for _ in range(5):
            port = free_port()
            proc = _start(port, log, timeout)
            if proc is not None:
                break
        else:
            raise RuntimeError(f"moto server would not start:\n{_tail(log)}")
        try:
            yield f"http://{HOST}:{port}"
        finally:
            _stop(proc)


def client(endpoint_url: str):
    """A boto3 S3 client for the test server (fake credentials, path-style)."""
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=REGION,
        config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
        **CREDENTIALS,
    )


def create_bucket(s3_client) -> str:
    """A new, empty bucket with a unique name."""
    name = f"t2m-test-{secrets.token_hex(6)}"
    s3_client.create_bucket(Bucket=name)
    return name


def drop_bucket(s3_client, name: str) -> None:
    """Remove the bucket with everything in it (objects and unfinished uploads)."""
    for page in s3_client.get_paginator("list_objects_v2").paginate(Bucket=name):
        for item in page.get("Contents", ()):
            s3_client.delete_object(Bucket=name, Key=item["Key"])
    for upload in s3_client.list_multipart_uploads(Bucket=name).get("Uploads", ()):
        s3_client.abort_multipart_upload(
            Bucket=name, Key=upload["Key"], UploadId=upload["UploadId"]
        )
    s3_client.delete_bucket(Bucket=name)
