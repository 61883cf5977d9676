"""Checks of a layer's data as scanners: fed the layer batch after batch, they say their findings at the end.

A data check module exposes ``scanner(record, info, context, layer)``: ``info`` is the layer's
:class:`~..layerstream.LayerInfo` (None when only the record is checked); it returns a
:class:`Scanner`, a list of findings (nothing to read), or None (nothing to say). The stream
then gives every batch to each scanner that reads data (:meth:`~..layerstream.LayerStream.feed`):
what a scanner keeps between batches is bounded (counts, the first ``MAX_FEATURE_IDS`` ids,
a fixed-size sample, a hash per value of unique fields), so a layer of any size can be checked.
A stream that can answer a scanner's question itself (PostGIS counts invalid geometries faster
than Python reads them) does so through the scanner's ``ask_database``.
"""
from __future__ import annotations

from ..findings import Finding


class Scanner:
    """The part of one check that reads data. Subclasses set what they read and override what they do."""

    reads_data = True
    geometry = False  # reads geometries (bounds, validity)
    columns: list = []  # attribute columns read again in a second pass, when one is asked

    def add(self, batch) -> None:
        """One batch, in layer order."""

    def wants_another_pass(self) -> bool:
        """Asked once every batch was added: True to be given every batch again (``add_again``)."""
        return False

    def add_again(self, batch) -> None:
        """One batch of the second pass, in the same order as the first."""

    def findings(self) -> list[Finding]:
        return []


class Said(Scanner):
    """Findings known without reading the data (from the record, or from what the layer is)."""

    reads_data = False

    def __init__(self, findings: list):
        self._findings = list(findings)

    def findings(self) -> list[Finding]:
        return self._findings


def check_with(make_scanner, record, data, context, layer: str) -> list[Finding]:
    """One check module's findings on a LayerData in memory (or on the record alone when ``data`` is None)."""
    from ..layerstream import DataStream

    stream = DataStream(data) if data is not None else None
    return run(make_scanner(record, stream.info if stream else None, context, layer), stream)


def run(scanner, stream) -> list[Finding]:
    if scanner is None:
        return []
    if isinstance(scanner, list):
        return scanner
    if stream is not None:
        stream.feed([scanner])
    return scanner.findings()
