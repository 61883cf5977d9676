"""Checks: everything Passerelle verifies about a layer before publishing it.

One module per concern; each exposes ``CODES`` (stable finding codes) and
``check(record, data, context, layer) -> list[Finding]``. Checks work on whole
columns (pandas, shapely arrays) so a million features take seconds.

A check that breaks on what it is given (a value nobody foresaw) does not break the others: it
becomes a ``check.failed`` error finding naming it (the traceback goes to the log), so the layer is
held back rather than let through unchecked.
"""
from __future__ import annotations

import logging
from typing import Optional

from ..errors import PasserelleError
from ..findings import ERROR, Finding
from . import (crs, encoding, extent, freshness, geometry, imported, metadata, policy, rgpd, schema, scdl, text,
               vocabulary)
from .common import layer_name
from .context import CheckContext

_CHECKS = (metadata, text, vocabulary, imported, policy, scdl, rgpd, schema, encoding, geometry, crs, extent,
           freshness)

CHECK_FAILED = "check.failed"
#: Every code a check may emit.
ALL_CODES = tuple(code for module in _CHECKS for code in module.CODES) + (CHECK_FAILED,)
log = logging.getLogger("passerelle.checks")


def check_layer(record, data: Optional["LayerData"], context: CheckContext) -> list[Finding]:
    """All findings about one layer: its record, and its data when given (None checks the record only).

    >>> findings = check_layer(record, read_ogr("ecoles.gpkg"), CheckContext(vocabularies.shipped()))
    >>> sorted({f.code for f in findings})
    ['freshness.overdue', 'rgpd.personal-columns']
    """
    layer = layer_name(record, data)
    findings: list[Finding] = []
    for module in _CHECKS:
        try:
            findings += module.check(record, data, context, layer)
        except PasserelleError:
            raise  # a clear error (a damaged file...): the caller says it
        except Exception as error:  # noqa: BLE001 - one check's surprise holds the layer back, no more
            findings.append(_failed(module, error, layer))
    return findings


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
