"""Helpers of the CKAN publisher tests (real CKAN, see support/ckan_server.py): the package the pipeline would
hand over, the publisher, and an independent client reading CKAN without the publisher."""
import datetime as dt
import hashlib

import requests

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Contact, Extent, Record, new_identifier
from passerelle.catalogue.vocabularies import shipped
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.ckan import KEY_FIELD, CkanPublisher
from passerelle.publishers.http import Credentials, HttpClient

ETALAB = "https://spdx.org/licenses/etalab-2.0"
ANNUAL = "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
COMMUNE = "https://w3id.org/passerelle/vocabulary/granularity/fr-commune"
OPEN = "https://w3id.org/passerelle/vocabulary/access-level/ouverte"
TRANSPORT = "http://inspire.ec.europa.eu/theme/tn"
WMS = "https://geo.ville.fr/ows?service=WMS&request=GetCapabilities"
WFS = "https://geo.ville.fr/ows?service=WFS&request=GetCapabilities"
HOUSE_LICENCE = "https://example.invalid/licences/licence-maison"


# --- what the pipeline would hand over ---------------------------------------------------------------

def make_record(**changes) -> Record:
    record = Record(identifier=new_identifier(), title="Aménagements cyclables",
                    abstract="Pistes et bandes cyclables de la commune.", keywords=["vélo", "voirie/mobilité", "x"],
                    themes=[TRANSPORT], access=OPEN, granularity=COMMUNE, frequency=ANNUAL, licence=ETALAB,
                    producer=Contact(organisation="Commune de Saint-Aubin", email="sig@saint-aubin.fr", role="owner"),
                    contact=Contact(organisation="Service SIG", name="Camille Martin", email="camille@saint-aubin.fr"),
                    extent=Extent(5.8, 47.0, 6.0, 47.2, "EPSG:2154"), created=dt.date(2020, 1, 1),
                    revised=dt.date(2026, 10, 1), temporal_start=dt.date(2020, 1, 1),
                    lineage="Saisie sur orthophotographie.")
    return record.replace(**changes)


def write_files(folder, name="pistes_cyclables", values=(1, 2, 3)) -> dict:
    """A GeoPackage, GeoJSON and CSV of a few points, written with OGR."""
    from osgeo import ogr, osr

    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    paths = {"gpkg": folder / f"{name}.gpkg", "geojson": folder / f"{name}.geojson", "csv": folder / f"{name}.csv"}
    for kind, driver in (("gpkg", "GPKG"), ("geojson", "GeoJSON"), ("csv", "CSV")):
        path = str(paths[kind])
        ogr.GetDriverByName(driver).DeleteDataSource(path) if paths[kind].exists() else None
        dataset = ogr.GetDriverByName(driver).CreateDataSource(path)
        layer = dataset.CreateLayer(name, srs if kind != "csv" else None,
                                    ogr.wkbPoint if kind != "csv" else ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
        for i, value in enumerate(values):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", value)
            feature.SetField("nom", f"Piste n° {value}")
            if kind != "csv":
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({5.8 + i * 0.01} {47.1})"))
            layer.CreateFeature(feature)
        dataset = None
    return {kind: str(path) for kind, path in paths.items()}


def make_package(record: Record, folder, vocabularies=None, **file_options) -> PublicationPackage:
    files = write_files(folder, **file_options)
    return PublicationPackage(record=record, name="pistes_cyclables", gpkg_path=files["gpkg"], crs="EPSG:4326",
                              feature_count=3, content_hash="sha256:" + sha256(files["gpkg"]), files=files,
                              vocabularies=vocabularies or shipped(),
                              encode_iso=lambda links: iso19139.encode(record, online_resources=links))


def service_links():
    return {"online_resources": [iso19139.service_link("wms", WMS, "ville:pistes"),
                                 iso19139.service_link("wfs", WFS, "ville:pistes")],
            "metadata_url": "https://geo.ville.fr/csw?request=GetRecordById&id=x"}


def make_publisher(ckan, organisation, token=None, **settings) -> CkanPublisher:
    http = HttpClient(ckan.url, target="Le portail CKAN « test »", retries=1, backoff=0.01, timeout=60,
                      credentials=Credentials(headers={"Authorization": ckan.api_token if token is None else token}))
    return CkanPublisher("ckan", {"url": ckan.url, "organisation": organisation, **settings}, http=http)


# --- reading CKAN without the publisher (an independent client) ---------------------------------------

def sha256(path) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def show(ckan, name, token=True):
    headers = {"Authorization": ckan.api_token} if token else {}
    answer = requests.get(f"{ckan.url}/api/3/action/package_show", params={"id": name}, headers=headers, timeout=30)
    return answer.status_code, answer.json().get("result")


def download(url, token=None):
    return requests.get(url, headers={"Authorization": token} if token else {}, timeout=60)


def extras(dataset) -> dict:
    return {e["key"]: e["value"] for e in dataset["extras"]}


def by_key(dataset) -> dict:
    return {r[KEY_FIELD]: r for r in dataset["resources"] if r.get(KEY_FIELD)}
