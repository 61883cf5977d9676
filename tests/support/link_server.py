"""A small real HTTP server on loopback addresses whose links fail in the ways catalogue links fail.

    >>> server = LinkServer(hosts=("127.0.0.1", "127.0.0.2")).start()
    >>> server.url("/missing/carte.pdf")            # 404
    >>> server.stop()

Paths (``<rest>`` is anything):

- ``/ok/<rest>``: 200 (``/big/<rest>``: 200 with a 20 MB body, for clients that should not read it);
- ``/missing/<rest>`` 404, ``/gone/<rest>`` 410, ``/error/<rest>`` 500, ``/private/<rest>`` 401,
  ``/forbidden/<rest>`` 403;
- ``/slow/<seconds>/<rest>``: answers 200 after ``seconds``;
- ``/moved/<rest>``: 301 to ``/ok/<rest>``; ``/found/<rest>``: 302 to ``/ok/<rest>``;
  ``/moved-missing/<rest>``: 301 to ``/missing/<rest>``; ``/loop/<rest>``: 302 to itself;
- ``/limited/<rest>``: 429 with ``Retry-After: 1`` the first time, then 200;
- a path ending in ``/wms``, ``/wfs`` or ``/ows`` asked ``REQUEST=GetCapabilities``: the capabilities of the
  service registered for that path in :attr:`LinkServer.services` (``{path: {"wms": [names], "wfs": [names],
  "metadata": {name: url}}}``), an exception report for another request, 404 for an unknown service;
  ``/html/wms``: an HTML page instead of capabilities.

Every server records, per address, the requests it received (:attr:`LinkServer.requests`: (host, path,
start time)) and the most requests it served at once (:meth:`LinkServer.max_in_flight`). ``latency``
adds a delay to every answer (benchmarks).
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    owner = None  # the LinkServer

    def log_message(self, *args):  # quiet
        pass

    def do_HEAD(self):  # noqa: N802
        self._answer(head=True)

    def do_GET(self):  # noqa: N802
        self._answer(head=False)

    def _answer(self, head: bool):
        owner, host = self.owner, f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        owner._enter(host, self.path)
        try:
            if owner.latency:
                time.sleep(owner.latency)
            status, headers, body = owner.route(self.path)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body) if not callable(body) else owner.big_size))
            self.end_headers()
            if head:
                return
            if callable(body):
                body(self.wfile)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (it had what it wanted)
        finally:
            owner._leave(host)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client closing its connection early is no error
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class LinkServer:
    """Threaded HTTP servers, one per loopback address in ``hosts`` (see the module's documentation)."""

    big_size = 20 * 1024 * 1024

    def __init__(self, hosts=("127.0.0.1",), latency: float = 0.0):
        self.hosts = tuple(hosts)
        self.latency = latency
        self.services: dict = {}
        self.requests: list = []  # (host:port, path, monotonic start)
        self._servers: list = []
        self._threads: list = []
        self._lock = threading.Lock()
        self._in_flight: dict = {}
        self._max: dict = {}
        self._limited: set = set()

    # -- lifecycle ------------------------------------------------------------------------------------
    def start(self) -> "LinkServer":
        handler = type("Handler", (_Handler,), {"owner": self})
        for host in self.hosts:
            server = _Server((host, 0), handler)
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._servers.append(server)
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(5)
        self._servers, self._threads = [], []

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- addresses --------------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return self.bases[0]

    @property
    def bases(self) -> list:
        return [f"http://{s.server_address[0]}:{s.server_address[1]}" for s in self._servers]

    def url(self, path: str, host: int = 0) -> str:
        return self.bases[host] + path

    # -- statistics ------------------------------------------------------------------------------------
    def _enter(self, host: str, path: str) -> None:
        with self._lock:
            self.requests.append((host, path, time.monotonic()))
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
            self._max[host] = max(self._max.get(host, 0), self._in_flight[host])

    def _leave(self, host: str) -> None:
        with self._lock:
            self._in_flight[host] -= 1

    def max_in_flight(self) -> dict:
        """{host:port: the most requests served at the same time}."""
        with self._lock:
            return dict(self._max)

    def reset(self) -> None:
        with self._lock:
            self.requests, self._max, self._limited = [], {}, set()

    def count(self, path_start: str) -> int:
        return sum(1 for _host, path, _start in self.requests if path.startswith(path_start))

    def smallest_gap(self) -> float:
        """The shortest time between two request starts on the same address."""
        by_host: dict = {}
        for host, _path, start in self.requests:
            by_host.setdefault(host, []).append(start)
        gaps = [b - a for starts in by_host.values() for a, b in zip(sorted(starts), sorted(starts)[1:])]
        return min(gaps) if gaps else float("inf")

    # -- answers ---------------------------------------------------------------------------------------
    def route(self, raw_path: str):
        parts = urlsplit(raw_path)
        path = parts.path
        query = {k.lower(): v for k, v in parse_qsl(parts.query)}
        text = {"Content-Type": "text/plain; charset=utf-8"}
        for suffix in ("/wms", "/wfs", "/ows"):
            if path.endswith(suffix):
                return self._service(path, query)
        head, _, rest = path.lstrip("/").partition("/")
        if head == "ok":
            return 200, {"Content-Type": "application/octet-stream"}, b"PK\x03\x04 data"
        if head == "big":
            return 200, {"Content-Type": "application/zip"}, self._big
        statuses = {"missing": 404, "gone": 410, "error": 500, "private": 401, "forbidden": 403}
        if head in statuses:
            extra = {"WWW-Authenticate": 'Basic realm="donnees"'} if head == "private" else {}
            return statuses[head], {**text, **extra}, b"no"
        if head == "slow":
            seconds, _, _rest = rest.partition("/")
            time.sleep(float(seconds))
            return 200, text, b"late"
        redirects = {"moved": (301, "/ok/"), "found": (302, "/ok/"), "moved-missing": (301, "/missing/")}
        if head in redirects:
            status, target = redirects[head]
            return status, {**text, "Location": target + rest}, b""
        if head == "loop":
            return 302, {**text, "Location": path}, b""
        if head == "limited":
            with self._lock:
                first = path not in self._limited
                self._limited.add(path)
            if first:
                return 429, {**text, "Retry-After": "1"}, b"later"
            return 200, text, b"ok"
        return 404, text, b"unknown"

    def _big(self, stream) -> None:
        block = b"0" * 65536
        for _ in range(self.big_size // len(block)):
            stream.write(block)

    def _service(self, path: str, query: dict):
        xml = {"Content-Type": "text/xml; charset=utf-8"}
        if path == "/html/wms":
            return 200, {"Content-Type": "text/html"}, b"<!DOCTYPE html><html><body>Erreur</body></html>"
        folder = path.rsplit("/", 1)[0]
        service = self.services.get(folder)
        if service is None:
            return 404, {"Content-Type": "text/plain"}, b"no such service"
        if query.get("request", "").lower() != "getcapabilities":
            return 200, xml, (b'<?xml version="1.0"?><ServiceExceptionReport version="1.3.0">'
                              b'<ServiceException code="OperationNotSupported">only capabilities</ServiceException>'
                              b'</ServiceExceptionReport>')
        kind = (query.get("service") or path.rsplit("/", 1)[1]).lower()
        metadata = service.get("metadata", {})
        if kind == "wfs":
            types = "".join(f"<FeatureType><Name>{escape(n)}</Name><Title>{escape(n)}</Title>"
                            + (f"<MetadataURL xlink:href=\"{escape(metadata[n])}\"/>" if n in metadata else "")
                            + "</FeatureType>" for n in service.get("wfs", []))
            return 200, xml, ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
                              'xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns="http://www.opengis.net/wfs/2.0" '
                              'xmlns:xlink="http://www.w3.org/1999/xlink">'
                              f"<FeatureTypeList>{types}</FeatureTypeList></wfs:WFS_Capabilities>").encode()
        layers = "".join(f"<Layer queryable=\"1\"><Name>{escape(n)}</Name><Title>{escape(n)}</Title>"
                         + (f"<MetadataURL type=\"ISO19115:2003\"><Format>text/xml</Format><OnlineResource "
                            f"xlink:type=\"simple\" xlink:href=\"{escape(metadata[n])}\"/></MetadataURL>"
                            if n in metadata else "") + "</Layer>" for n in service.get("wms", []))
        return 200, xml, ('<?xml version="1.0" encoding="UTF-8"?><WMS_Capabilities version="1.3.0" '
                          'xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">'
                          "<Service><Name>WMS</Name><Title>Services de test</Title></Service><Capability>"
                          f"<Layer><Title>Racine</Title>{layers}</Layer></Capability></WMS_Capabilities>").encode()


def closed_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on (connections are refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
