"""Find layers, and keep each layer's record where it travels with the data.

A GeoPackage keeps its layers' records in the file, other files in a ``.qmd`` beside them, and a
PostGIS table in its database (:mod:`.postgres.records`), where every colleague opening the table
from any project finds the same record; the project keeps a copy in the layer metadata.
"""
from __future__ import annotations

import logging
import os
import sqlite3

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsLayerMetadata,
                       QgsMapLayer, QgsProject, QgsProviderRegistry, QgsVectorLayer)

from ..catalogue.errors import LayerNotFoundError, PasserelleError
from ..catalogue.record import Extent, Record
from . import geopackage, postgres
from .metadata import from_metadata, has_record, metadata_xml, read_metadata_xml, to_metadata

log = logging.getLogger("passerelle.layers")


def resolve(layers) -> list[QgsMapLayer]:
    """Layer objects from layer objects, layer ids, layer names or file paths.

    A GeoPackage path without ``|layername=`` gives all its vector layers.
    """
    if layers is None:
        return list(QgsProject.instance().mapLayers().values())
    if isinstance(layers, (str, QgsMapLayer)):
        layers = [layers]
    result = []
    for item in layers:
        if isinstance(item, QgsMapLayer):
            result.append(item)
            continue
        project = QgsProject.instance()
        layer = project.mapLayer(item) or next(iter(project.mapLayersByName(item)), None)
        if layer is not None:
            result.append(layer)
            continue
        if str(item).startswith(postgres.SOURCE_PREFIX):
            result.append(_open_table(str(item)))
            continue
        result.extend(_open_path(str(item)))
    return result


def _open_table(reference: str) -> QgsVectorLayer:
    """The project's layer showing a PostGIS table (``postgres:`` + source without password), else the table
    opened with the credentials QGIS finds for it (authentication configuration, pg_service, .pgpass)."""
    layer = postgres.find_layer(reference, QgsProject.instance().mapLayers().values())
    if layer is not None:
        return layer
    uri = reference[len(postgres.SOURCE_PREFIX):]
    from qgis.core import QgsDataSourceUri

    layer = QgsVectorLayer(uri, QgsDataSourceUri(uri).table() or "table", "postgres")
    if not layer.isValid():
        raise LayerNotFoundError(
            f"Table PostgreSQL introuvable ou inaccessible : « {QgsDataSourceUri(uri).table()} » n'est dans aucune "
            "couche du projet et QGIS ne peut pas l'ouvrir sans mot de passe (utilisez une configuration "
            "d'authentification QGIS ou un service pg_service).",
            f"PostgreSQL table not found or not reachable: '{QgsDataSourceUri(uri).table()}' is in no project layer "
            "and QGIS cannot open it without a password (use a QGIS authentication configuration or a pg_service).")
    return layer


def _open_path(path: str) -> list[QgsMapLayer]:
    file_path = path.split("|", 1)[0]
    if not os.path.exists(file_path):
        raise LayerNotFoundError(
            f"Couche introuvable : « {path} » n'est ni une couche du projet (objet, identifiant ou nom) "
            "ni un fichier existant.",
            f"Layer not found: '{path}' is neither a project layer (object, id or name) nor an existing file.")
    if "|" not in path and geopackage.is_geopackage(file_path):
        names = _table_names(file_path)
        return [_open_vector(f"{file_path}|layername={name}", name) for name in names]
    name = os.path.splitext(os.path.basename(file_path))[0]
    if "layername=" in path:
        name = path.split("layername=", 1)[1].split("|", 1)[0]
    return [_open_vector(path, name)]


