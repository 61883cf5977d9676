"""Shared reference vocabularies (SKOS), looked up by URI, code or label.

Each Turtle file under ``vocab/`` holds one ``skos:ConceptScheme`` whose
``dct:identifier`` is the short key used in code (``frequency``,
``granularity``...). Concepts carry:

- ``skos:prefLabel`` / ``skos:altLabel`` / ``skos:hiddenLabel`` in ``fr`` and ``en``;
- ``skos:notation`` plain (the concept's code) and typed with one of the
  ``pv:`` datatypes (``pv:iso``, ``pv:eu``, ``pv:udata``, ``pv:scdl``,
  ``pv:spdx``, ``pv:ckan``) for the code each target uses: that is the crosswalk;
- ``owl:deprecated true`` and ``dct:isReplacedBy`` for retired concepts;
- ``skos:exactMatch`` / ``skos:broadMatch`` to concepts of other schemes.

Matching ignores case, accents, spaces, hyphens and underscores, so
``partagee``, ``Partagée`` and ``PARTAGÉE`` all find the same concept.
"""
from __future__ import annotations

import difflib
import logging
import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .errors import UnknownTermError

log = logging.getLogger("passerelle.vocabularies")

VOCAB_DIR = os.path.join(os.path.dirname(__file__), "vocab")
PV = "https://w3id.org/passerelle/def#"  # our namespace for crosswalk datatypes


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for matching."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[\s_\-'’.,:;/()]+", "", text.casefold())


@dataclass
class Concept:
    uri: str
    code: str
    labels: dict = field(default_factory=dict)  # language -> preferred label
    alt_labels: list = field(default_factory=list)
    notations: dict = field(default_factory=dict)  # target -> code (e.g. "udata" -> "annual")
    definition: dict = field(default_factory=dict)  # language -> text
    deprecated: bool = False
    replaced_by: Optional[str] = None
    matches: dict = field(default_factory=dict)  # "exact"/"broad"/"close"/"narrow"/"related" -> [uri]
    properties: dict = field(default_factory=dict)  # other pv: properties, e.g. "expectedInterval" -> "P365D"
    scheme: str = ""

    def label(self, language: str = "fr") -> str:
        lang = language[:2]
        return self.labels.get(lang) or self.labels.get("en") or self.labels.get("fr") or self.code

    def notation(self, target: str) -> Optional[str]:
        """Code of this concept for a target (``iso``, ``eu``, ``udata``, ``scdl``...)."""
        return self.notations.get(target)

    def keys(self) -> Iterable[tuple]:
        """(rank, key) pairs: a lower rank wins when two concepts share a key."""
        yield 0, self.uri
        yield 1, self.code
        for value in self.notations.values():
            yield 2, value
        for value in self.labels.values():
            yield 3, value
        for value in self.alt_labels:
            yield 4, value
        if self.properties.get("url"):  # a pasted licence page finds its licence
            yield 4, self.properties["url"]


class Scheme:
    """One concept scheme with its lookup index."""

    def __init__(self, key: str, uri: str, labels: dict, version: str = ""):
        self.key = key
        self.uri = uri
        self.labels = labels
        self.version = version
        self.concepts: dict[str, Concept] = {}
        self._index: dict[str, list[str]] = {}

    def __repr__(self):
        return f"<Scheme {self.key} ({len(self.concepts)} concepts)>"

    def label(self, language: str = "fr") -> str:
        return self.labels.get(language[:2]) or self.labels.get("en") or self.key

    def copy(self) -> "Scheme":
        """A scheme that can take overrides without touching this one (concepts are shared)."""
        twin = Scheme(self.key, self.uri, dict(self.labels), self.version)
        twin.concepts = dict(self.concepts)
        twin._index = self._index  # never mutated in place: add() and rebuilds replace it
        return twin

    def add(self, concept: Concept) -> None:
        concept.scheme = self.key
        self.concepts[concept.uri] = concept
        self._index = {}  # rebuilt lazily

    def _build_index(self) -> None:
        ranked: dict[str, dict[str, int]] = {}
        for concept in self.concepts.values():
            for rank, key in concept.keys():
                if not key:
                    continue
                bucket = ranked.setdefault(normalise(key), {})
                rank += 10 if concept.deprecated else 0  # a live concept wins over a retired one
                bucket[concept.uri] = min(rank, bucket.get(concept.uri, rank))
        # URIs, then codes, then target notations, then labels: "continuous" is udata's
        # code for real time before it is the English label of the EU "CONT" concept.
        self._index = {key: sorted(bucket, key=bucket.get) for key, bucket in ranked.items()}

    def find(self, value: str) -> Optional[Concept]:
        """The concept matching ``value`` (URI, code, notation or label), or None."""
        if value is None:
            return None
        value = str(value).strip()
        if value in self.concepts:
            return self.concepts[value]
        if not self._index:
            self._build_index()
        hits = self._index.get(normalise(value), [])
        return self.concepts[hits[0]] if hits else None

    def lookup(self, value: str) -> Concept:
        """Like :meth:`find` but raises :class:`UnknownTermError` with suggestions."""
        concept = self.find(value)
        if concept is None:
            raise UnknownTermError(self.key, value, self.suggest(value))
        return concept

    def suggest(self, value: str, limit: int = 3) -> list[Concept]:
        """Closest concepts to a misspelt value."""
        if not self._index:
            self._build_index()
        norm = normalise(value or "")
        keys = difflib.get_close_matches(norm, list(self._index), n=limit * 3, cutoff=0.6)
        # Prefix matches help short inputs ("commun" -> commune).
        keys += [k for k in self._index if norm and k.startswith(norm) and k not in keys]
        result: list[Concept] = []
        for key in keys:
            for uri in self._index[key]:
                concept = self.concepts[uri]
                if concept not in result and not concept.deprecated:
                    result.append(concept)
        return result[:limit]

    def by_notation(self, target: str, code: str) -> Optional[Concept]:
        for concept in self.concepts.values():
            if concept.notations.get(target) == code:
                return concept
        return None


