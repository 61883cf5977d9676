"""Helpers of the GeoNetwork and GeoServer stand-in tests: canary password, SLD samples, minimal GeoPackages,
HTTP clients.

The fixtures (``geonetwork``, ``geoserver``, ``make_package``) live in :mod:`support.fixtures.sdi_standins`.
"""
import base64
import os
import sqlite3

from passerelle.publishers.http import Credentials, HttpClient

CANARY = "Canary-S3cret!"

SLD_11 = """<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se"
    xmlns:ogc="http://www.opengis.net/ogc" version="1.1.0">
  <NamedLayer><se:Name>{name}</se:Name><UserStyle><se:Name>{name}</se:Name><se:FeatureTypeStyle><se:Rule>
    <se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">{colour}</se:SvgParameter></se:Stroke>
    </se:LineSymbolizer></se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>"""

SLD_10 = """<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.0.0">
  <NamedLayer><Name>{name}</Name><UserStyle><Name>{name}</Name></UserStyle></NamedLayer>
</StyledLayerDescriptor>"""


def canary_traces(user: str) -> list:
    """The forms a leaked password could take: as is, and inside a Basic Authorization header."""
    return [CANARY, base64.b64encode(f"{user}:{CANARY}".encode()).decode()]


def make_geopackage(path, table: str = "pistes", rows: int = 3, padding_bytes: int = 0) -> str:
    """A minimal GeoPackage: ``gpkg_contents`` naming one feature table (enough for the stand-in)."""
    if os.path.exists(path):
        os.remove(path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT)")
    connection.execute("INSERT INTO gpkg_contents VALUES (?, 'features', ?)", (table, table))
    connection.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY, nom TEXT)')
    connection.executemany(f'INSERT INTO "{table}" (nom) VALUES (?)', [(f"troncon {i}",) for i in range(rows)])
    if padding_bytes:
        connection.execute("CREATE TABLE padding (b BLOB)")
        connection.execute("INSERT INTO padding VALUES (zeroblob(?))", (padding_bytes,))
    connection.commit()
    connection.close()
    return str(path)


def client(base_url: str, user: str, password: str = CANARY, target: str = "serveur") -> HttpClient:
    """The HttpClient publishers get from the factory, without retry delays."""
    return HttpClient(base_url, target=target, credentials=Credentials(user, password), timeout=10, retries=0,
                      backoff=0)