def _open_vector(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        _table_names(uri.split("|", 1)[0])  # a file GDAL cannot open either is damaged: say so, and which
        raise LayerNotFoundError(f"QGIS n'arrive pas à ouvrir « {uri} ».", f"QGIS cannot open '{uri}'.")
    load_stored_record(layer)
    return layer


def _table_names(path: str) -> list:
    """The layers of the data file at ``path``; LayerDamagedError when it cannot be opened."""
    from ..catalogue.layerdata import open_dataset

    dataset = open_dataset(path)
    return [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]


def ogr_source(layer: QgsMapLayer):
    """(path, layer name, subset) for a file-based OGR layer, else None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not os.path.isfile(path):
        return None
    return path, parts.get("layerName") or None, parts.get("subset") or None


def load_stored_record(layer: QgsMapLayer) -> bool:
    """Give the layer the metadata its file keeps (GeoPackage metadata, ``.qmd`` sidecar), when it has no record.

    A record stored in the file wins over plain metadata; plain metadata in the file (typed in
    QGIS, saved as ``.qmd`` or by QGIS 3.24+ in the GeoPackage) fills a layer nobody documented
    in this project, but never replaces what was typed in the project. True when the layer then
    carries a Passerelle record.
    """
    if has_record(layer.metadata()):
        return True
    stored = _stored_metadata(layer)
    if stored is not None and (has_record(stored) or not _typed_in_project(layer)):
        layer.setMetadata(stored)
    return has_record(layer.metadata())


def _stored_metadata(layer: QgsMapLayer):
    """The QGIS metadata the layer's file keeps, or None."""
    source = ogr_source(layer)
    if not source:
        return None
    if geopackage.is_geopackage(source[0]):
        table = source[1] or _single_table(source[0])
        xml = geopackage.read_layer_metadata(source[0], table) if table else None
    else:  # other files keep it in a .qmd sidecar, as QGIS does
        path = layer.metadataUri()
        xml = None
        if path.endswith(".qmd") and os.path.isfile(path):
            try:
                with open(path, "rb") as handle:
                    xml = handle.read()
            except OSError:  # unreadable: the layer keeps what it has, as QGIS would
                return None
    return read_metadata_xml(xml) if xml else None


def _typed_in_project(layer: QgsMapLayer) -> bool:
    """Whether the layer metadata says more than its data provider does (someone typed it in QGIS)."""
    provider = layer.dataProvider()
    return provider is None or not layer.metadata() == provider.layerMetadata()


def _single_table(path: str):
    names = _table_names(path)
    return names[0] if len(names) == 1 else None


def read_record(layer: QgsMapLayer) -> Record:
    """The layer's record, built from everything the layer already says about itself.

    A PostGIS table's record in its database when it has one (Passerelle's, else PgMetadata's); else its
    Passerelle record when it has one, else what was typed in QGIS's metadata editor (in the project, a
    ``.qmd``, the GeoPackage); the abstract a database gives (a PostGIS table COMMENT, a GeoPackage
    description) when none was typed; the layer's name and extent when nothing gives them. A PostGIS
    table nobody documented has an identifier derived from the table, the same in every project.
    """
    shared = _shared(layer)
    if shared is not None and shared.record is not None:
        record = shared.record
        _show_in_project(layer, record)
        if record.extent is None:
            record.extent = layer_extent(layer)
        return record
    load_stored_record(layer)
    metadata = layer.metadata()
    record = from_metadata(metadata)
    if shared is not None and shared.pgmetadata is not None and not has_record(metadata):
        record = _fill(shared.pgmetadata, record)
    elif shared is not None and not has_record(metadata) and not metadata.identifier().strip():
        record.identifier = shared.default_identifier
    provider = layer.dataProvider()
    given = provider.layerMetadata() if provider is not None else QgsLayerMetadata()
    if not has_record(metadata) and record.abstract.strip() and record.abstract == given.abstract():
        record.abstract = _free_text(record.abstract)  # the data's own comment, without other tools' blocks
    if not record.abstract.strip():
        record.abstract = _free_text(given.abstract()) or \
            (_free_text(layer.dataComment()) if isinstance(layer, QgsVectorLayer) else "")
    if not record.title and not has_record(metadata):
        # A GeoPackage's own title (gpkg_contents.identifier) says more than the layer name, unless it is
        # only the table name, which GDAL writes by default.
        source = ogr_source(layer)
        default = source[1] if source and source[1] else ""
        record.title = given.title() if given.title() and given.title() != default else layer.name()
    if record.extent is None:
        record.extent = layer_extent(layer)
    return record


def _shared(layer):
    """What the database of a PostGIS layer says of its table (None for other layers, or when unreachable)."""
    source = postgres.table_source(layer)
    if source is None:
        return None
    from .postgres import records

    try:
        return records.read(layer, source)
    except PasserelleError as error:  # the layer itself then says what it can
        log.warning("shared record of %s not read: %s", source.label, error.message_en)
        return None


def _show_in_project(layer: QgsMapLayer, record: Record) -> None:
    """The project shows the table's shared record (QGIS's metadata tab, a copy saved with the project)."""
    metadata = to_metadata(record, layer.metadata())
    if not metadata == layer.metadata():
        layer.setMetadata(metadata)


def _fill(shared: Record, typed: Record) -> Record:
    """PgMetadata's record, completed with what the project's metadata says of what it leaves empty."""
    import dataclasses

    changes = {}
    for item in dataclasses.fields(Record):
        mine, theirs = getattr(shared, item.name), getattr(typed, item.name)
        if item.name not in ("identifier", "title") and mine in (None, "", [], {}) and theirs not in (None, "", [], {}):
            changes[item.name] = theirs
    return dataclasses.replace(shared, **changes)


def _free_text(comment: str) -> str:
    """What a person wrote in a data comment (a PostGIS COMMENT without Passerelle's or Plume's blocks)."""
    from ..catalogue.table_comment import free_text

    return free_text(comment)


def write_record(layer: QgsMapLayer, record: Record, *, settings=None, vocabularies=None, base=None) -> None:
    """Store the record where the layer's data is (GeoPackage, PostGIS database, ``.qmd``), then in the layer
    metadata.

    The data's store is written first: if it refuses (read-only, locked, a colleague's newer save:
    ``record.conflict``), the layer keeps its old record. ``settings``: the profile's ``database`` section
    (:class:`.postgres.records.Settings`); ``base``: the (version, record) a PostGIS record change started
    from (default: what this layer last read).
    """
    from .postgres import records

    store = settings if isinstance(settings, records.Settings) else records.Settings.from_profile(settings)
    table = postgres.table_source(layer)
    if table is not None and store.records == "database":
        records.write(layer, table, record, store, vocabularies, base=base)
    metadata = to_metadata(record, layer.metadata())
    source = ogr_source(layer)
    if source and geopackage.is_geopackage(source[0]):
        table_name = source[1] or _single_table(source[0])
        if table_name:
            try:
                geopackage.write_layer_metadata(source[0], table_name, metadata_xml(metadata))
            except sqlite3.Error as exc:
                raise PasserelleError(
                    f"Impossible d'enregistrer la fiche dans le GeoPackage « {source[0]} » ({exc}) : "
                    "vérifiez que le fichier n'est pas en lecture seule ni ouvert en écriture ailleurs.",
                    f"Cannot store the record in GeoPackage '{source[0]}' ({exc}): check the file is "
                    "writable and not locked elsewhere.", code="record.store") from exc
    layer.setMetadata(metadata)
    if source and not geopackage.is_geopackage(source[0]):
        layer.saveDefaultMetadata()


def layer_extent(layer: QgsMapLayer):
    """Layer extent in WGS84 plus the native CRS id, or None for tables / empty layers.

    None too when the layer has no CRS or coordinates that do not fit it (outside its area of use,
    widened a little): no extent rather than a wrong one (checks report ``crs.missing`` and
    ``crs.outside-area``).
    """
    from ..catalogue.checks.crs import fits_area

    if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
        return None
    extent = layer.extent()
    if extent.isNull() or extent.isEmpty() and extent.width() == 0 and extent.xMinimum() == 0:
        return None
    crs = layer.crs()
    if not crs_id(crs):
        return None
    try:
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        box = transform.transformBoundingBox(extent)
    except QgsCsException:  # coordinates the CRS cannot even transform
        return None
    bounds = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    if not fits_area(bounds, crs_area(crs)):
        return None
    return Extent(*(round(v, 7) for v in bounds), crs.authid())  # records carry authority ids ("" for a custom CRS)


def crs_id(crs: QgsCoordinateReferenceSystem) -> str:
    """"EPSG:2154"; the WKT of a CRS without authority code; "" for no CRS (as ``LayerData.crs``)."""
    # GeoPackage stores "no CRS" as its "Undefined geographic/cartesian SRS" entries, valid CRSs to QGIS.
    if not crs.isValid() or crs.description().casefold().startswith("undefined"):
        return ""
    return crs.authid() or crs.toWkt()


def crs_area(crs: QgsCoordinateReferenceSystem):
    """The CRS's area of use in WGS84 degrees (west, south, east, north), or None when unknown."""
    if not crs_id(crs):
        return None
    bounds = crs.bounds()
    if bounds.isNull() or bounds.isEmpty():
        return None
    return (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())
