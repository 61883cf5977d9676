"""Duplicates across a whole catalogue: same title and organisation, same resource, one identifier twice.

Records are added one at a time (the harvest streams them); only the keys are kept, so a catalogue
of any size costs a few strings per record. Each record of a group gets a finding naming the others.
"""
from __future__ import annotations

from collections import defaultdict

from ..vocabularies import normalise
from . import codes
from .model import AuditFinding, Entry


class Duplicates:
    """Collects the keys of each record; :meth:`findings` lists every group of two or more records."""

    def __init__(self):
        self._who: dict = {}  # record key -> (identifier, title, organisation)
        self._titles = defaultdict(list)  # (title, organisation) -> record keys
        self._resources = defaultdict(list)  # resource key -> record keys
        self._resource_shown: dict = {}  # resource key -> (url, layer) as written
        self._identifiers = defaultdict(list)  # identifier -> record keys

    def add(self, entry: Entry) -> None:
        if entry.problem is not None:
            return
        record = entry.record
        self._who[entry.key] = (record.identifier, record.title, entry.organisation)
        if normalise(record.title or ""):
            self._titles[(normalise(record.title), normalise(entry.organisation or ""))].append(entry.key)
        resources = {}
        for link in entry.links:
            if link.is_resource and link.followable:
                resources.setdefault(link.resource_key, link)
        for key, link in resources.items():
            self._resources[key].append(entry.key)
            self._resource_shown.setdefault(key, (link.url, link.layer))
        for identifier in dict.fromkeys(identifier_key(i) for i in [record.identifier, *entry.identifiers]):
            if identifier:
                self._identifiers[identifier].append(entry.key)

    def findings(self) -> list:
        out = []
        for (_title, _organisation), keys in self._titles.items():
            for key, others in _groups(keys):
                identifier, title, organisation = self._who[key]
                fr, en = codes.duplicate_title(title, organisation, self._named(others))
                out.append(self._finding(codes.DUPLICATE_TITLE, key, fr, en, field="title"))
        for resource, keys in self._resources.items():
            url, layer = self._resource_shown[resource]
            for key, others in _groups(keys):
                fr, en = codes.duplicate_url(url, layer, self._named(others))
                out.append(self._finding(codes.DUPLICATE_URL, key, fr, en, field="links", url=url))
        for identifier, keys in self._identifiers.items():
            for key, others in _groups(keys):
                fr, en = codes.duplicate_identifier(identifier, self._named(others))
                out.append(self._finding(codes.DUPLICATE_IDENTIFIER, key, fr, en, field="identifier"))
        return out

    def _named(self, keys) -> list:
        return [(key, self._who[key][1]) for key in keys]

    def _finding(self, code, key, fr, en, field="", url="") -> AuditFinding:
        identifier, title, organisation = self._who[key]
        return AuditFinding(code, codes.SEVERITY[code], key, identifier, title, organisation, fr, en,
                            field=field, url=url)


def identifier_key(identifier: str) -> str:
    """An identifier as compared: trimmed, without its ``urn:uuid:`` prefix, UUIDs in lower case."""
    text = (identifier or "").strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[len("urn:uuid:"):]
    if len(text) == 36 and text.count("-") == 4:
        text = text.lower()
    return text


def _groups(keys: list):
    """(key, the other keys) for each record of a group of two or more distinct records."""
    distinct = list(dict.fromkeys(keys))
    if len(distinct) < 2:
        return
    for key in distinct:
        yield key, [other for other in distinct if other != key]
