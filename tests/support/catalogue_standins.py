"""Helpers of the catalogue stand-in tests (udata, OpenDataSoft): canary key, packages, HTTP clients.

The fixtures (``udata_standin``, ``ods``, ``make_catalogue_package``) live in
:mod:`support.fixtures.catalogue_standins`.
Packages are built directly: a record holding concept URIs, the shipped vocabularies, small files written here.
"""
import datetime as dt
import json

from passerelle.catalogue import vocabularies
from passerelle.catalogue.encoders.iso19139 import service_link
from passerelle.catalogue.record import Contact, Record
from passerelle.publishers.base import PublicationPackage
from passerelle.publishers.http import Credentials, HttpClient
from support.sdi_standins import make_geopackage

CANARY_KEY = "Canary-Key-0f9a"
OTHER_KEY = "visiteur-key-7c21"  # an account of another organisation
READER_KEY = "lecteur-key-1b33"  # ODS: a key without edit permission

VOCABULARY = "https://w3id.org/passerelle/vocabulary"
ACCESS = {code: f"{VOCABULARY}/access-level/{code}" for code in ("ouverte", "partagee", "fermee")}
ETALAB = "https://spdx.org/licenses/etalab-2.0"
PROPRIETARY = f"{VOCABULARY}/licence/proprietary"
NOTSPECIFIED = f"{VOCABULARY}/licence/notspecified"
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
COMMUNE = f"{VOCABULARY}/granularity/fr-commune"
PUBLIC = f"{VOCABULARY}/nature/publique"
ARTICLE_13_1D = ("http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
                 "INSPIRE_Directive_Article13_1d")
TRANSPORT = "http://inspire.ec.europa.eu/theme/tn"
IDENTIFIER = "5f0c2a7e-3b1d-4c8e-9a6f-0d2b7e4c1a90"


def service_links(layer="commune:pistes"):
    """The WMS and WFS links a service target of the same run hands over."""
    base = "https://geo.passerelle-sur-loue.fr/geoserver/commune/ows?request=GetCapabilities"
    return [service_link("wms", base + "&service=WMS", layer), service_link("wfs", base + "&service=WFS", layer)]


def package_factory(tmp_path):
    """factory(title=..., frequency=..., access=..., rows=..., padding_bytes=..., ...) -> PublicationPackage."""

    def factory(title="Pistes cyclables", abstract="Réseau des pistes cyclables de la commune.",
                keywords=("vélo", "mobilité", "PLU"), frequency="ANNUAL", licence=ETALAB, access="ouverte",
                legal_basis=None, granularity=COMMUNE, place="Passerelle-sur-Loue", rows=3, padding_bytes=0,
                formats=("gpkg", "geojson", "csv"), identifier=IDENTIFIER, name="pistes", version="1",
                language="fre"):
        record = Record(
            identifier=identifier, title=title, abstract=abstract, keywords=list(keywords), themes=[TRANSPORT],
            access=ACCESS[access] if access in ACCESS else access, nature=PUBLIC, legal_basis=legal_basis,
            licence=licence, frequency=(FREQUENCY + frequency) if frequency and "/" not in frequency else frequency,
            granularity=granularity, place=place, language=language,
            temporal_start=dt.date(2020, 1, 1), temporal_end=dt.date(2025, 12, 31),
            producer=Contact(organisation="Commune de Passerelle-sur-Loue", role="owner"),
            contact=Contact(organisation="Commune de Passerelle-sur-Loue", email="sig@passerelle-sur-loue.fr"))
        folder = tmp_path / f"{name}-v{version}"
        folder.mkdir(exist_ok=True)
        files = {}
        if "gpkg" in formats:
            files["gpkg"] = make_geopackage(folder / f"{name}.gpkg", name, rows, padding_bytes)
        if "geojson" in formats:
            features = [{"type": "Feature", "properties": {"nom": f"troncon {i}", "version": version},
                         "geometry": {"type": "LineString", "coordinates": [[5.9, 47.0 + i / 100], [5.91, 47.0]]}}
                        for i in range(rows)]
            path = folder / f"{name}.geojson"
            path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
            files["geojson"] = str(path)
        if "csv" in formats:
            path = folder / f"{name}.csv"
            path.write_text("nom;version\n" + "".join(f"troncon {i};{version}\n" for i in range(rows)),
                            encoding="utf-8")
            files["csv"] = str(path)
        return PublicationPackage(
            record=record, name=name, gpkg_path=files.get("gpkg", ""), crs="EPSG:2154", feature_count=rows,
            content_hash=f"hash-{version}", files=files, vocabularies=vocabularies.shipped())

    return factory


def api_client(base_url: str, headers: dict, target: str, retries: int = 0) -> HttpClient:
    """The HttpClient the factory builds, credentials as headers, without retry delays."""
    return HttpClient(base_url, target=target, credentials=Credentials(headers=headers), timeout=10,
                      retries=retries, backoff=0)


def udata_client(server, key=CANARY_KEY, retries=0) -> HttpClient:
    return api_client(server.url, {"X-API-KEY": key} if key else {}, "data.gouv.fr (test)", retries)


def ods_client(server, key=CANARY_KEY, retries=0) -> HttpClient:
    return api_client(server.url, {"Authorization": f"Apikey {key}"} if key else {}, "OpenDataSoft (test)", retries)


