"""Serves the local SDI folder read-only on 127.0.0.1, with the right media types for catalogues.

    python -m passerelle.sdi.file_server PORT FOLDER
"""
from __future__ import annotations

import functools
import http.server
import sys

MEDIA_TYPES = {
    ".ttl": "text/turtle; charset=utf-8",  # Turtle is UTF-8 by definition; say so for HTTP clients
    ".jsonld": "application/ld+json",
    ".xml": "application/xml; charset=utf-8",
    ".gpkg": "application/geopackage+sqlite3",
    ".geojson": "application/geo+json",
    ".csv": "text/csv; charset=utf-8",
}


class CatalogueHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MEDIA_TYPES}

    def log_message(self, format, *args):  # noqa: A002 (signature from the standard library)
        pass  # the SDI is local; its access log would only fill a pipe


def main(argv) -> None:
    port, folder = int(argv[1]), argv[2]
    handler = functools.partial(CatalogueHandler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main(sys.argv)
