"""A real forwarding HTTP proxy on 127.0.0.1, for the network tests: CONNECT tunnels and plain forwarding.

    python tests/support/forward_proxy.py --log proxy.log --map csw.ideo.test=127.0.0.1 [--auth user:password]

It prints ``PORT <n>`` once listening, then writes one line per request to ``--log``::

    POST http://csw.ideo.test:41234/csw user=agent 200
    CONNECT portail.ideo.test:44321 user=- 407

(method, target, the proxy user who sent it, the status given back). Never a password: only the
user name of a ``Proxy-Authorization`` header is written.

``--map NAME=ADDRESS`` makes the proxy reach NAME at ADDRESS (same port): a name the test process
itself cannot resolve, as a town hall's proxy reaches servers its workstations cannot. A request that
arrives here for such a name can only have come through the proxy: the direct way ends in a DNS error.

Standard library only; :class:`ForwardProxy` starts it with passerelle.sdi.processes.spawn, so it dies
with the test process.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import os
import select
import socket
import socketserver
import subprocess
import sys
import threading
import time
from urllib.parse import urlsplit

HEAD_LIMIT = 64 * 1024
HOP_BY_HOP = ("proxy-authorization", "proxy-connection", "connection", "keep-alive")


class ProxyHandler(socketserver.BaseRequestHandler):
    """One client connection, one request (the answer says ``Connection: close``)."""

    def handle(self):
        client = self.request
        head, rest = _read_head(client)
        if not head:
            return
        lines = head.decode("latin-1").split("\r\n")
        try:
            method, target, _version = lines[0].split(" ", 2)
        except ValueError:
            return
        headers = [line for line in lines[1:] if line]
        user = self.server.check_auth(headers)
        if user is None:
            self.server.log(method, target, "-", 407)
            client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                           b"Proxy-Authenticate: Basic realm=\"mairie\"\r\n"
                           b"Content-Length: 0\r\nConnection: close\r\n\r\n")
            return
        if method == "CONNECT":
            self.tunnel(client, target, user, rest)
        else:
            self.forward(client, method, target, headers, user, rest)

    def tunnel(self, client, target, user, rest):
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((self.server.address_of(host), int(port)), timeout=10)
        except (OSError, ValueError):
            self.server.log("CONNECT", target, user, 502)
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        self.server.log("CONNECT", target, user, 200)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if rest:
            upstream.sendall(rest)
        _pipe_both(client, upstream)

    def forward(self, client, method, target, headers, user, rest):
        parts = urlsplit(target)
        if parts.scheme != "http" or not parts.hostname:
            self.server.log(method, target, user, 400)
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        try:
            upstream = socket.create_connection((self.server.address_of(parts.hostname), parts.port or 80),
                                                timeout=60)
        except OSError:
            self.server.log(method, target, user, 502)
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        kept = [h for h in headers if h.split(":", 1)[0].strip().lower() not in HOP_BY_HOP]
        request_head = "\r\n".join([f"{method} {path} HTTP/1.1", *kept, "Connection: close", "", ""])
        upstream.sendall(request_head.encode("latin-1") + rest)
        # The body (Content-Length or chunked) flows on until the server has answered and closed.
        sender = threading.Thread(target=_pipe, args=(client, upstream), daemon=True)
        sender.start()
        answer, answer_rest = _read_head(upstream)
        if not answer:
            self.server.log(method, target, user, 502)
            _close(upstream)
            return
        answer_lines = answer.decode("latin-1").split("\r\n")
        try:
            status = int(answer_lines[0].split(" ", 2)[1])
        except (IndexError, ValueError):
            status = 502
        self.server.log(method, target, user, status)  # before the client gets the answer: no race with a reader
        kept_answer = [h for h in answer_lines[1:] if h and h.split(":", 1)[0].strip().lower() not in HOP_BY_HOP]
        client.sendall("\r\n".join([answer_lines[0], *kept_answer, "Connection: close", "", ""]).encode("latin-1")
                       + answer_rest)
        _pipe(upstream, client)
        _close(upstream)


class ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, log_path, mapping, auth):
        self.log_path = log_path
        self.mapping = mapping
        self.auth = auth
        self.log_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), ProxyHandler)

    def address_of(self, host: str) -> str:
        return self.mapping.get(host.lower().strip("[]"), host)

    def check_auth(self, headers):
        """The proxy user ("-" when none is required), or None when the credentials are missing or wrong."""
        if not self.auth:
            return "-"
        for header in headers:
            name, _, value = header.partition(":")
            if name.strip().lower() == "proxy-authorization":
                scheme, _, token = value.strip().partition(" ")
                try:
                    decoded = base64.b64decode(token).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    return None
                if scheme.lower() == "basic" and decoded == self.auth:
                    return decoded.split(":", 1)[0]
        return None

    def log(self, method, target, user, status):
        with self.log_lock, open(self.log_path, "a", encoding="utf-8") as handle:
            handle.write(f"{method} {target} user={user} {status}\n")


def _read_head(sock):
    data = b""
    while b"\r\n\r\n" not in data and len(data) < HEAD_LIMIT:
        try:
            chunk = sock.recv(65536)
        except OSError:
            return b"", b""
        if not chunk:
            return b"", b""
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _pipe(source, target):
    try:
        while True:
            chunk = source.recv(65536)
            if not chunk:
                break
            target.sendall(chunk)
    except OSError:
        pass


def _pipe_both(a, b):
    sockets = [a, b]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 60)
            if not readable:
                return
            for sock in readable:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                (b if sock is a else a).sendall(chunk)
    except OSError:
        pass
    finally:
        _close(b)


def _close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Forwarding HTTP proxy for the tests.")
    parser.add_argument("--log", required=True)
    parser.add_argument("--map", action="append", default=[], metavar="NAME=ADDRESS")
    parser.add_argument("--auth", default="", metavar="USER:PASSWORD")
    options = parser.parse_args(argv)
    mapping = dict(item.lower().split("=", 1) for item in options.map)
    with ProxyServer(options.log, mapping, options.auth) as server:
        print(f"PORT {server.server_address[1]}", flush=True)
        server.serve_forever(poll_interval=0.1)


# --- for the tests ---------------------------------------------------------------------------------

class ForwardProxy:
    """The proxy in a child process that dies with the tests: ``.port``, ``.url``, ``.lines()``.

    >>> with ForwardProxy(tmp_path, {"csw.ideo.test": "127.0.0.1"}, auth="agent:secret") as proxy:
    ...     proxy.port, proxy.lines()
    """

    def __init__(self, folder, mapping=None, auth: str = ""):
        self.log_path = os.path.join(str(folder), f"proxy-{os.getpid()}-{time.monotonic_ns()}.log")
        self.mapping = dict(mapping or {})
        self.auth = auth
        self.process = None
        self.port = 0

    def start(self) -> "ForwardProxy":
        from passerelle.sdi.processes import spawn

        open(self.log_path, "w").close()
        command = [sys.executable, os.path.abspath(__file__), "--log", self.log_path]
        command += [arg for name, address in self.mapping.items() for arg in ("--map", f"{name}={address}")]
        if self.auth:
            command += ["--auth", self.auth]
        self.process = spawn(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 15)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"the test proxy did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lines(self) -> list:
        with open(self.log_path, encoding="utf-8") as handle:
            return handle.read().splitlines()

    def stop(self) -> None:
        from passerelle.sdi.processes import stop

        if self.process is not None:
            stop(self.process, timeout=5)
            self.process.stdout.close()
            self.process = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


if __name__ == "__main__":
    main()
