"""A small hostile HTTP server on 127.0.0.1: it answers what a test tells it to, the worst included.

    >>> server = HostileServer().start()
    >>> server.answer("/csw", status=302, headers={"Location": other.url + "/steal"})
    >>> server.answer("/slow", delay=3.0, body=b"<x/>")
    >>> server.answer("/never", hang=True)              # accepts the connection, never answers
    >>> server.answer("/reset", reset=True)             # closes the connection without a word
    >>> server.answer("/cut", body=b"<a>", length=10_000) # announces more than it sends
    >>> server.requests[-1].headers["Authorization"]    # what the client sent
    >>> server.stop()

Rules are matched on the path prefix, the longest first, then on the method; the default answer is
404. Every request is logged (method, path, query, headers, body) so a test can assert what a
client sent where, credentials included. Standard library only; threads, no process (it dies with
the test).
"""
from __future__ import annotations

import http.server
import socket
import socketserver
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urlsplit


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict  # lower-case names
    body: bytes


@dataclass
class Rule:
    prefix: str
    method: str = ""  # "" for any
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    hang: bool = False  # never answer (until the server stops)
    reset: bool = False  # close without answering
    length: Optional[int] = None  # announced Content-Length (more than the body: a cut answer)
    times: Optional[int] = None  # how many requests this rule answers (None: all)
    respond: Optional[Callable] = None  # respond(seen) -> (status, headers, body), for dynamic answers


class HostileServer:
    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.rules: list = []
        self.requests: list = []
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = None
        self._thread = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "HostileServer":
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

        self._server = Server((self.host, 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def answer(self, prefix: str, **options) -> Rule:
        rule = Rule(prefix, **options)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.requests.clear()

    def seen(self, prefix: str = "") -> list:
        return [r for r in self.requests if r.path.startswith(prefix)]

    # -- serving ------------------------------------------------------------------------------------
    def _rule_for(self, method: str, path: str) -> Optional[Rule]:
        with self._lock:
            candidates = [r for r in self.rules if path.startswith(r.prefix) and r.method in ("", method)
                          and (r.times is None or r.times > 0)]
            if not candidates:
                return None
            rule = max(candidates, key=lambda r: len(r.prefix))
            if rule.times is not None:
                rule.times -= 1
            return rule

    def _serve(self, handler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        seen = Seen(handler.command, parts.path, parts.query, {k.lower(): v for k, v in handler.headers.items()}, body)
        with self._lock:
            self.requests.append(seen)
        rule = self._rule_for(handler.command, parts.path)
        if rule is None:
            return self._send(handler, 404, {"Content-Type": "text/plain"}, b"not found")
        if rule.reset:
            handler.close_connection = True
            try:
                handler.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return None
        if rule.hang:
            self._stopping.wait(600)
            handler.close_connection = True
            return None
        if rule.delay:
            self._stopping.wait(rule.delay)
        if rule.respond is not None:
            status, headers, content = rule.respond(seen)
        else:
            status, headers, content = rule.status, dict(rule.headers), rule.body
        self._send(handler, status, headers, content, rule.length)
        return None

    @staticmethod
    def _send(handler, status, headers, body, length=None) -> None:
        try:
            handler.send_response(status)
            headers = dict(headers)
            headers.setdefault("Content-Type", "application/octet-stream")
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(length if length is not None else len(body)))
            if length is not None:
                handler.send_header("Connection", "close")
            handler.end_headers()
            if handler.command != "HEAD":
                handler.wfile.write(body)
            if length is not None:
                handler.wfile.flush()
                handler.close_connection = True
                time.sleep(0.05)
        except OSError:
            pass  # the client went away: nothing more to say
