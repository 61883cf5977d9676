"""From a QGIS layer to a publication package: data in the target CRS, SLD style, content hash."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import unicodedata

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter,
                       QgsVectorLayer)
from qgis.PyQt.QtXml import QDomDocument

from ..catalogue.errors import PasserelleError
from ..catalogue.identifiers import TECHNICAL_NAME, file_stem
from ..catalogue.textfields import excerpt
from ..staging import StagedFolder

GPKG_MEDIA_TYPE = "application/geopackage+sqlite3"
SAFE_NAME = TECHNICAL_NAME  # what technical_name() makes


def write_geopackage(layer: QgsVectorLayer, path: str, table: str = "", crs: str = "") -> str:
    """Copy ``layer`` (features, fields; reprojected to ``crs`` when given) into a new GeoPackage."""
    return write_vector(layer, path, "GPKG", table, crs)


def write_vector(layer: QgsVectorLayer, path: str, driver: str, table: str = "", crs: str = "",
                 layer_options=()) -> str:
    """Copy ``layer`` into a new file of an OGR ``driver`` (GPKG, GeoJSON, CSV...)."""
    if os.path.exists(path):
        os.remove(path)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = table or layer.name()
    options.fileEncoding = "UTF-8"
    options.layerOptions = list(layer_options)
    if crs and layer.crs().authid() != crs:
        options.ct = _transform(layer.crs(), QgsCoordinateReferenceSystem(crs))
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        if os.path.exists(path):  # never leave a half-written file behind
            os.remove(path)
        layer_name, detail = excerpt(layer.name()), excerpt(message, 200)
        raise PasserelleError(
            f"Impossible d'écrire les données de la couche « {layer_name} » au format {driver} dans le fichier "
            f"« {os.path.basename(path)} » : l'écriture a échoué (détail technique de GDAL : {detail}). "
            "Vérifiez la place disponible et les droits d'écriture sur le dossier.",
            f"Cannot write the data of layer '{layer_name}' as {driver} to '{os.path.basename(path)}': "
            f"writing failed (GDAL: {detail}). Check the free space and write permissions on the folder.",
            code="package.write")
    return path


def _transform(source, target):
    from qgis.core import QgsCoordinateTransform, QgsProject

    return QgsCoordinateTransform(source, target, QgsProject.instance())


def technical_name(title: str, prefix: str = "", max_length: int = 63) -> str:
    """An ASCII, lower-case, server-safe layer name: 'Équipements publics' -> 'equipements_publics'."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "couche"
    if text[0].isdigit():
        text = "c_" + text
    return (prefix + text)[:max_length].rstrip("_")


def sld_of(layer: QgsVectorLayer) -> str:
    document = QDomDocument()
    error = ""
    try:
        layer.exportSldStyle(document, error)
    except TypeError:  # signature differs between QGIS versions
        return ""
    return document.toString() if not document.isNull() else ""


def content_hash(record_dict: dict, gpkg_path: str, table: str) -> str:
    """sha256 of the record and of the data (attributes and geometries, read in bulk)."""
    import pandas
    import shapely

    from ..catalogue.layerdata import read_ogr

    digest = hashlib.sha256(json.dumps(record_dict, sort_keys=True, default=str).encode("utf-8"))
    data = read_ogr(gpkg_path, layer=table)
    if len(data):
        digest.update(pandas.util.hash_pandas_object(data.attributes, index=True).values.tobytes())
    if data.geometry is not None and len(data.geometry):
        digest.update(b"".join(w or b"" for w in shapely.to_wkb(data.geometry, hex=False)))
    return digest.hexdigest()


def _schema_file(record) -> tuple:
    """(local file, citation) of a data schema given as a file of this machine, else ("", None)."""
    from ..catalogue import schemas
    from ..catalogue.encoders.iso19139 import schema_citation_of

    schema = record.schema or ""
    if not schema or schema.startswith(("http://", "https://")):
        return "", None
    try:
        source = schemas.local_path(schema)
    except PasserelleError:
        return "", None  # the schema check reports a schema it cannot read
    return source, schema_citation_of(source)


def build_package(layer: QgsVectorLayer, record, name: str, work_dir: str, crs: str, vocabularies, *,
                  organisation=None, public_base: str = ""):
    """Write the data and style of ``layer`` for publication; returns a PublicationPackage.

    The ISO record is written as exports write it: the producer that is the profile's ``organisation``
    gets its e-mail, the metadata speaks the record's language, and a data schema given as a file of
    this machine is copied into the package (``files["schema"]``) and cited under ``public_base`` (the
    profile's public address, ``schemas/<file>``), else relative to the record (``../schemas/<file>``,
    where the local SDI serves it): never by a path of this machine.
    """
    from ..catalogue.encoders import iso19139
    from ..catalogue.encoders.iso19139_terms import metadata_language
    from ..publishers.base import PublicationPackage

    if not SAFE_NAME.fullmatch(name or ""):
        raise PasserelleError(f"Nom technique de couche invalide : « {excerpt(name)} ».",
                              f"Invalid technical layer name: '{excerpt(name)}'.", code="package.name")
    folder = os.path.join(work_dir, file_stem(record.identifier))
    target_crs = crs or layer.crs().authid()
    published = record.to_dict()
    published.pop("published", None)  # the publication date must not make every run look "changed"
    schema_file, citation = _schema_file(record)
    described = record
    if schema_file:
        cited = f"schemas/{os.path.basename(schema_file)}"
        described = record.replace(schema=(public_base + cited) if public_base else f"../{cited}")
    # All or nothing: the package of the previous run stays whole until this one is complete.
    with StagedFolder(folder) as stage:
        if schema_file:
            shutil.copyfile(schema_file, stage.path("schemas", os.path.basename(schema_file)))
        staged = {"gpkg": write_geopackage(layer, stage.path(f"{name}.gpkg"), name, target_crs),
                  # Open-data portals want formats anyone opens: GeoJSON (always WGS84, RFC 7946) and CSV
                  # (attributes, with the geometry as WKT) beside the GeoPackage.
                  "geojson": write_vector(layer, stage.path(f"{name}.geojson"), "GeoJSON", name, "EPSG:4326",
                                          ["RFC7946=YES"]),
                  "csv": write_vector(layer, stage.path(f"{name}.csv"), "CSV", name, "EPSG:4326",
                                      ["GEOMETRY=AS_WKT", "SEPARATOR=COMMA"] if layer.isSpatial() else [])}
        digest = content_hash(published, staged["gpkg"], name)
        if schema_file:
            staged["schema"] = stage.path("schemas", os.path.basename(schema_file))
        files = {kind: stage.final(path) for kind, path in staged.items()}
        stage.commit()
    path = files["gpkg"]
    language = metadata_language(record.language)

    def encode(links):
        return iso19139.encode(described, vocabularies, online_resources=links, formats=["GeoPackage"],
                               organisation=organisation, language=language, schema_citation=citation)

    return PublicationPackage(record=record, name=name, gpkg_path=path, crs=target_crs,
                              feature_count=layer.featureCount(), content_hash=digest,
                              sld=sld_of(layer), encode_iso=encode, files=files, vocabularies=vocabularies,
                              source=_served_source(layer))


def _served_source(layer):
    """Where a target may read the data in place (a PostGIS table, without password), else None."""
    from . import postgres

    table = postgres.table_source(layer)
    if table is None:
        return None
    source = table.public()
    source["database"] = postgres.database_name(table)
    return source
