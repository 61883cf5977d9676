"""Serves what the local SDI publishes, read-only, on 127.0.0.1, with the right media types.

    python -m passerelle.sdi.file_server PORT FOLDER

Only the published files are served (:data:`SERVED`): the DCAT catalogue (``catalogue.ttl``,
``catalogue.jsonld``), the data (``data/*.gpkg``, ``.geojson``, ``.csv``), the ISO records
(``records/*.xml``) and the data schemas they cite (``schemas/*.json``; a record's ``../schemas/x``
is read from ``records/``: paths are normalised before they are matched). Nothing else of the folder
is: not the pycsw database and configuration (``csw/``), the logs, the served project (``projet.qgs``)
or the records' sidecars; no folder is listed; a symbolic link leading out of the folder is not
followed. Only requests for ``127.0.0.1:PORT`` or ``localhost:PORT`` are answered (``Host`` checked):
a web page that rebinds its own name to 127.0.0.1 (DNS rebinding) gets nothing.
"""
from __future__ import annotations

import functools
import http.server
import os
import posixpath
import re
import sys
from urllib.parse import unquote, urlsplit

MEDIA_TYPES = {
    ".ttl": "text/turtle; charset=utf-8",  # Turtle is UTF-8 by definition; say so for HTTP clients
    ".jsonld": "application/ld+json",
    ".xml": "application/xml; charset=utf-8",
    ".gpkg": "application/geopackage+sqlite3",
    ".geojson": "application/geo+json",
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
}
_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
#: The paths served (everything else is 404).
SERVED = re.compile(rf"^/(?:catalogue\.(?:ttl|jsonld)|data/{_NAME}\.(?:gpkg|geojson|csv)|records/{_NAME}\.xml"
                    rf"|schemas/{_NAME}\.json)$")
INDEX = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>IDG locale Passerelle</title></head>"
         "<body><h1>IDG locale Passerelle</h1><ul><li><a href='catalogue.ttl'>catalogue.ttl</a> (DCAT, Turtle)</li>"
         "<li><a href='catalogue.jsonld'>catalogue.jsonld</a> (DCAT, JSON-LD)</li></ul></body></html>")


class CatalogueHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MEDIA_TYPES}
    port = 0

    def do_GET(self):  # noqa: N802 (names from the standard library)
        if self._allowed():
            super().do_GET()

    def do_HEAD(self):  # noqa: N802
        if self._allowed():
            super().do_HEAD()

    def _allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in (f"127.0.0.1:{self.port}", f"localhost:{self.port}"):
            self.send_error(403, "Host refusé : ce serveur ne répond qu'à 127.0.0.1")
            return False
        path = posixpath.normpath(unquote(urlsplit(self.path).path))
        if path == "/":
            self._send_index()
            return False
        if not SERVED.match(path) or not self._inside(path):
            self.send_error(404, "Introuvable")
            return False
        return True

    def _inside(self, path: str) -> bool:
        """The file is in the folder, also once symbolic links are resolved."""
        root = os.path.realpath(self.directory)
        real = os.path.realpath(os.path.join(root, path.lstrip("/")))
        return real.startswith(root + os.sep) and os.path.isfile(real)

    def _send_index(self) -> None:
        body = INDEX.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def list_directory(self, path):  # never reached (folders are not served); refused all the same
        self.send_error(404, "Introuvable")
        return None

    def log_message(self, format, *args):  # noqa: A002 (signature from the standard library)
        pass  # the SDI is local; its access log would only fill a pipe


def main(argv) -> None:
    port, folder = int(argv[1]), argv[2]
    handler = functools.partial(type("Handler", (CatalogueHandler,), {"port": port}), directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main(sys.argv)
