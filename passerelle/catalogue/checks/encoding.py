"""data.encoding: the source's text is not in the encoding it declares (or declares none).

``read_ogr`` decodes text in the encoding it is really in (``LayerData.encoding``), so the other
checks read "Salle des fêtes". But QGIS shows the text, and copies it when publishing, in the
declared encoding (``LayerData.declared_encoding``: the .cpg, or the layer's "data source
encoding"): when the two differ, the accents come out wrong everywhere but in these checks.
"""
from __future__ import annotations

from ..findings import ERROR, WARNING, Finding
from .scan import Scanner, check_with

CODES = ("data.encoding",)

#: Codecs as QGIS lists them in Layer Properties › Source › Data source encoding.
QGIS_NAMES = {"cp1252": "windows-1252", "iso8859-1": "ISO-8859-1", "iso8859-15": "ISO-8859-15",
              "utf-8": "UTF-8", "cp850": "IBM850", "mac-roman": "macintosh"}
#: .cpg contents that GDAL and ArcGIS read for each codec.
CPG_VALUES = {"cp1252": "1252", "iso8859-1": "ISO-8859-1", "iso8859-15": "ISO-8859-15", "utf-8": "UTF-8"}


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
    return None if info is None else _Verdict(info, layer)


class _Verdict(Scanner):
    """Reads nothing itself: the stream knows the encoding once the other checks have read the text."""

    reads_data = False

    def __init__(self, info, layer):
        self.info, self.layer = info, layer

    def findings(self) -> list[Finding]:
        return _judge(self.info, self.layer)


def _judge(data, layer: str) -> list[Finding]:
    if not data.encoding or data.encoding == data.declared_encoding:
        return []
    found = QGIS_NAMES.get(data.encoding, data.encoding)
    cpg = CPG_VALUES.get(data.encoding, found)
    if not data.declared_encoding:
        if data.encoding == "utf-8":
            return []  # undeclared UTF-8 is what every tool assumes today
        return [Finding(
            "data.encoding", WARNING, layer,
            f"La source ne déclare pas l'encodage de ses textes ; ils ont été lus en {found}, ce qui donne des "
            f"accents corrects. Pour que tous les logiciels les lisent ainsi, ajoutez à côté du fichier .shp un "
            f"fichier .cpg contenant « {cpg} ».",
            f"The source does not declare the encoding of its text; it was read as {found}, which gives correct "
            f"accents. For every tool to read it so, add a .cpg file containing '{cpg}' next to the .shp file.")]
    declared = QGIS_NAMES.get(data.declared_encoding, data.declared_encoding)
    return [Finding(
        "data.encoding", ERROR, layer,
        f"Les textes de la couche sont en {found}, mais elle est lue en {declared} : QGIS en affiche les accents "
        f"de travers (par exemple « f�tes » pour « fêtes ») et les publierait ainsi. Dans QGIS, choisissez "
        f"l'encodage {found} (Propriétés de la couche › Source › Encodage de la source de données), ou mettez "
        f"« {cpg} » dans le fichier .cpg à côté du fichier de données.",
        f"The layer's text is in {found} but it is read as {declared}: QGIS shows its accents wrong "
        f"(e.g. 'f�tes' for 'fêtes') and would publish them so. In QGIS, choose the {found} encoding (Layer "
        f"Properties › Source › Data source encoding), or put '{cpg}' in the .cpg file next to the data file.",
        suggestions=[found])]
