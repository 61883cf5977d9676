"""Shared machinery of the stand-in servers (GeoNetwork, GeoServer): a threaded HTTP/1.1 server on 127.0.0.1.

A stand-in answers like the real server's documented API so that the publisher code under test is the
code that talks to the real one. This module only knows HTTP: routing, bodies (plain or chunked, spooled
to disk so a large upload is never held in memory), Basic credentials, a request log and switches to
make the server fail or disappear. Each stand-in implements :meth:`StandIn.handle`.
"""
from __future__ import annotations

import base64
import http.server
import json
import shutil
import socket
import socketserver
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import parse_qs, unquote, urlsplit

CHUNK = 64 * 1024


@dataclass
class Request:
    """One request as the stand-in saw it. ``body`` is spooled (memory up to 1 MB, then a temp file)."""

    method: str
    path: str  # decoded, without the query string
    query: dict  # name -> list of values
    headers: object  # email.message.Message (case-insensitive)
    body: tempfile.SpooledTemporaryFile
    body_size: int
    chunked: bool
    largest_read: int  # largest single read from the socket while receiving the body
    raw_path: str = ""  # the path as sent, still percent-encoded (servers that refuse encoded slashes look here)

    def param(self, name: str, default=None):
        values = self.query.get(name)
        return values[0] if values else default

    def content_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    def data(self) -> bytes:
        """The whole body (for small XML/JSON documents only)."""
        self.body.seek(0)
        return self.body.read()

    def json(self):
        return json.loads(self.data().decode("utf-8"))

    def cookies(self) -> dict:
        jar = {}
        for part in (self.headers.get("Cookie") or "").split(";"):
            if "=" in part:
                name, value = part.strip().split("=", 1)
                jar[name] = value
        return jar

    def basic_credentials(self) -> Optional[tuple]:
        """(user, password) from an Authorization: Basic header, None when absent or unreadable."""
        header = self.headers.get("Authorization") or ""
        if not header.lower().startswith("basic "):
            return None
        try:
            user, _, password = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        return user, password

    def accepts(self, media_type: str) -> bool:
        return media_type in (self.headers.get("Accept") or "")

    def save_body(self, path: str) -> None:
        """Copy the spooled body to ``path`` chunk by chunk."""
        self.body.seek(0)
        with open(path, "wb") as target:
            shutil.copyfileobj(self.body, target, CHUNK)


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: dict = field(default_factory=dict)


def json_response(status: int, payload, headers=None) -> Response:
    return Response(status, json.dumps(payload).encode("utf-8"), "application/json", dict(headers or {}))


def text_response(status: int, text: str, headers=None) -> Response:
    return Response(status, text.encode("utf-8"), "text/plain; charset=utf-8", dict(headers or {}))


def xml_response(status: int, body: bytes, headers=None) -> Response:
    return Response(status, body, "application/xml; charset=utf-8", dict(headers or {}))


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class StandIn:
    """Base of a stand-in: start/stop, request log, forced failures. Subclasses implement ``handle``."""

    name = "stand-in"

    def __init__(self):
        self.port = 0
        self.requests = []  # the request log: dicts, never the Authorization header
        self._failures = []  # [status, remaining (None = forever), predicate]
        self._server = None
        self._thread = None
        self._connections = set()
        self._lock = threading.RLock()

    # -- life cycle --------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "StandIn":
        """Listen on 127.0.0.1 (an ephemeral port the first time, the same port after a stop)."""
        stand_in = self

        class Handler(_Handler):
            owner = stand_in

        self._server = _Server(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        # A short poll interval keeps stop() quick (shutdown waits for the loop to look at its flag).
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=f"{self.name}-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut the open keep-alive connections (the server is then unreachable)."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            for connection in list(self._connections):
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self._connections.clear()
        self._thread.join(5)
        self._server = None

    # -- test switches -----------------------------------------------------------------------------
    def fail(self, status: int = 500, times: Optional[int] = None,
             when: Callable[[Request], bool] = lambda request: True) -> None:
        """Answer ``status`` to the next ``times`` matching requests (all of them when ``times`` is None)."""
        with self._lock:
            self._failures.append([status, times, when])

    def heal(self) -> None:
        with self._lock:
            self._failures.clear()

    def _forced_failure(self, request: Request) -> Optional[int]:
        with self._lock:
            for failure in self._failures:
                status, remaining, when = failure
                if (remaining is None or remaining > 0) and when(request):
                    if remaining is not None:
                        failure[1] = remaining - 1
                    return status
        return None

    def log_of(self, method: str = "", contains: str = "") -> list:
        """Logged requests filtered by method and a path fragment."""
        return [r for r in self.requests if (not method or r["method"] == method) and contains in r["path"]]

    # -- to implement ------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    def _dispatch(self, request: Request) -> Response:
        forced = self._forced_failure(request)
        if forced is not None:
            response = text_response(forced, f"Stand-in forced error {forced}")
        else:
            try:
                response = self.handle(request)
            except Exception as exc:  # a bug in the stand-in must show, as the real server's 500 would
                response = text_response(500, f"{type(exc).__name__}: {exc}")
        credentials = request.basic_credentials()
        with self._lock:
            self.requests.append({
                "method": request.method, "path": request.path, "raw_path": request.raw_path, "query": request.query,
                "status": response.status, "user": credentials[0] if credentials else None,
                "content_type": request.content_type(), "body_size": request.body_size,
                "chunked": request.chunked, "largest_read": request.largest_read,
                "xsrf_header": request.headers.get("X-XSRF-TOKEN"),
            })
        return response


class _Handler(http.server.BaseHTTPRequestHandler):
    owner: StandIn = None
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stalls
    timeout = 30

    def setup(self):
        super().setup()
        with self.owner._lock:
            self.owner._connections.add(self.connection)

    def finish(self):
        with self.owner._lock:
            self.owner._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, format, *args):  # noqa: A002 - keep pytest output quiet
        pass

    def _read_body(self):
        spool = tempfile.SpooledTemporaryFile(max_size=1024 * 1024)
        size = largest = 0
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        if chunked:
            while True:
                line = self.rfile.readline(1024)
                length = int(line.split(b";")[0].strip() or b"0", 16)
                if length == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                remaining = length
                while remaining:
                    block = self.rfile.read(min(CHUNK, remaining))
                    if not block:
                        raise ConnectionError("body cut short")
                    spool.write(block)
                    remaining -= len(block)
                    largest = max(largest, len(block))
                size += length
                self.rfile.readline(1024)  # CRLF after each chunk
        else:
            remaining = int(self.headers.get("Content-Length") or 0)
            while remaining:
                block = self.rfile.read(min(CHUNK, remaining))
                if not block:
                    raise ConnectionError("body cut short")
                spool.write(block)
                size += len(block)
                remaining -= len(block)
                largest = max(largest, len(block))
        spool.seek(0)
        return spool, size, chunked, largest

    def _serve(self):
        parts = urlsplit(self.path)
        body, size, chunked, largest = self._read_body()
        request = Request(method=self.command, path=unquote(parts.path), query=parse_qs(parts.query),
                          headers=self.headers, body=body, body_size=size, chunked=chunked, largest_read=largest,
                          raw_path=parts.path)
        try:
            response = self.owner._dispatch(request)
        finally:
            body.close()
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            for item in value if isinstance(value, list) else [value]:
                self.send_header(name, item)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _serve