class Vocabularies:
    """All schemes known to this process: shipped ones plus loaded overrides."""

    def __init__(self):
        self.schemes: dict[str, Scheme] = {}
        self.warnings: list[str] = []

    def __getitem__(self, key: str) -> Scheme:
        return self.schemes[key]

    def __contains__(self, key: str) -> bool:
        return key in self.schemes

    def scheme(self, key: str) -> Scheme:
        return self.schemes[key]

    def concept(self, uri: str) -> Optional[Concept]:
        """Find a concept by URI in any scheme."""
        for scheme in self.schemes.values():
            if uri in scheme.concepts:
                return scheme.concepts[uri]
        return None

    def lookup(self, scheme_key: str, value: str) -> Concept:
        return self.schemes[scheme_key].lookup(value)

    def lookup_any(self, scheme_keys: Iterable[str], value: str) -> Concept:
        """First match across several schemes (used for themes)."""
        keys = list(scheme_keys)
        for key in keys:
            concept = self.schemes[key].find(value)
            if concept is not None:
                return concept
        suggestions = [c for key in keys for c in self.schemes[key].suggest(value, 2)]
        raise UnknownTermError("/".join(keys), value, suggestions[:3])

    def copy(self) -> "Vocabularies":
        """Independent schemes and warnings, so sources merged into the copy leave this one as it is.

        >>> mine = shipped().copy(); mine.load_file("portail.ttl")  # shipped() is unchanged
        """
        twin = Vocabularies()
        twin.schemes = {key: scheme.copy() for key, scheme in self.schemes.items()}
        twin.warnings = list(self.warnings)
        return twin

    def load_turtle(self, data: str, source: str = "") -> list[str]:
        """Merge the schemes of a Turtle document; returns the scheme keys it touched."""
        from .skos import parse_schemes  # rdflib is imported only when vocabularies are read

        return self.merge(parse_schemes(data, source))

    def merge(self, schemes: Iterable[Scheme]) -> list[str]:
        """Merge schemes already parsed (:func:`~passerelle.catalogue.skos.parse_schemes`): a concept
        with a known URI replaces it, a new URI adds one, a new key adds the scheme. Returns the keys."""
        touched = []
        for scheme in schemes:
            existing = self.schemes.get(scheme.key)
            if existing is None:
                self.schemes[scheme.key] = scheme
            else:  # overriding source: same URIs replace, new ones add
                for concept in scheme.concepts.values():
                    existing.add(concept)
                existing.version = scheme.version or existing.version
                existing.labels.update(scheme.labels)
            touched.append(scheme.key)
        return touched

    def load_file(self, path: str) -> list[str]:
        with open(path, encoding="utf-8") as handle:
            return self.load_turtle(handle.read(), path)


_default: Optional[Vocabularies] = None
_lock = threading.Lock()


def shipped() -> Vocabularies:
    """The vocabularies shipped with the plugin (parsed once per process)."""
    global _default
    with _lock:
        if _default is None:
            vocabularies = Vocabularies()
            for name in sorted(os.listdir(VOCAB_DIR)):
                if name.endswith(".ttl"):
                    vocabularies.load_file(os.path.join(VOCAB_DIR, name))
            _default = vocabularies
        return _default


def reset() -> None:
    """Forget the parsed vocabularies (tests, or after a source changed)."""
    global _default
    with _lock:
        _default = None
