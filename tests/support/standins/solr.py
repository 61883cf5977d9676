"""A Solr stand-in that answers exactly what CKAN 2.10/2.11 asks of Solr, so a real CKAN runs here.

No Solr can be installed on the machines (no Java in the reachable registries), and CKAN creates
nothing without its search index: organisation and dataset actions index, and re-raise index
errors. This server answers the few endpoints CKAN (through pysolr) calls:

- ``GET /solr/<core>/schema?wt=schema.xml`` (and ``/admin/file/?file=schema.xml``): a schema
  whose ``name`` is ``ckan-<version>``, which CKAN checks at start;
- ``GET|POST /solr/<core>/select``: ``q``, ``fq`` (repeated), ``rows``, ``start``, ``fl``,
  ``sort`` and ``facet.field`` over an in-memory index, answered as JSON;
- ``POST /solr/<core>/update``: pysolr's JSON document list (add) and XML ``<add><doc>``,
  ``<delete><id|query>``, ``<commit/>``;
- ``GET /solr/<core>/admin/ping``.

Queries understand what CKAN itself writes: conjunctions and disjunctions of ``field:value``,
``field:"value"``, ``field:(a OR b)``, ``+``/``-``/``NOT``, parentheses, ``*:*`` and bare words
(searched in every field). That is enough for CKAN's own flows (index on create/update, delete
by id and name, organisation dataset counts, ``package_search`` on exact fields); it is not a
search engine: tests must not rely on relevance, stemming or ranges.

The index is saved as JSON (``index_path``) after every update, so a stopped and restarted
stand-in serves what was indexed before. Standard library only:

    python tests/support/standins/solr.py --port 8983 --index /tmp/solr.json [--core ckan]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import threading
import xml.etree.ElementTree as ElementTree
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional
from urllib.parse import parse_qs, urlsplit

SCHEMA_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schema name="ckan-{version}" version="1.6">
  <uniqueKey>index_id</uniqueKey>
</schema>
"""
UNIQUE_KEY = "index_id"


