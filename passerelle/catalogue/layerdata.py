"""A layer's contents as columns, so checks work on whole tables at once.

Checks never loop over features in Python where a vectorised path exists:
attributes are a pandas DataFrame and geometries a shapely 2 array, both
indexed by feature id (the id QGIS shows, so findings can select features).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: Table Schema types used in ``LayerData.field_types``.
FIELD_TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "time", "any")


@dataclass
class LayerData:
    name: str
    attributes: "pandas.DataFrame"  # index = feature ids (int64), one column per field
    field_types: dict = field(default_factory=dict)  # field name -> one of FIELD_TYPES
    geometry: Optional["numpy.ndarray"] = None  # shapely geometries aligned with the index; None for tables
    crs: str = ""  # authority id, e.g. "EPSG:2154"; "" when the layer has no CRS
    geometry_type: str = ""  # e.g. "Point", "MultiPolygon"; "" for a table

    @property
    def feature_ids(self):
        return self.attributes.index

    def __len__(self) -> int:
        return len(self.attributes.index)
