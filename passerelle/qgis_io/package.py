"""Write a layer's data as a standalone GeoPackage (the downloadable distribution)."""
from __future__ import annotations

import os

from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

from ..catalogue.errors import PasserelleError

GPKG_MEDIA_TYPE = "application/geopackage+sqlite3"


def write_geopackage(layer: QgsVectorLayer, path: str, table: str = "") -> str:
    """Copy ``layer`` (features, fields, CRS) into a new GeoPackage at ``path``."""
    if os.path.exists(path):
        os.remove(path)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table or layer.name()
    options.fileEncoding = "UTF-8"
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise PasserelleError(f"Impossible d'écrire les données de « {layer.name()} » dans {path} : {message}",
                              f"Cannot write the data of '{layer.name()}' to {path}: {message}",
                              code="package.write")
    return path
