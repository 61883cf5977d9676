"""Checks: everything Passerelle verifies about a layer before publishing it.

One module per concern; each exposes ``CODES`` (stable finding codes) and
``check(record, data, context, layer) -> list[Finding]``. Checks of the data also expose
``scanner(record, info, context, layer)`` (see :mod:`.scan`): :func:`check_layer` streams the
layer through all of them at once, batch after batch, so memory stays bounded however many
features the layer has; within a batch they work on whole columns (pandas, shapely arrays).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from ..findings import Finding
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

#: Every code a check may emit.
ALL_CODES = tuple(code for module in _CHECKS for code in module.CODES)

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
        make = getattr(module, "scanner", None)
        part = make(record, info, context, layer) if make else module.check(record, info, context, layer)
        parts.append(part)
    scanners = [p for p in parts if isinstance(p, Scanner)]
    if stream is not None and scanners:
        stream.feed(scanners)
    findings: list[Finding] = []
    for part in parts:
        findings += part.findings() if isinstance(part, Scanner) else (part or [])
    return findings


__all__ = ["ALL_CODES", "CheckContext", "check_layer"]
