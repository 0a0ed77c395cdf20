"""System tasks: the worker liveness probe used by the health check."""

from __future__ import annotations

import os
import time

from t2m.tasks import task


@task()
def ping(token: str) -> dict:
    """Answer the health check's probe, proving a consumer is running."""
    return {"token": token, "pid": os.getpid(), "at": time.time()}
