"""Counting the expensive reads of an API call: profile loads and vocabulary parses.

:class:`Counter` wraps the real functions (``Profile.load`` reading a file or a document,
``skos.parse_schemes`` parsing Turtle); they still run as usual. Used by tests/qgis and tests/ui.
"""
from passerelle.catalogue import skos, vocabularies
from passerelle.catalogue.profile import Profile

SEASONAL = "https://ideo.example.fr/frequency/saisonniere"
# A portal's vocabulary adding a frequency the shipped ones do not know.
PORTAL_TURTLE = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct:  <http://purl.org/dc/terms/> .
<https://w3id.org/passerelle/vocabulary/frequency> a skos:ConceptScheme ; dct:identifier "frequency" .
<https://ideo.example.fr/frequency/saisonniere> a skos:Concept ;
    skos:inScheme <https://w3id.org/passerelle/vocabulary/frequency> ;
    skos:notation "saisonniere", "irregular"^^<https://w3id.org/passerelle/def#udata> ;
    skos:prefLabel "Saisonnière"@fr, "Seasonal"@en .
"""


class Counter:
    """Real profile reads and real Turtle parses, counted from its creation (``monkeypatch`` undoes it)."""

    def __init__(self, monkeypatch):
        self.profile_loads = 0
        self.vocabulary_parses = []  # the source of each parse
        original_load = Profile.load.__func__
        original_parse = skos.parse_schemes
        vocabularies.shipped()  # parsed once per process, whatever the calls: not what is counted

        def load(cls, value):
            if value is not None and not isinstance(value, Profile):
                self.profile_loads += 1  # a file or a document read and validated
            return original_load(cls, value)

        def parse(data, source=""):
            self.vocabulary_parses.append(source)
            return original_parse(data, source)

        monkeypatch.setattr(Profile, "load", classmethod(load))
        monkeypatch.setattr(skos, "parse_schemes", parse)

    def reset(self):
        self.profile_loads, self.vocabulary_parses = 0, []


def twenty_point_layers(path: str, count: int = 20) -> list:
    """``count`` small point layers in one GeoPackage, added to the project (untagged)."""
    from osgeo import ogr, osr
    from qgis.core import QgsProject, QgsVectorLayer

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for i in range(count):
        table = dataset.CreateLayer(f"couche_{i:02d}", srs, ogr.wkbPoint)
        table.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        for j in range(5):
            feature = ogr.Feature(table.GetLayerDefn())
            feature.SetField("numero", j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({900000 + 10 * i} {6662000 + 10 * j})"))
            table.CreateFeature(feature)
    dataset = None  # closed: QGIS opens it next
    layers = []
    for i in range(count):
        layer = QgsVectorLayer(f"{path}|layername=couche_{i:02d}", f"couche_{i:02d}", "ogr")
        assert layer.isValid(), path
        QgsProject.instance().addMapLayer(layer)
        layers.append(layer)
    return layers