# --- the query language CKAN writes -----------------------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<range>[\[{][^\]}]*[\]}])
  | (?P<quoted>"(?:[^"\\]|\\.)*")
  | (?P<word>(?:[^\s()"\\]|\\.)+)
""", re.VERBOSE)


def _tokens(text: str) -> list:
    tokens, position = [], 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:  # a lone quote or backslash: take it as a word
            tokens.append(("word", text[position]))
            position += 1
            continue
        position = match.end()
        if match.lastgroup != "space":
            tokens.append((match.lastgroup, match.group()))
    return tokens


def _unescape(word: str) -> str:
    return re.sub(r"\\(.)", r"\1", word)


class Query:
    """A parsed query: a list of (occur, node), occur in "must", "should", "not"."""

    def __init__(self, text: str, default_op: str = "AND"):
        self.default_occur = "must" if default_op.upper() == "AND" else "should"
        self.tokens = _tokens(text or "*:*")
        self.position = 0
        self.root = self._expression(field=None)

    def matches(self, doc: dict) -> bool:
        return _match(self.root, doc)

    # recursive descent -------------------------------------------------------------------------
    def _peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else (None, None)

    def _expression(self, field: Optional[str]) -> list:
        clauses = []  # [occur, node, explicit]: "+a OR b" keeps a required, "a OR b" does not
        pending_op = None
        while True:
            kind, value = self._peek()
            if kind is None or kind == "close":
                break
            if kind == "word" and value in ("AND", "&&", "OR", "||"):
                pending_op = "AND" if value in ("AND", "&&") else "OR"
                self.position += 1
                continue
            occur, explicit = self.default_occur, False
            if kind == "word" and value == "NOT":
                occur, explicit = "not", True
                self.position += 1
            elif kind == "word" and value[0] in "+-" and len(value) > 1:
                occur, explicit = ("must" if value[0] == "+" else "not"), True
                self.tokens[self.position] = ("word", value[1:])
            elif kind == "word" and value in ("+", "-"):
                occur, explicit = ("must" if value == "+" else "not"), True
                self.position += 1
            node = self._clause(field)
            if node is None:
                continue
            if clauses and pending_op == "AND":
                for clause in (clauses[-1],):
                    if clause[0] == "should":
                        clause[0] = "must"
                occur = "must" if occur == "should" else occur
            elif clauses and pending_op == "OR":
                if clauses[-1][0] == "must" and not clauses[-1][2]:
                    clauses[-1][0] = "should"
                occur = "should" if occur == "must" and not explicit else occur
            pending_op = None
            clauses.append([occur, node, explicit])
        return clauses

    def _clause(self, field: Optional[str]):
        kind, value = self._peek()
        if kind is None:
            return None
        self.position += 1
        if kind == "open":
            inner = self._expression(field)
            if self._peek()[0] == "close":
                self.position += 1
            return ("group", inner)
        if kind == "close":
            return None
        if kind == "word" and ":" in value and not value.startswith(":"):
            name, _, rest = _split_field(value)
            if rest == "" and self._peek()[0] == "open":  # field:( ... )
                self.position += 1
                inner = self._expression(name)
                if self._peek()[0] == "close":
                    self.position += 1
                return ("group", inner)
            if rest == "" and self._peek()[0] in ("quoted", "range"):
                kind, rest = self._peek()
                self.position += 1
            return ("term", name, _value(kind, rest))
        return ("term", field, _value(kind, value))


def _split_field(word: str):
    # a field name never holds an unescaped colon; the value may ("id:http://...")
    match = re.match(r"((?:[^:\\]|\\.)+):(.*)$", word)
    return (_unescape(match.group(1)), ":", match.group(2)) if match else (None, "", word)


def _value(kind: str, text: str):
    if kind == "quoted":
        return ("exact", _unescape(text[1:-1]))
    if kind == "range":
        return ("any", "")
    text = _unescape(text)
    if text == "*":
        return ("any", "")
    if text.endswith("*") and "*" not in text[:-1]:
        return ("prefix", text[:-1])
    return ("word", text)


def _values(doc: dict, field: Optional[str]) -> list:
    if field in (None, "text", "_text_"):
        found = []
        for value in doc.values():
            found.extend(value if isinstance(value, list) else [value])
        return [str(v) for v in found]
    value = doc.get(field)
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _match(clauses: list, doc: dict) -> bool:
    if not clauses:
        return True
    musts = [n for o, n, _ in clauses if o == "must"]
    shoulds = [n for o, n, _ in clauses if o == "should"]
    nots = [n for o, n, _ in clauses if o == "not"]
    if any(_node(n, doc) for n in nots) or not all(_node(n, doc) for n in musts):
        return False
    # optional clauses count only when nothing is required (a purely negative query matches the rest)
    return bool(musts) or not shoulds or any(_node(n, doc) for n in shoulds)


def _node(node, doc: dict) -> bool:
    if node[0] == "group":
        return _match(node[1], doc)
    _, field, (how, wanted) = node
    if field == "*" and how == "any":  # *:*
        return True
    values = _values(doc, field)
    free_text = field in (None, "text", "_text_")
    if how == "any":
        return bool(values)
    wanted_folded = wanted.casefold()
    for value in values:
        folded = value.casefold()
        if how == "prefix" and folded.startswith(wanted_folded):
            return True
        if how in ("word", "exact"):
            if folded == wanted_folded or (free_text and wanted_folded in re.split(r"\W+", folded)):
                return True
    return False


# --- the index --------------------------------------------------------------------------------------

class Index:
    """Documents keyed by ``index_id``; visible as soon as added (CKAN commits every change anyway)."""

    def __init__(self, path: Optional[str] = None):
        self.path = path
        self.docs: dict = {}
        self.lock = threading.Lock()
        self.updates = 0
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                self.docs = json.load(handle)

    def save(self) -> None:
        if not self.path:
            return
        temporary = f"{self.path}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(self.docs, handle)
        os.replace(temporary, self.path)

    def update(self, body: bytes) -> None:
        if body.lstrip()[:1] in (b"[", b"{"):
            return self._update_json(json.loads(body))
        root = ElementTree.fromstring(body) if body.strip() else ElementTree.Element("commit")
        with self.lock:
            operations = [root] if root.tag != "update" else list(root)
            for operation in operations:
                if operation.tag == "add":
                    for doc in operation.iter("doc"):
                        self._add(doc)
                elif operation.tag == "delete":
                    for child in operation:
                        if child.tag == "id":
                            self.docs.pop(child.text or "", None)
                        elif child.tag == "query":
                            query = Query(child.text or "", "OR")
                            for key in [k for k, d in self.docs.items() if query.matches(d)]:
                                del self.docs[key]
            self.updates += 1
            self.save()

    def _update_json(self, message) -> None:
        """pysolr 3.10+ sends ``add`` as a JSON list of documents; Solr also takes a command object."""
        with self.lock:
            if isinstance(message, dict):
                adds = message.get("add", [])
                docs = [a.get("doc", a) for a in (adds if isinstance(adds, list) else [adds])]
                delete = message.get("delete")
                for item in (delete if isinstance(delete, list) else [delete] if delete else []):
                    if isinstance(item, dict) and "query" in item:
                        query = Query(item["query"], "OR")
                        for key in [k for k, d in self.docs.items() if query.matches(d)]:
                            del self.docs[key]
                    else:
                        self.docs.pop(str(item.get("id") if isinstance(item, dict) else item), None)
            else:
                docs = message
            for doc in docs:
                doc = {k: ([_text(i) for i in v] if isinstance(v, list) else _text(v)) for k, v in doc.items()
                       if v is not None}
                key = doc.get(UNIQUE_KEY) or doc.get("id")
                if key:
                    self.docs[str(key)] = doc
            self.updates += 1
            self.save()

    def _add(self, element) -> None:
        doc: dict = {}
        for field in element.findall("field"):
            name, value = field.get("name"), field.text or ""
            if name in doc:
                doc[name] = (doc[name] if isinstance(doc[name], list) else [doc[name]]) + [value]
            else:
                doc[name] = value
        key = doc.get(UNIQUE_KEY) or doc.get("id")
        if key:
            self.docs[str(key)] = doc

    def select(self, params: dict) -> dict:
        def one(name, default=None):
            values = params.get(name)
            return values[-1] if values else default

        q_op = one("q.op", "AND")
        queries = [Query(one("q", "*:*"), q_op)] + [Query(fq, q_op) for fq in params.get("fq", []) if fq.strip()]
        with self.lock:
            found = [doc for doc in self.docs.values() if all(query.matches(doc) for query in queries)]
        for spec in reversed([s.strip() for s in (one("sort", "") or "").split(",") if s.strip()]):
            field, _, direction = spec.partition(" ")
            if field == "score":
                continue
            found.sort(key=lambda d, f=field: str(d.get(f, "")), reverse=direction.strip().lower() == "desc")
        start, rows = int(one("start", 0) or 0), int(one("rows", 10) or 0)
        fields = [f for f in re.split(r"[\s,]+", one("fl", "*") or "*") if f]
        page = [_project(doc, fields) for doc in found[start:start + max(rows, 0)]]
        answer = {"responseHeader": {"status": 0, "QTime": 0, "params": {}},
                  "response": {"numFound": len(found), "start": start, "docs": page}}
        if one("facet", "false") == "true" or params.get("facet.field"):
            answer["facet_counts"] = {"facet_queries": {}, "facet_fields": _facets(found, params),
                                      "facet_ranges": {}, "facet_intervals": {}, "facet_heatmaps": {}}
        return answer


def _text(value) -> str:
    """Solr stores what pysolr's XML would carry: text (booleans as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value) if isinstance(value, dict) else str(value)


def _project(doc: dict, fields: list) -> dict:
    if "*" in fields:
        return dict(doc)
    return {f: doc[f] for f in fields if f in doc}


def _facets(docs: list, params: dict) -> dict:
    limit = int((params.get("facet.limit") or ["100"])[-1])
    minimum = int((params.get("facet.mincount") or ["1"])[-1])
    result = {}
    for field in params.get("facet.field", []):
        counts: dict = {}
        for doc in docs:
            for value in set(_values(doc, field)):
                counts[value] = counts.get(value, 0) + 1
        ordered = sorted((kv for kv in counts.items() if kv[1] >= minimum), key=lambda kv: (-kv[1], kv[0]))
        if limit >= 0:
            ordered = ordered[:limit]
        result[field] = [item for pair in ordered for item in pair]
    return result


# --- the HTTP server --------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    server_version = "SolrStandin/1.0"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # quiet: CKAN asks a lot
        pass

    def _route(self):
        parts = urlsplit(self.path)
        prefix = f"/solr/{self.server.core}/"
        if not parts.path.startswith(prefix):
            return None, None
        return parts.path[len(prefix):].strip("/"), parse_qs(parts.query, keep_blank_values=True)

    def do_GET(self):
        self._serve(b"")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self._serve(self.rfile.read(length) if length else b"")

    def _serve(self, body: bytes):
        handler, params = self._route()
        try:
            if handler in ("schema", "admin/file"):
                return self._send(200, SCHEMA_XML.format(version=self.server.version).encode(), "application/xml")
            if handler == "admin/ping":
                return self._json({"responseHeader": {"status": 0}, "status": "OK"})
            if handler == "select":
                if body and "x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
                    for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                        params.setdefault(key, []).extend(values)
                return self._json(self.server.index.select(params))
            if handler == "update":
                self.server.index.update(body)
                return self._json({"responseHeader": {"status": 0, "QTime": 0}})
        except (ElementTree.ParseError, ValueError) as error:
            return self._json({"responseHeader": {"status": 400}, "error": {"msg": str(error), "code": 400}}, 400)
        return self._json({"error": {"msg": f"unknown handler {self.path}", "code": 404}}, 404)

    def _json(self, data: dict, status: int = 200):
        self._send(status, json.dumps(data).encode("utf-8"), "application/json; charset=utf-8")

    def _send(self, status: int, payload: bytes, content_type: str):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class SolrStandin:
    """The stand-in on ``127.0.0.1:port``, served by a thread of this process.

    >>> solr = SolrStandin(index_path="/tmp/solr.json").start()
    >>> solr.url            # what CKAN's ``solr_url`` setting takes
    'http://127.0.0.1:40123/solr/ckan'
    >>> solr.stop()
    """

    def __init__(self, port: int = 0, index_path: Optional[str] = None, core: str = "ckan",
                 schema_version: str = "2.11"):
        self.port = port
        self.core = core
        self.index = Index(index_path)
        self.schema_version = schema_version
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/solr/{self.core}"

    def start(self) -> "SolrStandin":
        server = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        server.daemon_threads = True
        server.core, server.index, server.version = self.core, self.index, self.schema_version
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="solr-standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def serve_forever(self) -> None:
        self.start()
        self._thread.join()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Solr stand-in for CKAN (127.0.0.1 only)")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--index", default=None, help="JSON file the index is saved to and read from")
    parser.add_argument("--core", default="ckan")
    parser.add_argument("--schema-version", default="2.11")
    options = parser.parse_args(argv)
    SolrStandin(options.port, options.index, options.core, options.schema_version).serve_forever()


if __name__ == "__main__":
    main()
