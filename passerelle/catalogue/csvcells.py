"""CSV cells that a spreadsheet opens as text, never as a formula.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) is taken
by Excel and LibreOffice for a formula when the file is opened: a title typed as
``=HYPERLINK("http://…")`` or a message quoting a server's answer would run. Every CSV Passerelle
writes (SCDL catalogue, check and publication reports) goes through :func:`writer`, which prefixes
such cells with a single quote, as spreadsheet software expects for literal text.

Only text: a column of numbers or dates (the SCDL catalogue's, checked against its Table Schema)
stays as is, so ``-3`` remains a number there.

    >>> neutralise("=1+1"), neutralise("-3"), neutralise("Arrêts de bus")
    ("'=1+1", "'-3", 'Arrêts de bus')
"""
from __future__ import annotations

import csv
from typing import Iterable

#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """``value`` as the text of a cell a spreadsheet cannot run: quote-prefixed when it could start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """``csv.writer`` (or ``csv.DictWriter`` with ``fieldnames``) neutralising every cell but the
    ``verbatim`` columns (names for a DictWriter, positions for a writer)."""

    def __init__(self, handle, fieldnames=None, verbatim: Iterable = (), **options):
        self.verbatim = set(verbatim)
        self.fieldnames = fieldnames
        self._writer = csv.DictWriter(handle, fieldnames=fieldnames, **options) if fieldnames is not None \
            else csv.writer(handle, **options)

    def writeheader(self) -> None:
        self._writer.writeheader()

    def writerow(self, row):
        if isinstance(row, dict):
            return self._writer.writerow({k: v if k in self.verbatim else neutralise(v) for k, v in row.items()})
        return self._writer.writerow([v if i in self.verbatim else neutralise(v) for i, v in enumerate(row)])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def writer(handle, fieldnames=None, verbatim: Iterable = (), **options) -> SafeWriter:
    """The CSV writer every Passerelle CSV is written with (see the module's documentation).

    >>> out = io.StringIO(); writer(out).writerow(["couche", "=cmd|' /C calc'!A0"])
    """
    return SafeWriter(handle, fieldnames=fieldnames, verbatim=verbatim, **options)
