"""A fault-injecting reverse proxy on 127.0.0.1, in front of a real server or a stand-in.

    >>> proxy = FaultProxy("http://127.0.0.1:8080").start()     # then give targets proxy.url
    >>> report = api.publish(layers, profile, max_workers=1, progress=proxy.progress)   # a clean run
    >>> steps = proxy.steps(3)            # what layer 3 sent: [("POST", "/api/1/datasets/", 0), ...]
    >>> proxy.reset(pending={("POST", "/api/1/datasets/", 0): ["lost", "drop"]})
    >>> report = api.publish(other_layers, profile, max_workers=1, progress=proxy.progress)

The layer a request belongs to is the one the pipeline is publishing (``progress`` moves the
proxy to the next layer; batches run one layer at a time). A request's *step* is its method, its
path with the run's own names and ids replaced (:func:`template`) and how many such requests its
layer sent before: steps of two layers, or of two runs, compare. ``pending`` maps steps to the
faults still to inject: the first request of a layer not faulted yet whose step has one gets it
(one fault per layer, so that each failure has its cause). A step done once per run (a code list
read by the first layer) is faulted again at the next layer that does it, since a failed read is
read again. Faults (:data:`KINDS`):

- ``drop``: the connection is closed before anything reaches the server (connection lost);
- ``error``: 503 Service Unavailable, the server never sees the request (5xx);
- ``timeout``: the request reaches the server, whose answer comes after the client gave up;
- ``lost``: the request reaches the server, the connection closes before its answer (lost answer);
- ``hold``: the request of step :attr:`hold_step` is kept (the server never sees it) and :attr:`held`
  is set: the test kills the client process there ("killed mid-upload"). A client in another process
  reports no progress, so its whole run is "layer 0" and a step's rank counts over the run.

Absolute URLs of the upstream in answers (``next_page``, resource URLs, ``Location``) are rewritten to
the proxy's, as a reverse proxy in front of a portal does. Every request is logged per layer
(:attr:`log`: ``(layer, step, method, path, body size)``), so that a clean run gives each layer's steps.
"""
from __future__ import annotations

import http.client
import http.server
import re
import socket
import socketserver
import threading
import time
from urllib.parse import urlsplit

KINDS = ("drop", "error", "timeout", "lost")
_NAMES = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{24}\b|\bda_[0-9a-z]+"
                    r"|couche_\d+|[0-9a-f]{32,}")


def template(path: str) -> str:
    """``path`` with the names and ids a run makes (uuids, udata/ODS ids, layer names) replaced by ``*``."""
    return _NAMES.sub("*", path)


class FaultProxy:
    def __init__(self, upstream: str, timeout_delay: float = 2.0):
        parts = urlsplit(upstream)
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self.timeout_delay = timeout_delay  # longer than the client's timeout
        self.pending: dict = {}  # step -> [kinds still to inject]
        self.faulted: set = set()  # layers that got their fault
        self.hold_step = None  # the step whose request is held (see ``hold``)
        self.log: list = []  # (layer, step, method, path, body size)
        self.injected: list = []  # (layer, step, kind, method, path)
        self.layer = 0
        self.counts: dict = {}  # layer -> requests seen
        self.held = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def progress(self, done: int, total: int) -> None:
        """The pipeline's ``progress``: the next requests belong to the next layer."""
        with self._lock:
            self.layer = done

    def reset(self, pending=None) -> None:
        with self._lock:
            self.pending = {step: list(kinds) for step, kinds in (pending or {}).items()}
            self.faulted, self.log, self.injected, self.layer, self.counts = set(), [], [], 0, {}
            self.hold_step = None
            self.held.clear()
            self._release.clear()

    def steps(self, layer: int) -> list:
        """The step of each request of ``layer`` in the logged run, in order."""
        return [step for index, step, _method, _path, _size in self.log if index == layer]

    def start(self) -> "FaultProxy":
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002
                pass

            def _any(self):
                owner._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _any

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # -- serving --------------------------------------------------------------------------------
    def _serve(self, handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = _read_chunked(handler.rfile)
        path = urlsplit(handler.path).path
        with self._lock:
            layer = self.layer
            key = (layer, handler.command, template(path))
            step = (handler.command, template(path), self.counts.get(key, 0))
            self.counts[key] = step[2] + 1
            self.log.append((layer, step, handler.command, path, len(body)))
            kind = None
            if self.hold_step == step:
                kind, self.hold_step = "hold", None
            elif layer not in self.faulted and self.pending.get(step):
                kind = self.pending[step].pop(0)
                self.faulted.add(layer)
            if kind:
                self.injected.append((layer, step, kind, handler.command, path))
        if kind == "drop":
            return _close(handler)
        if kind == "error":
            return _answer(handler, 503, {"Content-Type": "text/plain", "Retry-After": "1"}, b"injected 503")
        if kind == "hold":
            self.held.set()
            self._release.wait(600)
            return _close(handler)
        status, headers, content = self._forward(handler, body)
        if kind == "lost":
            return _close(handler)
        if kind == "timeout":
            time.sleep(self.timeout_delay)
        return _answer(handler, status, headers, content)

    def _forward(self, handler, body: bytes):
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=120)
        headers = {k: v for k, v in handler.headers.items()  # no compression: answers are rewritten
                   if k.lower() not in ("host", "content-length", "transfer-encoding", "connection", "accept-encoding")}
        headers["Host"] = f"{self.upstream_host}:{self.upstream_port}"
        headers["Content-Length"] = str(len(body))
        connection.request(handler.command, handler.path, body=body, headers=headers)
        answer = connection.getresponse()
        content = answer.read()
        connection.close()
        mine = self.url.encode()
        content = content.replace(self.upstream_origin.encode(), mine)
        out = {}
        for name, value in answer.getheaders():
            if name.lower() in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                continue
            out[name] = value.replace(self.upstream_origin, self.url) if name.lower() == "location" else value
        return answer.status, out, content


def _read_chunked(stream) -> bytes:
    chunks = []
    while True:
        size = int(stream.readline().split(b";")[0].strip() or b"0", 16)
        if size == 0:
            stream.readline()
            return b"".join(chunks)
        chunks.append(stream.read(size))
        stream.readline()


def _close(handler) -> None:
    handler.close_connection = True
    try:
        handler.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _answer(handler, status, headers, content) -> None:
    try:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(content)
    except OSError:
        pass
