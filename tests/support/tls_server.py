"""An HTTPS server on 127.0.0.1 whose certificate comes from a private test CA, for the network tests.

    python tests/support/tls_server.py --cert server.pem --key server.key --folder pages/

serves the files of ``--folder`` over HTTPS and prints ``PORT <n>`` once listening.
:func:`make_authority` creates the CA and a server certificate (``openssl``, from Debian's
``openssl`` package) for the names and addresses given; nothing trusts that CA until a test says so
(QGIS's authentication manager, or ``REQUESTS_CA_BUNDLE``). :class:`TlsServer` starts the server
with passerelle.sdi.processes.spawn, so it dies with the test process.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import ipaddress
import os
import select
import ssl
import subprocess
import sys
from dataclasses import dataclass


@dataclass
class Authority:
    ca_pem: str  # the CA certificate (what a client must trust)
    cert: str  # the server's certificate, signed by the CA
    key: str  # the server's private key


def make_authority(folder, names) -> Authority:
    """A fresh CA and a server certificate for ``names`` (host names or IP addresses), in ``folder``."""
    folder = str(folder)
    os.makedirs(folder, exist_ok=True)
    path = functools.partial(os.path.join, folder)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2",
             "-subj", "/CN=Autorite de test Passerelle", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    _openssl("req", *ec, "-keyout", path("server.key"), "-out", path("server.csr"), "-subj", f"/CN={names[0]}")
    alternative = ",".join(f"IP:{n}" if _is_address(n) else f"DNS:{n}" for n in names)
    with open(path("server.ext"), "w", encoding="ascii") as handle:
        handle.write(f"subjectAltName={alternative}\nbasicConstraints=CA:FALSE\n"
                     "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                     "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
    _openssl("x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
             "-CAcreateserial", "-out", path("server.pem"), "-days", "2", "-extfile", path("server.ext"))
    return Authority(path("ca.pem"), path("server.pem"), path("server.key"))


def _openssl(*arguments) -> None:
    subprocess.run(["openssl", *arguments], check=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="HTTPS file server for the tests.")
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--folder", required=True)
    options = parser.parse_args(argv)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(options.cert, options.key)
    handler = functools.partial(QuietHandler, directory=options.folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print(f"PORT {server.server_address[1]}", flush=True)
        server.serve_forever(poll_interval=0.1)


class TlsServer:
    """The HTTPS server in a child process: ``.port``, ``.url(path)``."""

    def __init__(self, folder, authority: Authority):
        self.folder = str(folder)
        self.authority = authority
        self.process = None
        self.port = 0

    def start(self) -> "TlsServer":
        from passerelle.sdi.processes import spawn

        command = [sys.executable, os.path.abspath(__file__), "--cert", self.authority.cert,
                   "--key", self.authority.key, "--folder", self.folder]
        self.process = spawn(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 15)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"the test HTTPS server did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.port}/{path.lstrip('/')}"

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
