"""Helpers of the udata publisher tests (real udata, see support/udata_server.py): the package the pipeline
would hand over, the publisher, and an independent client reading udata back without the publisher."""
import datetime as dt
import hashlib
import os
import sqlite3

import requests

from passerelle.catalogue.encoders import iso19139
from passerelle.catalogue.record import Contact, Record, new_identifier
from passerelle.catalogue.vocabularies import shipped
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.http import Credentials, HttpClient
from passerelle.publishers.udata import DISTRIBUTION_EXTRA, IDENTIFIER_EXTRA, UdataPublisher

VOCABULARY = "https://w3id.org/passerelle/vocabulary"
OPEN, SHARED, CLOSED = (f"{VOCABULARY}/access-level/{code}" for code in ("ouverte", "partagee", "fermee"))
ETALAB = "https://spdx.org/licenses/etalab-2.0"
CC_BY_SA = "https://spdx.org/licenses/CC-BY-SA-4.0"
NOTSPECIFIED = f"{VOCABULARY}/licence/notspecified"
PROPRIETARY = f"{VOCABULARY}/licence/proprietary"
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
COMMUNE = f"{VOCABULARY}/granularity/fr-commune"
DEPARTEMENT = f"{VOCABULARY}/granularity/fr-departement"
ARTICLE_13_1D = ("http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
                 "INSPIRE_Directive_Article13_1d")
TRANSPORT = "http://inspire.ec.europa.eu/theme/tn"
WMS = "https://geo.saint-aubin-sur-loue.fr/ows?service=WMS&request=GetCapabilities"
WFS = "https://geo.saint-aubin-sur-loue.fr/ows?service=WFS&request=GetCapabilities"
FILE_KINDS = {"gpkg", "geojson", "csv"}


# --- what the pipeline would hand over ---------------------------------------------------------------

def make_record(title="Pistes cyclables", **changes) -> Record:
    """A record with a fresh identifier; the title gets a suffix so that each test has its own dataset slug."""
    record = Record(identifier=new_identifier(), title=f"{title} {new_identifier()[:8]}",
                    abstract="Réseau des pistes cyclables de la commune.\n\nSaisie sur orthophotographie 2024.",
                    keywords=["vélo", "mobilité", "PLU", "x"], themes=[TRANSPORT], access=OPEN,
                    granularity=COMMUNE, frequency=FREQUENCY + "ANNUAL", licence=ETALAB,
                    place="Saint-Aubin-sur-Loue", temporal_start=dt.date(2020, 1, 1),
                    temporal_end=dt.date(2025, 12, 31),
                    producer=Contact(organisation="Commune de Saint-Aubin-sur-Loue", role="owner"),
                    contact=Contact(organisation="Service SIG", email="sig@saint-aubin-sur-loue.fr"))
    return record.replace(**changes)


def write_files(folder, name="pistes", values=(1, 2, 3), padding_bytes=0, formats=("gpkg", "geojson", "csv")):
    """A GeoPackage, GeoJSON and CSV of a few points written with OGR (the GeoPackage padded on demand)."""
    from osgeo import ogr, osr

    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    drivers = {"gpkg": "GPKG", "geojson": "GeoJSON", "csv": "CSV"}
    paths = {}
    for kind in formats:
        path = folder / f"{name}.{kind}"
        if path.exists():
            path.unlink()
        dataset = ogr.GetDriverByName(drivers[kind]).CreateDataSource(str(path))
        spatial = kind != "csv"
        layer = dataset.CreateLayer(name, srs if spatial else None, ogr.wkbPoint if spatial else ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("numero", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
        for i, value in enumerate(values):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("numero", value)
            feature.SetField("nom", f"Piste n° {value}")
            if spatial:
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({5.6 + i * 0.01} {47.03})"))
            layer.CreateFeature(feature)
        dataset = None
        paths[kind] = str(path)
    if padding_bytes and "gpkg" in paths:
        with sqlite3.connect(paths["gpkg"]) as connection:
            connection.execute("CREATE TABLE padding (b BLOB)")
            connection.execute("INSERT INTO padding VALUES (zeroblob(?))", (padding_bytes,))
    return paths


def make_package(record: Record, folder, **file_options) -> PublicationPackage:
    files = write_files(folder, **file_options)
    return PublicationPackage(record=record, name="pistes", gpkg_path=files.get("gpkg", ""), crs="EPSG:4326",
                              feature_count=3, content_hash="sha256:" + digest(files.get("gpkg", os.devnull)),
                              files=files, vocabularies=shipped(),
                              encode_iso=lambda links: iso19139.encode(record, online_resources=links))


def service_links():
    return {"online_resources": [iso19139.service_link("wms", WMS, "commune:pistes"),
                                 iso19139.service_link("wfs", WFS, "commune:pistes")]}


def make_publisher(udata, key=None, **settings) -> UdataPublisher:
    http = HttpClient(udata.url, target="data.gouv.fr (test)", retries=0, backoff=0, timeout=60,
                      credentials=Credentials(headers={"X-API-KEY": udata.api_key if key is None else key}))
    return UdataPublisher("data.gouv.fr", {"url": udata.url, "organisation": udata.organisation, **settings}, http)


def sent_requests(publisher) -> list:
    """(method, url) of every request the publisher's HTTP session sends from now on."""
    sent = []
    original = publisher.http.session.request

    def spy(method, url, **kwargs):
        sent.append((method.upper(), url))
        return original(method, url, **kwargs)

    publisher.http.session.request = spy
    return sent


# --- reading udata back without the publisher ----------------------------------------------------------

def digest(path, algorithm="sha256") -> str:
    with open(path, "rb") as handle:
        return hashlib.new(algorithm, handle.read()).hexdigest()


def dataset(udata, dataset_id, key=True):
    status, body = udata.get(f"datasets/{dataset_id}/", key=udata.api_key if key else None)
    assert status == 200, (status, body)
    return body


def ours(udata, identifier) -> list:
    """The organisation's datasets (drafts and deleted ones included) carrying ``identifier``."""
    found, page = [], 1
    while True:
        status, body = udata.get(f"organizations/{udata.organisation}/datasets/?page_size=100&page={page}",
                                 key=udata.api_key)
        assert status == 200
        found += [d for d in body["data"] if d["extras"].get(IDENTIFIER_EXTRA) == identifier]
        if not body.get("next_page"):
            return found
        page += 1


def by_kind(body) -> dict:
    resources = {}
    for resource in body["resources"]:
        kind = (resource.get("extras") or {}).get(DISTRIBUTION_EXTRA)
        assert kind not in resources, f"duplicated {kind} resource"
        resources[kind] = resource
    return resources


def download(url) -> bytes:
    answer = requests.get(url, timeout=60)  # anonymous, no session
    assert answer.status_code == 200, (url, answer.status_code)
    return answer.content
