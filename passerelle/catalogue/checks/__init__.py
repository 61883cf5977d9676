"""Checks: everything Passerelle verifies about a layer before publishing it.

One module per concern; each exposes ``CODES`` (stable finding codes) and
``check(record, data, context, layer) -> list[Finding]``. Checks of the data also expose
``scanner(record, info, context, layer)`` (see :mod:`.scan`): :func:`check_layer` streams the
layer through all of them at once, batch after batch, so memory stays bounded however many
features the layer has; within a batch they work on whole columns (pandas, shapely arrays).

A check that breaks on what it is given (a value nobody foresaw) does not break the others: it
becomes a ``check.failed`` error finding naming it (the traceback goes to the log), so the layer is
held back rather than let through unchecked.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Union

from ..errors import PasserelleError
from ..findings import ERROR, Finding
from . import (crs, encoding, extent, freshness, geometry, imported, metadata, policy, rgpd, schema, scdl, text,
               vocabulary)
from .common import layer_name
from .context import CheckContext
from .scan import Scanner

if TYPE_CHECKING:
    from ..layerdata import LayerData
    from ..layerstream import LayerStream

_CHECKS = (metadata, text, vocabulary, imported, policy, scdl, rgpd, schema, encoding, geometry, crs, extent,
           freshness)

CHECK_FAILED = "check.failed"
#: Every code a check may emit.
ALL_CODES = tuple(code for module in _CHECKS for code in module.CODES) + (CHECK_FAILED,)
log = logging.getLogger("passerelle.checks")

#: Times a check starts over when the stream learns, half-way, that it must be read again (see layerstream.Restart).
_ATTEMPTS = 3


def check_layer(record, data: Union["LayerData", "LayerStream", None], context: CheckContext) -> list[Finding]:
    """All findings about one layer: its record, and its data when given (None checks the record only).

    ``data`` is a LayerData in memory or a LayerStream (:class:`~..layerstream.OgrStream` for a file,
    :mod:`~..pgstream` for a PostGIS table), read batch after batch.

    >>> findings = check_layer(record, OgrStream("ecoles.gpkg"), CheckContext(vocabularies.shipped()))
    >>> sorted({f.code for f in findings})
    ['freshness.overdue', 'rgpd.personal-columns']
    """
    from ..layerstream import DataStream, LayerStream, Restart

    stream = None if data is None else data if isinstance(data, LayerStream) else DataStream(data)
    for attempt in range(_ATTEMPTS):
        try:
            return _check(record, stream, context)
        except Restart:
            if attempt == _ATTEMPTS - 1:
                raise
    return []


def _check(record, stream, context) -> list[Finding]:
    info = stream.info if stream is not None else None
    layer = layer_name(record, info)
    parts = []
    for module in _CHECKS:
        try:
            make = getattr(module, "scanner", None)
            part = make(record, info, context, layer) if make else module.check(record, info, context, layer)
        except PasserelleError:
            raise  # a clear error (a damaged file...): the caller says it
        except Exception as error:  # noqa: BLE001 - one check's surprise holds the layer back, no more
            part = [_failed(module, error, layer)]
        parts.append(_Guarded(part, module, layer) if isinstance(part, Scanner) else part)
    scanners = [p for p in parts if isinstance(p, Scanner)]
    if stream is not None and scanners:
        stream.feed(scanners)
    findings: list[Finding] = []
    for part in parts:
        findings += part.findings() if isinstance(part, Scanner) else (part or [])
    return findings


class _Guarded(Scanner):
    """A check's scanner whose surprise (an exception while reading a batch or concluding) becomes its
    ``check.failed`` finding: the stream goes on for the other checks, this one says no more."""

    def __init__(self, inner: Scanner, module, layer: str):
        self._inner, self._module, self._layer = inner, module, layer
        self._failure = None

    # what the stream reads for it, as the check says it at the moment it is asked
    reads_data = property(lambda self: self._inner.reads_data)
    geometry = property(lambda self: self._inner.geometry)
    columns = property(lambda self: self._inner.columns)

    def __getattr__(self, name):  # what a stream may ask a scanner beyond these (validity, ask_database...)
        value = getattr(self._inner, name)
        return self._guard(value) if callable(value) else value

    def _guard(self, call):
        def guarded(*args, **kwargs):
            if self._failure is not None:
                return True if call.__name__ == "ask_database" else None  # answered: the check says no more
            try:
                return call(*args, **kwargs)
            except Exception as error:  # noqa: BLE001
                if isinstance(error, PasserelleError) or _from_the_source(error):
                    raise  # a damaged file, a lost database connection: the stream says it for the layer
                self._failure = _failed(self._module, error, self._layer)
                return True if call.__name__ == "ask_database" else None
        return guarded

    def add(self, batch) -> None:
        self._guard(self._inner.add)(batch)

    def wants_another_pass(self) -> bool:
        return bool(self._guard(self._inner.wants_another_pass)())

    def add_again(self, batch) -> None:
        self._guard(self._inner.add_again)(batch)

    def findings(self) -> list[Finding]:
        found = self._guard(self._inner.findings)()
        return [self._failure] if self._failure is not None else list(found or [])


def _from_the_source(error: Exception) -> bool:
    """Whether the data source failed (its database, its file), not the check reading it."""
    return isinstance(error, OSError) or type(error).__module__.split(".")[0] in ("psycopg2", "sqlite3")


def _failed(module, error: Exception, layer: str) -> Finding:
    name = module.__name__.rsplit(".", 1)[-1]
    log.error("check %s failed on layer %r", name, layer, exc_info=error)
    said = str(error)[:150]
    return Finding(
        CHECK_FAILED, ERROR, layer,
        f"La vérification « {name} » n'a pas pu s'exécuter sur cette couche ({type(error).__name__} : {said}) : "
        "la couche est retenue par prudence. Le journal de Passerelle donne le détail ; signalez-le s'il se reproduit.",
        f"Check '{name}' could not run on this layer ({type(error).__name__}: {said}): the layer is held back. "
        "Passerelle's log has the details.")


__all__ = ["ALL_CODES", "CheckContext", "check_layer"]
