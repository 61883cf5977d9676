"""pycsw behind a guard: only Passerelle may change the local catalogue, only this machine may ask it.

gunicorn serves :data:`application`, which wraps ``pycsw.wsgi.application`` (loaded in pycsw's own
venv) and refuses, with an ``ows:ExceptionReport`` and HTTP 403:

- any request whose ``Host`` is not ``127.0.0.1:PORT`` or ``localhost:PORT`` (a web page that rebinds
  its own name to 127.0.0.1 sends its own name: DNS rebinding);
- any write (a POST, or a ``Transaction`` / ``Harvest`` asked by URL) without the header
  ``X-Passerelle-Token`` carrying this run's token (``PASSERELLE_CSW_TOKEN``, chosen at each start
  and known only to the process that started the server): another local program, or a web page
  posting to 127.0.0.1, cannot insert, replace or delete records, nor make pycsw fetch a URL.

Reading (GetCapabilities, GetRecords, GetRecordById by GET) stays open to this machine, as for any
catalogue. Standard library only: this module runs inside pycsw's venv.
"""
from __future__ import annotations

import hmac
import os
import re
from urllib.parse import parse_qs

TOKEN_HEADER = "X-Passerelle-Token"
TOKEN_VARIABLE = "PASSERELLE_CSW_TOKEN"
_WRITES = re.compile(r"(?i)^(transaction|harvest)$")


def guard(app, token: str, port: int):
    """``app`` answering only requests that pass the rules above."""
    hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}

    def guarded(environ, start_response):
        host = environ.get("HTTP_HOST", "").strip().lower()
        if host not in hosts:
            return _refuse(start_response, "Host refusé : ce catalogue ne répond qu'à 127.0.0.1 (ou localhost).")
        if _writes(environ) and not _token_ok(environ, token):
            return _refuse(start_response, "Modification refusée : seul Passerelle peut modifier ce catalogue "
                                           f"(en-tête {TOKEN_HEADER} absent ou faux).")
        return app(environ, start_response)

    return guarded


def _writes(environ) -> bool:
    if environ.get("REQUEST_METHOD", "GET").upper() not in ("GET", "HEAD"):
        return True
    query = parse_qs(environ.get("QUERY_STRING", ""))
    asked = [v for key, values in query.items() if key.lower() == "request" for v in values]
    return any(_WRITES.match(value.strip()) for value in asked)


def _token_ok(environ, token: str) -> bool:
    given = environ.get("HTTP_" + TOKEN_HEADER.upper().replace("-", "_"), "")
    return bool(token) and hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8"))


def _refuse(start_response, why: str):
    from xml.sax.saxutils import escape

    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" '
            'version="1.2.0"><ows:Exception exceptionCode="OperationNotSupported"><ows:ExceptionText>'
            f"{escape(why)}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>").encode("utf-8")
    start_response("403 Forbidden", [("Content-Type", "application/xml; charset=UTF-8"),
                                     ("Content-Length", str(len(body)))])
    return [body]


def _application():
    from pycsw.wsgi import application as pycsw_application

    port = int(os.environ.get("PASSERELLE_CSW_PORT", "0"))
    return guard(pycsw_application, os.environ.get(TOKEN_VARIABLE, ""), port)


def __getattr__(name):  # gunicorn imports ``application`` only once it runs in pycsw's venv
    if name == "application":
        return _application()
    raise AttributeError(name)
