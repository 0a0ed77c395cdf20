"""Baselines for the benchmarks, run under the Procfile's gunicorn command.

Range benchmark: one file, served by Werkzeug's ``send_file``.

Same gunicorn command as T2M (the Procfile's), same ``send_file`` call T2M
makes (conditional, ETag, Range), but no Flask app, no authentication, no
database and no access counting: the difference to T2M is T2M's own
per-request overhead. ``BENCH_STATIC_FILE`` names the file, served at ``/file``.

``BENCH_STATIC_MODE`` selects how a 206 body is produced, to measure fixes:

* ``send_file`` (default): exactly what T2M does. Under gunicorn, Werkzeug
  wraps the file in gunicorn's ``wsgi.file_wrapper``, which has no
  ``seekable()``; Werkzeug's range wrapper then reads and discards the file
  from byte 0 up to the range start in 8 KiB blocks.
* ``seekable``: for Range requests only, hide gunicorn's file wrapper so
  Werkzeug uses its own (seekable) ``FileWrapper``: seek, then 8 KiB reads.
* ``sendfile``: let ``send_file`` do all the header work, then replace a 206
  body by the file seeked to the range start inside gunicorn's file wrapper;
  gunicorn sends ``Content-Length`` bytes from there with ``sendfile(2)``.

Upload benchmark: ``POST /sink`` reads the raw body (``wsgi.input``, 64 KiB
reads) and throws it away: how fast gunicorn alone hands a body to an app.
``POST /parse`` lets Werkzeug's form parser store the upload with its default
stream factory (a ``SpooledTemporaryFile``): a plain Werkzeug upload.
"""

from __future__ import annotations

import os

from werkzeug.utils import send_file
from werkzeug.wrappers import Request, Response

FILE = os.environ.get("BENCH_STATIC_FILE", "")
MODE = os.environ.get("BENCH_STATIC_MODE", "send_file")


def _send(environ) -> Response:
    return send_file(FILE, environ, mimetype="audio/wav", conditional=True, max_age=0)


@Request.application
def app(request: Request) -> Response:
    if request.path == "/health":
        return Response("ok")
    if request.path == "/sink" and request.method == "POST":
        stream, size = request.environ["wsgi.input"], 0
        while chunk := stream.read(64 * 1024):
            size += len(chunk)
        return Response(str(size), status=201)
    if request.path == "/parse" and request.method == "POST":
        size = 0
        for upload in request.files.values():
            upload.stream.seek(0, os.SEEK_END)
            size += upload.stream.tell()
        return Response(str(size), status=201)
    if request.path != "/file":
        return Response("not found", status=404)
    ranged = "HTTP_RANGE" in request.environ
    if MODE == "seekable" and ranged:
        environ = dict(request.environ)
        environ.pop("wsgi.file_wrapper", None)
        return _send(environ)
    response = _send(request.environ)
    wrapper = request.environ.get("wsgi.file_wrapper")
    if MODE == "sendfile" and response.status_code == 206 and wrapper is not None:
        start = int(response.headers["Content-Range"].split()[1].split("-")[0])
        response.response.close()
        fh = open(FILE, "rb")  # noqa: SIM115 - closed by the server with the body
        fh.seek(start)
        response.response = wrapper(fh, 1024 * 1024)
    return response
