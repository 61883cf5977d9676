"""Checks: everything Passerelle verifies about a layer before publishing it.

One module per concern; each exposes ``CODES`` (stable finding codes) and
``check(record, data, context, layer) -> list[Finding]``. Checks work on whole
columns (pandas, shapely arrays) so a million features take seconds.
"""
from __future__ import annotations

from typing import Optional

from ..findings import Finding
from . import (crs, encoding, extent, freshness, geometry, imported, metadata, policy, rgpd, schema, scdl, text,
               vocabulary)
from .common import layer_name
from .context import CheckContext

_CHECKS = (metadata, text, vocabulary, imported, policy, scdl, rgpd, schema, encoding, geometry, crs, extent,
           freshness)

#: Every code a check may emit.
ALL_CODES = tuple(code for module in _CHECKS for code in module.CODES)


def check_layer(record, data: Optional["LayerData"], context: CheckContext) -> list[Finding]:
    """All findings about one layer: its record, and its data when given (None checks the record only).

    >>> findings = check_layer(record, read_ogr("ecoles.gpkg"), CheckContext(vocabularies.shipped()))
    >>> sorted({f.code for f in findings})
    ['freshness.overdue', 'rgpd.personal-columns']
    """
    layer = layer_name(record, data)
    findings: list[Finding] = []
    for module in _CHECKS:
        findings += module.check(record, data, context, layer)
    return findings


__all__ = ["ALL_CODES", "CheckContext", "check_layer"]
