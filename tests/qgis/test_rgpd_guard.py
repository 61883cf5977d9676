"""The personal-data guard and the technical-title check through api.check, on real QGIS layers.

Every case runs on a memory layer and on a GeoPackage layer (read by GDAL in bulk), as points or
polygons: owners in the cadastral convention, home addresses, located first names, a service's
contacts, and what the guard always caught (free text naming people, NIR, IBAN, plates, births).
"""
import random

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from passerelle import api
from passerelle.publishers import factory
from passerelle.publishers.base import CATALOGUE, Publisher, PublishResult

ORGANISATION = {"organisation": "Ville de Besançon", "email": "sig@besancon.fr", "phone": "03 81 61 50 50"}
OPEN_TAGS = dict(title="Couche d'essai du guide RGPD", abstract="Données d'essai.", access="ouverte",
                 nature="publique", licence="etalab-2.0", contact=ORGANISATION)


def houses(count, seed=1):
    """Points on the houses of a village, centimetre precision, tens of metres apart (Lambert-93)."""
    rng = random.Random(seed)
    return [f"POINT ({930000 + rng.gauss(0, 150):.2f} {6680000 + rng.gauss(0, 150):.2f})" for _ in range(count)]


def parcels(count):
    """Cadastral parcels: 30 x 40 m, side by side."""
    return [f"POLYGON (({930000 + 35 * i} 6680000, {930030 + 35 * i} 6680000, {930030 + 35 * i} 6680040, "
            f"{930000 + 35 * i} 6680040, {930000 + 35 * i} 6680000))" for i in range(count)]


def communes(count):
    """One square per commune, 4 km wide."""
    return [f"POLYGON (({880000 + 5000 * i} 6650000, {884000 + 5000 * i} 6650000, {884000 + 5000 * i} 6654000, "
            f"{880000 + 5000 * i} 6654000, {880000 + 5000 * i} 6650000))" for i in range(count)]


def memory_layer(name, columns, geometries):
    kind = "Point" if geometries[0].startswith("POINT") else "Polygon"
    fields = "&".join(f"field={column}:string" for column in columns)
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:2154&{fields}", name, "memory")
    features = []
    for i, wkt in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values[i] for values in columns.values()])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def geopackage_layer(folder, name, columns, geometries):
    path = str(folder / f"{name}.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    kind = ogr.wkbPoint if geometries[0].startswith("POINT") else ogr.wkbPolygon
    table = source.CreateLayer(name, srs, kind)
    for column in columns:
        table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    for i, wkt in enumerate(geometries):
        feature = ogr.Feature(table.GetLayerDefn())
        for column, values in columns.items():
            feature.SetField(column, values[i])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        table.CreateFeature(feature)
    source = None
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


@pytest.fixture(params=["memory", "geopackage"])
def make_layer(request, tmp_path, project):
    def make(name, columns, geometries, **tags):
        if request.param == "memory":
            layer = memory_layer(name, columns, geometries)
        else:
            layer = geopackage_layer(tmp_path, name, columns, geometries)
        assert layer.isValid()
        project.addMapLayer(layer)
        api.tag(layer, **dict(OPEN_TAGS, **tags))
        return layer
    return make


def personal_columns(layer, targets=("open",)):
    report = api.check(layer, targets=list(targets))
    return {f.field: f for f in report.findings if f.code == "rgpd.personal-columns"}


def repeat(values, count):
    return [values[i % len(values)] for i in range(count)]


# --- what the guard used to miss ---------------------------------------------------------------------

OWNERS = ["DUPONT JEAN", "MARTIN MARIE", "GIRARD PIERRE PAUL", "VUILLEMIN/ANDRE", "MME ROUX NEE FAIVRE JEANNE",
          "M LEFEBVRE MICHEL", "PERRIN SOPHIE", "COMMUNE DE BESANCON"]


@pytest.mark.parametrize("column", ["NOM_PROPRIETAIRE", "proprio", "titulaire_compte"])
@pytest.mark.parametrize("geometries", [parcels(16), houses(16)], ids=["polygons", "points"])
def test_owners_written_the_cadastral_way_are_refused_on_an_open_layer(make_layer, column, geometries):
    layer = make_layer("parcelles_proprietaires", {column: repeat(OWNERS, 16)}, geometries)
    finding = personal_columns(layer)[column]
    assert finding.severity == "error" and "propriétaire" in finding.message_fr
    ids = [f.id() for f in layer.getFeatures()]
    assert finding.feature_ids == [fid for i, fid in enumerate(ids) if i % 8 != 7]  # not the commune's parcels


@pytest.mark.parametrize("column", ["domicile", "adresse_perso"])
@pytest.mark.parametrize("geometries", [houses(12), parcels(12)], ids=["points", "polygons"])
def test_a_home_address_alone_is_personal(make_layer, column, geometries):
    homes = ["12 rue des Lilas 25000 Besançon", "3 bis, chemin du Moulin", "8 Grande Rue", "LD LES GRANDS CHAMPS"]
    layer = make_layer("foyers", {column: repeat(homes, 12)}, geometries)
    assert "adresse du domicile" in personal_columns(layer)[column].message_fr


FIRST_NAMES = ["Léa", "Jules", "Inès", "Marie-Claire", "JEAN PIERRE", "Mohamed", "Aminata", "Yann"]


@pytest.mark.parametrize("geometries, reason", [(houses(24), "précision d'une adresse"),
                                                (parcels(24), "petits polygones")], ids=["points", "polygons"])
def test_a_first_name_on_a_house_or_a_parcel_is_a_person(make_layer, geometries, reason):
    layer = make_layer("carte_scolaire", {"prenom": repeat(FIRST_NAMES, 24)}, geometries)
    finding = personal_columns(layer)["prenom"]
    assert reason in finding.message_fr and len(finding.feature_ids) == 24


def test_a_first_name_per_commune_is_not(make_layer):
    layer = make_layer("prenoms_par_commune", {"prenom": repeat(FIRST_NAMES, 24)}, communes(24))
    assert "prenom" not in personal_columns(layer)


@pytest.mark.parametrize("geometries", [houses(12), parcels(12)], ids=["points", "polygons"])
def test_a_services_phones_and_mailboxes_are_not_personal(make_layer, geometries):
    columns = {"telephone_accueil": repeat(["03 81 61 50 50", "03 81 87 80 00", "03 84 52 12 34"], 12),
               "courriel_service": repeat(["urbanisme@besancon.fr", "accueil@besancon.fr"], 12),
               "email": repeat(["sig@besancon.fr", "accueil@besancon.fr", "piscine@besancon.fr"], 12),
               "telephone": repeat(["03 81 61 50 50", "03 81 61 50 12", "03 81 61 50 87"], 12),
               "nom": repeat(["Mairie", "Piscine Mallarmé", "Gymnase Jean Moulin"], 12)}
    layer = make_layer("equipements", columns, geometries)
    assert personal_columns(layer) == {}
    assert not [f for f in api.check(layer, targets=["open"]).errors if f.code == "policy.status"]


def test_a_nominative_address_at_the_organisations_domain_is_still_a_persons(make_layer):
    layer = make_layer("referents", {"email": repeat(["jean.dupont@besancon.fr", "m.martin@besancon.fr"], 8)},
                       houses(8))
    assert "email" in personal_columns(layer)


# --- what the guard always caught --------------------------------------------------------------------

def nir(first13):
    return f"{first13}{97 - int(first13) % 97:02d}"


def iban(bban):
    digits = "".join(str(int(ch, 36)) for ch in bban + "FR00")
    return f"FR{98 - int(digits) % 97:02d}{bban}"


@pytest.mark.parametrize("geometries", [houses(8), parcels(8)], ids=["points", "polygons"])
def test_free_text_identifiers_plates_and_births_are_still_caught(make_layer, geometries):
    columns = {"observations": repeat(["M. Martin, tél 06 39 98 12 34", "RAS", "Fuite réparée"], 8),
               "numero": repeat([nir("1850578006084"), nir("2690125123456")], 8),
               "compte": repeat([iban("20041010050500013M02606"), iban("30003012340001234567890")], 8),
               "immatriculation": repeat(["AB-123-CD", "GH 456 JK"], 8),
               "date_naissance": repeat(["12/03/1956", "01/10/2001"], 8)}
    layer = make_layer("signalements", columns, geometries)
    found = personal_columns(layer)
    assert set(found) == set(columns)
    assert "numéro de sécurité sociale" in found["numero"].message_fr
    assert "IBAN" in found["compte"].message_fr


# --- a technical layer name is not a title -----------------------------------------------------------

class RecordingTarget(Publisher):
    role = CATALOGUE
    received = []

    def publish(self, package, links):
        self.received.append((self.name, package.identifier))
        return PublishResult(self.name, ids={"id": package.identifier}, created=["record"])

    def unpublish(self, identifier, ids):
        pass

    def status(self, identifier, ids):
        return {"exists": False}


def test_a_layer_named_but_not_titled_is_flagged_and_kept_from_open_targets(make_layer, monkeypatch, tmp_path):
    layer = make_layer("PLU_ZONAGE_2019_v3_final", {"libelle": ["UA", "UB"]}, communes(2),
                       title="PLU_ZONAGE_2019_v3_final", granularity="fr:commune", frequency="irregular",
                       themes=["lu"], last_revision="2025-01-06", lineage="Numérisation du règlement graphique.")
    warning = [f for f in api.check(layer).findings if f.code == "metadata.technical-title"]
    assert warning[0].severity == "warning" and warning[0].suggestions == ["PLU zonage 2019"]
    error = [f for f in api.check(layer, targets=["open"]).findings if f.code == "metadata.technical-title"]
    assert error[0].severity == "error"

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    factory.register("recording", RecordingTarget)
    RecordingTarget.received = []
    profile = {"name": "titres", "version": "1", "targets": {
        kind: {"type": "recording", "kind": kind} for kind in ("open", "restricted")}}
    report = api.publish([layer], profile)
    outcomes = {o.target: o for o in report.outcomes}
    assert outcomes["open"].state == "refused" and outcomes["open"].code == "metadata.technical-title"
    assert outcomes["restricted"].state == "published"
    assert [target for target, _ in RecordingTarget.received] == ["restricted"]

    api.tag(layer, title=warning[0].suggestions[0])  # the suggestion, applied
    assert not [f for f in api.check(layer, targets=["open"]).findings if f.code == "metadata.technical-title"]
